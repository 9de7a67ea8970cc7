package io.hyperjet.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.data.CandleFiles;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.data.PairFiles;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.coordinator.testing.TestWorkspace;

/**
 * Freqtrade strategies with informative candles, end to end through {@code hyperjet backtest} and
 * {@code hyperjet hyperopt} (worker JVMs attached to shared memory, and without it): PyInformative
 * (informative_pairs + dp.get_pair_dataframe + merge_informative_pair on BTC/USDT 1h) and PyInformativeDecorated
 * (@informative on the pair's own 1h and on BTC/{stake} 1h). The expectation is computed here in Java from the
 * data files by Freqtrade's alignment rule (a 1h candle is seen from the 5m candle opening 5 minutes before it
 * closes), written as signal columns and backtested with the built-in SignalColumns strategy: the trades must be
 * the same. JavaInformative, PyInformative ported to the Java column API (informativePairs, dp and
 * Informative.mergeInformativePair), must give PyInformative's trades and hyperopt epochs.
 */
class PythonInformativeCliTest
{
    private static final long HOUR = 3_600_000L;
    private static final long FIVE_MINUTES = 300_000L;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path STRATEGIES = Path.of("../worker/src/test/resources/python-strategies").toAbsolutePath();
    private static final Path STAND_IN = Path.of("../worker/src/test/python").toAbsolutePath();
    private static final List<String> PAIRS = List.of("BTC/USDT", "ETH/USDT");
    /** Every pair in shared memory, however small. */
    private static final String SHARED = "{\"shared_memory_threshold_mb\": 0}";
    /** Workers read the candles themselves. */
    private static final String UNSHARED = "{\"use_shared_memory\": false}";

    @TempDir
    Path dir;

    private TestWorkspace workspace;

    private Path datadir()
    {
        return dir.resolve("user_data/data/binance");
    }

    /** 4 days of 5m candles for BTC/USDT and ETH/USDT, their 1h candles resampled, the two strategies. */
    private Path prepare(final String strategy, final String changes) throws IOException
    {
        workspace = new TestWorkspace(dir).candles(2, 4, "5m", 5);
        for (final String pair : PAIRS)
        {
            final PairFrame fine = read(pair, "5m");
            CandleFiles.write(PairFiles.path(datadir(), pair, "1h", DataFormat.FEATHER), DataFormat.FEATHER,
                hourly(fine));
        }
        final Path strategies = Files.createDirectories(dir.resolve("user_data/strategies"));
        for (final String file : List.of("py_informative.py", "py_informative_decorated.py", "JavaInformative.java"))
        {
            Files.copy(STRATEGIES.resolve(file), strategies.resolve(file));
        }
        return config(strategy, changes);
    }

    /**
     * (Re)writes config.json: BTC/USDT and ETH/USDT, two open trades, ROI and stoploss out of the way, the strategy's
     * own timeframe, the Python with the stand-in, plus {@code changes} (a JSON object).
     */
    private Path config(final String strategy, final String changes) throws IOException
    {
        final ObjectNode node = (ObjectNode)MAPPER.readTree(changes);
        node.put("strategy", strategy).put("python_executable", python()).put("max_open_trades", 2)
            .put("stoploss", -0.99).putNull("timeframe").putNull("dry_run_wallet");
        node.putObject("minimal_roi").put("0", 10);
        node.putObject("exchange").put("name", "binance").putArray("pair_whitelist").add("BTC/USDT").add("ETH/USDT");
        return workspace.config("config.json", node.toString());
    }

    private PairFrame read(final String pair, final String timeframe)
    {
        return CandleFiles.read(PairFiles.path(datadir(), pair, timeframe, DataFormat.FEATHER), DataFormat.FEATHER,
            pair, timeframe);
    }

    private static PairFrame hourly(final PairFrame fine)
    {
        final TreeMap<Long, double[]> hours = new TreeMap<>();
        for (int i = 0; i < fine.rows(); i++)
        {
            final long hour = Math.floorDiv(fine.date().get(i), HOUR) * HOUR;
            final double[] h = hours.get(hour);
            if (null == h)
            {
                hours.put(hour, new double[]{fine.open().get(i), fine.high().get(i), fine.low().get(i),
                    fine.close().get(i), fine.volume().get(i)});
            }
            else
            {
                h[1] = Math.max(h[1], fine.high().get(i));
                h[2] = Math.min(h[2], fine.low().get(i));
                h[3] = fine.close().get(i);
                h[4] += fine.volume().get(i);
            }
        }
        final long[] date = new long[hours.size()];
        final double[][] v = new double[5][hours.size()];
        int r = 0;
        for (final Map.Entry<Long, double[]> e : hours.entrySet())
        {
            date[r] = e.getKey();
            for (int k = 0; k < 5; k++)
            {
                v[k][r] = e.getValue()[k];
            }
            r++;
        }
        return PairFrame.ofArrays(fine.pair(), "1h", date, columns(v, List.of(PairFrame.OPEN, PairFrame.HIGH,
            PairFrame.LOW, PairFrame.CLOSE, PairFrame.VOLUME)));
    }

