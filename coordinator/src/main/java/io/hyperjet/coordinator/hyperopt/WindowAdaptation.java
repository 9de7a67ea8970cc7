package io.hyperjet.coordinator.hyperopt;

import java.util.Arrays;
import java.util.function.Consumer;

import io.hyperjet.coordinator.resources.ResourcePlan;
import io.hyperjet.shm.channel.EpochResult;

/**
 * Sets the scheduler's task window from the measured epoch cost, once: after the plan's first
 * {@link ResourcePlan#adaptAfterEpochs()} evaluated epochs, to {@link ResourcePlan#adaptWindow(long)} of their median
 * evaluation time, never above the most the sampler lag lets each worker hold. A window fixed by
 * {@code hyperopt_batch_size} stays. Only timing changes: which epochs are drawn, and their results, depend on the
 * seed and the lag alone.
 */
final class WindowAdaptation implements Consumer<EpochResult>
{
    private final ResourcePlan plan;
    private final EpochScheduler scheduler;
    private final int lagBound;
    private final long[] evalNanos;
    private int measured;

    /**
     * @param plan      the run's resource plan.
     * @param scheduler the scheduler whose window to set.
     * @param lagBound  the most tasks per worker the lag allows (lag / workers, at least 1).
     */
    WindowAdaptation(final ResourcePlan plan, final EpochScheduler scheduler, final int lagBound)
    {
        this.plan = plan;
        this.scheduler = scheduler;
        this.lagBound = Math.max(1, lagBound);
        this.evalNanos = new long[plan.adaptAfterEpochs()];
    }

    @Override
    public void accept(final EpochResult result)
    {
        if (measured >= evalNanos.length || result.failed())
        {
            return;
        }
        evalNanos[measured++] = result.evalNanos();
        if (measured == evalNanos.length)
        {
            final long[] sorted = evalNanos.clone();
            Arrays.sort(sorted);
            scheduler.window(Math.min(lagBound, plan.adaptWindow(sorted[sorted.length / 2])));
        }
    }

    /**
     * @return whether the window has been set from measurements (or never will be, when fixed).
     */
    boolean done()
    {
        return measured >= evalNanos.length;
    }
}
