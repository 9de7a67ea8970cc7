package io.hyperjet.worker.metrics;

/**
 * Winning and losing {@code profit_abs} sums of a result, and the expectancy and profit factor built from them
 * (backtest-semantics.md 7.1). Reused: {@link #of(TradeColumns)} overwrites it.
 */
public final class WinLoss
{
    private double[] gather = new double[0];
    private int count;
    private int winCount;
    private int lossCount;
    private double winSum;
    private double lossSum;

    /**
     * Split the result into winners ({@code profit_abs > 0}) and losers ({@code < 0}).
     *
     * @param columns the trades.
     * @return this.
     */
    public WinLoss of(final TradeColumns columns)
    {
        final int n = columns.count();
        if (gather.length < n)
        {
            gather = new double[Math.max(n, gather.length * 2)];
        }
        final double[] profit = columns.profitAbs();
        int wins = 0;
        for (int i = 0; i < n; i++)
        {
            if (profit[i] > 0.0)
            {
                gather[wins++] = profit[i];
            }
        }
        winSum = PyMath.sum(gather, 0, wins);
        int losses = 0;
        for (int i = 0; i < n; i++)
        {
            if (profit[i] < 0.0)
            {
                gather[losses++] = profit[i];
            }
        }
        lossSum = PyMath.sum(gather, 0, losses);
        winCount = wins;
        lossCount = losses;
        count = n;
        return this;
    }

    public int winCount()
    {
        return winCount;
    }

    public int lossCount()
    {
        return lossCount;
    }

    public double winSum()
    {
        return winSum;
    }

    /** @return the (negative or zero) sum of losing profits. */
    public double lossSum()
    {
        return lossSum;
    }

    /** @return Σwin / |Σloss|, or 0.0 when there is no losing profit. */
    public double profitFactor()
    {
        return lossSum != 0.0 ? winSum / Math.abs(lossSum) : 0.0;
    }

    /** @return {@code winrate × avgWin − loserate × avgLoss}; 0 without trades. */
    public double expectancy()
    {
        if (count == 0)
        {
            return 0.0;
        }
        return (double)winCount / count * avgWin() - (double)lossCount / count * avgLoss();
    }

    /** @return {@code (1 + avgWin / avgLoss) × winrate − 1}, or 100.0 when there is no average loss. */
    public double expectancyRatio()
    {
        final double avgLoss = avgLoss();
        if (count == 0 || !(avgLoss > 0.0))
        {
            return 100.0;
        }
        return (1.0 + avgWin() / avgLoss) * ((double)winCount / count) - 1.0;
    }

    private double avgWin()
    {
        return winCount > 0 ? winSum / winCount : 0.0;
    }

    private double avgLoss()
    {
        return lossCount > 0 ? Math.abs(lossSum) / lossCount : 0.0;
    }
}
