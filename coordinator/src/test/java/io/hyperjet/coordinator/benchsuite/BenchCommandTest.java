package io.hyperjet.coordinator.benchsuite;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.coordinator.cli.Main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest
{
    @TempDir
    Path dir;

    @Test
    void shouldWriteJsonWithOneMeasuredRowPerRollingWindowAndTheStrategyPhase() throws IOException
    {
        final Path json = dir.resolve("bench.json");
        final String[] run = run("bench", "--size", "tiny", "--feature", "array_ops", "--repetitions", "1",
            "--json", json.toString());
        assertEquals("0", run[0], run[2]);
        final JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, root.path("repetitions").asInt());
        final JsonNode results = root.path("results");
        assertEquals(InProcessBenchmarks.ROLLING_WINDOWS.length + 1, results.size());
        for (final JsonNode row : results)
        {
            assertEquals("array_ops", row.path("feature").asText());
            assertEquals(FeatureResult.MEASURED, row.path("status").asText());
            assertEquals("ms", row.path("on").path("unit").asText());
            assertTrue(row.path("off").path("median").asDouble() > 0, row.toString());
            assertTrue(row.path("ratio").isNumber(), row.toString());
        }
    }

    @Test
    void shouldPrintTableAndMarkdownForTheVectorizedBacktestWithIdenticalTrades() throws IOException
    {
        final Path markdown = dir.resolve("bench.md");
        final String[] run = run("bench", "--size", "tiny", "--feature", "vectorized", "--repetitions", "1",
            "--markdown", markdown.toString());
        assertEquals("0", run[0], run[2]);
        assertTrue(run[1].contains("feature") && run[1].contains("vectorized"), run[1]);
        assertTrue(run[1].contains("identical"), run[1]);
        final String text = Files.readString(markdown);
        assertTrue(text.contains("Command: `hyperjet bench --size tiny --feature vectorized"), text);
        assertTrue(text.contains("| feature | measured | on | off | result | notes |"), text);
        assertTrue(text.contains("| vectorized |"), text);
    }

    @Test
    void shouldMeasureBothCachesWithHitsAndIdenticalEpochs() throws IOException
    {
        final Path json = dir.resolve("bench.json");
        final String[] run = run("bench", "--size", "tiny", "--feature", "indicator_cache,signal_cache",
            "--repetitions", "1", "--json", json.toString());
        assertEquals("0", run[0], run[2]);
        final JsonNode results = new ObjectMapper().readTree(json.toFile()).path("results");
        assertEquals(2, results.size(), results.toString());
        assertEquals("indicator_cache", results.get(0).path("feature").asText());
        assertEquals("signal_cache", results.get(1).path("feature").asText());
        for (final JsonNode row : results)
        {
            assertEquals(FeatureResult.MEASURED, row.path("status").asText(), row.toString());
            assertEquals(FeatureResult.SPEEDUP, row.path("comparison").asText(), row.toString());
            assertEquals("s", row.path("on").path("unit").asText());
            assertTrue(row.path("off").path("median").asDouble() > 0, row.toString());
            assertTrue(row.path("ratio").isNumber(), row.toString());
            final String notes = row.path("notes").asText();
            assertTrue(notes.contains("epochs identical"), notes);
            assertFalse(notes.contains("hit rate 0.0%"), notes);
        }
    }

    @Test
    void shouldExitTwoWithOneLineForAnUnknownFeature()
    {
        final String[] run = run("bench", "--feature", "warp_drive");
        assertEquals("2", run[0]);
        assertEquals(1, run[2].strip().lines().count(), run[2]);
        assertTrue(run[2].contains("warp_drive"), run[2]);
    }

    @Test
    void shouldExitTwoWithOneLineForABadSize()
    {
        final String[] run = run("bench", "--size", "huge");
        assertEquals("2", run[0]);
        assertEquals(1, run[2].strip().lines().count(), run[2]);
        assertTrue(run[2].contains("--size"), run[2]);
    }

    @Test
    void shouldExitTwoForZeroRepetitions()
    {
        final String[] run = run("bench", "--repetitions", "0");
        assertEquals("2", run[0]);
        assertEquals(1, run[2].strip().lines().count(), run[2]);
    }

    private static String[] run(final String... args)
    {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }
}
