package io.hyperjet.worker.backtest;

import java.math.BigDecimal;

/**
 * {@link BigDecimal#valueOf(double)} without the string round trip, for the values trades are made of: the decimal
 * with the fewest digits that parses back to the double, the closest one among those (what {@code Double.toString}
 * gives on JDK 19+ and Python's {@code repr} gives; JDK 17's {@code Double.toString} is slow and, rarely, longer).
 * <p>
 * For a double {@code v = m × 2^e} with {@code e < 0}, the closest L-digit decimal is
 * {@code N = round(m × 10^p / 2^-e)} with {@code p = L − 1 − floor(log10 v)}, computed exactly in 128 bits. It parses
 * back to {@code v} exactly when its distance to {@code v} is at most half an ulp, that is when
 * {@code 2 × |N × 2^-e − m × 10^p| <= 10^p} (strictly less when m is odd, as parsing rounds half to even). Trying
 * L = 15, 16, 17 in turn gives the shortest: if no 15-digit decimal is within half an ulp, no shorter one is, and if
 * one is, the closest 15-digit decimal is the shortest decimal padded with zeros. Values outside that domain (powers
 * of two, whose rounding interval is lopsided, exact ties, very large or small magnitudes) use
 * {@link BigDecimal#valueOf(double)}.
 * <p>
 * {@link #offset} gives the same decimal as its distance to the double, for products in double-double arithmetic
 * ({@link DecimalProducts}) that need no decimal object.
 */
final class ShortestDecimal
{
    private static final int MAX_POW = 19;
    private static final long[] POW10 = new long[MAX_POW + 1];
    /** Marks a candidate that does not parse back to the double (as opposed to {@link #OUTSIDE}). */
    private static final long NOT_IN_INTERVAL = -1;
    /** Marks a value outside the fast path's domain. */
    private static final long OUTSIDE = -2;
    /**
     * A found decimal is packed as {@code unscaled << SCALE_BITS | (scale + SCALE_BIAS)}: unscaled <= 10^17,
     * -19 <= scale <= 19 (trailing zeros stripped, so 1e14 is 1 with scale -14).
     */
    private static final int SCALE_BITS = 6;
    private static final int SCALE_BIAS = 32;
    private static final double[] POW10_DOUBLE = new double[MAX_POW + 1];

    static
    {
        long p = 1;
        double exact = 1.0;
        for (int i = 0; i <= MAX_POW; i++)
        {
            POW10[i] = p; // 10^19 wraps; closest() reads it as unsigned
            POW10_DOUBLE[i] = exact;
            p *= 10;
            exact *= 10.0;
        }
    }

    private ShortestDecimal()
    {
    }

    /**
     * The shortest decimal of {@code x}, as {@link BigDecimal#valueOf(double)} on JDK 19+ gives it (same value).
     *
     * @param x the double.
     * @return the decimal.
     */
    static BigDecimal valueOf(final double x)
    {
        final BigDecimal fast = fastOrNull(x);
        return null != fast ? fast : BigDecimal.valueOf(x);
    }

    /** The fast path alone; null when the value is outside its domain. */
    static BigDecimal fastOrNull(final double x)
    {
        final long packed = packed(x);
        return packed < 0 ? null : BigDecimal.valueOf(packed >>> SCALE_BITS, scale(packed));
    }

    /**
     * The scale of a decimal {@link #packed} found (trailing zeros stripped, the scale of {@link #valueOf}).
     *
     * @param packed a non-negative result of {@link #packed}.
     * @return the scale.
     */
    static int scale(final long packed)
    {
        return (int)(packed & ((1 << SCALE_BITS) - 1)) - SCALE_BIAS;
    }

    /**
     * {@code valueOf(x) − x}, the shortest decimal's distance to the double, within a relative 2^-52 of itself
     * (the sign and magnitude of a value at most half an ulp of {@code x}), or NaN when {@code x} is outside the fast
     * path's domain. {@code offset(0.0)} is 0.
     * <p>
     * With {@code valueOf(x) = N / 10^p}: {@code N − x·10^p} is exact as {@code (N − L) − (Q − L) − q} where
     * {@code Q + q = x·10^p} exactly (FMA) and {@code L = (long)Q}; only the last subtraction and the division by the
     * exact {@code 10^p} round.
     *
     * @param x the double.
     * @return the offset or NaN.
     */
    static double offset(final double x)
    {
        return x == 0.0 ? 0.0 : offset(x, packed(x));
    }

