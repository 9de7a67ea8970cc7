package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperjet.worker.loss.LossRules;
import io.hyperjet.worker.metrics.DurationText;
import io.hyperjet.worker.metrics.StrategyStats;

import java.nio.file.Path;

/**
 * One line of a {@code .fthypt} file (backtest-semantics.md 10.4) and the {@code results_explanation} text.
 */
public final class FthyptLine
{
    /** {@code fthypt_fileversion} written on every line. */
    public static final int FILE_VERSION = 2;
    /** Epochs up to this number are initial points. */
    public static final int INITIAL_POINTS = 30;

    private FthyptLine()
    {
    }

    /**
     * Build the epoch object.
     *
     * @param loss               the epoch's loss ({@link LossRules#MAX_LOSS} is written as the integer 100000).
     * @param paramsDict         flat {@code {dimension: value}}.
     * @param paramsDetails      per optimized space.
     * @param paramsNotOptimized per space that is not optimized.
     * @param stats              the epoch's stats (written with trades, without periodic breakdown).
     * @param settings           reported settings.
     * @param currentEpoch       1-based epoch number.
     * @param isBest             section 9's best rule.
     * @param isRandom           the point was drawn at random.
     * @return the epoch object.
     */
    public static ObjectNode epoch(final double loss, final JsonNode paramsDict, final JsonNode paramsDetails,
        final JsonNode paramsNotOptimized, final StrategyStats stats, final ReportSettings settings,
        final int currentEpoch, final boolean isBest, final boolean isRandom)
    {
        final ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (loss == LossRules.MAX_LOSS)
        {
            o.put("loss", (long)LossRules.MAX_LOSS);
        }
        else
        {
            o.put("loss", loss);
        }
        o.set("params_dict", paramsDict);
        o.set("params_details", paramsDetails);
        o.set("params_not_optimized", paramsNotOptimized);
        o.set("results_metrics", StatsJson.write(stats, settings, true, false));
        o.put("results_explanation", explanation(stats));
        o.put("total_profit", stats.profitTotal);
        o.put("current_epoch", currentEpoch);
        o.put("is_initial_point", currentEpoch <= INITIAL_POINTS);
        o.put("is_random", isRandom);
        o.put("is_best", isBest);
        o.put("fthypt_fileversion", FILE_VERSION);
        return o;
    }

    /**
     * The epoch as one line of text (no line break).
     *
     * @param epoch the epoch object.
     * @return the line.
     */
    public static String line(final ObjectNode epoch)
    {
        return PythonJson.compact(epoch);
    }

    /**
     * {@code results_explanation}: {@code "    10 trades. 8/1/1 Wins/Draws/Losses. Avg profit   1.46%. Median
     * profit   2.22%. Total profit  0.00732163 BTC (   0.73%). Avg duration 6:35:00 min."}.
     *
     * @param s the stats.
     * @return the text.
     */
    public static String explanation(final StrategyStats s)
    {
        return padLeft(Integer.toString(s.totalTrades), 6) + " trades. " +
            s.wins + "/" + s.draws + "/" + s.losses + " Wins/Draws/Losses. " +
            "Avg profit " + percent(s.profitMean, 7) + ". " +
            "Median profit " + percent(s.profitMedian, 7) + ". " +
            "Total profit " + padLeft(BacktestResultFiles.fixed(s.profitTotalAbs, 8), 11) + " " +
            s.context.stakeCurrency() + " (" + percent(s.profitTotal, 8) + "). " +
            "Avg duration " + DurationText.ofMinutes(s.holdingAvgMinutes) + " min.";
    }

    /**
     * Python's {@code f"{x:{width}.2%}"}: x × 100 with 2 decimals and a percent sign, right-aligned.
     *
     * @param x     the ratio.
     * @param width total width including the percent sign.
     * @return the text.
     */
    public static String percent(final double x, final int width)
    {
        return padLeft(BacktestResultFiles.fixed(x * 100.0, 2) + "%", width);
    }

    static String padLeft(final String text, final int width)
    {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    /**
     * Name of a hyperopt results file.
     *
     * @param strategyClass strategy class name.
     * @param runTime       local time text {@code YYYY-mm-dd_HH-MM-SS}.
     * @return {@code strategy_<class>_<time>.fthypt}.
     */
    public static String fileName(final String strategyClass, final String runTime)
    {
        return "strategy_" + strategyClass + "_" + runTime + ".fthypt";
    }

    /**
     * Rewrite {@code .last_result.json} of the hyperopt results directory.
     *
     * @param resultsDir the directory holding the {@code .fthypt} file.
     * @param fthyptName file name of the results file.
     */
    public static void writeLastResult(final Path resultsDir, final String fthyptName)
    {
        final ObjectNode last = JsonNodeFactory.instance.objectNode();
        last.put("latest_hyperopt", fthyptName);
        PythonJson.writeAtomically(resultsDir.resolve(".last_result.json"), PythonJson.compact(last));
    }
}
