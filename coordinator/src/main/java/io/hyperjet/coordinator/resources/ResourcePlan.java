package io.hyperjet.coordinator.resources;

import java.util.List;
import java.util.Locale;

/**
 * What the optimizer chose for one hyperopt, with the reasons. Immutable.
 * <p>
 * The task window starts at {@link #initialWindow()}; when it is not fixed by {@code hyperopt_batch_size}, the
 * coordinator measures the first {@link #adaptAfterEpochs()} epochs and calls {@link #adaptWindow(long)} with their
 * median duration.
 *
 * @param workers               worker JVMs to start.
 * @param cpuBoundWorkers       most workers the spare cores allow.
 * @param memoryBoundWorkers    most workers the available memory allows.
 * @param initialWindow         tasks each worker holds at once before any epoch is measured.
 * @param windowFixed           whether {@code hyperopt_batch_size} fixed the window (then it never adapts).
 * @param targetLatencyNs       the coordinator round trip a worker's queued tasks must cover.
 * @param workerHeapBytes       the heap to give each worker (-Xmx): working set plus caches.
 * @param workerFootprintBytes  the estimated resident size of one worker: heap plus JVM overhead.
 * @param reasons               why, in the order the decisions were taken; warnings included.
 */
public record ResourcePlan(
    int workers,
    int cpuBoundWorkers,
    int memoryBoundWorkers,
    int initialWindow,
    boolean windowFixed,
    long targetLatencyNs,
    long workerHeapBytes,
    long workerFootprintBytes,
    List<Reason> reasons)
{
    /**
     * Smallest adaptive window: one task running and one queued.
     */
    public static final int MIN_WINDOW = 2;

    /**
     * Largest adaptive window: more only deepens the imbalance at the end of a run.
     */
    public static final int MAX_WINDOW = 16;

    public ResourcePlan
    {
        reasons = List.copyOf(reasons);
    }

    /**
     * The task window for a measured epoch cost: enough queued tasks per worker that the coordinator's round trip
     * is hidden behind work, {@code clamp(ceil(targetLatency / epoch) + 1, 2, 16)}. A fixed window is returned as is.
     *
     * @param measuredEpochNanosMedian median duration of the first epochs; 0 or less means too short to measure.
     * @return the window to use from now on.
     */
    public int adaptWindow(final long measuredEpochNanosMedian)
    {
        if (windowFixed)
        {
            return initialWindow;
        }
        if (measuredEpochNanosMedian <= 0)
        {
            return MAX_WINDOW;
        }
        final long covering = (targetLatencyNs + measuredEpochNanosMedian - 1) / measuredEpochNanosMedian;
        return (int)Math.max(MIN_WINDOW, Math.min(MAX_WINDOW, covering + 1));
    }

    /**
     * The reason to print when the window adapts.
     *
     * @param measuredEpochNanosMedian as for {@link #adaptWindow(long)}.
     * @return one line with the measured cost and the new window.
     */
    public Reason adaptReason(final long measuredEpochNanosMedian)
    {
        if (windowFixed)
        {
            return Reason.info("batch", "hyperopt_batch_size fixes the window at " + initialWindow);
        }
        return Reason.info("batch", String.format(Locale.ROOT,
            "median epoch %.3f ms against a %.1f ms round trip: window %d (clamp(ceil(%.1f / %.3f) + 1, %d, %d))",
            measuredEpochNanosMedian / 1e6, targetLatencyNs / 1e6, adaptWindow(measuredEpochNanosMedian),
            targetLatencyNs / 1e6, Math.max(measuredEpochNanosMedian, 1) / 1e6, MIN_WINDOW, MAX_WINDOW));
    }

    /**
     * @return how many epochs to measure before calling {@link #adaptWindow(long)}: two per worker, at least three,
     *         so the median skips JIT warm-up outliers.
     */
    public int adaptAfterEpochs()
    {
        return Math.max(3, 2 * workers);
    }

    /**
     * @return whether any reason is a warning.
     */
    public boolean hasWarnings()
    {
        for (final Reason reason : reasons)
        {
            if (Reason.Severity.WARNING == reason.severity())
            {
                return true;
            }
        }
        return false;
    }
}
