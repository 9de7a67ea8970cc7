package io.hyperjet.coordinator.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.hyperjet.worker.backtest.VectorizedBacktester;

/**
 * Chooses the worker count and task window of a hyperopt from a {@link MachineProfile} and a {@link ResourceRequest}.
 * Pure: the same inputs give the same plan; nothing is read from the machine here.
 * <p>
 * <b>Workers</b> are bounded three ways, and the smallest bound wins (at least one):
 * <ul>
 *   <li>cores: logical cores minus {@link #COORDINATOR_CORE_SHARE_DEFAULT} for the coordinator (it tails results
 *   and runs the sampler, mostly asleep) minus the one-minute load average; a partly busy core counts as spare
 *   when at least {@link #SPARE_CORE_FRACTION_DEFAULT} of it is free (a worker there still adds throughput, the OS
 *   shares the core with the other load). Read the profile before the coordinator's own data preparation, whose CPU
 *   use would otherwise show up in the load average for a minute;</li>
 *   <li>memory: {@code (available * (1 - headroom) - shared data - coordinator reserve) / worker footprint}. The
 *   shared data is counted once, since every worker maps the same pages. A worker's footprint is its heap, that is
 *   a {@link #WORKER_BASE_HEAP_MB_DEFAULT} MiB working set (one epoch's signals and trades, pair by pair; the
 *   candles stay in shared memory, off heap) plus the backtester's interleaved copy of the candles
 *   ({@link VectorizedBacktester#HEAP_BYTES_PER_ROW} per row of the run's pairs) plus {@code cache_size_mb} for the
 *   Caffeine caches, plus
 *   {@link #JVM_OVERHEAD_MB_DEFAULT} MiB of JVM overhead (metaspace, code cache, GC structures, thread stacks,
 *   the mapped channel files);</li>
 *   <li>epochs: a worker without an epoch only costs start-up time; likewise beyond the most epochs the search
 *   has out at once ({@link ResourceRequest#maxInFlight()}).</li>
 * </ul>
 * A fixed {@code hyperopt_jobs} is capped, with a one-line warning, by the epochs, the epochs in flight, the logical
 * cores and the memory bound (not by the load average: the user may know the load will go); with
 * {@link ResourceRequest#forceJobs()} only by the epochs, with a warning for each bound it exceeds.
 * <p>
 * <b>Window</b>: before anything is measured, 2 (one task running, one queued, so a worker does not wait on the
 * round trip), or 4 when each worker has at least {@link #DEEP_WINDOW_EPOCHS_PER_WORKER} epochs, where the deeper
 * queue's imbalance at the end of the run (at most window - 1 epochs per worker) is negligible. It then adapts to
 * the measured epoch cost, see {@link ResourcePlan#adaptWindow(long)}.
 */
public final class ResourceOptimizer
{
    public static final double COORDINATOR_CORE_SHARE_DEFAULT = 0.25;
    public static final double SPARE_CORE_FRACTION_DEFAULT = 0.25;
    public static final long WORKER_BASE_HEAP_MB_DEFAULT = 384;
    public static final long JVM_OVERHEAD_MB_DEFAULT = 150;
    public static final long COORDINATOR_RESERVE_MB_DEFAULT = 512;
    public static final double MEMORY_HEADROOM_FRACTION_DEFAULT = 0.10;
    public static final long TARGET_LATENCY_MS_DEFAULT = 5;
    public static final int SHALLOW_WINDOW = 2;
    public static final int DEEP_WINDOW = 4;
    public static final long DEEP_WINDOW_EPOCHS_PER_WORKER = 64;

    private ResourceOptimizer()
    {
    }

    /**
     * The plan for a hyperopt.
     *
     * @param profile the machine.
     * @param request the configuration keys and data size.
     * @return workers, window and reasons.
     */
    public static ResourcePlan plan(final MachineProfile profile, final ResourceRequest request)
    {
        final List<Reason> reasons = new ArrayList<>();
        final long workerHeapBytes = (WORKER_BASE_HEAP_MB_DEFAULT + request.cacheSizeMb()) * Sizes.MIB +
            request.candleRows() * VectorizedBacktester.HEAP_BYTES_PER_ROW;
        final long footprintBytes = workerHeapBytes + JVM_OVERHEAD_MB_DEFAULT * Sizes.MIB;

        checkMemory(profile, request, reasons);
        final int cpuBound = cpuBound(profile, reasons);
        final int memoryBound = memoryBound(profile, request, footprintBytes, reasons);
        final int workers = chooseWorkers(request, profile.logicalCores(), cpuBound, memoryBound, reasons);
        final int window = chooseWindow(request, workers, reasons);

        return new ResourcePlan(
            workers,
            cpuBound,
            memoryBound,
            window,
            ResourceRequest.AUTO != request.hyperoptBatchSize(),
            TARGET_LATENCY_MS_DEFAULT * 1_000_000L,
            workerHeapBytes,
            footprintBytes,
            reasons);
    }

