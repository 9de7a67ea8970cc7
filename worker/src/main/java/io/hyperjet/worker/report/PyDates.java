package io.hyperjet.worker.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Date text as Freqtrade writes it: {@code str()} of a UTC datetime ({@code YYYY-MM-DD HH:MM:SS+00:00}, with
 * {@code .ffffff} when there are microseconds) and the print format {@code YYYY-MM-DD HH:MM:SS}.
 */
public final class PyDates
{
    /** {@code str()} of the epoch as a UTC datetime: the "no drawdown" date. */
    public static final String EPOCH_STR = "1970-01-01 00:00:00+00:00";

    private PyDates()
    {
    }

    /**
     * {@code str(datetime)} of a UTC instant.
     *
     * @param epochMs epoch milliseconds.
     * @return e.g. {@code 2018-01-10 07:15:00+00:00}.
     */
    public static String str(final long epochMs)
    {
        final StringBuilder sb = new StringBuilder(32);
        appendPrint(sb, epochMs);
        final long millis = Math.floorMod(epochMs, 1000L);
        if (millis != 0)
        {
            final String micros = Long.toString(millis * 1000L + 1_000_000L).substring(1);
            sb.append('.').append(micros);
        }
        return sb.append("+00:00").toString();
    }

    /**
     * Freqtrade's print format.
     *
     * @param epochMs epoch milliseconds.
     * @return e.g. {@code 2018-01-10 07:15:00}.
     */
    public static String print(final long epochMs)
    {
        final StringBuilder sb = new StringBuilder(19);
        appendPrint(sb, epochMs);
        return sb.toString();
    }

    /**
     * {@code str(date)} of the UTC day of an instant.
     *
     * @param epochDay days since 1970-01-01.
     * @return {@code YYYY-MM-DD}.
     */
    public static String isoDay(final long epochDay)
    {
        return java.time.LocalDate.ofEpochDay(epochDay).toString();
    }

    /**
     * {@code dd/mm/YYYY} of a day, as in {@code periodic_breakdown}.
     *
     * @param epochDay days since 1970-01-01.
     * @return the text.
     */
    public static String dayMonthYear(final long epochDay)
    {
        final java.time.LocalDate d = java.time.LocalDate.ofEpochDay(epochDay);
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static void appendPrint(final StringBuilder sb, final long epochMs)
    {
        final LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMs), ZoneOffset.UTC);
        pad(sb, t.getYear(), 4).append('-');
        pad(sb, t.getMonthValue(), 2).append('-');
        pad(sb, t.getDayOfMonth(), 2).append(' ');
        pad(sb, t.getHour(), 2).append(':');
        pad(sb, t.getMinute(), 2).append(':');
        pad(sb, t.getSecond(), 2);
    }

    private static StringBuilder pad(final StringBuilder sb, final int value, final int width)
    {
        final String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++)
        {
            sb.append('0');
        }
        return sb.append(s);
    }
}
