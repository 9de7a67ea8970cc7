package io.hyperjet.coordinator.hyperopt;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The full-disk message's bytes per later epoch: compact lines when only bests (or none) carry trades, even while
 * the lines so far are all full; every line's size when every epoch is stored full.
 */
class LineSizeEstimateTest
{
    @Test
    void shouldEstimateCompactLinesWhenOnlyBestsCarryTrades()
    {
        final LineSizeEstimate best = new LineSizeEstimate(false);
        assertEquals(0, best.bytesPerLaterEpoch());
        // the first two epochs of a run: new bests with every trade (1.1 MB lines, 5 KB without the trades)
        best.onLine(1_100_000, 5_000);
        best.onLine(1_100_000, 5_400);
        assertEquals(5_200, best.bytesPerLaterEpoch());
        best.onLine(5_600, 5_600);
        assertEquals(5_333, best.bytesPerLaterEpoch());
    }

    @Test
    void shouldEstimateEveryLineWhenEveryEpochIsStoredFull()
    {
        final LineSizeEstimate all = new LineSizeEstimate(true);
        all.onLine(1_000_000, 5_000);
        all.onLine(600_000, 600_000);
        assertEquals(800_000, all.bytesPerLaterEpoch());
    }
}
