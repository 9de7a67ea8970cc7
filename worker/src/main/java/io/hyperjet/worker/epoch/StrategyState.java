package io.hyperjet.worker.epoch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.worker.strategy.Parameter;
import io.hyperjet.worker.strategy.Strategy;

/**
 * The values a strategy was loaded with (parameter values and the attributes a params file can set: ROI,
 * stoploss, trailing, max_open_trades), captured by the coordinator at the start of a run and applied by every
 * worker and by a resume. A params file exported during the run (the best epoch so far) must not change the
 * epochs that follow, or a resumed run would differ from an uninterrupted one.
 */
public final class StrategyState
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StrategyState()
    {
    }

    /**
     * Captures a strategy's current values.
     *
     * @param strategy the loaded strategy.
     * @return the state as JSON.
     */
    public static ObjectNode capture(final Strategy strategy)
    {
        final ObjectNode state = MAPPER.createObjectNode();
        final ObjectNode params = state.putObject("params");
        for (final Parameter p : strategy.parameters().list())
        {
            params.set(p.name(), MAPPER.valueToTree(p.valueAsObject()));
        }
        final ObjectNode roi = state.putObject("minimal_roi");
        for (final Map.Entry<Integer, Double> e : strategy.minimalRoi().entrySet())
        {
            roi.put(Integer.toString(e.getKey()), e.getValue());
        }
        state.put("stoploss", strategy.stoploss());
        state.put("trailing_stop", strategy.trailingStop());
        state.put("trailing_stop_positive", strategy.trailingStopPositive());
        state.put("trailing_stop_positive_offset", strategy.trailingStopPositiveOffset());
        state.put("trailing_only_offset_is_reached", strategy.trailingOnlyOffsetIsReached());
        state.put("max_open_trades", strategy.maxOpenTrades());
        return state;
    }

    /**
     * Applies a captured state.
     *
     * @param strategy a strategy of the same class.
     * @param state    from {@link #capture}.
     */
    public static void apply(final Strategy strategy, final JsonNode state)
    {
        final Map<String, Object> values = new LinkedHashMap<>();
        for (final Map.Entry<String, JsonNode> e : state.path("params").properties())
        {
            values.put(e.getKey(), EpochParams.plain(e.getValue()));
        }
        strategy.parameters().setValues(values);
        final Map<Integer, Double> roi = new TreeMap<>();
        for (final Map.Entry<String, JsonNode> e : state.path("minimal_roi").properties())
        {
            roi.put(Integer.parseInt(e.getKey()), e.getValue().asDouble());
        }
        strategy.minimalRoi(roi);
        strategy.stoploss(number(state.path("stoploss")));
        strategy.trailingStop(state.path("trailing_stop").asBoolean());
        strategy.trailingStopPositive(number(state.path("trailing_stop_positive")));
        strategy.trailingStopPositiveOffset(number(state.path("trailing_stop_positive_offset")));
        strategy.trailingOnlyOffsetIsReached(state.path("trailing_only_offset_is_reached").asBoolean());
        strategy.maxOpenTrades(state.path("max_open_trades").asInt());
    }

    /* Jackson writes NaN as a string unless told otherwise; both forms read back as NaN here. */
    private static double number(final JsonNode node)
    {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }
}
