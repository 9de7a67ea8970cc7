package io.hyperjet.worker.frame;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.IndicatorColumns;
import io.hyperjet.worker.strategy.Strategy;

/**
 * A strategy written like Freqtrade's: the populate methods receive a {@link DataFrame} and {@link Metadata},
 * read columns with {@code df.get("rsi")}, write indicators with {@code df.set(...)} and signals with
 * {@code df.loc(mask, "enter_long", 1)}, and call TA-Lib through {@link #ta} and qtpylib through {@link #qtpylib}.
 * Attributes and parameters are those of {@link Strategy}. See {@code docs/strategies.md}.
 * <p>
 * It implements {@link Strategy}'s phases by binding a frame to them: the indicator phase's columns go to the
 * indicator columns (shared memory in a hyperopt), and each epoch's entry and exit phases evaluate their masks
 * lazily over the rows they select, starting from memoized crossings, so an epoch allocates a few objects per
 * expression and nothing per candle. Not threadsafe: each worker thread loads its own instance.
 */
public abstract class FrameStrategy extends Strategy
{
    /** TA-Lib by its {@code talib.abstract} names: {@code ta.RSI(df)}, {@code ta.MACD(df).get("macdsignal")}. */
    protected final Ta ta = new Ta();

    /** Freqtrade's vendored qtpylib: {@code qtpylib.crossedAbove(df.get("rsi"), 30)}. */
    protected final QtpylibFunctions qtpylib;

    private final FrameContext context = new FrameContext(new CrossingCache());

    protected FrameStrategy()
    {
        qtpylib = new QtpylibFunctions(context);
    }

    /**
     * Freqtrade's {@code populate_indicators}: adds indicator columns with {@code df.set(name, series)}. Default:
     * none.
     *
     * @param df the pair's candles (startup candles included).
     * @param md the pair.
     */
    protected void populateIndicators(final DataFrame df, final Metadata md)
    {
    }

    /**
     * Freqtrade's {@code populate_entry_trend}: {@code df.loc(mask, "enter_long", 1)}, tags with
     * {@code df.loc(mask, "enter_tag", "name")}.
     *
     * @param df candles plus indicator columns; entry signals start unset.
     * @param md the pair.
     */
    protected abstract void populateEntryTrend(DataFrame df, Metadata md);

    /**
     * Freqtrade's {@code populate_exit_trend}: {@code df.loc(mask, "exit_long", 1)}.
     *
     * @param df candles plus indicator columns; exit signals start unset.
     * @param md the pair.
     */
    protected abstract void populateExitTrend(DataFrame df, Metadata md);

    @Override
    protected final void populateIndicators(final PairFrame frame, final IndicatorColumns out)
    {
        context.ops(ops());
        ta.cache(ta().cache()); // enable_indicator_cache reaches the strategy through its Indicators
        try
        {
            populateIndicators(DataFrame.forIndicators(context, frame, out), new Metadata(frame.pair()));
        }
        finally
        {
            // the pair's input arrays are not kept past its indicator phase (the coordinator's instance lives on)
            ta.forgetFrameInputs();
        }
    }

    @Override
    protected final void populateEntryTrend(final PairFrame frame, final Signals signals)
    {
        context.ops(ops());
        ta.cache(ta().cache());
        populateEntryTrend(DataFrame.forSignals(context, frame, signals), new Metadata(frame.pair()));
    }

    @Override
    protected final void populateExitTrend(final PairFrame frame, final Signals signals)
    {
        context.ops(ops());
        ta.cache(ta().cache());
        populateExitTrend(DataFrame.forSignals(context, frame, signals), new Metadata(frame.pair()));
    }
}
