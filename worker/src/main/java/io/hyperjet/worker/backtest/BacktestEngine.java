package io.hyperjet.worker.backtest;

import java.util.List;

/**
 * Picks the backtester for a run: the vectorized one when allowed, otherwise the iterative one, with the reason
 * kept for the caller to log. Holds one instance of each; use one engine per thread.
 */
public final class BacktestEngine
{
    private final IterativeBacktester iterative = new IterativeBacktester();
    private final VectorizedBacktester vectorized = new VectorizedBacktester();
    private String lastFallbackReason;

    /**
     * Runs the backtest on the fastest backtester the run allows.
     *
     * @param settings  concluded settings.
     * @param pairs     the pairs in whitelist order.
     * @param callbacks the strategy's callbacks, or null.
     * @return the result, the same whichever backtester ran.
     */
    public BacktestResult run(
        final BacktestSettings settings, final List<BacktestPair> pairs, final TradeCallbacks callbacks)
    {
        lastFallbackReason = fallbackReason(settings, pairs, callbacks);
        return null == lastFallbackReason ? vectorized.run(settings, pairs, callbacks) :
            iterative.run(settings, pairs, callbacks);
    }

    /**
     * Why the last {@link #run} used the iterative backtester, or null when it ran vectorized.
     *
     * @return a one-line reason or null.
     */
    public String lastFallbackReason()
    {
        return lastFallbackReason;
    }

    /**
     * Why a run cannot use the vectorized backtester, or null when it can.
     *
     * @param settings  the settings.
     * @param pairs     the pairs.
     * @param callbacks the callbacks, or null.
     * @return a one-line reason or null.
     */
    public String fallbackReason(
        final BacktestSettings settings, final List<BacktestPair> pairs, final TradeCallbacks callbacks)
    {
        if (!settings.vectorized())
        {
            return "vectorized backtesting is disabled (enable_vectorized_backtesting = false)";
        }
        final String callback = null == callbacks ? null : firstCallback(callbacks);
        if (null != callback)
        {
            return "the strategy has a " + callback + " callback";
        }
        if (!settings.protections().isEmpty())
        {
            return "protections are enabled (a lock made by one pair changes the entries of pairs processed " +
                "later at the same candle)";
        }
        final int irregular = vectorized.irregularPair(settings, pairs);
        if (irregular >= 0)
        {
            return "candles of " + pairs.get(irregular).pair() + " have missing dates (not gap-filled)";
        }
        return null;
    }

    /** The Freqtrade name of the first callback the strategy has, or null. */
    private static String firstCallback(final TradeCallbacks c)
    {
        final String[] names = {"custom_stoploss", "custom_exit", "bot_loop_start", "custom_entry_price",
            "custom_stake_amount", "confirm_trade_entry", "custom_exit_price", "confirm_trade_exit", "order_filled"};
        final boolean[] has = {c.hasCustomStoploss(), c.hasCustomExit(), c.hasBotLoopStart(), c.hasCustomEntryPrice(),
            c.hasCustomStakeAmount(), c.hasConfirmTradeEntry(), c.hasCustomExitPrice(), c.hasConfirmTradeExit(),
            c.hasOrderFilled()};
        for (int i = 0; i < names.length; i++)
        {
            if (has[i])
            {
                return names[i];
            }
        }
        return null;
    }
}
