package io.hyperjet.coordinator.results;

import io.hyperjet.worker.report.BacktestResultFiles;
import io.hyperjet.worker.report.PyFloat;
import io.hyperjet.worker.report.ReportSettings;

/**
 * Python's number formats used by Freqtrade's hyperopt listings: {@code f"{x:,.Nf}"}, {@code f"{x:,.2%}"},
 * {@code repr(float)}, and the wins/draws/losses cell.
 */
public final class PyFormat
{
    private PyFormat()
    {
    }

    /**
     * {@code f"{x:,.{decimals}f}"}: fixed decimals with a comma every three integer digits.
     */
    static String grouped(final double x, final int decimals)
    {
        final String text = BacktestResultFiles.fixed(x, decimals);
        if (!Double.isFinite(x))
        {
            return text;
        }
        final int sign = text.startsWith("-") ? 1 : 0;
        final int dot = text.indexOf('.');
        final int intEnd = dot < 0 ? text.length() : dot;
        final StringBuilder sb = new StringBuilder(text.length() + 8).append(text, 0, sign);
        for (int i = sign; i < intEnd; i++)
        {
            if (i > sign && (intEnd - i) % 3 == 0)
            {
                sb.append(',');
            }
            sb.append(text.charAt(i));
        }
        return sb.append(text, intEnd, text.length()).toString();
    }

    /**
     * {@code f"{x:,.2%}"}.
     */
    static String percent(final double ratio)
    {
        return grouped(ratio * 100.0, 2) + "%";
    }

    /**
     * Freqtrade's {@code fmt_coin(value, currency, keep_trailing_zeros=True)}: the currency's decimals and its name.
     */
    static String coin(final double value, final String currency)
    {
        final String text = BacktestResultFiles.fixed(value, ReportSettings.decimalsOf(currency));
        return currency.isEmpty() ? text : text + " " + currency;
    }

    static String padLeft(final String text, final int width)
    {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    /**
     * Python's {@code repr(float)}: shortest digits, exponent form below 1e-4 and from 1e16.
     *
     * @param x the value.
     * @return the text Python prints.
     */
    public static String repr(final double x)
    {
        return PyFloat.repr(x);
    }
}
