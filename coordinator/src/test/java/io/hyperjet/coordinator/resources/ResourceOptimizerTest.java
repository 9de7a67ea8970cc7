package io.hyperjet.coordinator.resources;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.hyperjet.worker.backtest.VectorizedBacktester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResourceOptimizerTest
{
    private static final long MIB = 1024L * 1024L;
    private static final long GIB = 1024L * MIB;

    static MachineProfile profile(
        final int cores, final long totalBytes, final long availableBytes, final double load, final long shmFreeBytes)
    {
        return new MachineProfile(cores, cores, totalBytes, availableBytes, load, Path.of("/dev/shm"), shmFreeBytes,
            GIB);
    }

    private static boolean hasReason(
        final ResourcePlan plan, final Reason.Severity severity, final String subject, final String fragment)
    {
        for (final Reason reason : plan.reasons())
        {
            if (severity == reason.severity() && subject.equals(reason.subject()) && reason.text().contains(fragment))
            {
                return true;
            }
        }
        return false;
    }

    @Test
    void shouldUseBothCoresOfAnIdleTwoCoreMachineWithOneGibOfData()
    {
        final ResourcePlan plan = ResourceOptimizer.plan(
            profile(2, 24 * GIB, 23 * GIB, 0.1, 23 * GIB), ResourceRequest.auto(GIB, 100));

        assertEquals(2, plan.workers());
        assertEquals(2, plan.cpuBoundWorkers());
        assertTrue(hasReason(plan, Reason.Severity.INFO, "workers", "bound by cores"), plan.reasons().toString());
        assertFalse(plan.hasWarnings(), plan.reasons().toString());
    }

    @Test
    void shouldRunOneWorkerOnABusyTwoCoreMachine()
    {
        final ResourcePlan plan = ResourceOptimizer.plan(
            profile(2, 24 * GIB, 23 * GIB, 2.0, 23 * GIB), ResourceRequest.auto(GIB, 100));

        assertEquals(1, plan.workers());
        assertTrue(hasReason(plan, Reason.Severity.INFO, "workers", "2.00 load"), plan.reasons().toString());
    }

    @Test
    void shouldCountAPartlyBusyCoreWithAQuarterFreeAsSpare()
    {
        // 2 - 0.25 - 0.3 = 1.45 spare: the second core is more than a quarter free.
        final ResourcePlan plan = ResourceOptimizer.plan(
            profile(2, 24 * GIB, 23 * GIB, 0.3, 23 * GIB), ResourceRequest.auto(GIB, 100));

        assertEquals(2, plan.workers());
        assertTrue(hasReason(plan, Reason.Severity.INFO, "workers", "1.45 spare (a core counts when 25% free)"),
            plan.reasons().toString());
    }

    @Test
    void shouldNotCountACoreLessThanAQuarterFree()
    {
        // 2 - 0.25 - 1.0 = 0.75 spare: the second core is only 75% of one.
        final ResourcePlan plan = ResourceOptimizer.plan(
            profile(2, 24 * GIB, 23 * GIB, 1.0, 23 * GIB), ResourceRequest.auto(GIB, 100));

        assertEquals(1, plan.workers());
    }

    @Test
    void shouldBoundWorkersByMemoryOnManyCoresWithLittleMemory()
    {
        // usable 3.6 GiB - 1 GiB data - 512 MiB coordinator = 2.1 GiB; 790 MiB per worker fits twice.
        final ResourcePlan plan = ResourceOptimizer.plan(
            profile(64, 4 * GIB, 4 * GIB, 0.0, 4 * GIB), ResourceRequest.auto(GIB, 1000));

        assertEquals(64, plan.cpuBoundWorkers());
        assertEquals(2, plan.memoryBoundWorkers());
        assertEquals(2, plan.workers());
        assertTrue(hasReason(plan, Reason.Severity.INFO, "workers", "bound by memory"), plan.reasons().toString());
    }

    @Test
    void shouldCountTheCacheBudgetInEachWorkersFootprint()
    {
        final ResourcePlan plan = ResourceOptimizer.plan(
            profile(64, 16 * GIB, 16 * GIB, 0.0, 16 * GIB), ResourceRequest.auto(0, 1000).withCacheSizeMb(1024));

        assertEquals((384 + 1024) * MIB, plan.workerHeapBytes());
        assertEquals((384 + 1024 + 150) * MIB, plan.workerFootprintBytes());
        // (14.4 GiB usable - 512 MiB) / 1558 MiB = 9.1
        assertEquals(9, plan.memoryBoundWorkers());
    }

    @Test
    void shouldGiveEachWorkerHeapForTheBacktestersCopyOfTheCandles()
    {
        // 100 pairs x 3 years of 5m: the kernel's interleaved copy alone is about 1 GB per worker
        final long rows = 100L * 315_360;
        final ResourcePlan plan = ResourceOptimizer.plan(profile(64, 64 * GIB, 64 * GIB, 0.0, 64 * GIB),
            ResourceRequest.auto(0, 1000).withCandleRows(rows));

        assertEquals(33, VectorizedBacktester.HEAP_BYTES_PER_ROW);
        assertEquals((384 + 256) * MIB + rows * 33, plan.workerHeapBytes());
        assertEquals(plan.workerHeapBytes() + 150 * MIB, plan.workerFootprintBytes());
    }

    @Test
    void shouldHonourAForcedHyperoptJobsWithAWarningWhenItExceedsTheCores()
    {
        final ResourcePlan plan = ResourceOptimizer.plan(profile(2, 24 * GIB, 23 * GIB, 0.0, 23 * GIB),
            ResourceRequest.auto(GIB, 100).withHyperoptJobs(6).withMaxInFlight(16).withForceJobs(true));

        assertEquals(6, plan.workers());
        assertTrue(hasReason(plan, Reason.Severity.WARNING, "workers", "hyperopt_jobs 6 exceeds the 2"),
            plan.reasons().toString());
    }

    @Test
    void shouldCapAFixedHyperoptJobsByCoresEpochsInFlightAndMemoryWithOneWarning()
    {
        final ResourcePlan cores = ResourceOptimizer.plan(profile(2, 24 * GIB, 23 * GIB, 0.0, 23 * GIB),
            ResourceRequest.auto(GIB, 30).withHyperoptJobs(1000).withMaxInFlight(16));
        assertEquals(2, cores.workers());
        assertTrue(hasReason(cores, Reason.Severity.WARNING, "workers", "-j/hyperopt_jobs 1000 capped to 2 (30 epochs, " +
            "at most 16 epochs in flight, 2 logical cores, memory for "), cores.reasons().toString());
        assertTrue(hasReason(cores, Reason.Severity.WARNING, "workers", "--force-jobs starts 1000"),
            cores.reasons().toString());

        final ResourcePlan inFlight = ResourceOptimizer.plan(profile(64, 256 * GIB, 250 * GIB, 0.0, 128 * GIB),
            ResourceRequest.auto(GIB, 1000).withHyperoptJobs(40).withMaxInFlight(16));
        assertEquals(16, inFlight.workers());

        // (4 GiB * 0.9 - 1 GiB data - 512 MiB) / (384 + 256 + 150 MiB per worker) = 2
        final ResourcePlan memory = ResourceOptimizer.plan(profile(16, 4 * GIB, 4 * GIB, 0.0, 4 * GIB),
            ResourceRequest.auto(GIB, 1000).withHyperoptJobs(8).withMaxInFlight(16));
        assertEquals(memory.memoryBoundWorkers(), memory.workers());
        assertTrue(memory.workers() < 8, memory.reasons().toString());
    }

    @Test
    void shouldCapAutomaticWorkersByTheEpochsInFlight()
    {
        final ResourcePlan plan = ResourceOptimizer.plan(profile(64, 256 * GIB, 250 * GIB, 0.0, 128 * GIB),
            ResourceRequest.auto(GIB, 1000).withMaxInFlight(16));
        assertEquals(16, plan.workers());
        assertTrue(hasReason(plan, Reason.Severity.INFO, "workers", "capped by 16 epochs in flight"),
            plan.reasons().toString());
    }

    @Test
    void shouldHonourAFixedHyperoptJobsBelowTheBoundsWithoutWarning()
    {
        final ResourcePlan plan = ResourceOptimizer.plan(
            profile(16, 64 * GIB, 60 * GIB, 0.0, 32 * GIB), ResourceRequest.auto(GIB, 100).withHyperoptJobs(3));

        assertEquals(3, plan.workers());
        assertFalse(plan.hasWarnings(), plan.reasons().toString());
    }

    @Test
    void shouldNotStartMoreWorkersThanEpochs()
    {
        final ResourcePlan plan = ResourceOptimizer.plan(
            profile(32, 128 * GIB, 120 * GIB, 0.0, 64 * GIB), ResourceRequest.auto(GIB, 5));

        assertEquals(5, plan.workers());
        assertTrue(hasReason(plan, Reason.Severity.INFO, "workers", "capped by 5 epochs"), plan.reasons().toString());
    }

    @Test
    void shouldCapAFixedHyperoptJobsByEpochs()
    {
        final ResourcePlan plan = ResourceOptimizer.plan(
            profile(8, 32 * GIB, 30 * GIB, 0.0, 16 * GIB), ResourceRequest.auto(GIB, 2).withHyperoptJobs(4));

        assertEquals(2, plan.workers());
    }

    @Test
    void shouldWarnWhenTheDataDoesNotFitInSharedMemory()
    {
        final ResourcePlan plan = ResourceOptimizer.plan(
            profile(4, 24 * GIB, 23 * GIB, 0.0, 4 * GIB), ResourceRequest.auto(10 * GIB, 100));

        assertTrue(hasReason(plan, Reason.Severity.WARNING, "memory", "use_shared_memory: false"),
            plan.reasons().toString());
        assertTrue(hasReason(plan, Reason.Severity.WARNING, "memory", "smaller timerange"),
            plan.reasons().toString());
    }

    @Test
    void shouldNotCheckSharedMemorySpaceWhenSharedMemoryIsOff()
    {
        final ResourcePlan plan = ResourceOptimizer.plan(
            profile(4, 24 * GIB, 23 * GIB, 0.0, 4 * GIB),
            ResourceRequest.auto(10 * GIB, 100).withUseSharedMemory(false));

        assertFalse(plan.hasWarnings(), plan.reasons().toString());
    }

    @Test
    void shouldWarnAndRunOneWorkerWhenTheDataExceedsAvailableMemory()
    {
        final ResourcePlan plan = ResourceOptimizer.plan(
            profile(8, 8 * GIB, 6 * GIB, 0.0, 8 * GIB), ResourceRequest.auto(7 * GIB, 100));

        assertEquals(1, plan.workers());
        assertTrue(hasReason(plan, Reason.Severity.WARNING, "memory", "exceeds the usable memory"),
            plan.reasons().toString());
        assertTrue(hasReason(plan, Reason.Severity.WARNING, "workers", "not even one worker"),
            plan.reasons().toString());
    }

    @Test
    void shouldCountTheSharedDataOnceWhateverTheWorkerCount()
    {
        final MachineProfile machine = profile(64, 32 * GIB, 32 * GIB, 0.0, 32 * GIB);
        final int withoutData = ResourceOptimizer.plan(machine, ResourceRequest.auto(0, 1000)).memoryBoundWorkers();
        final int withData = ResourceOptimizer.plan(machine, ResourceRequest.auto(8 * GIB, 1000)).memoryBoundWorkers();

        // 8 GiB of shared data displaces 8 GiB / 790 MiB = about 10 workers, not 8 GiB per worker.
        assertEquals(withoutData - 10, withData, withoutData + " vs " + withData);
    }

    @Test
    void shouldTreatAMissingLoadAverageAsIdle()
    {
        final ResourcePlan plan = ResourceOptimizer.plan(
            profile(4, 24 * GIB, 23 * GIB, -1.0, 23 * GIB), ResourceRequest.auto(0, 100));

        assertEquals(4, plan.cpuBoundWorkers());
        assertTrue(hasReason(plan, Reason.Severity.INFO, "workers", "unknown (0) load"), plan.reasons().toString());
    }

    @Test
    void shouldStartWithAShallowWindowForFewEpochsPerWorker()
    {
        final ResourcePlan plan = ResourceOptimizer.plan(
            profile(2, 24 * GIB, 23 * GIB, 0.0, 23 * GIB), ResourceRequest.auto(0, 100));

        assertEquals(2, plan.workers());
        assertEquals(2, plan.initialWindow());
        assertFalse(plan.windowFixed());
    }

    @Test
    void shouldStartWithADeeperWindowForManyEpochsPerWorker()
    {
        final ResourcePlan plan = ResourceOptimizer.plan(
            profile(2, 24 * GIB, 23 * GIB, 0.0, 23 * GIB), ResourceRequest.auto(0, 1000));

        assertEquals(4, plan.initialWindow());
    }

    @Test
    void shouldHonourAFixedBatchSize()
    {
        final ResourcePlan plan = ResourceOptimizer.plan(
            profile(2, 24 * GIB, 23 * GIB, 0.0, 23 * GIB), ResourceRequest.auto(0, 1000).withHyperoptBatchSize(7));

        assertEquals(7, plan.initialWindow());
        assertTrue(plan.windowFixed());
        assertEquals(7, plan.adaptWindow(100_000L));
    }
}
