package io.hyperjet.worker.strategy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.array.ArrayOps;
import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.backtest.TradeCallbacks;
import io.hyperjet.worker.cache.IndicatorCache;
import io.hyperjet.worker.frame.informative.DataProvider;
import io.hyperjet.worker.frame.informative.PairTimeframe;
import io.hyperjet.worker.indicator.Indicators;
import io.hyperjet.worker.protection.Protections;
import io.hyperjet.worker.signal.Signals;

/**
 * A trading strategy, shaped like Freqtrade's {@code IStrategy} so a strategy ports line by line: set the attributes
 * ({@code timeframe}, {@code minimalRoi}, {@code stoploss}, ...) in field initializers or the constructor, declare
 * parameters as fields ({@code IntParameter buyRsi = new IntParameter(10, 40, 30)}), and override the three phases.
 * <ul>
 * <li>{@link #populateIndicators}: once per pair on the candles; writes named columns. A column per candidate of a
 * parameter's {@code range()} is fine: the range is complete only while indicators are prepared for a hyperopt
 * that optimizes that parameter ({@link #runIndicators(PairFrame, Set)}), {@code [value]} otherwise. Pairs may run
 * this phase at the same time, each on its own instance of the strategy (hyperopt's data preparation): it must not
 * depend on other pairs' calls or their order (static fields, counters), only on the frame, {@link #dp} and the
 * parameter values.</li>
 * <li>{@link #populateEntryTrend} / {@link #populateExitTrend}: per epoch; read indicator columns of the frame
 * ({@link #column}) and parameter values, and set signal codes in {@link Signals} ({@code enterLong()[i] = ONE}).</li>
 * <li>optional {@link #informativePairs()}: other (pair, timeframe) candles, loaded before the run and read through
 * {@link #dp} ({@code dp.getPairDataframe("BTC/USDT", "1h")}), joined with
 * {@link io.hyperjet.worker.frame.informative.Informative#mergeInformativePair}.</li>
 * <li>optional callbacks {@link #customStoploss} (used when {@code useCustomStoploss} is set),
 * {@link #customExit} and {@link #confirmTradeEntry}: overriding any makes {@link #callbacks()} non-null and
 * requires the iterative backtester.</li>
 * </ul>
 * Callers use the {@code run*} methods, which track the phase for {@code range()} and read detection and wrap a
 * failure in a {@link StrategyException} naming strategy, phase and pair. An instance is not threadsafe: each
 * worker thread loads its own.
 */
public abstract class Strategy extends StrategyAttributes
{
    /**
     * Freqtrade's {@code self.dp}: {@code dp.getPairDataframe(pair, timeframe)} for the candles
     * {@link #informativePairs()} lists, {@code dp.currentWhitelist()} for the run's pairs. Filled before the
     * indicator phase.
     */
    protected final DataProvider dp = new DataProvider();

    private StrategyParameters parameters;
    private Indicators indicators;
    private ArrayOps ops = ArrayOps.optimized();
    private Path paramsFile;
    private Path sourceFile;
    private TradeCallbacks callbacks;
    private boolean callbacksResolved;

    /**
     * Freqtrade's {@code populate_indicators}: computes indicator columns for one pair. Default: none.
     *
     * @param frame the pair's candles (startup candles included).
     * @param out   where to put the columns.
     */
    protected void populateIndicators(final PairFrame frame, final IndicatorColumns out)
    {
    }

    /**
     * Freqtrade's {@code populate_entry_trend}: sets {@code enterLong}/{@code enterShort} codes (and tags).
     *
     * @param frame   candles plus indicator columns.
     * @param signals cleared entry columns to fill.
     */
    protected abstract void populateEntryTrend(PairFrame frame, Signals signals);

    /**
     * Freqtrade's {@code populate_exit_trend}: sets {@code exitLong}/{@code exitShort} codes (and tags).
     *
     * @param frame   candles plus indicator columns.
     * @param signals cleared exit columns to fill.
     */
    protected abstract void populateExitTrend(PairFrame frame, Signals signals);

