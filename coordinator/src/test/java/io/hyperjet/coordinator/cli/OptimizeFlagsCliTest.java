package io.hyperjet.coordinator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.coordinator.testing.TestWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Freqtrade's common optimize flags: each gives the result of the config key it sets, over the config's value.
 */
class OptimizeFlagsCliTest
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path config;
    private int runs;

    @BeforeEach
    void setUp() throws IOException
    {
        assertEquals(0, CliRun.run("generate-data", "--datadir", dir.resolve("user_data/data/binance").toString(),
            "--pairs", "3", "--days", "30").exitCode);
        config = writeConfig("config.json", "");
    }

    /* The workspace's usual config with SampleStrategy, a -0.1 stoploss and shared memory in the temp dir, then
       extra: nothing or ", <key>: <value>, ...". */
    private Path writeConfig(final String name, final String extra) throws IOException
    {
        return new TestWorkspace(dir).config(name, """
            {"strategy": "SampleStrategy", "stoploss": -0.1, "shared_memory_dir": "%s"%s}
            """.formatted(dir.resolve("shm"), extra));
    }

    /* The strategy's stats of one backtest, exported to a file of its own. */
    private JsonNode backtest(final Path cfg, final String... flags) throws IOException
    {
        final Path export = dir.resolve("out/r" + runs++ + ".json");
        final List<String> args = new ArrayList<>(List.of("backtest", "-c", cfg.toString(), "--export-filename",
            export.toString()));
        args.addAll(List.of(flags));
        final CliRun run = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode, run.err);
        return MAPPER.readTree(export.toFile()).path("strategy").path("SampleStrategy");
    }

    /* The flag and the config key give the same trades, and they differ from the base config's. */
    private void assertSameAsKey(final String extraKey, final String... flags) throws IOException
    {
        final JsonNode base = backtest(config);
        final JsonNode byFlag = backtest(config, flags);
        final JsonNode byKey = backtest(writeConfig("key" + runs + ".json", ", " + extraKey));
        assertTrue(byKey.path("trades").size() > 0, "no trades");
        assertEquals(byKey.path("trades"), byFlag.path("trades"), String.join(" ", flags));
        assertNotEquals(base.path("trades"), byKey.path("trades"), extraKey + " changes nothing here");
    }

    @Test
    void shouldTakeMaxOpenTradesOverTheConfigs() throws IOException
    {
        assertSameAsKey("\"max_open_trades\": 1", "--max-open-trades", "1");
    }

    @Test
    void shouldTakeStakeAmountOverTheConfigs() throws IOException
    {
        assertSameAsKey("\"stake_amount\": 40", "--stake-amount", "40");
        assertSameAsKey("\"stake_amount\": \"unlimited\"", "--stake-amount", "unlimited");
    }

    @Test
    void shouldTakeDryRunWalletAndItsAliasOverTheConfigs() throws IOException
    {
        final JsonNode byKey = backtest(writeConfig("wallet.json", ", \"dry_run_wallet\": 5000"));
        final JsonNode byFlag = backtest(config, "--dry-run-wallet", "5000");
        final JsonNode byAlias = backtest(config, "--starting-balance", "5000");
        assertEquals(5000, byKey.path("starting_balance").asDouble());
        assertEquals(byKey.path("starting_balance"), byFlag.path("starting_balance"));
        assertEquals(byKey.path("final_balance"), byFlag.path("final_balance"));
        assertEquals(byKey.path("final_balance"), byAlias.path("final_balance"));
    }

    @Test
    void shouldTakePairsOverTheWhitelist() throws IOException
    {
        final JsonNode byFlag = backtest(config, "-p", "BTC/USDT", "BNB/USDT");
        final JsonNode byKey = backtest(writeConfig("pairs.json",
            ", \"exchange\": {\"name\": \"binance\", \"pair_whitelist\": [\"BTC/USDT\", \"BNB/USDT\"]}"));
        assertEquals(List.of("BTC/USDT", "BNB/USDT"), pairs(byFlag));
        assertEquals(byKey.path("trades"), byFlag.path("trades"));
        assertEquals(byKey.path("trades"), backtest(config, "--pairs", "BTC/USDT", "BNB/USDT").path("trades"));
    }

    private static List<String> pairs(final JsonNode stats)
    {
        final List<String> pairs = new ArrayList<>();
        stats.path("pairlist").forEach(p -> pairs.add(p.asText()));
        return pairs;
    }

    @Test
    void shouldTakePositionStacking() throws IOException
    {
        assertSameAsKey("\"position_stacking\": true", "--eps");
        assertEquals(backtest(config, "--eps").path("trades"),
            backtest(config, "--enable-position-stacking").path("trades"));
    }

    @Test
    void shouldLiftMaxOpenTradesWithDmmpAsFreqtrade() throws IOException
    {
        final Path one = writeConfig("one.json", ", \"max_open_trades\": 1");
        final JsonNode limited = backtest(one);
        final JsonNode byFlag = backtest(one, "--dmmp");
        final JsonNode unlimited = backtest(writeConfig("unlimited.json", ", \"max_open_trades\": -1"));
        final JsonNode byKey = backtest(writeConfig("dmmp.json",
            ", \"max_open_trades\": 1, \"use_max_market_positions\": false"));
        assertNotEquals(limited.path("trades"), unlimited.path("trades"));
        assertEquals(unlimited.path("trades"), byFlag.path("trades"));
        assertEquals(unlimited.path("trades"), byKey.path("trades"));
        assertEquals(byFlag.path("trades"), backtest(one, "--disable-max-market-positions").path("trades"));
    }

    @Test
    void shouldTakeUserDataDirOverTheConfigs() throws IOException
    {
        final Path elsewhere = writeConfig("elsewhere.json", ", \"user_data_dir\": \"" + dir.resolve("nothing") + "\"");
        final CliRun without = CliRun.run("backtest", "-c", elsewhere.toString(), "--export", "none");
        assertEquals(2, without.exitCode, without.out);
        final CliRun run = CliRun.run("backtest", "-c", elsewhere.toString(), "--userdir",
            dir.resolve("user_data").toString());
        assertEquals(0, run.exitCode, run.err);
        try (Stream<Path> files = Files.list(dir.resolve("user_data/backtest_results")))
        {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("backtest-result-")));
        }
        assertEquals(0, CliRun.run("backtest", "-c", elsewhere.toString(), "--user-data-dir",
            dir.resolve("user_data").toString(), "--export", "none").exitCode);
    }

    @Test
    void shouldTakeTheDataFormatAndNameTheFlagInErrors() throws IOException
    {
        final JsonNode feather = backtest(config, "--data-format-ohlcv", "feather");
        assertEquals(backtest(config).path("trades"), feather.path("trades"));
        final CliRun json = CliRun.run("backtest", "-c", config.toString(), "--data-format-ohlcv", "json");
        final CliRun jsonKey = CliRun.run("backtest", "-c",
            writeConfig("json.json", ", \"dataformat_ohlcv\": \"json\"").toString());
        assertEquals(2, json.exitCode, json.out);
        assertEquals(jsonKey.exitCode, json.exitCode);
        final CliRun bad = CliRun.run("backtest", "-c", config.toString(), "--data-format-ohlcv", "hdf5");
        assertEquals(2, bad.exitCode);
        assertEquals(1, bad.err.strip().lines().count(), bad.err);
        assertTrue(bad.err.contains("--data-format-ohlcv"), bad.err);
    }

    @Test
    void shouldNameTheFlagOfABadValue()
    {
        final CliRun timerange = CliRun.run("backtest", "-c", config.toString(), "--timerange", "2024-01-10");
        assertEquals(2, timerange.exitCode);
        assertEquals(1, timerange.err.strip().lines().count(), timerange.err);
        assertTrue(timerange.err.contains(": --timerange: "), timerange.err);
        assertTrue(!timerange.err.contains("command line"), timerange.err);
        final CliRun stake = CliRun.run("backtest", "-c", config.toString(), "--stake-amount", "lots");
        assertEquals(2, stake.exitCode);
        assertTrue(stake.err.contains(": --stake-amount: "), stake.err);
        final CliRun trades = CliRun.run("backtest", "-c", config.toString(), "--max-open-trades", "-5");
        assertEquals(2, trades.exitCode);
        assertTrue(trades.err.contains(": --max-open-trades: "), trades.err);
    }

    @Test
    void shouldSkipASpaceWithoutParametersWithIgnoreMissingSpaces() throws IOException
    {
        final CliRun refused = CliRun.run("hyperopt", "-c", config.toString(), "--spaces", "roi", "protection",
            "-e", "3", "--random-state", "1", "--in-process");
        assertEquals(2, refused.exitCode, refused.out);
        assertTrue(refused.err.contains("protection"), refused.err);
        final CliRun run = CliRun.run("hyperopt", "-c", config.toString(), "--spaces", "roi", "protection",
            "-e", "3", "--random-state", "1", "--in-process", "--ignore-missing-spaces");
        assertEquals(0, run.exitCode, run.err);
        final CliRun byKey = CliRun.run("hyperopt", "-c",
            writeConfig("ignore.json", ", \"hyperopt_ignore_missing_space\": true").toString(), "--spaces", "roi",
            "protection", "-e", "3", "--random-state", "1", "--in-process");
        assertEquals(0, byKey.exitCode, byKey.err);
    }

    @Test
    void shouldTakeFreqtradesNoColorAndPrintNoColourEitherWay() throws IOException
    {
        final CliRun run = CliRun.run("hyperopt", "-c", config.toString(), "--spaces", "roi", "-e", "3",
            "--random-state", "1", "--in-process", "--no-color", "--disable-param-export");
        assertEquals(0, run.exitCode, run.err);
        final CliRun plain = CliRun.run("hyperopt", "-c", config.toString(), "--spaces", "roi", "-e", "3",
            "--random-state", "1", "--in-process", "--disable-param-export");
        assertEquals(0, plain.exitCode, plain.err);
        assertFalse(run.out.contains("\u001b[") || plain.out.contains("\u001b["), "no ANSI colour codes");
    }

    @Test
    void shouldTakeFreqtradesDisableParamExportKey() throws IOException
    {
        final CliRun byKey = CliRun.run("hyperopt", "-c",
            writeConfig("noexport.json", ", \"disableparamexport\": true").toString(), "--spaces", "roi", "-e", "3",
            "--random-state", "1", "--in-process");
        assertEquals(0, byKey.exitCode, byKey.err);
        assertFalse(byKey.out.contains("Best parameters written"), byKey.out);
        final CliRun exported = CliRun.run("hyperopt", "-c", config.toString(), "--spaces", "roi", "-e", "3",
            "--random-state", "1", "--in-process");
        assertEquals(0, exported.exitCode, exported.err);
        assertTrue(exported.out.contains("Best parameters written"), exported.out);
    }

    @Test
    void shouldRefuseAnalyzePerEpochWithOneLine()
    {
        final CliRun run = CliRun.run("hyperopt", "-c", config.toString(), "-e", "3", "--in-process",
            "--analyze-per-epoch");
        assertEquals(2, run.exitCode);
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertTrue(run.err.contains("--analyze-per-epoch is not supported"), run.err);
    }

    @Test
    void shouldTakeFreqtradesHyperoptPathForTheLossLookup() throws IOException
    {
        final Path losses = Files.createDirectories(dir.resolve("my_losses"));
        Files.writeString(losses.resolve("my_loss.py"), "from freqtrade.optimize.hyperopt import IHyperOptLoss\n\n" +
            "class MyCustomLoss(IHyperOptLoss):\n    pass\n");
        final CliRun without = CliRun.run("hyperopt", "-c", config.toString(), "-e", "3", "--in-process",
            "--hyperopt-loss", "MyCustomLoss");
        assertEquals(2, without.exitCode);
        assertTrue(without.err.contains("unknown hyperopt loss 'MyCustomLoss'"), without.err);
        final CliRun run = CliRun.run("hyperopt", "-c", config.toString(), "-e", "3", "--in-process",
            "--hyperopt-loss", "MyCustomLoss", "--hyperopt-path", losses.toString());
        assertEquals(2, run.exitCode);
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertTrue(run.err.contains("hyperopt loss 'MyCustomLoss' is a Python class (" + losses.resolve("my_loss.py") +
            ":3)"), run.err);
    }

    @Test
    void shouldRefuseFreqtradesRemovedHyperoptClassFlagWithOneLine()
    {
        final CliRun run = CliRun.run("hyperopt", "-c", config.toString(), "-e", "3", "--in-process",
            "--hyperopt", "MyHyperopt");
        assertEquals(2, run.exitCode);
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertTrue(run.err.contains("--hyperopt is not supported: separate Hyperopt classes were removed"), run.err);
    }

    @Test
    void shouldTakeFreqtradesBacktestCacheFlagAndCheckItsValue() throws IOException
    {
        final JsonNode base = backtest(config);
        for (final String age : List.of("none", "day", "week", "month"))
        {
            assertEquals(base.path("trades"), backtest(config, "--cache", age).path("trades"), age);
        }
        final CliRun bad = CliRun.run("backtest", "-c", config.toString(), "--export", "none", "--cache", "year");
        assertEquals(2, bad.exitCode);
        assertTrue(bad.err.contains("--cache must be one of none, day, week, month, was year"), bad.err);
    }

    @Test
    void shouldRefuseFreqtradesStrategyListAndFreqaiFlagsWithOneLine()
    {
        final CliRun list = CliRun.run("backtest", "-c", config.toString(), "--export", "none",
            "--strategy-list", "SampleStrategy", "SignalColumns");
        assertEquals(2, list.exitCode);
        assertEquals(1, list.err.strip().lines().count(), list.err);
        assertTrue(list.err.contains("--strategy-list is not supported"), list.err);
        final CliRun freqai = CliRun.run("backtest", "-c", config.toString(), "--export", "none",
            "--freqai-backtest-live-models");
        assertEquals(2, freqai.exitCode);
        assertEquals(1, freqai.err.strip().lines().count(), freqai.err);
        assertTrue(freqai.err.contains("--freqai-backtest-live-models is not supported"), freqai.err);
    }

    @Test
    void shouldRefuseAFlagThatWouldChangeAResumedRun()
    {
        final CliRun run = CliRun.run("hyperopt", "-c", config.toString(), "--resume", "--max-open-trades", "1");
        assertEquals(2, run.exitCode);
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertTrue(run.err.contains("--max-open-trades cannot change a resumed run"), run.err);
    }
}
