package io.hyperjet.bench.python;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.backtest.BacktestEngine;
import io.hyperjet.worker.backtest.BacktestPair;
import io.hyperjet.worker.backtest.BacktestSettings;
import io.hyperjet.worker.epoch.EngineData;
import io.hyperjet.worker.epoch.RunInputs;
import io.hyperjet.worker.epoch.TradingRules;
import io.hyperjet.worker.python.PythonOptions;
import io.hyperjet.worker.python.PythonStrategy;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.Parameter;
import io.hyperjet.worker.strategy.ParameterType;
import io.hyperjet.worker.strategy.Space;
import io.hyperjet.worker.strategy.Strategy;
import io.hyperjet.worker.strategy.StrategyLoader;

/**
 * Where a Python strategy's epoch time goes on one thread, without the signal cache (every epoch new values): the
 * Python signal phases as timed inside the bridge, the transfer (the rest of each request's wall time: JSON, pipe,
 * reading the signal codes and tags) and the Java backtest. Wall clock: state the machine's load next to the figures.
 * <p>
 * Usage: {@code java -cp bench.jar io.hyperjet.bench.python.PythonEpochBreakdown <config.json> <Strategy> [epochs]}
 * (the config names the data, the strategy path and python_executable).
 */
public final class PythonEpochBreakdown
{
    private PythonEpochBreakdown()
    {
    }

    public static void main(final String[] args)
    {
        final HyperjetConfig config = new ConfigLoader().file(Path.of(args[0])).override("strategy", args[1]).load();
        final int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        final Strategy strategy = StrategyLoader.load(args[1], PythonOptions.of(config, "hyperopt"),
            RunInputs.strategyPaths(config));
        try (PythonStrategy python = (PythonStrategy)strategy)
        {
            final TradingRules rules = TradingRules.resolve(config, strategy);
            final long loadStart = System.nanoTime();
            final EngineData data = EngineData.load(config, rules, RunInputs.pairs(config, rules), strategy,
                EnumSet.of(Space.BUY, Space.SELL), System.err::println);
            System.out.printf("indicator phase (once): %.0f ms for %d pairs%n",
                (System.nanoTime() - loadStart) / 1e6, data.frames().size());
            final List<BacktestPair> pairs = new ArrayList<>();
            for (final PairFrame f : data.frames())
            {
                pairs.add(new BacktestPair(f.pair(), f, new Signals(f.rows())));
            }
            final BacktestEngine engine = new BacktestEngine();
            final SplittableRandom random = new SplittableRandom(1);
            long signalWall = 0;
            long backtestWall = 0;
            long trades = 0;
            final long pythonStart = python.pythonSignalNanos();
            for (int e = 0; e < epochs; e++)
            {
                for (final Parameter p : strategy.parameters().list())
                {
                    if (p.type() == ParameterType.INT)
                    {
                        p.set((int)Math.round(p.low() + random.nextDouble() * (p.high() - p.low())));
                    }
                }
                final long s0 = System.nanoTime();
                for (final BacktestPair pair : pairs)
                {
                    pair.signals().clear();
                    strategy.runSignals(pair.frame(), pair.signals());
                }
                final long s1 = System.nanoTime();
                final BacktestSettings settings = rules.backtestSettings(null, strategy);
                trades += engine.run(settings, pairs, null).trades().size();
                final long s2 = System.nanoTime();
                signalWall += s1 - s0;
                backtestWall += s2 - s1;
            }
            final double py = (python.pythonSignalNanos() - pythonStart) / 1e6 / epochs;
            final double signals = signalWall / 1e6 / epochs;
            final double backtest = backtestWall / 1e6 / epochs;
            System.out.printf("per epoch (%d epochs, %d pairs, %d trades/epoch): Python signals %.1f ms, transfer " +
                "%.1f ms, backtest %.1f ms, total %.1f ms = %.2f epochs/s per thread%n", epochs, pairs.size(),
                trades / epochs, py, signals - py, backtest, signals + backtest, 1000.0 / (signals + backtest));
            data.close();
        }
    }
}
