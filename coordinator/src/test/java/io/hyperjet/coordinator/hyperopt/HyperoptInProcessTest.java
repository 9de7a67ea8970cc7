package io.hyperjet.coordinator.hyperopt;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import io.hyperjet.coordinator.runconfig.RunConfigOptions;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hyperopt rules that do not need worker JVMs, run with --in-process (the same engine on the coordinator's thread).
 */
class HyperoptInProcessTest
{
    @TempDir
    Path dir;

    private static HyperoptOptions options(
        final HyperoptFixture fx, final int epochs, final int earlyStop, final boolean printJson,
        final boolean disableExport)
    {
        return new HyperoptOptions(RunConfigOptions.of(List.of(fx.config)), epochs, 1, List.of("roi", "stoploss"),
            null, "random", 3L, null, earlyStop, null, false, printJson, disableExport, true, false, null);
    }

    @Test
    void shouldStopEarlyAfterEpochsWithoutNewBest() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 10);
        assertEquals(0, fx.run(options(fx, 200, 5, false, true), new StringWriter()));
        final List<String> lines = Files.readAllLines(fx.fthyptFiles().get(0), StandardCharsets.UTF_8);
        assertTrue(lines.size() < 200, "no early stop: " + lines.size());
        int lastBest = 0;
        for (final String line : lines)
        {
            final JsonNode node = EpochCommitter.MAPPER.readTree(line);
            if (node.get("is_best").asBoolean())
            {
                lastBest = node.get("current_epoch").asInt();
            }
        }
        assertEquals(lastBest + 5, lines.size(), "must stop exactly 5 epochs after the last best");
        assertFalse(Files.exists(dir.resolve("user_data/strategies/SampleStrategy.json")), "export was disabled");
    }

    @Test
    void shouldPrintEachEpochOnceWithPrintAll() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 10);
        final StringWriter out = new StringWriter();
        assertEquals(0, fx.run(new HyperoptOptions(RunConfigOptions.of(List.of(fx.config)), 20, 1,
            List.of("roi", "stoploss"), null, "random", 3L, null, 0, null, true, false, true, true, false, null), out));
        final java.util.regex.Pattern epochLine = java.util.regex.Pattern.compile("^(Best|\\*)?\\s*(\\d+)/20: .*");
        final int[] seen = new int[21];
        final String text = out.toString();
        text.substring(0, text.indexOf("Best result:")).lines().map(epochLine::matcher).filter(java.util.regex.Matcher::matches)
            .forEach(m -> seen[Integer.parseInt(m.group(2))]++);
        for (int epoch = 1; epoch <= 20; epoch++)
        {
            assertEquals(1, seen[epoch], "epoch " + epoch + " printed " + seen[epoch] + " times:\n" + out);
        }
    }

    @Test
    void shouldPrintBestParametersAsJson() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 10);
        final StringWriter out = new StringWriter();
        assertEquals(0, fx.run(options(fx, 20, 0, true, false), out));
        final String json = out.toString().lines().filter(l -> l.startsWith("{\"params\"")).findFirst()
            .orElseThrow(() -> new AssertionError(out.toString()));
        final JsonNode params = EpochCommitter.MAPPER.readTree(json);
        assertTrue(params.get("minimal_roi").has("0"), json);
        final JsonNode exported = EpochCommitter.MAPPER.readTree(
            dir.resolve("user_data/strategies/SampleStrategy.json").toFile());
        assertEquals("SampleStrategy", exported.get("strategy_name").asText());
        assertEquals(params.get("stoploss").asDouble(), exported.get("params").get("stoploss").get("stoploss")
            .asDouble());
        assertEquals(params.get("minimal_roi"), exported.get("params").get("roi"));
    }

    @Test
    void shouldSayWhichParamsFileItLoads() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 10);
        final StringWriter first = new StringWriter();
        assertEquals(0, fx.run(options(fx, 5, 0, false, false), first));
        final String line = "Loading parameters from file " + dir.resolve("user_data/strategies/SampleStrategy.json");
        assertFalse(first.toString().contains("Loading parameters"), first.toString());
        final StringWriter second = new StringWriter();
        assertEquals(0, fx.run(options(fx, 5, 0, false, true), second));
        assertTrue(second.toString().lines().anyMatch(line::equals), second.toString());
    }

    @Test
    void shouldRecordFailedEpochsAndGoOn() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 10);
        final Path strategies = Files.createDirectories(dir.resolve("user_data/strategies"));
        Files.writeString(strategies.resolve("Flaky.java"), """
            import io.hyperjet.common.frame.PairFrame;
            import io.hyperjet.worker.signal.Signals;
            import io.hyperjet.worker.strategy.IntParameter;
            import io.hyperjet.worker.strategy.Strategy;

            public class Flaky extends Strategy
            {
                final IntParameter buyLevel = new IntParameter(1, 50, 10, "buy");

                public Flaky()
                {
                    stoploss = -0.1;
                }

                @Override
                protected void populateEntryTrend(final PairFrame frame, final Signals signals)
                {
                    if (buyLevel.value() > 25)
                    {
                        throw new IllegalStateException("level too high: " + buyLevel.value());
                    }
                    for (int i = 0; i < frame.rows(); i += buyLevel.value() * 7)
                    {
                        signals.enterLong()[i] = Signals.ONE;
                    }
                }

                @Override
                protected void populateExitTrend(final PairFrame frame, final Signals signals)
                {
                }
            }
            """);
        final HyperoptOptions options = new HyperoptOptions(RunConfigOptions.of(List.of(fx.config)).withStrategy("Flaky"), 40,
            1, List.of("buy"), null, "random", 3L, null, 0, null, false, false, true, true, false, null);
        final StringWriter out = new StringWriter();
        assertEquals(0, fx.run(options, out), out.toString());
        final long failed = out.toString().lines().filter(l -> l.contains("failed: ") && l.contains("level too high"))
            .count();
        assertTrue(failed > 0 && failed < 40, "failed epochs: " + failed + "\n" + out);
        final List<String> lines = Files.readAllLines(fx.fthyptFiles().get(0), StandardCharsets.UTF_8);
        assertEquals(40 - failed, lines.size(), "every successful epoch has a line, no failed one");
        assertTrue(out.toString().contains(failed + " epochs failed"), out.toString());
    }
}
