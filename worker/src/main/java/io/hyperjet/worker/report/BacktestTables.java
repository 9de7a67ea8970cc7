package io.hyperjet.worker.report;

import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.metrics.DurationText;
import io.hyperjet.worker.metrics.StatsLine;
import io.hyperjet.worker.metrics.StrategyStats;

import java.util.List;

/**
 * Freqtrade-style terminal report of a backtest: per pair, left open trades, enter tags, exit reasons, mixed tags
 * and the summary metrics box.
 */
public final class BacktestTables
{
    private BacktestTables()
    {
    }

    /**
     * Every table of a backtest report.
     *
     * @param s        the stats.
     * @param settings the reported settings.
     * @return the text.
     */
    public static String render(final StrategyStats s, final ReportSettings settings)
    {
        return render(s, settings, List.of());
    }

    /**
     * Every table of a backtest report, with more tables (e.g. the {@code --breakdown} ones) before the summary box,
     * where Freqtrade prints them.
     *
     * @param s             the stats.
     * @param settings      the reported settings.
     * @param beforeSummary rendered tables, in order.
     * @return the text.
     */
    public static String render(final StrategyStats s, final ReportSettings settings, final List<String> beforeSummary)
    {
        final String cur = s.context.stakeCurrency();
        final StringBuilder sb = new StringBuilder()
            .append(lines("BACKTESTING REPORT", "Pair", s.resultsPerPair, cur)).append('\n')
            .append(lines("LEFT OPEN TRADES REPORT", "Pair", s.leftOpenTrades, cur)).append('\n')
            .append(lines("ENTER TAG STATS", "Enter Tag", s.resultsPerEnterTag, cur)).append('\n')
            .append(lines("EXIT REASON STATS", "Exit Reason", s.exitReasonSummary, cur)).append('\n')
            .append(lines("MIXED TAG STATS", "Enter Tag Exit Reason", s.mixTagStats, cur)).append('\n');
        for (final String table : beforeSummary)
        {
            sb.append(table).append('\n');
        }
        return sb.append(summary(s, settings)).toString();
    }

    /**
     * The lines Freqtrade's backtest prints after a strategy's tables: the tested range and max open trades, then
     * the STRATEGY SUMMARY table (one row per strategy, here the one), whose row is the export's
     * {@code strategy_comparison} line with its drawdown column ({@code max_drawdown_abs}, the stake currency and
     * {@code max_drawdown_account} in percent, separated by two spaces).
     *
     * @param s        the stats.
     * @param settings the reported settings (strategy name, max open trades).
     * @return the text.
     */
    public static String strategySummary(final StrategyStats s, final ReportSettings settings)
    {
        final String cur = s.context.stakeCurrency();
        final StatsLine total = BacktestResultFiles.totalLine(s);
        final TextTable table = new TextTable("STRATEGY SUMMARY", "Strategy", "Trades", "Avg Profit %",
            "Tot Profit " + cur, "Tot Profit %", "Avg Duration", "Win  Draw  Loss  Win%", "Drawdown");
        table.row(settings.strategyName(), Integer.toString(total.trades),
            BacktestResultFiles.fixed(total.profitMeanPct, 2), BacktestResultFiles.coinText(total.profitTotalAbs, cur),
            BacktestResultFiles.fixed(total.profitTotalPct, 2), total.durationAvg,
            winsDrawsLosses(total.wins, total.draws, total.losses),
            BacktestResultFiles.coinText(s.maxDrawdownAbs, cur) + " " + cur + "  " +
            BacktestResultFiles.fixed(s.maxDrawdownAccount * 100, 2) + "%");
        return "Backtested " + PyDates.print(s.context.minDateMs()) + " -> " + PyDates.print(s.context.maxDateMs()) +
            " | Max open trades : " + maxOpenTrades(s, settings) + "\n" + table.render();
    }

    /* As the summary box prints it: the limit, never above the pairs traded. */
    private static String maxOpenTrades(final StrategyStats s, final ReportSettings settings)
    {
        return Long.toString((long)Math.min(settings.maxOpenTrades(), s.context.pairlist().size()));
    }

