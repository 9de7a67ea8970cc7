package io.hyperjet.worker.epoch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.time.Timeframes;
import io.hyperjet.common.time.Timerange;
import io.hyperjet.worker.backtest.BacktestSettings;
import io.hyperjet.worker.protection.Protections;
import io.hyperjet.worker.report.ReportSettings;
import io.hyperjet.worker.strategy.SignalColumns;
import io.hyperjet.worker.strategy.Strategy;

/**
 * The trading rules of a run: the strategy's attributes with the config's values on top (config wins, as in
 * Freqtrade), validated once. An epoch may then replace the ROI table, stoploss, trailing settings and
 * max_open_trades with its own values ({@link EpochParams}); everything else stays.
 * <p>
 * Immutable; shared by the backtest command, the in-process engine and every worker.
 */
public final class TradingRules
{
    private final HyperjetConfig config;
    private final String strategyName;
    private final String timeframe;
    private final String timeframeDetail;
    private final int startupCandleCount;
    private final SortedMap<Integer, Double> minimalRoi;
    private final double stoploss;
    private final boolean trailingStop;
    private final double trailingStopPositive;
    private final double trailingStopPositiveOffset;
    private final boolean trailingOnlyOffsetIsReached;
    private final int maxOpenTrades;
    private final boolean useExitSignal;
    private final boolean exitProfitOnly;
    private final double exitProfitOffset;
    private final boolean ignoreRoiIfEntrySignal;
    private final boolean canShort;
    private final boolean useCustomStoploss;
    private final BacktestSettings.TradingMode tradingMode;
    private final Timerange timerange;
    private final boolean protectionsEnabled;

    private TradingRules(final HyperjetConfig config, final Strategy strategy)
    {
        this.config = config;
        this.strategyName = strategy.name();
        this.timeframe = null != config.timeframe() ? config.timeframe() : strategy.timeframe();
        if (!Timeframes.isValid(timeframe))
        {
            throw new UserInputException(config.source("timeframe") + ": invalid timeframe '" + timeframe + "'");
        }
        this.timeframeDetail = detailTimeframe(config, timeframe);
        this.startupCandleCount = config.startupCandleCount(strategy.startupCandleCount());
        final SortedMap<Integer, Double> roi = config.has("minimal_roi") ? config.trading().minimalRoi() :
            new TreeMap<>(strategy.minimalRoi());
        this.minimalRoi = roi.isEmpty() && !config.has("minimal_roi") ?
            new TreeMap<>(Map.of(0, BacktestSettings.ROI_DEFAULT)) : roi;
        this.stoploss = config.has("stoploss") ? config.trading().stoploss() : strategy.stoploss();
        if (Double.isNaN(stoploss))
        {
            throw new UserInputException("strategy " + strategyName + " sets no stoploss and the config has none");
        }
        // Freqtrade's config validation refuses 0 too (an exit order at the entry price), naming the key
        if (stoploss >= 0)
        {
            throw new UserInputException(origin(config, strategy, "stoploss") + ": stoploss must be negative (a " +
                "loss ratio such as -0.10), was " + stoploss);
        }
        this.trailingStop = config.has("trailing_stop") ? config.trading().trailingStop() : strategy.trailingStop();
        this.trailingStopPositive = config.has("trailing_stop_positive") ? config.trading().trailingStopPositive() :
            strategy.trailingStopPositive();
        this.trailingStopPositiveOffset = config.has("trailing_stop_positive_offset") ?
            config.trading().trailingStopPositiveOffset() : strategy.trailingStopPositiveOffset();
        this.trailingOnlyOffsetIsReached = config.has("trailing_only_offset_is_reached") ?
            config.trading().trailingOnlyOffsetIsReached() : strategy.trailingOnlyOffsetIsReached();
        refuseTrailingFreqtradeRefuses(config, strategy);
        // use_max_market_positions false (--dmmp) lifts the limit of the config and the strategy, as Freqtrade's
        // backtesting and hyperopt set max_open_trades to infinity; a trades-space epoch still sets its own
        this.maxOpenTrades = !config.trading().useMaxMarketPositions() ? -1 :
            config.has("max_open_trades") ? config.trading().maxOpenTrades() :
            strategy.maxOpenTrades() == Strategy.MAX_OPEN_TRADES_UNSET ? -1 : strategy.maxOpenTrades();
        this.useExitSignal = config.has("use_exit_signal") ? config.trading().useExitSignal() : strategy.useExitSignal();
        this.exitProfitOnly = config.has("exit_profit_only") ? config.trading().exitProfitOnly() : strategy.exitProfitOnly();
        this.exitProfitOffset = config.has("exit_profit_offset") ? config.trading().exitProfitOffset() :
            strategy.exitProfitOffset();
        this.ignoreRoiIfEntrySignal = config.has("ignore_roi_if_entry_signal") ? config.trading().ignoreRoiIfEntrySignal() :
            strategy.ignoreRoiIfEntrySignal();
        this.tradingMode = tradingMode(config);
        this.canShort = strategy.canShort(config);
        if (canShort && tradingMode == BacktestSettings.TradingMode.SPOT)
        {
            throw new UserInputException(shortsInSpot(config, strategy));
        }
        // the config's decides whether the callback runs, as Freqtrade's StrategyResolver sets it on the strategy
        // (a .py strategy's bridge applies it too, before listing its callbacks)
        if (config.has("use_custom_stoploss"))
        {
            strategy.useCustomStoploss(config.bool("use_custom_stoploss", false));
        }
        this.useCustomStoploss = strategy.useCustomStoploss();
        this.timerange = config.timerange();
        this.protectionsEnabled = config.bool("enable_protections", false);
        if (protectionsEnabled)
        {
            strategy.protectionList(Timeframes.minutes(timeframe));
        }
        if (!config.trading().isStakeAmountUnlimited() && Double.isNaN(config.trading().stakeAmount()))
        {
            throw new UserInputException(config.source("stake_amount") +
                ": stake_amount is required (a number or \"unlimited\")");
        }
        if (maxOpenTrades == -1 && config.trading().isStakeAmountUnlimited())
        {
            throw new UserInputException(bothUnlimited(config, strategy));
        }
    }

