package io.hyperjet.coordinator.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.data.CandleFiles;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.data.PairFiles;
import io.hyperjet.common.data.SyntheticCandles;
import io.hyperjet.common.time.Timeframes;

/**
 * The set-up most end-to-end tests share: a user data directory in a temp directory, synthetic candles in
 * {@code user_data/data/binance} (the files {@code hyperjet generate-data --seed S} writes: feather, from 2024-01-01,
 * pairs BTC/USDT, ETH/USDT, ...), and a config with the usual keys (USDT stakes of 100, wallet 1000, 3 open trades,
 * fee 0.001, every USDT pair of binance, 5m) to which a test adds, replaces or removes keys.
 */
public final class TestWorkspace
{
    /** 2024-01-01 00:00 UTC, where generated candles start (generate-data's default {@code --start}). */
    public static final long START_MS = 1_704_067_200_000L;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The temp directory. */
    public final Path dir;
    /** {@code dir/user_data}, the config's {@code user_data_dir}. */
    public final Path userData;
    /** {@code user_data/data/binance}, where the candles go. */
    public final Path datadir;

    /**
     * A workspace; nothing is written until asked.
     *
     * @param dir a temp directory.
     */
    public TestWorkspace(final Path dir)
    {
        this.dir = dir;
        this.userData = dir.resolve("user_data");
        this.datadir = userData.resolve("data").resolve("binance");
    }

    /**
     * Writes the candles of the first {@code pairs} pairs.
     *
     * @param pairs     how many pairs.
     * @param days      days of candles per pair.
     * @param timeframe e.g. 5m.
     * @param seed      as {@code generate-data --seed}.
     * @return this.
     * @throws IOException when a file cannot be written.
     */
    public TestWorkspace candles(final int pairs, final int days, final String timeframe, final long seed)
        throws IOException
    {
        Files.createDirectories(datadir);
        final int rows = (int)(days * 86_400_000L / Timeframes.millis(timeframe));
        for (int i = 0; i < pairs; i++)
        {
            final String pair = SyntheticCandles.pairName(i, "USDT");
            CandleFiles.write(PairFiles.path(datadir, pair, timeframe, DataFormat.FEATHER), DataFormat.FEATHER,
                SyntheticCandles.generate(pair, i, seed, START_MS, timeframe, rows));
        }
        return this;
    }

    /**
     * Writes a config file in the workspace: the usual keys, then {@code changes}, a JSON object whose keys replace
     * the usual ones or add to them (a null value removes the key).
     *
     * @param fileName the file's name in {@link #dir}.
     * @param changes  e.g. {@code {"strategy": "SampleStrategy"}}, or {@code {}}.
     * @return the file.
     * @throws IOException when it cannot be written.
     */
    public Path config(final String fileName, final String changes) throws IOException
    {
        final ObjectNode config = MAPPER.createObjectNode();
        config.put("user_data_dir", userData.toString())
            .put("timeframe", "5m")
            .put("stake_currency", "USDT")
            .put("stake_amount", 100)
            .put("dry_run_wallet", 1000)
            .put("max_open_trades", 3)
            .put("fee", 0.001);
        final ObjectNode exchange = config.putObject("exchange").put("name", "binance");
        exchange.putArray("pair_whitelist").add(".*/USDT");
        for (final Map.Entry<String, JsonNode> e : MAPPER.readTree(changes).properties())
        {
            if (e.getValue().isNull())
            {
                config.remove(e.getKey());
            }
            else
            {
                config.set(e.getKey(), e.getValue());
            }
        }
        final Path file = dir.resolve(fileName);
        Files.createDirectories(dir);
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), config);
        return file;
    }
}
