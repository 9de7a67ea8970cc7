package io.hyperjet.worker.backtest;

import java.util.Map;
import java.util.TreeMap;

import io.hyperjet.common.UserInputException;
import io.hyperjet.worker.protection.Protections;

/**
 * Everything a backtest run needs besides the candles and signals (backtest-semantics.md sections 1.5 to 6), built in
 * code with fluent setters and validated once by {@link #conclude()}; read-only afterwards.
 * <p>
 * Unset optional values use NaN ({@code trailing_stop_positive}, {@code available_capital}) or the sentinels of the
 * timerange. {@code max_open_trades = -1} becomes +∞. Not threadsafe while being built; safe to share once concluded.
 */
public final class BacktestSettings
{
    /** Trading modes: spot ignores short signals. */
    public enum TradingMode
    {
        SPOT, MARGIN, FUTURES
    }

    public static final double TRADABLE_BALANCE_RATIO_DEFAULT = 0.99;
    public static final double DRY_RUN_WALLET_DEFAULT = 1000.0;
    public static final double LAST_STAKE_AMOUNT_MIN_RATIO_DEFAULT = 0.5;
    public static final double ROI_DEFAULT = 10.0;

    private boolean concluded;
    private double fee;
    private double stakeAmount = Double.NaN;
    private boolean unlimitedStake;
    private double tradableBalanceRatio = TRADABLE_BALANCE_RATIO_DEFAULT;
    private double dryRunWallet = DRY_RUN_WALLET_DEFAULT;
    private double availableCapital = Double.NaN;
    private boolean amendLastStakeAmount;
    private double lastStakeAmountMinRatio = LAST_STAKE_AMOUNT_MIN_RATIO_DEFAULT;
    private double minStake;
    private int maxOpenTradesSetting = -1;
    private double maxOpenTrades;
    private boolean positionStacking;
    private Map<Integer, Double> minimalRoi = Map.of(0, ROI_DEFAULT);
    private int[] roiMinutes;
    private double[] roiRatios;
    private double stoploss = Double.NaN;
    private boolean trailingStop;
    private double trailingStopPositive = Double.NaN;
    private double trailingStopPositiveOffset;
    private boolean trailingOnlyOffsetIsReached;
    private boolean useExitSignal = true;
    private boolean exitProfitOnly;
    private double exitProfitOffset;
    private boolean ignoreRoiIfEntrySignal;
    private boolean canShort;
    private TradingMode tradingMode = TradingMode.SPOT;
    private long timeframeSeconds;
    private long timerangeStartMs = Long.MIN_VALUE;
    private long timerangeStopMs = Long.MAX_VALUE;
    private int startupCandleCount;
    private boolean vectorized = true;
    private Protections protections = Protections.NONE;

