package io.hyperjet.coordinator.results;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hyperjet.worker.report.PythonJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Small hand-made {@code .fthypt} epochs and files for the results and CLI tests.
 */
public final class FthyptFixtures
{
    private FthyptFixtures()
    {
    }

    /**
     * An epoch with the fields hyperopt-list and hyperopt-show read.
     *
     * @param epochNumber 1-based epoch.
     * @param loss        objective.
     * @param trades      total trades.
     * @param profitMean  mean profit ratio.
     * @param profitAbs   total profit in USDT (the ratio is this / 1000).
     * @param best        is_best.
     * @return the epoch object.
     */
    public static ObjectNode epoch(final int epochNumber, final double loss, final int trades, final double profitMean,
        final double profitAbs, final boolean best)
    {
        final JsonNodeFactory f = JsonNodeFactory.instance;
        final ObjectNode e = f.objectNode();
        e.put("loss", loss);
        final ObjectNode dict = e.putObject("params_dict");
        dict.put("buy_rsi", 20 + epochNumber);
        dict.put("stoploss", -0.1);
        final ObjectNode details = e.putObject("params_details");
        details.putObject("buy").put("buy_rsi", 20 + epochNumber);
        details.putObject("stoploss").put("stoploss", -0.1);
        final ObjectNode fixed = e.putObject("params_not_optimized");
        fixed.putObject("sell").put("sell_rsi", 70);
        fixed.putObject("roi").put("0", 0.05);
        final ObjectNode m = e.putObject("results_metrics");
        m.put("strategy_name", "TestStrategy");
        m.put("stake_currency", "USDT");
        m.put("total_trades", trades);
        m.put("wins", trades / 2);
        m.put("draws", 0);
        m.put("losses", trades - trades / 2);
        m.put("profit_mean", profitMean);
        m.put("profit_median", profitMean / 2);
        m.put("profit_total_abs", profitAbs);
        m.put("profit_total", profitAbs / 1000.0);
        m.put("holding_avg", "1:30:00");
        m.put("trade_count_long", trades);
        m.put("trade_count_short", 0);
        m.put("max_drawdown_account", trades > 0 ? 0.05 : 0.0);
        m.put("max_drawdown_abs", trades > 0 ? 50.0 : 0.0);
        m.putArray("trades");
        e.put("results_explanation", String.format("%6d trades.", trades));
        e.put("total_profit", profitAbs / 1000.0);
        e.put("current_epoch", epochNumber);
        e.put("is_initial_point", epochNumber <= 2);
        e.put("is_random", false);
        e.put("is_best", best);
        e.put("fthypt_fileversion", 2);
        return e;
    }

    /**
     * Five epochs: losses 5, 3, 4, 1, 100000 (no trades); best are 1, 2 and 4.
     *
     * @return the epochs.
     */
    public static List<ObjectNode> fiveEpochs()
    {
        return List.of(
            epoch(1, 5.0, 10, -0.01, -20.0, true),
            epoch(2, 3.0, 20, 0.02, 40.0, true),
            epoch(3, 4.0, 30, 0.005, 15.0, false),
            epoch(4, 1.0, 40, 0.03, 120.0, true),
            epoch(5, 100000, 0, 0.0, 0.0, false));
    }

    /**
     * Write epochs as a results file and point {@code .last_result.json} at it.
     *
     * @param userData the user data directory.
     * @param name     file name.
     * @param epochs   the epochs.
     * @return the file.
     */
    public static Path write(final Path userData, final String name, final List<ObjectNode> epochs)
    {
        final Path dir = userData.resolve(HyperoptResults.RESULTS_DIR_NAME);
        final StringBuilder sb = new StringBuilder();
        for (final ObjectNode e : epochs)
        {
            sb.append(PythonJson.compact(e)).append('\n');
        }
        try
        {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), sb.toString(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(HyperoptResults.LAST_RESULT_FILE_NAME),
                "{\"latest_hyperopt\": \"" + name + "\"}", StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return dir.resolve(name);
    }

    /**
     * The real Freqtrade sample file (older layout), or null when the shared data is absent.
     *
     * @return the path.
     */
    public static Path freqtradeSample()
    {
        final String shared = System.getProperty("hyperjet.sharedData", "../shared/data/freqtrade");
        final Path p = Path.of(shared, "formats", "strategy_SampleStrategy.fthypt");
        return Files.isRegularFile(p) ? p : null;
    }
}
