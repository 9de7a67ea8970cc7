package io.hyperjet.worker.frame;

import io.hyperjet.worker.metrics.PyMath;

/**
 * numpy's {@code mean} and {@code std} as qtpylib calls them on rolling windows ({@code numpy_rolling_mean},
 * {@code numpy_rolling_std}), with numpy's own summation so the doubles match: numpy adds a
 * contiguous run by pairwise summation ({@link PyMath#sum}). {@code mean = sum / n};
 * {@code std = sqrt(sum((x - mean)²) / (n - 1))}. A NaN anywhere in a window makes it NaN.
 * <p>
 * Stateless; allocates its outputs.
 */
final class NumpyReductions
{
    private NumpyReductions()
    {
    }

    /** {@code numpy_rolling_mean(values, window)}: NaN for the first {@code window - 1} rows. */
    static double[] rollingMean(final double[] values, final int window)
    {
        final double[] out = headNaN(values.length, window);
        for (int i = window - 1; i < values.length; i++)
        {
            out[i] = PyMath.sum(values, i - window + 1, window) / window;
        }
        return out;
    }

    /** {@code numpy_rolling_std(values, window)} (ddof 1): NaN for the first {@code window - 1} rows. */
    static double[] rollingStd(final double[] values, final int window)
    {
        final double[] out = headNaN(values.length, window);
        final double[] squares = new double[window];
        for (int i = window - 1; i < values.length; i++)
        {
            out[i] = std(values, i - window + 1, window, 1, squares);
        }
        return out;
    }

    private static double std(
        final double[] values, final int from, final int n, final int ddof, final double[] squares)
    {
        final double mean = PyMath.sum(values, from, n) / n;
        for (int j = 0; j < n; j++)
        {
            final double d = values[from + j] - mean;
            squares[j] = d * d;
        }
        return Math.sqrt(PyMath.sum(squares, 0, n) / Math.max(n - ddof, 0));
    }

    private static double[] headNaN(final int rows, final int window)
    {
        if (window < 1 || window > rows)
        {
            // numpy's strided window view cannot be built: qtpylib fails the same way
            throw new IllegalArgumentException("numpy rolling window must be in [1, rows]: window=" + window +
                ", rows=" + rows);
        }
        final double[] out = new double[rows];
        java.util.Arrays.fill(out, 0, window - 1, Double.NaN);
        return out;
    }
}
