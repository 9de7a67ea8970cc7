package io.hyperjet.common.time;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hyperjet.common.UserInputException;

/**
 * A backtest timerange: optional start and stop, both inclusive on the candle open time. Parsed from
 * {@code YYYYMMDD-YYYYMMDD}, 10-digit epoch seconds or 13-digit epoch ms, each side optional, both sides in the same
 * form. Immutable.
 */
public final class Timerange
{
    /** A timerange that filters nothing. */
    public static final Timerange ALL = new Timerange(false, 0, false, 0, "");

    private static final Pattern FORM = Pattern.compile("^(\\d{8}|\\d{10}|\\d{13})?-(\\d{8}|\\d{10}|\\d{13})?$");

    private final boolean hasStart;
    private final long startSec;
    private final boolean hasStop;
    private final long stopSec;
    private final String text;

    private Timerange(
        final boolean hasStart, final long startSec, final boolean hasStop, final long stopSec, final String text)
    {
        this.hasStart = hasStart;
        this.startSec = startSec;
        this.hasStop = hasStop;
        this.stopSec = stopSec;
        this.text = text;
    }

    /**
     * Parses a timerange string; null or empty means {@link #ALL}.
     *
     * @param text e.g. {@code 20240101-20240201}.
     * @return the timerange.
     * @throws UserInputException when the string has no valid form or start is after stop.
     */
    public static Timerange parse(final String text)
    {
        if (null == text || text.isEmpty())
        {
            return ALL;
        }
        final Matcher m = FORM.matcher(text);
        if (!m.matches() || (null == m.group(1) && null == m.group(2)))
        {
            throw new UserInputException("invalid timerange '" + text +
                "': expected YYYYMMDD-YYYYMMDD, epoch seconds or epoch ms, either side optional");
        }
        final String start = m.group(1);
        final String stop = m.group(2);
        if (null != start && null != stop && start.length() != stop.length())
        {
            throw new UserInputException("invalid timerange '" + text + "': both sides must use the same form");
        }
        final long startSec = null == start ? 0 : toSeconds(start, text);
        final long stopSec = null == stop ? 0 : toSeconds(stop, text);
        if (null != start && null != stop && startSec > stopSec && stopSec > 0)
        {
            throw new UserInputException("invalid timerange '" + text + "': start is after stop");
        }
        return new Timerange(null != start, startSec, null != stop, stopSec, text);
    }

    /**
     * A timerange from epoch seconds; for code and tests.
     *
     * @param startSec start, or null for none.
     * @param stopSec  stop, or null for none.
     * @return the timerange.
     */
    public static Timerange ofSeconds(final Long startSec, final Long stopSec)
    {
        return new Timerange(
            null != startSec, null == startSec ? 0 : startSec,
            null != stopSec, null == stopSec ? 0 : stopSec,
            (null == startSec ? "" : startSec.toString()) + "-" + (null == stopSec ? "" : stopSec.toString()));
    }

    private static long toSeconds(final String value, final String text)
    {
        switch (value.length())
        {
            case 8:
                try
                {
                    return LocalDate.of(
                        Integer.parseInt(value.substring(0, 4)),
                        Integer.parseInt(value.substring(4, 6)),
                        Integer.parseInt(value.substring(6, 8))).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
                }
                catch (final java.time.DateTimeException | NumberFormatException ex)
                {
                    throw new UserInputException("invalid timerange '" + text + "': no such date " + value);
                }
            case 10:
                return Long.parseLong(value);
            default:
                return Math.floorDiv(Long.parseLong(value), 1000L);
        }
    }

    public boolean hasStart()
    {
        return hasStart;
    }

    public boolean hasStop()
    {
        return hasStop;
    }

    /**
     * Start in epoch seconds; meaningful only when {@link #hasStart()}.
     *
     * @return epoch seconds.
     */
    public long startSec()
    {
        return startSec;
    }

    /**
     * Stop in epoch seconds; meaningful only when {@link #hasStop()}.
     *
     * @return epoch seconds.
     */
    public long stopSec()
    {
        return stopSec;
    }

    /**
     * The lowest candle open time kept, epoch ms, or {@link Long#MIN_VALUE} when there is no start.
     *
     * @return epoch ms.
     */
    public long startMs()
    {
        return hasStart ? startSec * 1000L : Long.MIN_VALUE;
    }

    /**
     * The highest candle open time kept, epoch ms, or {@link Long#MAX_VALUE} when there is no stop.
     *
     * @return epoch ms.
     */
    public long stopMs()
    {
        return hasStop ? stopSec * 1000L : Long.MAX_VALUE;
    }

    /**
     * Whether a candle opening at {@code dateMs} lies inside (both ends inclusive).
     *
     * @param dateMs candle open time, epoch ms.
     * @return true when kept.
     */
    public boolean contains(final long dateMs)
    {
        return dateMs >= startMs() && dateMs <= stopMs();
    }

    @Override
    public String toString()
    {
        return text;
    }
}
