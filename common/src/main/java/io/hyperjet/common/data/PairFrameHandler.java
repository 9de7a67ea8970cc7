package io.hyperjet.common.data;

import java.nio.file.Path;

import io.hyperjet.common.frame.PairFrame;

/**
 * Receives the pairs a {@link PairLoader} decodes, one at a time, on the loading thread.
 */
public interface PairFrameHandler
{
    /**
     * Called once per pair with rows in the load window, cleaned. The loader keeps no reference to the frame, so
     * the handler may move it elsewhere (e.g. shared memory) and drop it.
     *
     * @param frame the cleaned candles of one pair, covering the load window (startup candles included).
     */
    void onPair(PairFrame frame);

    /**
     * Called for a pair whose file has no candle inside the load window; it is dropped from the run.
     *
     * @param pair the pair.
     * @param file its file.
     */
    default void onNoData(final String pair, final Path file)
    {
    }
}
