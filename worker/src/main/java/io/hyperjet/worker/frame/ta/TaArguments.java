package io.hyperjet.worker.frame.ta;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of one {@code ta.XXX(...)} call, read as talib.abstract reads them: leading numbers are the
 * parameters in TA-Lib's order ({@code ta.EMA(df, 9)}), then name/value pairs with talib.abstract's names
 * ({@code "timeperiod", 9}, {@code "nbdevup", 2.0}, {@code "matype", 1}) and, for frame input, the column an input
 * reads ({@code "price", "high"}; {@code price0}/{@code price1} for two-series functions, {@code periods} for MAVP).
 * Parameters not given take TA-Lib's defaults.
 */
public final class TaArguments
{
    private final double[] options;
    private final String[] columns;

    private TaArguments(final double[] options, final String[] columns)
    {
        this.options = options;
        this.columns = columns;
    }

    /**
     * @param function  the function called.
     * @param args      the call's arguments after its inputs.
     * @param fromFrame whether the inputs come from a frame (so column kwargs apply).
     * @return the parameter values and input columns.
     * @throws IllegalArgumentException naming the function and argument when one is unknown or out of range.
     */
    public static TaArguments parse(final TaFunction function, final Object[] args, final boolean fromFrame)
    {
        final double[] options = new double[function.optionCount()];
        for (int i = 0; i < options.length; i++)
        {
            options[i] = function.optionDefault(i);
        }
        final String[] columns = new String[function.inputCount()];
        for (int i = 0; i < columns.length; i++)
        {
            columns[i] = function.defaultColumn(i);
        }
        int a = 0;
        while (a < args.length && !(args[a] instanceof String))
        {
            if (a >= options.length)
            {
                throw new IllegalArgumentException(function.name() + " takes " + options.length
                    + " positional parameters " + names(function) + ", given " + (a + 1));
            }
            options[a] = value(function, a, args[a]);
            a++;
        }
        for (; a < args.length; a += 2)
        {
            if (!(args[a] instanceof String key) || a + 1 >= args.length)
            {
                throw new IllegalArgumentException(function.name() + ": expected name/value pairs after the positional"
                    + " parameters, got " + args[a] + (a + 1 >= args.length ? " without a value" : ""));
            }
            final int option = optionIndex(function, key);
            final int input = fromFrame ? inputIndex(function, key) : -1;
            if (option >= 0)
            {
                options[option] = value(function, option, args[a + 1]);
            }
            else if (input >= 0 && args[a + 1] instanceof String column)
            {
                columns[input] = column;
            }
            else
            {
                throw new IllegalArgumentException(function.name() + ": no argument '" + key + "' taking "
                    + args[a + 1] + "; parameters " + names(function)
                    + (fromFrame ? ", inputs " + inputs(function) : ""));
            }
        }
        return new TaArguments(options, columns);
    }

    private static double value(final TaFunction function, final int i, final Object value)
    {
        if (!(value instanceof Number number))
        {
            throw new IllegalArgumentException(function.name() + ": " + function.optionName(i)
                + " must be a number, was " + value);
        }
        final double v = number.doubleValue();
        if (function.optionIsInteger(i) && v != Math.rint(v))
        {
            throw new IllegalArgumentException(function.name() + ": " + function.optionName(i)
                + " must be a whole number, was " + value);
        }
        if (!(v >= function.optionMin(i) && v <= function.optionMax(i)))
        {
            throw new IllegalArgumentException(function.name() + ": " + function.optionName(i) + "=" + value
                + " is outside TA-Lib's range [" + function.optionMin(i) + ", " + function.optionMax(i) + "]");
        }
        return v;
    }

    private static int optionIndex(final TaFunction function, final String key)
    {
        for (int i = 0; i < function.optionCount(); i++)
        {
            if (function.optionName(i).equals(key))
            {
                return i;
            }
        }
        return -1;
    }

    private static int inputIndex(final TaFunction function, final String key)
    {
        for (int i = 0; i < function.inputCount(); i++)
        {
            if (function.inputSelectable(i) && function.inputName(i).equals(key))
            {
                return i;
            }
        }
        return -1;
    }

    private static List<String> names(final TaFunction function)
    {
        final List<String> names = new ArrayList<>();
        for (int i = 0; i < function.optionCount(); i++)
        {
            names.add(function.optionName(i));
        }
        return names;
    }

    private static List<String> inputs(final TaFunction function)
    {
        final List<String> names = new ArrayList<>();
        for (int i = 0; i < function.inputCount(); i++)
        {
            if (function.inputSelectable(i))
            {
                names.add(function.inputName(i));
            }
        }
        return names;
    }

    /** @return one value per parameter, TA-Lib's default where none was given. */
    public double[] options()
    {
        return options;
    }

    /**
     * @param i an input index.
     * @return the frame column that input reads.
     */
    public String column(final int i)
    {
        return columns[i];
    }
}
