package io.hyperjet.worker.backtest;

/**
 * The trade values of {@link TradeValues} without decimal objects: the double nearest to a product of shortest
 * decimals, {@code D(x)·D(y)} or {@code D(x)·D(y)·(1 ± D(f))}, where each {@code D(v) = v + offset} comes from
 * {@link ShortestDecimal#offset}.
 * <p>
 * The product is taken in double-double arithmetic (an exact FMA product plus the offset terms), which is within a
 * relative 2^-98 of the exact decimal product. Its nearest double is the answer unless the product lies within
 * {@link #MARGIN} (relative, 2^-80, far wider than the error) of a midpoint between two doubles; then NaN says so and
 * the caller takes the exact {@link java.math.BigDecimal} path. Near-midpoint products are rare (about one in 2^27
 * random ones), so the answer is the exact path's bit for bit at a small fraction of its cost.
 */
final class DecimalProducts
{
    private static final double MARGIN = 0x1p-80;
    private static final double LARGEST = 0x1p1000;

    private DecimalProducts()
    {
    }

    /**
     * The double nearest to {@code D(x)·D(y)} (positive, normal), or NaN when it cannot be told apart from a tie.
     *
     * @param x  a value.
     * @param dx {@code ShortestDecimal.offset(x)} (NaN gives NaN).
     * @param y  a value.
     * @param dy {@code ShortestDecimal.offset(y)}.
     * @return the nearest double or NaN.
     */
    static double product(final double x, final double dx, final double y, final double dy)
    {
        final double p = x * y;
        final double pError = Math.fma(x, y, -p);
        return nearest(p, pError + (x * dy + y * dx + dx * dy));
    }

    /**
     * The double nearest to {@code D(x)·D(y)·(1 + D(f))} ({@code addFee}) or {@code D(x)·D(y)·(1 − D(f))}, or NaN
     * when it cannot be told apart from a tie. Equal to {@link TradeValues#withFee} of the exact cost.
     *
     * @param x      a value.
     * @param dx     its offset.
     * @param y      a value.
     * @param dy     its offset.
     * @param f      the fee ratio.
     * @param df     its offset.
     * @param addFee true to add the fee.
     * @return the nearest double or NaN.
     */
    static double productWithFee(
        final double x, final double dx, final double y, final double dy, final double f, final double df,
        final boolean addFee)
    {
        final double p = x * y;
        final double pError = Math.fma(x, y, -p);
        final double pLow = pError + (x * dy + y * dx + dx * dy);
        final double cost = p + pLow;
        final double costLow = pLow - (cost - p);
        final double g = addFee ? f : -f;
        final double factor = 1.0 + g;
        final double back = factor - 1.0;
        final double factorLow = ((1.0 - (factor - back)) + (g - back)) + (addFee ? df : -df);
        final double q = cost * factor;
        final double qError = Math.fma(cost, factor, -q);
        return nearest(q, qError + (cost * factorLow + costLow * factor + costLow * factorLow));
    }

    /**
     * The double nearest to {@code hi + lo} (|lo| far below |hi|) if every value within the margin rounds to it too,
     * else NaN.
     */
    private static double nearest(final double hi, final double lo)
    {
        final double s = hi + lo;
        if (!(s >= Double.MIN_NORMAL && s < LARGEST))
        {
            return Double.NaN;
        }
        final double rest = lo - (s - hi);
        final double halfGap = 0.5 * (rest >= 0.0 ? Math.nextUp(s) - s : s - Math.nextDown(s));
        return Math.abs(rest) + s * MARGIN < halfGap ? s : Double.NaN;
    }
}
