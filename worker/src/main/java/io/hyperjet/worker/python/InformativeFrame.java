package io.hyperjet.worker.python;

import java.nio.file.Path;

import io.hyperjet.common.frame.PairFrame;

/**
 * One (pair, timeframe) of informative candles a Python strategy asked for (python-strategies.md 8), as the run
 * has it: the candles, or none when the data directory has no candles there (Freqtrade then hands the strategy an
 * empty dataframe).
 *
 * @param pair      the pair, e.g. {@code BTC/USDT}.
 * @param timeframe the timeframe, e.g. {@code 1h}.
 * @param frame     date and OHLCV over the run's timerange plus startup candles of this timeframe; null when missing.
 * @param shared    the frame is an attached view of the run's shared memory (the bridge maps the segment itself).
 * @param file      the data file read, or the one expected when missing.
 */
public record InformativeFrame(String pair, String timeframe, PairFrame frame, boolean shared, Path file)
{
    /**
     * A (pair, timeframe) the strategy asks for.
     *
     * @param pair      the pair.
     * @param timeframe the timeframe.
     */
    public record Key(String pair, String timeframe)
    {
    }

    /**
     * Whether the run has candles here.
     *
     * @return false when the data file is missing or has no candle in the range.
     */
    public boolean present()
    {
        return null != frame;
    }
}
