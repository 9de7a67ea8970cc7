package io.hyperjet.worker.frame.informative;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Freqtrade's merge_informative_pair alignment worked by hand: a 1h candle opening at H is joined to the 5m candle
 * opening at H + 55 min (the last 5m candle of its hour, which closes when it closes) and repeated after it.
 */
class MergeRowsTest
{
    private static final int N = MergeRows.NONE;
    private static final double T0 = Instant.parse("2024-01-02T00:00:00Z").toEpochMilli();
    private static final double MIN = 60_000;

    /** 5m candles from 00:10 to 02:10 (25 rows): the first hour is partial. */
    private static double[] fiveMinutes(final double... skipMinutes)
    {
        final double[] all = new double[25];
        int n = 0;
        outer:
        for (int k = 0; k < 25; k++)
        {
            final double minute = 10 + 5 * k;
            for (final double skip : skipMinutes)
            {
                if (skip == minute)
                {
                    continue outer;
                }
            }
            all[n++] = T0 + minute * MIN;
        }
        return java.util.Arrays.copyOf(all, n);
    }

    /** 1h candles opening at 23:00 (the day before), 00:00, 01:00 and 02:00. */
    private static double[] hours()
    {
        return new double[] {T0 - 60 * MIN, T0, T0 + 60 * MIN, T0 + 120 * MIN};
    }

    @Test
    void shouldSeeAnHourOnlyFromItsLastFiveMinuteCandle()
    {
        final int[] rows = MergeRows.of(fiveMinutes(), hours(), "5m", "1h", true);
        // 00:10..00:50: the 23:00 candle's join (23:55) is before the first row, so nothing; 00:55 joins 00:00 (row
        // 1) until 01:55 joins 01:00 (row 2); 02:00..02:10 still see 01:00 (02:00 joins at 02:55).
        final int[] expected = new int[25];
        for (int i = 0; i < 25; i++)
        {
            final int minute = 10 + 5 * i;
            expected[i] = minute < 55 ? N : minute < 115 ? 1 : 2;
        }
        assertArrayEquals(expected, rows);
    }

    @Test
    void shouldSkipAnHourWhoseJoinCandleIsMissing()
    {
        // Without the 01:55 candle the 01:00 hour is never joined: pandas' ordered merge fills forward from the
        // last joined row, so 02:00..02:10 keep seeing 00:00.
        final double[] base = fiveMinutes(115);
        final int[] rows = MergeRows.of(base, hours(), "5m", "1h", true);
        for (int i = 0; i < base.length; i++)
        {
            final double minute = (base[i] - T0) / MIN;
            assertEquals(minute < 55 ? N : 1, rows[i], "minute " + minute);
        }
    }

    @Test
    void shouldJoinOnlyExactRowsWithoutFfill()
    {
        final double[] base = fiveMinutes();
        final int[] rows = MergeRows.of(base, hours(), "5m", "1h", false);
        for (int i = 0; i < base.length; i++)
        {
            final double minute = (base[i] - T0) / MIN;
            assertEquals(minute == 55 ? 1 : minute == 115 ? 2 : N, rows[i], "minute " + minute);
        }
    }

    @Test
    void shouldJoinTheSameTimeframeOnItsOwnDate()
    {
        final double[] hours = hours();
        assertArrayEquals(new int[] {1, 2, 3}, MergeRows.of(new double[] {T0, T0 + 60 * MIN, T0 + 120 * MIN},
            hours, "1h", "1h", true));
    }

    @Test
    void shouldCloseAMonthlyCandleAtTheNextMonthsStart()
    {
        final double jan = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        final double feb = Instant.parse("2024-02-01T00:00:00Z").toEpochMilli();
        final double day = 1440 * MIN;
        // Daily candles Jan 30 .. Feb 2: January's candle joins Jan 31 (Feb 1 - 1 day).
        final double[] base = {feb - 2 * day, feb - day, feb, feb + day};
        assertArrayEquals(new int[] {N, 0, 0, 0}, MergeRows.of(base, new double[] {jan, feb}, "1d", "1M", true));
    }

    @Test
    void shouldRefuseAFasterInformativeTimeframe()
    {
        assertEquals("mergeInformativePair: informative timeframe 5m is shorter than 1h; merging a faster timeframe"
            + " into a slower one would add rows", assertThrows(IllegalArgumentException.class,
            () -> MergeRows.of(hours(), hours(), "1h", "5m", true)).getMessage());
    }
}
