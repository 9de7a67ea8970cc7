package io.hyperjet.coordinator.hyperopt;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.hyperjet.shm.channel.EpochFigures;
import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The watch's rules on a clock the test drives: start-up, heartbeat and epoch limits, and the epoch limit growing
 * with the measured epochs.
 */
class WorkerWatchTest
{
    private static final long S = TimeUnit.SECONDS.toNanos(1);

    @Test
    void shouldGiveUpOnWorkerThatNeverStarts()
    {
        final WorkerWatch watch = new WorkerWatch(30);
        watch.onSpawned(1, 0);
        assertTrue(watch.check(150 * S - 1).isEmpty(), "start-up may take 5 x worker_timeout_s");
        final List<WorkerWatch.Verdict> verdicts = watch.check(150 * S + 1);
        assertEquals(1, verdicts.size());
        assertTrue(verdicts.get(0).reason().startsWith("did not start within 150.0 s"), verdicts.get(0).reason());
        assertNull(verdicts.get(0).stuckTask());
        final WorkerWatch small = new WorkerWatch(2);
        small.onSpawned(1, 0);
        assertTrue(small.check(120 * S - 1).isEmpty(), "start-up may take at least 120 s");
        assertEquals(1, small.check(120 * S + 1).size());
    }

    @Test
    void shouldGiveUpOnWorkerWhoseHeartbeatStops()
    {
        final WorkerWatch watch = new WorkerWatch(2);
        watch.onSpawned(1, 0);
        watch.onHeartbeat(1, 1, S);
        watch.onHeartbeat(1, 2, 2 * S);
        watch.onHeartbeat(1, 2, 3 * S);
        assertTrue(watch.check(4 * S).isEmpty());
        final List<WorkerWatch.Verdict> verdicts = watch.check(4 * S + 1);
        assertEquals(1, verdicts.size());
        assertTrue(verdicts.get(0).reason().startsWith("stopped answering: no heartbeat for 2.0 s"),
            verdicts.get(0).reason());
    }

    @Test
    void shouldTimeTheOldestHeldEpochFromTheResultBeforeIt()
    {
        final WorkerWatch watch = new WorkerWatch(1);
        watch.onSpawned(1, 0);
        watch.onHeartbeat(1, 1, 0);
        watch.onSent(1, task(1), 0);
        watch.onSent(1, task(2), 0);
        watch.onResult(result(1, 1, S / 10), S / 10);
        // measured: 0.1 s, so the limit is max(1 s, 20 x 0.1 s) = 2 s from the result of epoch 1
        assertEquals(2 * S, watch.epochLimitNs());
        beat(watch, 1, 2 * S + S / 10);
        assertTrue(watch.check(2 * S + S / 10).isEmpty());
        beat(watch, 1, 2 * S + S / 5);
        final List<WorkerWatch.Verdict> verdicts = watch.check(2 * S + S / 5);
        assertEquals(1, verdicts.size());
        assertEquals(2, verdicts.get(0).stuckTask().epoch());
        assertTrue(verdicts.get(0).reason().startsWith("held epoch 2 for 2.1 s, over the limit of 2.0 s"),
            verdicts.get(0).reason());
    }

    @Test
    void shouldBlameAStoppedHeartbeatNotTheEpochWhenBothLimitsPass()
    {
        // a SIGSTOP-ped worker: its epoch began at 0.1 s, its last beat was seen at 0.9 s, both limits are 3 s
        final WorkerWatch watch = new WorkerWatch(3);
        watch.onSpawned(1, 0);
        watch.onHeartbeat(1, 1, 0);
        watch.onSent(1, task(1), 0);
        watch.onSent(1, task(2), 0);
        watch.onResult(result(1, 1, S / 100), S / 10);
        watch.onHeartbeat(1, 2, S - S / 10);
        assertTrue(watch.check(3 * S + S / 5).isEmpty(), "held 3.1 s, but only 0.8 s of it while running");
        final List<WorkerWatch.Verdict> verdicts = watch.check(4 * S);
        assertEquals(1, verdicts.size());
        assertTrue(verdicts.get(0).reason().startsWith("stopped answering: no heartbeat for 3.1 s"),
            verdicts.get(0).reason());
        assertNull(verdicts.get(0).stuckTask());
    }

    @Test
    void shouldAllowLongerWhileNothingIsMeasuredAndNotCountStartUp()
    {
        final WorkerWatch watch = new WorkerWatch(1);
        watch.onSpawned(1, 0);
        watch.onSent(1, task(1), 0);
        assertEquals(5 * S, watch.epochLimitNs());
        watch.onHeartbeat(1, 1, 4 * S);
        beat(watch, 1, 9 * S);
        assertTrue(watch.check(9 * S).isEmpty(), "the epoch's clock starts when the worker is ready, at 4 s");
        beat(watch, 1, 9 * S + S / 2);
        assertEquals(1, watch.check(9 * S + S / 2).size());
    }

    @Test
    void shouldFailAnEpochOnItsSecondHangOnly()
    {
        final WorkerWatch watch = new WorkerWatch(1);
        assertFalse(watch.hungOnceMore(7));
        assertFalse(watch.hungOnceMore(8));
        assertTrue(watch.hungOnceMore(7));
    }

    @Test
    void shouldForgetGoneWorkers()
    {
        final WorkerWatch watch = new WorkerWatch(1);
        watch.onSpawned(1, 0);
        watch.onGone(1);
        assertTrue(watch.check(100 * S).isEmpty());
    }

    private static void beat(final WorkerWatch watch, final int id, final long nowNs)
    {
        watch.onHeartbeat(id, nowNs, nowNs);
    }

    private static EpochTask task(final long epoch)
    {
        return new EpochTask(epoch, new double[] {epoch}, "{}");
    }

    private static EpochResult result(final long epoch, final int workerId, final long evalNanos)
    {
        return new EpochResult(epoch, workerId, false, 1.0, evalNanos, new double[] {epoch}, "{}", EpochFigures.NONE,
            "{}", "{}");
    }
}
