package io.hyperjet.coordinator.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures behind the pages, without a browser: the report reader on full and compact .fthypt lines, parameter
 * importance, and the downsampling of candles and lines.
 */
class PlotDataTest
{
    @TempDir
    Path dir;

    private static String line(final int epoch, final String loss, final int a, final String kind, final boolean trades)
    {
        final String metrics = trades ?
            "{\"total_trades\": 2, \"profit_total\": 0.01, \"trades\": [" +
                "{\"pair\": \"BTC/USDT\", \"open_date\": \"2024-01-01 00:00:00+00:00\", \"close_date\": " +
                "\"2024-01-01 01:00:00+00:00\", \"trade_duration\": 60, \"profit_ratio\": 0.02, \"profit_abs\": 2.0," +
                " \"exit_reason\": \"roi\", \"open_timestamp\": 1704067200000, \"close_timestamp\": 1704070800000}," +
                "{\"pair\": \"ETH/USDT\", \"open_date\": \"2024-01-01 00:00:00+00:00\", \"close_date\": " +
                "\"2024-01-01 00:30:00+00:00\", \"trade_duration\": 30, \"profit_ratio\": -0.01, \"profit_abs\": -1.0," +
                " \"exit_reason\": \"stop_loss\", \"open_timestamp\": 1704067200000, \"close_timestamp\": 1704069000000}]," +
                " \"strategy_name\": \"S\", \"timeframe\": \"5m\"}" :
            "{\"total_trades\": 2, \"profit_total\": 0.01, \"strategy_name\": \"S\", \"timeframe\": \"5m\"}";
        return "{\"loss\": " + loss + ", \"params_dict\": {\"a\": " + a + ", \"kind\": \"" + kind + "\"}, " +
            "\"results_metrics\": " + metrics + ", \"results_explanation\": \"x\", \"current_epoch\": " + epoch +
            ", \"is_best\": false, \"params_not_optimized\": {}}";
    }

    private Path fthypt(final List<String> lines) throws IOException
    {
        final Path file = dir.resolve("strategy_S_2024-01-01_00-00-00.fthypt");
        Files.write(file, lines);
        return file;
    }

    @Test
    void compactLinesAndABestEpochWithoutTradesAreRead() throws IOException
    {
        // Epoch 2 is best and compact (no trades); epoch 1 has trades; epoch 4's loss is not finite.
        final Path file = fthypt(List.of(line(1, "0.5", 10, "x", true), line(2, "0.1", 20, "y", false),
            line(3, "0.9", 30, "x", false), line(4, "NaN", 40, "y", false)));
        final ReportEpochs epochs = ReportEpochs.read(file);
        assertEquals(4, epochs.count);
        assertEquals(1, epochs.bestIndex);
        assertEquals(null, epochs.bestTrades());
        assertTrue(epochs.parameters.get("kind").categorical);
        assertEquals(List.of("x", "y"), epochs.parameters.get("kind").labels);
        final JsonNode data = HyperoptReport.data(epochs);
        assertEquals(3, data.path("loss").path("points").size());
        assertEquals(1, data.path("loss").path("notFinite").asInt());
        assertFalse(data.path("best").path("hasTrades").asBoolean());
        assertEquals(2, data.path("best").path("epoch").asInt());
        assertEquals(3, data.path("parallel").path("rows").size());
        assertEquals("y", data.path("parallel").path("rows").get(0).get(1).asText());
    }

    @Test
    void theBestEpochsTradesMakeTheProfitCurveInCloseOrder() throws IOException
    {
        final Path file = fthypt(List.of(line(1, "0.5", 10, "x", false), line(2, "0.1", 20, "y", true)));
        final JsonNode best = HyperoptReport.data(ReportEpochs.read(file)).path("best");
        assertTrue(best.path("hasTrades").asBoolean());
        assertEquals(2, best.path("tradeCount").asInt());
        // ETH closes first: -1, then BTC: +2.
        assertEquals(-1.0, best.path("curve").get(0).get(1).asDouble());
        assertEquals(1.0, best.path("curve").get(1).get(1).asDouble());
        assertEquals("stop_loss", best.path("trades").get(0).get(6).asText());
    }

