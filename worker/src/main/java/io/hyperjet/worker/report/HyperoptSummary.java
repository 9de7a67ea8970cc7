package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * The end-of-run summary of the best hyperopt epoch, as Freqtrade prints it: the epoch line with its objective,
 * then the parameters per space as Python literals ready to paste into a strategy.
 */
public final class HyperoptSummary
{
    private static final String[][] SPACES = {
        {"buy", "Buy hyperspace params:"},
        {"sell", "Sell hyperspace params:"},
        {"protection", "Protection hyperspace params:"},
    };

    private HyperoptSummary()
    {
    }

    /**
     * The epoch line: {@code *    4/100:     10 trades. ... Objective: -4.95444}.
     *
     * @param epoch       an epoch object as written to the {@code .fthypt} file.
     * @param totalEpochs epochs of the run.
     * @return the line.
     */
    public static String epochLine(final JsonNode epoch, final int totalEpochs)
    {
        return (epoch.path("is_initial_point").asBoolean() ? "*" : " ") +
            FthyptLine.padLeft(Integer.toString(epoch.path("current_epoch").asInt()), 5) + "/" + totalEpochs + ": " +
            epoch.path("results_explanation").asText() + " Objective: " +
            BacktestResultFiles.fixed(epoch.path("loss").asDouble(), 5);
    }

    /**
     * The whole summary of the best epoch.
     *
     * @param best        the best epoch object, or null when no epoch was best.
     * @param totalEpochs epochs of the run.
     * @return the text, ending with a line break.
     */
    public static String render(final JsonNode best, final int totalEpochs)
    {
        if (best == null)
        {
            return "No epochs evaluated yet, no best result.\n";
        }
        final StringBuilder sb = new StringBuilder("Best result:\n\n").append(epochLine(best, totalEpochs))
            .append("\n");
        final JsonNode details = best.path("params_details");
        final JsonNode fixed = best.path("params_not_optimized");
        for (final String[] space : SPACES)
        {
            final JsonNode values = merged(details.path(space[0]), fixed.path(space[0]));
            if (values != null && values.size() > 0)
            {
                sb.append("\n    # ").append(space[1]).append('\n');
                dict(sb, space[0] + "_params", values);
            }
        }
        final JsonNode roi = details.has("roi") ? details.get("roi") : fixed.path("roi");
        if (roi.isObject())
        {
            sb.append("\n    # ROI table:\n");
            dict(sb, "minimal_roi", roi);
        }
        final JsonNode stoploss = details.has("stoploss") ? details.get("stoploss") : fixed.path("stoploss");
        assignments(sb, "Stoploss:", stoploss);
        final JsonNode trailing = details.has("trailing") ? details.get("trailing") : fixed.path("trailing");
        assignments(sb, "Trailing stop:", trailing);
        final JsonNode mot = details.has("max_open_trades") ? details.get("max_open_trades") :
            fixed.path("max_open_trades");
        assignments(sb, "Max Open Trades:", mot);
        return sb.toString();
    }

    private static JsonNode merged(final JsonNode optimized, final JsonNode notOptimized)
    {
        if (!notOptimized.isObject() || notOptimized.size() == 0)
        {
            return optimized.isObject() ? optimized : null;
        }
        final ObjectNode out = notOptimized.deepCopy();
        if (optimized.isObject())
        {
            out.setAll((ObjectNode)optimized);
        }
        return out;
    }

    private static void dict(final StringBuilder sb, final String name, final JsonNode values)
    {
        sb.append("    ").append(name).append(" = {\n");
        for (final Map.Entry<String, JsonNode> e : values.properties())
        {
            sb.append("        \"").append(e.getKey()).append("\": ").append(literal(e.getValue())).append(",\n");
        }
        sb.append("    }\n");
    }

    private static void assignments(final StringBuilder sb, final String header, final JsonNode values)
    {
        if (!values.isObject() || values.size() == 0)
        {
            return;
        }
        sb.append("\n    # ").append(header).append('\n');
        for (final Map.Entry<String, JsonNode> e : values.properties())
        {
            sb.append("    ").append(e.getKey()).append(" = ").append(literal(e.getValue())).append('\n');
        }
    }

    static String literal(final JsonNode v)
    {
        if (v.isBoolean())
        {
            return v.asBoolean() ? "True" : "False";
        }
        if (v.isNull() || v.isMissingNode())
        {
            return "None";
        }
        if (v.isTextual())
        {
            return PythonJson.compact(v);
        }
        if (v.isDouble() && Double.isInfinite(v.asDouble()))
        {
            return v.asDouble() > 0 ? "float(\"inf\")" : "float(\"-inf\")";
        }
        return v.toString();
    }
}
