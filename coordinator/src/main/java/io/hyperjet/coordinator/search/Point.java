package io.hyperjet.coordinator.search;

import java.util.Arrays;

/**
 * One point of a {@link SearchSpace}: an encoded coordinate per dimension (see {@link Dimension}) and whether it
 * was drawn at random because the sampler's own proposal was a duplicate (Freqtrade's {@code is_random}).
 * <p>
 * Immutable; equality and hash cover the coordinates only.
 */
public final class Point
{
    private final double[] coordinates;
    private final boolean isRandom;
    private final int hash;

    public Point(final double[] coordinates, final boolean isRandom)
    {
        this.coordinates = coordinates.clone();
        this.isRandom = isRandom;
        this.hash = Arrays.hashCode(this.coordinates);
    }

    public int size()
    {
        return coordinates.length;
    }

    public double coordinate(final int index)
    {
        return coordinates[index];
    }

    /**
     * @return a copy of the encoded coordinates.
     */
    public double[] coordinates()
    {
        return coordinates.clone();
    }

    void copyTo(final double[] target)
    {
        System.arraycopy(coordinates, 0, target, 0, coordinates.length);
    }

    public boolean isRandom()
    {
        return isRandom;
    }

    Point withRandom(final boolean random)
    {
        return random == isRandom ? this : new Point(coordinates, random);
    }

    @Override
    public boolean equals(final Object other)
    {
        return other instanceof Point && Arrays.equals(coordinates, ((Point)other).coordinates);
    }

    @Override
    public int hashCode()
    {
        return hash;
    }

    @Override
    public String toString()
    {
        return Arrays.toString(coordinates) + (isRandom ? " random" : "");
    }
}
