package io.hyperjet.worker.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;

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
    private static final String NOT_OPTIMIZED = "  # value loaded from strategy";

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
     * The whole summary of the best epoch, as Freqtrade prints it at the end of a run.
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
        return header(best, totalEpochs, "Best result") + parameters(best);
    }

    /**
     * The header of an epoch's details: a blank line, {@code <title>:}, a blank line, the epoch line, a blank line.
     *
     * @param epoch       an epoch object as written to the {@code .fthypt} file.
     * @param totalEpochs epochs of the run.
     * @param title       e.g. {@code Best result} or {@code Epoch details}.
     * @return the text, ending with a line break.
     */
    public static String header(final JsonNode epoch, final int totalEpochs, final String title)
    {
        return "\n" + title + ":\n\n" + epochLine(epoch, totalEpochs) + "\n\n";
    }

    /**
     * An epoch's parameters per space as Python literals to paste into a strategy, in Freqtrade's layout: floats
     * rounded to 5 decimals, the ROI table as indented JSON, and {@code # value loaded from strategy} after each value
     * that was not optimized.
     *
     * @param epoch an epoch object as written to the {@code .fthypt} file.
     * @return the text, each space's block starting with a blank line; empty when no space has values.
     */
    public static String parameters(final JsonNode epoch)
    {
        final JsonNode details = epoch.path("params_details");
        final JsonNode fixed = epoch.path("params_not_optimized");
        final StringBuilder sb = new StringBuilder();
        for (final String[] space : SPACES)
        {
            final JsonNode optimized = values(details, space[0]);
            final JsonNode notOptimized = values(fixed, space[0]);
            if (optimized.size() > 0 || notOptimized.size() > 0)
            {
                blockHeader(sb, space[1], "");
                sb.append("    ").append(space[0]).append("_params = {\n");
                final Set<String> keys = new LinkedHashSet<>();
                optimized.fieldNames().forEachRemaining(keys::add);
                notOptimized.fieldNames().forEachRemaining(keys::add);
                for (final String key : keys)
                {
                    final boolean loaded = notOptimized.has(key);
                    final JsonNode value = loaded ? notOptimized.get(key) : optimized.get(key);
                    sb.append("        \"").append(key).append("\": ")
                        .append(value.isTextual() ? "\"" + value.asText() + "\"" : text(value)).append(',')
                        .append(loaded ? NOT_OPTIMIZED : "").append('\n');
                }
                sb.append("    }\n");
            }
        }
        roi(sb, values(details, "roi"), values(fixed, "roi"));
        single(sb, "Stoploss:", "stoploss", values(details, "stoploss"), values(fixed, "stoploss"));
        final JsonNode trailing = values(details, "trailing");
        final JsonNode trailingFixed = values(fixed, "trailing");
        if (trailing.size() > 0 || trailingFixed.size() > 0)
        {
            final JsonNode shown = trailing.size() > 0 ? trailing : trailingFixed;
            blockHeader(sb, "Trailing stop:", "");
            for (final Map.Entry<String, JsonNode> e : shown.properties())
            {
                sb.append("    ").append(e.getKey()).append(" = ").append(text(e.getValue()))
                    .append(trailing.size() > 0 ? "" : NOT_OPTIMIZED).append('\n');
            }
            // Freqtrade ends this block with a line break of its own, which its indentation turns into a line of spaces
            sb.append("    \n");
        }
        single(sb, "Max Open Trades:", "max_open_trades", values(details, "max_open_trades"),
            values(fixed, "max_open_trades"));
        return sb.toString();
    }

    private static JsonNode values(final JsonNode spaces, final String space)
    {
        final JsonNode values = spaces.path(space);
        return values.isObject() ? values : MissingNode.getInstance();
    }

    private static void blockHeader(final StringBuilder sb, final String header, final String appendix)
    {
        sb.append("\n    # ").append(header).append(appendix).append('\n');
    }

    private static void roi(final StringBuilder sb, final JsonNode optimized, final JsonNode notOptimized)
    {
        if (optimized.size() == 0 && notOptimized.size() == 0)
        {
            return;
        }
        final JsonNode table = optimized.size() > 0 ? optimized : notOptimized;
        blockHeader(sb, "ROI table:", optimized.size() > 0 ? "" : NOT_OPTIMIZED);
        sb.append("    minimal_roi = {");
        String separator = "\n";
        for (final Map.Entry<String, JsonNode> e : table.properties())
        {
            // indented JSON, as Freqtrade writes it: no comma after the last entry
            sb.append(separator).append("        ").append(PythonJson.compact(TextNode.valueOf(e.getKey())))
                .append(": ").append(e.getValue().isTextual() ? PythonJson.compact(e.getValue()) : text(e.getValue()));
            separator = ",\n";
        }
        sb.append(table.size() > 0 ? "\n    }\n" : "}\n");
    }

    private static void single(final StringBuilder sb, final String header, final String key,
        final JsonNode optimized, final JsonNode notOptimized)
    {
        if (optimized.size() == 0 && notOptimized.size() == 0)
        {
            return;
        }
        final JsonNode value = optimized.has(key) ? optimized.get(key) : notOptimized.path(key);
        blockHeader(sb, header, "");
        sb.append("    ").append(key).append(" = ").append(text(value))
            .append(optimized.size() > 0 ? "" : NOT_OPTIMIZED).append('\n');
    }

    /* Python's str() of a value Freqtrade rounded to 5 decimals (round_dict), e.g. 0.22299999999999998 -> 0.223. */
    static String text(final JsonNode v)
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
            return v.asText();
        }
        if (v.isFloatingPointNumber())
        {
            return PyFloat.repr(round5(v.asDouble()));
        }
        return v.toString();
    }

    /* Python's round(x, 5): the exact binary value rounded half-even to 5 decimals, then the nearest double. */
    static double round5(final double x)
    {
        if (Double.isNaN(x) || Double.isInfinite(x))
        {
            return x;
        }
        final double rounded = new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
        return 0.0 == rounded ? Math.copySign(0.0, x) : rounded;
    }
}
