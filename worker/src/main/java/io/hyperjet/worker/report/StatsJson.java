package io.hyperjet.worker.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.metrics.DailyStats;
import io.hyperjet.worker.metrics.DurationText;
import io.hyperjet.worker.metrics.MetricsContext;
import io.hyperjet.worker.metrics.PeriodStats;
import io.hyperjet.worker.metrics.PeriodicBreakdown;
import io.hyperjet.worker.metrics.StrategyStats;
import io.hyperjet.worker.protection.Lock;

import java.util.List;
import java.util.Map;

/**
 * The per-strategy stats object of Freqtrade's result files (backtest-semantics.md 10.2), with Python's quirks
 * kept where readers may see them: integer zeros for the daily and drawdown fields when there is nothing to
 * report, {@code daily_profit_list} without trades, no {@code *_holding_avg_s} without trades.
 */
public final class StatsJson
{
    private static final String EMPTY_TRADES_PREFIX = "{\"trades\":[]";

    private StatsJson()
    {
    }

    /**
     * Build the stats object.
     *
     * @param s                 computed stats.
     * @param settings          the reported settings.
     * @param includeTrades     true to include the trade records ({@code trades}).
     * @param includeBreakdown  true to include {@code periodic_breakdown} (backtesting; needs it computed).
     * @return the stats object.
     */
    public static ObjectNode write(final StrategyStats s, final ReportSettings settings, final boolean includeTrades,
        final boolean includeBreakdown)
    {
        final ObjectNode o = JsonNodeFactory.instance.objectNode();
        final ArrayNode trades = o.putArray("trades");
        if (includeTrades)
        {
            for (final Trade t : s.trades)
            {
                trades.add(TradeJson.write(t, o));
            }
        }
        locks(o.putArray("locks"), s.context.locks());
        LineJson.putLineOrNull(o, "best_pair", s.bestPair);
        LineJson.putLineOrNull(o, "worst_pair", s.worstPair);
        LineJson.putLines(o, "results_per_pair", s.resultsPerPair);
        LineJson.putLines(o, "results_per_enter_tag", s.resultsPerEnterTag);
        LineJson.putLines(o, "exit_reason_summary", s.exitReasonSummary);
        LineJson.putLines(o, "mix_tag_stats", s.mixTagStats);
        LineJson.putLines(o, "left_open_trades", s.leftOpenTrades);
        totals(o, s);
        range(o, s, settings);
        settingsPart(o, s, settings);
        if (includeBreakdown && s.periodicBreakdown != null)
        {
            breakdown(o, s.periodicBreakdown);
        }
        daily(o, s.daily);
        tradeStats(o, s);
        drawdown(o, s);
        return o;
    }

    /** Freqtrade's {@code PairLock.to_json} of each lock (protections.md 4.5); backtest locks have no id. */
    private static void locks(final ArrayNode out, final List<Lock> locks)
    {
        for (final Lock l : locks)
        {
            final ObjectNode lock = out.addObject();
            lock.putNull("id");
            lock.put("pair", l.pair());
            lock.put("lock_time", PyDates.print(l.lockTimeMs()));
            lock.put("lock_timestamp", l.lockTimeMs());
            lock.put("lock_end_time", PyDates.print(l.lockEndMs()));
            lock.put("lock_end_timestamp", l.lockEndMs());
            lock.put("reason", l.reason());
            lock.put("side", l.side());
            lock.put("active", true);
        }
    }

    private static void totals(final ObjectNode o, final StrategyStats s)
    {
        o.put("total_trades", s.totalTrades);
        o.put("trade_count_long", s.tradeCountLong);
        o.put("trade_count_short", s.tradeCountShort);
        o.put("total_volume", s.totalVolume);
        final boolean none = s.totalTrades == 0;
        putZeroAsInt(o, "avg_stake_amount", s.avgStakeAmount, none);
        putZeroAsInt(o, "profit_mean", s.profitMean, none);
        putZeroAsInt(o, "profit_median", s.profitMedian, none);
        o.put("profit_total", s.profitTotal);
        o.put("profit_total_long", s.profitTotalLong);
        o.put("profit_total_short", s.profitTotalShort);
        putZeroAsInt(o, "profit_total_abs", s.profitTotalAbs, none);
        o.put("profit_total_long_abs", s.profitTotalLongAbs);
        o.put("profit_total_short_abs", s.profitTotalShortAbs);
        o.put("cagr", s.cagr);
        o.put("expectancy", s.expectancy);
        o.put("expectancy_ratio", s.expectancyRatio);
        o.put("sortino", s.sortino);
        o.put("sharpe", s.sharpe);
        o.put("calmar", s.calmar);
        o.put("profit_factor", s.profitFactor);
    }

