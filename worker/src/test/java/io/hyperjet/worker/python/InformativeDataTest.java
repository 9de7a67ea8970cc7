package io.hyperjet.worker.python;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.IndicatorColumns;
import io.hyperjet.worker.strategy.Strategy;
import io.hyperjet.worker.strategy.StrategyLoader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data provider of Python strategies (python-strategies.md 8): which informative candles a strategy asks for,
 * how merge_informative_pair and @informative align them (no look-ahead: a 1h candle becomes visible on the 5m
 * candle that opens 5 minutes before it closes), signals equal to a Java recomputation, and the one-line errors
 * for candles the run lacks.
 */
class InformativeDataTest
{
    private static final long T0 = 1_704_067_200_000L; // 2024-01-01 00:00 UTC
    private static final long FIVE_MINUTES = 300_000L;
    private static final long HOUR = 3_600_000L;

    @TempDir
    Path tmp;

    @AfterAll
    static void shouldLeaveNoBridgeProcess() throws InterruptedException
    {
        assertEquals(0, TestPython.bridgeProcesses());
    }

    private PythonStrategy load(final String name) throws IOException
    {
        final PythonOptions options = new PythonOptions(TestPython.wrapper(tmp).toString(),
            JsonNodeFactory.instance.objectNode().put("stake_currency", "USDT"), "backtest");
        return (PythonStrategy)StrategyLoader.load(name, options, TestPython.STRATEGIES);
    }

    @Test
    void shouldAskForTheCandlesItsStrategyNames() throws IOException
    {
        try (PythonStrategy listed = load("PyInformative"); PythonStrategy decorated = load("PyInformativeDecorated"))
        {
            assertEquals(List.of("BTC/USDT 1h"), names(PythonStrategy.informativeNeeds(listed, List.of("ETH/USDT"))));
            // dir() order: populate_indicators_1h (the pair's own) before populate_indicators_btc_1h
            assertEquals(List.of("ETH/USDT 1h", "XRP/USDT 1h", "BTC/USDT 1h"),
                names(PythonStrategy.informativeNeeds(decorated, List.of("ETH/USDT", "XRP/USDT"))));
        }
    }

    private static List<String> names(final List<InformativeFrame.Key> keys)
    {
        final List<String> names = new ArrayList<>();
        keys.forEach(k -> names.add(k.pair() + " " + k.timeframe()));
        return names;
    }

    @Test
    void shouldMergeOnlyClosedInformativeCandles() throws IOException
    {
        // 3 hours of 5m candles from T0; 1h candles from T0 - 2h whose close is 1000 + their hour number
        final PairFrame main = candles("ETH/USDT", "5m", T0, FIVE_MINUTES, 36, 7);
        final long[] hours = new long[6];
        final double[] close = new double[6];
        for (int k = 0; k < hours.length; k++)
        {
            hours[k] = T0 + (k - 2) * HOUR;
            close[k] = 1000 + k;
        }
        final PairFrame hourly = PairFrame.ofArrays("BTC/USDT", "1h", hours,
            ohlcv(new double[][]{close, close, close, close, close}));
        try (PythonStrategy s = load("PyInformative"))
        {
            PythonStrategy.informativeData(s, List.of(present(hourly)));
            final double[] merged = s.runIndicators(main).get("close_1h");
            for (int i = 0; i < main.rows(); i++)
            {
                final long t = main.date().get(i);
                // rows before 00:55 see nothing: the 23:00 candle's merge key (23:55) is before the first 5m row
                final double expected = i < 11 ? Double.NaN : 1002 + (i - 11) / 12;
                assertEquals(expected, merged[i], 0.0, "row " + i);
                if (!Double.isNaN(merged[i]))
                {
                    final long closes = hours[(int)merged[i] - 1000] + HOUR;
                    assertTrue(closes <= t + FIVE_MINUTES, "row " + i + " sees a candle closing at " + closes);
                }
            }
        }
    }

