package io.hyperjet.coordinator.cluster;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;

/**
 * {@code hyperjet cluster-status}: joins the cluster briefly as a lite member and prints every member, and for each
 * node its workers, runs, shared memory and epochs done.
 */
public final class ClusterStatus
{
    private static final long ANSWER_TIMEOUT_SECONDS = 10;

    private ClusterStatus()
    {
    }

    /**
     * Prints the status.
     *
     * @param cluster the settings.
     * @param out     where.
     * @return the number of nodes that answered.
     */
    public static int print(final ClusterConfig cluster, final PrintWriter out)
    {
        final HazelcastInstance instance = ClusterMember.start(cluster.asCoordinator(), ClusterMember.ROLE_STATUS);
        try
        {
            final IExecutorService executor = instance.getExecutorService(ClusterMember.EXECUTOR_NAME);
            final ObjectMapper mapper = new ObjectMapper();
            final HostFilter hosts = HostFilter.of(cluster);
            int nodes = 0;
            out.printf(Locale.ROOT, "Cluster %s: %d members%n", cluster.clusterName(),
                instance.getCluster().getMembers().size() - 1);
            for (final Member m : instance.getCluster().getMembers())
            {
                if (m.localMember())
                {
                    continue;
                }
                final String role = m.getAttribute(ClusterMember.ROLE_ATTRIBUTE);
                final boolean allowed = hosts.allows(m.getAddress().getHost());
                if (!ClusterMember.ROLE_NODE.equals(role) || !allowed)
                {
                    out.printf(Locale.ROOT, "  %-21s %s%s%n", ClusterMember.name(m), null == role ? "unknown" : role,
                        allowed ? "" : " (host not listed in " + cluster.file() + ": gets no work)");
                    continue;
                }
                try
                {
                    final Future<String> answer = executor.submitToMember(new NodeTasks.Status(), m);
                    final JsonNode s = mapper.readTree(answer.get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS));
                    nodes++;
                    out.printf(Locale.ROOT, "  %-21s node, pid %d, %d workers per run, %d epochs done, %d runs%n",
                        ClusterMember.name(m), s.path("pid").asLong(), s.path("workers_per_run").asInt(),
                        s.path("epochs_done").asLong(), s.path("runs").size());
                    for (final JsonNode r : s.path("runs"))
                    {
                        out.printf(Locale.ROOT, "    run %s: %d live workers, %d epochs, %.1f MB shared memory " +
                            "in %s%n", r.path("key").asText(), r.path("live_workers").asInt(),
                            r.path("epochs_done").asLong(), r.path("shared_memory_bytes").asLong() / 1e6,
                            r.path("directory").asText());
                    }
                }
                catch (final Exception ex)
                {
                    out.printf(Locale.ROOT, "  %-21s node, no answer (%s)%n", ClusterMember.name(m),
                        ClusterMember.rootMessage(ex));
                }
            }
            if (0 == nodes)
            {
                out.printf(Locale.ROOT, "No node answered through %s; start 'hyperjet node -c %s' on the member " +
                    "machines%n", cluster.members(), cluster.file());
            }
            out.flush();
            return nodes;
        }
        finally
        {
            instance.shutdown();
        }
    }
}
