package io.hyperjet.coordinator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BacktestCommandTest
{
    @TempDir
    Path dir;

    private Path config;

    @BeforeEach
    void setUp() throws IOException
    {
        assertEquals(0, CliRun.run("generate-data", "--datadir", dir.resolve("user_data/data/binance").toString(),
            "--pairs", "3", "--days", "20").exitCode);
        config = writeConfig("config.json", "\"stoploss\": -0.1");
    }

    private Path writeConfig(final String name, final String extra) throws IOException
    {
        final Path file = dir.resolve(name);
        Files.writeString(file, """
            {
              "strategy": "SampleStrategy",
              "user_data_dir": "%s",
              "timeframe": "5m",
              "stake_currency": "USDT",
              "stake_amount": 100,
              "dry_run_wallet": 1000,
              "max_open_trades": 3,
              "fee": 0.001,
              "exchange": {"name": "binance", "pair_whitelist": [".*/USDT"]},
              %s
            }
            """.formatted(dir.resolve("user_data"), extra));
        return file;
    }

    @Test
    void shouldPrintTablesAndExportFreqtradeResultFile() throws IOException
    {
        final Path export = dir.resolve("out/result.json");
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "--export-filename", export.toString());
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("BACKTESTING REPORT") || run.out.contains("Pair"), run.out);
        assertTrue(run.out.contains("Backtested "), run.out);
        final JsonNode doc = new ObjectMapper().readTree(export.toFile());
        final JsonNode stats = doc.path("strategy").path("SampleStrategy");
        assertTrue(stats.path("trades").isArray());
        assertEquals(stats.path("trades").size(), stats.path("total_trades").asInt());
        assertEquals(-0.1, stats.path("stoploss").asDouble());
        assertTrue(Files.isRegularFile(dir.resolve("out/result.meta.json")));
        assertTrue(Files.readString(dir.resolve("out/.last_result.json")).contains("result.json"));
    }

    @Test
    void shouldRefuseUnknownStrategyWithOneLine()
    {
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "--strategy", "NoSuchStrategy");
        assertEquals(2, run.exitCode);
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertTrue(run.err.contains("NoSuchStrategy"), run.err);
    }

    @Test
    void shouldRefuseUnknownHyperoptLossWithOneLine()
    {
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "--hyperopt-loss", "NoSuchLoss");
        assertEquals(2, run.exitCode, run.err);
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertTrue(run.err.contains("unknown hyperopt loss 'NoSuchLoss'"), run.err);
        assertFalse(run.out.contains("Backtested "), "refused before the backtest: " + run.out);
    }

    @Test
    void shouldNameAFreqtradePythonLossClassAsSuch() throws IOException
    {
        final Path file = Files.createDirectories(dir.resolve("user_data/hyperopts")).resolve("my_loss.py");
        Files.writeString(file, "from freqtrade.optimize.hyperopt import IHyperOptLoss\n\n\n" +
            "class MyLoss(IHyperOptLoss):\n    pass\n");
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "--hyperopt-loss", "MyLoss");
        assertEquals(2, run.exitCode, run.err);
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertTrue(run.err.startsWith("hyperjet: hyperopt loss 'MyLoss' is a Python class (" + file + ":4); " +
            "Hyperjet computes losses in Java: port it to a public static class implementing " +
            "io.hyperjet.worker.loss.HyperoptLoss nested in a Java strategy"), run.err);
        final CliRun other = CliRun.run("hyperopt", "-c", config.toString(), "--hyperopt-loss", "OtherLoss");
        assertEquals(2, other.exitCode, other.err);
        assertTrue(other.err.contains("unknown hyperopt loss 'OtherLoss'"), other.err);
    }

    @Test
    void shouldPrintHyperoptLossAfterTheTables()
    {
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "--export", "none",
            "--hyperopt-loss", "OnlyProfitHyperOptLoss");
        assertEquals(0, run.exitCode, run.err);
        final String line = run.out.lines().filter(l -> l.startsWith("Hyperopt loss OnlyProfitHyperOptLoss: "))
            .findFirst().orElseThrow(() -> new AssertionError(run.out));
        assertTrue(run.out.indexOf(line) > run.out.indexOf("Backtested "), run.out);
    }

    @Test
    void shouldRefusePositiveStoplossNamingTheFile() throws IOException
    {
        final Path bad = writeConfig("bad.json", "\"stoploss\": 0.1");
        final CliRun run = CliRun.run("backtest", "-c", bad.toString());
        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("bad.json") && run.err.contains("stoploss"), run.err);
        assertEquals(1, run.err.strip().lines().count(), run.err);
    }

    @Test
    void shouldRefuseMissingDataDirectory() throws IOException
    {
        final Path bad = writeConfig("nodata.json", "\"datadir\": \"" + dir.resolve("nowhere") + "\"");
        final CliRun run = CliRun.run("backtest", "-c", bad.toString());
        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("nowhere"), run.err);
        assertFalse(run.err.contains("at io."), "stack trace without --verbose: " + run.err);
    }

    @Test
    void shouldShowCompileErrorWithFileAndLine() throws IOException
    {
        final Path strategies = Files.createDirectories(dir.resolve("user_data/strategies"));
        Files.writeString(strategies.resolve("Broken.java"), """
            import io.hyperjet.worker.strategy.Strategy;
            public class Broken extends Strategy {
                this is not java
            }
            """);
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "--strategy", "Broken");
        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("Broken.java:3"), run.err);
    }

    /*
     * 1m detail candles for the first two of the three pairs: the third warns and runs on its 5m candles, the
     * backtest runs vectorized, the export records timeframe_detail, and exits happen at detail dates (some close at
     * a minute that is not a multiple of 5).
     */
    @Test
    void shouldBacktestWithDetailCandlesAndRecordTimeframeDetail() throws IOException
    {
        assertEquals(0, CliRun.run("generate-data", "--datadir", dir.resolve("user_data/data/binance").toString(),
            "--pairs", "2", "--days", "20", "--timeframe", "1m").exitCode);
        final Path export = dir.resolve("out/detail.json");
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "--export-filename", export.toString(),
            "--timeframe-detail", "1m");
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("(vectorized backtester)"), run.out);
        assertTrue(run.err.contains("no 1m detail candles for BNB/USDT"), run.err);
        final JsonNode doc = new ObjectMapper().readTree(export.toFile());
        final JsonNode stats = doc.path("strategy").path("SampleStrategy");
        assertEquals("1m", stats.path("timeframe_detail").asText());
        assertEquals("1m", doc.path("metadata").path("SampleStrategy").path("timeframe_detail").asText());
        boolean detailClose = false;
        for (final JsonNode trade : stats.path("trades"))
        {
            detailClose |= trade.path("close_timestamp").asLong() % 300_000L != 0;
        }
        assertTrue(detailClose, "no trade closed inside a 5m candle");

        final Path iterative = writeConfig("iterative.json", "\"enable_vectorized_backtesting\": false");
        final Path export2 = dir.resolve("out/detail-iterative.json");
        final CliRun run2 = CliRun.run("backtest", "-c", iterative.toString(), "--export-filename",
            export2.toString(), "--timeframe-detail", "1m");
        assertEquals(0, run2.exitCode, run2.err);
        assertTrue(run2.out.contains("(iterative backtester)"), run2.out);
        assertEquals(stats.path("trades"),
            new ObjectMapper().readTree(export2.toFile()).path("strategy").path("SampleStrategy").path("trades"));
    }

    /* No pair has detail candles: one line naming the key, and no warning that main candles would be used. */
    @Test
    void shouldStopWithOneLineWhenNoPairHasDetailCandles()
    {
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "--timeframe-detail", "3m");
        assertEquals(2, run.exitCode, run.err);
        assertTrue(run.err.contains("timeframe_detail 3m: no 3m data for any pair"), run.err);
        assertFalse(run.err.contains("candles are used"), run.err);
        assertEquals(1, run.err.lines().filter(l -> !l.isBlank()).count(), run.err);
    }

    @Test
    void shouldTakeTheTimeframeOfDashIOverTheConfigsAsFreqtrade() throws IOException
    {
        assertEquals(0, CliRun.run("generate-data", "--datadir", dir.resolve("user_data/data/binance").toString(),
            "--pairs", "3", "--days", "60", "--timeframe", "1h").exitCode);
        final Path byFlag = dir.resolve("out/flag.json");
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "-i", "1h", "--export-filename",
            byFlag.toString());
        assertEquals(0, run.exitCode, run.err);
        final JsonNode stats = new ObjectMapper().readTree(byFlag.toFile()).path("strategy").path("SampleStrategy");
        assertEquals("1h", stats.path("timeframe").asText());

        final Path hourly = Files.writeString(dir.resolve("hourly.json"),
            Files.readString(config).replace("\"timeframe\": \"5m\"", "\"timeframe\": \"1h\""));
        final Path byConfig = dir.resolve("out/config.json");
        final CliRun run2 = CliRun.run("backtest", "-c", hourly.toString(), "--export-filename", byConfig.toString());
        assertEquals(0, run2.exitCode, run2.err);
        final JsonNode stats2 = new ObjectMapper().readTree(byConfig.toFile()).path("strategy").path("SampleStrategy");
        assertTrue(stats2.path("trades").size() > 0, "no trades on 1h candles");
        assertEquals(stats2.path("trades"), stats.path("trades"));
    }

    @Test
    void shouldPrintTheBreakdownsAskedForBeforeTheSummaryAsFreqtrade() throws IOException
    {
        final Path export = dir.resolve("out/breakdown.json");
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "--breakdown", "month", "day",
            "--export-filename", export.toString());
        assertEquals(0, run.exitCode, run.err);
        final int month = run.out.indexOf("MONTH BREAKDOWN");
        final int day = run.out.indexOf("DAY BREAKDOWN");
        final int summary = run.out.indexOf("SUMMARY METRICS");
        assertTrue(month > 0 && day > month && summary > day, run.out);
        assertTrue(run.out.indexOf("WEEK BREAKDOWN") < 0, run.out);
        final JsonNode periods = new ObjectMapper().readTree(export.toFile()).path("strategy").path("SampleStrategy")
            .path("periodic_breakdown");
        assertTrue(periods.path("day").size() >= 10, periods.toString());
        for (final JsonNode entry : periods.path("day"))
        {
            final int at = run.out.indexOf("| " + entry.path("date").asText() + " |", day);
            assertTrue(at > day && at < summary, "no row for " + entry.path("date").asText() + "\n" + run.out);
        }

        final CliRun bad = CliRun.run("backtest", "-c", config.toString(), "--breakdown", "decade");
        assertEquals(2, bad.exitCode);
        assertEquals("hyperjet: --breakdown 'decade' is not one of day, week, month\n", bad.err);
    }

    @Test
    void shouldRefuseDetailTimeframeNotSmallerThanTimeframe()
    {
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "--timeframe-detail", "5m");
        assertEquals(2, run.exitCode);
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertTrue(run.err.contains("timeframe_detail 5m must be smaller than the timeframe 5m"), run.err);
    }

    @Test
    void shouldRefuseDetailTimeframeWithoutAnyData() throws IOException
    {
        final Path detail = writeConfig("detail.json", "\"timeframe_detail\": \"1m\"");
        final CliRun run = CliRun.run("backtest", "-c", detail.toString());
        assertEquals(2, run.exitCode);
        assertTrue(run.err.contains("detail.json: timeframe_detail 1m: no 1m data for any pair"), run.err);
    }
}
