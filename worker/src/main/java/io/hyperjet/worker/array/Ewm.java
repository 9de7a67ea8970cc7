package io.hyperjet.worker.array;

/**
 * pandas {@code ewm(alpha=..., adjust=..., ignore_na=False, min_periods=...).mean()}, one pass.
 * <p>
 * Semantics (pandas' recurrence, written out): keep a running average {@code avg} and the weight {@code old} of the
 * past. On each row every earlier weight decays ({@code old *= 1 - alpha}, also across NaN rows since NaNs are not
 * ignored); a non-NaN value {@code x} with weight {@code new} ({@code 1} when {@code adjust}, {@code alpha}
 * otherwise) updates {@code avg = (old * avg + new * x) / (old + new)} (skipped when {@code x == avg}), then
 * {@code old += new} when {@code adjust}, or {@code old = 1} when not. So with {@code adjust=true} row {@code t}
 * is {@code Σ (1-α)^i x[t-i] / Σ (1-α)^i}; with {@code adjust=false} it is {@code avg = (1-α)·avg + α·x} seeded
 * with the first value. Leading NaN rows stay NaN; a row is NaN until {@code minPeriods} (at least 1) non-NaN values
 * were seen; a NaN row after that repeats the average. +-inf is a NaN row, as pandas converts it before the window
 * computation ({@code _prep_values}).
 */
public final class Ewm
{
    private Ewm()
    {
    }

    /** {@code alpha} for pandas {@code span}: {@code 2 / (span + 1)}, span >= 1. */
    public static double alphaFromSpan(final double span)
    {
        return 2.0 / (span + 1.0);
    }

    /** {@code alpha} for pandas {@code com}: {@code 1 / (1 + com)}, com >= 0. */
    public static double alphaFromCom(final double com)
    {
        return 1.0 / (1.0 + com);
    }

    /**
     * The exponentially weighted mean.
     *
     * @param src        values.
     * @param alpha      smoothing factor in (0, 1].
     * @param adjust     pandas {@code adjust}.
     * @param minPeriods pandas {@code min_periods} (values below 1 mean 1).
     * @param dst        output, at least as long as src; may be src.
     * @return dst.
     */
    public static double[] mean(
        final double[] src, final double alpha, final boolean adjust, final int minPeriods, final double[] dst)
    {
        if (!(alpha > 0.0 && alpha <= 1.0))
        {
            throw new IllegalArgumentException("alpha must be in (0, 1]: alpha=" + alpha);
        }
        final int n = src.length;
        if (n == 0)
        {
            return dst;
        }
        final int minObs = Math.max(minPeriods, 1);
        final double decay = 1.0 - alpha;
        final double newWeight = adjust ? 1.0 : alpha;
        double avg = Double.isFinite(src[0]) ? src[0] : Double.NaN;
        int observed = Double.isNaN(avg) ? 0 : 1;
        double oldWeight = 1.0;
        dst[0] = observed >= minObs ? avg : Double.NaN;
        for (int i = 1; i < n; i++)
        {
            final double x = src[i];
            final boolean isObservation = Double.isFinite(x);
            if (isObservation)
            {
                observed++;
            }
            if (!Double.isNaN(avg))
            {
                oldWeight *= decay;
                if (isObservation)
                {
                    if (avg != x)
                    {
                        avg = (oldWeight * avg + newWeight * x) / (oldWeight + newWeight);
                    }
                    oldWeight = adjust ? oldWeight + newWeight : 1.0;
                }
            }
            else if (isObservation)
            {
                avg = x;
            }
            dst[i] = observed >= minObs ? avg : Double.NaN;
        }
        return dst;
    }
}
