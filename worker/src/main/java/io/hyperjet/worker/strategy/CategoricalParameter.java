package io.hyperjet.worker.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Freqtrade's {@code CategoricalParameter([a, b, ...], default, space, optimize, load)}: at least two categories
 * (strings, numbers or booleans). Without a default the value starts as null, as Freqtrade's code does.
 *
 * @param <T> the category type.
 */
public final class CategoricalParameter<T> extends Parameter
{
    private final List<T> categories;
    private final T defaultValue;
    private T value;

    public CategoricalParameter(final List<T> categories, final T defaultValue)
    {
        this(categories, defaultValue, null, true, true);
    }

    public CategoricalParameter(final List<T> categories, final T defaultValue, final String space)
    {
        this(categories, defaultValue, space, true, true);
    }

    public CategoricalParameter(
        final List<T> categories, final T defaultValue, final String space, final boolean optimize,
        final boolean load)
    {
        super(space, optimize, load);
        if (categories.size() < 2)
        {
            throw new IllegalArgumentException("CategoricalParameter needs at least two categories, got " + categories);
        }
        if (null != defaultValue && !categories.contains(defaultValue))
        {
            throw new IllegalArgumentException("CategoricalParameter default " + defaultValue + " is not one of " +
                categories);
        }
        this.categories = Collections.unmodifiableList(new ArrayList<>(categories));
        this.defaultValue = defaultValue;
        this.value = defaultValue;
    }

    /**
     * The current value (null when there is no default and none was set); records a read during a signal phase.
     *
     * @return the value.
     */
    public T value()
    {
        onRead();
        return value;
    }

    /**
     * All categories while indicators are prepared for a hyperopt that optimizes this parameter, otherwise
     * {@code [value]}.
     *
     * @return the candidate values.
     */
    public List<T> range()
    {
        return fullRange() ? categories : Collections.singletonList(value());
    }

    @Override
    public ParameterType type()
    {
        return ParameterType.CATEGORICAL;
    }

    @Override
    public List<Object> categories()
    {
        return Collections.unmodifiableList(categories);
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

    /** Accepts a category, or a value equal to one once numbers are compared by value (JSON gives 3 for 3.0). */
    @Override
    public void set(final Object value)
    {
        for (final T category : categories)
        {
            if (same(category, value))
            {
                this.value = category;
                return;
            }
        }
        throw badValue(this, value, "one of " + categories);
    }

    private static boolean same(final Object category, final Object value)
    {
        if (category instanceof Number && value instanceof Number)
        {
            return ((Number)category).doubleValue() == ((Number)value).doubleValue();
        }
        return category.equals(value);
    }

    @Override
    public void reset()
    {
        value = defaultValue;
    }
}
