package io.hyperjet.coordinator.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two real members on 127.0.0.1: the same secret joins them, another secret keeps them apart.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ClusterMemberTest
{
    static final String SECRET = "0123456789abcdef-test-secret";

    @Test
    void shouldJoinWithTheSameSecretAndRefuseAnother() throws Exception
    {
        final int nodePort = freePort();
        final int samePort = freePort();
        final int otherPort = freePort();
        final ClusterConfig node = config("t", SECRET, nodePort, nodePort);
        HazelcastInstance a = null;
        HazelcastInstance b = null;
        HazelcastInstance c = null;
        try
        {
            a = ClusterMember.start(node, ClusterMember.ROLE_NODE);
            b = ClusterMember.start(config("t", SECRET, nodePort, samePort), ClusterMember.ROLE_COORDINATOR);
            c = ClusterMember.start(config("t", SECRET + "-other", nodePort, otherPort), ClusterMember.ROLE_COORDINATOR);
            assertEquals(2, a.getCluster().getMembers().size(), "same secret did not join");
            assertEquals(1, c.getCluster().getMembers().size(), "a member with another secret joined");
            assertEquals(1, ClusterMember.nodes(b, HostFilter.of(node)).size());
            assertTrue(b.getCluster().getLocalMember().isLiteMember());
            final HazelcastInstance d = ClusterMember.start(node.asCoordinator(), ClusterMember.ROLE_STATUS);
            // port 0: a coordinator or status probe listens on any free port and still joins
            assertEquals(3, a.getCluster().getMembers().size());
            assertTrue(d.getCluster().getLocalMember().getAddress().getPort() > 0);
            d.shutdown();
        }
        finally
        {
            for (final HazelcastInstance h : new HazelcastInstance[] {c, b, a})
            {
                if (null != h)
                {
                    h.shutdown();
                }
            }
        }
    }

    @Test
    void shouldDeriveTheWireNameFromNameAndSecret()
    {
        final ClusterConfig one = config("t", SECRET, 5701, 5701);
        assertEquals(one.wireName(), config("t", SECRET, 5701, 5702).wireName());
        assertNotEquals(one.wireName(), config("t", SECRET + "x", 5701, 5701).wireName());
        assertNotEquals(one.wireName(), config("u", SECRET, 5701, 5701).wireName());
        assertFalse(one.wireName().contains(SECRET));
        assertFalse(one.toString().contains(SECRET));
    }

    static ClusterConfig config(final String name, final String secret, final int memberPort, final int port)
    {
        final var root = new ObjectMapper().createObjectNode();
        root.put("cluster_name", name);
        root.put("secret", secret);
        root.putArray("members").add("127.0.0.1:" + memberPort);
        root.put("port", port);
        return ClusterConfig.parse(Path.of("cluster.json"), root);
    }

    static int freePort() throws IOException
    {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()))
        {
            return socket.getLocalPort();
        }
    }

    static List<String> members(final int... ports)
    {
        return java.util.Arrays.stream(ports).mapToObj(p -> "127.0.0.1:" + p).toList();
    }
}
