package io.hyperjet.coordinator.benchsuite;

import java.util.ArrayList;
import java.util.List;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.array.ArrayOps;
import io.hyperjet.worker.backtest.BacktestEngine;
import io.hyperjet.worker.backtest.BacktestResult;
import io.hyperjet.worker.backtest.BacktestSettings;
import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.IndicatorColumns;
import io.hyperjet.worker.strategy.Strategy;

/**
 * The benchmarks that run in this JVM: vectorized vs iterative backtest, and optimized vs reference array ops.
 */
final class InProcessBenchmarks
{
    static final int[] ROLLING_WINDOWS = {20, 200};

    private InProcessBenchmarks()
    {
    }

    /**
     * Backtests SampleStrategy's signals on every pair with the vectorized and the iterative backtester.
     *
     * @param context the run.
     * @return one row.
     */
    static List<FeatureResult> vectorized(final BenchContext context)
    {
        final EngineFixture fixture = new EngineFixture(context);
        final BacktestSettings on = fixture.rulesOn.backtestSettings(null);
        final BacktestSettings off = fixture.rulesOff.backtestSettings(null);
        final BacktestEngine engine = new BacktestEngine();
        final String fallback = engine.fallbackReason(on, fixture.pairs, null);
        final BacktestResult[] results = new BacktestResult[2];
        final Measurement[] ms = Timing.compare(context.warmups(), context.repetitions(),
            () -> results[0] = engine.run(on, fixture.pairs, null),
            () -> results[1] = engine.run(off, fixture.pairs, null));
        final int tradesOn = results[0].trades().size();
        final int tradesOff = results[1].trades().size();
        final String notes = (null == fallback ? "" : "ON FELL BACK: " + fallback + "; ") +
            String.format("%s, %d pair(s), %,d candles; %,d trades (vectorized) vs %,d (iterative)%s",
                EngineFixture.STRATEGY, fixture.pairs.size(), rows(fixture.candles), tradesOn, tradesOff,
                sameTrades(results[0].trades(), results[1].trades()) ? ", identical" :
                    ", DIFFERENT");
        return List.of(FeatureResult.speedup("vectorized", "backtest of one epoch's signals", ms[0], ms[1], notes));
    }

    /**
     * Rolling mean/std/min/max over every pair's close with the optimized and the reference ops, per window, and
     * SampleStrategy's indicator and signal phases with numpy_optimizations on and off.
     *
     * @param context the run.
     * @return one row per window plus the strategy row.
     */
    static List<FeatureResult> arrayOps(final BenchContext context)
    {
        final EngineFixture fixture = new EngineFixture(context);
        final List<double[]> closes = new ArrayList<>();
        for (final PairFrame frame : fixture.candles)
        {
            closes.add(frame.close().toArray());
        }
        final long candles = rows(fixture.candles);
        final List<FeatureResult> rows = new ArrayList<>();
        for (final int window : ROLLING_WINDOWS)
        {
            final Measurement[] ms = Timing.compare(context.warmups(), context.repetitions(),
                () -> rolling(ArrayOps.optimized(), closes, window),
                () -> rolling(ArrayOps.reference(), closes, window));
            rows.add(FeatureResult.speedup("array_ops", "rolling mean+std+min+max, window " + window, ms[0], ms[1],
                String.format("%,d candles; reference = straightforward loops over each window", candles)));
        }
        final Strategy strategy = fixture.strategy;
        final Measurement[] ms = Timing.compare(context.warmups(), context.repetitions(),
            () -> strategyPhases(strategy, true, fixture.candles),
            () -> strategyPhases(strategy, false, fixture.candles));
        strategy.numpyOptimizations(true);
        rows.add(FeatureResult.speedup("array_ops", EngineFixture.STRATEGY + " indicator+signal phases", ms[0], ms[1],
            "numpy_optimizations on vs off; RSI/TEMA (ta-lib) are the same code either way"));
        return rows;
    }

    private static void rolling(final ArrayOps ops, final List<double[]> closes, final int window)
    {
        for (final double[] close : closes)
        {
            final double[] out = new double[close.length];
            ops.rollingMean(close, window, out);
            ops.rollingStd(close, window, out);
            ops.rollingMin(close, window, out);
            ops.rollingMax(close, window, out);
        }
    }

    private static void strategyPhases(final Strategy strategy, final boolean optimized, final List<PairFrame> candles)
    {
        strategy.numpyOptimizations(optimized);
        for (final PairFrame frame : candles)
        {
            final IndicatorColumns indicators = strategy.runIndicators(frame);
            final PairFrame withIndicators = indicators.appendTo(frame);
            strategy.runSignals(withIndicators, new Signals(frame.rows()));
        }
    }

    private static boolean sameTrades(final List<Trade> a, final List<Trade> b)
    {
        if (a.size() != b.size())
        {
            return false;
        }
        for (int i = 0; i < a.size(); i++)
        {
            final Trade x = a.get(i);
            final Trade y = b.get(i);
            if (!x.pair.equals(y.pair) || x.openTimeMs != y.openTimeMs || x.closeTimeMs != y.closeTimeMs ||
                Double.doubleToLongBits(x.profitAbs) != Double.doubleToLongBits(y.profitAbs) ||
                !x.exitReason.equals(y.exitReason))
            {
                return false;
            }
        }
        return true;
    }

    static long rows(final List<PairFrame> frames)
    {
        long rows = 0;
        for (final PairFrame frame : frames)
        {
            rows += frame.rows();
        }
        return rows;
    }
}
