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
    private static final NodeDeadline DEADLINE = new NodeDeadline(1.0);
    private static final long S = 1_000_000_000L;

    private final List<EpochResult> committed = new ArrayList<>();
    private final List<EpochResult> journaled = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private EpochScheduler scheduler;
    private NodeScheduling scheduling;
    private NodeLink a;
    private NodeLink b;
    private List<List<EpochTask>> held;
    private List<List<EpochTask>> bBatches;

    @Test
    void shouldSplitTheNodesRoomIntoTwoBatchesAndSendMoreOnlyWhenOneComesBack()
    {
        final EpochScheduler scheduler = scheduler(100, 64);
        final NodeScheduling scheduling = scheduling(scheduler);
        final NodeLink node = node("a");
        scheduling.ready(node, 3);

        final List<List<EpochTask>> first = scheduling.batchesFor(node, 1, 0);
        assertEquals(2, first.size());
        assertEquals(List.of(1L, 2L, 3L), epochs(first.get(0)));
        assertEquals(List.of(4L, 5L, 6L), epochs(first.get(1)));
        assertTrue(scheduling.batchesFor(node, 1, 0).isEmpty(), "a third batch while two are out");

        scheduling.onBatchDone(node, node.schedulerId, results(first.get(0), 7), 0);
        assertEquals(List.of(1L, 2L, 3L), epochs(committed));
        final List<List<EpochTask>> next = scheduling.batchesFor(node, 1, 0);
        assertEquals(1, next.size(), "a node holds two batches at most");
        assertEquals(7L, next.get(0).get(0).epoch());
        assertTrue(scheduling.batchesFor(node, 1, 0).isEmpty(), "a third batch while two are out");
        // the node's results are journaled as the node's, not its worker's
        assertEquals(node.schedulerId, journaled.get(0).workerId());
    }

    @Test
    void shouldHandALostNodesEpochsToAnotherNodeAndIgnoreItsLateResults()
    {
        twoBusyNodes();
        assertEquals(List.of(5L, 6L), epochs(bBatches.get(0)));

        final int aId = a.schedulerId;
        scheduling.onBatchFailed(a, aId, false, new IllegalStateException("member left"));
        assertEquals(NodeLink.State.GONE, a.state);
        assertEquals("cluster: node a left the cluster; 4 epochs handed out again", lines.get(0));
        assertTrue(scheduling.batchesFor(a, 1, 0).isEmpty(), "a lost node got work");

        scheduling.onBatchDone(b, b.schedulerId, results(bBatches.get(0), 1), 0);
        scheduling.onBatchDone(b, b.schedulerId, results(bBatches.get(1), 1), 0);
        final List<List<EpochTask>> takeOver = scheduling.batchesFor(b, 1, 0);
        final List<EpochTask> flat = new ArrayList<>();
        takeOver.forEach(flat::addAll);
        assertEquals(List.of(1L, 2L, 3L, 4L), epochs(flat.subList(0, 4)), "handed-back epochs first");

        // a's answer arrives after all: dropped, b's count
        scheduling.onBatchDone(a, aId, results(held.get(0), 99), 0);
        assertTrue(committed.isEmpty());
        for (final List<EpochTask> batch : takeOver)
        {
            scheduling.onBatchDone(b, b.schedulerId, results(batch, 1), 0);
        }
        assertTrue(scheduler.isDone());
        assertEveryEpochOnceFromTheOtherNode();
    }

    @Test
    void shouldNotHandBackForANodeThatNeverGotWork()
    {
        final EpochScheduler scheduler = scheduler(12, 64);
        final NodeScheduling scheduling = scheduling(scheduler);
        final NodeLink shipping = node("s");
        scheduling.lose(shipping, "left the cluster");
        assertEquals("cluster: node s left the cluster; 0 epochs handed out again", lines.get(0));
    }

    @Test
    void shouldGiveUpOnANodeSilentPastItsDeadlineAndHandItsEpochsToAnother()
    {
        twoBusyNodes();
        // b answers at 1 s: epochs of 1 ms measured, so a's limit is 2 rounds x 20 ms + 2 x max(1 s, 20 ms) + 120 s
        scheduling.onBatchDone(b, b.schedulerId, results(bBatches.get(0), 1), S);
        final long limitNs = 2 * 20_000_000L + 2 * S + 120 * S;
        assertEquals(limitNs, DEADLINE.limitNs(4, 2, 1_000_000L));

        assertTrue(scheduling.expire(List.of(a, b), limitNs).isEmpty(), "a was given up on at its limit");
        assertEquals(NodeLink.State.READY, a.state);
        final int aId = a.schedulerId;
        assertEquals(List.of(a), scheduling.expire(List.of(a, b), limitNs + 1));
        assertEquals(NodeLink.State.GONE, a.state);
        assertEquals(List.of("cluster: node a held batches without an answer for longer than 122.0 s (4 epochs held, " +
            "longest epoch 1 ms, worker_timeout_s 1.0 s), so it gets no more work in this run; 4 epochs handed out " +
            "again"), lines);
        assertTrue(scheduling.expire(List.of(a), 10 * limitNs).isEmpty(), "a node is given up on once");
        assertTrue(scheduling.batchesFor(a, 1, limitNs).isEmpty(), "a lost node got work");

        // b takes a's epochs first; a's late answer is dropped; every epoch is committed once, in order, from b
        scheduling.onBatchDone(b, b.schedulerId, results(bBatches.get(1), 1), limitNs);
        scheduling.onBatchDone(a, aId, results(held.get(0), 99), limitNs);
        long nowNs = limitNs;
        while (!scheduler.isDone())
        {
            final List<List<EpochTask>> batches = scheduling.batchesFor(b, 1, nowNs);
            assertTrue(!batches.isEmpty() || b.batchesInFlight > 0, "b got no work while epochs were left");
            for (final List<EpochTask> batch : batches)
            {
                scheduling.onBatchDone(b, b.schedulerId, results(batch, 1), ++nowNs);
            }
        }
        assertEveryEpochOnceFromTheOtherNode();
    }

    @Test
    void shouldTimeANodeFromItsLastAnswerNotFromItsOldestBatch()
    {
        final EpochScheduler scheduler = scheduler(100, 64);
        final NodeScheduling scheduling = scheduling(scheduler);
        final NodeLink a = node("a");
        scheduling.ready(a, 1);
        final List<List<EpochTask>> first = scheduling.batchesFor(a, 1, 0);
        assertEquals(2, first.size());
        // the second batch answers at 100 s while the first is still out: the node is alive
        scheduling.onBatchDone(a, a.schedulerId, results(first.get(1), 1), 100 * S);
        final long limitNs = DEADLINE.limitNs(a.epochsInFlight, 1, 1_000_000L);
        assertTrue(scheduling.expire(List.of(a), 100 * S + limitNs).isEmpty(), "timed from the older batch");
        assertEquals(1, scheduling.expire(List.of(a), 100 * S + limitNs + 1).size());
    }

    @Test
    void shouldNotTimeANodeThatHoldsNoBatch()
    {
        final EpochScheduler scheduler = scheduler(2, 64);
        final NodeScheduling scheduling = scheduling(scheduler);
        final NodeLink a = node("a");
        scheduling.ready(a, 2);
        final List<List<EpochTask>> batches = scheduling.batchesFor(a, 1, 0);
        for (final List<EpochTask> batch : batches)
        {
            scheduling.onBatchDone(a, a.schedulerId, results(batch, 1), S);
        }
        assertTrue(scheduler.isDone());
        assertTrue(scheduling.expire(List.of(a), 1_000_000 * S).isEmpty(), "an idle node was given up on");
    }

    /** Twelve epochs; nodes a and b of two workers each hold two batches of two: a 1-2 and 3-4, b 5-6 and 7-8. */
    private void twoBusyNodes()
    {
        scheduler = scheduler(12, 64);
        scheduling = scheduling(scheduler);
        a = node("a");
        b = node("b");
        scheduling.ready(a, 2);
        scheduling.ready(b, 2);
        held = scheduling.batchesFor(a, 2, 0);
        assertEquals(List.of(1L, 2L), epochs(held.get(0)));
        bBatches = scheduling.batchesFor(b, 2, 0);
    }

    private NodeScheduling scheduling(final EpochScheduler on)
    {
        return new NodeScheduling(on, new BatchSizer(200, 64), journaled::add, lines::add, DEADLINE);
    }

    /** Twelve epochs committed in order, each with loss 1 (the lost node answers 99), one node lost. */
    private void assertEveryEpochOnceFromTheOtherNode()
    {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L), epochs(committed));
        for (final EpochResult r : committed)
        {
            assertEquals(1.0, r.loss(), "epoch " + r.epoch() + " came from the lost node");
        }
        assertEquals(1, scheduling.nodesLost());
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