    private static Map<String, double[]> columns(final double[][] v, final List<String> names)
    {
        final Map<String, double[]> out = new LinkedHashMap<>();
        for (int k = 0; k < names.size(); k++)
        {
            out.put(names.get(k), v[k]);
        }
        return out;
    }

    /** Freqtrade's alignment: row t sees the last 1h candle whose key (open + 55m) is a 5m date at or before t. */
    private static double[] aligned(final PairFrame main, final PairFrame hourly, final double[] values)
    {
        final double[] out = new double[main.rows()];
        int k = -1;
        for (int i = 0; i < out.length; i++)
        {
            while (k + 1 < hourly.rows() && hourly.date().get(k + 1) + HOUR - FIVE_MINUTES <= main.date().get(i))
            {
                k++;
            }
            final boolean visible = k >= 0 && hourly.date().get(k) + HOUR - FIVE_MINUTES >= main.date().get(0);
            out[i] = visible ? values[k] : Double.NaN;
        }
        return out;
    }

    /** The expected signals of either strategy, as SignalColumns data files in a second data directory. */
    private Path expectation(final String strategy, final double buyGap, final double sellGap) throws IOException
    {
        final Path expected = Files.createDirectories(dir.resolve("expected/binance"));
        final PairFrame btcHourly = read("BTC/USDT", "1h");
        for (final String pair : PAIRS)
        {
            final PairFrame main = read(pair, "5m");
            final PairFrame own = read(pair, "1h");
            final double[] btcClose = aligned(main, btcHourly, btcHourly.close().toArray());
            final double[] mid = new double[own.rows()];
            for (int k = 0; k < mid.length; k++)
            {
                mid[k] = (own.high().get(k) + own.low().get(k)) / 2;
            }
            final double[] green = new double[btcHourly.rows()];
            for (int k = 0; k < green.length; k++)
            {
                green[k] = btcHourly.close().get(k) > btcHourly.open().get(k) ? 1 : 0;
            }
            final double[] ownMid = aligned(main, own, mid);
            final double[] btcGreen = aligned(main, btcHourly, green);
            final double[][] signals = new double[2][main.rows()];
            for (int i = 0; i < main.rows(); i++)
            {
                final double c = main.close().get(i);
                final boolean listed = "PyInformative".equals(strategy);
                signals[0][i] = (listed ? c < btcClose[i] * (1 - buyGap) :
                    c < ownMid[i] * (1 - buyGap) && btcGreen[i] == 1) ? 1 : 0;
                signals[1][i] = (listed ? c > btcClose[i] * (1 + sellGap) : c > ownMid[i]) ? 1 : 0;
            }
            final Map<String, double[]> values = new LinkedHashMap<>();
            main.columns().forEach((name, column) -> values.put(name, column.toArray()));
            values.put("enter_long", signals[0]);
            values.put("exit_long", signals[1]);
            CandleFiles.write(PairFiles.path(expected, pair, "5m", DataFormat.FEATHER), DataFormat.FEATHER,
                PairFrame.ofArrays(pair, "5m", main.date().toArray(), values));
        }
        return expected;
    }

