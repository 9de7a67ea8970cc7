package io.hyperjet.worker.backtest;

import io.hyperjet.worker.signal.Signals;

/** Signal reads shared by both backtesters (backtest-semantics.md 2.3 to 2.5). */
final class EntrySignals
{
    static final int NONE = 0;
    static final int LONG = 1;
    static final int SHORT = -1;

    private EntrySignals()
    {
    }

    /**
     * The entry direction of 2.3 from the raw signals of {@code signalRow} (the shifted row's source).
     *
     * @return {@link #LONG}, {@link #SHORT} or {@link #NONE}.
     */
    static int direction(final Signals s, final int signalRow, final boolean shortsEnabled)
    {
        final boolean eL = s.enterLong()[signalRow] == Signals.ONE;
        final boolean xL = s.exitLong()[signalRow] == Signals.ONE;
        final boolean eS = shortsEnabled && s.enterShort()[signalRow] == Signals.ONE;
        final boolean xS = shortsEnabled && s.exitShort()[signalRow] == Signals.ONE;
        if (eL && !xL && !eS)
        {
            return LONG;
        }
        if (eS && !xS && !eL)
        {
            return SHORT;
        }
        return NONE;
    }

    static String enterTag(final Signals s, final int signalRow)
    {
        return s.enterTags().tag(signalRow);
    }

    static String exitTag(final Signals s, final int signalRow)
    {
        return s.exitTags().tag(signalRow);
    }
}
