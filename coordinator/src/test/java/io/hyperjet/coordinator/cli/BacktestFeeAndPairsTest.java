package io.hyperjet.coordinator.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The backtest command's fee (never silently 0) and its handling of whitelisted pairs without data.
 */
class BacktestFeeAndPairsTest
{
    @TempDir
    Path dir;

    private Path datadir;

    @BeforeEach
    void setUp()
    {
        datadir = dir.resolve("user_data/data/binance");
        assertEquals(0, CliRun.run("generate-data", "--datadir", datadir.toString(), "--pairs", "2", "--days", "20")
            .exitCode);
        // BNB/USDT has candles only in 2020, so none in the timerange of the runs below
        final Path old = dir.resolve("old");
        assertEquals(0, CliRun.run("generate-data", "--datadir", old.toString(), "--pairs", "3", "--days", "5",
            "--start", "20200101").exitCode);
        try
        {
            Files.copy(old.resolve("BNB_USDT-5m.feather"), datadir.resolve("BNB_USDT-5m.feather"));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        // BTC/BUSD has candles in the timerange, but is quoted in another currency than the stake (USDT)
        assertEquals(0, CliRun.run("generate-data", "--datadir", datadir.toString(), "--pairs", "1", "--days", "20",
            "--quote", "BUSD").exitCode);
    }

    private Path config(final String exchange, final String fee, final String whitelist) throws IOException
    {
        final Path file = dir.resolve("config.json");
        Files.writeString(file, """
            {
              "strategy": "SampleStrategy",
              "user_data_dir": "%s",
              "timeframe": "5m",
              "timerange": "20240105-",
              "stake_currency": "USDT",
              "stake_amount": 100,
              "dry_run_wallet": 1000,
              "max_open_trades": 3,
              "stoploss": -0.1,
              %s
              "exchange": {"name": "%s", "pair_whitelist": %s}
            }
            """.formatted(dir.resolve("user_data"), fee, exchange, whitelist));
        return file;
    }

    private JsonNode backtest(final Path config, final CliRun[] runOut, final String... extra) throws IOException
    {
        final Path export = dir.resolve("out/result.json");
        final String[] args = new String[5 + extra.length];
        System.arraycopy(new String[] {"backtest", "-c", config.toString(), "--export-filename", export.toString()},
            0, args, 0, 5);
        System.arraycopy(extra, 0, args, 5, extra.length);
        final CliRun run = CliRun.run(args);
        runOut[0] = run;
        assertEquals(0, run.exitCode, run.err);
        return new ObjectMapper().readTree(export.toFile()).path("strategy").path("SampleStrategy");
    }

    private static void assertEveryTradeFee(final JsonNode stats, final double fee)
    {
        assertTrue(stats.path("trades").size() > 0, "no trades to check the fee on");
        for (final JsonNode trade : stats.path("trades"))
        {
            assertEquals(fee, trade.path("fee_open").asDouble());
            assertEquals(fee, trade.path("fee_close").asDouble());
        }
    }

    @Test
    void shouldUseTheExchangeDefaultFeeAndSaySo() throws IOException
    {
        final CliRun[] run = new CliRun[1];
        final JsonNode stats = backtest(config("binance", "", "[\".*/USDT\"]"), run);
        assertTrue(run[0].out.lines().anyMatch(
            "fee 0.001 (binance's default taker fee; set \"fee\" to override)"::equals), run[0].out);
        assertEveryTradeFee(stats, 0.001);
    }

    @Test
    void shouldTakeTheFeeFlagOverTheConfig() throws IOException
    {
        final CliRun[] run = new CliRun[1];
        final JsonNode stats = backtest(config("binance", "\"fee\": 0.0005,", "[\".*/USDT\"]"), run, "--fee", "0.002");
        assertTrue(run[0].out.lines().anyMatch("fee 0.002 (from --fee)"::equals), run[0].out);
        assertEveryTradeFee(stats, 0.002);
    }

    @Test
    void shouldWarnThatAnApiFeeIsAnEstimate() throws IOException
    {
        final Path config = config("kraken", "", "[\".*/USDT\"]");
        Files.createDirectories(dir.resolve("user_data/data"));
        Files.move(datadir, dir.resolve("user_data/data/kraken"));
        final CliRun[] run = new CliRun[1];
        final JsonNode stats = backtest(config, run);
        assertTrue(run[0].err.lines().anyMatch(l -> l.startsWith("hyperjet: warning: fee 0.0026 (kraken's taker fee")),
            run[0].err);
        assertEveryTradeFee(stats, 0.0026);
    }

    @Test
    void shouldStopForAnExchangeWithoutDefaultFee() throws IOException
    {
        final Path config = config("nosuchexchange", "", "[\".*/USDT\"]");
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "--datadir", datadir.toString());
        assertEquals(2, run.exitCode);
        assertEquals("hyperjet: config key 'exchange.name' in " + config + ": no built-in default fee for exchange " +
            "'nosuchexchange'; set \"fee\" (e.g. \"fee\": 0.001) or use --fee", run.err.strip());
    }

