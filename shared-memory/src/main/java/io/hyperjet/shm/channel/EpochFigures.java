package io.hyperjet.shm.channel;

/**
 * The figures of one epoch that {@code hyperopt-list} shows, its filters read and the results explanation is made
 * of: a fixed set of primitives, so a worker can report an epoch in a few hundred bytes instead of its trades.
 *
 * @param totalTrades        closed trades.
 * @param tradeCountLong     long trades.
 * @param tradeCountShort    short trades.
 * @param wins               trades with a profit.
 * @param draws              trades at exactly zero.
 * @param losses             trades with a loss.
 * @param profitMean         mean profit ratio.
 * @param profitMedian       median profit ratio.
 * @param profitTotal        total profit over the starting balance.
 * @param profitTotalAbs     total profit in the stake currency.
 * @param holdingAvgMinutes  mean holding time, rounded to minutes.
 * @param hasDrawdown        whether a drawdown was found (otherwise the drawdown figures are 0).
 * @param maxDrawdownAbs     largest drawdown in the stake currency.
 * @param maxDrawdownAccount largest drawdown relative to the account.
 */
public record EpochFigures(
    int totalTrades,
    int tradeCountLong,
    int tradeCountShort,
    int wins,
    int draws,
    int losses,
    double profitMean,
    double profitMedian,
    double profitTotal,
    double profitTotalAbs,
    long holdingAvgMinutes,
    boolean hasDrawdown,
    double maxDrawdownAbs,
    double maxDrawdownAccount)
{
    /** The figures of an epoch without trades (and of a failed one). */
    public static final EpochFigures NONE = new EpochFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, 0, 0);
}
