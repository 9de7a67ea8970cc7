package io.hyperjet.worker.metrics;

/**
 * Outcome of one drawdown computation (backtest-semantics.md 7.3). When {@link #found()} is false every value is
 * zero ("no drawdown"). Reused: {@link Drawdown} overwrites it on every call.
 */
public final class DrawdownResult
{
    boolean found;
    double drawdownAbs;
    double relativeAccountDrawdown;
    double highValue;
    double lowValue;
    long highDateMs;
    long lowDateMs;
    double minDrawdown;
    double maxRelative;

    void clear()
    {
        found = false;
        drawdownAbs = 0.0;
        relativeAccountDrawdown = 0.0;
        highValue = 0.0;
        lowValue = 0.0;
        highDateMs = 0L;
        lowDateMs = 0L;
        minDrawdown = 0.0;
        maxRelative = 0.0;
    }

    public boolean found()
    {
        return found;
    }

    /** @return |dd[k]| at the chosen index. */
    public double drawdownAbs()
    {
        return drawdownAbs;
    }

    /** @return rel[k] at the chosen index. */
    public double relativeAccountDrawdown()
    {
        return relativeAccountDrawdown;
    }

    public double highValue()
    {
        return highValue;
    }

    public double lowValue()
    {
        return lowValue;
    }

    public long highDateMs()
    {
        return highDateMs;
    }

    public long lowDateMs()
    {
        return lowDateMs;
    }

    /** @return min over the whole dd series (also set when no drawdown is found, 0 for no trades). */
    public double minDrawdown()
    {
        return minDrawdown;
    }

    /** @return max over the whole rel series (also set when no drawdown is found, 0 for no trades). */
    public double maxRelative()
    {
        return maxRelative;
    }
}
