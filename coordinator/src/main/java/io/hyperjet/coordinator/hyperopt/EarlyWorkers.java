package io.hyperjet.coordinator.hyperopt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import io.hyperjet.coordinator.resources.ResourcePlan;
import io.hyperjet.worker.epoch.RunSpec;

/**
 * Starts a run's worker JVMs while the coordinator still prepares the data, so that their JVM start, class loading,
 * config, strategy and loss set-up overlap the indicator phase instead of following it.
 * <p>
 * When the first pair is in shared memory the run's size is known well enough to plan the workers (the same
 * estimate that checks the free space): the run spec is written pending (no pairs, no metadata, the coordinator's
 * pid) and the planned workers are spawned; each loads what it can and waits for the final spec, which
 * {@link HyperoptRun} writes over the pending one once the metadata is published. The metadata file stays the
 * contract and workers still attach read-only; only the moment they start changes. What a worker computes depends
 * on the final spec alone, so its epochs are the same as a worker started after the data.
 * <p>
 * The workers are not started early when the run directory moves after they started (the space ran out and the
 * run went to {@code shared_memory_fallback_dir}): their paths are stale, so {@link #take(Path)} stops them and the
 * caller starts workers as before. Closing stops every worker not taken (a failed or interrupted start-up).
 * Not threadsafe: the coordinator's main thread owns it.
 */
final class EarlyWorkers implements AutoCloseable
{
    private final LongFunction<ResourcePlan> planner;
    private final Pool pool;
    private ResourcePlan plan;
    private WorkerPool started;
    private Path startedIn;
    private final List<Integer> ids = new ArrayList<>();

    /** Creates the run's pool and writes the pending spec; a test replaces it. */
    interface Pool
    {
        /**
         * @param plan   the workers' plan (heap).
         * @param runDir the run directory now.
         * @return a pool with no workers yet, after the pending spec is written.
         */
        WorkerPool open(ResourcePlan plan, Path runDir);
    }

    /**
     * @param planner plans the run for a dataset size in bytes.
     * @param pool    opens the pool, or null when the run has no local worker JVMs (in process, cluster): then
     *                nothing starts early and only the plan is kept.
     */
    EarlyWorkers(final LongFunction<ResourcePlan> planner, final Pool pool)
    {
        this.planner = planner;
        this.pool = pool;
    }

    /**
     * The first pair is in: plans the run from the estimated size and starts its workers.
     *
     * @param estimatedBytes what the run's data will take.
     * @param runDir         the run directory now.
     */
    void onFirstPair(final long estimatedBytes, final Path runDir)
    {
        if (null != plan)
        {
            return;
        }
        plan = planner.apply(estimatedBytes);
        if (null == pool)
        {
            return;
        }
        started = pool.open(plan, runDir);
        startedIn = runDir;
        ids.addAll(started.spawn(plan.workers()));
    }

    /**
     * The run's plan: the one made at the first pair, else (no pair reached this object) one for the data's size.
     *
     * @param datasetBytes the data's size.
     * @return the plan.
     */
    ResourcePlan plan(final long datasetBytes)
    {
        if (null == plan)
        {
            plan = planner.apply(datasetBytes);
        }
        return plan;
    }

    /**
     * Hands the started pool to the caller, who then owns it.
     *
     * @param runDir the run directory now.
     * @return the pool, or null when none was started or the run moved since (that pool is stopped).
     */
    WorkerPool take(final Path runDir)
    {
        final WorkerPool pool = started;
        started = null;
        if (null != pool && !runDir.equals(startedIn))
        {
            pool.close();
            ids.clear();
            return null;
        }
        return pool;
    }

    /**
     * @return the ids of the workers started early, in start order.
     */
    List<Integer> ids()
    {
        return ids;
    }

    /** Stops the workers unless taken. Idempotent. */
    @Override
    public void close()
    {
        if (null != started)
        {
            started.close();
            started = null;
        }
    }
}
