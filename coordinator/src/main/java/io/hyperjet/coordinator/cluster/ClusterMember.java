package io.hyperjet.coordinator.cluster;

import java.util.ArrayList;
import java.util.List;

import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import io.hyperjet.common.UserInputException;

/**
 * Starts this process's Hazelcast member from a {@link ClusterConfig}: TCP-IP join through the listed members only
 * (no multicast, no cloud discovery), listening on the configured address alone, phone-home and logging off, and a
 * failure detector tuned so a dead node is noticed within seconds. Hazelcast is the control plane only: no data
 * structure of it holds candles or results.
 */
public final class ClusterMember
{
    /** The member attribute saying what a member is: {@link #ROLE_NODE}, {@link #ROLE_COORDINATOR} or a status probe. */
    public static final String ROLE_ATTRIBUTE = "hyperjet.role";
    public static final String ROLE_NODE = "node";
    public static final String ROLE_COORDINATOR = "coordinator";
    public static final String ROLE_STATUS = "status";
    /** The executor every Hyperjet task runs on; its threads block while a batch runs on the node's workers. */
    public static final String EXECUTOR_NAME = "hyperjet";
    private static final int EXECUTOR_THREADS = 64;
    /** Seconds without a heartbeat before a member is declared dead (Hazelcast's default is 60). */
    public static final int MAX_NO_HEARTBEAT_SECONDS = 6;

    private ClusterMember()
    {
    }

    /**
     * Starts a member and joins the cluster.
     *
     * @param cluster the settings.
     * @param role    what this member is; nodes are data members, the others lite members.
     * @return the running instance.
     */
    public static HazelcastInstance start(final ClusterConfig cluster, final String role)
    {
        quietStatics();
        final Config config = config(cluster, role);
        try
        {
            return Hazelcast.newHazelcastInstance(config);
        }
        catch (final RuntimeException ex)
        {
            throw new UserInputException(cluster.file() + ": cannot start a cluster member on " + cluster.bind() +
                ":" + cluster.port() + " (" + rootMessage(ex) + ")", ex);
        }
    }

    /**
     * The Hazelcast configuration of a member (separate so tests can check it without starting one).
     *
     * @param cluster the settings.
     * @param role    the member's role.
     * @return the configuration.
     */
    public static Config config(final ClusterConfig cluster, final String role)
    {
        final Config config = new Config();
        config.setClusterName(cluster.wireName());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "none");
        // our own shutdown path closes the member after the runs; Hazelcast's hook would race it
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", Integer.toString(MAX_NO_HEARTBEAT_SECONDS));
        // nothing is stored in partitions: few of them keep joins and leaves cheap
        config.setProperty("hazelcast.partition.count", "7");
        // members that started apart (a node up before any other member was) find each other within seconds
        config.setProperty("hazelcast.merge.first.run.delay.seconds", "10");
        config.setProperty("hazelcast.merge.next.run.delay.seconds", "10");
        config.setProperty("hazelcast.jmx", "false");
        config.setLiteMember(!ROLE_NODE.equals(role));
        config.getMemberAttributeConfig().setAttribute(ROLE_ATTRIBUTE, role);
        config.getExecutorConfig(EXECUTOR_NAME).setPoolSize(EXECUTOR_THREADS).setStatisticsEnabled(false);

        final NetworkConfig network = config.getNetworkConfig();
        network.setPort(cluster.port()).setPortAutoIncrement(false);
        // Listen on the bind address alone. Not through Hazelcast's interfaces list: with it enabled, the TCP-IP
        // joiner also drops every listed member outside those interfaces, i.e. every other machine.
        config.setProperty("hazelcast.local.localAddress", HostFilter.resolve(cluster.file(), "bind", cluster.bind()));
        final JoinConfig join = network.getJoin();
        join.getAutoDetectionConfig().setEnabled(false);
        // Hazelcast takes one join method: multicast where the network allows it, else the member list
        join.getMulticastConfig().setEnabled(cluster.multicast());
        join.getTcpIpConfig().setEnabled(!cluster.multicast()).setMembers(new ArrayList<>(cluster.members()))
            .setConnectionTimeoutSeconds(2);
        return config;
    }

    /**
     * The nodes of the cluster that may take part: data members with the node role on a listed host.
     *
     * @param instance this member.
     * @param hosts    the cluster's allowed hosts.
     * @return the nodes, in cluster order.
     */
    static List<Member> nodes(final HazelcastInstance instance, final HostFilter hosts)
    {
        final List<Member> nodes = new ArrayList<>();
        for (final Member m : instance.getCluster().getMembers())
        {
            if (!m.isLiteMember() && ROLE_NODE.equals(m.getAttribute(ROLE_ATTRIBUTE)) &&
                hosts.allows(m.getAddress().getHost()))
            {
                nodes.add(m);
            }
        }
        return nodes;
    }

    /**
     * A member as people read it.
     *
     * @param member the member.
     * @return {@code host:port}.
     */
    public static String name(final Member member)
    {
        return member.getAddress().getHost() + ":" + member.getAddress().getPort();
    }

    /*
     * Hazelcast reads a few settings from system properties before any Config exists (its static loggers); set the
     * quiet ones unless the user chose otherwise.
     */
    private static void quietStatics()
    {
        if (null == System.getProperty("hazelcast.logging.type"))
        {
            System.setProperty("hazelcast.logging.type", "none");
        }
        if (null == System.getProperty("hazelcast.phone.home.enabled"))
        {
            System.setProperty("hazelcast.phone.home.enabled", "false");
        }
    }

    static String rootMessage(final Throwable ex)
    {
        Throwable t = ex;
        while (null != t.getCause() && t.getCause() != t)
        {
            t = t.getCause();
        }
        return null == t.getMessage() ? t.getClass().getSimpleName() : t.getMessage();
    }
}
