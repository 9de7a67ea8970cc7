package io.hyperjet.coordinator.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered list of uniquely named dimensions. Immutable and thread-safe.
 */
public final class SearchSpace
{
    private final List<Dimension> dimensions;
    private final long totalPoints;

    public SearchSpace(final List<Dimension> dimensions)
    {
        if (dimensions.isEmpty())
        {
            throw new IllegalArgumentException("search space has no dimensions");
        }
        final List<Dimension> copy = new ArrayList<>(dimensions);
        long total = 1;
        for (int i = 0; i < copy.size(); i++)
        {
            final Dimension dimension = copy.get(i);
            if (indexOf(copy, dimension.name()) != i)
            {
                throw new IllegalArgumentException("duplicate dimension name " + dimension.name());
            }
            total = saturatingMultiply(total, dimension.cardinality());
        }
        this.dimensions = Collections.unmodifiableList(copy);
        this.totalPoints = total;
    }

    public int size()
    {
        return dimensions.size();
    }

    public Dimension dimension(final int index)
    {
        return dimensions.get(index);
    }

    public List<Dimension> dimensions()
    {
        return dimensions;
    }

    /**
     * @param name dimension name.
     * @return its index, or -1.
     */
    public int indexOf(final String name)
    {
        return indexOf(dimensions, name);
    }

    /**
     * @return the number of distinct points, or {@link Long#MAX_VALUE} when that is unbounded or larger.
     */
    public long totalPoints()
    {
        return totalPoints;
    }

    /**
     * @param point a point of this space.
     * @return dimension name to typed value (see {@link Dimension#value(double)}), in dimension order.
     */
    public Map<String, Object> values(final Point point)
    {
        final Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < dimensions.size(); i++)
        {
            values.put(dimensions.get(i).name(), dimensions.get(i).value(point.coordinate(i)));
        }
        return values;
    }

    /**
     * Inverse of {@link #values(Point)}, e.g. for points read back from a results file.
     *
     * @param values dimension name to typed value; must name every dimension.
     * @return the point (not random).
     */
    public Point encode(final Map<String, ?> values)
    {
        final double[] coordinates = new double[dimensions.size()];
        for (int i = 0; i < coordinates.length; i++)
        {
            final Dimension dimension = dimensions.get(i);
            if (!values.containsKey(dimension.name()))
            {
                throw new IllegalArgumentException("no value for dimension " + dimension.name());
            }
            coordinates[i] = dimension.encode(values.get(dimension.name()));
        }
        return new Point(coordinates, false);
    }

    /**
     * The point with mixed-radix index {@code index} (dimension 0 varies slowest); finite spaces only.
     *
     * @param index 0 to {@link #totalPoints()} - 1.
     * @param out   receives the coordinates.
     */
    void pointAt(final long index, final double[] out)
    {
        long rest = index;
        for (int i = dimensions.size() - 1; i >= 0; i--)
        {
            final Dimension dimension = dimensions.get(i);
            final long cardinality = dimension.cardinality();
            out[i] = dimension.low() + rest % cardinality;
            rest /= cardinality;
        }
    }

    @Override
    public String toString()
    {
        return dimensions.toString();
    }

    private static int indexOf(final List<Dimension> dimensions, final String name)
    {
        for (int i = 0; i < dimensions.size(); i++)
        {
            if (dimensions.get(i).name().equals(name))
            {
                return i;
            }
        }
        return -1;
    }

    private static long saturatingMultiply(final long a, final long b)
    {
        try
        {
            return Math.multiplyExact(a, b);
        }
        catch (final ArithmeticException ex)
        {
            return Long.MAX_VALUE;
        }
    }
}
