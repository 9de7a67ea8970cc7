package io.hyperjet.coordinator.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import io.hyperjet.common.UserInputException;

/**
 * The addresses allowed to take part in a cluster: those of the hosts in {@code members} and of {@code bind},
 * resolved once (names work, as in a compose file, and are compared as the addresses Hazelcast reports).
 */
final class HostFilter
{
    private final Set<String> addresses;

    private HostFilter(final Set<String> addresses)
    {
        this.addresses = addresses;
    }

    /**
     * Resolves a cluster's hosts.
     *
     * @param cluster the settings.
     * @return the filter.
     */
    static HostFilter of(final ClusterConfig cluster)
    {
        final Set<String> addresses = new HashSet<>();
        addresses.addAll(resolveAll(cluster.file(), "bind", cluster.bind()));
        for (final String member : cluster.members())
        {
            addresses.addAll(resolveAll(cluster.file(), "members", ClusterConfig.hostOf(member)));
        }
        return new HostFilter(Set.copyOf(addresses));
    }

    /**
     * Whether a member's host address may take part.
     *
     * @param host the address Hazelcast reports.
     * @return true when listed.
     */
    boolean allows(final String host)
    {
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

    private static Set<String> resolveAll(final Path file, final String key, final String host)
    {
        final Set<String> out = new HashSet<>();
        try
        {
            for (final InetAddress a : InetAddress.getAllByName(host))
            {
                out.add(a.getHostAddress());
            }
        }
        catch (final UnknownHostException ex)
        {
            throw new UserInputException(file + ": '" + key + "' host " + host + " is unknown", ex);
        }
        return out;
    }
}