    /**
     * Validates every value and derives the lookup tables. Call once, after the setters.
     *
     * @return this, now read-only.
     * @throws UserInputException naming the first invalid setting.
     */
    public BacktestSettings conclude()
    {
        check(!Double.isNaN(fee) && fee >= 0.0 && fee <= 0.1, "fee must be within [0, 0.1], got ", fee);
        check(unlimitedStake || (stakeAmount > 0.0 && Double.isFinite(stakeAmount)),
            "stake_amount must be a positive number or \"unlimited\", got ", stakeAmount);
        check(tradableBalanceRatio > 0.0 && tradableBalanceRatio <= 1.0,
            "tradable_balance_ratio must be within (0, 1], got ", tradableBalanceRatio);
        check(dryRunWallet >= 0.0 && Double.isFinite(dryRunWallet), "dry_run_wallet must be >= 0, got ", dryRunWallet);
        check(Double.isNaN(availableCapital) || availableCapital >= 0.0,
            "available_capital must be >= 0, got ", availableCapital);
        check(lastStakeAmountMinRatio >= 0.0 && lastStakeAmountMinRatio <= 1.0,
            "last_stake_amount_min_ratio must be within [0, 1], got ", lastStakeAmountMinRatio);
        check(minStake >= 0.0 && Double.isFinite(minStake), "min_stake must be >= 0, got ", minStake);
        check(maxOpenTradesSetting >= -1, "max_open_trades must be >= -1, got ", maxOpenTradesSetting);
        check(stoploss < 0.0 && stoploss >= -1.0, "stoploss must be within [-1, 0), got ", stoploss);
        check(Double.isNaN(trailingStopPositive) || (trailingStopPositive >= 0.0 && trailingStopPositive < 1.0),
            "trailing_stop_positive must be within [0, 1), got ", trailingStopPositive);
        check(trailingStopPositiveOffset >= 0.0 && Double.isFinite(trailingStopPositiveOffset),
            "trailing_stop_positive_offset must be >= 0, got ", trailingStopPositiveOffset);
        check(Double.isFinite(exitProfitOffset), "exit_profit_offset must be finite, got ", exitProfitOffset);
        check(timeframeSeconds >= 60 && timeframeSeconds % 60 == 0,
            "timeframe must be a positive whole number of minutes, got ", timeframeSeconds, " s");
        check(startupCandleCount >= 0, "startup_candle_count must be >= 0, got ", startupCandleCount);
        check(timerangeStartMs == Long.MIN_VALUE || timerangeStopMs == Long.MAX_VALUE ||
            timerangeStartMs <= timerangeStopMs, "timerange start is after its stop");
        maxOpenTrades = maxOpenTradesSetting == -1 ? Double.POSITIVE_INFINITY : maxOpenTradesSetting;
        final TreeMap<Integer, Double> sorted = new TreeMap<>(minimalRoi);
        roiMinutes = new int[sorted.size()];
        roiRatios = new double[sorted.size()];
        int i = 0;
        for (final Map.Entry<Integer, Double> e : sorted.entrySet())
        {
            check(e.getKey() >= 0, "minimal_roi key must be >= 0 minutes, got ", e.getKey());
            check(!e.getValue().isNaN(), "minimal_roi value at ", e.getKey(), " is NaN");
            roiMinutes[i] = e.getKey();
            roiRatios[i] = e.getValue();
            i++;
        }
        concluded = true;
        return this;
    }

    private static void check(final boolean ok, final String message)
    {
        if (!ok)
        {
            throw new UserInputException("invalid backtest setting: " + message);
        }
    }

    /** {@link #check(boolean, String)} of {@code prefix + value}, the text made only on failure. */
    private static void check(final boolean ok, final String prefix, final Object value)
    {
        check(ok, prefix, value, "");
    }

    /**
     * {@link #check(boolean, String)} of {@code prefix + value + suffix}, the text made only on failure: every
     * hyperopt epoch concludes its settings, and the messages' {@code Double.toString} calls were ~1 % of a W1
     * worker slot.
     */
    private static void check(final boolean ok, final String prefix, final Object value, final String suffix)
    {
        if (!ok)
        {
            check(false, prefix + value + suffix);
        }
    }

    private void mutable()
    {
        if (concluded)
        {
            throw new IllegalStateException("settings already concluded");
        }
    }

    public BacktestSettings fee(final double fee)
    {
        mutable();
        this.fee = fee;
        return this;
    }

    /**
     * A fixed stake per trade, in the stake currency.
     *
     * @param stakeAmount the stake.
     * @return this.
     */
    public BacktestSettings stakeAmount(final double stakeAmount)
    {
        mutable();
        this.stakeAmount = stakeAmount;
        this.unlimitedStake = false;
        return this;
    }

    /**
     * {@code stake_amount = "unlimited"}: the balance is split over the slots (6.2).
     *
     * @return this.
     */
    public BacktestSettings unlimitedStake()
    {
        mutable();
        this.unlimitedStake = true;
        this.stakeAmount = Double.NaN;
        return this;
    }

    public BacktestSettings tradableBalanceRatio(final double ratio)
    {
        mutable();
        this.tradableBalanceRatio = ratio;
        return this;
    }

    public BacktestSettings dryRunWallet(final double wallet)
    {
        mutable();
        this.dryRunWallet = wallet;
        return this;
    }

    /**
     * {@code available_capital}; NaN (the default) means unset.
     *
     * @param capital the capital.
     * @return this.
     */
    public BacktestSettings availableCapital(final double capital)
    {
        mutable();
        this.availableCapital = capital;
        return this;
    }

