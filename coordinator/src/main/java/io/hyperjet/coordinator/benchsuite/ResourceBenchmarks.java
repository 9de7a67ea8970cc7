package io.hyperjet.coordinator.benchsuite;

import java.util.List;

import io.hyperjet.coordinator.resources.MachineProfile;
import io.hyperjet.coordinator.resources.ResourceOptimizer;
import io.hyperjet.coordinator.resources.ResourcePlan;
import io.hyperjet.coordinator.resources.ResourceRequest;

/**
 * The resource optimizer: what it picks on this machine, and what that choice buys in a short hyperopt.
 */
final class ResourceBenchmarks
{
    static final long PLAN_EPOCHS = 1_000;

    private ResourceBenchmarks()
    {
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