    private static void range(final ObjectNode o, final StrategyStats s, final ReportSettings settings)
    {
        final MetricsContext ctx = s.context;
        o.put("backtest_start", PyDates.print(ctx.minDateMs()));
        o.put("backtest_start_ts", ctx.minDateMs());
        o.put("backtest_end", PyDates.print(ctx.maxDateMs()));
        o.put("backtest_end_ts", ctx.maxDateMs());
        o.put("backtest_days", s.backtestDays);
        o.put("backtest_run_start_ts", settings.runStartEpochS());
        o.put("backtest_run_end_ts", settings.runEndEpochS());
        o.put("trades_per_day", s.tradesPerDay);
        o.put("market_change", ctx.marketChange());
        final ArrayNode pairs = o.putArray("pairlist");
        ctx.pairlist().forEach(pairs::add);
        putNumberOrText(o, "stake_amount", settings.stakeAmount());
        o.put("stake_currency", ctx.stakeCurrency());
        o.put("stake_currency_decimals", ReportSettings.decimalsOf(ctx.stakeCurrency()));
        final boolean integralWallet = ctx.startingBalance() == Math.rint(ctx.startingBalance()) &&
            Math.abs(ctx.startingBalance()) < 1e15;
        putZeroAsInt(o, "starting_balance", ctx.startingBalance(), integralWallet);
        putZeroAsInt(o, "dry_run_wallet", ctx.startingBalance(), integralWallet);
        putZeroAsInt(o, "final_balance", s.finalBalance, integralWallet && s.totalTrades == 0);
        o.put("rejected_signals", ctx.rejectedSignals());
        o.put("timedout_entry_orders", 0);
        o.put("timedout_exit_orders", 0);
        o.put("canceled_trade_entries", 0);
        o.put("canceled_entry_orders", 0);
        o.put("replaced_entry_orders", 0);
        final double slots = settings.maxOpenTrades();
        o.put("max_open_trades", (long)Math.min(slots, ctx.pairlist().size()));
        o.put("max_open_trades_setting", Double.isInfinite(slots) ? -1L : (long)slots);
        o.put("timeframe", ctx.timeframe());
        o.put("timeframe_detail", settings.timeframeDetail());
        o.put("timerange", settings.timerange());
        o.put("enable_protections", settings.enableProtections());
        o.put("strategy_name", settings.strategyName());
    }

    private static void settingsPart(final ObjectNode o, final StrategyStats s, final ReportSettings settings)
    {
        o.put("stoploss", settings.stoploss());
        o.put("trailing_stop", settings.trailingStop());
        if (settings.trailingStopPositive() == null)
        {
            o.putNull("trailing_stop_positive");
        }
        else
        {
            o.put("trailing_stop_positive", settings.trailingStopPositive());
        }
        o.put("trailing_stop_positive_offset", settings.trailingStopPositiveOffset());
        o.put("trailing_only_offset_is_reached", settings.trailingOnlyOffsetIsReached());
        o.put("use_custom_stoploss", settings.useCustomStoploss());
        final ObjectNode roi = o.putObject("minimal_roi");
        for (final Map.Entry<String, Double> e : settings.minimalRoi().entrySet())
        {
            roi.put(e.getKey(), e.getValue());
        }
        o.put("use_exit_signal", settings.useExitSignal());
        o.put("exit_profit_only", settings.exitProfitOnly());
        o.put("exit_profit_offset", settings.exitProfitOffset());
        o.put("ignore_roi_if_entry_signal", settings.ignoreRoiIfEntrySignal());
        o.put("trading_mode", "spot");
        o.put("margin_mode", "");
    }

    private static void breakdown(final ObjectNode o, final Map<PeriodicBreakdown.Period, List<PeriodStats>> periods)
    {
        final ObjectNode b = o.putObject("periodic_breakdown");
        for (final Map.Entry<PeriodicBreakdown.Period, List<PeriodStats>> e : periods.entrySet())
        {
            final ArrayNode list = b.putArray(e.getKey().jsonName());
            for (final PeriodStats p : e.getValue())
            {
                final ObjectNode entry = list.addObject();
                entry.put("date", PyDates.dayMonthYear(p.labelEpochDay));
                entry.put("date_ts", p.labelEpochDay * 86_400_000L);
                entry.put("profit_abs", p.profitAbs);
                entry.put("wins", p.wins);
                entry.put("draws", p.draws);
                entry.put("loses", p.loses);
                entry.put("winrate", p.winrate);
            }
        }
    }

