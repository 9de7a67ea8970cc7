package io.hyperjet.worker.protection;

import java.util.List;

/**
 * Applies a run's protections the way Freqtrade's backtesting does (protections.md 3 and 4): after every filled exit
 * it runs the pair checks, then the global checks, in declaration order, and creates the locks they ask for unless
 * an existing lock already covers the unrounded end; entries test {@link #isLocked} before the slot check.
 * <p>
 * With no protections both calls return at once. Not threadsafe; one per backtester, {@link #reset} per run (locks
 * and trades never carry over from one run or epoch to the next, 4.4).
 */
public final class ProtectionManager
{
    private static final long MINUTE_MS = 60_000L;
    private static final long DAY_MS = 86_400_000L;
    private static final long NO_LOCK = Long.MIN_VALUE;

    private final PairLocks locks = new PairLocks();
    private final TradeHistory history = new TradeHistory();
    private Protections protections = Protections.NONE;
    private boolean enabled;
    private long timeframeMs;
    /** The side of the lock the last decision asked for ({@link PairLocks#ANY}, LONG or SHORT). */
    private int decidedSide;
    /** The figure the last decision's reason prints (drawdown or profit), and whether the profit sum had a term. */
    private double decidedValue;
    private boolean decidedValueIsFloat;

    /**
     * Starts a run.
     *
     * @param protections      the run's protections; {@link Protections#NONE} when disabled.
     * @param pairs            pair names by index, for the exported locks.
     * @param timeframeSeconds the main timeframe (lock ends round up on its grid, 3.3).
     */
    public void reset(final Protections protections, final String[] pairs, final long timeframeSeconds)
    {
        this.protections = protections;
        this.enabled = !protections.isEmpty();
        this.timeframeMs = timeframeSeconds * 1000L;
        locks.reset(pairs);
        history.reset();
    }

    /**
     * Whether an entry on this pair and side at this candle date is blocked (4.3). A blocked signal is dropped; it
     * is not a rejected signal.
     *
     * @param pair    pair index.
     * @param dateMs  the entry candle's open time.
     * @param isShort the entry's direction.
     * @return true when locked.
     */
    public boolean isLocked(final int pair, final long dateMs, final boolean isShort)
    {
        return enabled && locks.isPairLocked(pair, dateMs, isShort ? PairLocks.SHORT : PairLocks.LONG);
    }

    /**
     * Runs the protections after a trade's exit filled (4.1), the trade already counted as closed.
     *
     * @param pair        the trade's pair index.
     * @param nowMs       the date of the candle the exit filled on (the trade's close date).
     * @param isShort     the trade's side.
     * @param profitRatio the trade's profit ratio.
     * @param exitReason  its exit reason (stop exits are recognised by the text, 3.1).
     */
    public void onExitFilled(
        final int pair, final long nowMs, final boolean isShort, final double profitRatio, final String exitReason)
    {
        if (!enabled)
        {
            return;
        }
        history.add(pair, nowMs, profitRatio, isStopExit(exitReason), isShort);
        final int side = isShort ? PairLocks.SHORT : PairLocks.LONG;
        for (int i = 0; i < protections.size(); i++)
        {
            final Protection p = protections.get(i);
            if (p.method.hasPairCheck())
            {
                final long until = decide(p, pair, nowMs, side);
                if (until != NO_LOCK && !locks.isPairLocked(pair, until, decidedSide))
                {
                    locks.lockPair(pair, nowMs, ceilNext(until), decidedSide, reason(p));
                }
            }
        }
        for (int i = 0; i < protections.size(); i++)
        {
            final Protection p = protections.get(i);
            if (p.hasGlobalCheck())
            {
                final long until = decide(p, -1, nowMs, side);
                if (until != NO_LOCK && !locks.isGlobalLocked(until, decidedSide))
                {
                    locks.lockGlobal(nowMs, ceilNext(until), decidedSide, reason(p));
                }
            }
        }
    }

    /**
     * Every lock of the run in creation order.
     *
     * @return an unmodifiable list.
     */
    public List<Lock> locks()
    {
        return locks.locks();
    }

    private static boolean isStopExit(final String reason)
    {
        return "stop_loss".equals(reason) || "trailing_stop_loss".equals(reason) ||
            "stoploss_on_exchange".equals(reason) || "liquidation".equals(reason);
    }

    /** Lock ends round up strictly past {@code until} on the timeframe grid anchored at the epoch (3.3). */
    private long ceilNext(final long untilMs)
    {
        return Math.floorDiv(untilMs, timeframeMs) * timeframeMs + timeframeMs;
    }

