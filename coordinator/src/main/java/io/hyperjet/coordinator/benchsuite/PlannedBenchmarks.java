package io.hyperjet.coordinator.benchsuite;

import java.util.List;

import io.hyperjet.coordinator.resources.MachineProfile;
import io.hyperjet.coordinator.resources.ResourceOptimizer;
import io.hyperjet.coordinator.resources.ResourcePlan;
import io.hyperjet.coordinator.resources.ResourceRequest;

/**
 * The rows for features this build cannot time yet, and the resource optimizer. Each says plainly what
 * is missing rather than showing a number that was not measured.
 */
final class PlannedBenchmarks
{
    static final long PLAN_EPOCHS = 1_000;

    private PlannedBenchmarks()
    {
    }

    static List<FeatureResult> indicatorCache(final BenchContext context)
    {
        return List.of(FeatureResult.notAvailable("indicator_cache", "compute time of a hyperopt",
            "not available in this build: the indicator cache (issue 5) is not implemented yet"));
    }

    static List<FeatureResult> signalCache(final BenchContext context)
    {
        return List.of(FeatureResult.notAvailable("signal_cache", "roi+stoploss-only hyperopt time",
            "not available in this build: the signal cache (issue 5) is not implemented yet"));
    }

    /**
     * What the optimizer picks on this machine for the bench data (its file size as the dataset estimate), then the
     * wall time of a short hyperopt with that choice against one worker.
     *
     * @param context the run.
     * @return an info row and a timing row.
     */
    static List<FeatureResult> resourceOptimizer(final BenchContext context)
    {
        final MachineProfile profile = MachineProfile.read();
        final long datasetBytes = context.data().fileBytes();
        final ResourcePlan plan = ResourceOptimizer.plan(profile, ResourceRequest.auto(datasetBytes, PLAN_EPOCHS));
        return List.of(FeatureResult.info("resource_optimizer", "plan for hyperopt_jobs = -1",
            String.format("picks %d worker(s) (cpu bound %d, memory bound %d), window %d, worker heap %d MiB; " +
                "machine %d logical cores, load %.2f, %d MiB available", plan.workers(), plan.cpuBoundWorkers(),
                plan.memoryBoundWorkers(), plan.initialWindow(), plan.workerHeapBytes() >> 20,
                profile.logicalCores(), profile.loadAverage1m(), profile.availableMemoryBytes() >> 20)),
            HyperoptBenchmarks.autoVsOneWorker(context));
    }
}
