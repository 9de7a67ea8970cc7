package io.hyperjet.coordinator.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One named search dimension. Every dimension encodes its values as doubles: integers and grid indexes as whole
 * numbers, reals as themselves, categories as their index. Samplers work on the encoding; {@link #value(double)}
 * turns an encoded coordinate back into the typed value a strategy sees.
 * <p>
 * Immutable and thread-safe.
 */
public final class Dimension
{
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};

    private final String name;
    private final DimensionKind kind;
    private final double low;
    private final double high;
    private final int decimals;
    private final List<Object> categories;

    private Dimension(
        final String name,
        final DimensionKind kind,
        final double low,
        final double high,
        final int decimals,
        final List<Object> categories)
    {
        if (name == null || name.isEmpty())
        {
            throw new IllegalArgumentException("dimension name must not be empty");
        }
        if (!(low <= high))
        {
            throw new IllegalArgumentException("dimension " + name + ": low=" + low + " > high=" + high);
        }
        this.name = name;
        this.kind = kind;
        this.low = low;
        this.high = high;
        this.decimals = decimals;
        this.categories = categories;
    }

    /**
     * An integer dimension, inclusive on both ends.
     *
     * @param name dimension name.
     * @param low  smallest value.
     * @param high largest value.
     * @return the dimension.
     */
    public static Dimension integer(final String name, final long low, final long high)
    {
        return new Dimension(name, DimensionKind.INTEGER, low, high, 0, List.of());
    }

    /**
     * A decimal grid: k ranges over {@code [trunc(low * 10^d), trunc(high * 10^d)]} (a Java {@code (long)} cast of
     * the double product) and the value is {@code k / 10^d}.
     *
     * @param name     dimension name.
     * @param low      lower bound before truncation.
     * @param high     upper bound before truncation.
     * @param decimals d, 0 to 12.
     * @return the dimension.
     */
    public static Dimension decimal(final String name, final double low, final double high, final int decimals)
    {
        if (decimals < 0 || decimals >= POW10.length)
        {
            throw new IllegalArgumentException("dimension " + name + ": decimals=" + decimals + " outside 0.." +
                (POW10.length - 1));
        }
        final double scale = POW10[decimals];
        return new Dimension(
            name, DimensionKind.DECIMAL, (long)(low * scale), (long)(high * scale), decimals, List.of());
    }

    /**
     * A continuous dimension over {@code [low, high]}, low strictly below high.
     *
     * @param name dimension name.
     * @param low  lower bound.
     * @param high upper bound.
     * @return the dimension.
     */
    public static Dimension real(final String name, final double low, final double high)
    {
        if (!(low < high))
        {
            throw new IllegalArgumentException("dimension " + name + ": real range needs low < high, was low=" +
                low + ", high=" + high);
        }
        return new Dimension(name, DimensionKind.REAL, low, high, 0, List.of());
    }

    /**
     * A categorical dimension over strings, numbers or booleans (at least one value, no duplicates, no null).
     *
     * @param name   dimension name.
     * @param values the categories in order.
     * @return the dimension.
     */
    public static Dimension categorical(final String name, final List<?> values)
    {
        if (values.isEmpty())
        {
            throw new IllegalArgumentException("dimension " + name + ": no categories");
        }
        final List<Object> copy = new ArrayList<>(values.size());
        for (final Object value : values)
        {
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean))
            {
                throw new IllegalArgumentException("dimension " + name + ": category " + value +
                    " is not a string, number or boolean");
            }
            if (copy.contains(value))
            {
                throw new IllegalArgumentException("dimension " + name + ": duplicate category " + value);
            }
            copy.add(value);
        }
        return new Dimension(
            name, DimensionKind.CATEGORICAL, 0, copy.size() - 1, 0, Collections.unmodifiableList(copy));
    }

    public String name()
    {
        return name;
    }

    public DimensionKind kind()
    {
        return kind;
    }

    /**
     * @return the smallest encoded coordinate (integer, grid k, real bound, or 0 for categories).
     */
    public double low()
    {
        return low;
    }

    /**
     * @return the largest encoded coordinate.
     */
    public double high()
    {
        return high;
    }

    public int decimals()
    {
        return decimals;
    }

    public List<Object> categories()
    {
        return categories;
    }

    public boolean isContinuous()
    {
        return kind == DimensionKind.REAL;
    }

    public boolean isCategorical()
    {
        return kind == DimensionKind.CATEGORICAL;
    }

    /**
     * @return how many distinct values the dimension holds, or {@link Long#MAX_VALUE} for a real dimension.
     */
    public long cardinality()
    {
        return kind == DimensionKind.REAL ? Long.MAX_VALUE : (long)(high - low) + 1;
    }

    /**
     * The typed value of an encoded coordinate: Integer dimension gives an {@link Integer} (or a {@link Long} outside
     * the int range), Decimal and Real give a {@link Double}, Categorical gives the category.
     *
     * @param coordinate encoded coordinate.
     * @return the typed value.
     */
    public Object value(final double coordinate)
    {
        switch (kind)
        {
            case INTEGER:
                return integerValue((long)coordinate);
            case CATEGORICAL:
                return categories.get((int)coordinate);
            default:
                return doubleValue(coordinate);
        }
    }

    private static Object integerValue(final long value)
    {
        // Not a ternary: that would unbox both branches to long.
        if (value == (int)value)
        {
            return Integer.valueOf((int)value);
        }
        return Long.valueOf(value);
    }

    /**
     * @param coordinate encoded coordinate of a numeric dimension.
     * @return the numeric value: the integer, {@code k / 10^d}, or the real.
     */
    public double doubleValue(final double coordinate)
    {
        switch (kind)
        {
            case DECIMAL:
                return coordinate / POW10[decimals];
            case CATEGORICAL:
                return ((Number)categories.get((int)coordinate)).doubleValue();
            default:
                return coordinate;
        }
    }

    /**
     * @param coordinate encoded coordinate of an Integer dimension.
     * @return the integer value.
     */
    public long longValue(final double coordinate)
    {
        return (long)coordinate;
    }

    /**
     * The encoded coordinate of a typed value, e.g. one read back from a results file.
     *
     * @param value an Integer/Long, Double, or category.
     * @return the coordinate.
     * @throws IllegalArgumentException if the value is not in the dimension.
     */
    public double encode(final Object value)
    {
        final double coordinate;
        switch (kind)
        {
            case CATEGORICAL:
                coordinate = categories.indexOf(value);
                break;
            case DECIMAL:
                coordinate = Math.round(((Number)value).doubleValue() * POW10[decimals]);
                break;
            case INTEGER:
                coordinate = ((Number)value).longValue();
                break;
            default:
                coordinate = ((Number)value).doubleValue();
                break;
        }
        if (!(coordinate >= low && coordinate <= high))
        {
            throw new IllegalArgumentException("dimension " + name + ": value " + value + " out of range");
        }
        return coordinate;
    }

    /**
     * Clamps a coordinate into range and, for discrete kinds, rounds it to the nearest legal value.
     *
     * @param coordinate any coordinate.
     * @return the nearest legal coordinate.
     */
    public double snap(final double coordinate)
    {
        final double clamped = Math.min(high, Math.max(low, coordinate));
        return kind == DimensionKind.REAL ? clamped : Math.rint(clamped);
    }

    /**
     * Maps a unit-interval coordinate u in [0, 1] onto the dimension: discrete kinds split [0, 1] into equal cells,
     * one per value.
     *
     * @param u unit coordinate.
     * @return encoded coordinate.
     */
    public double fromUnit(final double u)
    {
        if (kind == DimensionKind.REAL)
        {
            return Math.min(high, Math.max(low, low + u * (high - low)));
        }
        final double cells = high - low + 1;
        return low + Math.min(cells - 1, Math.max(0, Math.floor(u * cells)));
    }

    /**
     * Inverse of {@link #fromUnit(double)}: a discrete value maps to the middle of its cell.
     *
     * @param coordinate encoded coordinate.
     * @return unit coordinate in [0, 1].
     */
    public double toUnit(final double coordinate)
    {
        if (kind == DimensionKind.REAL)
        {
            return high > low ? (coordinate - low) / (high - low) : 0.5;
        }
        return (coordinate - low + 0.5) / (high - low + 1);
    }

    /**
     * @param rng source of randomness.
     * @return a uniformly drawn legal coordinate.
     */
    public double sampleUniform(final SeededRandom rng)
    {
        return fromUnit(rng.nextDouble());
    }

    @Override
    public String toString()
    {
        switch (kind)
        {
            case INTEGER:
                return name + "=Integer(" + (long)low + ", " + (long)high + ")";
            case DECIMAL:
                return name + "=Decimal(" + (long)low + ".." + (long)high + " / 10^" + decimals + ")";
            case REAL:
                return name + "=Real(" + low + ", " + high + ")";
            default:
                return name + "=Categorical(" + categories + ")";
        }
    }
}