    @Test
    void importanceIsHighForTheParameterThatDecidesTheLossAndLowForNoise()
    {
        final Random random = new Random(7);
        final int n = 2000;
        final double[] decisive = new double[n];
        final double[] noise = new double[n];
        final double[] loss = new double[n];
        for (int i = 0; i < n; i++)
        {
            decisive[i] = random.nextInt(100);
            noise[i] = random.nextDouble();
            loss[i] = decisive[i] * decisive[i] + random.nextGaussian();
        }
        final double high = ParameterImportance.etaSquared(decisive, loss);
        final double low = ParameterImportance.etaSquared(noise, loss);
        assertTrue(high > 0.9, "decisive " + high);
        assertTrue(low < 0.02, "noise " + low);
        assertEquals(0.0, ParameterImportance.etaSquared(new double[] {1, 1, 1}, new double[] {1, 2, 3}));
    }

    @Test
    void barsKeepEveryExtremeAndLttbKeepsEndsAndSpikes()
    {
        final int rows = 1_000_003;
        final long[] date = new long[rows];
        final double[] open = new double[rows];
        final double[] high = new double[rows];
        final double[] low = new double[rows];
        final double[] close = new double[rows];
        final double[] volume = new double[rows];
        final Random random = new Random(3);
        double price = 100;
        for (int r = 0; r < rows; r++)
        {
            date[r] = r * 300_000L;
            open[r] = price;
            price += random.nextGaussian();
            close[r] = price;
            high[r] = Math.max(open[r], close[r]) + random.nextDouble();
            low[r] = Math.min(open[r], close[r]) - random.nextDouble();
            volume[r] = 1;
        }
        high[777_777] = 1e6;
        final int per = Downsample.candlesPerBar(rows, 3000);
        final double[][] bars = Downsample.bars(date, open, high, low, close, volume, 0, rows, per);
        assertTrue(bars[0].length <= 3000);
        double maxHigh = Double.NEGATIVE_INFINITY;
        double minLow = Double.POSITIVE_INFINITY;
        double vol = 0;
        for (int b = 0; b < bars[0].length; b++)
        {
            maxHigh = Math.max(maxHigh, bars[2][b]);
            minLow = Math.min(minLow, bars[3][b]);
            vol += bars[5][b];
        }
        double expectedLow = Double.POSITIVE_INFINITY;
        for (final double l : low)
        {
            expectedLow = Math.min(expectedLow, l);
        }
        assertEquals(1e6, maxHigh);
        assertEquals(expectedLow, minLow);
        assertEquals(rows, vol);
        assertEquals(close[rows - 1], bars[4][bars[0].length - 1]);
        assertEquals(open[0], bars[1][0]);

        final double[] x = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            x[r] = r;
        }
        final int[] kept = Downsample.lttb(x, high, 2000);
        assertEquals(2000, kept.length);
        assertEquals(0, kept[0]);
        assertEquals(rows - 1, kept[kept.length - 1]);
        final List<Integer> list = new ArrayList<>();
        for (final int k : kept)
        {
            list.add(k);
        }
        assertTrue(list.contains(777_777), "the spike is kept");
        for (int i = 1; i < kept.length; i++)
        {
            assertTrue(kept[i] > kept[i - 1]);
        }
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws IOException
    {
        final Path results = Files.createDirectories(dir.resolve("user_data/hyperopt_results"));
        Files.writeString(results.resolve("bad.fthypt"), "{\"loss\": 1}\nnot json\n");
        final java.io.StringWriter err = new java.io.StringWriter();
        final int code = io.hyperjet.coordinator.cli.Main.execute(new String[] {"hyperopt-report", "--userdir",
            dir.resolve("user_data").toString(), "--hyperopt-filename", "bad.fthypt"},
            new java.io.PrintWriter(new java.io.StringWriter(), true), new java.io.PrintWriter(err, true));
        assertEquals(2, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("bad.fthypt: line 2 is not valid JSON"), err.toString());
        final java.io.StringWriter err2 = new java.io.StringWriter();
        assertEquals(2, io.hyperjet.coordinator.cli.Main.execute(new String[] {"plot-profit", "-c",
            writeConfig().toString()}, new java.io.PrintWriter(new java.io.StringWriter(), true),
            new java.io.PrintWriter(err2, true)));
        assertTrue(err2.toString().contains("backtest result file not found"), err2.toString());
    }

    private Path writeConfig() throws IOException
    {
        final Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"user_data_dir\": \"" + dir.resolve("user_data") + "\", \"timeframe\": \"5m\"}");
        return config;
    }
}
