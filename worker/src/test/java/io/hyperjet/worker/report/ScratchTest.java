package io.hyperjet.worker.report;

import io.hyperjet.worker.metrics.StatsCalculator;
import io.hyperjet.worker.metrics.StrategyStats;
import io.hyperjet.worker.metrics.StatsLine;
import org.junit.jupiter.api.Test;

class ScratchTest
{
    @Test
    void shouldPrint()
    {
        final ExportFixture f = ExportFixture.load();
        final var tr = new java.util.ArrayList<>(f.trades); tr.add(73, tr.remove(77));
        final StrategyStats s = new StatsCalculator().compute(tr, f.context);
        final var j = f.stats;
        p("profit_total_abs", s.profitTotalAbs, j);
        p("profit_total", s.profitTotal, j);
        p("profit_mean", s.profitMean, j);
        p("profit_median", s.profitMedian, j);
        p("total_volume", s.totalVolume, j);
        p("avg_stake_amount", s.avgStakeAmount, j);
        p("final_balance", s.finalBalance, j);
        p("cagr", s.cagr, j);
        p("profit_factor", s.profitFactor, j);
        p("trades_per_day", s.tradesPerDay, j);
        p("wins", s.wins, j);
        p("draws", s.draws, j);
        p("losses", s.losses, j);
        p("max_drawdown_account", s.maxDrawdownAccount, j);
        p("max_relative_drawdown", s.maxRelativeDrawdown, j);
        p("max_drawdown_abs", s.maxDrawdownAbs, j);
        p("max_drawdown_low", s.maxDrawdownLow, j);
        p("max_drawdown_high", s.maxDrawdownHigh, j);
        p("drawdown_start_ts", s.drawdownStartMs, j);
        p("drawdown_end_ts", s.drawdownEndMs, j);
        p("csum_min", s.csumMin, j);
        p("csum_max", s.csumMax, j);
        p("backtest_best_day", s.daily.bestDay, j);
        p("backtest_worst_day", s.daily.worstDay, j);
        p("backtest_best_day_abs", s.daily.bestDayAbs, j);
        p("backtest_worst_day_abs", s.daily.worstDayAbs, j);
        p("winning_days", s.daily.winningDays, j);
        p("draw_days", s.daily.drawDays, j);
        p("losing_days", s.daily.losingDays, j);
        p("holding_avg_s", s.holdingAvgMinutes * 60.0, j);
        p("winner_holding_avg_s", s.winnerHoldingAvgMinutes * 60.0, j);
        p("loser_holding_avg_s", s.loserHoldingAvgMinutes * 60.0, j);
        for (int d = 0; d < s.daily.dayCount; d++)
        {
            System.out.println(" day " + d + " " + s.daily.profitAbs[d] + " vs " + j.get("daily_profit").get(d));
        }
        for (final StatsLine l : s.resultsPerPair)
        {
            System.out.println(l.key + " " + l.trades + " " + l.profitMean + " " + l.profitSum + " " + l.profitTotalAbs + " " + l.durationAvg + " " + l.wins);
        }
        System.out.println(j.get("results_per_pair"));
    }

    private static void p(final String name, final double v, final com.fasterxml.jackson.databind.JsonNode j)
    {
        final double e = j.get(name).asDouble();
        System.out.println((e == v ? "EQ   " : "DIFF ") + name + " mine=" + v + " export=" + e);
    }
}
