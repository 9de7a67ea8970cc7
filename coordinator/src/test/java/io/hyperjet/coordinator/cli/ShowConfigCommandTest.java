package io.hyperjet.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowConfigCommandTest
{
    private static final String HEADER = "Your combined configuration is:";

    @TempDir
    Path dir;

    @Test
    void shouldPrintTheMergedConfigWithoutCredentials() throws IOException
    {
        Files.writeString(dir.resolve("secrets.json"),
            "{\"exchange\": {\"name\": \"binance\", \"key\": \"k3y\", \"secret\": \"s3cret\"}}");
        final Path main = dir.resolve("config.json");
        Files.writeString(main, "{\"add_config_files\": [\"secrets.json\"], \"timeframe\": \"5m\", " +
            "\"exchange\": {\"pair_whitelist\": [\"BTC/USDT\"]}, \"max_open_trade\": 3}");
        final Path later = dir.resolve("later.json");
        Files.writeString(later, "{\"timeframe\": \"1h\"}");
        final CliRun run = CliRun.run("show-config", "-c", main.toString(), "-c", later.toString());
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.startsWith(HEADER + "\n"), run.out);
        final JsonNode shown = new ObjectMapper().readTree(run.out.substring(HEADER.length()));
        assertEquals("1h", shown.path("timeframe").asText());
        assertEquals("binance", shown.path("exchange").path("name").asText());
        assertEquals("BTC/USDT", shown.path("exchange").path("pair_whitelist").get(0).asText());
        assertFalse(run.out.contains("s3cret") || run.out.contains("k3y"), run.out);
        assertTrue(run.err.contains("warning") && run.err.contains("max_open_trades"), run.err);
    }
}
