package io.hyperjet.coordinator.results;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperjet.worker.report.BacktestTables;
import io.hyperjet.worker.report.TextTable;

import java.util.List;

/**
 * The {@code hyperopt-list} table: one row per epoch with Freqtrade's columns and cell formats.
 */
public final class EpochTable
{
    /** Loss of an epoch with too few trades; shown as N/A. */
    static final double MAX_LOSS = 100000;

    private EpochTable()
    {
    }

    /**
     * Render the table.
     *
     * @param epochs        the epochs to list, in order.
     * @param totalEpochs   epochs in the file.
     * @param stakeCurrency currency shown with money values.
     * @return the text, ending with a line break.
     */
    public static String render(final List<JsonNode> epochs, final int totalEpochs, final String stakeCurrency)
    {
        boolean accountDrawdown = false;
        for (final JsonNode epoch : epochs)
        {
            accountDrawdown |= epoch.path("results_metrics").has("max_drawdown_account");
        }
        final TextTable table = new TextTable(null, "Best", "Epoch", "Trades", "Win  Draw  Loss  Win%", "Avg profit",
            "Profit", "Avg duration", "Objective", accountDrawdown ? "Max Drawdown (Acct)" : "Max Drawdown");
        final int epochWidth = Integer.toString(totalEpochs).length();
        for (final JsonNode epoch : epochs)
        {
            final JsonNode m = epoch.path("results_metrics");
            table.row(marker(epoch),
                PyFormat.padLeft(Integer.toString(epoch.path("current_epoch").asInt()), epochWidth) + "/" + totalEpochs,
                Integer.toString(m.path("total_trades").asInt()),
                m.has("wins") ? BacktestTables.winsDrawsLosses(m.path("wins").asInt(), m.path("draws").asInt(),
                    m.path("losses").asInt()) : "N/A",
                avgProfit(m.path("profit_mean")),
                profit(m, stakeCurrency),
                avgDuration(m.path("holding_avg")),
                objective(epoch.path("loss").asDouble()),
                drawdown(m, stakeCurrency));
        }
        return table.render();
    }

    /**
     * Freqtrade's Best column: {@code "Best"}, {@code "* Best"}, {@code "*"} for an initial or random point.
     *
     * @param epoch the epoch.
     * @return the marker, possibly empty.
     */
    static String marker(final JsonNode epoch)
    {
        final boolean initial = epoch.path("is_initial_point").asBoolean(false) ||
            epoch.path("is_random").asBoolean(false);
        final boolean best = epoch.path("is_best").asBoolean(false);
        if (best)
        {
            return initial ? "* Best" : "Best";
        }
        return initial ? "*" : "";
    }

    private static String avgProfit(final JsonNode profitMean)
    {
        return PyFormat.padLeft(isNumber(profitMean) ? PyFormat.percent(profitMean.asDouble()) : "--", 7);
    }

    private static String profit(final JsonNode m, final String currency)
    {
        final double abs = m.path("profit_total_abs").asDouble(0.0);
        if (abs == 0.0)
        {
            return PyFormat.padLeft("--", 25 + currency.length());
        }
        return PyFormat.padLeft(PyFormat.coin(abs, currency) + " " +
            PyFormat.padLeft("(" + PyFormat.percent(m.path("profit_total").asDouble()) + ")", 10), 25 + currency.length());
    }

    private static String drawdown(final JsonNode m, final String currency)
    {
        final double legacy = m.path("max_drawdown").asDouble(0.0);
        final JsonNode account = m.has("max_drawdown_account") ? m.get("max_drawdown_account") : m.path("max_drawdown");
        if (legacy == 0.0 && account.asDouble(0.0) == 0.0)
        {
            return PyFormat.padLeft("--", 25 + currency.length());
        }
        return PyFormat.padLeft(PyFormat.coin(m.path("max_drawdown_abs").asDouble(0.0), currency) + " " +
            PyFormat.padLeft("(" + PyFormat.percent(account.asDouble()) + ")", 10), 25 + currency.length());
    }

    private static String avgDuration(final JsonNode holdingAvg)
    {
        if (holdingAvg.isFloatingPointNumber())
        {
            return PyFormat.padLeft(PyFormat.grouped(holdingAvg.asDouble(), 1) + " m", 7);
        }
        if (holdingAvg.isMissingNode() || holdingAvg.isNull())
        {
            return PyFormat.padLeft("--", 7);
        }
        return holdingAvg.asText();
    }

    static String objective(final double loss)
    {
        return PyFormat.padLeft(loss == MAX_LOSS ? "N/A" : PyFormat.grouped(loss, 5), 8);
    }

    private static boolean isNumber(final JsonNode n)
    {
        return n.isNumber() && !Double.isNaN(n.asDouble());
    }
}
