package io.hyperjet.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.hyperjet.common.data.CandleFiles;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.data.PairFiles;
import io.hyperjet.common.frame.PairFrame;

/**
 * Externally made signals with text tags, end to end in each format: the built-in SignalColumns strategy turns a
 * data file's enter_tag / exit_tag columns into the trades' enter_tag and exit reasons, in a backtest and through
 * the worker JVMs of a hyperopt (which read the tags' labels from the shared-memory metadata).
 */
class SignalTagsCliTest
{
    private static final long FIVE_MINUTES_MS = 300_000L;
    private static final String[] ENTER_TAGS = {"breakout", null, "dip"};

    @TempDir
    Path dir;

    /** Entry every 13th candle with a rotating tag (every third has none), exit every 13th + 6 tagged "fade". */
    private static PairFrame withSignals(final PairFrame frame)
    {
        final int rows = frame.rows();
        final Map<String, double[]> values = new LinkedHashMap<>();
        frame.columns().forEach((name, column) -> values.put(name, column.toArray()));
        final double[] enterLong = new double[rows];
        final double[] exitLong = new double[rows];
        final double[] enterTag = new double[rows];
        final double[] exitTag = new double[rows];
        java.util.Arrays.fill(enterTag, Double.NaN);
        java.util.Arrays.fill(exitTag, Double.NaN);
        for (int r = 0; r < rows; r++)
        {
            if (r % 13 == 0)
            {
                enterLong[r] = 1;
                final int k = (r / 13) % 3;
                enterTag[r] = null == ENTER_TAGS[k] ? Double.NaN : k == 0 ? 0 : 1;
            }
            if (r % 13 == 6)
            {
                exitLong[r] = 1;
                exitTag[r] = (r / 13) % 2 == 0 ? 0 : Double.NaN;
            }
        }
        values.put("enter_long", enterLong);
        values.put("exit_long", exitLong);
        values.put("enter_tag", enterTag);
        values.put("exit_tag", exitTag);
        return PairFrame.ofArrays(frame.pair(), frame.timeframe(), frame.date().toArray(), values,
            Map.of("enter_tag", List.of("breakout", "dip"), "exit_tag", List.of("fade")));
    }

    private Path prepare(final DataFormat format) throws IOException
    {
        final Path datadir = dir.resolve("user_data/data/binance");
        assertEquals(0, CliRun.run("generate-data", "--datadir", datadir.toString(), "--pairs", "2", "--days", "3",
            "--format", format.formatName()).exitCode);
        try (var files = Files.list(datadir))
        {
            for (final Path file : files.toList())
            {
                final String pair = file.getFileName().toString().replaceFirst("-5m\\..*$", "").replace('_', '/');
                CandleFiles.write(file, format, withSignals(CandleFiles.read(file, format, pair, "5m")));
            }
        }
        final Path config = dir.resolve("config.json");
        Files.writeString(config, """
            {
              "strategy": "SignalColumns",
              "user_data_dir": "%s",
              "dataformat_ohlcv": "%s",
              "stake_currency": "USDT",
              "stake_amount": 100,
              "max_open_trades": 2,
              "fee": 0.001,
              "minimal_roi": {"0": 10},
              "stoploss": -0.99,
              "can_short": false,
              "exchange": {"name": "binance", "pair_whitelist": [".*/USDT"]}
            }
            """.formatted(dir.resolve("user_data"), format.formatName()));
        return config;
    }

    /** The tag of the signal candle before a trade's open (or close), from the data file as written. */
    private Map<Long, String> signalTags(final DataFormat format, final String pair, final String column)
    {
        final PairFrame frame = CandleFiles.read(
            PairFiles.path(dir.resolve("user_data/data/binance"), pair, "5m", format), format, pair, "5m");
        final Map<Long, String> byNextCandle = new HashMap<>();
        for (int r = 0; r < frame.rows(); r++)
        {
            byNextCandle.put(frame.date().get(r) + FIVE_MINUTES_MS, frame.text(column, r));
        }
        return byNextCandle;
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "feather", "parquet"})
    void shouldGiveTradesTheTagsOfTheDataFile(final String formatName) throws IOException
    {
        final DataFormat format = DataFormat.fromName(formatName);
        final Path config = prepare(format);
        final Path export = dir.resolve("out/result.json");
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "--export-filename", export.toString());
        assertEquals(0, run.exitCode, run.err);
        final JsonNode trades = new ObjectMapper().readTree(export.toFile())
            .path("strategy").path("SignalColumns").path("trades");
        assertTrue(trades.size() > 20, "trades: " + trades.size());
        final List<String> seen = new ArrayList<>();
        for (final JsonNode trade : trades)
        {
            final String pair = trade.path("pair").asText();
            final String enterTag = signalTags(format, pair, "enter_tag").get(trade.path("open_timestamp").asLong());
            assertEquals(enterTag, trade.path("enter_tag").isNull() ? null : trade.path("enter_tag").asText(),
                trade.toString());
            final String exitReason = trade.path("exit_reason").asText();
            if (!"force_exit".equals(exitReason))
            {
                final String exitTag = signalTags(format, pair, "exit_tag").get(trade.path("close_timestamp").asLong());
                assertEquals(null == exitTag ? "exit_signal" : exitTag, exitReason, trade.toString());
            }
            seen.add(trade.path("enter_tag").asText() + "/" + exitReason);
        }
        assertTrue(seen.contains("breakout/fade") && seen.contains("dip/exit_signal") &&
            seen.contains("null/fade"), seen.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"parquet"})
    void shouldCarryTagsToHyperoptWorkers(final String formatName) throws IOException
    {
        final Path config = prepare(DataFormat.fromName(formatName));
        final CliRun run = CliRun.run("hyperopt", "-c", config.toString(), "--spaces", "stoploss", "-e", "3",
            "-j", "1", "--random-state", "3", "--hyperopt-loss", "OnlyProfitHyperOptLoss");
        assertEquals(0, run.exitCode, run.err);
        final CliRun show = CliRun.run("hyperopt-show", "-c", config.toString(), "--best", "-n", "-1");
        assertEquals(0, show.exitCode, show.err);
        assertTrue(show.out.contains("ENTER TAG STATS") && show.out.contains("breakout") &&
            show.out.contains("fade"), show.out);
    }
}
