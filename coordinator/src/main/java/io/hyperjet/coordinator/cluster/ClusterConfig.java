package io.hyperjet.coordinator.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.hyperjet.common.UserInputException;

/**
 * The settings of one Hyperjet cluster, read from {@code cluster.json}; every node, coordinator and
 * {@code cluster-status} of the cluster reads the same file:
 * <pre>
 * {
 *   "cluster_name": "research",
 *   "secret": "a long random string, the same on every machine",
 *   "members": ["10.0.0.11:5701", "10.0.0.12:5701"],
 *   "bind": "10.0.0.11",          (optional, default 127.0.0.1: the address this process listens on)
 *   "port": 5701,                 (optional, default 5701: the port a node listens on)
 *   "coordinator_port": 0,        (optional, default 0 = any free port: the port a coordinator listens on)
 *   "node_workers": -1,           (optional: worker JVMs per node, -1 = one per core)
 *   "worker_heap_mb": 0,          (optional: -Xmx of each node's workers, 0 = JVM default)
 *   "batch_target_ms": 200,       (optional: how long one batch of epochs should take on a node)
 *   "wait_for_nodes_seconds": 60, (optional: how long a coordinator waits for its first node)
 *   "multicast": false            (optional: join by multicast instead of the member list, where the network allows)
 * }
 * </pre>
 * Only the listed hosts take part: the cluster name on the wire is derived from the name and the secret, so a member
 * without the secret is refused at join, and work and data go only to members whose host is listed.
 *
 * @param file                where it was read from, for messages.
 * @param clusterName         the cluster's name.
 * @param secret              the shared secret.
 * @param members             the member addresses ({@code host:port}) to join through.
 * @param bind                the address this process listens on.
 * @param port                the port this process listens on.
 * @param coordinatorPort     the port a coordinator or status probe listens on, 0 for any free one.
 * @param nodeWorkers         worker JVMs per node, -1 for one per core.
 * @param workerHeapMb        -Xmx of node workers in MiB, 0 for the JVM default.
 * @param batchTargetMs       target duration of one batch of epochs on a node.
 * @param waitForNodesSeconds how long a coordinator waits for its first node.
 * @param multicast           join by multicast (members still restrict who takes part) instead of TCP-IP.
 */
