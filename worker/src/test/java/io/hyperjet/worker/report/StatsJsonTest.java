package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperjet.worker.metrics.StatsCalculator;
import io.hyperjet.worker.metrics.StrategyStats;
import io.hyperjet.worker.metrics.TestTrades;
import io.hyperjet.worker.protection.Lock;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.hyperjet.worker.metrics.TestTrades.simple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatsJsonTest
{
    private static ObjectNode write(final StrategyStats s, final ReportSettings settings)
    {
        return StatsJson.write(s, settings, true, true);
    }

    @Test
    void shouldWriteFreqtradesEmptyResultQuirks()
    {
        final StrategyStats empty = new StatsCalculator().compute(List.of(), TestTrades.context(3));
        final ObjectNode o = write(empty, new ReportSettings());
        assertTrue(o.has("daily_profit_list"));
        assertFalse(o.has("daily_profit"));
        assertTrue(o.get("backtest_best_day").isIntegralNumber());
        assertFalse(o.has("holding_avg_s"));
        assertEquals("0:00:00", o.get("holding_avg").asText());
        assertEquals(PyDates.EPOCH_STR, o.get("drawdown_start").asText());
        assertTrue(o.get("drawdown_start_ts").isIntegralNumber());
        assertTrue(o.get("csum_min").isIntegralNumber());
        assertTrue(o.get("profit_mean").isIntegralNumber());
        assertEquals(1000, o.get("final_balance").asInt());
        assertTrue(o.get("final_balance").isIntegralNumber());
        assertEquals("0:00", o.get("results_per_pair").get(0).get("duration_avg").asText());
    }

    @Test
    void shouldWriteLocksAsFreqtradesPairLockJson()
    {
        final Lock lock = new Lock("AAA/USDT", 1_709_258_400_000L, 1_709_269_200_000L,
            "Cooldown period for for 2 candles.", "*");
        final StrategyStats s = new StatsCalculator().compute(List.of(), TestTrades.context(3).locks(List.of(lock)));
        final String expected = "[{\"id\":null,\"pair\":\"AAA/USDT\",\"lock_time\":\"2024-03-01 02:00:00\"," +
            "\"lock_timestamp\":1709258400000,\"lock_end_time\":\"2024-03-01 05:00:00\"," +
            "\"lock_end_timestamp\":1709269200000,\"reason\":\"Cooldown period for for 2 candles.\"," +
            "\"side\":\"*\",\"active\":true}]";
        assertEquals(expected, PythonJson.compact(write(s, new ReportSettings().enableProtections(true))
            .get("locks")));
        assertTrue(StatsJson.compactWithTrades(s, new ReportSettings()).contains("\"locks\":" + expected));
        assertEquals("[]", PythonJson.compact(write(new StatsCalculator().compute(List.of(), TestTrades.context(3)),
            new ReportSettings()).get("locks")));
    }

    @Test
    void shouldWriteDrawdownDatesAndFloatTimestamps()
    {
        final StrategyStats s = new StatsCalculator().compute(List.of(simple(10, 5, 10.0), simple(20, 5, -4.0)),
            TestTrades.context(3));
        final ObjectNode o = write(s, new ReportSettings());
        assertEquals("2024-03-01 00:10:00", o.get("drawdown_start").asText());
        assertEquals("2024-03-01 00:20:00", o.get("drawdown_end").asText());
        assertTrue(o.get("drawdown_end_ts").isDouble());
        assertEquals(TestTrades.T0 + 20 * TestTrades.MINUTE_MS, o.get("drawdown_end_ts").asLong());
        assertEquals(1006.0, o.get("csum_min").asDouble());
        assertEquals(List.of("2024-03-01", "6.0"), List.of(o.get("daily_profit").get(0).get(0).asText(),
            o.get("daily_profit").get(0).get(1).asText()));
        assertEquals(300.0, o.get("holding_avg_s").asDouble());
    }

    @Test
    void shouldWriteSettingsAndSlotCounts()
    {
        final Map<String, Double> roi = new LinkedHashMap<>();
        roi.put("0", 0.04);
        roi.put("30", 0.02);
        final ReportSettings settings = new ReportSettings().strategyName("S").stakeAmount("unlimited")
            .maxOpenTrades(Double.POSITIVE_INFINITY).minimalRoi(roi).trailingStopPositive(0.01);
        final ObjectNode o = write(new StatsCalculator().compute(List.of(), TestTrades.context(3)), settings);
        assertEquals(3, o.get("max_open_trades").asInt(), "capped by the 3 pairs");
        assertEquals(-1, o.get("max_open_trades_setting").asInt());
        assertEquals("unlimited", o.get("stake_amount").asText());
        assertEquals("{\"0\":0.04,\"30\":0.02}", o.get("minimal_roi").toString());
        assertEquals(0.01, o.get("trailing_stop_positive").asDouble());
        assertEquals("spot", o.get("trading_mode").asText());
        assertEquals(3, o.get("stake_currency_decimals").asInt());
        assertFalse(o.has("periodic_breakdown"), "not computed for this context");
    }

    @Test
    void shouldWritePeriodicBreakdownEntries()
    {
        final StrategyStats s = new StatsCalculator().compute(List.of(simple(10, 5, 10.0), simple(20, 5, -4.0)),
            TestTrades.context(3).periodicBreakdown(true));
        final ObjectNode week = (ObjectNode)write(s, new ReportSettings()).get("periodic_breakdown").get("week").get(0);
        assertEquals("04/03/2024", week.get("date").asText());
        assertEquals(java.time.LocalDate.of(2024, 3, 4).toEpochDay() * 86_400_000L, week.get("date_ts").asLong());
        assertEquals(6.0, week.get("profit_abs").asDouble());
        assertEquals(1, week.get("wins").asInt());
        assertEquals(1, week.get("loses").asInt());
        assertEquals(0.5, week.get("winrate").asDouble());
    }

    @Test
    void shouldWriteMixTagKeyAsList()
    {
        final io.hyperjet.worker.backtest.Trade t = simple(10, 5, 1.0);
        t.enterTag = "rsi";
        final ObjectNode o = write(new StatsCalculator().compute(List.of(t), TestTrades.context(3)),
            new ReportSettings());
        assertEquals("[\"rsi\",\"roi\"]", o.get("mix_tag_stats").get(0).get("key").toString());
        assertEquals("TOTAL", o.get("mix_tag_stats").get(1).get("key").asText());
    }

    @Test
    void shouldStreamTheSameTextAsTheTreeWithTrades()
    {
        final io.hyperjet.worker.backtest.Trade odd = simple(30, 5, -2.5);
        odd.isShort = true;
        odd.enterTag = null;
        odd.stopLossRatio = 0.0;
        odd.exitReason = "exit \"quoted\" \u00e9";
        final StrategyStats s = new StatsCalculator().compute(
            List.of(simple(10, 5, 10.0), simple(20, 5, -4.0), odd), TestTrades.context(3));
        final ReportSettings settings = new ReportSettings().strategyName("S");
        assertEquals(PythonJson.compact(StatsJson.write(s, settings, true, false)),
            StatsJson.compactWithTrades(s, settings));
        final StrategyStats empty = new StatsCalculator().compute(List.of(), TestTrades.context(3));
        assertEquals(PythonJson.compact(StatsJson.write(empty, settings, true, false)),
            StatsJson.compactWithTrades(empty, settings));
    }

    @Test
    void shouldStreamTheRealExportLikeTheTree()
    {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(ExportFixture.formatsDir()),
            "shared data absent at " + ExportFixture.formatsDir());
        final ExportFixture fx = ExportFixture.load();
        final StrategyStats s = new StatsCalculator().compute(fx.trades, fx.context);
        final ReportSettings settings = new ReportSettings().strategyName("S");
        assertEquals(PythonJson.compact(StatsJson.write(s, settings, true, false)),
            StatsJson.compactWithTrades(s, settings));
    }
}