    static long usableMemoryBytes(final MachineProfile profile)
    {
        return (long)(profile.availableMemoryBytes() * (1.0 - MEMORY_HEADROOM_FRACTION_DEFAULT));
    }

    private static void checkMemory(
        final MachineProfile profile, final ResourceRequest request, final List<Reason> reasons)
    {
        final long data = request.datasetBytes();
        final long usable = usableMemoryBytes(profile);
        boolean fits = true;
        if (request.useSharedMemory() && profile.hasSharedMemoryFree() && data > profile.sharedMemoryFreeBytes())
        {
            fits = false;
            reasons.add(Reason.warning("memory", "shared data " + Sizes.format(data) + " does not fit in " +
                profile.sharedMemoryRoot() + " (free " + Sizes.format(profile.sharedMemoryFreeBytes()) +
                "): set use_shared_memory: false or use a smaller timerange"));
        }
        if (data > usable)
        {
            fits = false;
            reasons.add(Reason.warning("memory", "shared data " + Sizes.format(data) +
                " exceeds the usable memory " + Sizes.format(usable) + " (available " +
                Sizes.format(profile.availableMemoryBytes()) + " less " + percent(MEMORY_HEADROOM_FRACTION_DEFAULT) +
                " headroom): use a smaller timerange or fewer pairs, or use_shared_memory: false to page it from disk"));
        }
        if (fits)
        {
            final String shm = !request.useSharedMemory() ? "shared memory off" :
                profile.hasSharedMemoryFree() ?
                profile.sharedMemoryRoot() + " free " + Sizes.format(profile.sharedMemoryFreeBytes()) :
                profile.sharedMemoryRoot() + " free space unknown";
            reasons.add(Reason.info("memory", "shared data " + Sizes.format(data) +
                " counted once for all workers; fits (" + shm + ", usable memory " + Sizes.format(usable) + ")"));
        }
    }

    private static int cpuBound(final MachineProfile profile, final List<Reason> reasons)
    {
        final double load = profile.hasLoadAverage() ? profile.loadAverage1m() : 0.0;
        final double spare = profile.logicalCores() - COORDINATOR_CORE_SHARE_DEFAULT - load;
        final int bound = Math.max(1, (int)Math.floor(spare + 1.0 - SPARE_CORE_FRACTION_DEFAULT));
        reasons.add(Reason.info("workers", String.format(Locale.ROOT,
            "cores allow %d: %d logical - %.2f coordinator - %s load = %.2f spare (a core counts when %.0f%% free)",
            bound, profile.logicalCores(), COORDINATOR_CORE_SHARE_DEFAULT,
            profile.hasLoadAverage() ? String.format(Locale.ROOT, "%.2f", load) : "unknown (0)", spare,
            SPARE_CORE_FRACTION_DEFAULT * 100.0)));
        if (profile.logicalCores() > profile.physicalCores())
        {
            reasons.add(Reason.info("workers", "counting " + profile.logicalCores() + " hardware threads on " +
                profile.physicalCores() + " physical cores; a backtest gains less from a sibling thread than from a core"));
        }
        return bound;
    }

    private static int memoryBound(
        final MachineProfile profile, final ResourceRequest request, final long footprintBytes,
        final List<Reason> reasons)
    {
        final long reserve = COORDINATOR_RESERVE_MB_DEFAULT * Sizes.MIB;
        final long left = usableMemoryBytes(profile) - request.datasetBytes() - reserve;
        final long fitting = left <= 0 ? 0 : left / footprintBytes;
        final int bound = (int)Math.max(1, Math.min(Integer.MAX_VALUE, fitting));
        final String sum = "(" + Sizes.format(usableMemoryBytes(profile)) + " usable - " +
            Sizes.format(request.datasetBytes()) + " data - " + Sizes.format(reserve) + " coordinator) / " +
            Sizes.format(footprintBytes) + " per worker (heap " + WORKER_BASE_HEAP_MB_DEFAULT + " + cache " +
            request.cacheSizeMb() + (0 == request.candleRows() ? "" : " + candles " +
            request.candleRows() * VectorizedBacktester.HEAP_BYTES_PER_ROW / Sizes.MIB) + " + JVM " +
            JVM_OVERHEAD_MB_DEFAULT + " MiB)";
        if (fitting < 1)
        {
            reasons.add(Reason.warning("workers", "memory allows not even one worker: " + sum +
                "; running 1, expect swapping or an out-of-memory kill"));
        }
        else
        {
            reasons.add(Reason.info("workers", "memory allows " + bound + ": " + sum));
        }
        return bound;
    }