    /* Freqtrade keeps an @informative merge's date_<tf> column: it reaches the signal phase as dates, unwarned. */
    @Test
    void shouldKeepTheMergedDateColumnAsDates() throws IOException
    {
        final Path dir = Files.createDirectory(tmp.resolve("dated"));
        Files.writeString(dir.resolve("dated_informative.py"), """
            from freqtrade.strategy import IStrategy, informative


            class DatedInformative(IStrategy):
                timeframe = "5m"
                minimal_roi = {"0": 1}
                stoploss = -0.1

                @informative("1h")
                def populate_indicators_1h(self, dataframe, metadata):
                    return dataframe

                def populate_indicators(self, dataframe, metadata):
                    return dataframe

                def populate_entry_trend(self, dataframe, metadata):
                    dataframe.loc[dataframe["date_1h"].dt.hour % 2 == 0, "enter_long"] = 1
                    return dataframe

                def populate_exit_trend(self, dataframe, metadata):
                    return dataframe
            """);
        final PairFrame main = candles("ETH/USDT", "5m", T0, FIVE_MINUTES, 60, 7);
        final PairFrame hourly = candles("ETH/USDT", "1h", T0 - 2 * HOUR, HOUR, 8, 8);
        final java.io.PrintStream stderr = System.err;
        final java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        try (PythonStrategy s = (PythonStrategy)StrategyLoader.load("DatedInformative",
            TestPython.options(tmp, "backtest"), dir))
        {
            PythonStrategy.informativeData(s, List.of(present(hourly)));
            System.setErr(new java.io.PrintStream(warnings, true));
            final double[] dates = s.runIndicators(main).get("date_1h");
            final Signals signals = signals(s, main);
            final byte[] expected = new byte[main.rows()];
            for (int i = 0; i < main.rows(); i++)
            {
                // the 1h candle merged at row i (rows before 00:55 see none, as in the test above)
                final long hour = (i - 11) / 12;
                assertEquals(i < 11 ? Double.NaN : (double)(T0 + hour * HOUR), dates[i], 0.0, "row " + i);
                expected[i] = (byte)(i >= 11 && hour % 2 == 0 ? 1 : 0);
            }
            assertArrayEquals(expected, signals.enterLong());
        }
        finally
        {
            System.setErr(stderr);
        }
        assertEquals("", warnings.toString());
    }

    @Test
    void shouldGiveTheSignalsOfAJavaRecomputation() throws IOException
    {
        final PairFrame eth = candles("ETH/USDT", "5m", T0, FIVE_MINUTES, 1200, 11);
        final PairFrame btc5m = candles("BTC/USDT", "5m", T0 - 6 * HOUR, FIVE_MINUTES, 1300, 12);
        final PairFrame btc = resample(btc5m, 12, "1h");
        final PairFrame eth1h = resample(candles("ETH/USDT", "5m", T0 - 2 * HOUR, FIVE_MINUTES, 1224, 11), 12, "1h");
        try (PythonStrategy listed = load("PyInformative"); PythonStrategy decorated = load("PyInformativeDecorated"))
        {
            PythonStrategy.informativeData(listed, List.of(present(btc)));
            PythonStrategy.informativeData(decorated, List.of(present(btc), present(eth1h)));
            final double[] btcClose = aligned(eth, btc, btc.close().toArray());
            final Signals fromListed = signals(listed, eth);
            final double[] mid = new double[eth1h.rows()];
            final double[] green = new double[btc.rows()];
            for (int k = 0; k < mid.length; k++)
            {
                mid[k] = (eth1h.high().get(k) + eth1h.low().get(k)) / 2;
            }
            for (int k = 0; k < green.length; k++)
            {
                green[k] = btc.close().get(k) > btc.open().get(k) ? 1 : 0;
            }
            final double[] ethMid = aligned(eth, eth1h, mid);
            final double[] btcGreen = aligned(eth, btc, green);
            final Signals fromDecorated = signals(decorated, eth);
            final byte[][] expected = new byte[4][eth.rows()];
            for (int i = 0; i < eth.rows(); i++)
            {
                final double c = eth.close().get(i);
                expected[0][i] = (byte)(c < btcClose[i] * (1 - 0.002) ? 1 : 0);
                expected[1][i] = (byte)(c > btcClose[i] * (1 + 0.002) ? 1 : 0);
                expected[2][i] = (byte)(c < ethMid[i] * (1 - 0.001) && btcGreen[i] == 1 ? 1 : 0);
                expected[3][i] = (byte)(c > ethMid[i] ? 1 : 0);
            }
            assertArrayEquals(expected[0], fromListed.enterLong());
            assertArrayEquals(expected[1], fromListed.exitLong());
            assertArrayEquals(expected[2], fromDecorated.enterLong());
            assertArrayEquals(expected[3], fromDecorated.exitLong());
            assertTrue(count(expected[0]) > 50 && count(expected[2]) > 20 && count(expected[3]) > 50,
                count(expected[0]) + " " + count(expected[2]) + " " + count(expected[3]));
        }
    }

