package io.hyperjet.worker.report;

import java.math.BigDecimal;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * Python's {@code repr(float)} (what {@code str()} and f-strings print): the shortest round-trip digits, exponent
 * form below 1e-4 and from 1e16, {@code nan}/{@code inf}. For text Freqtrade builds from floats (lock reasons,
 * hyperopt listings); not for hot paths.
 */
public final class PyFloat
{
    private PyFloat()
    {
    }

    /**
     * Python's {@code repr(x)}.
     *
     * @param x the value.
     * @return e.g. {@code 0.1}, {@code 1e-05}, {@code 1e+16}, {@code -0.0}.
     */
    public static String repr(final double x)
    {
        if (Double.isNaN(x))
        {
            return "nan";
        }
        if (Double.isInfinite(x))
        {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0.0)
        {
            return 1.0 / x < 0 ? "-0.0" : "0.0";
        }
        // Jackson's Schubfach writer gives the shortest round-trip digits on every JDK (JDK 17's toString may not).
        final BigDecimal d = new BigDecimal(NumberOutput.toString(x, true)).stripTrailingZeros();
        final String digits = d.unscaledValue().abs().toString();
        final int exponent = digits.length() - 1 - d.scale();
        final String sign = x < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16)
        {
            final String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            final String exp = Integer.toString(Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (exp.length() < 2 ? "0" + exp : exp);
        }
        final String plain = d.abs().toPlainString();
        return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
    }
}