public record ClusterConfig(
    Path file,
    String clusterName,
    String secret,
    List<String> members,
    String bind,
    int port,
    int coordinatorPort,
    int nodeWorkers,
    long workerHeapMb,
    long batchTargetMs,
    long waitForNodesSeconds,
    boolean multicast)
{
    /** The smallest secret accepted: shorter ones are guessed too easily. */
    public static final int MIN_SECRET_LENGTH = 16;
    public static final String BIND_DEFAULT = "127.0.0.1";
    public static final int PORT_DEFAULT = 5701;
    public static final long BATCH_TARGET_MS_DEFAULT = 200;
    public static final long WAIT_FOR_NODES_SECONDS_DEFAULT = 60;
    private static final Set<String> KEYS = Set.of("cluster_name", "secret", "members", "bind", "port", "coordinator_port",
        "node_workers", "worker_heap_mb", "batch_target_ms", "wait_for_nodes_seconds", "multicast");

    /**
     * Reads and checks a cluster file; any problem is one line naming the file and the key.
     *
     * @param file the cluster.json.
     * @return the settings.
     */
    public static ClusterConfig read(final Path file)
    {
        if (!Files.isRegularFile(file))
        {
            throw new UserInputException(file + ": cluster file not found");
        }
        final JsonNode root;
        try
        {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        }
        catch (final IOException ex)
        {
            throw new UserInputException(file + ": cannot read the cluster file: " + ex.getMessage(), ex);
        }
        return parse(file, root);
    }

    /**
     * Checks a parsed cluster file.
     *
     * @param file the file name for messages.
     * @param root its JSON.
     * @return the settings.
     */
    public static ClusterConfig parse(final Path file, final JsonNode root)
    {
        if (null == root || !root.isObject())
        {
            throw new UserInputException(file + ": a cluster file is a JSON object");
        }
        for (final Iterator<String> it = root.fieldNames(); it.hasNext(); )
        {
            final String key = it.next();
            if (!KEYS.contains(key))
            {
                throw new UserInputException(file + ": unknown key '" + key + "' (known: " +
                    String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        final String name = text(file, root, "cluster_name", null);
        if (null == name || name.isBlank())
        {
            throw new UserInputException(file + ": 'cluster_name' is required");
        }
        final String secret = text(file, root, "secret", null);
        if (null == secret || secret.length() < MIN_SECRET_LENGTH)
        {
            throw new UserInputException(file + ": 'secret' must be at least " + MIN_SECRET_LENGTH +
                " characters" + (null == secret ? "" : ", was " + secret.length()));
        }
        final JsonNode list = root.path("members");
        if (!list.isArray() || list.isEmpty())
        {
            throw new UserInputException(file + ": 'members' must be a non-empty list of \"host:port\"");
        }
        final List<String> members = new ArrayList<>();
        for (final JsonNode m : list)
        {
            final String address = m.asText("");
            if (!m.isTextual() || hostOf(address).isEmpty() || portOf(address) < 1 || portOf(address) > 65535)
            {
                throw new UserInputException(file + ": 'members' entry " + m + " is not \"host:port\"");
            }
            members.add(address);
        }
        final String bind = text(file, root, "bind", BIND_DEFAULT);
        return new ClusterConfig(file, name, secret, List.copyOf(members), bind,
            (int)number(file, root, "port", PORT_DEFAULT, 1, 65535),
            (int)number(file, root, "coordinator_port", 0, 0, 65535),
            (int)number(file, root, "node_workers", -1, -1, 1024),
            number(file, root, "worker_heap_mb", 0, 0, 1 << 20),
            number(file, root, "batch_target_ms", BATCH_TARGET_MS_DEFAULT, 1, 600_000),
            number(file, root, "wait_for_nodes_seconds", WAIT_FOR_NODES_SECONDS_DEFAULT, 0, 86_400),
            bool(file, root, "multicast"));
    }

    /**
     * The same settings listening elsewhere (the {@code node} command's {@code --bind} and {@code --port}).
     *
     * @param bind the address, or null to keep.
     * @param port the port, or 0 to keep.
     * @return the settings.
     */
    public ClusterConfig listeningOn(final String bind, final int port)
    {
        return new ClusterConfig(file, clusterName, secret, members, null == bind ? this.bind : bind,
            0 == port ? this.port : port, coordinatorPort, nodeWorkers, workerHeapMb, batchTargetMs,
            waitForNodesSeconds, multicast);
    }

    /**
     * The settings a coordinator or status probe listens with: {@code coordinator_port} instead of the node port, so
     * it can run on a node's machine.
     *
     * @return the settings.
     */
    public ClusterConfig asCoordinator()
    {
        return new ClusterConfig(file, clusterName, secret, members, bind, coordinatorPort, coordinatorPort,
            nodeWorkers, workerHeapMb, batchTargetMs, waitForNodesSeconds, multicast);
    }

    /**
     * The name members present at join: the cluster name and a digest of the secret, so a member without the secret
     * is refused by Hazelcast's join check. The digest crosses the network in clear text (see docs/cluster.md).
     *
     * @return the wire name.
     */
    public String wireName()
    {
        try
        {
            final MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("hyperjet-cluster\0" + clusterName + "\0" + secret).getBytes(StandardCharsets.UTF_8));
            return clusterName + "-" + HexFormat.of().formatHex(sha.digest(), 0, 16);
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }

    static String hostOf(final String address)
    {
        final int colon = address.lastIndexOf(':');
        return colon < 0 ? "" : address.substring(0, colon);
    }

    static int portOf(final String address)
    {
        final int colon = address.lastIndexOf(':');
        try
        {
            return colon < 0 ? -1 : Integer.parseInt(address.substring(colon + 1));
        }
        catch (final NumberFormatException ex)
        {
            return -1;
        }
    }

    private static String text(final Path file, final JsonNode root, final String key, final String fallback)
    {
        final JsonNode v = root.get(key);
        if (null == v || v.isNull())
        {
            return fallback;
        }
        if (!v.isTextual())
        {
            throw new UserInputException(file + ": '" + key + "' must be a string, was " + v);
        }
        return v.asText();
    }

    private static boolean bool(final Path file, final JsonNode root, final String key)
    {
        final JsonNode v = root.get(key);
        if (null == v || v.isNull())
        {
            return false;
        }
        if (!v.isBoolean())
        {
            throw new UserInputException(file + ": '" + key + "' must be true or false, was " + v);
        }
        return v.asBoolean();
    }

    private static long number(
        final Path file, final JsonNode root, final String key, final long fallback, final long min, final long max)
    {
        final JsonNode v = root.get(key);
        if (null == v || v.isNull())
        {
            return fallback;
        }
        if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max)
        {
            throw new UserInputException(file + ": '" + key + "' must be a whole number from " + min + " to " + max +
                ", was " + v);
        }
        return v.asLong();
    }

    @Override
    public String toString()
    {
        // never print the secret
        return "ClusterConfig[" + file + ", " + clusterName + ", members=" + members + ", bind=" + bind + ":" + port +
            "]";
    }
}