    /**
     * Freqtrade's {@code informative_pairs()}: the (pair, timeframe) candles {@link #dp} must provide, loaded before
     * the run with the rest and shared with the workers. May read {@code dp.currentWhitelist()}. Default: none.
     *
     * @return the (pair, timeframe)s, e.g. {@code List.of(PairTimeframe.of("BTC/USDT", "1h"))}.
     */
    protected List<PairTimeframe> informativePairs()
    {
        return List.of();
    }

    /**
     * Engine side: sets the data provider's whitelist, then asks {@link #informativePairs()}.
     *
     * @param pairs the run's pairs, in order.
     * @return the (pair, timeframe)s the strategy needs, duplicates removed, in first-listed order.
     */
    public final List<PairTimeframe> informativeNeeds(final List<String> pairs)
    {
        dp.whitelist(pairs);
        final List<PairTimeframe> listed;
        try
        {
            listed = informativePairs();
        }
        catch (final RuntimeException ex)
        {
            throw StrategyException.of(this, "informative_pairs", ex);
        }
        return null == listed ? List.of() : List.copyOf(new LinkedHashSet<>(listed));
    }

    /**
     * Engine side: the data provider the engine fills with the informative candles.
     *
     * @return {@link #dp}.
     */
    public final DataProvider dataProvider()
    {
        return dp;
    }

    /**
     * Freqtrade's {@code custom_stoploss}; see {@link TradeCallbacks#customStoploss}. Called only when overridden and
     * {@code useCustomStoploss} is true.
     */
    protected double customStoploss(
        final String pair, final Trade trade, final long timeMs, final double currentRate, final double currentProfit)
    {
        return Double.NaN;
    }

    /**
     * Freqtrade's {@code confirm_trade_entry}; see {@link TradeCallbacks#confirmTradeEntry}. Called only when
     * overridden.
     */
    protected boolean confirmTradeEntry(final String pair, final double amount, final double rate, final long timeMs,
        final String entryTag, final boolean isShort)
    {
        return true;
    }

    /** Freqtrade's {@code custom_exit}; see {@link TradeCallbacks#customExit}. Called only when overridden. */
    protected String customExit(
        final String pair, final Trade trade, final long timeMs, final double currentRate, final double currentProfit)
    {
        return null;
    }

    /**
     * Whether this strategy may open shorts in a run with this config (the trading mode must still allow it):
     * the {@code canShort} attribute. {@link SignalColumns} overrides it to read the config.
     *
     * @param config the run's config.
     * @return true when short signals may open trades.
     */
    public boolean canShort(final HyperjetConfig config)
    {
        return canShort();
    }

    /**
     * Freqtrade's {@code protections} property: the protections to apply when {@code enable_protections} is on, one
     * map per protection with {@code method} ({@code CooldownPeriod}, {@code StoplossGuard}, {@code MaxDrawdown} or
     * {@code LowProfitPairs}) and its keys ({@code stop_duration_candles}, {@code lookback_period}, ...), in the
     * order they are evaluated. Read again at the start of every backtest and every hyperopt epoch, after the
     * epoch's parameter values are set, so it may read parameters (protection-space ones in particular):
     * {@code return List.of(protection("CooldownPeriod", "stop_duration_candles", cooldown.value()));}.
     * Default: none.
     *
     * @return the protections, possibly empty.
     */
    protected List<Map<String, Object>> protections()
    {
        return List.of();
    }

