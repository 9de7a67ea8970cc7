package io.hyperjet.worker.python;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.backtest.BacktestEngine;
import io.hyperjet.worker.backtest.BacktestPair;
import io.hyperjet.worker.backtest.BacktestResult;
import io.hyperjet.worker.backtest.BacktestSettings;
import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.Strategy;
import io.hyperjet.worker.strategy.StrategyLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Callbacks of Python strategies through the iterative backtester: a strategy with custom_stoploss, custom_exit and
 * confirm_trade_entry that read the data provider gives the trades of its Java port; the other callbacks change trades
 * as Freqtrade's would.
 */
class PythonCallbacksTest
{
    @TempDir
    Path tmp;

    @AfterAll
    static void shouldLeaveNoBridgeProcess() throws InterruptedException
    {
        assertEquals(0, TestPython.bridgeProcesses());
    }

    private Strategy load(final String name) throws IOException
    {
        return StrategyLoader.load(name, TestPython.options(tmp, "backtest"), TestPython.STRATEGIES);
    }

    static List<PairFrame> frames()
    {
        // on the 5m grid, so some entries fall on minute 0 (which confirm_trade_entry refuses)
        final long start = 1_599_999_900_000L;
        return List.of(TestPython.randomWalk("BTC/USDT", 4000, 11, start),
            TestPython.randomWalk("ETH/USDT", 3500, 12, start), TestPython.randomWalk("XRP/USDT", 4000, 13, start));
    }

    static BacktestResult backtest(final Strategy s, final List<PairFrame> candles, final BacktestEngine engine)
    {
        return backtestPairs(s, pairs(s, candles), engine);
    }

    /* Each pair's frame with indicators and its signals for the strategy's current values. */
    private static List<BacktestPair> pairs(final Strategy s, final List<PairFrame> candles)
    {
        final List<BacktestPair> pairs = new ArrayList<>();
        for (final PairFrame c : candles)
        {
            final PairFrame frame = s.runIndicators(c).appendTo(c);
            final Signals signals = new Signals(frame.rows());
            s.runSignals(frame, signals);
            pairs.add(new BacktestPair(frame.pair(), frame, signals));
        }
        return pairs;
    }

    private static BacktestResult backtestPairs(final Strategy s, final List<BacktestPair> pairs,
        final BacktestEngine engine)
    {
        final BacktestSettings settings = new BacktestSettings().timeframeSeconds(300).fee(0.001).stakeAmount(100)
            .dryRunWallet(1000).maxOpenTrades(3).startupCandleCount(s.startupCandleCount()).stoploss(s.stoploss())
            .minimalRoi(new TreeMap<>(s.minimalRoi())).conclude();
        return engine.run(settings, pairs, s.callbacks());
    }

    @Test
    void shouldGiveTheTradesOfItsJavaPort() throws IOException
    {
        final List<PairFrame> candles = frames();
        try (PythonStrategy py = (PythonStrategy)load("PyGuarded"))
        {
            final Strategy java = load("JavaGuarded");
            assertNotNull(py.callbacks());
            assertTrue(py.callbacks().hasCustomStoploss() && py.callbacks().hasCustomExit() &&
                py.callbacks().hasConfirmTradeEntry() && py.callbacks().hasCustomStoplossAfterFill());
            final BacktestEngine engine = new BacktestEngine();
            final List<Trade> fromPython = backtest(py, candles, engine).trades();
            assertTrue(engine.lastFallbackReason().contains("custom_stoploss"), engine.lastFallbackReason());
            final List<Trade> fromJava = backtest(java, candles, engine).trades();
            assertEquals(fromJava.size(), fromPython.size());
            final Map<String, Integer> reasons = new TreeMap<>();
            for (int i = 0; i < fromJava.size(); i++)
            {
                assertEquals(fromJava.get(i).toString(), fromPython.get(i).toString(), "trade " + i);
                reasons.merge(fromPython.get(i).exitReason, 1, Integer::sum);
            }
            // mom_down: custom_exit read the signal candle from dp.get_analyzed_dataframe; no callback saw a later one
            assertTrue(!reasons.containsKey("future seen"), reasons.toString());
            for (final String reason : List.of("cut", "custom_exit", "trailing_stop_loss", "exit_signal", "mom_down"))
            {
                assertTrue(reasons.containsKey(reason), "no " + reason + " exit in " + reasons);
            }
            // confirm_trade_entry refused some entries: without it (PyMomentum's signals, same ROI) trades differ
            final Strategy plain = load("JavaMomentum");
            assertTrue(backtest(plain, candles, engine).trades().stream().anyMatch(t -> t.openTimeMs / 60_000 % 60 == 0));
            assertTrue(fromPython.stream().noneMatch(t -> t.openTimeMs / 60_000 % 60 == 0));
        }
    }

    /*
     * The signal cache answers an epoch whose signals were computed before other values were, or by another instance:
     * the callbacks still see that epoch's parameter values and analyzed frames (PyGuarded refuses entries whose signal candle in
     * dp.get_analyzed_dataframe has no entry signal).
     */
    @Test
    void shouldSeeTheRunsValuesWhenTheSignalsComeFromACache() throws IOException
    {
        final List<PairFrame> candles = frames();
        try (PythonStrategy py = (PythonStrategy)load("PyGuarded"))
        {
            final BacktestEngine engine = new BacktestEngine();
            final List<BacktestPair> cached = pairs(py, candles);
            final List<String> expected = backtestPairs(py, cached, engine).trades().stream().map(Trade::toString)
                .toList();
            py.parameters().setValues(Map.of("buy_ratio", 0.01));
            final List<String> other = backtest(py, candles, engine).trades().stream().map(Trade::toString).toList();
            assertTrue(!other.equals(expected) && !expected.isEmpty(), "the other values change nothing");
            py.parameters().setValues(Map.of("buy_ratio", 0.004));
            assertEquals(expected, backtestPairs(py, cached, engine).trades().stream().map(Trade::toString).toList());
            // another instance's bridge never ran these signals: restored from the cache, they are analyzed on demand
            try (PythonStrategy fresh = (PythonStrategy)load("PyGuarded"))
            {
                cached.forEach(p -> fresh.signalsRestored(p.frame()));
                assertEquals(expected,
                    backtestPairs(fresh, cached, engine).trades().stream().map(Trade::toString).toList());
            }
        }
    }

