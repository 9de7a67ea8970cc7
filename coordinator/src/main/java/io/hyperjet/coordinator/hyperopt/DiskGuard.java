package io.hyperjet.coordinator.hyperopt;

import java.nio.file.Path;
import java.util.Locale;

import io.hyperjet.shm.run.FreeSpace;

/**
 * Stops a hyperopt before its results directory runs out of space. The journal is a memory-mapped Chronicle Queue
 * that workers append to: on a full file system a write into a mapped page kills the process (SIGBUS) and can leave
 * the queue unreadable, so the coordinator checks the free space every few dozen milliseconds and ends the run
 * while at least {@link #RESERVE_BYTES} are left, enough for the epochs in flight and the journal's compaction.
 * <p>
 * Single-threaded.
 */
public final class DiskGuard
{
    /** Space kept free: the epochs in flight (each up to a few MB with every trade) and the compacted journal. */
    public static final long RESERVE_BYTES = 48L << 20;
    private static final long CHECK_EVERY_NS = 20_000_000L;

    private final Path dir;
    private final long reserve;
    private long lastCheckNs = Long.MIN_VALUE;

    /**
     * A guard over a directory.
     *
     * @param dir     the results directory (journal and .fthypt).
     * @param reserve bytes to keep free.
     */
    public DiskGuard(final Path dir, final long reserve)
    {
        this.dir = dir;
        this.reserve = reserve;
    }

    /**
     * Checks the free space when the last check is old enough.
     *
     * @param remainingEpochs epochs still to run, for the message.
     * @param bytesPerEpoch   measured bytes per epoch (line and journal), for the message.
     * @throws ResultsDiskFullException when less than the reserve is free.
     */
    public void check(final long remainingEpochs, final long bytesPerEpoch)
    {
        final long now = System.nanoTime();
        if (lastCheckNs != Long.MIN_VALUE && now - lastCheckNs < CHECK_EVERY_NS)
        {
            return;
        }
        lastCheckNs = now;
        final long free = free(dir);
        if (free >= 0 && free < reserve)
        {
            final long more = reserve - free + remainingEpochs * bytesPerEpoch;
            throw new ResultsDiskFullException(String.format(Locale.ROOT, "%s: %s free, below the %s a run keeps " +
                "free; the remaining %d epochs need about %s more", dir, mb(free), mb(reserve), remainingEpochs,
                mb(more)), null);
        }
    }

    /**
     * Usable bytes in the file system of a directory, -1 when unknown.
     *
     * @param dir the directory.
     * @return the bytes.
     */
    static long free(final Path dir)
    {
        return FreeSpace.STATVFS.bytes(dir);
    }

    static String freeText(final Path dir)
    {
        final long free = free(dir);
        return free < 0 ? "the free space is unknown" : mb(free) + " are free";
    }

    static String mb(final long bytes)
    {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