    /** The unrounded end for trades whose latest close is {@code latestCloseMs} (3.3). */
    private static long lockEnd(final Protection p, final long latestCloseMs)
    {
        if (p.unlockAtMinutes == Protection.NO_UNLOCK_AT)
        {
            return latestCloseMs + p.stopMinutes * MINUTE_MS;
        }
        // The latest close with hour and minute replaced, seconds kept; the next day when that is earlier.
        final long unlock = Math.floorDiv(latestCloseMs, DAY_MS) * DAY_MS + p.unlockAtMinutes * MINUTE_MS +
            Math.floorMod(latestCloseMs, MINUTE_MS);
        return unlock < latestCloseMs ? unlock + DAY_MS : unlock;
    }

    /** One check of one protection; {@code pair} -1 for the global check. Returns the unrounded end or NO_LOCK. */
    private long decide(final Protection p, final int pair, final long nowMs, final int side)
    {
        final int n = history.collect(pair, nowMs - p.lookbackMinutes * MINUTE_MS);
        switch (p.method)
        {
            case COOLDOWN_PERIOD:
                decidedSide = PairLocks.ANY;
                return n == 0 ? NO_LOCK : lockEnd(p, latestClose(n));
            case STOPLOSS_GUARD:
                return stoplossGuard(p, n, side);
            case MAX_DRAWDOWN:
                return maxDrawdown(p, n);
            default:
                return lowProfit(p, n, side);
        }
    }

    private long stoplossGuard(final Protection p, final int n, final int side)
    {
        int qualifying = 0;
        long latest = Long.MIN_VALUE;
        for (int k = 0; k < n; k++)
        {
            final int t = history.window(k);
            final double profit = history.profitRatio(t);
            if (history.isStopExit(t) && profit != 0.0 && profit < p.requiredProfit &&
                (!p.onlyPerSide || sideOf(t) == side))
            {
                qualifying++;
                latest = Math.max(latest, history.closeMs(t));
            }
        }
        if (qualifying < p.tradeLimit)
        {
            return NO_LOCK;
        }
        decidedSide = p.onlyPerSide ? side : PairLocks.ANY;
        return lockEnd(p, latest);
    }

    /** Absolute drawdown of the running sum of profit ratios, peak counted from the first trade (3.2). */
    private long maxDrawdown(final Protection p, final int n)
    {
        if (n < p.tradeLimit || n == 0)
        {
            return NO_LOCK;
        }
        history.sortWindowByClose(n);
        double cumulative = 0.0;
        double high = Double.NEGATIVE_INFINITY;
        double worst = 0.0;
        int worstAt = 0;
        for (int k = 0; k < n; k++)
        {
            cumulative += history.profitRatio(history.window(k));
            high = Math.max(high, cumulative);
            final double d = cumulative - high;
            if (d < worst)
            {
                worst = d;
                worstAt = k;
            }
        }
        final double drawdown = Math.abs(worst);
        if (worstAt == 0 || !(drawdown > p.maxAllowedDrawdown))
        {
            return NO_LOCK;
        }
        decidedSide = PairLocks.ANY;
        decidedValue = drawdown;
        decidedValueIsFloat = true;
        return lockEnd(p, latestClose(n));
    }

    private long lowProfit(final Protection p, final int n, final int side)
    {
        if (n < p.tradeLimit)
        {
            return NO_LOCK;
        }
        double profit = 0.0;
        boolean anyTerm = false;
        for (int k = 0; k < n; k++)
        {
            final int t = history.window(k);
            final double r = history.profitRatio(t);
            if (r != 0.0 && (!p.onlyPerSide || sideOf(t) == side))
            {
                profit += r;
                anyTerm = true;
            }
        }
        if (!(profit < p.requiredProfit))
        {
            return NO_LOCK;
        }
        decidedSide = p.onlyPerSide ? side : PairLocks.ANY;
        decidedValue = profit;
        // Python's sum() of no terms is the integer 0, and the reason prints it so.
        decidedValueIsFloat = anyTerm;
        return n == 0 ? NO_LOCK : lockEnd(p, latestClose(n));
    }

    private int sideOf(final int trade)
    {
        return history.isShort(trade) ? PairLocks.SHORT : PairLocks.LONG;
    }

    private long latestClose(final int n)
    {
        long latest = Long.MIN_VALUE;
        for (int k = 0; k < n; k++)
        {
            latest = Math.max(latest, history.closeMs(history.window(k)));
        }
        return latest;
    }

    private String reason(final Protection p)
    {
        final String value = decidedValueIsFloat ? PyText.str(decidedValue) : "0";
        switch (p.method)
        {
            case COOLDOWN_PERIOD:
                // Freqtrade's text has "for" twice: "Cooldown period for for 2 candles."
                return "Cooldown period for " + p.durationText + ".";
            case STOPLOSS_GUARD:
                return p.tradeLimitText + " stoplosses in " + p.lookbackMinutes + " min, locking " +
                    p.durationText + ".";
            case MAX_DRAWDOWN:
                return value + " passed " + p.maxAllowedDrawdownText + " in " + p.lookbackText + ", locking " +
                    p.durationText + ".";
            default:
                return value + " < " + p.requiredProfitText + " in " + p.lookbackText + ", locking " +
                    p.durationText + ".";
        }
    }
}
