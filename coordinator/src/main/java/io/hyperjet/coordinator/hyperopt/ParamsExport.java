package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperjet.common.UserInputException;
import io.hyperjet.worker.report.StrategyParamsFile;
import io.hyperjet.worker.strategy.StrategyLoader;

/**
 * Writes one epoch's parameters to the strategy's {@code <Strategy>.json}, the file backtesting and the next
 * hyperopt load: hyperopt's best epoch at the end of a run, and the epoch hyperopt-show shows (as Freqtrade's
 * hyperopt-show does, so that "show epoch 42, then backtest" tests epoch 42).
 */
public final class ParamsExport
{
    /** Freqtrade's words when the epoch's strategy cannot be found among the strategy paths. */
    public static final String NOT_FOUND = "Strategy not found, not exporting parameter file.";

    /** The lowest {@code fthypt_fileversion} whose lines carry the parameters in the form the file takes. */
    static final int MIN_FILE_VERSION = 2;

    private ParamsExport()
    {
    }

    /**
     * Where the parameters go: beside the strategy's file, else (a built-in strategy) in the first strategy
     * directory, else in {@code <user_data_dir>/strategies}, created if needed.
     *
     * @param strategyName  the strategy class name.
     * @param paramsFile    the strategy's own params file, or null when it has no file.
     * @param strategyPaths the strategy paths of the config.
     * @param userDataDir   the user data directory.
     * @return the file to write.
     */
    public static Path target(final String strategyName, final Path paramsFile, final Path[] strategyPaths,
        final Path userDataDir)
    {
        if (null != paramsFile)
        {
            return paramsFile;
        }
        final Path dir = strategyPaths.length > 0 && Files.isDirectory(strategyPaths[0]) ? strategyPaths[0] :
            userDataDir.resolve("strategies");
        try
        {
            Files.createDirectories(dir);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create " + dir, ex);
        }
        return dir.resolve(strategyName + ".json");
    }

    /**
     * Writes the epoch's parameters (its optimized ones over the not optimized ones) to the file.
     *
     * @param strategyName the strategy class name.
     * @param epoch        the epoch object of a .fthypt line.
     * @param file         the file from {@link #target}.
     */
    public static void write(final String strategyName, final JsonNode epoch, final Path file)
    {
        StrategyParamsFile.write(file, StrategyParamsFile.document(strategyName, epoch.path("params_details"),
            epoch.path("params_not_optimized"), System.currentTimeMillis()));
    }

    /**
     * hyperopt-show's export: only a line of file version 2 or later is written (an older line's parameters are
     * not laid out as the file needs them); a strategy that cannot be found is a warning, not an error, since the
     * epoch is shown anyway.
     *
     * @param strategyName  the epoch's strategy, from its results_metrics.
     * @param epoch         the epoch object.
     * @param strategyPaths where to look for the strategy.
     * @param userDataDir   the user data directory.
     * @param warning       takes the warning when the strategy is not found.
     * @return the file written, or null when none was.
     */
    public static Path tryExport(final String strategyName, final JsonNode epoch, final Path[] strategyPaths,
        final Path userDataDir, final Consumer<String> warning)
    {
        if (epoch.path("fthypt_fileversion").asInt(1) < MIN_FILE_VERSION)
        {
            return null;
        }
        final StrategyLoader.Found found;
        try
        {
            found = StrategyLoader.find(strategyName, strategyPaths);
        }
        catch (final UserInputException ex)
        {
            warning.accept(NOT_FOUND + " (" + ex.getMessage() + ")");
            return null;
        }
        final Path file = target(strategyName, found.paramsFile(), strategyPaths, userDataDir);
        write(strategyName, epoch, file);
        return file;
    }
}