    public BacktestSettings amendLastStakeAmount(final boolean amend)
    {
        mutable();
        this.amendLastStakeAmount = amend;
        return this;
    }

    public BacktestSettings lastStakeAmountMinRatio(final double ratio)
    {
        mutable();
        this.lastStakeAmountMinRatio = ratio;
        return this;
    }

    /**
     * The minimum stake of rule 6.2; 0 (the default) means none.
     *
     * @param minStake the minimum stake.
     * @return this.
     */
    public BacktestSettings minStake(final double minStake)
    {
        mutable();
        this.minStake = minStake;
        return this;
    }

    /**
     * {@code max_open_trades}: -1 means unlimited (+∞), 0 also means unlimited slots (but a zero unlimited stake).
     *
     * @param maxOpenTrades the setting.
     * @return this.
     */
    public BacktestSettings maxOpenTrades(final int maxOpenTrades)
    {
        mutable();
        this.maxOpenTradesSetting = maxOpenTrades;
        return this;
    }

    public BacktestSettings positionStacking(final boolean stacking)
    {
        mutable();
        this.positionStacking = stacking;
        return this;
    }

    /**
     * The ROI table, minutes to ratio. An empty map means no ROI; the default is {@code {0: 10.0}}.
     *
     * @param table the table (copied).
     * @return this.
     */
    public BacktestSettings minimalRoi(final Map<Integer, Double> table)
    {
        mutable();
        this.minimalRoi = Map.copyOf(table);
        return this;
    }

    public BacktestSettings stoploss(final double stoploss)
    {
        mutable();
        this.stoploss = stoploss;
        return this;
    }

    public BacktestSettings trailingStop(final boolean trailingStop)
    {
        mutable();
        this.trailingStop = trailingStop;
        return this;
    }

    /**
     * {@code trailing_stop_positive}; NaN (the default) means null.
     *
     * @param positive the ratio.
     * @return this.
     */
    public BacktestSettings trailingStopPositive(final double positive)
    {
        mutable();
        this.trailingStopPositive = positive;
        return this;
    }

    public BacktestSettings trailingStopPositiveOffset(final double offset)
    {
        mutable();
        this.trailingStopPositiveOffset = offset;
        return this;
    }

    public BacktestSettings trailingOnlyOffsetIsReached(final boolean onlyOffset)
    {
        mutable();
        this.trailingOnlyOffsetIsReached = onlyOffset;
        return this;
    }

    public BacktestSettings useExitSignal(final boolean use)
    {
        mutable();
        this.useExitSignal = use;
        return this;
    }

    public BacktestSettings exitProfitOnly(final boolean only)
    {
        mutable();
        this.exitProfitOnly = only;
        return this;
    }

    public BacktestSettings exitProfitOffset(final double offset)
    {
        mutable();
        this.exitProfitOffset = offset;
        return this;
    }

    public BacktestSettings ignoreRoiIfEntrySignal(final boolean ignore)
    {
        mutable();
        this.ignoreRoiIfEntrySignal = ignore;
        return this;
    }

    public BacktestSettings canShort(final boolean canShort)
    {
        mutable();
        this.canShort = canShort;
        return this;
    }

    public BacktestSettings tradingMode(final TradingMode mode)
    {
        mutable();
        this.tradingMode = mode;
        return this;
    }

    public BacktestSettings timeframeSeconds(final long seconds)
    {
        mutable();
        this.timeframeSeconds = seconds;
        return this;
    }

    /**
     * The timerange, both ends inclusive on the candle open time; 0 means that side is unset (as in Freqtrade).
     *
     * @param startMs start, epoch ms, or 0.
     * @param stopMs  stop, epoch ms, or 0.
     * @return this.
     */
    public BacktestSettings timerangeMs(final long startMs, final long stopMs)
    {
        mutable();
        this.timerangeStartMs = startMs == 0 ? Long.MIN_VALUE : startMs;
        this.timerangeStopMs = stopMs == 0 ? Long.MAX_VALUE : stopMs;
        return this;
    }

    public BacktestSettings startupCandleCount(final int count)
    {
        mutable();
        this.startupCandleCount = count;
        return this;
    }

