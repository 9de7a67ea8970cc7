package io.hyperjet.worker.cache;

import io.hyperjet.common.data.SyntheticCandles;
import io.hyperjet.common.frame.PairFrame;

final class Frames
{
    static final long START_MS = 1_704_067_200_000L;

    private Frames()
    {
    }

    static PairFrame candles(final int pairIndex, final int rows)
    {
        return SyntheticCandles.generate(SyntheticCandles.pairName(pairIndex, "USDT"), pairIndex, 11, START_MS, "5m",
            rows);
    }
}