    @Test
    void shouldSkipPairsWithoutDataWithOneWarningEach() throws IOException
    {
        final CliRun[] run = new CliRun[1];
        final JsonNode stats = backtest(config("binance", "\"fee\": 0.001,",
            "[\"BTC/USDT\", \"NOPE/USDT\", \"ETH/USDT\", \"BTC/BUSD\", \"BNB/USDT\"]"), run);
        final List<String> warnings = run[0].err.lines().filter(l -> l.startsWith("hyperjet: warning:")).toList();
        assertEquals(3, warnings.size(), run[0].err);
        assertEquals("hyperjet: warning: no 5m data for NOPE/USDT (" + datadir.resolve("NOPE_USDT-5m.feather") +
            " or another format not found); pair skipped", warnings.get(0));
        // Freqtrade removes a pair of another quote currency than the stake from the whitelist, with a warning
        assertEquals("hyperjet: warning: pair BTC/BUSD is not compatible with your stake currency USDT (it is " +
            "quoted in BUSD); pair skipped, as Freqtrade removes it from the whitelist", warnings.get(1));
        assertTrue(warnings.get(2).startsWith("hyperjet: warning: no candles for BNB/USDT in the selected range"),
            warnings.get(2));
        assertEquals("[\"BTC/USDT\",\"ETH/USDT\"]", stats.path("pairlist").toString());
        assertFalse(stats.path("trades").toString().contains("NOPE/USDT"));
    }

    @Test
    void shouldStopWhenNoPairHasAFile() throws IOException
    {
        final Path config = config("binance", "\"fee\": 0.001,", "[\"NOPE/USDT\", \"ALSO/USDT\"]");
        final CliRun run = CliRun.run("backtest", "-c", config.toString());
        assertEquals(2, run.exitCode, run.err);
        final List<String> lines = run.err.strip().lines().toList();
        assertEquals(3, lines.size(), run.err);
        assertEquals("hyperjet: config key 'exchange.pair_whitelist' in " + config + ": no pair of [NOPE/USDT, " +
            "ALSO/USDT] has 5m data in " + datadir, lines.get(2));
    }

    @Test
    void shouldStopWhenNoPairHasCandlesInTheTimerange() throws IOException
    {
        final Path config = config("binance", "\"fee\": 0.001,", "[\"BNB/USDT\"]");
        final CliRun run = CliRun.run("backtest", "-c", config.toString());
        assertEquals(2, run.exitCode, run.err);
        final List<String> lines = run.err.strip().lines().toList();
        assertEquals(2, lines.size(), run.err);
        assertTrue(lines.get(1).startsWith("hyperjet: " + datadir + ": no data for any pair"), lines.get(1));
    }
}
