package io.hyperjet.coordinator.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

import io.hyperjet.common.UserInputException;
import io.hyperjet.coordinator.hyperopt.EpochScheduler;
import io.hyperjet.coordinator.hyperopt.ShutdownSignal;
import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;
import io.hyperjet.shm.channel.ResultJournal;

/**
 * Runs a hyperopt's epochs on cluster nodes instead of local workers, behind the same {@link EpochScheduler}: each
 * node is one "worker" of the scheduler, fed batches of epochs; results come back to this thread, go to the run's
 * journal and to the scheduler, which commits them in epoch order exactly as with local workers. So the same seed
 * and lag give the same epochs, and {@code --resume}, {@code hyperopt-list} and {@code hyperopt-show} see an
 * ordinary run.
 * <p>
 * Nodes are found among the cluster's members at every cycle: a node that joins mid-run is shipped the run's data
 * and then gets batches; a node that leaves or fails hands its unfinished epochs back to the scheduler, which gives
 * them to the next node with room. Single-threaded except for shipping and Hazelcast's callbacks, which only queue.
 */
public final class ClusterExecutor implements AutoCloseable
{
    private static final long CLOSE_WAIT_MS = 5_000;
    private static final int MAX_SHIP_ATTEMPTS = 3;
    private static final long SHIP_RETRY_NS = TimeUnit.SECONDS.toNanos(5);

    private final ClusterConfig cluster;
    private final HostFilter hosts;
    private final Consumer<String> report;
    private final HazelcastInstance instance;
    private final IExecutorService executor;
    private final String runKey;
    private final UUID self;
    private final RunShipment shipment;
    private final NodeDeadline deadline;
    private final ExecutorService shippers = Executors.newFixedThreadPool(2, r ->
    {
        final Thread t = new Thread(r, "hyperjet-cluster-ship");
        t.setDaemon(true);
        return t;
    });
    private final Map<UUID, NodeLink> nodes = new LinkedHashMap<>();
    private final Map<UUID, Integer> shipAttempts = new HashMap<>();
    private final Map<UUID, Long> retryAtNs = new HashMap<>();
    private final ConcurrentLinkedQueue<Runnable> events = new ConcurrentLinkedQueue<>();
    private final IdleStrategy idle = new BackoffIdleStrategy(
        10, 20, TimeUnit.MICROSECONDS.toNanos(10), TimeUnit.MILLISECONDS.toNanos(1));
    private NodeScheduling scheduling;
    private boolean saidWaiting;

    /**
     * Joins the cluster as the run's coordinator.
     *
     * @param cluster the settings.
     * @param runDir  the run's published shared-memory directory (metadata and segments to ship).
     * @param spec    the run spec the nodes' workers read (paths are rewritten on each node).
     * @param runName the run's name, part of the key nodes know the run by.
     * @param report  receives one line per node event.
     * @param workerTimeoutSeconds the run's {@code worker_timeout_s}, which bounds how long a node may hold batches.
     */
    public ClusterExecutor(
        final ClusterConfig cluster, final Path runDir, final Path spec, final String runName,
        final Consumer<String> report, final double workerTimeoutSeconds)
    {
        this.cluster = cluster;
        this.hosts = HostFilter.of(cluster);
        this.report = report;
        this.shipment = RunShipment.of(runDir, spec);
        this.deadline = new NodeDeadline(workerTimeoutSeconds);
        this.instance = ClusterMember.start(cluster.asCoordinator(), ClusterMember.ROLE_COORDINATOR);
        this.executor = instance.getExecutorService(ClusterMember.EXECUTOR_NAME);
        this.self = instance.getCluster().getLocalMember().getUuid();
        this.runKey = runName + "@" + self;
    }

