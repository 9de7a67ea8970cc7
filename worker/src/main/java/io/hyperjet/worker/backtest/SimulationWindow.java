package io.hyperjet.worker.backtest;

import java.util.List;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.frame.LongColumn;

/**
 * The trim of backtest-semantics.md 1.5 step 5 and the bounds of step 6, computed into reusable arrays.
 * <p>
 * After {@link #compute}, pair {@code p} keeps rows {@code [trimStart[p], trimEnd[p])} of its full frame. Its
 * simulation rows (2.2) are {@code trimStart[p] + 1 .. trimEnd[p] - 1}; the signals of frame row {@code r} are
 * the raw signals of row {@code r - 1}, so no column is ever copied for the shift.
 */
final class SimulationWindow
{
    int[] trimStart = new int[0];
    int[] trimEnd = new int[0];
    long minDateMs;
    long maxDateMs;

    void compute(final BacktestSettings settings, final List<BacktestPair> pairs)
    {
        final int n = pairs.size();
        if (trimStart.length < n)
        {
            trimStart = new int[n];
            trimEnd = new int[n];
        }
        final int startup = settings.startupCandleCount();
        final long startMs = settings.timerangeStartMs();
        final long stopMs = settings.timerangeStopMs();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int p = 0; p < n; p++)
        {
            final LongColumn date = pairs.get(p).frame().date();
            final int rows = date.rows();
            int start = startup > 0 ? Math.min(startup, rows) : firstAtOrAfter(date, 0, rows, startMs);
            final int end = firstAtOrAfter(date, start, rows, stopMs == Long.MAX_VALUE ? stopMs : stopMs + 1);
            if (end <= start)
            {
                start = end;
            }
            else
            {
                min = Math.min(min, date.get(start));
                max = Math.max(max, date.get(end - 1));
            }
            trimStart[p] = start;
            trimEnd[p] = end;
        }
        if (min == Long.MAX_VALUE)
        {
            throw new UserInputException("no data left after adjusting for startup candles");
        }
        minDateMs = min;
        maxDateMs = max;
    }

    /**
     * {@link #firstAtOrAfter}, probing rows {@code from + 1, from + 3, from + 7, ...} before the binary search: the
     * same row, found in a few reads when it lies near {@code from} (a ROI step a few candles after the entry) where
     * the plain search would bisect the whole rest of the frame.
     */
    static int firstAtOrAfterNear(final LongColumn date, final int from, final int to, final long bound)
    {
        if (bound == Long.MAX_VALUE)
        {
            return to;
        }
        int lo = from;
        int step = 1;
        while (lo < to && date.get(lo) < bound)
        {
            final int probe = lo + step;
            if (probe >= to || date.get(probe) >= bound)
            {
                return firstAtOrAfter(date, lo + 1, Math.min(probe, to), bound);
            }
            lo = probe + 1;
            step <<= 1;
        }
        return lo;
    }

    /** First row in [from, to) whose date is >= bound (dates ascending), or {@code to}. */
    static int firstAtOrAfter(final LongColumn date, final int from, final int to, final long bound)
    {
        if (bound == Long.MAX_VALUE)
        {
            return to;
        }
        int lo = from;
        int hi = to;
        while (lo < hi)
        {
            final int mid = (lo + hi) >>> 1;
            if (date.get(mid) < bound)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
