package io.hyperjet.coordinator.cluster;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.hyperjet.common.UserInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterConfigTest
{
    private static final String GOOD = """
        {"cluster_name": "c", "secret": "0123456789abcdef", "members": ["10.0.0.1:5701", "10.0.0.2:5702"]}
        """;

    @Test
    void shouldReadTheDefaults() throws Exception
    {
        final ClusterConfig c = parse(GOOD);
        assertEquals("127.0.0.1", c.bind());
        assertEquals(5701, c.port());
        assertEquals(0, c.asCoordinator().port());
        assertEquals(-1, c.nodeWorkers());
        final HostFilter hosts = HostFilter.of(c);
        assertTrue(hosts.allows("10.0.0.2"));
        assertTrue(hosts.allows("127.0.0.1"));
        assertFalse(hosts.allows("10.0.0.3"));
        // names resolve to the addresses Hazelcast reports
        assertTrue(HostFilter.of(parse(GOOD.replace("10.0.0.1", "localhost"))).allows("127.0.0.1"));
        // a member not started yet does not resolve: it is simply not allowed (yet); an unknown bind is an error
        assertFalse(HostFilter.of(parse(GOOD.replace("10.0.0.1", "no-such-host.invalid"))).allows("10.0.0.1"));
        assertEquals("cluster.json: 'bind' host no-such-host.invalid is unknown",
            assertThrows(UserInputException.class,
                () -> HostFilter.of(parse(GOOD.replace("{", "{\"bind\": \"no-such-host.invalid\", ")))).getMessage());
    }

    @Test
    void shouldRefuseBadFilesWithOneLineNamingTheKey()
    {
        assertEquals("cluster.json: 'secret' must be at least 16 characters, was 5",
            fail(GOOD.replace("0123456789abcdef", "short")));
        assertEquals("cluster.json: 'secret' must be at least 16 characters",
            fail("{\"cluster_name\": \"c\", \"members\": [\"a:1\"]}"));
        assertEquals("cluster.json: 'members' entry \"10.0.0.1\" is not \"host:port\"",
            fail(GOOD.replace("10.0.0.1:5701", "10.0.0.1")));
        assertEquals("cluster.json: 'port' must be a whole number from 1 to 65535, was 70000",
            fail(GOOD.replace("{", "{\"port\": 70000, ")));
        assertTrue(fail(GOOD.replace("{", "{\"secrets\": 1, ")).startsWith("cluster.json: unknown key 'secrets'"));
        assertEquals("cluster.json: 'cluster_name' is required", fail(GOOD.replace("\"c\"", "\"\"")));
    }

    private static String fail(final String json)
    {
        return assertThrows(UserInputException.class, () -> parse(json)).getMessage();
    }

    private static ClusterConfig parse(final String json) throws Exception
    {
        return ClusterConfig.parse(Path.of("cluster.json"), new ObjectMapper().readTree(json));
    }
}
