package io.hyperjet.worker.backtest;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A faster {@link BigDecimal#doubleValue()} with the same, correctly rounded (half-even) result.
 * <p>
 * On JDK 17 {@code doubleValue()} of a product with more than 18 digits goes through {@code toString()} and
 * {@code Double.parseDouble}, about a microsecond. Here a first guess {@code unscaled.doubleValue() / 10^scale}
 * (two or three correctly rounded steps, so within a few ulps) is checked against the exact midpoints to its neighbours
 * with small integer products, and moved by one ulp until the decimal lies inside its rounding interval. Values
 * outside the fast domain (scale outside 1..44, zero, subnormal or huge results) use {@code doubleValue()}.
 */
final class Decimals
{
    /** 10^22 is the largest power of ten a double holds exactly. */
    private static final int EXACT_POW10 = 22;
    private static final int MAX_SCALE = 2 * EXACT_POW10;
    private static final double[] POW10 = new double[EXACT_POW10 + 1];
    private static final BigInteger[] POW10_BIG = new BigInteger[MAX_SCALE + 1];
    private static final int MAX_STEPS = 6;

    static
    {
        double p = 1.0;
        for (int i = 0; i <= EXACT_POW10; i++)
        {
            POW10[i] = p;
            p *= 10.0;
        }
        for (int i = 0; i <= MAX_SCALE; i++)
        {
            POW10_BIG[i] = BigInteger.TEN.pow(i);
        }
    }

    private Decimals()
    {
    }

    /**
     * The double nearest to {@code x}, ties to even: the same bits as {@code x.doubleValue()}.
     *
     * @param x the decimal.
     * @return the double.
     */
    static double toDouble(final BigDecimal x)
    {
        final int scale = x.scale();
        final int sign = x.signum();
        if (scale < 1 || scale > MAX_SCALE || sign == 0)
        {
            return x.doubleValue();
        }
        final BigInteger unscaled = sign < 0 ? x.unscaledValue().negate() : x.unscaledValue();
        if (unscaled.bitLength() <= 53 && scale <= EXACT_POW10)
        {
            final double exact = unscaled.longValue() / POW10[scale];
            return sign < 0 ? -exact : exact;
        }
        double d = scale <= EXACT_POW10 ? unscaled.doubleValue() / POW10[scale] :
            unscaled.doubleValue() / POW10[EXACT_POW10] / POW10[scale - EXACT_POW10];
        for (int step = 0; step < MAX_STEPS; step++)
        {
            final long bits = Double.doubleToRawLongBits(d);
            final int biased = (int)((bits >>> 52) & 0x7ff);
            if (biased <= 1 || biased >= 0x7fe)
            {
                return x.doubleValue();
            }
            final long fraction = bits & 0xfffffffffffffL;
            final long m = fraction | (1L << 52);
            final int e = biased - 1075;
            final int above = compare(unscaled, scale, 2 * m + 1, e - 1);
            if (above > 0 || (above == 0 && (m & 1) != 0))
            {
                d = Math.nextUp(d);
                continue;
            }
            final int below = fraction == 0 ? compare(unscaled, scale, 4 * m - 1, e - 2) :
                compare(unscaled, scale, 2 * m - 1, e - 1);
            if (below < 0 || (below == 0 && (m & 1) != 0))
            {
                d = Math.nextDown(d);
                continue;
            }
            return sign < 0 ? -d : d;
        }
        return x.doubleValue();
    }

    /** Sign of {@code unscaled / 10^scale − mantissa × 2^exponent}. */
    private static int compare(final BigInteger unscaled, final int scale, final long mantissa, final int exponent)
    {
        final BigInteger right = BigInteger.valueOf(mantissa).multiply(POW10_BIG[scale]);
        return exponent < 0 ?
            unscaled.shiftLeft(-exponent).compareTo(right) :
            unscaled.compareTo(right.shiftLeft(exponent));
    }
}
