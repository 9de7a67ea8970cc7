package io.hyperjet.worker.frame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.strategy.IndicatorColumns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every qtpylib function against values pandas and numpy compute from qtpylib's formulas on the same candles
 * ({@code src/test/python/qtpylib_expected/expected.py}, run with the python3 that has pandas). Functions on
 * numpy windows, ewm and element-wise arithmetic must match bit for bit; those on pandas' {@code rolling} windows
 * to 1e-9 relative: pandas updates window sums and variances incrementally where hyperjet's array ops use exact
 * window sums, and the variance {@code (Σx² - (Σx)²/n) / (n - 1)} of prices near 100 loses digits to cancellation
 * (seen: 3e-11 relative on a 20-row deviation).
 */
class QtpylibFunctionsTest
{
    private static final int ROWS = 400;
    private static final double ROLLING_TOLERANCE = 1e-9;

    private static Map<String, double[]> expected;
    private static DataFrame bars;

    @BeforeAll
    static void runPandas(@TempDir final Path dir) throws IOException, InterruptedException
    {
        final PairFrame candles = FrameStrategyTest.candles(ROWS, 21);
        bars = DataFrame.forIndicators(FrameContext.STANDALONE, candles, new IndicatorColumns(ROWS));
        final StringBuilder csv = new StringBuilder("open,high,low,close,volume\n");
        for (int i = 0; i < ROWS; i++)
        {
            csv.append(candles.open().get(i)).append(',').append(candles.high().get(i)).append(',')
                .append(candles.low().get(i)).append(',').append(candles.close().get(i)).append(',')
                .append(candles.volume().get(i)).append('\n');
        }
        final Path data = dir.resolve("bars.csv");
        Files.writeString(data, csv);
        expected = pandas("expected.py", data);
    }

