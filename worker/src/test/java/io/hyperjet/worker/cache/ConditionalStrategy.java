package io.hyperjet.worker.cache;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.BooleanParameter;
import io.hyperjet.worker.strategy.IntParameter;
import io.hyperjet.worker.strategy.Strategy;

/**
 * A strategy whose entry phase reads {@code level} only when {@code use_filter} is true, computes its RSI in the
 * signal phases through the frame overload (indicator cache), and tags its entries.
 */
public final class ConditionalStrategy extends Strategy
{
    final BooleanParameter useFilter = new BooleanParameter(false, "buy");
    final IntParameter level = new IntParameter(1, 20, 10, "buy");
    final IntParameter sellLevel = new IntParameter(1, 20, 10, "sell");

    public ConditionalStrategy()
    {
        timeframe = "5m";
        minimalRoi = roi(0, 0.02);
        stoploss = -0.10;
        startupCandleCount = 30;
    }

    @Override
    protected void populateEntryTrend(final PairFrame frame, final Signals signals)
    {
        final double[] rsi = ta().rsi(frame, 14);
        final double threshold = useFilter.value() ? 25.0 + level.value() : 35.0;
        final String[] tags = new String[frame.rows()];
        for (int i = 0; i < rsi.length; i++)
        {
            if (rsi[i] < threshold)
            {
                signals.enterLong()[i] = Signals.ONE;
                tags[i] = "rsi<" + threshold;
            }
        }
        signals.enterTag(tags);
    }

    @Override
    protected void populateExitTrend(final PairFrame frame, final Signals signals)
    {
        final double[] rsi = ta().rsi(frame, 14);
        final double threshold = 55.0 + sellLevel.value();
        for (int i = 0; i < rsi.length; i++)
        {
            if (rsi[i] > threshold)
            {
                signals.exitLong()[i] = Signals.ONE;
            }
        }
    }

    void values(final boolean filter, final int buyLevel, final int exitLevel)
    {
        useFilter.set(filter);
        level.set(buyLevel);
        sellLevel.set(exitLevel);
    }
}