    private List<String> backtestTrades(final Path config, final String strategy, final Path datadir)
        throws IOException
    {
        final Path export = dir.resolve("out/" + strategy + "-" + System.nanoTime() + ".json");
        final List<String> args = new ArrayList<>(List.of("backtest", "-c", config.toString(), "--strategy",
            strategy, "--export-filename", export.toString()));
        if (null != datadir)
        {
            args.addAll(List.of("--datadir", datadir.toString()));
        }
        final CliRun run = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode, run.err);
        final List<String> trades = new ArrayList<>();
        for (final JsonNode t : MAPPER.readTree(export.toFile()).path("strategy").path(strategy).path("trades"))
        {
            trades.add(t.path("pair").asText() + " " + t.path("open_timestamp").asLong() + " " +
                t.path("close_timestamp").asLong() + " " + t.path("open_rate").asText() + " " +
                t.path("close_rate").asText() + " " + t.path("exit_reason").asText() + " " +
                t.path("profit_abs").asText());
        }
        return trades;
    }

    @Test
    void shouldBacktestInformativePairsAsTheJavaExpectation() throws IOException
    {
        final Path config = prepare("PyInformative", "{}");
        final List<String> python = backtestTrades(config, "PyInformative", null);
        final List<String> expected = backtestTrades(config, "SignalColumns", expectation("PyInformative", 0.002,
            0.002));
        assertTrue(python.size() > 10, python.toString());
        assertEquals(expected, python);
    }

    @Test
    void shouldBacktestInformativeDecoratorsAsTheJavaExpectation() throws IOException
    {
        final Path config = prepare("PyInformativeDecorated", "{}");
        final List<String> python = backtestTrades(config, "PyInformativeDecorated", null);
        final List<String> expected = backtestTrades(config, "SignalColumns",
            expectation("PyInformativeDecorated", 0.001, 0));
        assertTrue(python.size() > 10, python.toString());
        assertEquals(expected, python);
    }

    @Test
    void shouldWarnAboutMissingInformativeCandlesAndRunAsFreqtrade() throws IOException
    {
        final Path config = prepare("PyInformativeDecorated", "{}");
        final Path missing = PairFiles.path(datadir(), "ETH/USDT", "1h", DataFormat.FEATHER);
        Files.delete(missing);
        final Path export = dir.resolve("out/missing.json");
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "--export-filename", export.toString());
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.err.contains("hyperjet: warning: no 1h informative candles for ETH/USDT in the selected range (" +
            missing + "); the strategy gets an empty dataframe there, as in Freqtrade"), run.err);
        // Freqtrade merges an empty frame: ETH/USDT's 1h columns are NaN, so it never enters; BTC/USDT still trades
        final List<String> pairs = new ArrayList<>();
        MAPPER.readTree(export.toFile()).path("strategy").path("PyInformativeDecorated").path("trades")
            .forEach(t -> pairs.add(t.path("pair").asText()));
        assertTrue(pairs.contains("BTC/USDT") && !pairs.contains("ETH/USDT"), pairs.toString());
    }

    /**
     * Hyperopt in a worker JVM, once attached to shared memory (informative candles from metadata.json) and once
     * without it (the worker reads them itself): the same epochs, and the best one's trades are the expectation's.
     */
    @Test
    void shouldHyperoptWithInformativeCandlesInSharedMemoryAndWithout() throws IOException
    {
        final Path config = prepare("PyInformativeDecorated", SHARED);
        final List<String> shared = hyperoptEpochs(config);
        assertEquals(shared, hyperoptEpochs(config("PyInformativeDecorated", UNSHARED)));
        final JsonNode best = MAPPER.readTree(dir.resolve("user_data/strategies/py_informative_decorated.json")
            .toFile());
        final double buyGap = best.path("params").path("buy").path("buy_gap").asDouble();
        final List<String> python = backtestTrades(config, "PyInformativeDecorated", null);
        assertEquals(backtestTrades(config, "SignalColumns", expectation("PyInformativeDecorated", buyGap, 0)),
            python);
    }

    @Test
    void shouldBacktestAJavaInformativeStrategyAsThePythonOne() throws IOException
    {
        final Path config = prepare("JavaInformative", "{}");
        final List<String> java = backtestTrades(config, "JavaInformative", null);
        assertTrue(java.size() > 10, java.toString());
        assertEquals(backtestTrades(config, "PyInformative", null), java);
    }

    /** Java workers attached to shared memory (informative candles from metadata.json) and without it. */
    @Test
    void shouldHyperoptAJavaInformativeStrategyAsThePythonOne() throws IOException
    {
        final Path config = prepare("JavaInformative", SHARED);
        final List<String> shared = hyperoptEpochs(config);
        assertEquals(shared, hyperoptEpochs(config("JavaInformative", UNSHARED)));
        assertEquals(shared, hyperoptEpochs(config("PyInformative", UNSHARED)));
    }

    private List<String> hyperoptEpochs(final Path config) throws IOException
    {
        final Path results = dir.resolve("user_data/hyperopt_results");
        final List<Path> before = fthypts(results);
        final CliRun run = CliRun.run("hyperopt", "-c", config.toString(), "--spaces", "buy", "-e", "4", "-j", "1",
            "--random-state", "7", "--hyperopt-loss", "OnlyProfitHyperOptLoss");
        assertEquals(0, run.exitCode, run.err);
        final List<String> epochs = new ArrayList<>();
        final List<Path> after = fthypts(results);
        after.removeAll(before);
        assertEquals(1, after.size(), after.toString());
        for (final String line : Files.readAllLines(after.get(0)))
        {
            final JsonNode e = MAPPER.readTree(line);
            epochs.add(e.path("params_dict") + " " + e.path("results_metrics").path("total_trades") + " " +
                e.path("results_metrics").path("profit_total_abs"));
        }
        assertEquals(4, epochs.size(), epochs.toString());
        return epochs;
    }

    private static List<Path> fthypts(final Path results) throws IOException
    {
        if (!Files.isDirectory(results))
        {
            return new ArrayList<>();
        }
        try (Stream<Path> files = Files.list(results))
        {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".fthypt")).toList());
        }
    }

    /** The first of python3, /usr/bin/python3 with numpy and pandas, behind a wrapper adding the stand-in. */
    private String python() throws IOException
    {
        final Path script = dir.resolve("python-with-stand-in");
        if (!Files.exists(script))
        {
            Files.writeString(script, "#!/bin/sh\nPYTHONPATH='" + STAND_IN + "' exec '" + interpreter() +
                "' \"$@\"\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        }
        return script.toString();
    }

    private static String interpreter() throws IOException
    {
        for (final String candidate : List.of("python3", "/usr/bin/python3"))
        {
            final Process p = new ProcessBuilder(candidate, "-c", "import numpy, pandas")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try
            {
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0)
                {
                    return candidate;
                }
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                break;
            }
            finally
            {
                p.destroyForcibly();
            }
        }
        throw new IllegalStateException("no python3 with numpy and pandas: apt-get install python3-pandas");
    }
}
