package io.hyperjet.shm.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.agrona.DirectBuffer;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.shm.metadata.MetadataFile;
import io.hyperjet.shm.metadata.RunMetadata;
import io.hyperjet.shm.segment.BlockLocation;
import io.hyperjet.shm.segment.SegmentDescriptor;
import io.hyperjet.shm.segment.SegmentWriter;

/**
 * The coordinator's side of a shared-memory run: a run directory (mode 0700) under the shared-memory root that
 * holds segment files and {@code metadata.json} (mode 0600), and owns them until closed.
 * <pre>{@code
 * try (SharedRun run = SharedRun.create(root, SharedRun.STDERR_LOG))   // removes stale runs first
 * {
 *     final int btc = run.addPair(frame);                  // date + OHLCV + the frame's extra columns
 *     run.addColumn(btc, "rsi", rsiColumn);                // indicator columns, later, any number
 *     final Path metadata = run.publish();                 // hand this path to the workers
 *     ...
 * }                                                        // unmaps and deletes the run directory
 * }</pre>
 * A shutdown hook deletes the directory when the JVM exits without {@link #close()} (SIGINT, SIGTERM,
 * {@code System.exit}); after {@code kill -9}, the next {@link #create} under the same root removes the run because
 * its coordinator is dead. Metadata is published once at creation (so cleaners can tell the owner) and again on
 * each {@link #publish()}; blocks never move, so workers attached to an earlier publication stay valid.
 * <p>
 * Not threadsafe: one thread adds, publishes and closes.
 */
public final class SharedRun implements AutoCloseable
{
    private static final int MAX_ROOT_RETRIES = 3;
    /**
     * Logs to standard error with the CLI's prefix.
     */
    public static final Consumer<String> STDERR_LOG = (line) -> System.err.println("hyperjet: " + line);

    private final String runId;
    private final ProcessIdentity coordinator;
    private final Instant created;
    private final int segmentLength;
    private final Thread shutdownHook;
    // volatile: the shutdown hook reads it on another thread, after a moveTo
    private volatile Path directory;
    private Path metadataFile;
    private SegmentWriter writer;
    private final List<PairState> pairs = new ArrayList<>();
    private boolean closed;

    private SharedRun(final Path directory, final ProcessIdentity coordinator, final Instant created,
        final int segmentLength)
    {
        this.runId = directory.getFileName().toString();
        this.directory = directory;
        this.metadataFile = directory.resolve(MetadataFile.FILE_NAME);
        this.coordinator = coordinator;
        this.created = created;
        this.segmentLength = segmentLength;
        this.writer = new SegmentWriter(directory, segmentLength);
        this.shutdownHook = new Thread(() -> RunFiles.deleteRunAndEmptyRoot(this.directory),
            "hyperjet-shm-cleanup-" + runId);
    }

    /**
     * Removes stale runs under {@code root}, then creates a new run with 1 GiB segments.
     *
     * @param root the shared-memory root; created (0700) when missing.
     * @param log  receives a line per stale run removed.
     * @return the new run.
     */
    public static SharedRun create(final Path root, final Consumer<String> log)
    {
        return create(root, SegmentDescriptor.MAX_SEGMENT_LENGTH, log);
    }