    /*
     * Every other callback, checked in the trades: custom_stake_amount halves the stake, custom_entry_price's open *
     * 1.0005 is capped to the high, custom_exit_price's open * 0.9995 raised to the low, confirm_trade_exit refuses
     * losing exit signals, order_filled's custom data and bot_loop_start's count reach custom_exit.
     */
    @Test
    void shouldRunEveryOtherCallbackAsFreqtradeDoes() throws IOException
    {
        final List<PairFrame> candles = frames();
        try (PythonStrategy py = (PythonStrategy)load("PyAllCallbacks"))
        {
            py.parameters().setValues(Map.of("sell_ratio", 0.006)); // frequent exit signals
            final List<Trade> trades = backtest(py, candles, new BacktestEngine()).trades();
            final Map<String, PairFrame> byPair = new TreeMap<>();
            candles.forEach(c -> byPair.put(c.pair(), c));
            int signalExits = 0;
            int loopExits = 0;
            for (final Trade t : trades)
            {
                final PairFrame c = byPair.get(t.pair);
                final int entry = row(c, t.openTimeMs);
                assertEquals(50.0, t.stakeAmount, 1e-9, t.toString());
                assertEquals(Math.min(c.open().get(entry) * 1.0005, c.high().get(entry)), t.entryPrice, t.toString());
                assertTrue(!t.exitReason.equals("fill not seen"), t.toString());
                if (t.exitReason.equals("exit_signal"))
                {
                    final int exit = row(c, t.closeTimeMs);
                    assertEquals(Math.max(c.open().get(exit) * 0.9995, c.low().get(exit)), t.closeRate, t.toString());
                    assertTrue(t.profitRatio > -1e-6, "a losing exit signal was confirmed: " + t);
                    signalExits++;
                }
                if (t.exitReason.startsWith("loops="))
                {
                    // one loop per 5m timestamp from the first candle after the startup candles (and its own)
                    final long first = c.date().get(20) + 300_000L;
                    assertEquals("loops=" + ((t.closeTimeMs - first) / 300_000L + 1), t.exitReason);
                    loopExits++;
                }
            }
            assertTrue(signalExits > 3 && loopExits > 3, signalExits + " " + loopExits);
        }
    }

    /* Freqtrade's StrategyResolver: the config's order_types replace the strategy's; market orders get no custom price. */
    @Test
    void shouldTakeOrderTypesFromTheConfigAsFreqtradeDoes() throws IOException
    {
        final ObjectNode config = JsonNodeFactory.instance.objectNode();
        config.putObject("order_types").put("entry", "market").put("exit", "market").put("stoploss", "market")
            .put("stoploss_on_exchange", false);
        final PythonOptions options = new PythonOptions(TestPython.options(tmp, "backtest").executable(), config,
            "backtest");
        final List<PairFrame> candles = frames();
        try (PythonStrategy py = (PythonStrategy)StrategyLoader.load("PyAllCallbacks", options, TestPython.STRATEGIES))
        {
            py.parameters().setValues(Map.of("sell_ratio", 0.006));
            final List<Trade> trades = backtest(py, candles, new BacktestEngine()).trades();
            final Map<String, PairFrame> byPair = new TreeMap<>();
            candles.forEach(c -> byPair.put(c.pair(), c));
            int signalExits = 0;
            for (final Trade t : trades)
            {
                final PairFrame c = byPair.get(t.pair);
                assertEquals(c.open().get(row(c, t.openTimeMs)), t.entryPrice, t.toString());
                if (t.exitReason.equals("exit_signal"))
                {
                    assertEquals(c.open().get(row(c, t.closeTimeMs)), t.closeRate, t.toString());
                    signalExits++;
                }
            }
            assertTrue(trades.size() > 10 && signalExits > 3, trades.size() + " " + signalExits);
        }
    }

    /* Freqtrade's StrategyResolver: the config's use_custom_stoploss replaces the strategy's True. */
    @Test
    void shouldTakeUseCustomStoplossFromTheConfigAsFreqtradeDoes() throws IOException
    {
        final ObjectNode config = JsonNodeFactory.instance.objectNode().put("use_custom_stoploss", false);
        final PythonOptions options = new PythonOptions(TestPython.options(tmp, "backtest").executable(), config,
            "backtest");
        try (PythonStrategy off = (PythonStrategy)StrategyLoader.load("PyGuarded", options, TestPython.STRATEGIES);
            PythonStrategy on = (PythonStrategy)load("PyGuarded"))
        {
            assertTrue(on.useCustomStoploss() && on.callbacks().hasCustomStoploss());
            assertTrue(!off.useCustomStoploss() && !off.callbacks().hasCustomStoploss());
        }
    }

    private static int row(final PairFrame frame, final long timeMs)
    {
        for (int i = 0; i < frame.rows(); i++)
        {
            if (frame.date().get(i) == timeMs)
            {
                return i;
            }
        }
        throw new AssertionError("no candle at " + timeMs);
    }
}
