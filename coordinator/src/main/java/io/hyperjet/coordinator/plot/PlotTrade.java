package io.hyperjet.coordinator.plot;

import com.fasterxml.jackson.databind.JsonNode;

import io.hyperjet.worker.backtest.Trade;

/**
 * What the plots draw of one trade, from a backtest in this process or a backtest-result file.
 */
record PlotTrade(String pair, long openMs, long closeMs, double openRate, double closeRate, double profitRatio,
    double profitAbs, String exitReason, boolean isShort)
{
    static PlotTrade of(final Trade t)
    {
        return new PlotTrade(t.pair, t.openTimeMs, t.closeTimeMs, t.openRate, t.closeRate, t.profitRatio, t.profitAbs,
            t.exitReason, t.isShort);
    }

    /** From a trade of a backtest-result file (Freqtrade's field names). */
    static PlotTrade of(final JsonNode t)
    {
        return new PlotTrade(t.path("pair").asText(), t.path("open_timestamp").asLong(),
            t.path("close_timestamp").asLong(), t.path("open_rate").asDouble(), t.path("close_rate").asDouble(),
            t.path("profit_ratio").asDouble(), t.path("profit_abs").asDouble(), t.path("exit_reason").asText(),
            t.path("is_short").asBoolean());
    }
}
