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
        close("zlsma_20_mp5", qtpylib.zlma(close, 20, 5, "sma"));
        exact("zlema_20", qtpylib.zlma(close, 20, 20, "ewm"));
        exact("zlhma_20", qtpylib.zlma(close, 20, 20, "hma"));
        exact("rolling_mean_20", qtpylib.numpyRollingMean(close, 20));
        exact("rolling_std_20", qtpylib.numpyRollingStd(close, 20));
        exact("rolling_min_14_mp3", qtpylib.rollingMin(bars.get("low"), 14, 3));
        exact("rolling_max_14_mp3", qtpylib.rollingMax(bars.get("high"), 14, 3));
        close("sma_20_mp5", qtpylib.sma(close, 20, 5));
        exact("wma_20_mp5", qtpylib.wma(close, 20, 5));
        exact("hma_20_mp5", qtpylib.hma(close, 20, 5));
        exact("hma_20_mp5", qtpylib.hullMovingAverage(close, 20, 5));
    }

    @Test
    void shouldAnswerNanVolatilityWhereNumpysWindowFails()
    {
        // qtpylib wraps numpy's failure (window outside [1, rows]) in try/except and returns nans(len(series))
        final Series s = new Series(new double[]{1, 2, 4});
        for (final int window : new int[]{0, 4, 252})
        {
            assertArrayEquals(new double[]{Double.NaN, Double.NaN, Double.NaN},
                qtpylib.impliedVolatility(s, window).values(), "window " + window);
        }
        // window 2 over log returns [nan, ln 2, ln 2]: std of [nan, ln 2] is NaN, of [ln 2, ln 2] is 0
        assertArrayEquals(new double[]{Double.NaN, Double.NaN, 0.0}, qtpylib.impliedVolatility(s, 2).values());
        assertArrayEquals(new double[]{Double.NaN, Double.NaN}, qtpylib.nans(2).values());
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
        close("implied_volatility_30", qtpylib.impliedVolatility(bars.get("close"), 30));
        close("implied_volatility_252", qtpylib.impliedVolatility(bars.get("close")));
        final UnsupportedOperationException ex =
            assertThrows(UnsupportedOperationException.class, () -> qtpylib.vwap(bars));
        assertTrue(ex.getMessage().contains("lookahead bias"), ex.getMessage());
    }

    @Test
    void shouldKeepNumpysInfinitiesAndPandasNanOnEachPath()
    {
        final double inf = Double.POSITIVE_INFINITY;
        final double nan = Double.NaN;
        final Series s = new Series(new double[]{1, 2, inf, 4, 5, -inf, 7, 8, 9});
        // numpy windows (min_periods = window, series longer): np.mean([1, 2, inf]) is inf, np.std of it NaN
        assertArrayEquals(new double[]{nan, nan, inf, inf, inf, -inf, -inf, -inf, 8},
            qtpylib.rollingMean(s, 3).values());
        assertArrayEquals(new double[]{nan, nan, nan, nan, nan, nan, nan, nan, 1}, qtpylib.rollingStd(s, 3).values());
        // pandas windows read inf as NaN: pd.Series(s).rolling(3, min_periods=1).mean() and rolling(2).max()
        assertArrayEquals(new double[]{1, 1.5, 1.5, 3, 4.5, 4.5, 6, 7.5, 8}, qtpylib.rollingMean(s, 3, 1).values());
        assertArrayEquals(new double[]{nan, 2, nan, nan, 5, nan, nan, 8, 9}, qtpylib.rollingMax(s, 2).values());
    }

    @Test
    void shouldCutTheSessionLikeQtpylib()
    {
        // 5m rows from 2024-01-04 12:00 UTC to 2024-01-05 18:00 UTC, close = row number
        final DataFrame day = fiveMinuteRows("2024-01-04T12:00:00Z", 30 * 12 + 1);
        // default 17:00-16:00: start 17 + 0 - 0.01 - 0.0001 = 16.9899, end 16.0 is below it, so an overnight
        // session; now = 18 (last hour) + 0 (first minute) / 100 >= 16.9899: cut at 2024-01-05 17:00, 13 rows
        final DataFrame evening = qtpylib.session(day);
        assertEquals(13, evening.rows());
        assertEquals(epochMs("2024-01-05T17:00:00Z"), evening.get("date").get(0));
        assertEquals(30 * 12 - 12, evening.get("close").get(0));
        assertEquals(List.of("date", "close"), evening.columns());
        // ending at 2024-01-05 12:00: now = 12 < 16.9899, so the session began the day before at 17:00
        final DataFrame noon = qtpylib.session(fiveMinuteRows("2024-01-04T12:00:00Z", 24 * 12 + 1));
        assertEquals(19 * 12 + 1, noon.rows());
        assertEquals(epochMs("2024-01-04T17:00:00Z"), noon.get("date").get(0));
        // 09:30-16:00: start 9 + 30 - 0.0101 = 38.9899 (hours plus minutes, qtpylib's arithmetic), end 16.0 is below
        // it, now 18 is below it too: cut at the previous day's 09:30, which is before the first row, so all rows
        assertEquals(30 * 12 + 1, qtpylib.session(day, "09:30", "16:00").rows());
        // 08:00-16:00: a same-day session (16.0 > 7.9899), now 18 >= 7.9899: cut at 2024-01-05 08:00
        assertEquals(10 * 12 + 1, qtpylib.session(day, "08:00", "16:00").rows());
        final IllegalArgumentException ex =
            assertThrows(IllegalArgumentException.class, () -> qtpylib.session(day, "17h", "16:00"));
        assertEquals("session start must be a time of day HH:MM[:SS], was '17h'", ex.getMessage());
    }

    private static double epochMs(final String instant)
    {
        return java.time.Instant.parse(instant).toEpochMilli();
    }

    private static DataFrame fiveMinuteRows(final String first, final int rows)
    {
        final double[] date = new double[rows];
        final double[] close = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            date[i] = epochMs(first) + i * 300_000.0;
            close[i] = i;
        }
        return DataFrame.ofColumns(List.of("date", "close"), List.of(new Series(date), new Series(close)));
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