    /* Freqtrade's config validation (_validate_trailing_stoploss) refuses these trailing settings before a run,
       whether the config or the strategy set them (its StrategyResolver writes the strategy's into the config
       first); running them would report a backtest Freqtrade never gives. A hyperopt's trailing space draws an
       offset above the positive, so only the run's own settings are checked. */
    private void refuseTrailingFreqtradeRefuses(final HyperjetConfig config, final Strategy strategy)
    {
        if (!trailingStop)
        {
            return;
        }
        final double positive = Double.isNaN(trailingStopPositive) ? 0.0 : trailingStopPositive;
        if (trailingOnlyOffsetIsReached && positive == 0.0)
        {
            throw new UserInputException(origin(config, strategy, "trailing_only_offset_is_reached") +
                ": trailing_only_offset_is_reached needs trailing_stop_positive and trailing_stop_positive_offset " +
                "above 0 (Freqtrade refuses it too); set both, or set trailing_only_offset_is_reached to false");
        }
        if (positive > 0 && trailingStopPositiveOffset > 0 && trailingStopPositiveOffset <= positive)
        {
            throw new UserInputException(origin(config, strategy, "trailing_stop_positive_offset") +
                ": trailing_stop_positive_offset " + trailingStopPositiveOffset + " must be greater than " +
                "trailing_stop_positive " + trailingStopPositive + " (Freqtrade refuses it too)");
        }
        if (!Double.isNaN(trailingStopPositive) && trailingStopPositive == 0.0)
        {
            throw new UserInputException(origin(config, strategy, "trailing_stop_positive") +
                ": trailing_stop_positive must not be 0 (Freqtrade refuses it too); remove it to trail at the " +
                "stoploss distance, or set a positive ratio");
        }
    }

    /* Where a rule's value came from, for messages: the config key's file or flag, else the strategy. */
    private static String origin(final HyperjetConfig config, final Strategy strategy, final String key)
    {
        return config.has(key) ? config.where(key) : "strategy " + strategy.name() + "'s " + key;
    }

    /* An unlimited stake splits the wallet over max_open_trades slots: with no limit each stake is 0 and nothing is
       ever bought, so Freqtrade refuses the pair of settings before the run rather than report zero trades. */
    private static String bothUnlimited(final HyperjetConfig config, final Strategy strategy)
    {
        final String where;
        if (!config.trading().useMaxMarketPositions())
        {
            where = config.where("use_max_market_positions") + ": use_max_market_positions false lifts max_open_trades";
        }
        else if (config.has("max_open_trades"))
        {
            where = config.where("max_open_trades") + ": max_open_trades is -1 (unlimited)";
        }
        else
        {
            where = "strategy " + strategy.name() + " sets no max_open_trades (or -1) and the config has none";
        }
        return where + ", and " + config.where("stake_amount") + " is \"unlimited\": max_open_trades and " +
            "stake_amount cannot both be unlimited (each stake would be 0, so no trade could open); set " +
            "max_open_trades to a positive number or stake_amount to an amount";
    }

