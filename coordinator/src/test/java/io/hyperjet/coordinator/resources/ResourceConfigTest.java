package io.hyperjet.coordinator.resources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.UserInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResourceConfigTest
{
    @TempDir
    Path dir;

    private Path config(final String json) throws IOException
    {
        return Files.writeString(dir.resolve("config.json"), json);
    }

    @Test
    void shouldTurnSharedMemoryOffWithThePerformanceSwitch() throws IOException
    {
        assertFalse(ResourceConfig.read(config("{\"enable_performance_optimizations\": false}")).useSharedMemory());
    }

    @Test
    void shouldDefaultEveryKeyToAuto() throws IOException
    {
        final ResourceConfig keys = ResourceConfig.read(config("{}"));

        assertEquals(ResourceRequest.AUTO, keys.hyperoptJobs());
        assertEquals(ResourceRequest.AUTO, keys.hyperoptBatchSize());
        assertEquals(512, keys.cacheSizeMb(), "the config's cache_size_mb default, as hyperopt uses it");
        assertTrue(keys.useSharedMemory());
    }

    @Test
    void shouldReadTheResourceKeysAcceptingComments() throws IOException
    {
        final ResourceConfig keys = ResourceConfig.read(config("""
            {
              // Freqtrade configs may carry comments
              "hyperopt_jobs": 3,
              "hyperopt_batch_size": 5,
              "cache_size_mb": 1024,
              "use_shared_memory": false,
            }
            """));

        assertEquals(3, keys.hyperoptJobs());
        assertEquals(5, keys.hyperoptBatchSize());
        assertEquals(1024, keys.cacheSizeMb());
        assertFalse(keys.useSharedMemory());
    }

    @Test
    void shouldRejectAnOutOfRangeHyperoptJobsNamingFileAndKey() throws IOException
    {
        final Path file = config("{\"hyperopt_jobs\": 0}");

        final UserInputException ex = assertThrows(UserInputException.class, () -> ResourceConfig.read(file));

        assertEquals("config key 'hyperopt_jobs' in " + file + ": expected an integer other than 0 (-1 = automatic), " +
            "got 0", ex.getMessage());
    }

    @Test
    void shouldRejectAWronglyTypedCacheSize() throws IOException
    {
        final Path file = config("{\"cache_size_mb\": \"big\"}");

        final UserInputException ex = assertThrows(UserInputException.class, () -> ResourceConfig.read(file));

        assertTrue(ex.getMessage().startsWith("config key 'cache_size_mb' in " + file), ex.getMessage());
    }

    @Test
    void shouldRejectAMissingFileInOneLine()
    {
        final Path file = dir.resolve("absent.json");

        final UserInputException ex = assertThrows(UserInputException.class, () -> ResourceConfig.read(file));

        assertEquals(file + ": config file not found", ex.getMessage());
    }

    @Test
    void shouldRejectInvalidJsonInOneLine() throws IOException
    {
        final Path file = config("{\"hyperopt_jobs\": ");

        final UserInputException ex = assertThrows(UserInputException.class, () -> ResourceConfig.read(file));

        assertTrue(ex.getMessage().startsWith(file + ": invalid JSON"), ex.getMessage());
        assertFalse(ex.getMessage().contains("\n"), ex.getMessage());
    }
}
