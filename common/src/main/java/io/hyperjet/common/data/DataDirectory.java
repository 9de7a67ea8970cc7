package io.hyperjet.common.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.hyperjet.common.UserInputException;

/**
 * The candle files present in a data directory (and its {@code futures/} subdirectory).
 */
public final class DataDirectory
{
    private DataDirectory()
    {
    }

    /**
     * One candle file found on disk.
     *
     * @param name the parsed file name.
     * @param path the file.
     */
    public record Entry(DataFileName name, Path path)
    {
    }

    /**
     * Every candle file in the directory, sorted by pair, timeframe length, then format order.
     *
     * @param datadir the data directory.
     * @return the entries.
     * @throws UserInputException when the directory does not exist.
     */
    public static List<Entry> list(final Path datadir)
    {
        requireDirectory(datadir);
        final List<Entry> entries = new ArrayList<>();
        scan(datadir, entries);
        final Path futures = datadir.resolve(PairFiles.FUTURES_DIR);
        if (Files.isDirectory(futures))
        {
            scan(futures, entries);
        }
        entries.sort(Comparator.<Entry, String>comparing((e) -> e.name().pair())
            .thenComparingLong((e) -> io.hyperjet.common.time.Timeframes.seconds(e.name().timeframe()))
            .thenComparing((e) -> e.name().format()));
        return entries;
    }

    /**
     * The pairs with a file for the timeframe, in sorted order.
     *
     * @param datadir   the data directory.
     * @param timeframe the timeframe.
     * @return the pairs.
     */
    public static List<String> pairs(final Path datadir, final String timeframe)
    {
        final Set<String> pairs = new LinkedHashSet<>();
        for (final Entry e : list(datadir))
        {
            if (e.name().timeframe().equals(timeframe))
            {
                pairs.add(e.name().pair());
            }
        }
        return new ArrayList<>(pairs);
    }

    /**
     * Checks that a data directory exists.
     *
     * @param datadir the directory.
     * @throws UserInputException when it does not.
     */
    public static void requireDirectory(final Path datadir)
    {
        if (!Files.isDirectory(datadir))
        {
            throw new UserInputException(datadir + ": data directory not found");
        }
    }

    private static void scan(final Path dir, final List<Entry> entries)
    {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir))
        {
            for (final Path p : stream)
            {
                final DataFileName name = PairFiles.parse(p.getFileName().toString());
                if (null != name && Files.isRegularFile(p))
                {
                    entries.add(new Entry(name, p));
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(dir + ": cannot list: " + ex.getMessage(), ex);
        }
    }
}
