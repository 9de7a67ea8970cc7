package io.hyperjet.coordinator.hyperopt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.hyperjet.shm.channel.EpochFigures;
import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EpochSchedulerTest
{
    private static EpochResult resultOf(final EpochTask task, final int workerId)
    {
        return new EpochResult(task.epoch(), workerId, false, task.epoch(), 0, task.point(), "{}", EpochFigures.NONE,
            "{}", "{}");
    }

    @Test
    void shouldCommitInEpochOrderWhateverOrderResultsArrive()
    {
        final LaggedSource source = new LaggedSource(6, Long.MAX_VALUE);
        final List<Long> committed = new ArrayList<>();
        final EpochScheduler scheduler = new EpochScheduler(source, 1, 100, 3, r -> committed.add(r.epoch()));
        final Random random = new Random(42);
        final List<EpochTask> inFlight = new ArrayList<>();
        final List<Integer> holders = new ArrayList<>();
        while (!scheduler.isDone())
        {
            for (int worker = 0; worker < 2; worker++)
            {
                for (final EpochTask task : scheduler.tasksFor(worker))
                {
                    inFlight.add(task);
                    holders.add(worker);
                }
            }
            assertFalse(inFlight.isEmpty(), "scheduler starved with " + committed.size() + " committed");
            final int pick = random.nextInt(inFlight.size());
            assertTrue(scheduler.onResult(resultOf(inFlight.remove(pick), holders.remove(pick))));
        }
        assertEquals(100, committed.size());
        for (int i = 0; i < committed.size(); i++)
        {
            assertEquals(i + 1, committed.get(i));
        }
        assertEquals(committed, source.toldOrder());
    }

    @Test
    void shouldHandBackEpochsOfLostWorkerBeforeNewOnes()
    {
        final LaggedSource source = new LaggedSource(100, Long.MAX_VALUE);
        final List<Long> committed = new ArrayList<>();
        final EpochScheduler scheduler = new EpochScheduler(source, 1, 10, 2, r -> committed.add(r.epoch()));
        final List<EpochTask> first = scheduler.tasksFor(7);
        assertEquals(List.of(1L, 2L), first.stream().map(EpochTask::epoch).toList());
        assertEquals(2, scheduler.onWorkerLost(7));
        final List<EpochTask> second = scheduler.tasksFor(8);
        assertEquals(List.of(1L, 2L), second.stream().map(EpochTask::epoch).toList());
        assertFalse(scheduler.onResult(resultOf(first.get(0), 7)), "a lost worker's late result must be ignored");
        assertTrue(scheduler.onResult(resultOf(second.get(0), 8)));
        assertEquals(List.of(1L), committed);
    }

    @Test
    void shouldIgnoreDuplicateResult()
    {
        final LaggedSource source = new LaggedSource(100, Long.MAX_VALUE);
        final EpochScheduler scheduler = new EpochScheduler(source, 1, 10, 2, r -> { });
        final EpochTask task = scheduler.tasksFor(1).get(0);
        assertTrue(scheduler.onResult(resultOf(task, 1)));
        assertFalse(scheduler.onResult(resultOf(task, 1)));
        assertEquals(1, scheduler.committed());
    }

    @Test
    void shouldFinishEarlyWhenStoppedAfterEpoch()
    {
        final LaggedSource source = new LaggedSource(100, Long.MAX_VALUE);
        final List<Long> committed = new ArrayList<>();
        final EpochScheduler scheduler = new EpochScheduler(source, 1, 100, 5, r -> committed.add(r.epoch()));
        final List<EpochTask> tasks = scheduler.tasksFor(1);
        scheduler.stopAfter(3);
        for (int i = tasks.size() - 1; i >= 0; i--)
        {
            scheduler.onResult(resultOf(tasks.get(i), 1));
        }
        assertTrue(scheduler.isDone());
        assertEquals(List.of(1L, 2L, 3L), committed);
        assertTrue(scheduler.tasksFor(1).isEmpty());
    }

    @Test
    void shouldEndWhenSourceIsExhaustedAndAllCommitted()
    {
        final LaggedSource source = new LaggedSource(100, 4);
        final List<Long> committed = new ArrayList<>();
        final EpochScheduler scheduler = new EpochScheduler(source, 1, 100, 10, r -> committed.add(r.epoch()));
        final List<EpochTask> tasks = scheduler.tasksFor(1);
        assertEquals(4, tasks.size());
        assertFalse(scheduler.isDone());
        tasks.forEach(t -> scheduler.onResult(resultOf(t, 1)));
        assertTrue(scheduler.isDone());
        assertEquals(4, committed.size());
    }

    @Test
    void shouldResumeFromGivenEpoch()
    {
        final LaggedSource source = new LaggedSource(100, Long.MAX_VALUE);
        source.asked = 5;
        source.told = 5;
        final List<Long> committed = new ArrayList<>();
        final EpochScheduler scheduler = new EpochScheduler(source, 6, 8, 10, r -> committed.add(r.epoch()));
        final List<EpochTask> tasks = scheduler.tasksFor(1);
        assertEquals(List.of(6L, 7L, 8L), tasks.stream().map(EpochTask::epoch).toList());
        tasks.forEach(t -> scheduler.onResult(resultOf(t, 1)));
        assertTrue(scheduler.isDone());
        assertEquals(List.of(6L, 7L, 8L), committed);
    }
    @Test
    void shouldRefillExactlyTheRoomResultsFreeAndAskNothingForAFullWindow()
    {
        final LaggedSource source = new LaggedSource(100, Long.MAX_VALUE);
        final EpochScheduler scheduler = new EpochScheduler(source, 1, 100, 3, r -> { });
        final List<EpochTask> first = scheduler.tasksFor(1);
        assertEquals(List.of(1L, 2L, 3L), first.stream().map(EpochTask::epoch).toList());
        assertTrue(scheduler.tasksFor(1).isEmpty());
        assertEquals(3, source.asked, "a full window must not draw epochs");
        assertEquals(List.of(4L), scheduler.tasksFor(2).stream().limit(1).map(EpochTask::epoch).toList());
        assertTrue(scheduler.onResult(resultOf(first.get(1), 1)));
        assertEquals(List.of(7L), scheduler.tasksFor(1).stream().map(EpochTask::epoch).toList());
        // a window shrunk below what a worker holds gives it nothing until it is below the new window
        scheduler.window(1);
        assertTrue(scheduler.onResult(resultOf(first.get(0), 1)));
        assertTrue(scheduler.tasksFor(1).isEmpty());
        assertTrue(scheduler.onResult(resultOf(first.get(2), 1)));
        assertEquals(4, scheduler.outstanding(), "worker 2 holds 4, 5 and 6, worker 1 holds 7");
        assertTrue(scheduler.tasksFor(1).isEmpty());
    }
}
