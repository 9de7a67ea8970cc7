package io.hyperjet.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListDataCommandTest
{
    @TempDir
    Path dir;

    private void generate(final String timeframe, final String format)
    {
        assertEquals(0, CliRun.run("generate-data", "--datadir", dir.toString(), "--pairs", "2", "--days", "1",
            "--timeframe", timeframe, "--format", format).exitCode);
    }

    @Test
    void shouldListPairsTimeframesAndFormats()
    {
        generate("5m", "feather");
        generate("1h", "feather");
        final CliRun run = CliRun.run("list-data", "--datadir", dir.toString());
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.startsWith("Found 4 pair / timeframe combinations"), run.out);
        assertTrue(run.out.contains("BTC/USDT | 5m, 1h    | spot | feather"), run.out);
    }

    @Test
    void shouldListTheConfigsDatadirAsFreqtradeDoes() throws IOException
    {
        generate("5m", "feather");
        final Path config = Files.writeString(dir.resolve("config.json"),
            "{\"datadir\": \"" + dir + "\", \"exchange\": {\"name\": \"binance\"}}");
        final CliRun run = CliRun.run("list-data", "-c", config.toString());
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.startsWith("Found 2 pair / timeframe combinations in " + dir), run.out);
    }

    @Test
    void shouldShowRowsAndCandleRange()
    {
        generate("1h", "jsongz");
        final CliRun run = CliRun.run("list-data", "--datadir", dir.toString(), "--show-timerange");
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("ETH/USDT | 1h        | spot | jsongz |   24 | 2024-01-01 00:00:00 | " +
            "2024-01-01 23:00:00"), run.out);
    }

    @Test
    void shouldFilterByTimeframe()
    {
        generate("5m", "csv");
        final CliRun run = CliRun.run("list-data", "--datadir", dir.toString(), "--timeframe", "1h");
        assertEquals(0, run.exitCode);
        assertEquals("No candle data found in " + dir + " for 1h", run.out.strip());
    }

    @Test
    void shouldFailWithExitCode2ForMissingDatadir()
    {
        final Path missing = dir.resolve("missing");
        final CliRun run = CliRun.run("list-data", "--datadir", missing.toString());
        assertEquals(2, run.exitCode);
        assertEquals("hyperjet: " + missing + ": data directory not found", run.err.strip());
    }

    @Test
    void shouldNameCorruptFileWithExitCode2() throws IOException
    {
        final Path bad = dir.resolve("BAD_USDT-5m.json");
        Files.writeString(bad, "[[1704067200000, 1, 2");
        final CliRun run = CliRun.run("list-data", "--datadir", dir.toString(), "--show-timerange");
        assertEquals(2, run.exitCode);
        assertTrue(run.err.startsWith("hyperjet: " + bad + ": "), run.err);
        assertEquals(1, run.err.strip().split("\n").length, run.err);
    }
}
