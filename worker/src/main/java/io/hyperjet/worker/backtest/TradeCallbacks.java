package io.hyperjet.worker.backtest;

/**
 * A strategy's optional per-trade callbacks (backtest-semantics.md 4.10). A strategy that has either runs on the
 * iterative backtester only. Called on the backtesting thread; the trade passed in is open (its close fields are
 * not yet meaningful) and must not be modified.
 */
public interface TradeCallbacks
{
    /**
     * Freqtrade's {@code custom_stoploss}.
     *
     * @param pair          the pair.
     * @param trade         the open trade.
     * @param timeMs        the candle's open time (epoch ms).
     * @param currentRate   the candle's high (long) or low (short).
     * @param currentProfit the decision profit ratio at that rate.
     * @return the new stop distance as a ratio, or NaN (or 0) for none.
     */
    default double customStoploss(
        final String pair, final Trade trade, final long timeMs, final double currentRate, final double currentProfit)
    {
        return Double.NaN;
    }

    /**
     * Freqtrade's {@code custom_exit}.
     *
     * @param pair          the pair.
     * @param trade         the open trade.
     * @param timeMs        the candle's open time (epoch ms).
     * @param currentRate   the candle's open.
     * @param currentProfit the decision profit ratio at the open.
     * @return null for no exit, otherwise the exit reason ("" means {@code custom_exit}).
     */
    default String customExit(
        final String pair, final Trade trade, final long timeMs, final double currentRate, final double currentProfit)
    {
        return null;
    }

    /**
     * Whether {@link #customStoploss} is overridden and must be called.
     *
     * @return true when the strategy uses a custom stoploss.
     */
    default boolean hasCustomStoploss()
    {
        return false;
    }

    /**
     * Whether {@link #customExit} is overridden and must be called.
     *
     * @return true when the strategy uses a custom exit.
     */
    default boolean hasCustomExit()
    {
        return false;
    }
}
