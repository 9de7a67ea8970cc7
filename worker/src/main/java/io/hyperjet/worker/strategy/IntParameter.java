package io.hyperjet.worker.strategy;

/**
 * Freqtrade's {@code IntParameter(low, high, default, space, optimize, load)}: dimension Integer(low, high).
 */
public final class IntParameter extends Parameter
{
    private final int low;
    private final int high;
    private final int defaultValue;
    private int value;

    public IntParameter(final int low, final int high, final int defaultValue)
    {
        this(low, high, defaultValue, null, true, true);
    }

    public IntParameter(final int low, final int high, final int defaultValue, final String space)
    {
        this(low, high, defaultValue, space, true, true);
    }

    /** Freqtrade's two-element list form: {@code IntParameter([low, high], ...)}. */
    public IntParameter(final int[] lowHigh, final int defaultValue, final String space)
    {
        this(pair(lowHigh)[0], pair(lowHigh)[1], defaultValue, space, true, true);
    }

    public IntParameter(
        final int low, final int high, final int defaultValue, final String space, final boolean optimize,
        final boolean load)
    {
        super(space, optimize, load);
        if (low > high)
        {
            throw new IllegalArgumentException("IntParameter low > high: low=" + low + ", high=" + high);
        }
        this.low = low;
        this.high = high;
        this.defaultValue = defaultValue;
        this.value = defaultValue;
    }

    private static int[] pair(final int[] lowHigh)
    {
        if (lowHigh.length != 2)
        {
            throw new IllegalArgumentException("IntParameter needs [low, high], got " + lowHigh.length + " values");
        }
        return lowHigh;
    }

    /**
     * The current value; records a read during a signal phase.
     *
     * @return the value.
     */
    public int value()
    {
        onRead();
        return value;
    }

    /**
     * Every int from low to high while indicators are prepared for a hyperopt that optimizes this parameter,
     * otherwise {@code [value]}.
     *
     * @return the candidate values.
     */
    public int[] range()
    {
        if (fullRange())
        {
            final int[] all = new int[high - low + 1];
            for (int i = 0; i < all.length; i++)
            {
                all[i] = low + i;
            }
            return all;
        }
        return new int[]{value()};
    }

    /**
     * Sets the value without boxing.
     *
     * @param value the new value.
     */
    public void value(final int value)
    {
        this.value = value;
    }

    @Override
    public ParameterType type()
    {
        return ParameterType.INT;
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
        if (value instanceof Number)
        {
            final double d = ((Number)value).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE)
            {
                this.value = (int)d;
                return;
            }
        }
        throw badValue(this, value, "an integer");
    }

    @Override
    public void reset()
    {
        value = defaultValue;
    }
}
