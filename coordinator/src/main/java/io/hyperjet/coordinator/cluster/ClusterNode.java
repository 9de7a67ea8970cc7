package io.hyperjet.coordinator.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;

import io.hyperjet.shm.run.RunFiles;

/**
 * This process as a cluster node: a Hazelcast member that receives runs from coordinators, builds each in its own
 * shared memory and evaluates their batches on local worker JVMs ({@link NodeRun}). A run ends when its coordinator
 * closes it or leaves the cluster (dies), which stops its workers and removes its shared memory, so a dead
 * coordinator leaves the node idle and clean.
 * <p>
 * One node per JVM: the tasks coordinators send find it through {@link #current()}.
 */
public final class ClusterNode implements AutoCloseable
{
    private static final long MEMBERSHIP_WAIT_SECONDS = 10;
    private static volatile ClusterNode current;

    private final ClusterConfig cluster;
    private final HostFilter hosts;
    private final HazelcastInstance instance;
    private final Path shmRoot;
    private final int workers;
    private final Consumer<String> log;
    private final Map<String, NodeRun> runs = new ConcurrentHashMap<>();
    private final AtomicLong epochsDone = new AtomicLong();
    private final UUID listener;

    private ClusterNode(
        final ClusterConfig cluster, final HazelcastInstance instance, final Path shmRoot, final int workers,
        final Consumer<String> log)
    {
        this.cluster = cluster;
        this.hosts = HostFilter.of(cluster);
        this.instance = instance;
        this.shmRoot = shmRoot;
        this.workers = workers;
        this.log = log;
        this.listener = instance.getCluster().addMembershipListener(new MembershipListener()
        {
            @Override
            public void memberAdded(final MembershipEvent event)
            {
            }

            @Override
            public void memberRemoved(final MembershipEvent event)
            {
                onMemberLeft(event.getMember());
            }
        });
    }

    /**
     * Joins the cluster as a node.
     *
     * @param cluster the settings.
     * @param shmRoot where this node's runs go.
     * @param workers worker JVMs per run.
     * @param log     receives the node's log lines.
     * @return the node.
     */
    public static ClusterNode start(
        final ClusterConfig cluster, final Path shmRoot, final int workers, final Consumer<String> log)
    {
        if (null != current)
        {
            throw new IllegalStateException("this JVM is a cluster node already");
        }
        final HazelcastInstance instance = ClusterMember.start(cluster, ClusterMember.ROLE_NODE);
        final ClusterNode node = new ClusterNode(cluster, instance, shmRoot, workers, log);
        current = node;
        return node;
    }

    /**
     * The node of this JVM, for the tasks coordinators send.
     *
     * @return the node.
     */
    static ClusterNode current()
    {
        final ClusterNode node = current;
        if (null == node)
        {
            throw new IllegalStateException("this member is not a hyperjet node");
        }
        return node;
    }

    /**
     * This node's address as members see it.
     *
     * @return {@code host:port}.
     */
    public String address()
    {
        return ClusterMember.name(instance.getCluster().getLocalMember());
    }

    /**
     * Worker JVMs each run gets on this node.
     *
     * @return the count.
     */
    public int workers()
    {
        return workers;
    }

    /**
     * Epochs this node has evaluated, over all runs since it started.
     *
     * @return the count.
     */
    public long epochsDone()
    {
        return epochsDone.get();
    }

    /**
     * The run a coordinator is shipping, created on its first file.
     *
     * @param key         the run key.
     * @param coordinator the coordinator member.
     * @return the run.
     */
    NodeRun runFor(final String key, final UUID coordinator)
    {
        checkCoordinator(coordinator);
        return runs.computeIfAbsent(key, k ->
        {
            log.accept("run " + k + ": receiving data from coordinator " + coordinator);
            return NodeRun.create(k, coordinator, shmRoot, log, epochsDone);
        });
    }

    /**
     * A run that was opened.
     *
     * @param key the run key.
     * @return the run.
     */
    NodeRun run(final String key)
    {
        final NodeRun run = runs.get(key);
        if (null == run)
        {
            throw new IllegalStateException("run " + key + " is not on node " + address());
        }
        return run;
    }

    ClusterConfig cluster()
    {
        return cluster;
    }

    /**
     * Ends a run: stops its workers, removes its shared memory.
     *
     * @param key the run key.
     * @param why for the log line.
     */
    void end(final String key, final String why)
    {
        final NodeRun run = runs.remove(key);
        if (null != run)
        {
            run.close();
            log.accept("run " + key + " ended (" + why + "): " + run.epochsDone() + " epochs done here; " +
                "workers stopped, shared memory removed");
        }
    }

    /**
     * What {@code cluster-status} shows of this node, as JSON.
     *
     * @return the status.
     */
    String status()
    {
        final ObjectNode status = new ObjectMapper().createObjectNode();
        status.put("address", address());
        status.put("pid", ProcessHandle.current().pid());
        status.put("workers_per_run", workers);
        status.put("epochs_done", epochsDone.get());
        status.put("shared_memory_root", shmRoot.toString());
        final ArrayNode list = status.putArray("runs");
        for (final NodeRun run : List.copyOf(runs.values()))
        {
            final ObjectNode r = list.addObject();
            r.put("key", run.key());
            r.put("live_workers", run.liveWorkers());
            r.put("epochs_done", run.epochsDone());
            r.put("shared_memory_bytes", RunFiles.sizeOf(run.directory()));
            r.put("directory", run.directory().toString());
        }
        return status.toString();
    }

    /** Ends every run, then leaves the cluster. Idempotent. */
    @Override
    public void close()
    {
        for (final String key : new ArrayList<>(runs.keySet()))
        {
            end(key, "node stopping");
        }
        try
        {
            instance.getCluster().removeMembershipListener(listener);
            instance.shutdown();
        }
        catch (final RuntimeException ex)
        {
            // already shut down
        }
        if (current == this)
        {
            current = null;
        }
    }

    private void onMemberLeft(final Member member)
    {
        for (final NodeRun run : List.copyOf(runs.values()))
        {
            if (run.coordinator().equals(member.getUuid()))
            {
                end(run.key(), "coordinator " + ClusterMember.name(member) + " left the cluster");
            }
        }
    }

    /*
     * Work is taken only from a coordinator that is a current member on a listed host: the cluster name keeps out
     * members without the secret, this keeps out members on other hosts that have it.
     */
    private void checkCoordinator(final UUID coordinator)
    {
        // a coordinator sends its first file as soon as it sees this node; this node may learn of it a moment later
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(MEMBERSHIP_WAIT_SECONDS);
        while (true)
        {
            for (final Member m : instance.getCluster().getMembers())
            {
                if (m.getUuid().equals(coordinator))
                {
                    if (!ClusterMember.ROLE_COORDINATOR.equals(m.getAttribute(ClusterMember.ROLE_ATTRIBUTE)) ||
                        !hosts.allows(m.getAddress().getHost()))
                    {
                        throw new IllegalStateException("member " + ClusterMember.name(m) + " is not an allowed " +
                            "coordinator of cluster " + cluster.clusterName());
                    }
                    return;
                }
            }
            if (System.nanoTime() > deadlineNs)
            {
                throw new IllegalStateException("coordinator " + coordinator + " is not a member of the cluster");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
