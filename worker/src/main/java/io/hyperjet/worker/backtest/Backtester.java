package io.hyperjet.worker.backtest;

import java.util.List;

/**
 * A Freqtrade-exact backtester (backtest-semantics.md sections 1.5 to 6). Implementations keep buffers between
 * runs: use one instance per thread.
 */
public interface Backtester
{
    /**
     * Runs one backtest.
     *
     * @param settings  concluded settings.
     * @param pairs     the pairs in whitelist order, each with its full frame and raw signals.
     * @param callbacks the strategy's callbacks, or null.
     * @return the trades and bounds.
     * @throws io.hyperjet.common.UserInputException when no pair has data left after trimming.
     */
    BacktestResult run(BacktestSettings settings, List<BacktestPair> pairs, TradeCallbacks callbacks);
}
