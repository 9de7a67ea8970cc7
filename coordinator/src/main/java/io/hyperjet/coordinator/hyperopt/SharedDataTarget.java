package io.hyperjet.coordinator.hyperopt;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.coordinator.resources.Sizes;
import io.hyperjet.shm.run.FreeSpace;
import io.hyperjet.shm.run.SharedRun;

/**
 * Where a run's pairs are written: its shared-memory run, checked before the first byte against the free space of
 * {@code shared_memory_dir}. When the data does not fit, one line says how much it needs and how much is free, and
 * the run moves to {@code shared_memory_fallback_dir} (memory-mapped files on disk, the same layout and the same
 * zero-copy attach) when the user set one, else the run stops with that line (exit 2) and nothing is left behind.
 * A write that fails anyway (the space shrank while writing) is met the same way, with the same line; blocks are
 * written through the file channel, so a full file system is an error here and never a SIGBUS.
 * <pre>{@code
 * try (SharedDataTarget shared = SharedDataTarget.create(root, fallback, FreeSpace.STATVFS, log))
 * {
 *     shared.sizeBy(first -> SharedDataSize.estimate(first, pairs, ...).totalBytes());
 *     shared.addPair(frame);                  // the first call checks the space
 *     final Path metadata = shared.publish();
 * }                                           // deletes the run directory
 * }</pre>
 * Not threadsafe.
 */
public final class SharedDataTarget implements AutoCloseable
{
    private final Path root;
    private final Path fallbackRoot;
    private final FreeSpace freeSpace;
    private final Consumer<String> log;
    private final SharedRun run;
    private ToLongFunction<PairFrame> sizing = (frame) -> 0;
    private long neededBytes = -1;
    private Path currentRoot;

    private SharedDataTarget(
        final Path root, final Path fallbackRoot, final FreeSpace freeSpace, final Consumer<String> log,
        final SharedRun run)
    {
        this.root = root;
        this.fallbackRoot = fallbackRoot;
        this.freeSpace = freeSpace;
        this.log = log;
        this.run = run;
        this.currentRoot = root;
    }

    /**
     * Creates the run under {@code root} (removing stale runs there first).
     *
     * @param root         {@code shared_memory_dir} or its default.
     * @param fallbackRoot {@code shared_memory_fallback_dir}, or null when the user allows no fallback.
     * @param freeSpace    how free space is read (statvfs; tests replace it).
     * @param log          receives the line about a fallback and stale runs removed.
     * @return the target.
     */
    public static SharedDataTarget create(
        final Path root, final Path fallbackRoot, final FreeSpace freeSpace, final Consumer<String> log)
    {
        return new SharedDataTarget(root, fallbackRoot, freeSpace, log, SharedRun.create(root, log));
    }

    /**
     * Sets how the run's total size follows from its first pair; without it only the write errors are caught.
     *
     * @param neededBytes the bytes the whole run will need, given the first pair's frame.
     */
    public void sizeBy(final ToLongFunction<PairFrame> neededBytes)
    {
        this.sizing = neededBytes;
    }

    /**
     * Writes a pair; before the first one, checks that the whole run fits.
     *
     * @param frame the pair's frame with its indicator columns.
     * @throws UserInputException when the data does not fit and there is no fallback (or it is too small too).
     */
    public void addPair(final PairFrame frame)
    {
        if (neededBytes < 0)
        {
            neededBytes = sizing.applyAsLong(frame);
            final long free = freeSpace.bytes(run.directory());
            if (free >= 0 && neededBytes > free)
            {
                onShortage(free, null);
            }
        }
        while (true)
        {
            try
            {
                run.addPair(frame);
                return;
            }
            catch (final UncheckedIOException ex)
            {
                onShortage(freeSpace.bytes(run.directory()), ex);
            }
        }
    }

    /**
     * @param pair      the pair.
     * @param timeframe its timeframe.
     * @return the index of that pair's frame in the run, or -1 when it has not been added.
     */
    public int pairIndex(final String pair, final String timeframe)
    {
        return run.pairIndex(pair, timeframe);
    }

    /**
     * Publishes the metadata.
     *
     * @return the metadata file to give workers.
     */
    public Path publish()
    {
        while (true)
        {
            try
            {
                return run.publish();
            }
            catch (final UncheckedIOException ex)
            {
                onShortage(freeSpace.bytes(run.directory()), ex);
            }
        }
    }

    /**
     * @return the run directory now (under the fallback root after a move).
     */
    public Path directory()
    {
        return run.directory();
    }

    /**
     * @return the bytes the run needs, -1 before the first pair.
     */
    public long neededBytes()
    {
        return neededBytes;
    }

    /**
     * Deletes the run directory.
     */
    @Override
    public void close()
    {
        run.close();
    }

    /*
     * One line with both numbers; then the fallback directory, if allowed and not already in use, else stop. Moves
     * at most once, so the loops above end.
     */
    private void onShortage(final long freeBytes, final UncheckedIOException writeFailure)
    {
        final String line = shortage(currentRoot, neededBytes, freeBytes, writeFailure);
        if (null == fallbackRoot || currentRoot.equals(fallbackRoot))
        {
            throw new UserInputException(line + "; stopping: set shared_memory_fallback_dir to a directory on disk " +
                "or make room (docker: --shm-size)" + (currentRoot.equals(root) ? "" : " there"), writeFailure);
        }
        final long fallbackFree = freeSpace.bytes(fallbackRoot);
        if (fallbackFree >= 0 && neededBytes > fallbackFree)
        {
            throw new UserInputException(line + "; shared_memory_fallback_dir " + fallbackRoot + " has only " +
                Sizes.format(fallbackFree) + " free: stopping", writeFailure);
        }
        log.accept(line + "; using shared_memory_fallback_dir " + fallbackRoot + " (memory-mapped files on disk)");
        currentRoot = fallbackRoot;
        run.moveTo(fallbackRoot);
    }

    /**
     * The line that says a run does not fit.
     *
     * @param root         the directory.
     * @param neededBytes  what the run needs there.
     * @param freeBytes    what statvfs says is free there.
     * @param writeFailure the failed write, or null when the check before writing found the shortage.
     * @return one line.
     */
    static String shortage(final Path root, final long neededBytes, final long freeBytes,
        final UncheckedIOException writeFailure)
    {
        return "shared memory " + root + ": the data needs " + Sizes.format(neededBytes) + ", " +
            Sizes.format(freeBytes) + " free" + (null == writeFailure ? "" : " (a write failed: " +
            rootCause(writeFailure) + ")");
    }

    private static String rootCause(final Throwable ex)
    {
        Throwable cause = ex;
        while (null != cause.getCause())
        {
            cause = cause.getCause();
        }
        return null == cause.getMessage() ? cause.toString() : cause.getMessage();
    }
}
