package io.hyperjet.coordinator.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.hyperjet.common.UserInputException;

/**
 * The addresses allowed to take part in a cluster: those of the hosts in {@code members} and of {@code bind}. Names
 * work (as in a compose file) and are compared as the addresses Hazelcast reports; a name that does not resolve yet
 * (a member not started) is looked up again, at most every {@link #RETRY_NS} nanoseconds, when an unknown address
 * shows up.
 * <p>
 * Thread-safe.
 */
final class HostFilter
{
    private static final long RETRY_NS = TimeUnit.SECONDS.toNanos(2);

    private final List<String> hosts;
    private Set<String> addresses;
    private long resolvedAtNs;

    private HostFilter(final List<String> hosts)
    {
        this.hosts = hosts;
        resolveNow();
    }

    /**
     * The filter of a cluster; {@code bind} must resolve (it is this process's own address).
     *
     * @param cluster the settings.
     * @return the filter.
     */
    static HostFilter of(final ClusterConfig cluster)
    {
        resolve(cluster.file(), "bind", cluster.bind());
        final List<String> hosts = new ArrayList<>();
        hosts.add(cluster.bind());
        for (final String member : cluster.members())
        {
            hosts.add(ClusterConfig.hostOf(member));
        }
        return new HostFilter(List.copyOf(hosts));
    }

    /**
     * Whether a member's host address may take part.
     *
     * @param host the address Hazelcast reports.
     * @return true when it is one of the listed hosts.
     */
    synchronized boolean allows(final String host)
    {
        // Hazelcast reports a member by the name it was listed with when names are used
        if (hosts.contains(host) || addresses.contains(host))
        {
            return true;
        }
        if (System.nanoTime() - resolvedAtNs > RETRY_NS)
        {
            resolveNow();
        }
        return addresses.contains(host);
    }

    /**
     * One address for a configured host, for listening on.
     *
     * @param file the cluster file, for the message.
     * @param key  the key, for the message.
     * @param host a name or address.
     * @return the address.
     */
    static String resolve(final Path file, final String key, final String host)
    {
        try
        {
            return InetAddress.getByName(host).getHostAddress();
        }
        catch (final UnknownHostException ex)
        {
            throw new UserInputException(file + ": '" + key + "' host " + host + " is unknown", ex);
        }
    }

    private void resolveNow()
    {
        final Set<String> out = new HashSet<>();
        for (final String host : hosts)
        {
            try
            {
                for (final InetAddress a : InetAddress.getAllByName(host))
                {
                    out.add(a.getHostAddress());
                }
            }
            catch (final UnknownHostException ex)
            {
                // not started yet (a container's name appears with it); looked up again when needed
            }
        }
        addresses = Set.copyOf(out);
        resolvedAtNs = System.nanoTime();
    }
}
