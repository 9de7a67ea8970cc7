package io.hyperjet.worker.backtest;

/**
 * Balance quantities and the stake of a new trade (backtest-semantics.md 6.2), from the sum of the stakes of the
 * open trades ({@code tied}, summed in opening order) and the running sum of closed profits (closing order).
 */
final class StakeRules
{
    private StakeRules()
    {
    }

    /**
     * The stake for a new trade, or 0 when no trade can be opened for lack of balance or a valid stake.
     *
     * @param s            the settings.
     * @param tied         Σ stake_amount of the open trades.
     * @param closedProfit Σ profit_abs of the closed trades.
     * @return the stake, > 0, or 0 for no trade.
     */
    static double stake(final BacktestSettings s, final double tied, final double closedProfit)
    {
        return validate(s, proposed(s, tied, closedProfit), available(s, tied, closedProfit));
    }

    /**
     * Freqtrade's {@code get_available_stake_amount}: what a new trade may use at most.
     *
     * @param s            the settings.
     * @param tied         Σ stake_amount of the open trades.
     * @param closedProfit Σ profit_abs of the closed trades.
     * @return the available stake.
     */
    static double available(final BacktestSettings s, final double tied, final double closedProfit)
    {
        final double free = s.dryRunWallet() + closedProfit - tied;
        final double totalStake = Double.isNaN(s.availableCapital()) ?
            (tied + free) * s.tradableBalanceRatio() : s.availableCapital() + closedProfit;
        return min(totalStake - tied, free);
    }

    /**
     * Freqtrade's {@code get_trade_stake_amount}: the standard stake before validation (and before a strategy's
     * {@code custom_stake_amount}), or 0 when the balance allows no trade.
     *
     * @param s            the settings.
     * @param tied         Σ stake_amount of the open trades.
     * @param closedProfit Σ profit_abs of the closed trades.
     * @return the proposed stake, or 0.
     */
    static double proposed(final BacktestSettings s, final double tied, final double closedProfit)
    {
        final double available = available(s, tied, closedProfit);
        double stake;
        if (s.isUnlimitedStake())
        {
            final double slots = s.maxOpenTrades();
            stake = slots == 0.0 ? 0.0 : min((available + tied) / slots, available);
        }
        else
        {
            stake = s.stakeAmount();
        }
        if (s.amendLastStakeAmount())
        {
            stake = available > stake * s.lastStakeAmountMinRatio() ? min(stake, available) : 0.0;
        }
        return available < stake || stake == 0.0 ? 0.0 : stake;
    }

    /**
     * Freqtrade's {@code validate_stake_amount}: the minimum stake and the available balance applied.
     *
     * @param s         the settings.
     * @param stake     the stake to validate.
     * @param available the available stake.
     * @return the stake, > 0, or 0 for no trade.
     */
    static double validate(final BacktestSettings s, final double stake, final double available)
    {
        if (!(stake > 0.0) && !(stake < 0.0))
        {
            return 0.0;
        }
        double out = stake;
        final double maxAllowed = available;
        final double minStake = s.minStake();
        if (minStake > 0.0)
        {
            if (minStake > maxAllowed)
            {
                return 0.0;
            }
            if (out < minStake)
            {
                if (out * 1.3 < minStake)
                {
                    return 0.0;
                }
                out = minStake;
            }
        }
        if (out > maxAllowed)
        {
            out = maxAllowed;
        }
        return out > 0.0 ? out : 0.0;
    }

    /** Python's {@code min(a, b)}: a unless b is smaller. */
    private static double min(final double a, final double b)
    {
        return b < a ? b : a;
    }
}
