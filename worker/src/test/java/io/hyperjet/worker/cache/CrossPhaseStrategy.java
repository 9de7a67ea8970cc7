package io.hyperjet.worker.cache;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.IntParameter;
import io.hyperjet.worker.strategy.Strategy;

/**
 * A strategy whose exit phase, once {@code sell_level} reaches {@code crossLevel}, also writes the entry side: an
 * entry code ({@code code}) on the rows it exits, or an entry tag. Phase-wise caching must notice either, including
 * a write of {@link Signals#UNSET} onto rows that were unset anyway (a write that changes nothing this epoch).
 */
final class CrossPhaseStrategy extends Strategy
{
    /** What the exit phase writes on the entry side. */
    enum Write
    {
        ENTRY_CODE,
        ENTRY_TAG
    }

    final IntParameter level = new IntParameter(1, 20, 10, "buy");
    final IntParameter sellLevel = new IntParameter(1, 20, 10, "sell");
    private final Write write;
    private final byte code;
    private final int crossLevel;

    CrossPhaseStrategy(final Write write, final byte code, final int crossLevel)
    {
        this.write = write;
        this.code = code;
        this.crossLevel = crossLevel;
        timeframe = "5m";
        minimalRoi = roi(0, 0.02);
        stoploss = -0.10;
        startupCandleCount = 30;
    }

    @Override
    protected void populateEntryTrend(final PairFrame frame, final Signals signals)
    {
        final double[] rsi = ta().rsi(frame, 14);
        final double threshold = 25.0 + level.value();
        for (int i = 0; i < rsi.length; i++)
        {
            if (rsi[i] < threshold)
            {
                signals.enterLong()[i] = Signals.ONE;
            }
        }
    }

    @Override
    protected void populateExitTrend(final PairFrame frame, final Signals signals)
    {
        final double[] rsi = ta().rsi(frame, 14);
        final int sell = sellLevel.value();
        for (int i = 0; i < rsi.length; i++)
        {
            if (rsi[i] > 55.0 + sell)
            {
                signals.exitLong()[i] = Signals.ONE;
                if (sell >= crossLevel && Write.ENTRY_CODE == write)
                {
                    signals.enterLong()[i] = code;
                }
                else if (sell >= crossLevel)
                {
                    signals.enterTags().set(i, "late");
                }
            }
        }
    }

    void values(final int buyLevel, final int exitLevel)
    {
        level.set(buyLevel);
        sellLevel.set(exitLevel);
    }
}
