package io.hyperjet.coordinator.benchsuite;

import java.util.ArrayList;
import java.util.List;

import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.data.PairFrameHandler;
import io.hyperjet.common.data.PairLoader;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.backtest.BacktestPair;
import io.hyperjet.worker.epoch.EngineData;
import io.hyperjet.worker.epoch.TradingRules;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.Strategy;
import io.hyperjet.worker.strategy.StrategyLoader;

/**
 * SampleStrategy over the bench data, loaded once per feature: the raw candles, the frames with indicators, and the
 * signals of the strategy's default parameters.
 */
final class EngineFixture
{
    static final String STRATEGY = "SampleStrategy";

    final HyperjetConfig configOn;
    final HyperjetConfig configOff;
    final Strategy strategy;
    final TradingRules rulesOn;
    final TradingRules rulesOff;
    final List<PairFrame> candles = new ArrayList<>();
    final List<BacktestPair> pairs = new ArrayList<>();

    EngineFixture(final BenchContext context)
    {
        configOn = BenchConfig.of(context.data(), true);
        configOff = BenchConfig.of(context.data(), false);
        strategy = StrategyLoader.load(STRATEGY);
        rulesOn = TradingRules.resolve(configOn, strategy);
        rulesOff = TradingRules.resolve(configOff, strategy);
        new PairLoader().datadir(context.data().datadir()).pairs(context.data().pairs())
            .timeframe(BenchData.TIMEFRAME).timerange(rulesOn.timerange())
            .load((PairFrameHandler)candles::add);
        try (EngineData data = EngineData.load(configOn, rulesOn, context.data().pairs(), strategy, null,
            context.log()))
        {
            for (final PairFrame frame : data.frames())
            {
                final Signals signals = new Signals(frame.rows());
                strategy.runSignals(frame, signals);
                pairs.add(new BacktestPair(frame.pair(), frame, signals));
            }
        }
    }
}
