package io.hyperjet.worker.frame.informative;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.hyperjet.common.time.Timeframes;

/**
 * Which informative candle each base candle sees under Freqtrade's {@code merge_informative_pair}: an informative
 * candle becomes usable when it has closed, so it is joined to the base candle that opens one base timeframe before
 * the informative candle's close ({@code date + informative timeframe - base timeframe}; for {@code 1M} the close is
 * the next month's first day), by exact date. With ffill the rows between joins repeat the last joined candle, as
 * pandas' {@code merge_ordered(fill_method="ffill", how="left")} does: an informative candle whose join date is
 * missing from the base candles (a gap) is never seen, and rows before the first join see none.
 */
final class MergeRows
{
    /** No informative candle: the row's informative columns are NaN. */
    static final int NONE = -1;

    private MergeRows()
    {
    }

    /**
     * @param baseDates         the base candles' open times, epoch ms, ascending.
     * @param informativeDates  the informative candles' open times, epoch ms, ascending.
     * @param timeframe         the base timeframe.
     * @param informativeTimeframe the informative timeframe, not shorter than the base one.
     * @param ffill             repeat the last joined candle until the next.
     * @return per base row, the informative row it sees or {@link #NONE}.
     * @throws IllegalArgumentException when the informative timeframe is the shorter one (Freqtrade refuses it too).
     */
    static int[] of(final double[] baseDates, final double[] informativeDates, final String timeframe,
        final String informativeTimeframe, final boolean ffill)
    {
        final long minutes = Timeframes.minutes(timeframe);
        final long informativeMinutes = Timeframes.minutes(informativeTimeframe);
        if (informativeMinutes < minutes)
        {
            throw new IllegalArgumentException("mergeInformativePair: informative timeframe " + informativeTimeframe
                + " is shorter than " + timeframe + "; merging a faster timeframe into a slower one would add rows");
        }
        final int[] rows = new int[baseDates.length];
        int j = 0;
        int last = NONE;
        for (int i = 0; i < rows.length; i++)
        {
            final double date = baseDates[i];
            // advance to the first informative candle whose join date is not before this row's date
            while (j < informativeDates.length && joinDate(informativeDates[j], minutes, informativeMinutes,
                informativeTimeframe) < date)
            {
                j++;
            }
            if (j < informativeDates.length
                && joinDate(informativeDates[j], minutes, informativeMinutes, informativeTimeframe) == date)
            {
                last = j;
                rows[i] = j;
            }
            else
            {
                rows[i] = ffill ? last : NONE;
            }
        }
        return rows;
    }

    private static double joinDate(
        final double date, final long minutes, final long informativeMinutes, final String informativeTimeframe)
    {
        if (minutes == informativeMinutes)
        {
            return date;
        }
        final long minuteMs = 60_000L;
        if (informativeTimeframe.equals("1M"))
        {
            final LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli((long)date), ZoneOffset.UTC);
            final long nextMonth = day.withDayOfMonth(1).plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                .toEpochMilli();
            return nextMonth + ((long)date - day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli())
                - minutes * minuteMs;
        }
        return date + informativeMinutes * minuteMs - minutes * minuteMs;
    }
}
