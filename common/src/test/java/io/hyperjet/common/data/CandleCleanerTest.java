package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.frame.PairFrame;

class CandleCleanerTest
{
    private static final long T0 = TestFrames.START_MS;
    private static final long TF = TestFrames.TF_5M_MS;

    @Test
    void shouldLeaveCleanDataUntouched()
    {
        final CandleBuffer in = CandleBuffer.of(TestFrames.sample("A/B", 10));
        assertSame(in, CandleCleaner.clean(in, "5m"));
    }

    @Test
    void shouldMergeDuplicatesAndSort()
    {
        final CandleBuffer in = CandleBuffer.ohlcv();
        in.add(T0 + TF, 5, 6, 4, 5.5, 1);
        in.add(T0, 1, 3, 0.5, 2, 10);
        in.add(T0, 1.1, 4, 0.7, 2.2, 30);
        in.add(T0, 1.2, 2, 0.4, 2.4, 20);
        final PairFrame out = CandleCleaner.clean(in, "5m").toFrame("A/B", "5m");
        assertArrayEquals(new long[]{T0, T0 + TF}, out.date().toArray());
        assertArrayEquals(new double[]{1, 5}, out.open().toArray());
        assertArrayEquals(new double[]{4, 6}, out.high().toArray());
        assertArrayEquals(new double[]{0.4, 4}, out.low().toArray());
        assertArrayEquals(new double[]{2.4, 5.5}, out.close().toArray());
        assertArrayEquals(new double[]{30, 1}, out.volume().toArray());
    }

    @Test
    void shouldFillGapsWithPreviousCloseAndZeroVolume()
    {
        final CandleBuffer in = CandleBuffer.ohlcv();
        in.add(T0, 1, 3, 0.5, 2, 10);
        in.add(T0 + 3 * TF, 5, 6, 4, 5.5, 1);
        final PairFrame out = CandleCleaner.clean(in, "5m").toFrame("A/B", "5m");
        assertArrayEquals(new long[]{T0, T0 + TF, T0 + 2 * TF, T0 + 3 * TF}, out.date().toArray());
        assertArrayEquals(new double[]{1, 2, 2, 5}, out.open().toArray());
        assertArrayEquals(new double[]{3, 2, 2, 6}, out.high().toArray());
        assertArrayEquals(new double[]{0.5, 2, 2, 4}, out.low().toArray());
        assertArrayEquals(new double[]{2, 2, 2, 5.5}, out.close().toArray());
        assertArrayEquals(new double[]{10, 0, 0, 1}, out.volume().toArray());
    }

    @Test
    void shouldFillMonthlyGapsOnCalendarMonths()
    {
        final long jan = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        final long feb = Instant.parse("2024-02-01T00:00:00Z").toEpochMilli();
        final long mar = Instant.parse("2024-03-01T00:00:00Z").toEpochMilli();
        final CandleBuffer in = CandleBuffer.ohlcv();
        in.add(jan, 1, 1, 1, 1, 1);
        in.add(mar, 2, 2, 2, 2, 2);
        final PairFrame out = CandleCleaner.clean(in, "1M").toFrame("A/B", "1M");
        assertArrayEquals(new long[]{jan, feb, mar}, out.date().toArray());
    }

    @Test
    void shouldMergeUnalignedCandlesIntoTheirBin()
    {
        final CandleBuffer in = CandleBuffer.ohlcv();
        in.add(T0, 1, 2, 0.5, 1.5, 1);
        in.add(T0 + 60_000, 1.5, 3, 1, 2.5, 2);
        in.add(T0 + TF, 2.5, 3, 2, 2.8, 4);
        final PairFrame out = CandleCleaner.clean(in, "5m").toFrame("A/B", "5m");
        assertArrayEquals(new long[]{T0, T0 + TF}, out.date().toArray());
        assertArrayEquals(new double[]{3, 3}, out.high().toArray());
        assertArrayEquals(new double[]{2.5, 2.8}, out.close().toArray());
        assertArrayEquals(new double[]{3, 4}, out.volume().toArray());
    }
}
