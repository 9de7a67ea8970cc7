package io.hyperjet.coordinator.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.ConfigFlags;
import io.hyperjet.coordinator.runconfig.RunConfigOptions;

/**
 * The options every run command shares (backtest, hyperopt), with Freqtrade's names; mixed into each command.
 */
final class RunOptions
{
    /** The config Freqtrade reads when no {@code -c} is given. */
    static final String DEFAULT_CONFIG = "config.json";

    @Option(names = {"-c", "--config"}, description = "Config file (repeatable; later files override earlier; " +
        "default: config.json in the current directory).")
    List<Path> configs;

    @Option(names = {"-s", "--strategy"}, description = "Strategy class name.")
    String strategy;

    @Option(names = "--strategy-path", description = "Directory (or jar) with user strategies.")
    Path strategyPath;

    @Option(names = "--recursive-strategy-search",
        description = "Also look for the strategy in subfolders of the strategy folder (config key " +
        "recursive_strategy_search).")
    boolean recursiveStrategySearch;

    @Option(names = "--datadir", description = "Candle data directory.")
    Path datadir;

    @Option(names = "--timerange", description = "Timerange, e.g. 20240101-20240301.")
    String timerange;

    @Option(names = {"-i", "--timeframe"}, description = "Candle timeframe, e.g. 5m or 1h (config key timeframe; " +
        "overrides the strategy's).")
    String timeframe;

    @Option(names = "--fee", description = "Fee ratio per side, e.g. 0.001 (default: config 'fee', else the " +
        "exchange's default fee).")
    Double fee;

    @Option(names = "--timeframe-detail", description = "Smaller timeframe whose candles simulate exits inside " +
        "each candle of a pair in a trade, e.g. 1m (config key timeframe_detail).")
    String timeframeDetail;

    @Option(names = {"--enable-protections", "--enableprotections"},
        description = "Apply the strategy's protections (sets enable_protections).")
    boolean enableProtections;

    @Option(names = "--python", converter = ExecutablePath.class,
        description = "The Python that runs .py strategies: the one your Freqtrade uses " +
        "(config key python_executable; default python3).")
    String python;

    /**
     * The config files: those of {@code -c}, else Freqtrade's default {@code config.json} in the current directory,
     * which must then exist (a run without any config would stop later on a missing key, far from the cause).
     *
     * @return the files, at least one.
     */
    List<Path> configFiles()
    {
        return orDefaultConfig(configs);
    }

    /**
     * These options for the run's config.
     *
     * @param files the config files ({@link #configFiles()}, or those of {@code -c} alone).
     * @param flags the config keys of the command's one-key flags.
     * @return the options.
     */
    RunConfigOptions runConfig(final List<Path> files, final ConfigFlags flags)
    {
        return new RunConfigOptions(files, strategy, strategyPath, datadir, timerange, fee, timeframe, timeframeDetail,
            enableProtections, python, flags.set("--recursive-strategy-search", "recursive_strategy_search",
            recursiveStrategySearch ? Boolean.TRUE : null));
    }

    /**
     * {@link #configFiles()} for a command with its own {@code -c}.
     *
     * @param given the files of {@code -c}, possibly null.
     * @return the files, at least one.
     */
    static List<Path> orDefaultConfig(final List<Path> given)
    {
        if (null != given && !given.isEmpty())
        {
            return given;
        }
        final Path fallback = Path.of(DEFAULT_CONFIG);
        if (Files.isRegularFile(fallback))
        {
            return List.of(fallback);
        }
        throw new UserInputException("no config file: pass -c config.json (Freqtrade's default " + DEFAULT_CONFIG +
            " is not in " + Path.of("").toAbsolutePath() + ")");
    }
}