    /**
     * One protection entry for {@link #protections()}: {@code protection("StoplossGuard", "trade_limit", 3,
     * "only_per_pair", true)}.
     *
     * @param method        the protection's class name.
     * @param keysAndValues alternating keys and values.
     * @return the entry, keys in the order given.
     */
    protected static Map<String, Object> protection(final String method, final Object... keysAndValues)
    {
        if (keysAndValues.length % 2 != 0)
        {
            throw new IllegalArgumentException("protection needs (key, value) pairs after the method");
        }
        final Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("method", method);
        for (int i = 0; i < keysAndValues.length; i += 2)
        {
            entry.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return entry;
    }

    /**
     * Reads {@link #protections()} with the parameters' current values and validates it (protections.md 1.3).
     *
     * @param timeframeMinutes the run's timeframe, for the {@code *_candles} keys.
     * @return the protections.
     * @throws io.hyperjet.common.UserInputException for an invalid entry, naming the strategy and the entry.
     * @throws StrategyException when {@code protections()} itself fails.
     */
    public final Protections protectionList(final long timeframeMinutes)
    {
        final List<Map<String, Object>> entries;
        try
        {
            entries = protections();
        }
        catch (final RuntimeException ex)
        {
            throw StrategyException.of(this, "protections", ex);
        }
        return Protections.of(null == entries ? List.of() : entries, timeframeMinutes, "strategy " + name());
    }

    /** The class's simple name, as Freqtrade names strategies (a bridged strategy answers its own class's). */
    public String name()
    {
        return getClass().getSimpleName();
    }

    /**
     * The parameters, discovered from the fields on first use.
     *
     * @return the parameters in dimension order.
     */
    public final StrategyParameters parameters()
    {
        if (null == parameters)
        {
            parameters = StrategyParameters.discover(this);
        }
        return parameters;
    }

    /**
     * Runs the indicator phase outside hyperopt (every {@code range()} is {@code [value]}).
     *
     * @param frame the pair's candles.
     * @return the columns written.
     */
    public final IndicatorColumns runIndicators(final PairFrame frame)
    {
        return runIndicators(frame, null);
    }

    /**
     * Runs the indicator phase; with {@code hyperoptSpaces} non-null this is hyperopt's indicator preparation and
     * {@code range()} of an optimizable parameter in one of those spaces returns every candidate.
     *
     * @param frame          the pair's candles.
     * @param hyperoptSpaces the optimized parameter spaces, or null outside hyperopt.
     * @return the columns written.
     */
    public final IndicatorColumns runIndicators(final PairFrame frame, final Set<Space> hyperoptSpaces)
    {
        final StrategyParameters params = parameters();
        final IndicatorColumns out = new IndicatorColumns(frame.rows());
        params.beginPhase(Phase.INDICATORS, hyperoptSpaces);
        try
        {
            populateIndicators(frame, out);
        }
        catch (final UserInputException ex)
        {
            throw ex; // already one line naming the user's file (a bridged strategy's error)
        }
        catch (final RuntimeException ex)
        {
            throw StrategyException.of(this, Phase.INDICATORS.freqtradeName(), frame.pair(), ex);
        }
        finally
        {
            params.endPhase();
        }
        return out;
    }

    /**
     * Clears the entry columns and tags of {@code signals} and runs the entry phase, recording parameter reads.
     *
     * @param frame   candles plus indicator columns.
     * @param signals the pair's signals.
     */
    public final void runEntry(final PairFrame frame, final Signals signals)
    {
        signals.clearEntry();
        runPhase(Phase.ENTRY, frame, signals);
    }

    /**
     * Clears the exit columns and tags of {@code signals} and runs the exit phase, recording parameter reads.
     *
     * @param frame   candles plus indicator columns.
     * @param signals the pair's signals.
     */
    public final void runExit(final PairFrame frame, final Signals signals)
    {
        signals.clearExit();
        runPhase(Phase.EXIT, frame, signals);
    }

    /**
     * {@link #runEntry} then {@link #runExit}.
     *
     * @param frame   candles plus indicator columns.
     * @param signals the pair's signals.
     */
    public final void runSignals(final PairFrame frame, final Signals signals)
    {
        runEntry(frame, signals);
        runExit(frame, signals);
    }

    private void runPhase(final Phase phase, final PairFrame frame, final Signals signals)
    {
        final StrategyParameters params = parameters();
        params.beginPhase(phase, null);
        try
        {
            if (phase == Phase.ENTRY)
            {
                populateEntryTrend(frame, signals);
            }
            else
            {
                populateExitTrend(frame, signals);
            }
        }
        catch (final UserInputException ex)
        {
            throw ex; // already one line naming the user's file (a bridged strategy's error)
        }
        catch (final RuntimeException ex)
        {
            throw StrategyException.of(this, phase.freqtradeName(), frame.pair(), ex);
        }
        finally
        {
            params.endPhase();
        }
    }

    /**
     * The callbacks the iterative backtester must call, or null when the strategy overrides neither.
     *
     * @return the callbacks or null.
     */
    public final TradeCallbacks callbacks()
    {
        if (!callbacksResolved)
        {
            callbacks = resolveCallbacks();
            callbacksResolved = true;
        }
        return callbacks;
    }

    /**
     * Called when a pair's signals for the current values came from the signal cache instead of the phases. A bridged
     * strategy attaches the pair there, so its callbacks can still see the analyzed frame; others need nothing.
     *
     * @param frame the pair's frame (candles plus indicator columns).
     */
    public void signalsRestored(final PairFrame frame)
    {
    }

    /**
     * Builds {@link #callbacks()} once: the overridden Java callbacks. A bridged strategy answers its own.
     *
     * @return the callbacks or null.
     */
    protected TradeCallbacks resolveCallbacks()
    {
        final Class<?>[] tradeCallback = {String.class, Trade.class, long.class, double.class, double.class};
        final boolean stop = useCustomStoploss && overrides("customStoploss", tradeCallback);
        final boolean exit = overrides("customExit", tradeCallback);
        final boolean confirm = overrides("confirmTradeEntry", String.class, double.class, double.class, long.class,
            String.class, boolean.class);
        return stop || exit || confirm ? new StrategyCallbacks(this, stop, exit, confirm) : null;
    }

    /**
     * Whether this strategy can only run on the iterative backtester (it has callbacks).
     *
     * @return true when {@link #callbacks()} is non-null.
     */
    public final boolean needsIterativeBacktester()
    {
        return null != callbacks();
    }

    private boolean overrides(final String method, final Class<?>... parameterTypes)
    {
        for (Class<?> c = getClass(); c != Strategy.class; c = c.getSuperclass())
        {
            try
            {
                c.getDeclaredMethod(method, parameterTypes);
                return true;
            }
            catch (final NoSuchMethodException ignore)
            {
                // not declared at this level; look further up
            }
        }
        return false;
    }

    final double callCustomStoploss(
        final String pair, final Trade trade, final long timeMs, final double rate, final double profit)
    {
        return customStoploss(pair, trade, timeMs, rate, profit);
    }

    final boolean callConfirmTradeEntry(final String pair, final double amount, final double rate,
        final long timeMs, final String entryTag, final boolean isShort)
    {
        return confirmTradeEntry(pair, amount, rate, timeMs, entryTag, isShort);
    }

    final String callCustomExit(
        final String pair, final Trade trade, final long timeMs, final double rate, final double profit)
    {
        return customExit(pair, trade, timeMs, rate, profit);
    }

    /**
     * TA-Lib indicators for the indicator phase (one instance per strategy).
     *
     * @return the facade.
     */
    protected final Indicators ta()
    {
        if (null == indicators)
        {
            indicators = new Indicators();
        }
        return indicators;
    }

    /**
     * Applies {@code enable_indicator_cache}: the cache {@link #ta()}'s frame overloads use, or null for none.
     *
     * @param cache the worker's indicator cache or null.
     */
    public final void indicatorCache(final IndicatorCache cache)
    {
        ta().cache(cache);
    }

    /**
     * The array ops chosen by {@code numpy_optimizations}.
     *
     * @return the ops.
     */
    public final ArrayOps ops()
    {
        return ops;
    }

    /**
     * Applies the {@code numpy_optimizations} switch (never changes a result).
     *
     * @param numpyOptimizations true for the optimized array ops.
     */
    public final void numpyOptimizations(final boolean numpyOptimizations)
    {
        this.ops = ArrayOps.of(numpyOptimizations);
    }

    /**
     * A column of the frame, failing with its name when the indicator phase did not write it.
     *
     * @param frame the frame.
     * @param name  the column name.
     * @return the column.
     */
    protected static DoubleColumn column(final PairFrame frame, final String name)
    {
        final DoubleColumn column = frame.column(name);
        if (null == column)
        {
            throw new IllegalStateException("column '" + name + "' is missing from the frame of " + frame.pair());
        }
        return column;
    }

    /**
     * Where this strategy's params file lives ({@code <strategy file>.json}), or null for none (export target).
     *
     * @return the path or null.
     */
    public final Path paramsFile()
    {
        return paramsFile;
    }

    final void paramsFile(final Path path)
    {
        this.paramsFile = path;
    }

    /** @return the {@code .java} file the strategy was compiled from, or null (built-in, jar, Python). */
    final Path sourceFile()
    {
        return sourceFile;
    }

    final void sourceFile(final Path path)
    {
        this.sourceFile = path;
    }
}
