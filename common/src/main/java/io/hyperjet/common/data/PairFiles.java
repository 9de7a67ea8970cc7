package io.hyperjet.common.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hyperjet.common.time.Timeframes;

/**
 * Freqtrade's mapping between pairs and candle file names. Spot: {@code <datadir>/<PAIR>-<tf>.<ext>}; futures:
 * {@code <datadir>/futures/<PAIR>-<tf>-<candletype>.<ext>}. In the pair, each of {@code / .@$+:} and space becomes
 * {@code _}; in the timeframe {@code M} becomes {@code Mo}.
 */
public final class PairFiles
{
    public static final String FUTURES_DIR = "futures";
    public static final String FUTURES_CANDLE_TYPE = "futures";

    private static final Pattern FILE_NAME = Pattern.compile(
        "^(.+)-(\\d+(?:Mo|[smhdwMy]))(?:-(futures|mark|index|premiumIndex|funding_rate))?" +
        "\\.(feather|parquet|json\\.gz|json|csv)$");

    private PairFiles()
    {
    }

    /**
     * The pair as it appears in a file name.
     *
     * @param pair e.g. {@code BTC/USDT:USDT}.
     * @return e.g. {@code BTC_USDT_USDT}.
     */
    public static String sanitize(final String pair)
    {
        final StringBuilder sb = new StringBuilder(pair.length());
        for (int i = 0; i < pair.length(); i++)
        {
            final char c = pair.charAt(i);
            sb.append(c == '/' || c == ' ' || c == '.' || c == '@' || c == '$' || c == '+' || c == ':' ? '_' : c);
        }
        return sb.toString();
    }

    /**
     * The file name of a pair's candles.
     *
     * @param pair      e.g. {@code ETH/BTC}.
     * @param timeframe e.g. {@code 5m}.
     * @param format    the file format.
     * @return e.g. {@code ETH_BTC-5m.feather}, or {@code BTC_USDT_USDT-1h-futures.feather} for a futures pair.
     */
    public static String fileName(final String pair, final String timeframe, final DataFormat format)
    {
        return fileName(pair, Timeframes.fileSpelling(timeframe), format, isFutures(pair));
    }

    private static String fileName(
        final String pair, final String tfSpelling, final DataFormat format, final boolean futures)
    {
        final String candleType = futures ? "-" + FUTURES_CANDLE_TYPE : "";
        return sanitize(pair) + "-" + tfSpelling + candleType + "." + format.extension();
    }

    /**
     * The path of a pair's candle file; futures pairs ({@code BASE/QUOTE:SETTLE}) live under {@code futures/}.
     *
     * @param datadir   the data directory.
     * @param pair      the pair.
     * @param timeframe the timeframe.
     * @param format    the file format.
     * @return the path (which may not exist).
     */
    public static Path path(final Path datadir, final String pair, final String timeframe, final DataFormat format)
    {
        final Path dir = isFutures(pair) ? datadir.resolve(FUTURES_DIR) : datadir;
        return dir.resolve(fileName(pair, timeframe, format));
    }

    /**
     * The existing file for a pair: with the {@code Mo} spelling first, then the plain timeframe spelling. When
     * {@code format} is null, formats are tried in {@link DataFormat} order (detection).
     *
     * @param datadir   the data directory.
     * @param pair      the pair.
     * @param timeframe the timeframe.
     * @param format    the format, or null to detect.
     * @return the existing path, or null when no file exists.
     */
    public static Path find(final Path datadir, final String pair, final String timeframe, final DataFormat format)
    {
        final boolean futures = isFutures(pair);
        final Path dir = futures ? datadir.resolve(FUTURES_DIR) : datadir;
        final String[] spellings = timeframe.endsWith("M") ?
            new String[]{Timeframes.fileSpelling(timeframe), timeframe} : new String[]{timeframe};
        final DataFormat[] formats = null == format ? DataFormat.values() : new DataFormat[]{format};
        for (final DataFormat f : formats)
        {
            for (final String spelling : spellings)
            {
                final Path candidate = dir.resolve(fileName(pair, spelling, f, futures));
                if (Files.isRegularFile(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * Whether the pair is a futures pair ({@code BASE/QUOTE:SETTLE}).
     *
     * @param pair the pair.
     * @return true for futures.
     */
    public static boolean isFutures(final String pair)
    {
        return pair.indexOf(':') >= 0;
    }

    /**
     * Parses a candle file name, or returns null when the name is not one.
     *
     * @param fileName e.g. {@code ETH_BTC-5m.feather}.
     * @return the parsed entry (without path), or null.
     */
    public static DataFileName parse(final String fileName)
    {
        final Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches())
        {
            return null;
        }
        final String sanitized = m.group(1);
        final String candleType = m.group(3);
        final int firstUnderscore = sanitized.indexOf('_');
        String pair = firstUnderscore < 0 ? sanitized :
            sanitized.substring(0, firstUnderscore) + "/" + sanitized.substring(firstUnderscore + 1);
        if (null != candleType)
        {
            final int last = pair.lastIndexOf('_');
            if (last > pair.indexOf('/'))
            {
                pair = pair.substring(0, last) + ":" + pair.substring(last + 1);
            }
        }
        return new DataFileName(
            pair, Timeframes.fromFileSpelling(m.group(2)), null == candleType ? "spot" : candleType,
            DataFormat.fromFileName(fileName));
    }
}