    /**
     * Resolves the rules; config values override the strategy's attributes.
     *
     * @param config   the run's config.
     * @param strategy the loaded strategy (its params file already applied).
     * @return the rules.
     */
    public static TradingRules resolve(final HyperjetConfig config, final Strategy strategy)
    {
        return new TradingRules(config, strategy);
    }

    /* Freqtrade refuses a detail timeframe that is not smaller than the strategy's; an empty string means none. */
    private static String detailTimeframe(final HyperjetConfig config, final String timeframe)
    {
        final String detail = config.timeframeDetail();
        if (null == detail || detail.isEmpty())
        {
            return null;
        }
        if (!Timeframes.isValid(detail))
        {
            throw new UserInputException(config.source("timeframe_detail") + ": invalid timeframe_detail '" +
                detail + "'");
        }
        if (Timeframes.seconds(detail) >= Timeframes.seconds(timeframe))
        {
            throw new UserInputException(config.source("timeframe_detail") + ": timeframe_detail " + detail +
                " must be smaller than the timeframe " + timeframe + "; choose a smaller one or remove the key");
        }
        return detail;
    }

    /* Freqtrade refuses to load a can_short strategy in spot mode, and Hyperjet backtests spot only. */
    private static String shortsInSpot(final HyperjetConfig config, final Strategy strategy)
    {
        final String where = strategy instanceof SignalColumns ? config.source(SignalColumns.CAN_SHORT_KEY) +
            ": can_short is true" : "strategy " + strategy.name() + " sets can_short = True";
        return where + ", but shorts need trading_mode futures or margin, which Hyperjet does not support (funding " +
            "fees, liquidation and leverage are not simulated; Freqtrade also refuses short strategies in spot " +
            "markets); set can_short to false, and short signals are ignored";
    }

    private static BacktestSettings.TradingMode tradingMode(final HyperjetConfig config)
    {
        final String mode = config.trading().tradingMode();
        if (null == mode || mode.isEmpty() || "spot".equalsIgnoreCase(mode))
        {
            return BacktestSettings.TradingMode.SPOT;
        }
        if ("margin".equalsIgnoreCase(mode))
        {
            return BacktestSettings.TradingMode.MARGIN;
        }
        if ("futures".equalsIgnoreCase(mode))
        {
            return BacktestSettings.TradingMode.FUTURES;
        }
        throw new UserInputException(config.source("trading_mode") + ": trading_mode must be spot, margin or " +
            "futures, was '" + mode + "'");
    }

    /**
     * Backtest settings for one run or epoch.
     *
     * @param epoch the epoch's own values, or null to use the rules as they are.
     * @return concluded settings.
     */
    public BacktestSettings backtestSettings(final EpochParams epoch)
    {
        return settings(epoch).conclude();
    }

    /**
     * Backtest settings for one run or epoch, with the strategy's protections when {@code enable_protections} is on
     * (read now, so they follow the parameter values the epoch has set, protections.md 4.4).
     *
     * @param epoch    the epoch's own values, or null to use the rules as they are.
     * @param strategy the strategy, its parameter values set for this run.
     * @return concluded settings.
     */
    public BacktestSettings backtestSettings(final EpochParams epoch, final Strategy strategy)
    {
        return settings(epoch).protections(protectionsEnabled ?
            strategy.protectionList(Timeframes.minutes(timeframe)) : Protections.NONE).conclude();
    }

