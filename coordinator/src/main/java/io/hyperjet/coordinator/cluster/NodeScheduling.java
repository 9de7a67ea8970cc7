package io.hyperjet.coordinator.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.hyperjet.coordinator.hyperopt.EpochScheduler;
import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;

/**
 * The coordinator's batching of epochs over nodes, without the network: each ready node is one worker of the
 * {@link EpochScheduler} holding up to two batches; a batch's results are journaled and then given to the scheduler
 * as the node's; a node that is lost hands every epoch it held back, and the scheduler gives them to the next node
 * with room before any new epoch. Late results of a lost node are dropped by the scheduler (they carry its old id).
 * A node that holds batches and stays silent past its {@link NodeDeadline} is lost the same way.
 * <p>
 * Single-threaded: the coordinator's cluster loop owns it.
 */
final class NodeScheduling
{
    private final EpochScheduler scheduler;
    private final BatchSizer sizer;
    private final Consumer<EpochResult> journal;
    private final Consumer<String> report;
    private final NodeDeadline deadline;
    private int nextSchedulerId = 1;
    private int nodesLost;
    private long longestEpochNs;

    /**
     * Batching over a scheduler.
     *
     * @param scheduler the run's scheduler.
     * @param sizer     sizes batches.
     * @param journal   receives every result before the scheduler does.
     * @param report    receives one line per node lost.
     * @param deadline  how long a node holding batches may stay silent.
     */
    NodeScheduling(
        final EpochScheduler scheduler, final BatchSizer sizer, final Consumer<EpochResult> journal,
        final Consumer<String> report, final NodeDeadline deadline)
    {
        this.scheduler = scheduler;
        this.sizer = sizer;
        this.journal = journal;
        this.report = report;
        this.deadline = deadline;
    }

    /**
     * A node has the run and can take batches.
     *
     * @param node    the node.
     * @param workers its worker count.
     */
    void ready(final NodeLink node, final int workers)
    {
        node.state = NodeLink.State.READY;
        node.workers = workers;
        node.schedulerId = nextSchedulerId++;
    }

    /**
     * The batches to send a node now (none while it holds two), each counted as in flight.
     *
     * @param node       the node.
     * @param readyNodes the nodes sharing the lag.
     * @param nowNs      now, {@code System.nanoTime()}: a node sent work while it held none is timed from now.
     * @return the batches, possibly none.
     */
    List<List<EpochTask>> batchesFor(final NodeLink node, final int readyNodes, final long nowNs)
    {
        final List<List<EpochTask>> batches = new ArrayList<>();
        if (node.state != NodeLink.State.READY || node.batchesInFlight >= BatchSizer.BATCHES_IN_FLIGHT_PER_NODE)
        {
            return batches;
        }
        final int size = sizer.size(node.workers, readyNodes);
        final int free = BatchSizer.BATCHES_IN_FLIGHT_PER_NODE - node.batchesInFlight;
        // the scheduler's window caps what a worker holds: room for the free batches on top of what is out
        scheduler.window(node.epochsInFlight + free * size);
        final List<EpochTask> tasks = scheduler.tasksFor(node.schedulerId);
        if (0 == node.batchesInFlight && !tasks.isEmpty())
        {
            node.quietSinceNs = nowNs;
        }
        for (int from = 0; from < tasks.size(); from += size)
        {
            final List<EpochTask> batch = List.copyOf(tasks.subList(from, Math.min(tasks.size(), from + size)));
            batches.add(batch);
            node.batchesInFlight++;
            node.epochsInFlight += batch.size();
        }
        return batches;
    }

    /**
     * A batch came back.
     *
     * @param node        the node.
     * @param schedulerId the node's id when the batch was sent.
     * @param results     the node's results (its own worker ids).
     * @param nowNs       now: the node answered, so its next deadline counts from here.
     */
    void onBatchDone(final NodeLink node, final int schedulerId, final List<EpochResult> results, final long nowNs)
    {
        node.batchesInFlight--;
        node.quietSinceNs = nowNs;
        node.epochsInFlight -= results.size();
        node.epochsDone += results.size();
        for (final EpochResult r : results)
        {
            // the scheduler knows the node, not its workers: the result is the node's
            final EpochResult mine = new EpochResult(r.epoch(), schedulerId, r.failed(), r.loss(), r.evalNanos(),
                r.point(), r.paramsJson(), r.figures(), r.metricsJson(), r.extrasJson());
            journal.accept(mine);
            if (!r.failed())
            {
                sizer.onEpoch(r.evalNanos());
                longestEpochNs = Math.max(longestEpochNs, r.evalNanos());
            }
            scheduler.onResult(mine);
        }
    }

    /**
     * A batch failed: the node is given up on for this run (it left, or something on it broke).
     *
     * @param node        the node.
     * @param schedulerId the node's id when the batch was sent.
     * @param stillMember whether the node is still in the cluster.
     * @param why         the failure.
     */
    void onBatchFailed(final NodeLink node, final int schedulerId, final boolean stillMember, final Throwable why)
    {
        node.batchesInFlight--;
        if (node.state == NodeLink.State.GONE || node.schedulerId != schedulerId)
        {
            return;
        }
        lose(node, stillMember ? "failed a batch: " + ClusterMember.rootMessage(why) : "left the cluster");
    }

    /**
     * Gives up on every ready node that holds batches and has been silent past its deadline. Call once per cycle.
     *
     * @param nodes the run's nodes.
     * @param nowNs now, {@code System.nanoTime()}.
     * @return the nodes given up on now (the caller ends the run on them), possibly none.
     */
    List<NodeLink> expire(final Iterable<NodeLink> nodes, final long nowNs)
    {
        List<NodeLink> lost = List.of();
        for (final NodeLink node : nodes)
        {
            if (node.state != NodeLink.State.READY || 0 == node.batchesInFlight)
            {
                continue;
            }
            final long limitNs = deadline.limitNs(node.epochsInFlight, node.workers, longestEpochNs);
            if (nowNs - node.quietSinceNs > limitNs)
            {
                lose(node, "held batches without an answer for longer than " + deadline.describe(limitNs,
                    node.epochsInFlight, longestEpochNs) + ", so it gets no more work in this run");
                if (lost.isEmpty())
                {
                    lost = new ArrayList<>();
                }
                lost.add(node);
            }
        }
        return lost;
    }

    /**
     * Gives up on a node and hands its epochs back.
     *
     * @param node the node.
     * @param why  for the report line.
     */
    void lose(final NodeLink node, final String why)
    {
        final NodeLink.State was = node.state;
        node.state = NodeLink.State.GONE;
        nodesLost++;
        final int handedBack = was == NodeLink.State.READY ? scheduler.onWorkerLost(node.schedulerId) : 0;
        report.accept("cluster: node " + node.name + " " + why + "; " + handedBack +
            (1 == handedBack ? " epoch" : " epochs") + " handed out again");
    }

    int nodesLost()
    {
        return nodesLost;
    }
}