    @Test
    void shouldAnswerWhitelistRunmodeAndHistoricCandles() throws IOException
    {
        final Path dir = Files.createDirectory(tmp.resolve("whitelist"));
        Files.writeString(dir.resolve("whole_whitelist.py"), """
            from freqtrade.enums import RunMode
            from freqtrade.strategy import IStrategy


            class WholeWhitelist(IStrategy):
                timeframe = "5m"
                minimal_roi = {"0": 1}
                stoploss = -0.1

                def informative_pairs(self):
                    return [(pair, "1h") for pair in self.dp.current_whitelist()]

                def populate_indicators(self, dataframe, metadata):
                    assert self.dp.runmode == RunMode.HYPEROPT and self.dp.runmode == "hyperopt"
                    hist = self.dp.historic_ohlcv(metadata["pair"], "1h")
                    same = self.dp.get_pair_dataframe(metadata["pair"], "1h")
                    hist.loc[:, "close"] = 0.0  # a copy: the next call must not see it
                    dataframe["rows_1h"] = float(len(hist)) if same.equals(self.dp.historic_ohlcv(
                        metadata["pair"], "1h")) else -1.0
                    dataframe["first_1h"] = float(same["date"].iloc[0].timestamp())
                    dataframe["last_close_1h"] = same["close"].iloc[-1]
                    dataframe["whitelist"] = float(len(self.dp.current_whitelist()))
                    return dataframe

                def populate_entry_trend(self, dataframe, metadata):
                    return dataframe

                def populate_exit_trend(self, dataframe, metadata):
                    return dataframe
            """);
        final PairFrame ethHourly = candles("ETH/USDT", "1h", T0 - 5 * HOUR, HOUR, 40, 4);
        final PairFrame xrpHourly = candles("XRP/USDT", "1h", T0, HOUR, 30, 5);
        try (PythonStrategy s = (PythonStrategy)StrategyLoader.load("WholeWhitelist",
            TestPython.options(tmp, "hyperopt"), dir))
        {
            assertEquals(List.of("ETH/USDT 1h", "XRP/USDT 1h"),
                names(PythonStrategy.informativeNeeds(s, List.of("ETH/USDT", "XRP/USDT"))));
            PythonStrategy.informativeData(s, List.of(present(ethHourly), present(xrpHourly)));
            final IndicatorColumns columns = s.runIndicators(candles("ETH/USDT", "5m", T0, FIVE_MINUTES, 30, 6));
            assertEquals(40.0, columns.get("rows_1h")[0]);
            assertEquals((T0 - 5 * HOUR) / 1000.0, columns.get("first_1h")[0]);
            assertEquals(ethHourly.close().get(39), columns.get("last_close_1h")[0]);
            assertEquals(2.0, columns.get("whitelist")[0]);
        }
    }

