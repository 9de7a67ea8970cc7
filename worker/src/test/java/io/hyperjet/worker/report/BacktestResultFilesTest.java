package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperjet.worker.metrics.StatsCalculator;
import io.hyperjet.worker.metrics.StrategyStats;
import io.hyperjet.worker.metrics.TestTrades;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static io.hyperjet.worker.metrics.TestTrades.simple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BacktestResultFilesTest
{
    private final StrategyStats stats = new StatsCalculator().compute(
        List.of(simple(10, 5, 10.0), simple(20, 5, -4.0)), TestTrades.context(3).periodicBreakdown(true));
    private final ReportSettings settings = new ReportSettings().strategyName("MyStrategy").runTimes(1700000000L,
        1700000005L);

    @Test
    void shouldWriteResultMetaAndLastResultFiles(@TempDir final Path dir) throws Exception
    {
        final Path export = dir.resolve("backtest_results");
        final Path result = BacktestResultFiles.write(export, LocalDateTime.of(2024, 10, 24, 12, 34, 56), stats,
            settings, "abc123");
        assertEquals("backtest-result-2024-10-24_12-34-56.json", result.getFileName().toString());
        assertTrue(result.getFileName().toString().matches("backtest-result-.*-[0-9][0-9]\\.json"));
        final JsonNode doc = JsonSupport.mapper().readTree(result.toFile());
        assertEquals(2, doc.get("strategy").get("MyStrategy").get("total_trades").asInt());
        final JsonNode meta = JsonSupport.mapper().readTree(
            export.resolve("backtest-result-2024-10-24_12-34-56.meta.json").toFile()).get("MyStrategy");
        assertEquals("abc123", meta.get("run_id").asText());
        assertEquals(1700000000L, meta.get("backtest_start_time").asLong());
        assertEquals(TestTrades.T0 / 1000, meta.get("backtest_start_ts").asLong());
        assertTrue(meta.get("timeframe_detail").isNull());
        assertEquals("{\n    \"latest_backtest\": \"backtest-result-2024-10-24_12-34-56.json\"\n}",
            Files.readString(export.resolve(".last_result.json")));
        try (var files = Files.list(export))
        {
            assertEquals(3, files.count(), "no temporary files left");
        }
    }

    @Test
    void shouldWriteComparisonLineWithDrawdownAsCoinText()
    {
        final JsonNode line = BacktestResultFiles.document(stats, settings, "x").get("strategy_comparison").get(0);
        assertEquals("MyStrategy", line.get("key").asText());
        assertEquals(2, line.get("trades").asInt());
        assertEquals("4", line.get("max_drawdown_abs").asText());
        assertEquals(stats.maxDrawdownAccount, line.get("max_drawdown_account").asDouble());
    }

    @Test
    void shouldFormatCoinValuesWithCurrencyDecimals()
    {
        assertEquals("0.0002", BacktestResultFiles.coinText(2.000000000000001E-4, "BTC"));
        assertEquals("0.00012", BacktestResultFiles.coinText(1.2e-4, "ETH"));
        assertEquals("0", BacktestResultFiles.coinText(1.2e-4, "USDT"));
        assertEquals("12.346", BacktestResultFiles.coinText(12.3456, "USDT"));
        assertEquals("100", BacktestResultFiles.coinText(100.0, "USDT"));
    }

    @Test
    void shouldRoundFixedHalfEvenOnTheExactValue()
    {
        assertEquals("2.67", BacktestResultFiles.fixed(2.675, 2));
        assertEquals("0.12", BacktestResultFiles.fixed(0.125, 2));
        assertEquals("-0.00", BacktestResultFiles.fixed(-0.0, 2));
    }
}
