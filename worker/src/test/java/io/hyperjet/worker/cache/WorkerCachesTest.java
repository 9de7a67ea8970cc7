package io.hyperjet.worker.cache;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.config.ConfigLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkerCachesTest
{
    private static final long MIB = 1024L * 1024L;

    @Test
    void shouldSplitTheBudgetWhenBothCachesAreOn()
    {
        final WorkerCaches caches = WorkerCaches.of(ConfigLoader.fromJson("{\"cache_size_mb\": 100}", "t"));
        assertEquals(50 * MIB, caches.indicatorStats().maxBytes());
        assertEquals(50 * MIB, caches.signalStats().maxBytes());
    }

    @Test
    void shouldGiveTheWholeBudgetToTheOnlyCacheOn()
    {
        final WorkerCaches caches = WorkerCaches.of(ConfigLoader.fromJson(
            "{\"cache_size_mb\": 100, \"enable_indicator_cache\": false}", "t"));
        assertNull(caches.indicators());
        assertEquals(100 * MIB, caches.signalStats().maxBytes());
    }

    @Test
    void shouldFollowThePerformanceSwitchUnlessSetIndividually()
    {
        final WorkerCaches caches = WorkerCaches.of(ConfigLoader.fromJson(
            "{\"enable_performance_optimizations\": false, \"enable_indicator_cache\": true}", "t"));
        assertNotNull(caches.indicators());
        assertNull(caches.signals());
    }

    @Test
    void shouldWriteBothCachesStatistics()
    {
        final ObjectNode json = WorkerCaches.of(false, true, MIB).writeStats(JsonNodeFactory.instance.objectNode());
        assertFalse(json.path("indicator").path("enabled").asBoolean());
        assertTrue(json.path("signal").path("enabled").asBoolean());
        assertEquals(MIB, json.path("signal").path("max_bytes").asLong());
        assertEquals(CacheStats.of(json.path("signal")), WorkerCaches.of(false, true, MIB).signalStats());
    }
}
