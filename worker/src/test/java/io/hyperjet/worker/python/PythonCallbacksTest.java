package io.hyperjet.worker.python;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * confirm_trade_entry gives the trades of its Java port; the other callbacks change trades as Freqtrade's would.
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
        final List<BacktestPair> pairs = new ArrayList<>();
        for (final PairFrame c : candles)
        {
            final PairFrame frame = s.runIndicators(c).appendTo(c);
            final Signals signals = new Signals(frame.rows());
            s.runSignals(frame, signals);
            pairs.add(new BacktestPair(frame.pair(), frame, signals));
        }
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
            for (final String reason : List.of("cut", "custom_exit", "trailing_stop_loss", "exit_signal"))
            {
                assertTrue(reasons.containsKey(reason), "no " + reason + " exit in " + reasons);
            }
            // confirm_trade_entry refused some entries: without it (PyMomentum's signals, same ROI) trades differ
            final Strategy plain = load("JavaMomentum");
            assertTrue(backtest(plain, candles, engine).trades().stream().anyMatch(t -> t.openTimeMs / 60_000 % 60 == 0));
            assertTrue(fromPython.stream().noneMatch(t -> t.openTimeMs / 60_000 % 60 == 0));
        }
    }
}
