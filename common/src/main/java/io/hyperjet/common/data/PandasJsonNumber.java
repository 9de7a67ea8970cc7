package io.hyperjet.common.data;

/**
 * The value pandas' JSON reader gives a number text in its default (not correctly rounded) mode, which is how
 * Freqtrade reads json/jsongz candles (backtest-semantics.md 13.2). Reproducing it, not parsing correctly, is what
 * makes a backtest on json data give Freqtrade's prices to the last bit: about a third of typical price texts come
 * out one ulp away from {@code Double.parseDouble}.
 * <p>
 * The rule: sign {@code s}, integer digits {@code I}, the first 15 fraction digits folded as {@code F = F × 10 + c}
 * (later digits are ignored), {@code v = (double(I) + F × p[n]) × s} with {@code p[n]} the double nearest to
 * {@code 10^−n}, then {@code v × 10^E} when there is an exponent. A text without fraction and exponent is an
 * integer, exact. Works on the parser's own character buffer: no allocation per number. Stateless.
 */
public final class PandasJsonNumber
{
    /** pandas (ujson) folds at most this many fraction digits. */
    private static final int MAX_FRACTION_DIGITS = 15;
    /** More integer digits than this may overflow a long; such texts are parsed correctly instead. */
    private static final int MAX_INTEGER_DIGITS = 18;
    private static final int MAX_EXPONENT = 400;
    private static final double[] NEG_POW10 = {
        1.0, 0.1, 0.01, 0.001, 0.0001, 0.00001, 0.000001, 0.0000001, 0.00000001, 0.000000001, 0.0000000001,
        0.00000000001, 0.000000000001, 0.0000000000001, 0.00000000000001, 0.000000000000001};
    /** {@code POW10[MAX_EXPONENT + e]} = the correctly rounded {@code 10^e}, as C's {@code pow(10.0, e)} gives it. */
    private static final double[] POW10 = new double[2 * MAX_EXPONENT + 1];

    static
    {
        for (int e = -MAX_EXPONENT; e <= MAX_EXPONENT; e++)
        {
            POW10[MAX_EXPONENT + e] = Double.parseDouble("1e" + e);
        }
    }

    private PandasJsonNumber()
    {
    }

    /**
     * The value of the JSON number text {@code text[offset .. offset + length)} as pandas reads it.
     *
     * @param text   the characters.
     * @param offset the first character.
     * @param length the number of characters.
     * @return the value, or NaN when the text is not a plain decimal number (NaN, Infinity, an integer part of more
     *     than 18 digits): the caller then asks its JSON parser.
     */
    public static double parse(final char[] text, final int offset, final int length)
    {
        final int end = offset + length;
        int i = offset;
        double sign = 1.0;
        if (i < end && text[i] == '-')
        {
            sign = -1.0;
            i++;
        }
        final int intStart = i;
        long integer = 0;
        char c = 0;
        while (i < end && (c = text[i]) >= '0' && c <= '9')
        {
            integer = integer * 10 + (c - '0');
            i++;
        }
        final int intDigits = i - intStart;
        if (intDigits == 0 || intDigits > MAX_INTEGER_DIGITS)
        {
            return Double.NaN;
        }
        if (i == end)
        {
            return sign < 0 ? -integer : integer;
        }
        double fraction = 0.0;
        int used = 0;
        if (c == '.')
        {
            i++;
            while (i < end && (c = text[i]) >= '0' && c <= '9')
            {
                if (used < MAX_FRACTION_DIGITS)
                {
                    fraction = fraction * 10.0 + (c - '0');
                    used++;
                }
                i++;
            }
        }
        final double value = ((double)integer + fraction * NEG_POW10[used]) * sign;
        if (i == end)
        {
            return value;
        }
        if (c != 'e' && c != 'E')
        {
            return Double.NaN;
        }
        return value * exponentFactor(text, i + 1, end);
    }

    /** {@code 10^E} for the exponent text {@code [i, end)}: optional sign, then digits; NaN when malformed. */
    private static double exponentFactor(final char[] text, final int start, final int end)
    {
        int i = start;
        boolean negative = false;
        if (i < end && (text[i] == '-' || text[i] == '+'))
        {
            negative = text[i] == '-';
            i++;
        }
        if (i == end)
        {
            return Double.NaN;
        }
        int exponent = 0;
        for (; i < end; i++)
        {
            final char c = text[i];
            if (c < '0' || c > '9')
            {
                return Double.NaN;
            }
            if (exponent <= MAX_EXPONENT)
            {
                exponent = exponent * 10 + (c - '0');
            }
        }
        if (exponent > MAX_EXPONENT)
        {
            return negative ? 0.0 : Double.POSITIVE_INFINITY;
        }
        return POW10[MAX_EXPONENT + (negative ? -exponent : exponent)];
    }
}