    /**
     * {@code enable_vectorized_backtesting} (default true): whether {@link BacktestEngine} may use the fast path.
     *
     * @param enabled the flag.
     * @return this.
     */
    public BacktestSettings vectorized(final boolean enabled)
    {
        mutable();
        this.vectorized = enabled;
        return this;
    }

    /**
     * The protections to apply (protections.md): {@link Protections#NONE} (the default) unless
     * {@code enable_protections} is on and the strategy declares some. Any protection needs the iterative backtester.
     *
     * @param protections the run's protections.
     * @return this.
     */
    public BacktestSettings protections(final Protections protections)
    {
        mutable();
        this.protections = protections;
        return this;
    }

    public Protections protections()
    {
        return protections;
    }

    public double fee()
    {
        return fee;
    }

    public boolean isUnlimitedStake()
    {
        return unlimitedStake;
    }

    /**
     * The fixed stake, NaN when unlimited.
     *
     * @return the stake.
     */
    public double stakeAmount()
    {
        return stakeAmount;
    }

    public double tradableBalanceRatio()
    {
        return tradableBalanceRatio;
    }

    public double dryRunWallet()
    {
        return dryRunWallet;
    }

    public double availableCapital()
    {
        return availableCapital;
    }

    public boolean amendLastStakeAmount()
    {
        return amendLastStakeAmount;
    }

    public double lastStakeAmountMinRatio()
    {
        return lastStakeAmountMinRatio;
    }

    public double minStake()
    {
        return minStake;
    }

    /**
     * The slot limit as used by the rules: +∞ for -1, else the setting.
     *
     * @return the limit.
     */
    public double maxOpenTrades()
    {
        return maxOpenTrades;
    }

    public int maxOpenTradesSetting()
    {
        return maxOpenTradesSetting;
    }

    public boolean positionStacking()
    {
        return positionStacking;
    }

    /**
     * ROI keys in minutes, ascending; parallel to {@link #roiRatios()}. Do not modify.
     *
     * @return the keys.
     */
    public int[] roiMinutes()
    {
        return roiMinutes;
    }

    /**
     * ROI ratios, parallel to {@link #roiMinutes()}. Do not modify.
     *
     * @return the ratios.
     */
    public double[] roiRatios()
    {
        return roiRatios;
    }

    public double stoploss()
    {
        return stoploss;
    }

    public boolean trailingStop()
    {
        return trailingStop;
    }

    public double trailingStopPositive()
    {
        return trailingStopPositive;
    }

    public double trailingStopPositiveOffset()
    {
        return trailingStopPositiveOffset;
    }

    public boolean trailingOnlyOffsetIsReached()
    {
        return trailingOnlyOffsetIsReached;
    }

    public boolean useExitSignal()
    {
        return useExitSignal;
    }

    public boolean exitProfitOnly()
    {
        return exitProfitOnly;
    }

    public double exitProfitOffset()
    {
        return exitProfitOffset;
    }

    public boolean ignoreRoiIfEntrySignal()
    {
        return ignoreRoiIfEntrySignal;
    }

    /**
     * Whether short entries are possible: not spot and {@code can_short}.
     *
     * @return true when shorts trade.
     */
    public boolean shortsEnabled()
    {
        return canShort && tradingMode != TradingMode.SPOT;
    }

    public long timeframeSeconds()
    {
        return timeframeSeconds;
    }

    public long timeframeMs()
    {
        return timeframeSeconds * 1000L;
    }

    public long timeframeMinutes()
    {
        return timeframeSeconds / 60;
    }

    /**
     * The timerange start, epoch ms, or {@link Long#MIN_VALUE} when unset.
     *
     * @return the start.
     */
    public long timerangeStartMs()
    {
        return timerangeStartMs;
    }

    /**
     * The timerange stop, epoch ms, or {@link Long#MAX_VALUE} when unset.
     *
     * @return the stop.
     */
    public long timerangeStopMs()
    {
        return timerangeStopMs;
    }

    public int startupCandleCount()
    {
        return startupCandleCount;
    }

    public boolean vectorized()
    {
        return vectorized;
    }

    public boolean isConcluded()
    {
        return concluded;
    }
}