    /**
     * {@link #offset(double)} of a value whose {@link #packed} form is known.
     *
     * @param x      the double.
     * @param packed {@code packed(x)}.
     * @return the offset or NaN.
     */
    static double offset(final double x, final long packed)
    {
        if (packed < 0)
        {
            return Double.NaN;
        }
        long unscaled = packed >>> SCALE_BITS;
        int scale = scale(packed);
        for (; scale < 0; scale++)
        {
            unscaled *= 10; // an integer below 1e15: no overflow
        }
        final double pow = POW10_DOUBLE[scale];
        final double q = x * pow;
        final double qError = Math.fma(x, pow, -q);
        final long whole = (long)q;
        return ((double)(unscaled - whole) - (q - whole) - qError) / pow;
    }

    /**
     * The fast path's shortest decimal, packed ({@link #SCALE_BITS}), or a negative value outside its domain.
     *
     * @param x the double.
     * @return the packed decimal or a negative value.
     */
    static long packed(final double x)
    {
        if (!(x > 0.0) || x >= 1e15)
        {
            return OUTSIDE;
        }
        final long bits = Double.doubleToRawLongBits(x);
        final int biased = (int)(bits >>> 52);
        final long fraction = bits & 0xfffffffffffffL;
        if (biased == 0 || fraction == 0)
        {
            return OUTSIDE;
        }
        final long m = fraction | (1L << 52);
        final int shift = 1075 - biased;
        if (shift <= 0 || shift > 120)
        {
            return OUTSIDE;
        }
        final int k = (int)Math.floor(Math.log10(x));
        for (int digits = 15; digits <= 17; digits++)
        {
            final int p = digits - 1 - k;
            if (p < 0 || p > MAX_POW)
            {
                return OUTSIDE;
            }
            final long d = closest(m, shift, p, digits);
            if (d != NOT_IN_INTERVAL)
            {
                return d;
            }
        }
        return OUTSIDE;
    }

    /**
     * The closest decimal with {@code p} fraction digits to {@code m / 2^shift}, packed, if it parses back;
     * {@link #OUTSIDE} outside the domain; {@link #NOT_IN_INTERVAL} when it does not parse back.
     */
    private static long closest(final long m, final int shift, final int p, final int digits)
    {
        final long pow = POW10[p];
        final long lo = m * pow;
        final long hi = Math.multiplyHigh(m, pow) + (pow < 0 ? m : 0);
        final long q;
        final long rHi;
        final long rLo;
        if (shift >= 64)
        {
            q = shift == 64 ? hi : hi >>> (shift - 64);
            rHi = shift == 64 ? 0 : hi & ((1L << (shift - 64)) - 1);
            rLo = lo;
        }
        else
        {
            q = (hi << (64 - shift)) | (lo >>> shift);
            if ((hi >>> shift) != 0)
            {
                return OUTSIDE;
            }
            rHi = 0;
            rLo = lo & ((1L << shift) - 1);
        }
        final long halfHi = shift - 1 >= 64 ? 1L << (shift - 65) : 0;
        final long halfLo = shift - 1 >= 64 ? 0 : 1L << (shift - 1);
        final int cmp = rHi != halfHi ? Long.compareUnsigned(rHi, halfHi) : Long.compareUnsigned(rLo, halfLo);
        if (cmp == 0)
        {
            return OUTSIDE;
        }
        final long n = cmp > 0 ? q + 1 : q;
        final long dHi;
        final long dLo;
        if (cmp > 0)
        {
            dLo = -rLo;
            final long top = shift >= 64 ? (shift == 64 ? 1L : 1L << (shift - 64)) : 0L;
            dHi = shift >= 64 ? top - rHi - (rLo != 0 ? 1 : 0) : 0L;
            if (shift < 64)
            {
                return inInterval(0, (1L << shift) - rLo, pow, m, n, p, digits);
            }
        }
        else
        {
            dHi = rHi;
            dLo = rLo;
        }
        return inInterval(dHi, dLo, pow, m, n, p, digits);
    }

    private static long inInterval(
        final long dHi, final long dLo, final long pow, final long m, final long n, final int p, final int digits)
    {
        if (n < POW10[digits - 1] || n > POW10[digits])
        {
            return OUTSIDE;
        }
        if (dHi != 0)
        {
            return NOT_IN_INTERVAL;
        }
        final boolean ok;
        if (p == 0)
        {
            ok = dLo == 0;
        }
        else
        {
            final long halfPow = pow >>> 1;
            final int c = Long.compareUnsigned(dLo, halfPow);
            ok = (m & 1) == 0 ? c <= 0 : c < 0;
        }
        if (!ok)
        {
            return NOT_IN_INTERVAL;
        }
        long unscaled = n;
        int scale = p;
        while (unscaled % 10 == 0 && unscaled != 0)
        {
            unscaled /= 10;
            scale--;
        }
        return unscaled << SCALE_BITS | (scale + SCALE_BIAS);
    }
}