    /**
     * Runs until the scheduler is done or a shutdown is requested.
     *
     * @param scheduler the run's scheduler.
     * @param journal   the run's journal; every result is appended before the scheduler sees it.
     * @param shutdown  polled for Ctrl-C / SIGTERM.
     * @param tick      called every cycle (progress).
     * @param lag       the run's lag, which caps the epochs in flight.
     * @return true when every epoch was committed.
     */
    public boolean run(
        final EpochScheduler scheduler, final ResultJournal journal, final ShutdownSignal shutdown,
        final Runnable tick, final int lag)
    {
        final long startNs = System.nanoTime();
        try (ResultJournal.Appender appender = journal.appender())
        {
            scheduling = new NodeScheduling(scheduler, new BatchSizer(cluster.batchTargetMs(), lag),
                appender::append, report, deadline);
            while (!scheduler.isDone())
            {
                if (shutdown.requested() || Thread.currentThread().isInterrupted())
                {
                    return false;
                }
                int work = findNodes();
                Runnable event;
                while (null != (event = events.poll()))
                {
                    event.run();
                    work++;
                }
                work += sendBatches();
                work += endRunOn(scheduling.expire(nodes.values(), System.nanoTime()));
                checkWaiting(startNs);
                tick.run();
                idle.idle(work);
            }
            return true;
        }
    }

    /**
     * Nodes given up on during the run (left, died, or failed a batch).
     *
     * @return the count.
     */
    public int nodesLost()
    {
        return null == scheduling ? 0 : scheduling.nodesLost();
    }

