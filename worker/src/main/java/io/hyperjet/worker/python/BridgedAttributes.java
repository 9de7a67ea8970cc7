package io.hyperjet.worker.python;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.hyperjet.worker.strategy.Strategy;

/**
 * Copies the attributes the bridge read from a Python strategy class (python-strategies.md 3.2) onto the Java
 * strategy. An attribute the class leaves None keeps Hyperjet's default, as Freqtrade then uses the config or its
 * own default; the config overrides are applied later, by the caller, as for a Java strategy.
 */
final class BridgedAttributes
{
    private BridgedAttributes()
    {
    }

    static void apply(final Strategy s, final JsonNode a)
    {
        if (a.path("timeframe").isTextual())
        {
            s.timeframe(a.path("timeframe").asText());
        }
        if (a.path("minimal_roi").isObject())
        {
            s.minimalRoi(roi(a.path("minimal_roi")));
        }
        if (a.path("stoploss").isNumber())
        {
            s.stoploss(a.path("stoploss").asDouble());
        }
        s.trailingStop(a.path("trailing_stop").asBoolean(false));
        if (a.path("trailing_stop_positive").isNumber())
        {
            s.trailingStopPositive(a.path("trailing_stop_positive").asDouble());
        }
        s.trailingStopPositiveOffset(a.path("trailing_stop_positive_offset").asDouble(0.0));
        s.trailingOnlyOffsetIsReached(a.path("trailing_only_offset_is_reached").asBoolean(false));
        s.startupCandleCount(a.path("startup_candle_count").asInt(0));
        s.useCustomStoploss(a.path("use_custom_stoploss").asBoolean(false));
        s.canShort(a.path("can_short").asBoolean(false));
        if (a.path("use_exit_signal").isBoolean())
        {
            s.useExitSignal(a.path("use_exit_signal").asBoolean());
        }
        if (a.path("exit_profit_only").isBoolean())
        {
            s.exitProfitOnly(a.path("exit_profit_only").asBoolean());
        }
        if (a.path("ignore_roi_if_entry_signal").isBoolean())
        {
            s.ignoreRoiIfEntrySignal(a.path("ignore_roi_if_entry_signal").asBoolean());
        }
        if (a.path("exit_profit_offset").isNumber())
        {
            s.exitProfitOffset(a.path("exit_profit_offset").asDouble());
        }
        if (a.path("max_open_trades").isNumber())
        {
            s.maxOpenTrades(a.path("max_open_trades").asInt());
        }
    }

    private static TreeMap<Integer, Double> roi(final JsonNode table)
    {
        final TreeMap<Integer, Double> roi = new TreeMap<>();
        for (final Map.Entry<String, JsonNode> e : table.properties())
        {
            roi.put(Integer.parseInt(e.getKey()), e.getValue().asDouble());
        }
        return roi;
    }
}
