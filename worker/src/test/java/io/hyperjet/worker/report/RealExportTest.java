package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.metrics.StatsCalculator;
import io.hyperjet.worker.metrics.StrategyStats;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Recomputes the stats of Freqtrade's real export (179 trades over 10 pairs) from its trades and compares them
 * field by field with the stored stats.
 */
class RealExportTest
{
    private static ReportSettings settings(final JsonNode stats)
    {
        return new ReportSettings()
            .strategyName(stats.get("strategy_name").asText())
            .stakeAmount(stats.get("stake_amount").asDouble())
            .maxOpenTrades(stats.get("max_open_trades_setting").asDouble())
            .stoploss(stats.get("stoploss").asDouble());
    }

    private static ObjectNode recompute(final ExportFixture f, final List<Trade> trades)
    {
        final StrategyStats s = new StatsCalculator().compute(trades, f.context.periodicBreakdown(true));
        return StatsJson.write(s, settings(f.stats), true, true);
    }

    @Test
    void shouldDifferFromRealExportOnlyInDocumentedFields()
    {
        final ExportFixture f = ExportFixture.load();
        // the export's exit_reason_summary has an older layout; compared in its own test
        final ObjectNode reference = f.stats.deepCopy();
        reference.remove("exit_reason_summary");
        final Map<String, String> diff = JsonDiff.diff(reference, recompute(f, f.trades));
        assertEquals(List.of(
            // the export holds an older Freqtrade's layout or fixture edits
            "backtest_run_end_ts", "backtest_run_start_ts",
            "best_pair.profit_mean_pct",
            // tie order of the close-date sort (see shouldMatchDrawdownWithTheExportsTieOrder)
            "drawdown_end", "drawdown_end_ts",
            "exit_profit_offset",
            "left_open_trades[].profit_mean_pct",
            "max_drawdown",
            "max_drawdown_abs", "max_drawdown_account", "max_drawdown_low",
            "max_relative_drawdown",
            "results_per_enter_tag[].profit_mean_pct", "results_per_pair[].profit_mean_pct",
            "trades[].amount", "trades[].orders",
            "worst_pair.profit_mean_pct"), new ArrayList<>(diff.keySet()), diff.toString());
    }

    @Test
    void shouldMatchDrawdownWithTheExportsTieOrder()
    {
        final ExportFixture f = ExportFixture.load();
        // trades 73 (NXT) and 77 (ETC) both close at 2018-01-16 22:45; the export's sort put ETC first
        final List<Trade> trades = new ArrayList<>(f.trades);
        assertEquals(trades.get(73).closeTimeMs, trades.get(77).closeTimeMs);
        trades.add(73, trades.remove(77));
        final Map<String, String> diff = JsonDiff.diff(f.stats, recompute(f, trades));
        for (final String field : List.of("max_drawdown_abs", "max_drawdown_account", "max_relative_drawdown",
            "max_drawdown_low", "max_drawdown_high", "drawdown_start", "drawdown_start_ts", "drawdown_end",
            "drawdown_end_ts", "csum_min", "csum_max"))
        {
            assertEquals(null, diff.get(field), field);
        }
        assertEquals(f.stats.get("max_drawdown_account").asDouble(),
            recompute(f, trades).get("max_drawdown_account").asDouble(), 0.0, "bit-exact");
    }

    @Test
    void shouldMatchTheExportsStrategyComparisonLine() throws Exception
    {
        final ExportFixture f = ExportFixture.load();
        final List<Trade> trades = new ArrayList<>(f.trades);
        trades.add(73, trades.remove(77));
        final StrategyStats s = new StatsCalculator().compute(trades, f.context);
        final JsonNode ours = BacktestResultFiles.document(s, settings(f.stats), "run").get("strategy_comparison");
        final JsonNode root = JsonSupport.mapper().readTree(ExportFixture.formatsDir()
            .resolve("backtest-result.json").toFile());
        // profit_mean_pct: rounded per spec 7.6, unrounded in the older export (as in results_per_pair)
        assertEquals(List.of("[].profit_mean_pct"),
            new ArrayList<>(JsonDiff.diff(root.get("strategy_comparison"), ours).keySet()));
        assertEquals("0.0002", ours.get(0).get("max_drawdown_abs").asText());
    }

    @Test
    void shouldMatchPerPairTableExactlyApartFromRoundedMeanPct()
    {
        final ExportFixture f = ExportFixture.load();
        final JsonNode ours = recompute(f, f.trades).get("results_per_pair");
        final JsonNode ref = f.stats.get("results_per_pair");
        assertEquals(ref.size(), ours.size());
        for (int i = 0; i < ref.size(); i++)
        {
            for (final String field : List.of("key", "trades", "profit_mean", "profit_sum", "profit_sum_pct",
                "profit_total_abs", "profit_total", "profit_total_pct", "duration_avg", "wins", "draws", "losses"))
            {
                assertEquals(ref.get(i).get(field), ours.get(i).get(field), i + "." + field);
            }
        }
    }

    @Test
    void shouldMatchExitReasonLinesApartFromOlderProfitTotal()
    {
        final ExportFixture f = ExportFixture.load();
        final JsonNode ours = recompute(f, f.trades).get("exit_reason_summary");
        final JsonNode ref = f.stats.get("exit_reason_summary");
        assertEquals(ref.size() + 1, ours.size(), "ours ends with a TOTAL line");
        assertEquals("TOTAL", ours.get(ours.size() - 1).get("key").asText());
        // the older layout listed reasons by trade count; ours sorts by profit_total_abs (spec 7.6)
        final List<String> order = new ArrayList<>();
        ours.forEach(l -> order.add(l.get("key").asText()));
        assertEquals(List.of("roi", "force_exit", "stop_loss", "TOTAL"), order);
        for (final JsonNode r : ref)
        {
            final JsonNode o = ours.get(order.indexOf(r.get("exit_reason").asText()));
            for (final String field : List.of("trades", "wins", "draws", "losses", "profit_mean", "profit_mean_pct",
                "profit_sum", "profit_sum_pct", "profit_total_abs"))
            {
                assertEquals(r.get(field), o.get(field), r.get("exit_reason") + "." + field);
            }
            // the older layout divided profit_sum by max_open_trades (3); ours is profit_total_abs / balance
            assertEquals(r.get("profit_sum").asDouble() / 3.0, r.get("profit_total").asDouble(), 1e-15);
            assertEquals(o.get("profit_total_abs").asDouble() / 0.01, o.get("profit_total").asDouble(), 0.0);
        }
    }

    @Test
    void shouldHaveTheExportsStatsKeysPlusNewerOnes()
    {
        final ExportFixture f = ExportFixture.load();
        final ObjectNode ours = recompute(f, f.trades);
        final List<String> missing = new ArrayList<>();
        f.stats.fieldNames().forEachRemaining(k ->
        {
            if (!ours.has(k))
            {
                missing.add(k);
            }
        });
        final List<String> extra = new ArrayList<>();
        ours.fieldNames().forEachRemaining(k ->
        {
            if (!f.stats.has(k))
            {
                extra.add(k);
            }
        });
        assertEquals(List.of("max_drawdown"), missing);
        assertEquals(List.of("mix_tag_stats", "expectancy", "expectancy_ratio", "sortino", "sharpe", "calmar",
            "trading_mode", "margin_mode", "periodic_breakdown", "winrate", "max_consecutive_wins",
            "max_consecutive_losses"), extra);
    }
}