    @Test
    void shouldGiveFreqtradesEmptyFrameForMissingCandles() throws IOException
    {
        final PairFrame eth = candles("ETH/USDT", "5m", T0, FIVE_MINUTES, 100, 3);
        try (PythonStrategy s = load("PyInformative"))
        {
            PythonStrategy.informativeData(s, List.of(new InformativeFrame("BTC/USDT", "1h", null, false,
                tmp.resolve("BTC_USDT-1h.feather"))));
            // Freqtrade merges the empty frame: all-NaN columns, comparisons false, no entries and no error
            final double[] merged = s.runIndicators(eth).get("close_1h");
            for (final double v : merged)
            {
                assertTrue(Double.isNaN(v));
            }
            assertEquals(0, count(signals(s, eth).enterLong()));
        }
    }

    @Test
    void shouldNameTheMissingFileWhenTheStrategyFailsOnItsEmptyFrame() throws IOException
    {
        final Path dir = Files.createDirectory(tmp.resolve("strategies"));
        final Path file = dir.resolve("last_close.py");
        Files.writeString(file, """
            from freqtrade.strategy import IStrategy


            class LastClose(IStrategy):
                timeframe = "5m"
                minimal_roi = {"0": 1}
                stoploss = -0.1

                def informative_pairs(self):
                    return [("BTC/USDT", "1h")]

                def populate_indicators(self, dataframe, metadata):
                    dataframe["btc"] = self.dp.get_pair_dataframe("BTC/USDT", "1h")["close"].iloc[-1]
                    return dataframe

                def populate_entry_trend(self, dataframe, metadata):
                    return dataframe

                def populate_exit_trend(self, dataframe, metadata):
                    return dataframe
            """);
        final Path missing = tmp.resolve("BTC_USDT-1h.feather");
        try (PythonStrategy s = (PythonStrategy)StrategyLoader.load("LastClose", TestPython.options(tmp, "backtest"),
            dir))
        {
            PythonStrategy.informativeData(s, List.of(new InformativeFrame("BTC/USDT", "1h", null, false, missing)));
            final UserInputException ex = assertThrows(UserInputException.class,
                () -> s.runIndicators(candles("ETH/USDT", "5m", T0, FIVE_MINUTES, 20, 3)));
            assertEquals(file + ":13: IndexError: single positional indexer is out-of-bounds; note: no candles for " +
                "BTC/USDT 1h (" + missing + ") (Freqtrade gives an empty dataframe there too)", ex.getMessage());
        }
    }

    @Test
    void shouldRefuseCandlesTheStrategyDidNotList() throws IOException
    {
        try (PythonStrategy s = load("PyInformative"))
        {
            final UserInputException ex = assertThrows(UserInputException.class,
                () -> s.runIndicators(candles("ETH/USDT", "5m", T0, FIVE_MINUTES, 50, 1)));
            assertEquals(TestPython.STRATEGIES.resolve("py_informative.py") + ": the strategy asks the data " +
                "provider for BTC/USDT 1h candles, which Hyperjet did not load: list ('BTC/USDT', '1h') in " +
                "informative_pairs() (Hyperjet loads informative candles before the run)", ex.getMessage());
        }
    }

    @Test
    void shouldRefuseCandleTypesItDoesNotLoad() throws IOException
    {
        final Path dir = Files.createDirectory(tmp.resolve("mark"));
        final Path file = dir.resolve("mark_informative.py");
        Files.writeString(file, """
            from freqtrade.strategy import IStrategy


            class MarkInformative(IStrategy):
                timeframe = "5m"
                minimal_roi = {"0": 1}
                stoploss = -0.1

                def informative_pairs(self):
                    return [("BTC/USDT", "1h", "mark")]

                def populate_entry_trend(self, dataframe, metadata):
                    return dataframe

                def populate_exit_trend(self, dataframe, metadata):
                    return dataframe
            """);
        try (PythonStrategy s = (PythonStrategy)StrategyLoader.load("MarkInformative",
            TestPython.options(tmp, "backtest"), dir))
        {
            final UserInputException ex = assertThrows(UserInputException.class,
                () -> PythonStrategy.informativeNeeds(s, List.of("ETH/USDT")));
            assertEquals(file + ": informative_pairs() for BTC/USDT 1h asks for candle_type mark; Hyperjet loads " +
                "only spot candles", ex.getMessage());
        }
    }

