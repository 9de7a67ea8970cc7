package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperjet.worker.metrics.StatsCalculator;
import io.hyperjet.worker.metrics.StrategyStats;
import io.hyperjet.worker.metrics.TestTrades;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.hyperjet.worker.metrics.TestTrades.simple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FthyptLineTest
{
    private final StrategyStats stats = new StatsCalculator().compute(
        List.of(simple(10, 65, 12.5), simple(20, 5, -2.25)), TestTrades.context(3));

    @Test
    void shouldFormatResultsExplanation()
    {
        assertEquals("     2 trades. 1/0/1 Wins/Draws/Losses. Avg profit   5.12%. Median profit   5.12%. " +
            "Total profit 10.25000000 USDT (   1.03%). Avg duration 0:35:00 min.", FthyptLine.explanation(stats));
    }

    @Test
    void shouldFormatPercentLikePythonIncludingNegativeZero()
    {
        assertEquals("  0.00%", FthyptLine.percent(0.0, 7));
        assertEquals(" -0.00%", FthyptLine.percent(-1e-7, 7));
        assertEquals("-12.35%", FthyptLine.percent(-0.12345, 7));
        assertEquals("  12.12%", FthyptLine.percent(0.121249999, 8));
    }

    @Test
    void shouldBuildEpochLineWithFlags()
    {
        final ObjectNode params = JsonNodeFactory.instance.objectNode().put("buy_rsi", 31);
        final ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.putObject("buy").put("buy_rsi", 31);
        final ObjectNode epoch = FthyptLine.epoch(-1.25, params, details, JsonNodeFactory.instance.objectNode(),
            stats, new ReportSettings().maxOpenTrades(Double.POSITIVE_INFINITY), 31, true, true);
        assertEquals(-1.25, epoch.get("loss").asDouble());
        assertFalse(epoch.get("is_initial_point").asBoolean());
        assertTrue(epoch.get("is_best").asBoolean());
        assertTrue(epoch.get("is_random").asBoolean());
        assertEquals(2, epoch.get("fthypt_fileversion").asInt());
        assertEquals(stats.profitTotal, epoch.get("total_profit").asDouble());
        assertEquals(2, epoch.get("results_metrics").get("trades").size());
        assertFalse(epoch.get("results_metrics").has("periodic_breakdown"));
        assertEquals(-1, epoch.get("results_metrics").get("max_open_trades_setting").asInt());
        final String line = FthyptLine.line(epoch);
        assertFalse(line.contains("\n"));
    }

    @Test
    void shouldWriteAndReadBareNonFiniteNumbers() throws Exception
    {
        final ObjectNode o = JsonNodeFactory.instance.objectNode().put("max_open_trades", Double.POSITIVE_INFINITY);
        final String text = PythonJson.compact(o);
        assertEquals("{\"max_open_trades\":Infinity}", text);
        final JsonNode back = JsonSupport.mapper().readTree(text);
        assertEquals(Double.POSITIVE_INFINITY, back.get("max_open_trades").asDouble());
    }

    @Test
    void shouldRewriteLastResultFile(@TempDir final Path dir) throws Exception
    {
        final String name = FthyptLine.fileName("SampleStrategy", "2024-10-24_12-34-56");
        assertEquals("strategy_SampleStrategy_2024-10-24_12-34-56.fthypt", name);
        FthyptLine.writeLastResult(dir, name);
        assertEquals("{\"latest_hyperopt\":\"" + name + "\"}", Files.readString(dir.resolve(".last_result.json")));
    }
}
