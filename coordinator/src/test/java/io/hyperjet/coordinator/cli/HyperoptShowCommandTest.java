package io.hyperjet.coordinator.cli;

import io.hyperjet.coordinator.results.FthyptFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HyperoptShowCommandTest
{
    @TempDir
    Path dir;

    private String userData()
    {
        FthyptFixtures.write(dir.resolve("ud"), "strategy_T_1.fthypt", FthyptFixtures.fiveEpochs());
        return dir.resolve("ud").toString();
    }

    private static String shownEpoch(final CliRun run)
    {
        final int at = run.out.indexOf("Epoch details:\n\n");
        return run.out.substring(at + 16, at + 16 + 10).trim();
    }

    private Path userDataOf(final String strategy, final int fileVersion) throws IOException
    {
        final Path ud = dir.resolve("ud");
        final java.util.List<com.fasterxml.jackson.databind.node.ObjectNode> epochs = FthyptFixtures.fiveEpochs();
        for (final com.fasterxml.jackson.databind.node.ObjectNode e : epochs)
        {
            ((com.fasterxml.jackson.databind.node.ObjectNode)e.get("results_metrics")).put("strategy_name", strategy);
            e.put("fthypt_fileversion", fileVersion);
        }
        FthyptFixtures.write(ud, "strategy_" + strategy + "_1.fthypt", epochs);
        Files.createDirectories(ud.resolve("strategies"));
        return ud;
    }

    @Test
    void shouldExportTheShownEpochsParamsBesideTheStrategyAsFreqtrade() throws IOException
    {
        final Path ud = userDataOf("SampleStrategy", 2);
        final CliRun run = CliRun.run("hyperopt-show", "--userdir", ud.toString(), "-n", "2");
        assertEquals(0, run.exitCode, run.err);
        final Path file = ud.resolve("strategies/SampleStrategy.json");
        assertTrue(run.err.contains("Parameters of epoch 2 written to " + file.toAbsolutePath()), run.err);
        final com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(file.toFile());
        assertEquals("SampleStrategy", json.path("strategy_name").asText());
        assertEquals(22, json.path("params").path("buy").path("buy_rsi").asInt(), json.toString());
        assertEquals(70, json.path("params").path("sell").path("sell_rsi").asInt(), json.toString());
        assertFalse(run.out.contains("written to"), "stdout keeps the report only");

        final CliRun again = CliRun.run("hyperopt-show", "--userdir", ud.toString(), "-n", "4", "--print-json");
        assertEquals(0, again.exitCode, again.err);
        assertEquals(24, new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile())
            .path("params").path("buy").path("buy_rsi").asInt());
    }

    @Test
    void shouldNotExportWithDisableParamExportNorForAnOldFileVersion() throws IOException
    {
        final Path ud = userDataOf("SampleStrategy", 2);
        final CliRun disabled = CliRun.run("hyperopt-show", "--userdir", ud.toString(), "--disable-param-export");
        assertEquals(0, disabled.exitCode, disabled.err);
        assertFalse(Files.exists(ud.resolve("strategies/SampleStrategy.json")), disabled.err);
        final Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"user_data_dir\": \"" + ud + "\", \"disableparamexport\": true}");
        final CliRun byKey = CliRun.run("hyperopt-show", "-c", config.toString());
        assertEquals(0, byKey.exitCode, byKey.err);
        assertFalse(Files.exists(ud.resolve("strategies/SampleStrategy.json")), byKey.err);
        final Path old = userDataOf("SampleStrategy", 1);
        final CliRun v1 = CliRun.run("hyperopt-show", "--userdir", old.toString());
        assertEquals(0, v1.exitCode, v1.err);
        assertFalse(Files.exists(old.resolve("strategies/SampleStrategy.json")), v1.err);
    }

    @Test
    void shouldWarnAndStillShowWhenTheStrategyIsNotFound() throws IOException
    {
        final Path ud = userDataOf("NoSuchStrategy", 2);
        final CliRun run = CliRun.run("hyperopt-show", "--userdir", ud.toString());
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.err.startsWith("hyperjet: warning: Strategy not found, not exporting parameter file."),
            run.err);
        assertEquals("5/5:", shownEpoch(run));
        try (java.util.stream.Stream<Path> files = Files.list(ud.resolve("strategies")))
        {
            assertEquals(0, files.count());
        }
    }

    @Test
    void shouldShowTheLastEpochByDefault()
    {
        final CliRun run = CliRun.run("hyperopt-show", "--userdir", userData());
        assertEquals(0, run.exitCode, run.err);
        assertEquals("5/5:", shownEpoch(run));
    }

    @Test
    void shouldShowTheBestWithBest()
    {
        assertEquals("4/5:", shownEpoch(CliRun.run("hyperopt-show", "--userdir", userData(), "--best")));
    }

    @Test
    void shouldCountIndexAmongFilteredEpochs()
    {
        assertEquals("*    2/5:", shownEpoch(CliRun.run("hyperopt-show", "--userdir", userData(), "--best", "-n", "2")));
        assertEquals("*    1/5:", shownEpoch(CliRun.run("hyperopt-show", "--userdir", userData(), "--best", "-n", "-3")));
        assertEquals("3/5:", shownEpoch(CliRun.run("hyperopt-show", "--userdir", userData(), "--profitable", "-n",
            "2")));
    }

    @Test
    void shouldRefuseAnIndexOutOfRange()
    {
        final String ud = userData();
        final CliRun high = CliRun.run("hyperopt-show", "--userdir", ud, "--best", "-n", "4");
        assertEquals(2, high.exitCode);
        assertTrue(high.err.startsWith("hyperjet: " + Path.of(ud, "hyperopt_results", "strategy_T_1.fthypt") +
            ": epoch index 4 is out of range; it should be less than 4"), high.err);
        final CliRun low = CliRun.run("hyperopt-show", "--userdir", ud, "-n", "-6");
        assertEquals(2, low.exitCode);
        assertTrue(low.err.contains("it should be greater than -6"), low.err);
    }

    @Test
    void shouldPrintTheReportThenTheParams()
    {
        final CliRun run = CliRun.run("hyperopt-show", "--userdir", userData(), "-n", "4");
        assertTrue(run.out.startsWith("Result for strategy TestStrategy\n"), run.out);
        assertTrue(run.out.contains("| Absolute profit             |  120 USDT |"), run.out);
        assertTrue(run.out.contains("    buy_params = {\n        \"buy_rsi\": 24,\n    }\n"), run.out);
        assertTrue(run.out.contains("    stoploss = -0.1\n"), run.out);
    }

    @Test
    void shouldPrintOnlyJsonWithoutHeader()
    {
        final CliRun run = CliRun.run("hyperopt-show", "--userdir", userData(), "-n", "1", "--print-json",
            "--no-header");
        assertEquals("{\"params\":{\"buy_rsi\":21,\"sell_rsi\":70},\"minimal_roi\":{\"0\":0.05},\"stoploss\":-0.1}\n",
            run.out);
    }

    @Test
    void shouldRefuseAnUnknownBreakdown()
    {
        final CliRun run = CliRun.run("hyperopt-show", "--userdir", userData(), "--breakdown", "decade");
        assertEquals(2, run.exitCode);
        assertEquals("hyperjet: --breakdown 'decade' is not one of day, week, month\n", run.err);
    }

    @Test
    void shouldNameTheMalformedLine() throws IOException
    {
        final String ud = userData();
        final Path file = Path.of(ud, "hyperopt_results", "strategy_T_1.fthypt");
        Files.writeString(file, Files.readString(file) + "not json\n");
        final CliRun run = CliRun.run("hyperopt-show", "--userdir", ud);
        assertEquals(2, run.exitCode);
        assertTrue(run.err.startsWith("hyperjet: " + file + ": line 6 is not valid JSON"), run.err);
    }

    @Test
    void shouldShowFreqtradesSampleEpoch() throws IOException
    {
        final Path sample = FthyptFixtures.freqtradeSample();
        Assumptions.assumeTrue(null != sample, "shared data absent");
        final Path results = Files.createDirectories(dir.resolve("ud2/hyperopt_results"));
        Files.copy(sample, results.resolve("sample.fthypt"));
        final CliRun run = CliRun.run("hyperopt-show", "--userdir", dir.resolve("ud2").toString(),
            "--hyperopt-filename", "sample.fthypt", "--best", "--breakdown", "day");
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("BACKTESTING REPORT"), run.out);
        assertTrue(run.out.contains("DAY BREAKDOWN"), run.out);
        assertTrue(run.out.contains("*    4/5:     10 trades."), run.out);
        assertTrue(run.out.contains("\"trigger\": \"bb_lower\","), run.out);
        assertFalse(run.out.contains("minimal_roi"), run.out);
    }
}
