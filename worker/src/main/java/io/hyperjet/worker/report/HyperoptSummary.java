package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperjet.worker.metrics.PyMath;

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

    /** Freqtrade's mark on a value the run did not optimize. */
    public static final String NOT_OPTIMIZED = "  # value loaded from strategy";

    /* Freqtrade rounds the printed floats (round_dict(params, 5)). */
    private static final int DECIMALS = 5;

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
     * The whole summary of the best epoch. As in Freqtrade, values of a space the run did not optimize carry
     * {@value #NOT_OPTIMIZED}, and floats are rounded to 5 decimals.
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
            params(sb, space[0], space[1], details.path(space[0]), fixed.path(space[0]));
        }
        roi(sb, details.path("roi"), fixed.path("roi"));
        single(sb, "stoploss", "Stoploss:", details.path("stoploss"), fixed.path("stoploss"));
        trailing(sb, details.path("trailing"), fixed.path("trailing"));
        single(sb, "max_open_trades", "Max Open Trades:", details.path("max_open_trades"),
            fixed.path("max_open_trades"));
        return sb.toString();
    }

    private static boolean isEmpty(final JsonNode values)
    {
        return !values.isObject() || values.size() == 0;
    }

    /* Optimized values first, then the ones loaded from the strategy, each of those marked. */
    private static void params(final StringBuilder sb, final String space, final String header,
        final JsonNode optimized, final JsonNode notOptimized)
    {
        if (isEmpty(optimized) && isEmpty(notOptimized))
        {
            return;
        }
        sb.append("\n    # ").append(header).append('\n').append("    ").append(space).append("_params = {\n");
        if (!isEmpty(optimized))
        {
            for (final Map.Entry<String, JsonNode> e : optimized.properties())
            {
                sb.append("        \"").append(e.getKey()).append("\": ").append(literal(e.getValue())).append(",\n");
            }
        }
        if (!isEmpty(notOptimized))
        {
            for (final Map.Entry<String, JsonNode> e : notOptimized.properties())
            {
                if (isEmpty(optimized) || !optimized.has(e.getKey()))
                {
                    sb.append("        \"").append(e.getKey()).append("\": ").append(literal(e.getValue()))
                        .append(',').append(NOT_OPTIMIZED).append('\n');
                }
            }
        }
        sb.append("    }\n");
    }

    /* Freqtrade dumps the table as indented JSON: no comma after the last entry. */
    private static void roi(final StringBuilder sb, final JsonNode optimized, final JsonNode notOptimized)
    {
        if (isEmpty(optimized) && isEmpty(notOptimized))
        {
            return;
        }
        final JsonNode table = isEmpty(optimized) ? notOptimized : optimized;
        sb.append("\n    # ROI table:").append(isEmpty(optimized) ? NOT_OPTIMIZED : "").append("\n    minimal_roi = {");
        String separator = "\n";
        for (final Map.Entry<String, JsonNode> e : table.properties())
        {
            sb.append(separator).append("        \"").append(e.getKey()).append("\": ").append(literal(e.getValue()));
            separator = ",\n";
        }
        sb.append("\n    }\n");
    }

    private static void single(final StringBuilder sb, final String key, final String header,
        final JsonNode optimized, final JsonNode notOptimized)
    {
        final JsonNode value = optimized.has(key) ? optimized.get(key) : notOptimized.get(key);
        if (null == value)
        {
            return;
        }
        sb.append("\n    # ").append(header).append("\n    ").append(key).append(" = ").append(literal(value))
            .append(isEmpty(optimized) ? NOT_OPTIMIZED : "").append('\n');
    }

    private static void trailing(final StringBuilder sb, final JsonNode optimized, final JsonNode notOptimized)
    {
        if (isEmpty(optimized) && isEmpty(notOptimized))
        {
            return;
        }
        final String appendix = isEmpty(optimized) ? NOT_OPTIMIZED : "";
        sb.append("\n    # Trailing stop:\n");
        for (final Map.Entry<String, JsonNode> e : (isEmpty(optimized) ? notOptimized : optimized).properties())
        {
            sb.append("    ").append(e.getKey()).append(" = ").append(literal(e.getValue())).append(appendix)
                .append('\n');
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
        if (v.isFloatingPointNumber() && Double.isInfinite(v.asDouble()))
        {
            return v.asDouble() > 0 ? "float(\"inf\")" : "float(\"-inf\")";
        }
        if (v.isFloatingPointNumber())
        {
            return PyFloat.repr(PyMath.roundPy(v.asDouble(), DECIMALS));
        }
        return v.toString();
    }
}
