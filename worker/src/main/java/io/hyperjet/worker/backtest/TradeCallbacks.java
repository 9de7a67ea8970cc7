package io.hyperjet.worker.backtest;

/**
 * A strategy's optional callbacks (backtest-semantics.md 4.10, python-strategies.md 9.2). A strategy that has any
 * runs on the iterative backtester only: the answers depend on the trade's state at each candle and may change what
 * happens next, so they cannot be precomputed column-wise. Called on the backtesting thread; the trade passed in is
 * open (its close fields are not yet meaningful) and must not be modified. Each callback is called only when its
 * {@code has...} answers true; the defaults are Freqtrade's default results.
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

    /**
     * Freqtrade's {@code custom_stoploss} right after an entry fill ({@code after_fill = true}): the result may move
     * the stop in either direction.
     *
     * @param pair          the pair.
     * @param trade         the new trade.
     * @param timeMs        the fill candle's open time.
     * @param fillRate      the entry order's price.
     * @param currentProfit the decision profit ratio at that price.
     * @return the new stop distance as a ratio, or NaN (or 0) for none.
     */
    default double customStoplossAfterFill(
        final String pair, final Trade trade, final long timeMs, final double fillRate, final double currentProfit)
    {
        return Double.NaN;
    }

    /**
     * Freqtrade's {@code custom_entry_price} (only with limit entry orders).
     *
     * @param pair         the pair.
     * @param timeMs       the entry candle's open time.
     * @param proposedRate the candle's open.
     * @param entryTag     the entry tag.
     * @param isShort      the direction.
     * @return the price, or {@code proposedRate} (or NaN) for the proposal.
     */
    default double customEntryPrice(
        final String pair, final long timeMs, final double proposedRate, final String entryTag, final boolean isShort)
    {
        return proposedRate;
    }

    /**
     * Freqtrade's {@code custom_stake_amount}.
     *
     * @param pair          the pair.
     * @param timeMs        the entry candle's open time.
     * @param rate          the entry price.
     * @param proposedStake the standard stake.
     * @param minStake      the minimum stake (0 for none).
     * @param maxStake      the largest stake possible.
     * @param entryTag      the entry tag.
     * @param isShort       the direction.
     * @return the stake to validate.
     */
    default double customStakeAmount(final String pair, final long timeMs, final double rate,
        final double proposedStake, final double minStake, final double maxStake, final String entryTag,
        final boolean isShort)
    {
        return proposedStake;
    }

    /**
     * Freqtrade's {@code confirm_trade_entry}.
     *
     * @param pair     the pair.
     * @param amount   the order amount.
     * @param rate     the entry price.
     * @param timeMs   the entry candle's open time.
     * @param entryTag the entry tag.
     * @param isShort  the direction.
     * @return false to cancel the entry.
     */
    default boolean confirmTradeEntry(final String pair, final double amount, final double rate, final long timeMs,
        final String entryTag, final boolean isShort)
    {
        return true;
    }

    /**
     * Freqtrade's {@code custom_exit_price} (only with limit exit orders, for exit signals and custom exits).
     *
     * @param pair          the pair.
     * @param trade         the open trade.
     * @param timeMs        the exit candle's open time.
     * @param proposedRate  the proposed exit price (the candle's open).
     * @param currentProfit the decision profit ratio at the proposal.
     * @param exitTag       the exit reason.
     * @return the price, or {@code proposedRate} for the proposal.
     */
    default double customExitPrice(final String pair, final Trade trade, final long timeMs, final double proposedRate,
        final double currentProfit, final String exitTag)
    {
        return proposedRate;
    }

    /**
     * Freqtrade's {@code confirm_trade_exit}, for each exit candidate in order.
     *
     * @param pair       the pair.
     * @param trade      the open trade.
     * @param rate       the exit price.
     * @param exitReason the exit reason.
     * @param timeMs     the exit candle's open time.
     * @return false to skip this candidate.
     */
    default boolean confirmTradeExit(
        final String pair, final Trade trade, final double rate, final String exitReason, final long timeMs)
    {
        return true;
    }

    /**
     * Freqtrade's {@code order_filled} after an entry or exit fill; the result is ignored.
     *
     * @param pair   the pair.
     * @param trade  the trade (after an exit: closed, with its close fields).
     * @param entry  true for the entry order, false for the exit order.
     * @param timeMs the fill candle's open time.
     */
    default void orderFilled(final String pair, final Trade trade, final boolean entry, final long timeMs)
    {
    }

    /**
     * Freqtrade's {@code bot_loop_start}, once per loop timestamp before the first pair; the result is ignored.
     *
     * @param timeMs the loop time.
     */
    default void botLoopStart(final long timeMs)
    {
    }

    /** A backtest run starts: state kept per run (trade ids, custom data) is reset. */
    default void runStarts()
    {
    }

    /** A backtest run ended (deferred calls are made now). */
    default void runEnded()
    {
    }

    /**
     * Whether {@link #customStoplossAfterFill} must be called.
     *
     * @return true when it must.
     */
    default boolean hasCustomStoplossAfterFill()
    {
        return false;
    }

    /**
     * Whether {@link #customEntryPrice} must be called.
     *
     * @return true when it must.
     */
    default boolean hasCustomEntryPrice()
    {
        return false;
    }

    /**
     * Whether {@link #customStakeAmount} must be called.
     *
     * @return true when it must.
     */
    default boolean hasCustomStakeAmount()
    {
        return false;
    }

    /**
     * Whether {@link #confirmTradeEntry} must be called.
     *
     * @return true when it must.
     */
    default boolean hasConfirmTradeEntry()
    {
        return false;
    }

    /**
     * Whether {@link #customExitPrice} must be called.
     *
     * @return true when it must.
     */
    default boolean hasCustomExitPrice()
    {
        return false;
    }

    /**
     * Whether {@link #confirmTradeExit} must be called.
     *
     * @return true when it must.
     */
    default boolean hasConfirmTradeExit()
    {
        return false;
    }

    /**
     * Whether {@link #orderFilled} must be called.
     *
     * @return true when it must.
     */
    default boolean hasOrderFilled()
    {
        return false;
    }

    /**
     * Whether {@link #botLoopStart} must be called.
     *
     * @return true when it must.
     */
    default boolean hasBotLoopStart()
    {
        return false;
    }
}
