package io.hyperjet.worker.backtest;

import java.util.Objects;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;

/**
 * One pair's input to a backtest: its full loaded frame (startup candles included), the raw, unshifted signals
 * computed on that frame, row for row, and optionally the pair's candles of the smaller {@code timeframe_detail}
 * (backtest-semantics.md 3.8), which only need date and OHLC.
 *
 * @param pair    the pair name, e.g. {@code BTC/USDT}.
 * @param frame   the candles.
 * @param signals the signals, {@code signals.rows() == frame.rows()}.
 * @param detail  the detail candles (cleaned, ascending dates), or null when the run has no detail timeframe or
 *                the pair has no detail data; main candles are then used as they are.
 */
public record BacktestPair(String pair, PairFrame frame, Signals signals, PairFrame detail)
{
    /**
     * Checks the shapes.
     *
     * @param pair    the pair name.
     * @param frame   the candles.
     * @param signals the signals.
     * @param detail  the detail candles or null.
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

    /**
     * A pair without detail candles.
     *
     * @param pair    the pair name.
     * @param frame   the candles.
     * @param signals the signals.
     */
    public BacktestPair(final String pair, final PairFrame frame, final Signals signals)
    {
        this(pair, frame, signals, null);
    }
}
