package io.hyperjet.common.config;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The trading keys of the config: stake, ROI, stoploss, trailing stop, exit rules and trading mode, with Freqtrade's
 * defaults; NaN or null where the strategy's value applies. Obtained from {@link HyperjetConfig#trading()}; read-only.
 */
public final class TradingSettings
{
    public static final double TRADABLE_BALANCE_RATIO_DEFAULT = 0.99;
    public static final double DRY_RUN_WALLET_DEFAULT = 1000;
    public static final double LAST_STAKE_AMOUNT_MIN_RATIO_DEFAULT = 0.5;

    private final HyperjetConfig config;
    private volatile FeeChoice feeChoice;

    TradingSettings(final HyperjetConfig config)
    {
        this.config = config;
    }

    /**
     * {@code max_open_trades}; -1 means unlimited.
     *
     * @return the limit.
     */
    public int maxOpenTrades()
    {
        return config.integer("max_open_trades", -1);
    }

    public String stakeCurrency()
    {
        return config.string("stake_currency", null);
    }

    public boolean isStakeAmountUnlimited()
    {
        return config.has("stake_amount") && config.node("stake_amount").isTextual();
    }

    /**
     * The fixed stake amount, or NaN when unset or {@code "unlimited"}.
     *
     * @return the stake amount.
     */
    public double stakeAmount()
    {
        final JsonNode stake = config.node("stake_amount");
        return null != stake && stake.isNumber() ? stake.asDouble() : Double.NaN;
    }

    public double tradableBalanceRatio()
    {
        return config.number("tradable_balance_ratio", TRADABLE_BALANCE_RATIO_DEFAULT);
    }

    public double dryRunWallet()
    {
        return config.number("dry_run_wallet", DRY_RUN_WALLET_DEFAULT);
    }

    /**
     * {@code available_capital}, or NaN when unset.
     *
     * @return the capital.
     */
    public double availableCapital()
    {
        return config.number("available_capital", Double.NaN);
    }

    public boolean amendLastStakeAmount()
    {
        return config.bool("amend_last_stake_amount", false);
    }

    public double lastStakeAmountMinRatio()
    {
        return config.number("last_stake_amount_min_ratio", LAST_STAKE_AMOUNT_MIN_RATIO_DEFAULT);
    }

    /**
     * The fee ratio per side: {@code fee} when set, else the exchange's default ({@link #feeChoice()}).
     *
     * @return the fee.
     * @throws io.hyperjet.common.UserInputException when neither gives a fee.
     */
    public double fee()
    {
        return feeChoice().fee();
    }

    /**
     * Which fee the run uses and the line saying why; resolved once.
     *
     * @return the choice.
     * @throws io.hyperjet.common.UserInputException without {@code fee} when {@code exchange.name} is missing or
     *                                               has no built-in default.
     */
    public FeeChoice feeChoice()
    {
        FeeChoice choice = feeChoice;
        if (null == choice)
        {
            choice = FeeChoice.resolve(config);
            feeChoice = choice;
        }
        return choice;
    }

    /**
     * {@code min_stake}, or NaN when unset (no minimum).
     *
     * @return the minimum stake.
     */
    public double minStake()
    {
        return config.number("min_stake", Double.NaN);
    }

    /**
     * {@code minimal_roi} as minutes to ratio, ascending; empty when unset (the strategy's applies).
     *
     * @return the ROI table.
     */
    public SortedMap<Integer, Double> minimalRoi()
    {
        final SortedMap<Integer, Double> roi = new TreeMap<>();
        if (config.has("minimal_roi"))
        {
            for (final Map.Entry<String, JsonNode> e : config.node("minimal_roi").properties())
            {
                roi.put(Integer.parseInt(e.getKey().trim()), e.getValue().asDouble());
            }
        }
        return roi;
    }

    /**
     * {@code stoploss}, or NaN when unset (the strategy's applies).
     *
     * @return the stoploss ratio (negative).
     */
    public double stoploss()
    {
        return config.number("stoploss", Double.NaN);
    }

    public boolean trailingStop()
    {
        return config.bool("trailing_stop", false);
    }

    public double trailingStopPositive()
    {
        return config.number("trailing_stop_positive", Double.NaN);
    }

    public double trailingStopPositiveOffset()
    {
        return config.number("trailing_stop_positive_offset", 0.0);
    }

    public boolean trailingOnlyOffsetIsReached()
    {
        return config.bool("trailing_only_offset_is_reached", false);
    }

    public boolean useExitSignal()
    {
        return config.bool("use_exit_signal", true);
    }

    public boolean exitProfitOnly()
    {
        return config.bool("exit_profit_only", false);
    }

    public double exitProfitOffset()
    {
        return config.number("exit_profit_offset", 0.0);
    }

    public boolean ignoreRoiIfEntrySignal()
    {
        return config.bool("ignore_roi_if_entry_signal", false);
    }

    public String tradingMode()
    {
        return config.string("trading_mode", "spot");
    }

    public String marginMode()
    {
        return config.string("margin_mode", "");
    }

    public boolean positionStacking()
    {
        return config.bool("position_stacking", false);
    }

    /**
     * {@code use_max_market_positions}: false ({@code --dmmp}) lifts max_open_trades, as in Freqtrade.
     *
     * @return whether max_open_trades applies.
     */
    public boolean useMaxMarketPositions()
    {
        return config.bool("use_max_market_positions", true);
    }
}