    private BacktestSettings settings(final EpochParams epoch)
    {
        final BacktestSettings s = new BacktestSettings()
            .fee(Double.isNaN(config.trading().fee()) ? 0.0 : config.trading().fee())
            .tradableBalanceRatio(config.trading().tradableBalanceRatio())
            .dryRunWallet(config.trading().dryRunWallet())
            .amendLastStakeAmount(config.trading().amendLastStakeAmount())
            .lastStakeAmountMinRatio(config.trading().lastStakeAmountMinRatio())
            .positionStacking(config.trading().positionStacking())
            .useExitSignal(useExitSignal)
            .exitProfitOnly(exitProfitOnly)
            .exitProfitOffset(exitProfitOffset)
            .ignoreRoiIfEntrySignal(ignoreRoiIfEntrySignal)
            .canShort(canShort)
            .tradingMode(tradingMode)
            .timeframeSeconds(Timeframes.seconds(timeframe))
            .startupCandleCount(startupCandleCount)
            .vectorized(config.optimization().enableVectorizedBacktesting());
        if (config.trading().isStakeAmountUnlimited())
        {
            s.unlimitedStake();
        }
        else
        {
            s.stakeAmount(config.trading().stakeAmount());
        }
        if (!Double.isNaN(config.trading().availableCapital()))
        {
            s.availableCapital(config.trading().availableCapital());
        }
        if (!Double.isNaN(config.trading().minStake()))
        {
            s.minStake(config.trading().minStake());
        }
        if (timerange.hasStart() || timerange.hasStop())
        {
            s.timerangeMs(timerange.hasStart() ? timerange.startMs() : Long.MIN_VALUE,
                timerange.hasStop() ? timerange.stopMs() : Long.MAX_VALUE);
        }
        final boolean hasEpoch = null != epoch;
        s.minimalRoi(hasEpoch && null != epoch.minimalRoi() ? epoch.minimalRoi() : minimalRoi);
        s.stoploss(hasEpoch && !Double.isNaN(epoch.stoploss()) ? epoch.stoploss() : stoploss);
        if (hasEpoch && epoch.hasTrailing())
        {
            s.trailingStop(epoch.trailingStop())
                .trailingStopPositive(epoch.trailingStopPositive())
                .trailingStopPositiveOffset(epoch.trailingStopPositiveOffset())
                .trailingOnlyOffsetIsReached(epoch.trailingOnlyOffsetIsReached());
        }
        else
        {
            s.trailingStop(trailingStop)
                .trailingStopPositive(trailingStopPositive)
                .trailingStopPositiveOffset(trailingStopPositiveOffset)
                .trailingOnlyOffsetIsReached(trailingOnlyOffsetIsReached);
        }
        s.maxOpenTrades(hasEpoch && epoch.hasMaxOpenTrades() ?
            epoch.maxOpenTrades(config.trading().isStakeAmountUnlimited(), maxOpenTrades) : maxOpenTrades);
        return s;
    }

    /**
     * The settings the result files report.
     *
     * @param settings the settings the backtest ran with.
     * @return report settings.
     */
    public ReportSettings reportSettings(final BacktestSettings settings)
    {
        final Map<String, Double> roiText = new LinkedHashMap<>();
        for (final Map.Entry<Integer, Double> e : minimalRoi.entrySet())
        {
            roiText.put(Integer.toString(e.getKey()), e.getValue());
        }
        final JsonNode stake = config.node("stake_amount");
        return new ReportSettings()
            .strategyName(strategyName)
            .stakeAmount(null == stake ? null : stake.isNumber() ? (Object)stake.asDouble() : stake.asText())
            .maxOpenTrades(settings.maxOpenTrades())
            .timeframeDetail(timeframeDetail)
            .timerange(timerange.toString())
            .stoploss(settings.stoploss())
            .trailingStop(settings.trailingStop())
            .trailingStopPositive(Double.isNaN(settings.trailingStopPositive()) ? null :
                settings.trailingStopPositive())
            .trailingStopPositiveOffset(settings.trailingStopPositiveOffset())
            .trailingOnlyOffsetIsReached(settings.trailingOnlyOffsetIsReached())
            .useCustomStoploss(useCustomStoploss)
            .minimalRoi(roiText)
            .useExitSignal(useExitSignal)
            .exitProfitOnly(exitProfitOnly)
            .exitProfitOffset(exitProfitOffset)
            .ignoreRoiIfEntrySignal(ignoreRoiIfEntrySignal)
            .enableProtections(protectionsEnabled);
    }

    /**
     * {@code enable_protections} (config key or {@code --enable-protections}; forced on by the protection space).
     *
     * @return true when protections apply.
     */
    public boolean protectionsEnabled()
    {
        return protectionsEnabled;
    }

    public String timeframe()
    {
        return timeframe;
    }

    /**
     * The detail timeframe of backtest-semantics.md 3.8 ({@code timeframe_detail}), smaller than {@link #timeframe}.
     *
     * @return e.g. {@code 1m}, or null when the run has none.
     */
    public String timeframeDetail()
    {
        return timeframeDetail;
    }

    public int startupCandleCount()
    {
        return startupCandleCount;
    }

    public Timerange timerange()
    {
        return timerange;
    }

    public SortedMap<Integer, Double> minimalRoi()
    {
        return minimalRoi;
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

    public int maxOpenTrades()
    {
        return maxOpenTrades;
    }

    public HyperjetConfig config()
    {
        return config;
    }

    public String strategyName()
    {
        return strategyName;
    }
}
