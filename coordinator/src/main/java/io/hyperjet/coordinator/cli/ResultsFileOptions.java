package io.hyperjet.coordinator.cli;

import java.nio.file.Path;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.coordinator.results.HyperoptResults;
import picocli.CommandLine.Option;

/**
 * Which .fthypt file hyperopt-list and hyperopt-show read, with Freqtrade's options; mixed into both.
 */
final class ResultsFileOptions
{
    @Option(names = {"-c", "--config"}, description = "Config file (for user_data_dir and stake_currency).")
    Path config;

    @Option(names = "--userdir", description = "User data directory (default: config's user_data_dir, else " +
        "./user_data).")
    Path userdir;

    @Option(names = "--hyperopt-filename", description = "Results file name inside <userdir>/hyperopt_results " +
        "(default: the latest, from .last_result.json).")
    String hyperoptFilename;

    /**
     * The config, or null without {@code -c}.
     *
     * @return the loaded config or null.
     */
    HyperjetConfig loadConfig()
    {
        return null != config ? new ConfigLoader().file(config).load() : null;
    }

    /**
     * The results file.
     *
     * @param cfg the loaded config, or null.
     * @return its path.
     */
    Path file(final HyperjetConfig cfg)
    {
        return HyperoptResults.locate(HyperoptResults.userDataDir(userdir, cfg), hyperoptFilename);
    }
}
