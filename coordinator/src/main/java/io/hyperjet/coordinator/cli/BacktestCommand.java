package io.hyperjet.coordinator.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.hyperjet.common.UserInputException;
import io.hyperjet.coordinator.backtest.BacktestRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet backtest}: one backtest with Freqtrade's rules, tables and result files.
 */
@Command(
    name = "backtest",
    aliases = "backtesting",
    mixinStandardHelpOptions = true,
    description = "Backtest a strategy: Freqtrade's summary tables and backtest-result files.")
final class BacktestCommand implements Callable<Integer>
{
    private static final List<String> CACHE_AGES = List.of("none", "day", "week", "month");

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Mixin
    OptimizeOptions optimize;

    @Option(names = "--export-filename", description = "Result file (.json) or directory " +
        "(default: <user_data>/backtest_results).")
    Path exportFilename;

    @Option(names = "--export", description = "trades (default) or none.")
    String export;

    @Option(names = "--hyperopt-loss", description = "Also print the loss a hyperopt epoch with these parameters " +
        "would get: a built-in loss name or a HyperoptLoss class name.")
    String hyperoptLoss;

    @Option(names = "--breakdown", arity = "1..*", description = "Add a breakdown of the trades per day, week " +
        "or month.")
    List<String> breakdown = new ArrayList<>();

    /* Freqtrade's --cache only decides whether an earlier identical backtest's result file is reused; every backtest
       here runs again, and gives that same result, so the value is checked and changes nothing. */
    @Option(names = "--cache", paramLabel = "AGE", description = "Freqtrade's result cache (none, day, week, " +
        "month): accepted; every backtest here runs again, with the same result.")
    String cache;

    @Option(names = "--strategy-list", arity = "1..*", paramLabel = "STRATEGY",
        description = "Freqtrade's: refused here, see the message.")
    List<String> strategyList;

    @Option(names = "--freqai-backtest-live-models", description = "Freqtrade's: refused here, see the message.")
    boolean freqaiBacktestLiveModels;

    @Override
    public Integer call()
    {
        if (null != cache && !CACHE_AGES.contains(cache))
        {
            throw new ParameterException(spec.commandLine(), "--cache must be one of none, day, week, month, was " +
                cache);
        }
        if (null != strategyList)
        {
            throw new UserInputException("--strategy-list is not supported: several strategies in one run are " +
                "not; run one backtest per strategy with --strategy");
        }
        if (freqaiBacktestLiveModels)
        {
            throw new UserInputException("--freqai-backtest-live-models is not supported: FreqAI is not; drop " +
                "the flag");
        }
        if (null != export && !"trades".equals(export) && !"none".equals(export))
        {
            throw new ParameterException(spec.commandLine(), "--export must be trades or none, was " + export);
        }
        new BacktestRun(new BacktestRun.Options(run.runConfig(run.configFiles(), optimize.flags()), exportFilename,
            "none".equals(export), hyperoptLoss, BreakdownPeriods.of(breakdown)),
            spec.commandLine().getOut(), spec.commandLine().getErr()).run();
        return ExitCode.OK;
    }
}