    /**
     * One per-line table.
     *
     * @param title    table title.
     * @param keyName  first column's name.
     * @param lines    the lines (TOTAL last).
     * @param currency stake currency.
     * @return the text.
     */
    public static String lines(final String title, final String keyName, final List<StatsLine> lines,
        final String currency)
    {
        final TextTable table = new TextTable(title, keyName, "Trades", "Avg Profit %", "Tot Profit " + currency,
            "Tot Profit %", "Avg Duration", "Win  Draw  Loss  Win%");
        for (final StatsLine l : lines)
        {
            table.row(l.displayKey(), Integer.toString(l.trades), BacktestResultFiles.fixed(l.profitMeanPct, 2),
                BacktestResultFiles.coinText(l.profitTotalAbs, currency),
                BacktestResultFiles.fixed(l.profitTotalPct, 2), l.durationAvg, winsDrawsLosses(l.wins, l.draws, l.losses));
        }
        return table.ruleBeforeLast().render();
    }

    /**
     * Freqtrade's wins/draws/losses cell, e.g. {@code "   3     1     1  60.0"}: the win rate is {@code 100} when no
     * trade lost and {@code 0} when none won, as Freqtrade prints it in every per-line, breakdown and epoch table.
     *
     * @param wins   trades with a profit.
     * @param draws  trades without profit or loss.
     * @param losses trades with a loss.
     * @return the cell text.
     */
    public static String winsDrawsLosses(final int wins, final int draws, final int losses)
    {
        final String ratio;
        if (wins > 0 && losses == 0)
        {
            ratio = "100";
        }
        else if (wins == 0)
        {
            ratio = "0";
        }
        else
        {
            ratio = BacktestResultFiles.fixed(100.0 / (wins + draws + losses) * wins, 1);
        }
        return FthyptLine.padLeft(Integer.toString(wins), 4) + "  " + FthyptLine.padLeft(Integer.toString(draws), 4) +
            "  " + FthyptLine.padLeft(Integer.toString(losses), 4) + "  " + FthyptLine.padLeft(ratio, 4);
    }

    /**
     * The line Freqtrade prints instead of the summary box when the backtest made no trade, so the user sees the
     * balance and stake that may explain it (a stake above the wallet enters nothing).
     *
     * @param startingBalance the starting balance.
     * @param stakeAmount     the configured stake: a number or {@code "unlimited"}.
     * @param currency        the stake currency.
     * @return the line, ending with a line break.
     */
    public static String noTrades(final double startingBalance, final Object stakeAmount, final String currency)
    {
        final String stake = stakeAmount instanceof Number ?
            money(((Number)stakeAmount).doubleValue(), currency) : String.valueOf(stakeAmount);
        return "No trades made. Your starting balance was " + money(startingBalance, currency) +
            ", and your stake was " + stake + ".\n";
    }

