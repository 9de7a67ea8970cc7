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
        final double free = s.dryRunWallet() + closedProfit - tied;
        final double totalStake = Double.isNaN(s.availableCapital()) ?
            (tied + free) * s.tradableBalanceRatio() : s.availableCapital() + closedProfit;
        final double available = min(totalStake - tied, free);
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
        if (available < stake || stake == 0.0)
        {
            return 0.0;
        }
        final double maxAllowed = available;
        final double minStake = s.minStake();
        if (minStake > 0.0)
        {
            if (minStake > maxAllowed)
            {
                return 0.0;
            }
            if (stake < minStake)
            {
                if (stake * 1.3 < minStake)
                {
                    return 0.0;
                }
                stake = minStake;
            }
        }
        if (stake > maxAllowed)
        {
            stake = maxAllowed;
        }
        return stake > 0.0 ? stake : 0.0;
    }

    /** Python's {@code min(a, b)}: a unless b is smaller. */
    private static double min(final double a, final double b)
    {
        return b < a ? b : a;
    }
}
