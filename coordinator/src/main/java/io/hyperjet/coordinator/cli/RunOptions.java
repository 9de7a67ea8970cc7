package io.hyperjet.coordinator.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * The options every run command shares (backtest, hyperopt), with Freqtrade's names; mixed into each command.
 */
final class RunOptions
{
    @Option(names = {"-c", "--config"}, description = "Config file (repeatable; later files override earlier).")
    List<Path> configs;

    @Option(names = {"-s", "--strategy"}, description = "Strategy class name.")
    String strategy;

    @Option(names = "--strategy-path", description = "Directory (or jar) with user strategies.")
    Path strategyPath;

    @Option(names = "--datadir", description = "Candle data directory.")
    Path datadir;

    @Option(names = "--timerange", description = "Timerange, e.g. 20240101-20240301.")
    String timerange;

    @Option(names = {"--enable-protections", "--enableprotections"},
        description = "Apply the strategy's protections (sets enable_protections).")
    boolean enableProtections;
}
