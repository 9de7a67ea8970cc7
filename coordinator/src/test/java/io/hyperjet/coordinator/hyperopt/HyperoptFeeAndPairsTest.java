package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.data.CandleFiles;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.data.PairFiles;
import io.hyperjet.common.data.SyntheticCandles;
import io.hyperjet.coordinator.runconfig.RunConfigOptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hyperopt's fee (never silently 0) and whitelisted pairs without data, in process.
 */
class HyperoptFeeAndPairsTest
{
    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    private HyperoptFixture fixture(final String fee, final String exchange, final String whitelist)
        throws IOException
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 10);
        Files.writeString(fx.config, """
            {
              "strategy": "SampleStrategy",
              "user_data_dir": "%s",
              "datadir": "%s",
              "timeframe": "5m",
              "stake_currency": "USDT",
              "stake_amount": 100,
              "dry_run_wallet": 1000,
              "max_open_trades": 3,
              %s
              "exchange": {"name": "%s", "pair_whitelist": %s},
              "shared_memory_dir": "%s"
            }
            """.formatted(dir.resolve("user_data"), dir.resolve("user_data/data/binance"), fee, exchange, whitelist,
            fx.shmRoot));
        return fx;
    }

    private int run(final HyperoptFixture fx, final Double fee)
    {
        out = new StringWriter();
        err = new StringWriter();
        final HyperoptOptions options = new HyperoptOptions(RunConfigOptions.of(List.of(fx.config)).withFee(fee), 5, 1,
            List.of("roi", "stoploss"), null, "random", 3L, null, 0, null, false, false, true, true, false, null);
        return new HyperoptRun(options, new PrintWriter(out, true), new PrintWriter(err, true), false).run();
    }

    private static double firstTradeFee(final HyperoptFixture fx) throws IOException
    {
        for (final String line : Files.readAllLines(fx.fthyptFiles().get(0), StandardCharsets.UTF_8))
        {
            final JsonNode trades = EpochCommitter.MAPPER.readTree(line).path("results_metrics").path("trades");
            if (trades.size() > 0)
            {
                return trades.get(0).path("fee_open").asDouble();
            }
        }
        throw new AssertionError("no epoch with trades");
    }

    @Test
    void shouldUseTheExchangeDefaultFeeAndSaySo() throws IOException
    {
        final HyperoptFixture fx = fixture("", "bybit", "[\".*/USDT\"]");
        assertEquals(0, run(fx, null), err.toString());
        assertTrue(out.toString().lines().anyMatch("fee 0.001 (bybit's default taker fee; set \"fee\" to override)"::equals),
            out.toString());
        assertEquals(0.001, firstTradeFee(fx));
    }

    @Test
    void shouldTakeTheFeeFlag() throws IOException
    {
        final HyperoptFixture fx = fixture("\"fee\": 0.001,", "binance", "[\".*/USDT\"]");
        assertEquals(0, run(fx, 0.0025), err.toString());
        assertTrue(out.toString().lines().anyMatch("fee 0.0025 (from --fee)"::equals), out.toString());
        assertEquals(0.0025, firstTradeFee(fx));
    }

    @Test
    void shouldStopForAnExchangeWithoutDefaultFee() throws IOException
    {
        final HyperoptFixture fx = fixture("", "nosuchexchange", "[\".*/USDT\"]");
        final UserInputException ex = assertThrows(UserInputException.class, () -> run(fx, null));
        assertEquals("config key 'exchange.name' in " + fx.config + ": no built-in default fee for exchange " +
            "'nosuchexchange'; set \"fee\" (e.g. \"fee\": 0.001) or use --fee", ex.getMessage());
    }

    @Test
    void shouldSkipPairsWithoutDataWithOneWarningEach() throws IOException
    {
        final HyperoptFixture fx = fixture("\"fee\": 0.001,", "binance", "[\"BTC/USDT\", \"NOPE/USDT\", \"ETH/USDT\"]");
        assertEquals(0, run(fx, null), err.toString());
        final List<String> warnings = err.toString().lines().filter(l -> l.contains("NOPE/USDT")).toList();
        assertEquals(List.of("hyperjet: warning: no 5m data for NOPE/USDT (" +
            dir.resolve("user_data/data/binance/NOPE_USDT-5m.feather") + " or another format not found); " +
            "pair skipped"), warnings);
        assertTrue(out.toString().contains("Data: 2 pairs"), out.toString());
    }

    @Test
    void shouldSkipPairsWithoutCandlesInTheTimerange() throws IOException
    {
        final HyperoptFixture fx = fixture("\"fee\": 0.001, \"timerange\": \"20240102-\",", "binance",
            "[\"BTC/USDT\", \"OLD/USDT\"]");
        writeOldPair();
        assertEquals(0, run(fx, null), err.toString());
        final List<String> warnings = err.toString().lines().filter(l -> l.contains("OLD/USDT")).toList();
        assertEquals(1, warnings.size(), err.toString());
        assertTrue(warnings.get(0).startsWith("hyperjet: warning: no candles for OLD/USDT in the selected range"),
            warnings.get(0));
        assertTrue(out.toString().contains("Data: 1 pairs"), out.toString());
    }

    @Test
    void shouldStopWhenNoPairHasCandlesInTheTimerange() throws IOException
    {
        final HyperoptFixture fx = fixture("\"fee\": 0.001, \"timerange\": \"20240102-\",", "binance",
            "[\"OLD/USDT\"]");
        writeOldPair();
        final UserInputException ex = assertThrows(UserInputException.class, () -> run(fx, null));
        assertTrue(ex.getMessage().contains("no data for any pair of the whitelist [OLD/USDT]"), ex.getMessage());
        assertTrue(fx.shmRootEmpty());
    }

    /** OLD/USDT: two days of candles a year before the fixture's, so none in a 2024 timerange. */
    private void writeOldPair()
    {
        CandleFiles.write(PairFiles.path(dir.resolve("user_data/data/binance"), "OLD/USDT", "5m", DataFormat.FEATHER),
            DataFormat.FEATHER, SyntheticCandles.generate("OLD/USDT", 9, 7,
                HyperoptFixture.START_MS - 365L * 86_400_000L, "5m", 2 * 288));
    }

    @Test
    void shouldStopWhenNoPairHasAFile() throws IOException
    {
        final HyperoptFixture fx = fixture("\"fee\": 0.001,", "binance", "[\"NOPE/USDT\"]");
        final UserInputException ex = assertThrows(UserInputException.class, () -> run(fx, null));
        assertEquals("config key 'exchange.pair_whitelist' in " + fx.config + ": no pair of [NOPE/USDT] has 5m " +
            "data in " + dir.resolve("user_data/data/binance"), ex.getMessage());
        assertTrue(fx.shmRootEmpty());
    }
}