    /** Ends the run on every node, then leaves the cluster. Idempotent. */
    @Override
    public void close()
    {
        shippers.shutdownNow();
        final List<Future<Boolean>> closing = new ArrayList<>();
        for (final NodeLink node : nodes.values())
        {
            if (node.state != NodeLink.State.GONE)
            {
                try
                {
                    closing.add(executor.submitToMember(new NodeTasks.Close(runKey), node.member));
                }
                catch (final RuntimeException ex)
                {
                    // the node is gone or the instance is shutting down; the node ends the run when we leave
                }
            }
        }
        final long deadlineMs = System.currentTimeMillis() + CLOSE_WAIT_MS;
        for (final Future<Boolean> f : closing)
        {
            try
            {
                f.get(Math.max(1, deadlineMs - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            }
            catch (final Exception ex)
            {
                // a node that does not answer ends the run itself when this member leaves
            }
        }
        nodes.clear();
        try
        {
            instance.shutdown();
        }
        catch (final RuntimeException ex)
        {
            // already down
        }
    }

    /*
     * New nodes start shipping; nodes no longer members are lost.
     */
    private int findNodes()
    {
        int work = 0;
        final Set<UUID> present = new HashSet<>();
        for (final Member m : ClusterMember.nodes(instance, hosts))
        {
            present.add(m.getUuid());
            final Long retryAt = retryAtNs.get(m.getUuid());
            if (null != retryAt && System.nanoTime() > retryAt)
            {
                retryAtNs.remove(m.getUuid());
                nodes.remove(m.getUuid());
            }
            if (!nodes.containsKey(m.getUuid()))
            {
                final NodeLink node = new NodeLink(m);
                nodes.put(m.getUuid(), node);
                ship(node);
                work++;
            }
        }
        for (final NodeLink node : nodes.values())
        {
            if (node.state != NodeLink.State.GONE && !present.contains(node.member.getUuid()))
            {
                scheduling.lose(node, "left the cluster");
                work++;
            }
        }
        return work;
    }

    private void ship(final NodeLink node)
    {
        shippers.execute(() ->
        {
            final long startNs = System.nanoTime();
            try
            {
                final int workers = shipment.shipTo(executor, node.member, runKey, self);
                final double seconds = (System.nanoTime() - startNs) / 1e9;
                events.add(() -> onShipped(node, workers, seconds));
            }
            catch (final Exception ex)
            {
                events.add(() -> onShipFailed(node, ex));
            }
        });
    }

    private void onShipped(final NodeLink node, final int workers, final double seconds)
    {
        if (node.state != NodeLink.State.SHIPPING)
        {
            return;
        }
        scheduling.ready(node, workers);
        saidWaiting = false;
        report.accept(String.format(java.util.Locale.ROOT, "cluster: node %s ready: %.1f MB shipped in %.2f s, " +
            "%d workers", node.name, shipment.bytes() / 1e6, seconds, workers));
    }

    private void onShipFailed(final NodeLink node, final Exception ex)
    {
        if (node.state == NodeLink.State.GONE)
        {
            return;
        }
        node.state = NodeLink.State.GONE;
        final int attempts = shipAttempts.merge(node.member.getUuid(), 1, Integer::sum);
        final boolean retry = attempts < MAX_SHIP_ATTEMPTS;
        if (retry)
        {
            // forgotten after a pause, so the next look at the members ships to it again
            retryAtNs.put(node.member.getUuid(), System.nanoTime() + SHIP_RETRY_NS);
        }
        report.accept("cluster: node " + node.name + " could not take the run (" + ClusterMember.rootMessage(ex) +
            (retry ? "); trying again in " + TimeUnit.NANOSECONDS.toSeconds(SHIP_RETRY_NS) + " s" :
            "); it gets no work"));
    }

    private int sendBatches()
    {
        int ready = 0;
        for (final NodeLink node : nodes.values())
        {
            ready += node.state == NodeLink.State.READY ? 1 : 0;
        }
        int sent = 0;
        for (final NodeLink node : nodes.values())
        {
            for (final List<EpochTask> batch : scheduling.batchesFor(node, ready, System.nanoTime()))
            {
                submit(node, batch);
                sent++;
            }
        }
        return sent;
    }

    private void submit(final NodeLink node, final List<EpochTask> tasks)
    {
        final int schedulerId = node.schedulerId;
        final NodeTasks.RunBatch batch = new NodeTasks.RunBatch(runKey, BatchCodec.encodeTasks(tasks));
        try
        {
            executor.submitToMember(batch, node.member, new ExecutionCallback<byte[]>()
            {
                @Override
                public void onResponse(final byte[] response)
                {
                    final List<EpochResult> results = BatchCodec.decodeResults(response);
                    events.add(() -> scheduling.onBatchDone(node, schedulerId, results, System.nanoTime()));
                }

                @Override
                public void onFailure(final Throwable t)
                {
                    events.add(() -> onBatchFailed(node, schedulerId, t));
                }
            });
        }
        catch (final RuntimeException ex)
        {
            events.add(() -> onBatchFailed(node, schedulerId, ex));
        }
    }

    /*
     * Nodes given up on while still members: ending the run there stops their workers and frees their shared memory;
     * whatever they answer later is ignored.
     */
    private int endRunOn(final List<NodeLink> lost)
    {
        for (final NodeLink node : lost)
        {
            try
            {
                executor.submitToMember(new NodeTasks.Close(runKey), node.member);
            }
            catch (final RuntimeException ex)
            {
                // the node left meanwhile: it has no run of ours to end
            }
        }
        return lost.size();
    }

    private void onBatchFailed(final NodeLink node, final int schedulerId, final Throwable t)
    {
        scheduling.onBatchFailed(node, schedulerId, instance.getCluster().getMembers().contains(node.member), t);
    }

    private void checkWaiting(final long startNs)
    {
        for (final NodeLink node : nodes.values())
        {
            if (node.state != NodeLink.State.GONE)
            {
                return;
            }
        }
        final boolean everHadOne = !nodes.isEmpty();
        if (!everHadOne && System.nanoTime() - startNs > TimeUnit.SECONDS.toNanos(cluster.waitForNodesSeconds()))
        {
            throw new UserInputException(cluster.file() + ": no hyperjet node of cluster '" + cluster.clusterName() +
                "' joined through " + cluster.members() + " within " + cluster.waitForNodesSeconds() + " s; start " +
                "'hyperjet node -c " + cluster.file() + "' on the member machines");
        }
        if (!saidWaiting)
        {
            saidWaiting = true;
            report.accept("cluster: waiting for a node to join (" + cluster.members() + ")");
        }
    }
}