    private static int chooseWorkers(
        final ResourceRequest request, final int logicalCores, final int cpuBound, final int memoryBound,
        final List<Reason> reasons)
    {
        final long epochs = request.epochs();
        if (ResourceRequest.AUTO != request.hyperoptJobs() && !request.forceJobs())
        {
            return capJobs(request, logicalCores, cpuBound, memoryBound, reasons);
        }
        if (ResourceRequest.AUTO != request.hyperoptJobs())
        {
            final int jobs = request.hyperoptJobs();
            if (jobs > cpuBound)
            {
                reasons.add(Reason.warning("workers", "hyperopt_jobs " + jobs + " exceeds the " + cpuBound +
                    " the spare cores allow; workers will share cores"));
            }
            if (jobs > memoryBound)
            {
                reasons.add(Reason.warning("workers", "hyperopt_jobs " + jobs + " exceeds the " + memoryBound +
                    " the memory allows; expect swapping"));
            }
            final int workers = (int)Math.min(jobs, epochs);
            reasons.add(Reason.info("workers", workers < jobs ?
                "chose " + workers + ": hyperopt_jobs " + jobs + " capped by " + epochs + " epochs" :
                "chose " + workers + ": fixed by hyperopt_jobs (--force-jobs)"));
            return workers;
        }
        final long epochBound = Math.min(epochs, request.maxInFlight());
        final int workers = (int)Math.max(1, Math.min(Math.min(cpuBound, memoryBound), epochBound));
        final String limit;
        if (workers == epochBound && epochBound < Math.min(cpuBound, memoryBound))
        {
            limit = epochs <= request.maxInFlight() ? "capped by " + epochs + " epochs" :
                "capped by " + request.maxInFlight() + " epochs in flight";
        }
        else if (cpuBound <= memoryBound)
        {
            limit = "bound by cores (memory allows " + memoryBound + ")";
        }
        else
        {
            limit = "bound by memory (cores allow " + cpuBound + ")";
        }
        reasons.add(Reason.info("workers", "chose " + workers + " (hyperopt_jobs -1): " + limit));
        return workers;
    }

    /*
     * A fixed hyperopt_jobs above what the run can use starts JVMs that only cost memory and start-up time (issue:
     * -j 1000 -e 30 started 30 one-gigabyte JVMs on 2 cores with at most 16 epochs ever in flight).
     */
    private static int capJobs(
        final ResourceRequest request, final int logicalCores, final int cpuBound, final int memoryBound,
        final List<Reason> reasons)
    {
        final int jobs = request.hyperoptJobs();
        final List<String> bounds = new ArrayList<>();
        long cap = jobs;
        if (request.epochs() < jobs)
        {
            cap = Math.min(cap, request.epochs());
            bounds.add(request.epochs() + " epochs");
        }
        if (request.maxInFlight() < jobs)
        {
            cap = Math.min(cap, request.maxInFlight());
            bounds.add("at most " + request.maxInFlight() + " epochs in flight");
        }
        if (logicalCores < jobs)
        {
            cap = Math.min(cap, logicalCores);
            bounds.add(logicalCores + " logical cores");
        }
        if (memoryBound < jobs)
        {
            cap = Math.min(cap, memoryBound);
            bounds.add("memory for " + memoryBound + " workers");
        }
        final int workers = (int)Math.max(1, cap);
        if (workers == jobs)
        {
            reasons.add(Reason.info("workers", "chose " + workers + ": fixed by hyperopt_jobs"));
        }
        else if (workers == request.epochs() && workers <= Math.min(request.maxInFlight(), Math.min(logicalCores,
            memoryBound)))
        {
            reasons.add(Reason.info("workers", "chose " + workers + ": hyperopt_jobs " + jobs + " capped by " +
                request.epochs() + " epochs"));
        }
        else
        {
            reasons.add(Reason.warning("workers", "-j/hyperopt_jobs " + jobs + " capped to " + workers + " (" +
                String.join(", ", bounds) + "); more workers would only add start-up time and memory; " +
                "--force-jobs starts " + jobs));
            return workers;
        }
        if (workers > cpuBound)
        {
            reasons.add(Reason.warning("workers", "hyperopt_jobs " + workers + " exceeds the " + cpuBound +
                " the spare cores allow; workers will share cores"));
        }
        return workers;
    }

    private static int chooseWindow(final ResourceRequest request, final int workers, final List<Reason> reasons)
    {
        if (ResourceRequest.AUTO != request.hyperoptBatchSize())
        {
            reasons.add(Reason.info("batch", "window " + request.hyperoptBatchSize() +
                " per worker, fixed by hyperopt_batch_size; it does not adapt"));
            return request.hyperoptBatchSize();
        }
        final long perWorker = (request.epochs() + workers - 1) / workers;
        final int window = perWorker >= DEEP_WINDOW_EPOCHS_PER_WORKER ? DEEP_WINDOW : SHALLOW_WINDOW;
        reasons.add(Reason.info("batch", "window " + window + " per worker to start (" + perWorker +
            " epochs per worker, " + (DEEP_WINDOW == window ? ">= " : "< ") + DEEP_WINDOW_EPOCHS_PER_WORKER +
            "); adapts after " + Math.max(3, 2 * workers) + " epochs to clamp(ceil(" + TARGET_LATENCY_MS_DEFAULT +
            " ms / median epoch) + 1, " + ResourcePlan.MIN_WINDOW + ", " + ResourcePlan.MAX_WINDOW + ")"));
        return window;
    }

    private static String percent(final double fraction)
    {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100.0);
    }
}
