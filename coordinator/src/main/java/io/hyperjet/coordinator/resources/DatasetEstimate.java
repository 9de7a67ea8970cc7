package io.hyperjet.coordinator.resources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;

import io.hyperjet.common.UserInputException;

/**
 * The shared data size estimated from the candle files of the whitelist in the datadir: the sum of their sizes,
 * one file per pair and timeframe. Compressed files understate the columns a little and indicator columns add to
 * them, so treat it as a lower bound; {@code --dataset-mb} overrides it.
 *
 * @param datadir where the files were looked for, null when the config names none.
 * @param files   data files counted.
 * @param bytes   their total size, negative when it could not be estimated.
 * @param note    how it was estimated, or why it could not be.
 */
public record DatasetEstimate(Path datadir, int files, long bytes, String note)
{
    private static final Pattern DATA_FILE = Pattern.compile(
        "^(.+)-(\\d+[smhdwMy])(-[a-z_]+)?\\.(feather|parquet|json\\.gz|json|csv)$");
    private static final String[] FORMAT_PREFERENCE = {"feather", "parquet", "json.gz", "json", "csv"};

    static DatasetEstimate of(final Path configFile, final JsonNode root)
    {
        final Path datadir = datadir(root);
        if (null == datadir)
        {
            return new DatasetEstimate(null, 0, -1, "no datadir and no exchange.name in the config");
        }
        final JsonNode whitelist = root.path("exchange").path("pair_whitelist");
        if (!whitelist.isArray() || whitelist.isEmpty())
        {
            return new DatasetEstimate(datadir, 0, -1, "no exchange.pair_whitelist in the config");
        }
        final List<Pattern> pairs = pairPatterns(configFile, whitelist);
        final String timeframe = root.path("timeframe").asText("");
        final String format = formatExtension(root.path("dataformat_ohlcv").asText("feather"));
        final Map<String, Path> chosen = new TreeMap<>();
        collect(datadir, pairs, timeframe, format, chosen);
        collect(datadir.resolve("futures"), pairs, timeframe, format, chosen);
        long bytes = 0;
        for (final Path file : chosen.values())
        {
            bytes += size(file);
        }
        final String note = chosen.size() + " data files of " + whitelist.size() + " whitelist entries" +
            (timeframe.isEmpty() ? ", any timeframe" : ", timeframe " + timeframe) + " in " + datadir +
            " (file sizes; indicator columns add to this)";
        return new DatasetEstimate(datadir, chosen.size(), bytes, note);
    }

    /**
     * @return whether a size was estimated.
     */
    public boolean known()
    {
        return bytes >= 0;
    }

    private static Path datadir(final JsonNode root)
    {
        final String datadir = root.path("datadir").asText("");
        if (!datadir.isEmpty())
        {
            return Path.of(datadir);
        }
        final String exchange = root.path("exchange").path("name").asText("");
        if (exchange.isEmpty())
        {
            return null;
        }
        // Freqtrade's default layout, relative to the working directory as Freqtrade resolves it.
        return Path.of(root.path("user_data_dir").asText("user_data"), "data", exchange.toLowerCase(Locale.ROOT));
    }

    private static List<Pattern> pairPatterns(final Path configFile, final JsonNode whitelist)
    {
        final List<Pattern> patterns = new ArrayList<>();
        for (final JsonNode entry : whitelist)
        {
            // Whitelist entries are regular expressions over pair names; file names spell '/' and ':' as '_'.
            final String name = entry.asText();
            try
            {
                patterns.add(Pattern.compile(name.replace('/', '_').replace(':', '_')));
            }
            catch (final PatternSyntaxException ex)
            {
                throw new UserInputException(configFile + ": exchange.pair_whitelist entry '" + name +
                    "' is not a valid pair pattern: " + ex.getDescription(), ex);
            }
        }
        return patterns;
    }

    private static void collect(
        final Path dir, final List<Pattern> pairs, final String timeframe, final String format,
        final Map<String, Path> chosen)
    {
        if (!Files.isDirectory(dir))
        {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir))
        {
            for (final Path file : files)
            {
                final Matcher m = DATA_FILE.matcher(file.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(file) || !matchesAny(pairs, m.group(1)) ||
                    (!timeframe.isEmpty() && !timeframe.equals(m.group(2))) || "-trades".equals(m.group(3)))
                {
                    continue;
                }
                final String key = dir + "/" + m.group(1) + "-" + m.group(2) + (null == m.group(3) ? "" : m.group(3));
                final Path previous = chosen.get(key);
                if (null == previous || rank(m.group(4), format) < rank(extension(previous), format))
                {
                    chosen.put(key, file);
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot list the datadir " + dir, ex);
        }
    }

    private static boolean matchesAny(final List<Pattern> pairs, final String pair)
    {
        for (final Pattern pattern : pairs)
        {
            if (pattern.matcher(pair).matches())
            {
                return true;
            }
        }
        return false;
    }

    private static int rank(final String extension, final String configured)
    {
        if (extension.equals(configured))
        {
            return -1;
        }
        for (int i = 0; i < FORMAT_PREFERENCE.length; i++)
        {
            if (FORMAT_PREFERENCE[i].equals(extension))
            {
                return i;
            }
        }
        return FORMAT_PREFERENCE.length;
    }

    private static String extension(final Path file)
    {
        final Matcher m = DATA_FILE.matcher(file.getFileName().toString());
        return m.matches() ? m.group(4) : "";
    }

    private static String formatExtension(final String dataformat)
    {
        return "jsongz".equals(dataformat) ? "json.gz" : dataformat;
    }

    private static long size(final Path file)
    {
        try
        {
            return Files.size(file);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read the size of " + file, ex);
        }
    }
}
