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

    private void dataFile(final Path datadir, final String name, final int bytes) throws IOException
    {
        Files.createDirectories(datadir);
        Files.write(datadir.resolve(name), new byte[bytes]);
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
        assertFalse(keys.dataset().known());
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

    @Test
    void shouldSumTheWhitelistFilesOfTheTimeframeInTheDatadir() throws IOException
    {
        final Path datadir = dir.resolve("data");
        dataFile(datadir, "ETH_BTC-5m.feather", 1000);
        dataFile(datadir, "ETH_BTC-5m.json", 5000);
        dataFile(datadir, "LTC_BTC-5m.feather", 300);
        dataFile(datadir, "LTC_BTC-1h.feather", 70);
        dataFile(datadir, "XRP_BTC-5m.feather", 9000);
        dataFile(datadir, "ETH_BTC-5m-trades.feather", 4000);
        final String json = "{\"datadir\": \"" + datadir + "\", \"timeframe\": \"5m\", " +
            "\"exchange\": {\"name\": \"binance\", \"pair_whitelist\": [\"ETH/BTC\", \"LTC/BTC\"]}}";

        final DatasetEstimate dataset = ResourceConfig.read(config(json)).dataset();

        assertEquals(2, dataset.files());
        assertEquals(1300, dataset.bytes());
    }

    @Test
    void shouldMatchWhitelistPatternsAndFuturesFiles() throws IOException
    {
        final Path datadir = dir.resolve("data");
        dataFile(datadir, "ETH_BTC-5m.feather", 1000);
        dataFile(datadir, "LTC_BTC-5m.feather", 300);
        dataFile(datadir, "XRP_ETH-5m.feather", 9000);
        dataFile(datadir.resolve("futures"), "BTC_USDT_USDT-5m-futures.feather", 20);
        final String json = "{\"datadir\": \"" + datadir + "\", " +
            "\"exchange\": {\"pair_whitelist\": [\".*/BTC\", \"BTC/USDT:USDT\"]}}";

        final DatasetEstimate dataset = ResourceConfig.read(config(json)).dataset();

        assertEquals(3, dataset.files());
        assertEquals(1320, dataset.bytes());
    }

    @Test
    void shouldRejectAnInvalidWhitelistPattern() throws IOException
    {
        final Path file = config("{\"datadir\": \"" + dir + "\", \"exchange\": {\"pair_whitelist\": [\"(ETH/BTC\"]}}");

        final UserInputException ex = assertThrows(UserInputException.class, () -> ResourceConfig.read(file));

        assertTrue(ex.getMessage().startsWith(file + ": exchange.pair_whitelist entry '(ETH/BTC'"), ex.getMessage());
    }
}
