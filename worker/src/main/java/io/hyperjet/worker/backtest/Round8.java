package io.hyperjet.worker.backtest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code round8}: a double rounded to 8 decimal places, half-even, on its exact binary value
 * (backtest-semantics.md 0), equal to {@code new BigDecimal(x).setScale(8, HALF_EVEN).doubleValue()}.
 * <p>
 * Fast path: {@code y = x * 1e8} carries at most half an ulp of error, so when the fraction of {@code y} is more
 * than one ulp away from one half, the rounding direction of the exact value is the one of {@code y}, and
 * {@code k / 1e8} (k exact, 1e8 exact) is the correctly rounded double of the decimal {@code k * 10^-8}, which is
 * what BigDecimal returns. Near ties, for huge values and for non-finite values the BigDecimal path decides.
 */
public final class Round8
{
    private static final double SCALE = 1e8;
    private static final double FAST_LIMIT = 0x1p51;

    private Round8()
    {
    }

    /**
     * Rounds to 8 decimals, half-even on the exact binary value.
     *
     * @param x the value.
     * @return the rounded value (never -0.0, as a decimal has no sign of zero).
     */
    public static double round8(final double x)
    {
        final double y = x * SCALE;
        if (Math.abs(y) < FAST_LIMIT)
        {
            final double floor = Math.floor(y);
            final double frac = y - floor;
            if (Math.abs(frac - 0.5) > Math.ulp(y))
            {
                return (frac > 0.5 ? floor + 1.0 : floor) / SCALE + 0.0;
            }
        }
        return exact(x);
    }

    /**
     * Whether every value within {@code margin} of {@code x} rounds to {@link #round8}{@code (x)}: no rounding tie
     * (an odd multiple of 0.5e-8) lies that near. False for huge and non-finite values.
     *
     * @param x      the value.
     * @param margin the distance, >= 0.
     * @return true when the rounding of {@code x} cannot change within {@code margin}.
     */
    public static boolean isFarFromTie(final double x, final double margin)
    {
        final double y = x * SCALE;
        if (!(Math.abs(y) < FAST_LIMIT))
        {
            return false;
        }
        final double frac = y - Math.floor(y);
        return Math.abs(frac - 0.5) > margin * SCALE + 2.0 * Math.ulp(y);
    }

    /**
     * The BigDecimal definition; the reference the fast path is tested against.
     *
     * @param x the value.
     * @return the rounded value; non-finite values are returned unchanged.
     */
    public static double exact(final double x)
    {
        if (!Double.isFinite(x))
        {
            return x;
        }
        return new BigDecimal(x).setScale(8, RoundingMode.HALF_EVEN).doubleValue() + 0.0;
    }
}
