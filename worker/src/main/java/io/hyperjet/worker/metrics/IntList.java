package io.hyperjet.worker.metrics;

import java.util.Arrays;

/**
 * A growable list of primitive ints (trade indices of one group).
 */
final class IntList
{
    private int[] values = new int[8];
    private int size;

    void add(final int value)
    {
        if (size == values.length)
        {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size()
    {
        return size;
    }

    int[] values()
    {
        return values;
    }
}
