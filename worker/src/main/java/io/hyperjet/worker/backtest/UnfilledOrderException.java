package io.hyperjet.worker.backtest;

import java.time.Instant;

import io.hyperjet.common.UserInputException;

/**
 * A custom entry or exit price outside its candle: Freqtrade would leave the order open and manage it over later
 * candles (timeouts, {@code adjust_entry_price}); Hyperjet does not simulate open orders, so the run stops with one
 * line instead of giving different trades.
 */
public final class UnfilledOrderException extends UserInputException
{
    private static final long serialVersionUID = 1L;

    UnfilledOrderException(final String callback, final String pair, final long timeMs, final double price,
        final double low, final double high)
    {
        super(callback + " returned " + price + " for " + pair + " at " + Instant.ofEpochMilli(timeMs) +
            ", outside the candle's range [" + low + ", " + high + "]: the order would stay open, and Hyperjet " +
            "does not simulate open orders; return a price inside the candle");
    }
}
