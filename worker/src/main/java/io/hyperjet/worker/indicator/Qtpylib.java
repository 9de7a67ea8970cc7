package io.hyperjet.worker.indicator;

import java.util.Arrays;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.array.ArrayOps;

/**
 * The few helpers of Freqtrade's vendored {@code qtpylib.indicators} that its sample strategy uses, with the same
 * rows and window rules.
 * <p>
 * {@code bollinger_bands(series, window, stds)} calls {@code rolling_mean} and {@code rolling_std} with
 * {@code min_periods=1}; since that differs from the window, both take qtpylib's pandas branch,
 * {@code series.rolling(window, min_periods=1)}, not its numpy branch. So the bands start at row 0 over the rows
 * seen so far (a partial window), and the deviation is pandas' sample one (ddof = 1), NaN on row 0 where the
 * window holds a single value. Full and partial windows use the same {@link ArrayOps} rules, so the
 * {@code numpy_optimizations} switch changes nothing.
 * <p>
 * Stateless; allocates its outputs (indicator phase, once per pair).
 */
public final class Qtpylib
{
    private Qtpylib()
    {
    }

    /**
     * {@code typical_price(bars)}: {@code (high + low + close) / 3.0}, summed left to right as pandas does.
     *
     * @param frame the candles.
     * @return one value per row.
     */
    public static double[] typicalPrice(final PairFrame frame)
    {
        final int n = frame.rows();
        final double[] typical = new double[n];
        for (int i = 0; i < n; i++)
        {
            typical[i] = (frame.high().get(i) + frame.low().get(i) + frame.close().get(i)) / 3.0;
        }
        return typical;
    }

    /**
     * {@code bollinger_bands(series, window, stds)}: {@code mid = rolling mean}, {@code upper = mid + std * stds},
     * {@code lower = mid - std * stds}, with {@code min_periods=1} (see the class comment).
     *
     * @param series the input, e.g. {@link #typicalPrice}.
     * @param window the window, e.g. 20.
     * @param stds   the width in standard deviations, e.g. 2.
     * @param ops    the array ops of the strategy.
     * @return upper, middle and lower bands.
     */
    public static Indicators.Bands bollingerBands(
        final double[] series, final int window, final double stds, final ArrayOps ops)
    {
        final int n = series.length;
        final double[] mid = ops.rollingMean(series, window, new double[n]);
        final double[] std = ops.rollingStd(series, window, new double[n]);
        // min_periods=1: the first window - 1 rows average the rows seen so far
        for (int i = 0; i < Math.min(window - 1, n); i++)
        {
            final double[] head = Arrays.copyOf(series, i + 1);
            mid[i] = ops.rollingMean(head, i + 1, new double[i + 1])[i];
            std[i] = ops.rollingStd(head, i + 1, new double[i + 1])[i];
        }
        final double[] upper = new double[n];
        final double[] lower = new double[n];
        for (int i = 0; i < n; i++)
        {
            upper[i] = mid[i] + std[i] * stds;
            lower[i] = mid[i] - std[i] * stds;
        }
        return new Indicators.Bands(upper, mid, lower);
    }
}
