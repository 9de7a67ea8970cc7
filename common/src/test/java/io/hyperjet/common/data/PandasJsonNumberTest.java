package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * backtest-semantics.md 13.2, worked by hand: {@code v = (I + F × p[n]) × s}, then {@code × 10^E}. Expected values are
 * the double operations of the rule (each one correctly rounded), written as the results they give.
 */
class PandasJsonNumberTest
{
    private static double parse(final String text)
    {
        final char[] padded = ("[" + text + ",").toCharArray();
        return PandasJsonNumber.parse(padded, 1, text.length());
    }

    private static void assertBits(final double expected, final double actual)
    {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
            () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void shouldReadSpecExampleOneUlpAboveTheCorrectParse()
    {
        // I = 6, F = 27.0, n = 3: 6 + 27.0 × 0.001 = 6.027, then 6.027 × 1e-05 = 6.0270000000000004e-05
        assertBits(6.0270000000000004e-05, parse("6.027e-05"));
        assertTrue(6.0270000000000004e-05 != 6.027e-05);
    }

    @Test
    void shouldReadFractionByFoldingDigits()
    {
        assertBits(0.30000000000000004, parse("0.3")); // 3.0 × 0.1
        assertBits(1.7000000000000002, parse("1.7")); // 1 + 0.7000000000000001
        assertBits(0.1, parse("0.1"));
        assertBits(-12.5, parse("-12.5"));
        assertBits(-0.0, parse("-0.0"));
    }

    @Test
    void shouldReadIntegersExactly()
    {
        assertBits(5.0, parse("5"));
        assertBits(-12.0, parse("-12"));
        assertBits(0.0, parse("-0"));
        assertBits(1_704_067_200_000.0, parse("1704067200000"));
        assertBits(123_456_789_012_345_678.0, parse("123456789012345678"));
    }

    @Test
    void shouldApplyExponentWithoutFraction()
    {
        assertBits(1e-05, parse("1e-05"));
        assertBits(6.000000000000001e-05, parse("6e-05")); // 6.0 × 1e-05, not correctly rounded
        assertBits(25_000.0, parse("25E3"));
        assertBits(25_000.0, parse("25e+3"));
        assertBits(0.0, parse("1e-999"));
    }

    @Test
    void shouldApplyNegativeExponentToSignedValue()
    {
        assertBits(-0.00125, parse("-1.25e-3")); // (1 + 25.0 × 0.01) × -1 = -1.25, × 0.001
        // 1 + 1.0 × 0.001 = 1.001, × -1, × 1e-07 = -1.0009999999999999e-07; a correct parse gives -1.001e-07
        assertBits(-1.0009999999999999e-07, parse("-1.001e-7"));
    }

    @Test
    void shouldIgnoreFractionDigitsBeyondFifteen()
    {
        // F = 123456789012345 (the digits 678 are dropped), × 1e-15 = 0.12345678901234501; a correct parse gives
        // 0.12345678901234568
        assertBits(0.12345678901234501, parse("0.123456789012345678"));
        // the first 15 fraction digits are all zero: 0 + 0.0 × 1e-15
        assertBits(0.0, parse("0.000000000000000123"));
    }

    @Test
    void shouldLeaveNonNumericTextsToTheCaller()
    {
        assertTrue(Double.isNaN(parse("NaN")));
        assertTrue(Double.isNaN(parse("Infinity")));
        assertTrue(Double.isNaN(parse("-Infinity")));
        assertTrue(Double.isNaN(parse("1234567890123456789012")));
    }
}
