package io.hyperjet.worker.strategy;

import java.util.List;

import io.hyperjet.common.UserInputException;

/**
 * A hyperoptable strategy parameter, declared as a field of a {@link Strategy} (Freqtrade's {@code IntParameter},
 * {@code DecimalParameter}, ... attributes). Its name is the field name in snake_case ({@code buyRsi} and
 * {@code buy_rsi} both give {@code buy_rsi}); its space is the explicit one, else the one the name prefix implies.
 * <p>
 * Reading the value (the typed {@code value()} or {@code range()} of a subclass) during a strategy's entry or exit
 * phase records the read, which is how {@link StrategyParameters#reads(Phase)} knows what a phase depends on.
 * Not threadsafe: a strategy instance and its parameters belong to one thread.
 */
public abstract class Parameter
{
    private final String explicitSpace;
    private final boolean optimize;
    private final boolean load;
    private String name;
    private Space space;
    private int index = -1;
    private StrategyParameters owner;

    Parameter(final String space, final boolean optimize, final boolean load)
    {
        if (null != space && null == Space.ofId(space))
        {
            throw new IllegalArgumentException("space must be buy, sell or protection: space=" + space);
        }
        this.explicitSpace = space;
        this.optimize = optimize;
        this.load = load;
    }

    /**
     * The space of this parameter under a name: the explicit one, else the one the name prefix implies.
     *
     * @throws UserInputException when they contradict or neither exists.
     */
    final Space resolveSpace(final String name, final String strategyName)
    {
        final Space byPrefix = Space.ofPrefix(name);
        final Space declared = null == explicitSpace ? null : Space.ofId(explicitSpace);
        if (null != byPrefix && null != declared && byPrefix != declared)
        {
            throw new UserInputException("strategy " + strategyName + ": parameter " + name +
                " declares space " + declared.id() + " but its name implies " + byPrefix.id());
        }
        if (null == byPrefix && null == declared)
        {
            throw new UserInputException("strategy " + strategyName + ": parameter " + name +
                " has no space: pass buy, sell or protection, or start its name with buy_, sell_ or protection_");
        }
        return null != declared ? declared : byPrefix;
    }

    final void bind(final String name, final Space space, final int index, final StrategyParameters owner)
    {
        if (null != this.owner)
        {
            throw new IllegalStateException("one parameter object is bound twice: " + this.name + " and " + name);
        }
        this.name = name;
        this.space = space;
        this.index = index;
        this.owner = owner;
    }

    /** Records a read of the value while a signal phase runs; the hot path is one null check and a store. */
    final void onRead()
    {
        final StrategyParameters o = owner;
        if (null != o)
        {
            o.onRead(index);
        }
    }

    /** Whether {@code range()} must return every candidate value rather than {@code [value]} (8.4). */
    final boolean fullRange()
    {
        return null != owner && optimize && owner.fullRange(space);
    }

    public final String name()
    {
        return name;
    }

    public final Space space()
    {
        return space;
    }

    /**
     * Position in the strategy's parameter list (buy, sell, protection; alphabetical inside each).
     *
     * @return the index, or -1 before the strategy discovered its parameters.
     */
    public final int index()
    {
        return index;
    }

    public final boolean optimize()
    {
        return optimize;
    }

    public final boolean load()
    {
        return load;
    }

    public abstract ParameterType type();

    /** Lower bound of the dimension (INT, DECIMAL, REAL); NaN otherwise. */
    public double low()
    {
        return Double.NaN;
    }

    /** Upper bound of the dimension (INT, DECIMAL, REAL); NaN otherwise. */
    public double high()
    {
        return Double.NaN;
    }

    /** Decimal places of a DECIMAL parameter; 0 otherwise. */
    public int decimals()
    {
        return 0;
    }

    /** The categories of a CATEGORICAL or BOOLEAN parameter; empty otherwise. */
    public List<Object> categories()
    {
        return List.of();
    }

    /**
     * The default as declared (after rounding for DECIMAL), boxed.
     *
     * @return the default; null for a categorical without one.
     */
    public abstract Object defaultValue();

    /**
     * The current value, boxed; does not record a read (for reports, cache keys and params files).
     *
     * @return the value.
     */
    public abstract Object valueAsObject();

    /**
     * Sets the value for an epoch or from a loaded file. Accepts what a JSON reader gives: numbers of any boxed
     * type (an INT needs an integral value), booleans, strings for string categories.
     *
     * @param value the new value.
     * @throws IllegalArgumentException when the value does not fit the parameter.
     */
    public abstract void set(Object value);

    /** Restores the default value. */
    public abstract void reset();

    @Override
    public String toString()
    {
        return getClass().getSimpleName() + "(" + name + "=" + valueAsObject() + ", space=" +
            (null == space ? explicitSpace : space.id()) + ")";
    }

    static IllegalArgumentException badValue(final Parameter parameter, final Object value, final String expected)
    {
        return new IllegalArgumentException("parameter " + parameter.name + " needs " + expected + ", got " + value);
    }
}