    private static void daily(final ObjectNode o, final DailyStats d)
    {
        if (d.dayCount == 0)
        {
            o.put("backtest_best_day", 0);
            o.put("backtest_worst_day", 0);
            o.put("backtest_best_day_abs", 0);
            o.put("backtest_worst_day_abs", 0);
            o.put("winning_days", 0);
            o.put("draw_days", 0);
            o.put("losing_days", 0);
            o.putArray("daily_profit_list");
            return;
        }
        o.put("backtest_best_day", d.bestDay);
        o.put("backtest_worst_day", d.worstDay);
        o.put("backtest_best_day_abs", d.bestDayAbs);
        o.put("backtest_worst_day_abs", d.worstDayAbs);
        o.put("winning_days", d.winningDays);
        o.put("draw_days", d.drawDays);
        o.put("losing_days", d.losingDays);
        final ArrayNode list = o.putArray("daily_profit");
        for (int i = 0; i < d.dayCount; i++)
        {
            final ArrayNode day = list.addArray();
            day.add(PyDates.isoDay(d.firstEpochDay + i));
            day.add(d.profitAbs[i]);
        }
    }

    private static void tradeStats(final ObjectNode o, final StrategyStats s)
    {
        o.put("wins", s.wins);
        o.put("losses", s.losses);
        o.put("draws", s.draws);
        o.put("winrate", s.winrate);
        o.put("holding_avg", DurationText.ofMinutes(s.holdingAvgMinutes));
        if (s.totalTrades > 0)
        {
            o.put("holding_avg_s", s.holdingAvgMinutes * 60.0);
        }
        o.put("winner_holding_avg", DurationText.ofMinutes(s.winnerHoldingAvgMinutes));
        if (s.totalTrades > 0)
        {
            o.put("winner_holding_avg_s", s.winnerHoldingAvgMinutes * 60.0);
        }
        o.put("loser_holding_avg", DurationText.ofMinutes(s.loserHoldingAvgMinutes));
        if (s.totalTrades > 0)
        {
            o.put("loser_holding_avg_s", s.loserHoldingAvgMinutes * 60.0);
        }
        o.put("max_consecutive_wins", s.maxConsecutiveWins);
        o.put("max_consecutive_losses", s.maxConsecutiveLosses);
    }

    private static void drawdown(final ObjectNode o, final StrategyStats s)
    {
        o.put("max_drawdown_account", s.maxDrawdownAccount);
        o.put("max_relative_drawdown", s.maxRelativeDrawdown);
        o.put("max_drawdown_abs", s.maxDrawdownAbs);
        o.put("max_drawdown_low", s.maxDrawdownLow);
        o.put("max_drawdown_high", s.maxDrawdownHigh);
        if (s.hasDrawdown)
        {
            o.put("drawdown_start", PyDates.print(s.drawdownStartMs));
            o.put("drawdown_start_ts", (double)s.drawdownStartMs);
            o.put("drawdown_end", PyDates.print(s.drawdownEndMs));
            o.put("drawdown_end_ts", (double)s.drawdownEndMs);
            o.put("csum_min", s.csumMin);
            o.put("csum_max", s.csumMax);
        }
        else
        {
            o.put("drawdown_start", PyDates.EPOCH_STR);
            o.put("drawdown_start_ts", 0);
            o.put("drawdown_end", PyDates.EPOCH_STR);
            o.put("drawdown_end_ts", 0);
            o.put("csum_min", 0);
            o.put("csum_max", 0);
        }
    }

    /**
     * Python writes some values as integers: the literal 0 Freqtrade uses for an empty result, and a wallet
     * configured as an integer (which is how configs normally give it).
     */
    static void putZeroAsInt(final ObjectNode o, final String name, final double value, final boolean asInt)
    {
        if (asInt)
        {
            o.put(name, (long)value);
        }
        else
        {
            o.put(name, value);
        }
    }

    /**
     * The stats object with its trades as one compact line, the same text as
     * {@code PythonJson.compact(write(s, settings, true, false))}: the trades are streamed instead of built as a tree,
     * because a hyperopt writes this for every epoch and the trades are most of it.
     *
     * @param s        the stats.
     * @param settings the settings to report.
     * @return the JSON text.
     */
    public static String compactWithTrades(final StrategyStats s, final ReportSettings settings)
    {
        final String rest = PythonJson.compact(write(s, settings, false, false));
        if (!rest.startsWith(EMPTY_TRADES_PREFIX))
        {
            throw new IllegalStateException("stats JSON must start with the trades key, starts with " +
                rest.substring(0, Math.min(40, rest.length())));
        }
        final StringWriter text = new StringWriter(rest.length() + s.trades.size() * 900);
        try (JsonGenerator g = JsonSupport.mapper().getFactory().createGenerator(text))
        {
            g.writeRaw("{\"trades\":");
            g.writeStartArray();
            for (final Trade t : s.trades)
            {
                TradeJson.write(g, t);
            }
            g.writeEndArray();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write the trades of " + settings.strategyName(), ex);
        }
        return text.append(rest, EMPTY_TRADES_PREFIX.length(), rest.length()).toString();
    }

    static void putNumberOrText(final ObjectNode o, final String name, final Object value)
    {
        if (value instanceof Number)
        {
            o.put(name, ((Number)value).doubleValue());
        }
        else
        {
            o.put(name, String.valueOf(value));
        }
    }
}