    /**
     * Runs a script of {@code src/test/python/qtpylib_expected} on a csv and reads its lines: a name, then values.
     *
     * @param script the script's file name.
     * @param data   the csv.
     * @return the values by name.
     */
    static Map<String, double[]> pandas(final String script, final Path data) throws IOException, InterruptedException
    {
        final Path path = Path.of("src/test/python/qtpylib_expected").resolve(script).toAbsolutePath();
        final Process process = new ProcessBuilder(pandasPython(), path.toString(), data.toString())
            .redirectErrorStream(true).start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "python timed out");
        assertEquals(0, process.exitValue(), output);
        final Map<String, double[]> values = new HashMap<>();
        for (final String line : output.split("\n"))
        {
            final String[] fields = line.trim().split(" ");
            final double[] row = new double[fields.length - 1];
            for (int i = 1; i < fields.length; i++)
            {
                row[i - 1] = Double.parseDouble(fields[i].replace("nan", "NaN").replace("inf", "Infinity"));
            }
            values.put(fields[0], row);
        }
        return values;
    }

    static String pandasPython() throws IOException, InterruptedException
    {
        for (final String candidate : List.of("python3", "/usr/bin/python3"))
        {
            try
            {
                final Process p = new ProcessBuilder(candidate, "-c", "import pandas, numpy").start();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0)
                {
                    return candidate;
                }
            }
            catch (final IOException ignore)
            {
                // not on this machine; try the next
            }
        }
        throw new IllegalStateException("no python3 with numpy and pandas: apt-get install python3-pandas");
    }

    private static void exact(final String name, final Series actual)
    {
        final double[] want = expected.get(name);
        assertEquals(ROWS, want.length, name);
        for (int i = 0; i < ROWS; i++)
        {
            assertEquals(Double.doubleToLongBits(want[i]), Double.doubleToLongBits(actual.get(i)),
                name + " row " + i + ": pandas " + want[i] + ", java " + actual.get(i));
        }
    }

    private static void close(final String name, final Series actual)
    {
        final double[] want = expected.get(name);
        for (int i = 0; i < ROWS; i++)
        {
            if (Double.isNaN(want[i]))
            {
                assertTrue(Double.isNaN(actual.get(i)), name + " row " + i + " should be NaN: " + actual.get(i));
            }
            else
            {
                assertEquals(want[i], actual.get(i), Math.abs(want[i]) * ROLLING_TOLERANCE + 1e-300,
                    name + " row " + i);
            }
        }
    }

    private final QtpylibFunctions qtpylib = new QtpylibFunctions();

    @Test
    void shouldMatchPricesAndHeikinAshi()
    {
        exact("typical_price", qtpylib.typicalPrice(bars));
        exact("mid_price", qtpylib.midPrice(bars));
        exact("ibs", qtpylib.ibs(bars));
        final DataFrame ha = qtpylib.heikinashi(bars);
        exact("ha_open", ha.get("open"));
        exact("ha_high", ha.get("high"));
        exact("ha_low", ha.get("low"));
        exact("ha_close", ha.get("close"));
    }

    @Test
    void shouldMatchRollingWindows()
    {
        final Series close = bars.get("close");
        exact("rolling_mean_20", qtpylib.rollingMean(close, 20));
        exact("rolling_mean_20", qtpylib.sma(close, 20));
        exact("rolling_std_20", qtpylib.rollingStd(close, 20));
        close("rolling_mean_20_mp5", qtpylib.rollingMean(close, 20, 5));
        close("rolling_std_20_mp5", qtpylib.rollingStd(close, 20, 5));
        exact("rolling_min_14", qtpylib.rollingMin(bars.get("low"), 14));
        exact("rolling_max_14", qtpylib.rollingMax(bars.get("high"), 14));
        exact("rwm_20", qtpylib.rollingWeightedMean(close, 20));
        exact("rwm_20", qtpylib.wma(close, 20));
        exact("hma_20", qtpylib.hma(close, 20));
        exact("zlema_20", qtpylib.zlema(close, 20));
        exact("zlhma_20", qtpylib.zlhma(close, 20));
        close("zlsma_20_mp5", qtpylib.zlsma(close, 20, 5));
    }

    @Test
    void shouldMatchBandsAndChannels()
    {
        final DataFrame bb = qtpylib.bollingerBands(qtpylib.typicalPrice(bars), 20, 2);
        close("bb_upper", bb.get("upper"));
        close("bb_mid", bb.get("mid"));
        close("bb_lower", bb.get("lower"));
        final DataFrame wbb = qtpylib.weightedBollingerBands(bars.get("close"), 20, 2);
        exact("wbb_upper", wbb.get("upper"));
        exact("wbb_mid", wbb.get("mid"));
        exact("wbb_lower", wbb.get("lower"));
        final DataFrame kc = qtpylib.keltnerChannel(bars, 14, 2);
        exact("kc_upper", kc.get("upper"));
        exact("kc_mid", kc.get("mid"));
        exact("kc_lower", kc.get("lower"));
    }

    @Test
    void shouldMatchVolatility()
    {
        exact("true_range", qtpylib.trueRange(bars));
        exact("atr_14", qtpylib.atr(bars, 14));
        exact("atr_14_exp", qtpylib.atr(bars, 14, true));
        close("chopiness_14", qtpylib.chopiness(bars, 14));
        exact("zscore", qtpylib.zscore(bars));
    }

    @Test
    void shouldMatchMomentum()
    {
        final Series close = bars.get("close");
        exact("rsi_14", qtpylib.rsi(close));
        final DataFrame tdi = qtpylib.tdi(close);
        exact("tdi_rsi", tdi.get("rsi"));
        exact("tdi_smooth", tdi.get("rsi_smooth"));
        exact("tdi_signal", tdi.get("rsi_signal"));
        close("tdi_mid", tdi.get("rsi_bb_mid"));
        close("tdi_upper", tdi.get("rsi_bb_upper"));
        close("tdi_lower", tdi.get("rsi_bb_lower"));
        final DataFrame macd = qtpylib.macd(close, 3, 10, 16);
        exact("macd", macd.get("macd"));
        exact("macd_signal", macd.get("signal"));
        exact("macd_histogram", macd.get("histogram"));
        exact("roc_14", qtpylib.roc(close, 14));
        exact("cci_14", qtpylib.cci(bars, 14));
        final DataFrame fast = qtpylib.stoch(bars, 14, 3, 3, true);
        exact("fast_k", fast.get("fast_k"));
        close("fast_d", fast.get("fast_d"));
        final DataFrame slow = qtpylib.stoch(bars);
        close("slow_k", slow.get("slow_k"));
        close("slow_d", slow.get("slow_d"));
        exact("ao", qtpylib.awesomeOscillator(bars));
        exact("ao_weighted", qtpylib.awesomeOscillator(bars, true, 5, 34));
    }

    @Test
    void shouldMatchVolumeAndReturns()
    {
        close("rolling_vwap_20", qtpylib.rollingVwap(bars, 20));
        exact("pvt", qtpylib.pvt(bars));
        exact("returns", qtpylib.returns(bars.get("close")));
        close("log_returns", qtpylib.logReturns(bars.get("close")));
        final UnsupportedOperationException ex =
            assertThrows(UnsupportedOperationException.class, () -> qtpylib.vwap(bars));
        assertTrue(ex.getMessage().contains("lookahead bias"), ex.getMessage());
    }

    @Test
    void shouldCrossOnHandWorkedRows()
    {
        final Series a = new Series(new double[]{1, 3, 3, 1, Double.NaN, 5, 2});
        final Series b = new Series(new double[]{2, 2, 4, 0, 0, 0, 3});
        // above: row 1 (3 > 2, 1 <= 2); row 5 has a NaN before it; below: row 2 (3 < 4, 3 >= 2), row 6 (2 < 3, 5 >= 0)
        assertArrayEquals(new boolean[]{false, true, false, true, false, false, false},
            qtpylib.crossedAbove(a, b).values());
        assertArrayEquals(new boolean[]{false, false, true, false, false, false, true},
            qtpylib.crossedBelow(a, b).values());
        assertArrayEquals(new boolean[]{false, true, false, false, false, false, false},
            qtpylib.crossedAbove(a, 2).values());
        assertArrayEquals(new boolean[]{false, true, true, true, false, false, true}, qtpylib.crossed(a, b).values());
    }
}
