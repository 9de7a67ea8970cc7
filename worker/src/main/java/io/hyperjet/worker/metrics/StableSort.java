package io.hyperjet.worker.metrics;

/**
 * Stable ordering of indices by a long key without boxing (merge sort, with a linear pass first because results
 * are nearly always already in close order).
 */
final class StableSort
{
    private StableSort()
    {
    }

    static void orderByKey(final long[] keys, final int n, final int[] order, final int[] scratch)
    {
        boolean sorted = true;
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
            if (i > 0 && keys[i] < keys[i - 1])
            {
                sorted = false;
            }
        }
        if (!sorted)
        {
            mergeSort(keys, order, scratch, 0, n);
        }
    }

    private static void mergeSort(final long[] keys, final int[] a, final int[] tmp, final int lo, final int hi)
    {
        if (hi - lo < 2)
        {
            return;
        }
        final int mid = (lo + hi) >>> 1;
        mergeSort(keys, a, tmp, lo, mid);
        mergeSort(keys, a, tmp, mid, hi);
        if (keys[a[mid - 1]] <= keys[a[mid]])
        {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++)
        {
            if (j >= hi || (i < mid && keys[tmp[i]] <= keys[tmp[j]]))
            {
                a[k] = tmp[i++];
            }
            else
            {
                a[k] = tmp[j++];
            }
        }
    }
}
