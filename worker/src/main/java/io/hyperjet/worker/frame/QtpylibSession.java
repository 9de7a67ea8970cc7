package io.hyperjet.worker.frame;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hyperjet.common.frame.PairFrame;

/**
 * qtpylib's {@code session(df, start, end)}: the rows of the current trading session, cut at the last
 * {@code start} time before the frame's end. qtpylib reads the times from a {@code DatetimeIndex}; Freqtrade's frames
 * have a plain row index and the times in a {@code date} column, so this reads {@code date} (epoch ms, UTC).
 * <p>
 * qtpylib's rule, quirks kept since they decide which rows come back: with {@code start = h1:m1}, {@code end = h2:m2},
 * it compares {@code now = hour(last row) + minute(first row) / 100} with {@code h1 + m1 - 0.01 - 0.0001} (hours
 * and minutes added, not minutes / 100: a 09:30 start is compared as if it were 39:00, which no row reaches); when
 * {@code h2 + m2 / 100} is not above that number the session started the day before the last row's date. The
 * session starts at {@code start} on the last row's date when {@code now} reaches that number, else on the previous
 * (session) date, and every row at or after that time is kept.
 */
final class QtpylibSession
{
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?");

    private QtpylibSession()
    {
    }

    static DataFrame session(final DataFrame bars, final String start, final String end)
    {
        final int[] from = clock(start, "start");
        final int[] to = clock(end, "end");
        if (bars.rows() == 0)
        {
            return bars;
        }
        final double intStart = (from[0] + from[1] - 1 / 100.0) - 0.0001;
        final double intEnd = to[0] + to[1] / 100.0;
        final double[] dates = bars.get(PairFrame.DATE).values();
        final LocalDateTime first = utc(dates[0]);
        final LocalDateTime last = utc(dates[dates.length - 1]);
        final double intNow = last.getHour() + first.getMinute() / 100.0;
        final LocalDate current = last.toLocalDate();
        final LocalDate previous = intEnd > intStart ? current : current.minusDays(1);
        final LocalDate day = intNow >= intStart ? current : previous;
        final double cutMs = day.atTime(LocalTime.of(from[0], from[1], from[2])).toInstant(ZoneOffset.UTC)
            .toEpochMilli();
        final int[] keep = new int[dates.length];
        int kept = 0;
        for (int i = 0; i < dates.length; i++)
        {
            if (dates[i] >= cutMs)
            {
                keep[kept++] = i;
            }
        }
        return select(bars, Arrays.copyOf(keep, kept));
    }

    private static DataFrame select(final DataFrame bars, final int[] rows)
    {
        final List<String> names = bars.columns();
        final List<Series> columns = new ArrayList<>(names.size());
        for (final String name : names)
        {
            final Series column = bars.get(name);
            final double[] values = column.values();
            final double[] out = new double[rows.length];
            for (int i = 0; i < rows.length; i++)
            {
                out[i] = values[rows[i]];
            }
            columns.add(new Series(column.context(), out));
        }
        return DataFrame.ofColumns(names, columns);
    }

    private static LocalDateTime utc(final double epochMs)
    {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli((long)epochMs), ZoneOffset.UTC);
    }

    /** {@code H:MM} or {@code H:MM:SS} as hours, minutes, seconds; qtpylib fails on anything else too. */
    private static int[] clock(final String time, final String name)
    {
        final Matcher m = CLOCK.matcher(time);
        if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59 ||
            (null != m.group(3) && Integer.parseInt(m.group(3)) > 59))
        {
            throw new IllegalArgumentException("session " + name + " must be a time of day HH:MM[:SS], was '" +
                time + "'");
        }
        return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            null == m.group(3) ? 0 : Integer.parseInt(m.group(3))};
    }
}
