package io.hyperjet.worker.strategy;

import java.util.List;

/**
 * Freqtrade's {@code BooleanParameter(default, space, optimize, load)}: dimension Categorical([true, false]).
 */
public final class BooleanParameter extends Parameter
{
    private static final List<Object> CATEGORIES = List.of(Boolean.TRUE, Boolean.FALSE);

    private final boolean defaultValue;
    private boolean value;

    public BooleanParameter(final boolean defaultValue)
    {
        this(defaultValue, null, true, true);
    }

    public BooleanParameter(final boolean defaultValue, final String space)
    {
        this(defaultValue, space, true, true);
    }

    public BooleanParameter(
        final boolean defaultValue, final String space, final boolean optimize, final boolean load)
    {
        super(space, optimize, load);
        this.defaultValue = defaultValue;
        this.value = defaultValue;
    }

    /**
     * The current value; records a read during a signal phase.
     *
     * @return the value.
     */
    public boolean value()
    {
        onRead();
        return value;
    }

    /**
     * {@code [true, false]} while indicators are prepared for a hyperopt that optimizes this parameter, otherwise
     * {@code [value]}.
     *
     * @return the candidate values.
     */
    public boolean[] range()
    {
        return fullRange() ? new boolean[]{true, false} : new boolean[]{value()};
    }

    /**
     * Sets the value without boxing.
     *
     * @param value the new value.
     */
    public void value(final boolean value)
    {
        this.value = value;
    }

    @Override
    public ParameterType type()
    {
        return ParameterType.BOOLEAN;
    }

    @Override
    public List<Object> categories()
    {
        return CATEGORIES;
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
        if (!(value instanceof Boolean))
        {
            throw badValue(this, value, "true or false");
        }
        this.value = (Boolean)value;
    }

    @Override
    public void reset()
    {
        value = defaultValue;
    }
}