    private static InformativeFrame present(final PairFrame frame)
    {
        return new InformativeFrame(frame.pair(), frame.timeframe(), frame, false, Path.of("unused"));
    }

    private static Signals signals(final Strategy s, final PairFrame candles)
    {
        final PairFrame frame = s.runIndicators(candles).appendTo(candles);
        final Signals signals = new Signals(frame.rows());
        s.runSignals(frame, signals);
        return signals;
    }

    private static int count(final byte[] codes)
    {
        int n = 0;
        for (final byte c : codes)
        {
            n += c;
        }
        return n;
    }

    /**
     * Freqtrade's alignment, recomputed: main row t sees the last 1h candle whose merge key (open + 1h - 5m) is a
     * main date at or before t; keys before the first main date match no row, so the first rows see none.
     */
    private static double[] aligned(final PairFrame main, final PairFrame informative, final double[] values)
    {
        final double[] out = new double[main.rows()];
        final long first = main.date().get(0);
        int k = -1;
        for (int i = 0; i < out.length; i++)
        {
            final long t = main.date().get(i);
            while (k + 1 < informative.rows() && informative.date().get(k + 1) + HOUR - FIVE_MINUTES <= t)
            {
                k++;
            }
            final boolean visible = k >= 0 && informative.date().get(k) + HOUR - FIVE_MINUTES >= first;
            out[i] = visible ? values[k] : Double.NaN;
        }
        return out;
    }

    private static PairFrame resample(final PairFrame frame, final int per, final String timeframe)
    {
        final int rows = frame.rows() / per;
        final long[] date = new long[rows];
        final double[][] v = new double[5][rows];
        for (int r = 0; r < rows; r++)
        {
            final int a = r * per;
            date[r] = frame.date().get(a);
            v[0][r] = frame.open().get(a);
            v[1][r] = Double.NEGATIVE_INFINITY;
            v[2][r] = Double.POSITIVE_INFINITY;
            for (int i = a; i < a + per; i++)
            {
                v[1][r] = Math.max(v[1][r], frame.high().get(i));
                v[2][r] = Math.min(v[2][r], frame.low().get(i));
                v[4][r] += frame.volume().get(i);
            }
            v[3][r] = frame.close().get(a + per - 1);
        }
        return PairFrame.ofArrays(frame.pair(), timeframe, date, ohlcv(v));
    }

    static PairFrame candles(final String pair, final String timeframe, final long start, final long step,
        final int rows, final long seed)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final long[] date = new long[rows];
        final double[][] v = new double[5][rows];
        double price = 100.0;
        for (int i = 0; i < rows; i++)
        {
            date[i] = start + i * step;
            v[0][i] = price;
            price *= 1.0 + (random.nextDouble() - 0.5) * 0.01;
            v[3][i] = price;
            v[1][i] = Math.max(v[0][i], price) * (1.0 + random.nextDouble() * 0.004);
            v[2][i] = Math.min(v[0][i], price) * (1.0 - random.nextDouble() * 0.004);
            v[4][i] = 1.0 + random.nextDouble() * 100.0;
        }
        return PairFrame.ofArrays(pair, timeframe, date, ohlcv(v));
    }

    private static Map<String, double[]> ohlcv(final double[][] v)
    {
        final Map<String, double[]> columns = new LinkedHashMap<>();
        final String[] names = {PairFrame.OPEN, PairFrame.HIGH, PairFrame.LOW, PairFrame.CLOSE, PairFrame.VOLUME};
        for (int k = 0; k < names.length; k++)
        {
            columns.put(names[k], v[k]);
        }
        return columns;
    }
}
