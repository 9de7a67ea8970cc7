package io.hyperjet.worker.strategy;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;

/**
 * Built-in strategy for externally computed signals: its signals are the frame's own {@code enter_long},
 * {@code exit_long}, {@code enter_short} and {@code exit_short} columns (extra csv columns), or the legacy
 * {@code buy} / {@code sell} for the long side. A missing column reads as 0; values map through
 * {@link Signals#code(double)} (1 is ONE, 0 and NaN UNSET, anything else OTHER). No indicators, no parameters;
 * ROI and stoploss come from the config.
 */
public final class SignalColumns extends Strategy
{
    @Override
    protected void populateEntryTrend(final PairFrame frame, final Signals signals)
    {
        copy(frame, "enter_long", "buy", signals.enterLong());
        copy(frame, "enter_short", null, signals.enterShort());
    }

    @Override
    protected void populateExitTrend(final PairFrame frame, final Signals signals)
    {
        copy(frame, "exit_long", "sell", signals.exitLong());
        copy(frame, "exit_short", null, signals.exitShort());
    }

    private static void copy(final PairFrame frame, final String name, final String legacy, final byte[] codes)
    {
        DoubleColumn column = frame.column(name);
        if (null == column && null != legacy)
        {
            column = frame.column(legacy);
        }
        if (null == column)
        {
            return;
        }
        final int n = column.rows();
        for (int i = 0; i < n; i++)
        {
            codes[i] = Signals.code(column.get(i));
        }
    }
}
