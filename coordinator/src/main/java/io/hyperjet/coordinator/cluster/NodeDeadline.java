package io.hyperjet.coordinator.cluster;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How long the coordinator waits for a node's next answer while the node holds batches, before it gives up on the
 * node and hands its epochs to other nodes. Hazelcast ends a node that stops heartbeating, but a node whose process
 * stays a member while its run is wedged (a stuck dispatcher, a lost batch) would otherwise hold its batches, and
 * so the whole run, for ever.
 * <p>
 * The limit is the longest a healthy node can take, since a node watches its own workers as the coordinator watches
 * local ones ({@code worker_timeout_s} of the run, the same rules as the coordinator's worker watch):
 * <ul>
 *   <li>the work itself: {@link #EPOCH_FACTOR} times the longest epoch measured so far in the run (by any node), for
 *   each round of epochs its workers go through (the epochs it holds over its worker count, rounded up); while no
 *   epoch is measured, {@link #UNMEASURED_FACTOR} times {@code worker_timeout_s} per round;</li>
 *   <li>plus the recovery of one stuck epoch: {@link #HANGS} times the node's epoch limit (the larger of
 *   {@code worker_timeout_s} and {@link #EPOCH_FACTOR} times the longest epoch) and the time it gives a replacement
 *   worker to start ({@link #STARTUP_FACTOR} times {@code worker_timeout_s}, at least {@link #STARTUP_MIN_S} s).</li>
 * </ul>
 * The wait starts when a node with no batch out is sent one, and again at each answer, so a node that answers one
 * batch while another is still running is not timed from the older one.
 */
final class NodeDeadline
{
    /** As the node's worker watch: an epoch may take this many times the longest one measured. */
    static final int EPOCH_FACTOR = 20;
    /** As the node's worker watch: the epoch limit while none is measured, in {@code worker_timeout_s}. */
    static final int UNMEASURED_FACTOR = 5;
    /** As the node's worker watch: an epoch held too long by this many workers is recorded as failed. */
    static final int HANGS = 2;
    /** As the node's worker watch: how long a replacement worker may take to start, in {@code worker_timeout_s}. */
    static final int STARTUP_FACTOR = 5;
    /** As the node's worker watch: the least time a replacement worker may take to start. */
    static final long STARTUP_MIN_S = 120;

    private final long timeoutNs;

    /**
     * A deadline rule.
     *
     * @param workerTimeoutSeconds the run's {@code worker_timeout_s}, above 0.
     */
    NodeDeadline(final double workerTimeoutSeconds)
    {
        if (!(workerTimeoutSeconds > 0))
        {
            throw new IllegalArgumentException("worker_timeout_s must be > 0, was " + workerTimeoutSeconds);
        }
        this.timeoutNs = (long)(workerTimeoutSeconds * 1e9);
    }

    /**
     * How long a node may stay silent.
     *
     * @param epochsHeld     the epochs the node holds.
     * @param workers        the node's workers.
     * @param longestEpochNs the longest epoch measured in the run, 0 while none is.
     * @return the limit in nanoseconds.
     */
    long limitNs(final int epochsHeld, final int workers, final long longestEpochNs)
    {
        final long rounds = (Math.max(1, epochsHeld) + Math.max(1, workers) - 1) / Math.max(1, workers);
        final long perRoundNs = 0 == longestEpochNs ? UNMEASURED_FACTOR * timeoutNs : EPOCH_FACTOR * longestEpochNs;
        final long epochLimitNs = 0 == longestEpochNs ? UNMEASURED_FACTOR * timeoutNs :
            Math.max(timeoutNs, EPOCH_FACTOR * longestEpochNs);
        final long startupNs = Math.max(STARTUP_FACTOR * timeoutNs, TimeUnit.SECONDS.toNanos(STARTUP_MIN_S));
        return rounds * perRoundNs + HANGS * epochLimitNs + startupNs;
    }

    /**
     * The limit as the one line a user sees says it.
     *
     * @param limitNs        the limit.
     * @param epochsHeld     the epochs the node held.
     * @param longestEpochNs the longest epoch measured, 0 while none is.
     * @return e.g. {@code 424.0 s (4 epochs held, longest epoch 5 ms, worker_timeout_s 60.0 s)}.
     */
    String describe(final long limitNs, final int epochsHeld, final long longestEpochNs)
    {
        return String.format(Locale.ROOT, "%.1f s (%d %s held, %s, worker_timeout_s %.1f s)", limitNs / 1e9,
            epochsHeld, 1 == epochsHeld ? "epoch" : "epochs", 0 == longestEpochNs ? "no epoch measured yet" :
            String.format(Locale.ROOT, "longest epoch %.0f ms", longestEpochNs / 1e6), timeoutNs / 1e9);
    }
}
