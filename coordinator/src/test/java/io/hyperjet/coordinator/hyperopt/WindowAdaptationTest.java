package io.hyperjet.coordinator.hyperopt;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hyperjet.coordinator.resources.ResourcePlan;
import io.hyperjet.shm.channel.EpochFigures;
import io.hyperjet.shm.channel.EpochResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The task window adapts to the measured epoch cost after the plan's first epochs, as the plan's reasons say, for
 * local workers too: it stayed at its initial value for the whole run before.
 */
class WindowAdaptationTest
{
    private static final long MS = 1_000_000L;

    private static ResourcePlan plan(final int workers, final int initialWindow, final boolean fixed)
    {
        return new ResourcePlan(workers, workers, workers, initialWindow, fixed, 5 * MS, 1L << 28, 1L << 29,
            List.of());
    }

    private static EpochResult result(final long epoch, final long evalNanos, final boolean failed)
    {
        return new EpochResult(epoch, 0, failed, 1.0, evalNanos, new double[0], "{}", EpochFigures.NONE, null, "{}");
    }

    private static EpochScheduler scheduler(final int window)
    {
        return new EpochScheduler(new LaggedSource(6, Long.MAX_VALUE), 1, 100, window, r -> { });
    }

    @Test
    void shouldSetTheWindowFromTheMedianOfTheFirstEpochs()
    {
        final ResourcePlan plan = plan(2, 4, false);
        final EpochScheduler scheduler = scheduler(4);
        final WindowAdaptation adaptation = new WindowAdaptation(plan, scheduler, 8);
        // 4 epochs measured (two per worker); a failed one does not count
        final long[] nanos = {40 * MS, 6 * MS, 7 * MS, 6 * MS};
        adaptation.accept(result(1, 1, true));
        for (int i = 0; i < nanos.length; i++)
        {
            assertFalse(adaptation.done());
            assertEquals(4, scheduler.window(), "before the measurements are in");
            adaptation.accept(result(i + 2, nanos[i], false));
        }
        assertTrue(adaptation.done());
        assertEquals(plan.adaptWindow(7 * MS), scheduler.window());
        assertEquals(2, scheduler.window(), "a 7 ms epoch covers the 5 ms round trip with one queued task");
        adaptation.accept(result(9, 1, false));
        assertEquals(2, scheduler.window(), "set once");
    }

    @Test
    void shouldKeepAWindowFixedByTheBatchSizeAndStayWithinTheLag()
    {
        final EpochScheduler fixed = scheduler(4);
        final WindowAdaptation keep = new WindowAdaptation(plan(1, 4, true), fixed, 16);
        for (int i = 1; i <= 3; i++)
        {
            keep.accept(result(i, MS / 100, false));
        }
        assertEquals(4, fixed.window());

        final EpochScheduler fast = scheduler(2);
        final WindowAdaptation bounded = new WindowAdaptation(plan(2, 2, false), fast, 5);
        for (int i = 1; i <= 4; i++)
        {
            bounded.accept(result(i, MS / 100, false));
        }
        assertEquals(5, fast.window(), "10 us epochs want 16 queued tasks, the lag allows 5 per worker");
    }
}
