package io.hyperjet.coordinator.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.hyperjet.common.UserInputException;
import io.hyperjet.worker.epoch.EpochEngine;
import io.hyperjet.worker.epoch.EpochEngines;
import io.hyperjet.worker.epoch.EpochParams;
import io.hyperjet.worker.loss.LossRules;

/**
 * The full {@code results_metrics} of an epoch whose .fthypt line was stored without its trades
 * ({@code hyperopt_results_trades} best or none): the epoch's backtest is run again from the run's recorded spec
 * ({@code journal/<run>/run-spec.json} beside the .fthypt file: config, strategy, pairs, loss) with the epoch's
 * parameters. Results are deterministic, so this gives the tables the line would have held; a loss or trade count
 * that differs from the stored one means the data, strategy or config changed, and is refused in one line.
 */
public final class EpochRerun
{
    static final String JOURNAL_DIR = "journal";
    static final String RUN_SPEC_FILE = "run-spec.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EpochRerun()
    {
    }

    /**
     * Whether a line was stored without its full results (Hyperjet's compact {@code results_metrics}).
     *
     * @param epoch the epoch object.
     * @return true when its tables must be rebuilt.
     */
    public static boolean isCompact(final JsonNode epoch)
    {
        final JsonNode metrics = epoch.path("results_metrics");
        return metrics.has("total_trades") && !metrics.has("strategy_name");
    }

    /**
     * Runs the epoch again.
     *
     * @param fthypt the results file the epoch is from.
     * @param epoch  the epoch object.
     * @return its full results_metrics.
     */
    public static JsonNode metrics(final Path fthypt, final JsonNode epoch)
    {
        final long number = epoch.path("current_epoch").asLong();
        final String run = fthypt.getFileName().toString().replaceFirst("\\.fthypt$", "");
        final Path spec = fthypt.toAbsolutePath().getParent().resolve(JOURNAL_DIR).resolve(run).resolve(RUN_SPEC_FILE);
        final String what = fthypt + ": epoch " + number + " was stored without its trades";
        if (!Files.isRegularFile(spec))
        {
            throw new UserInputException(what + " and the run's settings (" + spec + ") are gone, so its tables " +
                "cannot be rebuilt");
        }
        final EpochEngine.Outcome outcome;
        final String metrics;
        try (EpochEngine engine = EpochEngines.open(spec.toFile()))
        {
            outcome = engine.run(EpochParams.of(epoch.path("params_details")));
            metrics = engine.resultsMetrics(outcome);
        }
        catch (final UserInputException | IllegalStateException | UncheckedIOException ex)
        {
            throw new UserInputException(what + "; running it again from the run's data failed: " +
                ex.getMessage(), ex);
        }
        final double stored = epoch.path("loss").asDouble();
        final int trades = epoch.path("results_metrics").path("total_trades").asInt();
        if (!sameLoss(stored, outcome.loss()) || trades != outcome.stats().totalTrades)
        {
            throw new UserInputException(String.format(Locale.ROOT, "%s, and running it again from the run's data " +
                "gives %d trades and loss %s instead of %d and %s: the data, strategy or config changed since the " +
                "run", what, outcome.stats().totalTrades, loss(outcome.loss()), trades, loss(stored)));
        }
        try
        {
            return MAPPER.readTree(metrics);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("malformed results of epoch " + number, ex);
        }
    }

    private static boolean sameLoss(final double stored, final double rerun)
    {
        return stored == rerun || (Double.isNaN(stored) && Double.isNaN(rerun)) ||
            (stored == LossRules.MAX_LOSS && rerun == LossRules.MAX_LOSS);
    }

    private static String loss(final double loss)
    {
        return String.format(Locale.ROOT, "%.5f", loss);
    }
}
