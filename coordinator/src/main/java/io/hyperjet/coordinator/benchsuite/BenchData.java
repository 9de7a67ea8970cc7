package io.hyperjet.coordinator.benchsuite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.data.CandleFiles;
import io.hyperjet.common.data.DataDirectory;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.data.PairFiles;
import io.hyperjet.common.data.SyntheticCandles;
import io.hyperjet.shm.run.RunFiles;

/**
 * The candles every feature of one bench run reads: generated once (seeded, parquet, in a temp directory deleted on
 * close) or the user's own 5m files from {@code --datadir} (never touched).
 */
final class BenchData implements AutoCloseable
{
    static final String TIMEFRAME = "5m";
    static final long SEED = 42L;
    static final long START_MS = 1_672_531_200_000L; // 2023-01-01T00:00:00Z
    static final String QUOTE = "USDT";

    private final Path datadir;
    private final List<String> pairs;
    private final Path generatedDir;
    private final String description;
    private final Thread cleanupHook;

    private BenchData(final Path datadir, final List<String> pairs, final Path generatedDir, final String description)
    {
        this.datadir = datadir;
        this.pairs = List.copyOf(pairs);
        this.generatedDir = generatedDir;
        this.description = description;
        // Ctrl-C during a long run must not leave the generated files behind
        this.cleanupHook = null == generatedDir ? null :
            new Thread(() -> RunFiles.deleteRecursively(generatedDir), "hyperjet-bench-cleanup");
        if (null != cleanupHook)
        {
            Runtime.getRuntime().addShutdownHook(cleanupHook);
        }
    }

    /**
     * Writes {@code size.pairs()} synthetic pairs as parquet files into a new temp directory.
     *
     * @param size the size.
     * @return the data; close to delete the directory.
     */
    static BenchData generate(final BenchSize size)
    {
        final Path dir;
        try
        {
            dir = Files.createTempDirectory("hyperjet-bench-");
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create a temp directory for the bench data", ex);
        }
        try
        {
            final List<String> pairs = new ArrayList<>(size.pairs());
            for (int i = 0; i < size.pairs(); i++)
            {
                final String pair = SyntheticCandles.pairName(i, QUOTE);
                CandleFiles.write(PairFiles.path(dir, pair, TIMEFRAME, DataFormat.PARQUET), DataFormat.PARQUET,
                    SyntheticCandles.generate(pair, i, SEED, START_MS, TIMEFRAME, size.rowsPerPair()));
                pairs.add(pair);
            }
            return new BenchData(dir, pairs, dir, String.format("generated (SyntheticCandles seed %d): %d pair(s) x " +
                "%,d rows of %s, parquet", SEED, size.pairs(), size.rowsPerPair(), TIMEFRAME));
        }
        catch (final RuntimeException ex)
        {
            RunFiles.deleteRecursively(dir);
            throw ex;
        }
    }

    /**
     * The user's own 5m candles.
     *
     * @param datadir the directory.
     * @return the data; close leaves it alone.
     * @throws UserInputException when it holds no 5m files.
     */
    static BenchData user(final Path datadir)
    {
        DataDirectory.requireDirectory(datadir);
        final List<String> pairs = DataDirectory.pairs(datadir, TIMEFRAME);
        if (pairs.isEmpty())
        {
            throw new UserInputException(datadir + ": no " + TIMEFRAME + " candle files (--datadir)");
        }
        return new BenchData(datadir, pairs, null, "--datadir " + datadir + ": " + pairs.size() + " pair(s) of " +
            TIMEFRAME);
    }

    Path datadir()
    {
        return datadir;
    }

    List<String> pairs()
    {
        return pairs;
    }

    String description()
    {
        return description;
    }

    /**
     * The pair files, in pair order.
     *
     * @return one file per pair.
     */
    List<Path> files()
    {
        final List<Path> files = new ArrayList<>(pairs.size());
        for (final String pair : pairs)
        {
            files.add(PairFiles.find(datadir, pair, TIMEFRAME, null));
        }
        return files;
    }

    /**
     * Total size of the pair files.
     *
     * @return bytes.
     */
    long fileBytes()
    {
        long total = 0;
        for (final Path file : files())
        {
            try
            {
                total += Files.size(file);
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException("cannot read the size of " + file, ex);
            }
        }
        return total;
    }

    /** Deletes generated data. Idempotent. */
    @Override
    public void close()
    {
        if (null != generatedDir)
        {
            RunFiles.deleteRecursively(generatedDir);
            try
            {
                Runtime.getRuntime().removeShutdownHook(cleanupHook);
            }
            catch (final IllegalStateException ex)
            {
                // already shutting down: the hook deletes the same directory
            }
        }
    }
}
