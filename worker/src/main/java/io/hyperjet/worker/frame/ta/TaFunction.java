package io.hyperjet.worker.frame.ta;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import com.tictactec.ta.lib.meta.annotation.FuncInfo;
import com.tictactec.ta.lib.meta.annotation.InputFlags;
import com.tictactec.ta.lib.meta.annotation.InputParameterInfo;
import com.tictactec.ta.lib.meta.annotation.InputParameterType;
import com.tictactec.ta.lib.meta.annotation.IntegerList;
import com.tictactec.ta.lib.meta.annotation.IntegerRange;
import com.tictactec.ta.lib.meta.annotation.OptInputParameterInfo;
import com.tictactec.ta.lib.meta.annotation.OutputParameterInfo;
import com.tictactec.ta.lib.meta.annotation.OutputParameterType;
import com.tictactec.ta.lib.meta.annotation.RealList;
import com.tictactec.ta.lib.meta.annotation.RealRange;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * One TA-Lib function as {@code talib.abstract} presents it, read from the annotations TA-Lib's Java port puts on
 * {@code CoreAnnotated}: its input series with their Python names and default columns, its parameters with TA-Lib's
 * own defaults and ranges, and its output names ({@code outMACDSignal} becomes {@code macdsignal},
 * {@code outRealUpperBand} becomes {@code upperband}, as talib.abstract renames them).
 * <p>
 * Immutable and shared by all threads; {@link #invoke} runs on the caller's {@link Core}, which holds TA-Lib's
 * settings and so is one per thread.
 */
public final class TaFunction
{
    /** TA-Lib's {@code TA_FUNC_FLG_UNST_PER}: the function has a recursive warm-up (see {@link #unstable()}). */
    private static final int UNSTABLE_PERIOD_FLAG = 0x0800_0000;
    private static final String[] PRICE_COLUMNS = {"open", "high", "low", "close", "volume", "openinterest"};
    private static final int[] PRICE_FLAGS = {
        InputFlags.TA_IN_PRICE_OPEN, InputFlags.TA_IN_PRICE_HIGH, InputFlags.TA_IN_PRICE_LOW,
        InputFlags.TA_IN_PRICE_CLOSE, InputFlags.TA_IN_PRICE_VOLUME, InputFlags.TA_IN_PRICE_OPENINTEREST};

    private final String name;
    private final String group;
    private final String hint;
    private final boolean unstable;
    private final String[] inputNames;
    private final String[] defaultColumns;
    private final boolean[] inputSelectable;
    private final String[] optionNames;
    private final double[] optionDefaults;
    private final double[] optionMins;
    private final double[] optionMaxs;
    private final Class<?>[] optionTypes;
    private final String[] outputNames;
    private final boolean[] integerOutputs;
    private final boolean outputsAreIndices;
    private final Method method;

    TaFunction(final Method annotated) throws NoSuchMethodException
    {
        final FuncInfo info = annotated.getAnnotation(FuncInfo.class);
        name = info.name();
        group = info.group();
        hint = info.hint();
        unstable = (info.flags() & UNSTABLE_PERIOD_FLAG) != 0;
        // The plain Core method (not the annotated subclass's override) is what Indicators has always called.
        method = Core.class.getMethod(annotated.getName(), annotated.getParameterTypes());

        final List<String> inputs = new ArrayList<>();
        final List<String> columns = new ArrayList<>();
        final List<Boolean> selectable = new ArrayList<>();
        final List<String> options = new ArrayList<>();
        final List<double[]> ranges = new ArrayList<>();
        final List<Class<?>> types = new ArrayList<>();
        final List<String> outputs = new ArrayList<>();
        final List<Boolean> integers = new ArrayList<>();
        final Annotation[][] parameters = annotated.getParameterAnnotations();
        final Class<?>[] parameterTypes = annotated.getParameterTypes();
        for (int p = 0; p < parameters.length; p++)
        {
            for (final Annotation a : parameters[p])
            {
                if (a instanceof InputParameterInfo in)
                {
                    addInput(in, inputs, columns, selectable);
                }
                else if (a instanceof OptInputParameterInfo opt)
                {
                    options.add(opt.paramName().substring("optIn".length()).toLowerCase());
                    ranges.add(range(parameters[p]));
                    types.add(parameterTypes[p]);
                }
                else if (a instanceof OutputParameterInfo out)
                {
                    outputs.add(outputName(out.paramName()));
                    integers.add(out.type() == OutputParameterType.TA_Output_Integer);
                }
            }
        }
        inputNames = inputs.toArray(new String[0]);
        defaultColumns = columns.toArray(new String[0]);
        inputSelectable = toBooleans(selectable);
        optionNames = options.toArray(new String[0]);
        optionDefaults = new double[options.size()];
        optionMins = new double[options.size()];
        optionMaxs = new double[options.size()];
        for (int i = 0; i < ranges.size(); i++)
        {
            optionDefaults[i] = ranges.get(i)[0];
            optionMins[i] = ranges.get(i)[1];
            optionMaxs[i] = ranges.get(i)[2];
        }
        optionTypes = types.toArray(new Class<?>[0]);
        outputNames = outputs.toArray(new String[0]);
        integerOutputs = toBooleans(integers);
        outputsAreIndices = name.endsWith("INDEX");
    }

    private static void addInput(
        final InputParameterInfo in, final List<String> inputs, final List<String> columns,
        final List<Boolean> selectable)
    {
        if (in.type() == InputParameterType.TA_Input_Price)
        {
            // talib.abstract's "prices" input: fixed candle columns, in open/high/low/close/volume order.
            for (int k = 0; k < PRICE_FLAGS.length; k++)
            {
                if ((in.flags() & PRICE_FLAGS[k]) != 0)
                {
                    inputs.add(PRICE_COLUMNS[k]);
                    columns.add(PRICE_COLUMNS[k]);
                    selectable.add(Boolean.FALSE);
                }
            }
            return;
        }
        // inReal -> price (close), inReal0/1 -> price0/1 (high/low), inPeriods -> periods: talib.abstract's names.
        final String pythonName = in.paramName().substring("in".length()).toLowerCase().replace("real", "price");
        inputs.add(pythonName);
        columns.add(switch (pythonName)
        {
            case "price0" -> "high";
            case "price1" -> "low";
            case "periods" -> "periods";
            default -> "close";
        });
        selectable.add(Boolean.TRUE);
    }

    private static double[] range(final Annotation[] annotations)
    {
        for (final Annotation a : annotations)
        {
            if (a instanceof IntegerRange r)
            {
                return new double[] {r.defaultValue(), r.min(), r.max()};
            }
            if (a instanceof RealRange r)
            {
                return new double[] {r.defaultValue(), r.min(), r.max()};
            }
            if (a instanceof IntegerList l)
            {
                return new double[] {l.defaultValue(), min(l.value()), max(l.value())};
            }
            if (a instanceof RealList l)
            {
                return new double[] {l.defaultValue(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
            }
        }
        throw new IllegalStateException("TA-Lib option without a range or list: " + List.of(annotations));
    }

    private static String outputName(final String paramName)
    {
        final String lower = paramName.substring("out".length()).toLowerCase();
        final boolean plainReal = lower.equals("real") || lower.equals("real0") || lower.equals("real1");
        return lower.contains("real") && !plainReal ? lower.substring("real".length()) : lower;
    }

    private static int min(final int[] values)
    {
        int m = Integer.MAX_VALUE;
        for (final int v : values)
        {
            m = Math.min(m, v);
        }
        return m;
    }

    private static int max(final int[] values)
    {
        int m = Integer.MIN_VALUE;
        for (final int v : values)
        {
            m = Math.max(m, v);
        }
        return m;
    }

    private static boolean[] toBooleans(final List<Boolean> list)
    {
        final boolean[] result = new boolean[list.size()];
        for (int i = 0; i < result.length; i++)
        {
            result[i] = list.get(i);
        }
        return result;
    }

    /** @return TA-Lib's name, upper case as in Python ({@code "STOCHRSI"}). */
    public String name()
    {
        return name;
    }

    /** @return TA-Lib's group ({@code "Momentum Indicators"}, {@code "Pattern Recognition"}, ...). */
    public String group()
    {
        return group;
    }

    /** @return TA-Lib's one-line description. */
    public String hint()
    {
        return hint;
    }

    /**
     * Whether TA-Lib flags the function as having an unstable period: its value at a candle depends on every earlier
     * candle through a recursive smoothing (EMA-family, RSI, ADX, ATR, MFI, the Hilbert transforms, ...), so results
     * depend on how many startup candles precede the first one used, exactly as with Freqtrade's talib.
     *
     * @return true when the warm-up is recursive.
     */
    public boolean unstable()
    {
        return unstable;
    }

    /** @return the number of input series (a price input counts one per candle column). */
    public int inputCount()
    {
        return inputNames.length;
    }

    /**
     * @param i an input index.
     * @return talib.abstract's name for it: a candle column for price inputs, else {@code price}, {@code price0},
     * {@code price1} or {@code periods}.
     */
    public String inputName(final int i)
    {
        return inputNames[i];
    }

    /**
     * @param i an input index.
     * @return the frame column read by default.
     */
    public String defaultColumn(final int i)
    {
        return defaultColumns[i];
    }

    /**
     * @param i an input index.
     * @return whether a kwarg of {@link #inputName} picks another column (talib.abstract's {@code price=...}).
     */
    public boolean inputSelectable(final int i)
    {
        return inputSelectable[i];
    }

    /** @return the number of parameters. */
    public int optionCount()
    {
        return optionNames.length;
    }

    /**
     * @param i a parameter index.
     * @return its talib.abstract name ({@code timeperiod}, {@code nbdevup}, {@code slowk_matype}, ...).
     */
    public String optionName(final int i)
    {
        return optionNames[i];
    }

    /**
     * @param i a parameter index.
     * @return TA-Lib's default value (a moving-average type is its number, 0 = SMA).
     */
    public double optionDefault(final int i)
    {
        return optionDefaults[i];
    }

    /**
     * @param i a parameter index.
     * @return whether the parameter takes whole numbers (periods and moving-average types).
     */
    public boolean optionIsInteger(final int i)
    {
        return optionTypes[i] != double.class;
    }

    /**
     * @param i a parameter index.
     * @return the smallest value TA-Lib accepts.
     */
    public double optionMin(final int i)
    {
        return optionMins[i];
    }

    /**
     * @param i a parameter index.
     * @return the largest value TA-Lib accepts.
     */
    public double optionMax(final int i)
    {
        return optionMaxs[i];
    }

    /** @return the number of outputs. */
    public int outputCount()
    {
        return outputNames.length;
    }

    /**
     * @param i an output index.
     * @return talib.abstract's name for it ({@code real}, {@code integer}, {@code macdsignal}, {@code upperband}).
     */
    public String outputName(final int i)
    {
        return outputNames[i];
    }

    /**
     * @param i an output index.
     * @return whether TA-Lib returns integers there (candle patterns, HT_TRENDMODE, *INDEX), whose rows before the
     * lookback are 0 rather than NaN, as in talib.
     */
    public boolean integerOutput(final int i)
    {
        return integerOutputs[i];
    }

    /** @return whether the outputs are row indices (MAXINDEX, MININDEX, MINMAXINDEX), shifted by skipped rows. */
    boolean outputsAreIndices()
    {
        return outputsAreIndices;
    }

    /**
     * Calls the TA-Lib function over rows {@code 0..count-1} of the inputs.
     *
     * @param core    the caller's TA-Lib core.
     * @param inputs  one array per input, at least {@code count} long.
     * @param count   rows to compute.
     * @param options one value per parameter, already checked.
     * @param begin   receives the first output row.
     * @param length  receives the number of outputs.
     * @param outputs one {@code double[]} or {@code int[]} per output, at least {@code count} long.
     */
    void invoke(
        final Core core, final double[][] inputs, final int count, final double[] options,
        final MInteger begin, final MInteger length, final Object[] outputs)
    {
        final Object[] args = new Object[2 + inputs.length + options.length + 2 + outputs.length];
        int a = 0;
        args[a++] = 0;
        args[a++] = count - 1;
        for (final double[] input : inputs)
        {
            args[a++] = input;
        }
        for (int i = 0; i < options.length; i++)
        {
            final Class<?> type = optionTypes[i];
            args[a++] = type == double.class ? (Object)options[i] :
                type == MAType.class ? MAType.values()[(int)options[i]] : (Object)(int)options[i];
        }
        args[a++] = begin;
        args[a++] = length;
        for (final Object output : outputs)
        {
            args[a++] = output;
        }
        final Object code;
        try
        {
            code = method.invoke(core, args);
        }
        catch (final IllegalAccessException | InvocationTargetException ex)
        {
            throw new IllegalStateException("TA-Lib " + name + " failed: " + ex.getCause(), ex);
        }
        if (code != RetCode.Success)
        {
            throw new IllegalArgumentException("TA-Lib " + name + " failed: " + code);
        }
    }

    @Override
    public String toString()
    {
        return name;
    }
}
