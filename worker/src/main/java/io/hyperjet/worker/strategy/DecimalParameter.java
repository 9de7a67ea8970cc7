package io.hyperjet.worker.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Freqtrade's {@code DecimalParameter(low, high, default, decimals=3, space, optimize, load)}: dimension
 * Decimal(low, high, decimals), a grid of {@code k / 10^decimals} with {@code k} from {@code trunc(low·10^d)} to
 * {@code trunc(high·10^d)}. The default is rounded to {@code decimals} places (Python {@code round}: half-even on the
 * exact binary value); values set later are kept as given.
 */
public final class DecimalParameter extends Parameter
{
    public static final int DECIMALS_DEFAULT = 3;

    private final double low;
    private final double high;
    private final int decimals;
    private final double defaultValue;
    private double value;

    public DecimalParameter(final double low, final double high, final double defaultValue)
    {
        this(low, high, defaultValue, DECIMALS_DEFAULT, null, true, true);
    }

    public DecimalParameter(final double low, final double high, final double defaultValue, final int decimals)
    {
        this(low, high, defaultValue, decimals, null, true, true);
    }

    public DecimalParameter(
        final double low, final double high, final double defaultValue, final int decimals, final String space)
    {
        this(low, high, defaultValue, decimals, space, true, true);
    }

    public DecimalParameter(
        final double low, final double high, final double defaultValue, final int decimals, final String space,
        final boolean optimize, final boolean load)
    {
        super(space, optimize, load);
        if (!(low <= high))
        {
            throw new IllegalArgumentException("DecimalParameter low > high: low=" + low + ", high=" + high);
        }
        if (decimals < 0 || decimals > 15)
        {
            throw new IllegalArgumentException("DecimalParameter decimals must be 0..15: decimals=" + decimals);
        }
        this.low = low;
        this.high = high;
        this.decimals = decimals;
        this.defaultValue = round(defaultValue, decimals);
        this.value = this.defaultValue;
    }

    /**
     * Python's {@code round(x, decimals)} for a double: the exact binary value rounded half-even.
     *
     * @param x        the value.
     * @param decimals decimal places.
     * @return the nearest double to the rounded decimal.
     */
    public static double round(final double x, final int decimals)
    {
        if (!Double.isFinite(x))
        {
            return x;
        }
        return Double.parseDouble(new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toString());
    }

    /** First grid index: {@code trunc(low × 10^decimals)}. */
    public long gridLow()
    {
        return (long)(low * Math.pow(10.0, decimals));
    }

    /** Last grid index: {@code trunc(high × 10^decimals)}. */
    public long gridHigh()
    {
        return (long)(high * Math.pow(10.0, decimals));
    }

    /**
     * The current value; records a read during a signal phase.
     *
     * @return the value.
     */
    public double value()
    {
        onRead();
        return value;
    }

    /**
     * {@code round(k × 0.1^d, d)} for every grid index k while indicators are prepared for a hyperopt that
     * optimizes this parameter, otherwise {@code [value]}.
     *
     * @return the candidate values.
     */
    public double[] range()
    {
        if (fullRange())
        {
            final long first = gridLow();
            final int n = (int)(gridHigh() - first + 1);
            final double step = Math.pow(0.1, decimals);
            final double[] all = new double[Math.max(n, 0)];
            for (int i = 0; i < all.length; i++)
            {
                all[i] = round((first + i) * step, decimals);
            }
            return all;
        }
        return new double[]{value()};
    }

    /**
     * Sets the value without boxing.
     *
     * @param value the new value.
     */
    public void value(final double value)
    {
        this.value = value;
    }

    @Override
    public ParameterType type()
    {
        return ParameterType.DECIMAL;
    }

    @Override
    public double low()
    {
        return low;
    }

    @Override
    public double high()
    {
        return high;
    }

    @Override
    public int decimals()
    {
        return decimals;
    }

    @Override
    public Object defaultValue()
    {
        return defaultValue;
    }

    @Override
    public Object valueAsObject()
    {
        return value;
    }

    @Override
    public void set(final Object value)
    {
        if (!(value instanceof Number))
        {
            throw badValue(this, value, "a number");
        }
        this.value = ((Number)value).doubleValue();
    }

    @Override
    public void reset()
    {
        value = defaultValue;
    }
}
