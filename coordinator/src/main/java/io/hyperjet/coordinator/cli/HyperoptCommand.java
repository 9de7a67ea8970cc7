package io.hyperjet.coordinator.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.ConfigFlags;
import io.hyperjet.coordinator.hyperopt.HyperoptOptions;
import io.hyperjet.coordinator.hyperopt.HyperoptRun;
import io.hyperjet.coordinator.runconfig.RunConfigOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet hyperopt}: a strategy's parameter search over worker JVMs, with Freqtrade's flags.
 */
@Command(
    name = "hyperopt",
    mixinStandardHelpOptions = true,
    description = "Optimize a strategy's parameters (Freqtrade's hyperopt, over worker JVMs sharing the candles).")
final class HyperoptCommand implements Callable<Integer>
{
    /*
     * Freqtrade's flag reruns populate_indicators each epoch with that epoch's values. Hyperjet runs it once, before
     * the epochs, over each parameter's full .range (Freqtrade's default), and only the signal phases per epoch:
     * taking the flag and doing otherwise would silently give other results for a strategy reading .value there.
     */
    static final String ANALYZE_PER_EPOCH_REFUSED = "--analyze-per-epoch is not supported: Hyperjet computes " +
        "indicators once, over each hyperopt parameter's full .range as Freqtrade does without the flag, and runs " +
        "only the entry/exit phases per epoch; compute parameter-dependent indicators for the whole .range in " +
        "populate_indicators (or read .value in populate_entry/exit_trend) and drop the flag";

    /* Freqtrade 2024.10 still parses the flag only to refuse it: separate Hyperopt classes went away in 2021.9. */
    static final String HYPEROPT_CLASS_REFUSED = "--hyperopt is not supported: separate Hyperopt classes were " +
        "removed in Freqtrade 2021.9; declare the parameters in the strategy and pick the loss with --hyperopt-loss";

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Mixin
    OptimizeOptions optimize;

    @Mixin
    NoColorOption noColor;

    @Option(names = {"-e", "--epochs"}, description = "Number of epochs (default: config 'epochs' or 100).")
    Integer epochs;

    @Option(names = {"-j", "--job-workers"}, description = "Worker JVMs; -1 = chosen by the resource optimizer.")
    Integer jobs;

    @Option(names = "--force-jobs", description = "Start -j workers even above what the run can use (the epochs " +
        "in flight, the cores, the memory); without it -j is capped with a warning.")
    boolean forceJobs;

    @Option(names = "--spaces", arity = "1..*",
        description = "Spaces: buy sell protection roi stoploss trailing trades default all.")
    List<String> spaces;

    @Option(names = "--hyperopt-loss", description = "Loss function class name.")
    String loss;

    @Option(names = "--sampler", description = "tpe (default), random, cmaes, nsga2 or qmc.")
    String sampler;

    @Option(names = "--random-state", description = "Seed; the same seed gives the same epochs.")
    Long randomState;

    @Option(names = "--min-trades", description = "Epochs with fewer trades get the maximum loss.")
    Integer minTrades;

    @Option(names = "--early-stop", defaultValue = "0", description = "Stop after N epochs without a new best.")
    int earlyStop;

    @Option(names = "--resume", arity = "0..1", fallbackValue = "",
        description = "Resume the latest run, or the one named (the .fthypt base name).")
    String resume;

    @Option(names = "--print-all", description = "Print every epoch, not only the best ones.")
    boolean printAll;

    @Option(names = "--print-json", description = "Print the best parameters as JSON at the end.")
    boolean printJson;

    @Option(names = "--disable-param-export", description = "Do not write the best parameters to <Strategy>.json; " +
        "kept with the run, so its --resume does not write them either.")
    boolean disableParamExport;

    @Option(names = "--in-process", description = "Evaluate epochs on the coordinator's thread, without worker JVMs " +
        "(same results; to measure the multi-process overhead, or to debug a strategy).")
    boolean inProcess;

    @Option(names = "--cluster", paramLabel = "FILE", description = "Run the epochs on the nodes of this cluster " +
        "(cluster.json; see docs/cluster.md); config key 'cluster'.")
    java.nio.file.Path cluster;

    @Option(names = {"--ignore-missing-spaces", "--ignore-unparameterized-spaces"},
        description = "Skip a selected space the strategy has no parameters for instead of stopping " +
        "(sets hyperopt_ignore_missing_space).")
    boolean ignoreMissingSpaces;

    @Option(names = "--analyze-per-epoch", description = "Freqtrade's: refused here, see the message.")
    boolean analyzePerEpoch;

    @Option(names = "--hyperopt-path", paramLabel = "PATH", description = "Config key hyperopt_path: one more " +
        "folder where a loss named by --hyperopt-loss is looked for (a Python loss class found there is named as one " +
        "to port).")
    Path hyperoptPath;

    @Option(names = "--hyperopt", paramLabel = "NAME", description = "Freqtrade's: refused here, see the message.")
    String hyperoptClass;

    @Override
    public Integer call()
    {
        if (null != epochs && epochs < 1)
        {
            throw new ParameterException(spec.commandLine(), "--epochs must be >= 1, was " + epochs);
        }
        if (null != jobs && (jobs == 0 || jobs < -1))
        {
            throw new ParameterException(spec.commandLine(), "--job-workers must be >= 1 or -1, was " + jobs);
        }
        if (earlyStop < 0)
        {
            throw new ParameterException(spec.commandLine(), "--early-stop must be >= 0, was " + earlyStop);
        }
        if (analyzePerEpoch)
        {
            throw new UserInputException(ANALYZE_PER_EPOCH_REFUSED);
        }
        if (null != hyperoptClass)
        {
            throw new UserInputException(HYPEROPT_CLASS_REFUSED);
        }
        final ConfigFlags flags = optimize.flags().set("--ignore-missing-spaces", "hyperopt_ignore_missing_space",
            ignoreMissingSpaces ? Boolean.TRUE : null)
            .set("--hyperopt-path", "hyperopt_path", null == hyperoptPath ? null : hyperoptPath.toString());
        // runConfig adds the keys of the run options that are flags too (--recursive-strategy-search)
        final RunConfigOptions runConfig = run.runConfig(null == resume ? run.configFiles() : run.configs, flags);
        refuseOnResume(flags);
        final HyperoptOptions options = new HyperoptOptions(runConfig,
            epochs, jobs, spaces, loss, sampler, randomState, minTrades, earlyStop, resume, printAll, printJson,
            disableParamExport, inProcess, forceJobs, cluster);
        return new HyperoptRun(options, spec.commandLine().getOut(), spec.commandLine().getErr(),
            null != System.console()).run();
    }

    /* A resumed run replays its stored config; a flag that would change it must not pass as taken. */
    private void refuseOnResume(final ConfigFlags flags)
    {
        if (null == resume)
        {
            return;
        }
        for (final ConfigFlags.Entry e : flags.entries())
        {
            // the user data dir is where the run to resume is looked for, so it is taken
            if (!"user_data_dir".equals(e.key()))
            {
                throw new UserInputException(e.flag() + " cannot change a resumed run (--resume replays the run's " +
                    "stored config); drop it, or start a new run");
            }
        }
    }
}
