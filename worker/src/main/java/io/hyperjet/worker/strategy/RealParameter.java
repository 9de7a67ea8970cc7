package io.hyperjet.worker.strategy;

/**
 * Freqtrade's {@code RealParameter(low, high, default, space, optimize, load)}: a continuous uniform dimension.
 * It has no {@code range()}, as in Freqtrade: a continuous value cannot be precomputed per candidate.
 */
public final class RealParameter extends Parameter
{
    private final double low;
    private final double high;
    private final double defaultValue;
    private double value;

    public RealParameter(final double low, final double high, final double defaultValue)
    {
        this(low, high, defaultValue, null, true, true);
    }

    public RealParameter(final double low, final double high, final double defaultValue, final String space)
    {
        this(low, high, defaultValue, space, true, true);
    }

    public RealParameter(
        final double low, final double high, final double defaultValue, final String space, final boolean optimize,
        final boolean load)
    {
        super(space, optimize, load);
        if (!(low <= high))
        {
            throw new IllegalArgumentException("RealParameter low > high: low=" + low + ", high=" + high);
        }
        this.low = low;
        this.high = high;
        this.defaultValue = defaultValue;
        this.value = defaultValue;
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
        return ParameterType.REAL;
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
