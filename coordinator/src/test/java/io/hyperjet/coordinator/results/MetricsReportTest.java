package io.hyperjet.coordinator.results;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsReportTest
{
    @Test
    void shouldSayNoTradesMadeForAnEpochWithoutTrades()
    {
        final ObjectNode m = metrics(0);
        m.put("stake_amount", 2.0);
        final String text = MetricsReport.render(m, List.of());
        assertTrue(text.endsWith("\nNo trades made. Your starting balance was 1 BTC, and your stake was 2 BTC.\n"),
            text);
        assertFalse(text.contains("SUMMARY METRICS"), text);
    }

    @Test
    void shouldPrintWinRateAsFreqtradeInPerPairTable()
    {
        final ObjectNode m = metrics(9);
        m.put("stake_amount", "unlimited");
        m.putArray("results_per_pair").addObject().put("key", "DASH/BTC").put("trades", 9).put("wins", 5)
            .put("draws", 4).put("losses", 0).put("duration_avg", "1:42:00");
        final String text = MetricsReport.render(m, List.of());
        assertTrue(text.contains("|    5     4     0   100 |"), text);
        assertTrue(text.contains("SUMMARY METRICS"), text);
    }

    private static ObjectNode metrics(final int trades)
    {
        final ObjectNode m = JsonNodeFactory.instance.objectNode();
        m.put("strategy_name", "SampleStrategy");
        m.put("stake_currency", "BTC");
        m.put("starting_balance", 1.0);
        m.put("total_trades", trades);
        m.put("trades_per_day", 0.0);
        return m;
    }
}
