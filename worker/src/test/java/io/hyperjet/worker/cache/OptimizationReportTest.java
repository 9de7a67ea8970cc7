package io.hyperjet.worker.cache;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptimizationReportTest
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final OptimizationReport.Switches ALL_ON =
        new OptimizationReport.Switches(true, true, true, true, true, true);

    private static JsonNode extras(final String backtester, final String reason, final long signalHits)
        throws Exception
    {
        return MAPPER.readTree("{\"backtester\": \"" + backtester + "\", \"fallback_reason\": " +
            (null == reason ? "null" : "\"" + reason + "\"") + ", \"caches\": {\"indicator\": {\"enabled\": false}," +
            " \"signal\": {\"enabled\": true, \"hits\": " + signalHits + ", \"misses\": 2, \"max_bytes\": 10}}}");
    }

    @Test
    void shouldSumTheLatestCumulativeCountersPerWorker() throws Exception
    {
        final OptimizationReport report = new OptimizationReport();
        report.onEpoch(1, extras("vectorized", null, 3));
        report.onEpoch(2, extras("vectorized", null, 5));
        report.onEpoch(1, extras("vectorized", null, 7));
        final CacheStats signal = report.signalStats();
        assertEquals(12, signal.hits());
        assertEquals(4, signal.misses());
        assertEquals(20, signal.maxBytes());
        assertEquals(false, report.indicatorStats().enabled());
    }

    @Test
    void shouldCountFallbacksByReason() throws Exception
    {
        final OptimizationReport report = new OptimizationReport();
        report.onEpoch(1, extras("vectorized", null, 0));
        report.onEpoch(1, extras("iterative", "custom callbacks", 0));
        report.onEpoch(1, extras("iterative", "custom callbacks", 0));
        assertEquals(1, report.vectorizedEpochs());
        assertEquals(2, report.iterativeEpochs());
        assertEquals(2, report.json(ALL_ON).path("backtester").path("fallback_reasons").path("custom callbacks")
            .asLong());
        assertTrue(report.render(ALL_ON).contains("2 epochs fell back to iterative: custom callbacks"),
            report.render(ALL_ON));
    }

    @Test
    void shouldStateWhichOptimizationsWereActive()
    {
        final String text = new OptimizationReport().render(
            new OptimizationReport.Switches(false, true, true, false, true, false));
        assertTrue(text.startsWith("Optimizations: vectorized backtesting off, numpy_optimizations on, " +
            "shared memory off (dataset below shared_memory_threshold_mb), indicator cache on, signal cache off"),
            text);
    }
}
