package io.hyperjet.coordinator.cluster;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hyperjet.coordinator.hyperopt.EpochScheduler;
import io.hyperjet.coordinator.hyperopt.LaggedSource;
import io.hyperjet.shm.channel.EpochFigures;
import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NodeSchedulingTest
{
    private final List<EpochResult> committed = new ArrayList<>();
    private final List<EpochResult> journaled = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    @Test
    void shouldSplitTheNodesRoomIntoTwoBatchesAndSendMoreOnlyWhenOneComesBack()
    {
        final EpochScheduler scheduler = scheduler(100, 64);
        final NodeScheduling scheduling = new NodeScheduling(scheduler, new BatchSizer(200, 64), journaled::add,
            lines::add);
        final NodeLink node = node("a");
        scheduling.ready(node, 3);

        final List<List<EpochTask>> first = scheduling.batchesFor(node, 1);
        assertEquals(2, first.size());
        assertEquals(List.of(1L, 2L, 3L), epochs(first.get(0)));
        assertEquals(List.of(4L, 5L, 6L), epochs(first.get(1)));
        assertTrue(scheduling.batchesFor(node, 1).isEmpty(), "a third batch while two are out");

        scheduling.onBatchDone(node, node.schedulerId, results(first.get(0), 7));
        assertEquals(List.of(1L, 2L, 3L), epochs(committed));
        final List<List<EpochTask>> next = scheduling.batchesFor(node, 1);
        assertEquals(1, next.size(), "a node holds two batches at most");
        assertEquals(7L, next.get(0).get(0).epoch());
        assertTrue(scheduling.batchesFor(node, 1).isEmpty(), "a third batch while two are out");
        // the node's results are journaled as the node's, not its worker's
        assertEquals(node.schedulerId, journaled.get(0).workerId());
    }

    @Test
    void shouldHandALostNodesEpochsToAnotherNodeAndIgnoreItsLateResults()
    {
        final EpochScheduler scheduler = scheduler(12, 64);
        final NodeScheduling scheduling = new NodeScheduling(scheduler, new BatchSizer(200, 64), journaled::add,
            lines::add);
        final NodeLink a = node("a");
        final NodeLink b = node("b");
        scheduling.ready(a, 2);
        scheduling.ready(b, 2);
        final List<List<EpochTask>> held = scheduling.batchesFor(a, 2);
        assertEquals(List.of(1L, 2L), epochs(held.get(0)));
        final List<List<EpochTask>> bBatches = scheduling.batchesFor(b, 2);
        assertEquals(List.of(5L, 6L), epochs(bBatches.get(0)));

        final int aId = a.schedulerId;
        scheduling.onBatchFailed(a, aId, false, new IllegalStateException("member left"));
        assertEquals(NodeLink.State.GONE, a.state);
        assertEquals("cluster: node a left the cluster; 4 epochs handed out again", lines.get(0));
        assertTrue(scheduling.batchesFor(a, 1).isEmpty(), "a lost node got work");

        scheduling.onBatchDone(b, b.schedulerId, results(bBatches.get(0), 1));
        scheduling.onBatchDone(b, b.schedulerId, results(bBatches.get(1), 1));
        final List<List<EpochTask>> takeOver = scheduling.batchesFor(b, 1);
        final List<EpochTask> flat = new ArrayList<>();
        takeOver.forEach(flat::addAll);
        assertEquals(List.of(1L, 2L, 3L, 4L), epochs(flat.subList(0, 4)), "handed-back epochs first");

        // a's answer arrives after all: dropped, b's count
        scheduling.onBatchDone(a, aId, results(held.get(0), 99));
        assertTrue(committed.isEmpty());
        for (final List<EpochTask> batch : takeOver)
        {
            scheduling.onBatchDone(b, b.schedulerId, results(batch, 1));
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L), epochs(committed));
        assertTrue(scheduler.isDone());
        for (final EpochResult r : committed)
        {
            assertEquals(1.0, r.loss(), "epoch " + r.epoch() + " came from the lost node");
        }
        assertEquals(1, scheduling.nodesLost());
    }

    @Test
    void shouldNotHandBackForANodeThatNeverGotWork()
    {
        final EpochScheduler scheduler = scheduler(12, 64);
        final NodeScheduling scheduling = new NodeScheduling(scheduler, new BatchSizer(200, 64), journaled::add,
            lines::add);
        final NodeLink shipping = node("s");
        scheduling.lose(shipping, "left the cluster");
        assertEquals("cluster: node s left the cluster; 0 epochs handed out again", lines.get(0));
    }

    private EpochScheduler scheduler(final long epochs, final int lag)
    {
        return new EpochScheduler(new LaggedSource(lag, epochs), 1, epochs, 1, committed::add);
    }

    private static NodeLink node(final String name)
    {
        return new NodeLink(null, name);
    }

    private static List<EpochResult> results(final List<EpochTask> tasks, final double loss)
    {
        final List<EpochResult> out = new ArrayList<>();
        for (final EpochTask t : tasks)
        {
            // a node's worker id, which the coordinator must replace with the node's
            out.add(new EpochResult(t.epoch(), 42, false, loss, 1_000_000, t.point(), t.paramsJson(),
                EpochFigures.NONE, null, "{}"));
        }
        return out;
    }

    private static List<Long> epochs(final List<?> items)
    {
        final List<Long> out = new ArrayList<>();
        for (final Object o : items)
        {
            out.add(o instanceof EpochTask t ? t.epoch() : ((EpochResult)o).epoch());
        }
        return out;
    }
}
