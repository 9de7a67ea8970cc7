package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperjet.worker.metrics.StatsLine;
import io.hyperjet.worker.metrics.StrategyStats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The backtest result files of backtest-semantics.md 10.1: {@code backtest-result-<time>.json},
 * {@code backtest-result-<time>.meta.json} and {@code .last_result.json} in the export directory.
 */
public final class BacktestResultFiles
{
    /** Local run time in file names. */
    public static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    private BacktestResultFiles()
    {
    }

    /**
     * The whole result document of one strategy: metadata, stats (with trades and periodic breakdown) and the
     * comparison line.
     *
     * @param stats    computed stats.
     * @param settings reported settings.
     * @param runId    a stable hex id of the run.
     * @return {@code {"metadata": ..., "strategy": {name: stats}, "strategy_comparison": [line]}}.
     */
    public static ObjectNode document(final StrategyStats stats, final ReportSettings settings, final String runId)
    {
        final ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("metadata", metadata(stats, settings, runId));
        root.putObject("strategy").set(settings.strategyName(), StatsJson.write(stats, settings, true, true));
        final ObjectNode line = LineJson.write(totalLine(stats), root);
        line.put("key", settings.strategyName());
        line.put("max_drawdown_account", stats.maxDrawdownAccount);
        line.put("max_drawdown_abs", coinText(stats.maxDrawdownAbs, stats.context.stakeCurrency()));
        root.putArray("strategy_comparison").add(line);
        return root;
    }

    /**
     * The metadata object ({@code .meta.json} content).
     *
     * @param stats    computed stats.
     * @param settings reported settings.
     * @param runId    a stable hex id of the run.
     * @return {@code {name: {run_id, backtest_start_time, timeframe, timeframe_detail, backtest_start_ts,
     * backtest_end_ts}}}.
     */
    public static ObjectNode metadata(final StrategyStats stats, final ReportSettings settings, final String runId)
    {
        final ObjectNode root = JsonNodeFactory.instance.objectNode();
        final ObjectNode m = root.putObject(settings.strategyName());
        m.put("run_id", runId);
        m.put("backtest_start_time", settings.runStartEpochS());
        m.put("timeframe", stats.context.timeframe());
        if (settings.timeframeDetail().isEmpty())
        {
            m.putNull("timeframe_detail");
        }
        else
        {
            m.put("timeframe_detail", settings.timeframeDetail());
        }
        m.put("backtest_start_ts", Math.floorDiv(stats.context.minDateMs(), 1000L));
        m.put("backtest_end_ts", Math.floorDiv(stats.context.maxDateMs(), 1000L));
        return root;
    }

    /**
     * Write the three files.
     *
     * @param exportDir the export directory (created if missing).
     * @param runTime   local wall-clock time of the run (names the files).
     * @param stats     computed stats.
     * @param settings  reported settings.
     * @param runId     a stable hex id of the run.
     * @return the result file written.
     */
    public static Path write(final Path exportDir, final LocalDateTime runTime, final StrategyStats stats,
        final ReportSettings settings, final String runId)
    {
        try
        {
            Files.createDirectories(exportDir);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create " + exportDir, ex);
        }
        final String base = "backtest-result-" + FILE_TIME.format(runTime);
        final Path result = exportDir.resolve(base + ".json");
        final ObjectNode doc = document(stats, settings, runId);
        PythonJson.writeAtomically(result, PythonJson.indented(doc, 4));
        PythonJson.writeAtomically(exportDir.resolve(base + ".meta.json"),
            PythonJson.indented(doc.get("metadata"), 4));
        final ObjectNode last = JsonNodeFactory.instance.objectNode();
        last.put("latest_backtest", result.getFileName().toString());
        PythonJson.writeAtomically(exportDir.resolve(".last_result.json"), PythonJson.indented(last, 4));
        return result;
    }

    /**
     * A money value with the stake currency's decimals, trailing zeros and a trailing point removed.
     *
     * @param value    the value.
     * @param currency the stake currency.
     * @return e.g. {@code "0.0002"}.
     */
    public static String coinText(final double value, final String currency)
    {
        String text = fixed(value, ReportSettings.decimalsOf(currency));
        if (text.indexOf('.') >= 0)
        {
            int end = text.length();
            while (text.charAt(end - 1) == '0')
            {
                end--;
            }
            if (text.charAt(end - 1) == '.')
            {
                end--;
            }
            text = text.substring(0, end);
        }
        return text;
    }

    /**
     * Python's {@code f"{value:.{decimals}f}"}: exact value rounded half-even, sign kept for negative zero.
     *
     * @param value    the value.
     * @param decimals decimal places.
     * @return the text.
     */
    public static String fixed(final double value, final int decimals)
    {
        if (!Double.isFinite(value))
        {
            return Double.isNaN(value) ? "nan" : (value > 0 ? "inf" : "-inf");
        }
        final String text = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        final boolean negative = value < 0.0 || (value == 0.0 && 1.0 / value < 0.0);
        return negative && text.charAt(0) != '-' ? "-" + text : text;
    }

    static StatsLine totalLine(final StrategyStats stats)
    {
        return stats.resultsPerPair.get(stats.resultsPerPair.size() - 1);
    }
}
