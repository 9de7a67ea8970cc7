package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.shm.channel.EpochFigures;
import io.hyperjet.worker.metrics.DurationText;
import io.hyperjet.worker.metrics.MetricsContext;
import io.hyperjet.worker.metrics.StrategyStats;

/**
 * An epoch's {@link EpochFigures} to and from its stats, and the compact {@code results_metrics} of a .fthypt line
 * stored without trades: exactly the keys Freqtrade's {@code hyperopt-list} table, filters and csv export read
 * (total_trades, wins/draws/losses, profit_mean/median/total/total_abs, holding_avg(_s), trade_count_long/short,
 * max_drawdown_abs/account, stake_currency), written as {@link StatsJson} writes them in the full object. Without
 * {@code strategy_name}, so Freqtrade's {@code hyperopt-show} prints the parameters and skips the result tables.
 */
public final class SummaryFigures
{
    private SummaryFigures()
    {
    }

    /**
     * The figures of computed stats (full or {@code StatsCalculator.summary}).
     *
     * @param s the stats.
     * @return the figures.
     */
    public static EpochFigures of(final StrategyStats s)
    {
        return new EpochFigures(s.totalTrades, s.tradeCountLong, s.tradeCountShort, s.wins, s.draws, s.losses,
            s.profitMean, s.profitMedian, s.profitTotal, s.profitTotalAbs, s.holdingAvgMinutes, s.hasDrawdown,
            s.maxDrawdownAbs, s.maxDrawdownAccount);
    }

    /**
     * Stats holding only the figures, for the text made of them ({@link FthyptLine#explanation}).
     *
     * @param f             the figures.
     * @param stakeCurrency the run's stake currency.
     * @return partial stats.
     */
    public static StrategyStats stats(final EpochFigures f, final String stakeCurrency)
    {
        final StrategyStats s = new StrategyStats();
        s.context = new MetricsContext().stakeCurrency(stakeCurrency);
        s.totalTrades = f.totalTrades();
        s.tradeCountLong = f.tradeCountLong();
        s.tradeCountShort = f.tradeCountShort();
        s.wins = f.wins();
        s.draws = f.draws();
        s.losses = f.losses();
        s.profitMean = f.profitMean();
        s.profitMedian = f.profitMedian();
        s.profitTotal = f.profitTotal();
        s.profitTotalAbs = f.profitTotalAbs();
        s.holdingAvgMinutes = f.holdingAvgMinutes();
        s.hasDrawdown = f.hasDrawdown();
        s.maxDrawdownAbs = f.maxDrawdownAbs();
        s.maxDrawdownAccount = f.maxDrawdownAccount();
        return s;
    }

    /**
     * The compact {@code results_metrics} object.
     *
     * @param f             the figures.
     * @param stakeCurrency the run's stake currency.
     * @return the object.
     */
    public static ObjectNode metrics(final EpochFigures f, final String stakeCurrency)
    {
        final ObjectNode o = JsonNodeFactory.instance.objectNode();
        final boolean none = f.totalTrades() == 0;
        o.put("total_trades", f.totalTrades());
        o.put("trade_count_long", f.tradeCountLong());
        o.put("trade_count_short", f.tradeCountShort());
        o.put("wins", f.wins());
        o.put("draws", f.draws());
        o.put("losses", f.losses());
        StatsJson.putZeroAsInt(o, "profit_mean", f.profitMean(), none);
        StatsJson.putZeroAsInt(o, "profit_median", f.profitMedian(), none);
        o.put("profit_total", f.profitTotal());
        StatsJson.putZeroAsInt(o, "profit_total_abs", f.profitTotalAbs(), none);
        o.put("holding_avg", DurationText.ofMinutes(f.holdingAvgMinutes()));
        if (!none)
        {
            o.put("holding_avg_s", f.holdingAvgMinutes() * 60.0);
        }
        o.put("max_drawdown_abs", f.maxDrawdownAbs());
        o.put("max_drawdown_account", f.maxDrawdownAccount());
        o.put("stake_currency", stakeCurrency);
        return o;
    }
}
