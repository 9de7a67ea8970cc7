package io.hyperjet.coordinator.results;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.metrics.PeriodStats;
import io.hyperjet.worker.metrics.PeriodicBreakdown;
import io.hyperjet.worker.metrics.StatsLine;
import io.hyperjet.worker.metrics.TradeColumns;
import io.hyperjet.worker.report.BacktestResultFiles;
import io.hyperjet.worker.report.BacktestTables;
import io.hyperjet.worker.report.TextTable;
import io.hyperjet.worker.report.TradeJson;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The backtest report of one epoch, read back from its {@code results_metrics}: the per-line tables (rendered by
 * {@link BacktestTables#lines}), the periodic breakdowns asked for (recomputed from the trades), and a summary box of
 * the metrics present in the object. Works on older Freqtrade layouts: missing tables and metrics are left out.
 */
public final class MetricsReport
{
    private static final DateTimeFormatter PERIOD_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MetricsReport()
    {
    }

    /**
     * The report text.
     *
     * @param metrics    the epoch's {@code results_metrics}.
     * @param breakdowns periods to break the trades down by.
     * @return the text, ending with a line break.
     */
    public static String render(final JsonNode metrics, final List<PeriodicBreakdown.Period> breakdowns)
    {
        final String cur = metrics.path("stake_currency").asText("");
        final StringBuilder sb = new StringBuilder("Result for strategy ")
            .append(metrics.path("strategy_name").asText("?")).append('\n');
        lines(sb, "BACKTESTING REPORT", "Pair", metrics.path("results_per_pair"), cur);
        lines(sb, "LEFT OPEN TRADES REPORT", "Pair", metrics.path("left_open_trades"), cur);
        lines(sb, "ENTER TAG STATS", "Enter Tag", metrics.path("results_per_enter_tag"), cur);
        lines(sb, "EXIT REASON STATS", "Exit Reason", metrics.has("exit_reason_summary") ?
            metrics.get("exit_reason_summary") : metrics.path("sell_reason_summary"), cur);
        lines(sb, "MIXED TAG STATS", "Enter Tag Exit Reason", metrics.path("mix_tag_stats"), cur);
        for (final PeriodicBreakdown.Period period : breakdowns)
        {
            final JsonNode trades = metrics.path("trades");
            final List<Trade> list = trades.isArray() ? TradeJson.readAll(trades) : List.of();
            sb.append('\n').append(breakdown(period, PeriodicBreakdown.of(new TradeColumns().fill(list), period), cur));
        }
        return sb.append(summary(metrics, cur)).toString();
    }

    private static void lines(final StringBuilder sb, final String title, final String keyName, final JsonNode array,
        final String currency)
    {
        if (!array.isArray() || array.isEmpty())
        {
            return;
        }
        final List<StatsLine> lines = new ArrayList<>(array.size());
        for (final JsonNode n : array)
        {
            final StatsLine l = new StatsLine();
            final JsonNode key = n.path("key");
            if (key.isArray() && key.size() == 2)
            {
                l.mixKey = new String[]{key.get(0).asText(), key.get(1).asText()};
            }
            else
            {
                l.key = key.asText();
            }
            l.trades = n.path("trades").asInt();
            l.profitMeanPct = n.path("profit_mean_pct").asDouble();
            l.profitTotalAbs = n.path("profit_total_abs").asDouble();
            l.profitTotalPct = n.path("profit_total_pct").asDouble();
            l.durationAvg = n.path("duration_avg").asText("");
            l.wins = n.path("wins").asInt();
            l.draws = n.path("draws").asInt();
            l.losses = n.path("losses").asInt();
            lines.add(l);
        }
        sb.append('\n').append(BacktestTables.lines(title, keyName, lines, currency));
    }

    /**
     * One {@code --breakdown} table: profit and wins/draws/losses per day, week or month, as Freqtrade prints it.
     *
     * @param period   the period.
     * @param stats    its entries, oldest first.
     * @param currency stake currency.
     * @return the text.
     */
    public static String breakdown(
        final PeriodicBreakdown.Period period, final List<PeriodStats> stats, final String currency)
    {
        final String name = period.jsonName();
        final TextTable t = new TextTable(name.toUpperCase(java.util.Locale.ROOT) + " BREAKDOWN",
            Character.toUpperCase(name.charAt(0)) + name.substring(1), "Tot Profit " + currency,
            "Win  Draw  Loss  Win%");
        for (final PeriodStats p : stats)
        {
            t.row(PERIOD_DATE.format(LocalDate.ofEpochDay(p.labelEpochDay)),
                BacktestResultFiles.coinText(p.profitAbs, currency), BacktestTables.winsDrawsLosses(p.wins, p.draws, p.loses));
        }
        return t.render();
    }

    private static String summary(final JsonNode m, final String cur)
    {
        if (m.has("total_trades") && m.path("total_trades").asInt() == 0)
        {
            final JsonNode stake = m.path("stake_amount");
            return '\n' + BacktestTables.noTrades(m.path("starting_balance").asDouble(),
                stake.isNumber() ? (Object)stake.asDouble() : stake.asText("unlimited"), cur);
        }
        final TextTable t = new TextTable("SUMMARY METRICS", "Metric", "Value");
        text(t, m, "Backtesting from", "backtest_start");
        text(t, m, "Backtesting to", "backtest_end");
        text(t, m, "Max open trades", "max_open_trades");
        if (m.has("total_trades"))
        {
            t.row("Total/Daily Avg Trades", m.path("total_trades").asText() + " / " +
                BacktestResultFiles.fixed(m.path("trades_per_day").asDouble(), 2));
        }
        money(t, m, "Starting balance", "starting_balance", cur);
        money(t, m, "Final balance", "final_balance", cur);
        money(t, m, "Absolute profit", "profit_total_abs", cur);
        pct(t, m, "Total profit %", "profit_total");
        pct(t, m, "CAGR %", "cagr");
        number(t, m, "Sortino", "sortino");
        number(t, m, "Sharpe", "sharpe");
        number(t, m, "Calmar", "calmar");
        number(t, m, "Profit factor", "profit_factor");
        if (m.has("expectancy"))
        {
            t.row("Expectancy (Ratio)", BacktestResultFiles.fixed(m.path("expectancy").asDouble(), 2) + " (" +
                BacktestResultFiles.fixed(m.path("expectancy_ratio").asDouble(), 2) + ")");
        }
        money(t, m, "Avg. stake amount", "avg_stake_amount", cur);
        money(t, m, "Total trade volume", "total_volume", cur);
        line(t, m, "Best Pair", "best_pair");
        line(t, m, "Worst Pair", "worst_pair");
        money(t, m, "Best day", "backtest_best_day_abs", cur);
        money(t, m, "Worst day", "backtest_worst_day_abs", cur);
        if (m.has("winning_days"))
        {
            t.row("Days win/draw/lose", m.path("winning_days").asText() + " / " + m.path("draw_days").asText() +
                " / " + m.path("losing_days").asText());
        }
        text(t, m, "Avg. Duration Winners", "winner_holding_avg");
        text(t, m, "Avg. Duration Loser", "loser_holding_avg");
        if (m.has("max_consecutive_wins"))
        {
            t.row("Max Consecutive Wins / Loss", m.path("max_consecutive_wins").asText() + " / " +
                m.path("max_consecutive_losses").asText());
        }
        text(t, m, "Rejected Entry signals", "rejected_signals");
        money(t, m, "Min balance", "csum_min", cur);
        money(t, m, "Max balance", "csum_max", cur);
        pct(t, m, "Max % of account underwater", "max_relative_drawdown");
        pct(t, m, m.has("max_drawdown_account") ? "Absolute Drawdown (Account)" : "Max Drawdown",
            m.has("max_drawdown_account") ? "max_drawdown_account" : "max_drawdown");
        money(t, m, "Absolute Drawdown", "max_drawdown_abs", cur);
        money(t, m, "Drawdown high", "max_drawdown_high", cur);
        money(t, m, "Drawdown low", "max_drawdown_low", cur);
        text(t, m, "Drawdown Start", "drawdown_start");
        text(t, m, "Drawdown End", "drawdown_end");
        pct(t, m, "Market change", "market_change");
        return '\n' + t.render();
    }

    private static void text(final TextTable t, final JsonNode m, final String label, final String field)
    {
        if (m.hasNonNull(field))
        {
            t.row(label, m.get(field).asText());
        }
    }

    private static void money(final TextTable t, final JsonNode m, final String label, final String field,
        final String cur)
    {
        if (m.hasNonNull(field))
        {
            t.row(label, BacktestResultFiles.coinText(m.get(field).asDouble(), cur) + " " + cur);
        }
    }

    private static void pct(final TextTable t, final JsonNode m, final String label, final String field)
    {
        if (m.hasNonNull(field))
        {
            t.row(label, BacktestResultFiles.fixed(m.get(field).asDouble() * 100.0, 2) + "%");
        }
    }

    private static void number(final TextTable t, final JsonNode m, final String label, final String field)
    {
        if (m.hasNonNull(field))
        {
            t.row(label, BacktestResultFiles.fixed(m.get(field).asDouble(), 2));
        }
    }

    private static void line(final TextTable t, final JsonNode m, final String label, final String field)
    {
        final JsonNode l = m.path(field);
        if (l.isObject())
        {
            t.row(label, l.path("key").asText() + " " + BacktestResultFiles.fixed(l.path("profit_sum_pct").asDouble(),
                2) + "%");
        }
    }
}
