package io.hyperjet.worker.backtest;

import java.util.Objects;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;

/**
 * One pair's input to a backtest: its full loaded frame (startup candles included) and the raw, unshifted signals
 * computed on that frame, row for row.
 *
 * @param pair    the pair name, e.g. {@code BTC/USDT}.
 * @param frame   the candles.
 * @param signals the signals, {@code signals.rows() == frame.rows()}.
 */
public record BacktestPair(String pair, PairFrame frame, Signals signals)
{
    /**
     * Checks the shapes.
     *
     * @param pair    the pair name.
     * @param frame   the candles.
     * @param signals the signals.
     */
    public BacktestPair
    {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(signals, "signals");
        if (signals.rows() != frame.rows())
        {
            throw new IllegalArgumentException(
                "signals of " + pair + " have " + signals.rows() + " rows, frame has " + frame.rows());
        }
    }
}