    /**
     * The summary metrics box, or Freqtrade's "No trades made" line when there is no trade.
     *
     * @param s        the stats.
     * @param settings the reported settings.
     * @return the text.
     */
    public static String summary(final StrategyStats s, final ReportSettings settings)
    {
        final String cur = s.context.stakeCurrency();
        if (s.totalTrades == 0)
        {
            return noTrades(s.context.startingBalance(), settings.stakeAmount(), cur);
        }
        final TextTable t = new TextTable("SUMMARY METRICS", "Metric", "Value");
        t.row("Backtesting from", PyDates.print(s.context.minDateMs()));
        t.row("Backtesting to", PyDates.print(s.context.maxDateMs()));
        t.row("Max open trades", maxOpenTrades(s, settings));
        t.row("", "");
        t.row("Total/Daily Avg Trades", s.totalTrades + " / " + BacktestResultFiles.fixed(s.tradesPerDay, 2));
        t.row("Starting balance", money(s.context.startingBalance(), cur));
        t.row("Final balance", money(s.finalBalance, cur));
        t.row("Absolute profit", money(s.profitTotalAbs, cur));
        t.row("Total profit %", pct(s.profitTotal));
        t.row("CAGR %", pct(s.cagr));
        t.row("Sortino", BacktestResultFiles.fixed(s.sortino, 2));
        t.row("Sharpe", BacktestResultFiles.fixed(s.sharpe, 2));
        t.row("Calmar", BacktestResultFiles.fixed(s.calmar, 2));
        t.row("Profit factor", BacktestResultFiles.fixed(s.profitFactor, 2));
        t.row("Expectancy (Ratio)", BacktestResultFiles.fixed(s.expectancy, 2) + " (" +
            BacktestResultFiles.fixed(s.expectancyRatio, 2) + ")");
        t.row("Avg. daily profit %", pct(s.profitTotal / s.backtestDays));
        t.row("Avg. stake amount", money(s.avgStakeAmount, cur));
        t.row("Total trade volume", money(s.totalVolume, cur));
        t.row("", "");
        if (s.bestPair != null)
        {
            t.row("Best Pair", s.bestPair.key + " " + BacktestResultFiles.fixed(s.bestPair.profitSumPct, 2) + "%");
            t.row("Worst Pair", s.worstPair.key + " " + BacktestResultFiles.fixed(s.worstPair.profitSumPct, 2) + "%");
        }
        bestWorstTrade(t, s.trades);
        if (s.daily.dayCount > 0)
        {
            t.row("Best day", money(s.daily.bestDayAbs, cur));
            t.row("Worst day", money(s.daily.worstDayAbs, cur));
        }
        t.row("Days win/draw/lose", s.daily.winningDays + " / " + s.daily.drawDays + " / " + s.daily.losingDays);
        t.row("Avg. Duration Winners", DurationText.ofMinutes(s.winnerHoldingAvgMinutes));
        t.row("Avg. Duration Loser", DurationText.ofMinutes(s.loserHoldingAvgMinutes));
        t.row("Max Consecutive Wins / Loss", s.maxConsecutiveWins + " / " + s.maxConsecutiveLosses);
        t.row("Rejected Entry signals", Long.toString(s.context.rejectedSignals()));
        // every order fills on its candle here (one that would not stops the run), so none times out
        t.row("Entry/Exit Timeouts", "0 / 0");
        t.row("", "");
        if (s.hasDrawdown)
        {
            t.row("Min balance", money(s.csumMin, cur));
            t.row("Max balance", money(s.csumMax, cur));
            t.row("Max % of account underwater", pct(s.maxRelativeDrawdown));
            t.row("Absolute Drawdown (Account)", pct(s.maxDrawdownAccount));
            t.row("Absolute Drawdown", money(s.maxDrawdownAbs, cur));
            t.row("Drawdown high", money(s.maxDrawdownHigh, cur));
            t.row("Drawdown low", money(s.maxDrawdownLow, cur));
            t.row("Drawdown Start", PyDates.print(s.drawdownStartMs));
            t.row("Drawdown End", PyDates.print(s.drawdownEndMs));
        }
        t.row("Market change", pct(s.context.marketChange()));
        return t.render();
    }

    private static void bestWorstTrade(final TextTable t, final List<Trade> trades)
    {
        Trade best = null;
        Trade worst = null;
        for (final Trade trade : trades)
        {
            if (best == null || trade.profitRatio > best.profitRatio)
            {
                best = trade;
            }
            if (worst == null || trade.profitRatio < worst.profitRatio)
            {
                worst = trade;
            }
        }
        if (best != null)
        {
            t.row("Best trade", best.pair + " " + pct(best.profitRatio));
            t.row("Worst trade", worst.pair + " " + pct(worst.profitRatio));
        }
    }

    private static String money(final double value, final String currency)
    {
        return BacktestResultFiles.coinText(value, currency) + " " + currency;
    }

    private static String pct(final double ratio)
    {
        return BacktestResultFiles.fixed(ratio * 100.0, 2) + "%";
    }
}
