package io.hyperjet.worker.strategy;

import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.backtest.TradeCallbacks;

/**
 * A strategy's overridden callbacks as {@link TradeCallbacks}; a failure names the strategy and the callback.
 */
final class StrategyCallbacks implements TradeCallbacks
{
    private final Strategy strategy;
    private final boolean customStoploss;
    private final boolean customExit;
    private final boolean confirmTradeEntry;

    StrategyCallbacks(final Strategy strategy, final boolean customStoploss, final boolean customExit,
        final boolean confirmTradeEntry)
    {
        this.strategy = strategy;
        this.customStoploss = customStoploss;
        this.customExit = customExit;
        this.confirmTradeEntry = confirmTradeEntry;
    }

    @Override
    public boolean confirmTradeEntry(final String pair, final double amount, final double rate, final long timeMs,
        final String entryTag, final boolean isShort)
    {
        try
        {
            return strategy.callConfirmTradeEntry(pair, amount, rate, timeMs, entryTag, isShort);
        }
        catch (final RuntimeException ex)
        {
            throw StrategyException.of(strategy, "confirm_trade_entry", pair, ex);
        }
    }

    @Override
    public boolean hasConfirmTradeEntry()
    {
        return confirmTradeEntry;
    }

    @Override
    public double customStoploss(
        final String pair, final Trade trade, final long timeMs, final double currentRate, final double currentProfit)
    {
        if (!customStoploss)
        {
            return Double.NaN;
        }
        try
        {
            return strategy.callCustomStoploss(pair, trade, timeMs, currentRate, currentProfit);
        }
        catch (final RuntimeException ex)
        {
            throw StrategyException.of(strategy, "custom_stoploss", pair, ex);
        }
    }

    @Override
    public String customExit(
        final String pair, final Trade trade, final long timeMs, final double currentRate, final double currentProfit)
    {
        if (!customExit)
        {
            return null;
        }
        try
        {
            return strategy.callCustomExit(pair, trade, timeMs, currentRate, currentProfit);
        }
        catch (final RuntimeException ex)
        {
            throw StrategyException.of(strategy, "custom_exit", pair, ex);
        }
    }

    @Override
    public boolean hasCustomStoploss()
    {
        return customStoploss;
    }

    @Override
    public boolean hasCustomExit()
    {
        return customExit;
    }
}
