package io.hyperjet.common.time;

import io.hyperjet.common.UserInputException;

/**
 * Timeframe strings such as {@code 5m}, {@code 1h} or {@code 1M}: a positive integer and a unit
 * ({@code s m h d w M y}). A month is 30 days and a year 365 days, as Freqtrade counts them.
 */
public final class Timeframes
{
    public static final long MONTH_SECONDS = 2_592_000L;

    private Timeframes()
    {
    }

    /**
     * The length of a timeframe in seconds.
     *
     * @param timeframe e.g. {@code 5m}.
     * @return seconds, e.g. 300.
     * @throws UserInputException when the string is not a timeframe.
     */
    public static long seconds(final String timeframe)
    {
        if (null == timeframe || timeframe.length() < 2)
        {
            throw new UserInputException("invalid timeframe '" + timeframe + "': expected <number><s|m|h|d|w|M|y>");
        }
        final char unit = timeframe.charAt(timeframe.length() - 1);
        final long unitSeconds = unitSeconds(unit);
        final String digits = timeframe.substring(0, timeframe.length() - 1);
        long count = 0;
        for (int i = 0; i < digits.length(); i++)
        {
            final char c = digits.charAt(i);
            if (c < '0' || c > '9' || count > 1_000_000)
            {
                count = -1;
                break;
            }
            count = count * 10 + (c - '0');
        }
        if (unitSeconds <= 0 || count <= 0)
        {
            throw new UserInputException("invalid timeframe '" + timeframe + "': expected <number><s|m|h|d|w|M|y>");
        }
        return count * unitSeconds;
    }

    /**
     * The length of a timeframe in milliseconds.
     *
     * @param timeframe e.g. {@code 5m}.
     * @return milliseconds.
     */
    public static long millis(final String timeframe)
    {
        return seconds(timeframe) * 1000L;
    }

    /**
     * The length of a timeframe in whole minutes (integer division, so sub-minute timeframes give 0).
     *
     * @param timeframe e.g. {@code 1M}.
     * @return minutes, e.g. 43200.
     */
    public static long minutes(final String timeframe)
    {
        return seconds(timeframe) / 60;
    }

    /**
     * Whether the string is a valid timeframe.
     *
     * @param timeframe candidate.
     * @return true when {@link #seconds(String)} would accept it.
     */
    public static boolean isValid(final String timeframe)
    {
        try
        {
            seconds(timeframe);
            return true;
        }
        catch (final UserInputException ex)
        {
            return false;
        }
    }

    /**
     * The timeframe as it appears in a data file name: {@code M} (month) becomes {@code Mo}.
     *
     * @param timeframe e.g. {@code 1M}.
     * @return e.g. {@code 1Mo}.
     */
    public static String fileSpelling(final String timeframe)
    {
        return timeframe.endsWith("M") ? timeframe + "o" : timeframe;
    }

    /**
     * The timeframe from its file-name spelling: {@code Mo} becomes {@code M}.
     *
     * @param spelling e.g. {@code 1Mo}.
     * @return e.g. {@code 1M}.
     */
    public static String fromFileSpelling(final String spelling)
    {
        return spelling.endsWith("Mo") ? spelling.substring(0, spelling.length() - 1) : spelling;
    }

    private static long unitSeconds(final char unit)
    {
        switch (unit)
        {
            case 's':
                return 1;
            case 'm':
                return 60;
            case 'h':
                return 3600;
            case 'd':
                return 86_400;
            case 'w':
                return 604_800;
            case 'M':
                return MONTH_SECONDS;
            case 'y':
                return 31_536_000;
            default:
                return -1;
        }
    }
}