    /**
     * Removes stale runs under {@code root}, then creates a new run.
     *
     * @param root          the shared-memory root; created (0700) when missing.
     * @param segmentLength maximum segment file length (tests use small ones to exercise several segments).
     * @param log           receives a line per stale run removed.
     * @return the new run.
     */
    public static SharedRun create(final Path root, final int segmentLength, final Consumer<String> log)
    {
        SharedMemoryRoot.ensureExists(root);
        RunCleaner.removeStale(root, log);
        final ProcessIdentity self = ProcessIdentity.current();
        long createdMs = System.currentTimeMillis();
        Path directory;
        int rootRetries = 0;
        while (true)
        {
            directory = root.resolve("run-" + self.pid() + "-" + createdMs);
            try
            {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(RunFiles.OWNER_ONLY_DIRECTORY));
                Files.setPosixFilePermissions(directory, RunFiles.OWNER_ONLY_DIRECTORY);
                break;
            }
            catch (final FileAlreadyExistsException ex)
            {
                createdMs++;
            }
            catch (final NoSuchFileException ex)
            {
                // Another coordinator removed the root as its last run ended; make it again and retry.
                if (++rootRetries > MAX_ROOT_RETRIES)
                {
                    throw new UncheckedIOException("cannot create run directory " + directory, ex);
                }
                SharedMemoryRoot.ensureExists(root);
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException("cannot create run directory " + directory, ex);
            }
        }
        SharedRun run = null;
        try
        {
            run = new SharedRun(directory, self, Instant.ofEpochMilli(createdMs), segmentLength);
            Runtime.getRuntime().addShutdownHook(run.shutdownHook);
            run.publish();
            return run;
        }
        catch (final RuntimeException ex)
        {
            if (null != run)
            {
                run.close();
            }
            else
            {
                RunFiles.deleteRecursively(directory);
            }
            throw ex;
        }
    }

    public String runId()
    {
        return runId;
    }

    public Path directory()
    {
        return directory;
    }

    public Path metadataFile()
    {
        return metadataFile;
    }

    /**
     * Writes a frame's {@code date} column and every value column (OHLCV, then extras in order).
     *
     * @param frame the frame; its pair and timeframe must be new to this run.
     * @return the pair's index, for {@link #addColumn}.
     */
    public int addPair(final PairFrame frame)
    {
        checkOpen();
        if (pairIndex(frame.pair(), frame.timeframe()) >= 0)
        {
            throw new IllegalArgumentException("pair " + frame.pair() + " " + frame.timeframe() +
                " is already in run " + runId);
        }
        final int rows = frame.rows();
        final long firstMs = 0 == rows ? 0 : frame.date().get(0);
        final long lastMs = 0 == rows ? 0 : frame.date().get(rows - 1);
        final PairState state = new PairState(frame.pair(), frame.timeframe(), rows, firstMs, lastMs);
        state.add(PairFrame.DATE, SegmentDescriptor.TYPE_INT64, append(frame.date().buffer(), rows), null);
        for (final var column : frame.columns().entrySet())
        {
            state.add(column.getKey(), SegmentDescriptor.TYPE_FLOAT64, append(column.getValue().buffer(), rows),
                frame.labels(column.getKey()));
        }
        pairs.add(state);
        return pairs.size() - 1;
    }

    /**
     * The index of a pair already added.
     *
     * @param pair      the pair.
     * @param timeframe the timeframe.
     * @return its index, or -1 when absent.
     */
    public int pairIndex(final String pair, final String timeframe)
    {
        for (int i = 0; i < pairs.size(); i++)
        {
            final PairState state = pairs.get(i);
            if (state.pair.equals(pair) && state.timeframe.equals(timeframe))
            {
                return i;
            }
        }
        return -1;
    }

    /**
     * Appends a value column to a pair already added, e.g. an indicator computed after loading.
     *
     * @param pairIndex the index {@link #addPair} returned.
     * @param name      a column name new to the pair.
     * @param values    as many values as the pair has rows.
     */
    public void addColumn(final int pairIndex, final String name, final DoubleColumn values)
    {
        checkOpen();
        final PairState state = pairs.get(pairIndex);
        if (values.rows() != state.rows)
        {
            throw new IllegalArgumentException("column " + name + " has " + values.rows() + " rows, pair " +
                state.pair + " " + state.timeframe + " has " + state.rows);
        }
        if (state.names.contains(name))
        {
            throw new IllegalArgumentException("pair " + state.pair + " " + state.timeframe + " already has column " +
                name);
        }
        state.add(name, SegmentDescriptor.TYPE_FLOAT64, append(values.buffer(), values.rows()), null);
    }

    /**
     * Atomically (re)writes {@code metadata.json} describing every pair and column added so far.
     *
     * @return the metadata file to give to workers.
     */
    public Path publish()
    {
        checkOpen();
        final List<RunMetadata.Segment> segments = new ArrayList<>();
        final List<Long> lengths = writer.segmentLengths();
        for (int i = 0; i < lengths.size(); i++)
        {
            segments.add(new RunMetadata.Segment(SegmentDescriptor.fileName(i), lengths.get(i)));
        }
        final List<RunMetadata.Pair> pairEntries = new ArrayList<>(pairs.size());
        for (final PairState state : pairs)
        {
            pairEntries.add(state.toMetadata());
        }
        final RunMetadata metadata = new RunMetadata(
            MetadataFile.FORMAT_VERSION,
            runId,
            new RunMetadata.Coordinator(coordinator.pid(), coordinator.startMs(),
                Instant.ofEpochMilli(coordinator.startMs()).toString()),
            created.toString(),
            segments,
            pairEntries);
        MetadataFile.write(metadataFile, metadata);
        return metadataFile;
    }

    /**
     * Moves the run, with every block written so far, to a new directory of the same name under another root (a
     * shared-memory directory that turned out too small, to a directory on disk), then goes on writing there. Blocks
     * keep their segment and offset, so the metadata stays the same; it is published again in the new directory.
     * Workers must not have attached yet.
     *
     * @param root the new root; created (0700) when missing and checked like any root.
     * @return the new run directory.
     */
    public Path moveTo(final Path root)
    {
        checkOpen();
        final List<Long> lengths = writer.segmentLengths();
        writer.close();
        SharedMemoryRoot.ensureExists(root);
        final Path target = root.resolve(runId);
        try
        {
            Files.createDirectory(target, PosixFilePermissions.asFileAttribute(RunFiles.OWNER_ONLY_DIRECTORY));
            Files.setPosixFilePermissions(target, RunFiles.OWNER_ONLY_DIRECTORY);
            for (int i = 0; i < lengths.size(); i++)
            {
                final String name = SegmentDescriptor.fileName(i);
                Files.copy(directory.resolve(name), target.resolve(name));
                Files.setPosixFilePermissions(target.resolve(name), RunFiles.OWNER_ONLY_FILE);
            }
        }
        catch (final IOException ex)
        {
            RunFiles.deleteRecursively(target);
            throw new UncheckedIOException("cannot move shared-memory run " + directory + " to " + target + ": " +
                ex.getMessage(), ex);
        }
        final Path previous = directory;
        directory = target;
        metadataFile = target.resolve(MetadataFile.FILE_NAME);
        writer = new SegmentWriter(target, segmentLength, lengths);
        RunFiles.deleteRunAndEmptyRoot(previous);
        publish();
        return target;
    }

    /**
     * Unmaps the segments and deletes the run directory. Idempotent. Workers must have detached: on Linux their
     * mappings stay valid, but nobody can attach any more.
     */
    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        try
        {
            writer.close();
        }
        finally
        {
            RunFiles.deleteRunAndEmptyRoot(directory);
            try
            {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            }
            catch (final IllegalStateException ex)
            {
                // the JVM is shutting down and the hook is running or has run
            }
        }
    }

    private BlockLocation append(final DirectBuffer column, final int rows)
    {
        return writer.append(column, 0, (int)SegmentDescriptor.blockLength(rows));
    }

    private void checkOpen()
    {
        if (closed)
        {
            throw new IllegalStateException("run " + runId + " is closed");
        }
    }

    private static final class PairState
    {
        private final String pair;
        private final String timeframe;
        private final int rows;
        private final long firstMs;
        private final long lastMs;
        private final List<RunMetadata.Column> columns = new ArrayList<>();
        private final Set<String> names = new HashSet<>();

        private PairState(final String pair, final String timeframe, final int rows, final long firstMs,
            final long lastMs)
        {
            this.pair = pair;
            this.timeframe = timeframe;
            this.rows = rows;
            this.firstMs = firstMs;
            this.lastMs = lastMs;
        }

        private void add(final String name, final String type, final BlockLocation block, final List<String> labels)
        {
            names.add(name);
            columns.add(new RunMetadata.Column(name, type, block.segment(), block.offset(), block.length(),
                MetadataFile.formatCrc(block.crc32c()), labels));
        }

        private RunMetadata.Pair toMetadata()
        {
            return new RunMetadata.Pair(pair, timeframe, rows, firstMs, lastMs,
                Instant.ofEpochMilli(firstMs).toString(), Instant.ofEpochMilli(lastMs).toString(),
                List.copyOf(columns));
        }
    }
}
