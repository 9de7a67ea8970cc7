package io.hyperjet.worker.metrics;

/**
 * Duration text as Python's {@code str(timedelta)} writes it: {@code H:MM:SS}, {@code 1 day, H:MM:SS},
 * {@code D days, H:MM:SS} (backtest-semantics.md 7.2).
 */
public final class DurationText
{
    /** Text of an empty per-line table entry. */
    public static final String EMPTY_LINE = "0:00";
    /** Text of a zero timedelta. */
    public static final String ZERO = "0:00:00";

    private DurationText()
    {
    }

    /**
     * Python's {@code round()} of a mean duration in minutes: nearest integer, ties to even.
     *
     * @param meanMinutes the mean.
     * @return whole minutes.
     */
    public static long roundMinutes(final double meanMinutes)
    {
        return (long)Math.rint(meanMinutes);
    }

    /**
     * Timedelta text of whole minutes.
     *
     * @param minutes non-negative minutes.
     * @return the text.
     */
    public static String ofMinutes(final long minutes)
    {
        return ofSeconds(minutes * 60L);
    }

    /**
     * Timedelta text of whole seconds.
     *
     * @param totalSeconds seconds (negative values follow Python: {@code -1 day, 23:59:00}).
     * @return the text.
     */
    public static String ofSeconds(final long totalSeconds)
    {
        final long days = Math.floorDiv(totalSeconds, 86_400L);
        final long rest = Math.floorMod(totalSeconds, 86_400L);
        final long hours = rest / 3600L;
        final long minutes = (rest % 3600L) / 60L;
        final long seconds = rest % 60L;
        final StringBuilder sb = new StringBuilder(24);
        if (days != 0)
        {
            sb.append(days).append(Math.abs(days) == 1 ? " day, " : " days, ");
        }
        sb.append(hours).append(':');
        if (minutes < 10)
        {
            sb.append('0');
        }
        sb.append(minutes).append(':');
        if (seconds < 10)
        {
            sb.append('0');
        }
        return sb.append(seconds).toString();
    }
}
