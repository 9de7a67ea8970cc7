package io.hyperjet.coordinator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import io.hyperjet.common.config.KeySuggestion;
import io.hyperjet.coordinator.benchsuite.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code hyperjet} command: the root of every subcommand.
 */
@Command(
    name = "hyperjet",
    mixinStandardHelpOptions = true,
    version = "hyperjet 0.1.0",
    description = "Hyperparameter optimization for Freqtrade strategies, fast.",
    subcommands = {
        CommandLine.HelpCommand.class,
        ResourcesCommand.class,
        ListDataCommand.class,
        ListStrategiesCommand.class,
        ShowConfigCommand.class,
        GenerateDataCommand.class,
        InspectCommand.class,
        CleanupCommand.class,
        HyperoptCommand.class,
        BacktestCommand.class,
        ShareCommand.class,
        DemoCommand.class,
        HyperoptListCommand.class,
        HyperoptShowCommand.class,
        BenchCommand.class,
        HyperoptReportCommand.class,
        PlotDataframeCommand.class,
        PlotProfitCommand.class,
        ConvertStrategyCommand.class,
        NodeCommand.class,
        ClusterStatusCommand.class})
public final class Main implements Runnable
{
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run()
    {
        throw new ParameterException(spec.commandLine(), "missing subcommand; see 'hyperjet --help'");
    }

    public static void main(final String[] args)
    {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the CLI with the given streams; used by main and by tests.
     *
     * @param args command-line arguments.
     * @param out  standard output.
     * @param err  standard error.
     * @return the exit code: 0 ok, 1 failure, 2 bad input.
     */
    public static int execute(final String[] args, final PrintWriter out, final PrintWriter err)
    {
        final boolean verbose = Verbosity.isVerbose(args);
        final LogFile log;
        try
        {
            final Path logFile = LogFile.path(args);
            log = null == logFile ? null : LogFile.open(logFile);
        }
        catch (final io.hyperjet.common.UserInputException ex)
        {
            err.println("hyperjet: " + ex.getMessage());
            return ExitCode.USAGE;
        }
        final String[] rest = LogFile.without(Verbosity.withoutVerbose(args));
        if (null == log)
        {
            return execute(rest, out, err, verbose);
        }
        try (log; PrintWriter teeOut = log.tee(out, false); PrintWriter teeErr = log.tee(err, true))
        {
            return execute(rest, teeOut, teeErr, verbose);
        }
    }

    private static int execute(final String[] args, final PrintWriter out, final PrintWriter err,
        final boolean verbose)
    {
        final CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> onBadInput(ex, verbose));
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> onFailure(ex, cmd, verbose));
        return cli.execute(args);
    }

    static int onBadInput(final ParameterException ex, final boolean verbose)
    {
        final PrintWriter err = ex.getCommandLine().getErr();
        err.println("hyperjet: " + badInputMessage(ex));
        if (verbose)
        {
            ex.printStackTrace(err);
        }
        return ExitCode.USAGE;
    }

    /*
     * picocli's own words, except for what a Freqtrade user mistypes most: a command name (picocli says "Unmatched
     * arguments from index 0"), a Freqtrade command Hyperjet lacks (what to do instead) and a misspelt option, where
     * its suggestions go into the one line.
     */
    static String badInputMessage(final ParameterException ex)
    {
        if (!(ex instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty())
        {
            return ex.getMessage();
        }
        final String first = unmatched.getUnmatched().get(0);
        final boolean command = null == ex.getCommandLine().getParent() && !first.startsWith("-");
        final String freqtradeOnly = command ? FreqtradeCommands.instead(first) : null;
        if (null != freqtradeOnly)
        {
            return "'" + first + "' is a Freqtrade command Hyperjet does not have: " + freqtradeOnly;
        }
        final List<String> suggestions = unmatched.getSuggestions();
        // one name reads as an answer, three as a riddle: the fewest typing edits away, picocli's order on a tie
        // (its similarity ranks a short name like --eps above --epochs for --epoch)
        String nearest = null;
        for (final String s : suggestions)
        {
            if (null == nearest || KeySuggestion.edits(first, s) < KeySuggestion.edits(first, nearest))
            {
                nearest = s;
            }
        }
        final String hint = null == nearest ? "" : "; did you mean '" + nearest + "'?";
        if (command)
        {
            return "unknown command '" + first + "'" + hint + " (see 'hyperjet --help')";
        }
        return ex.getMessage() + hint;
    }

    static int onFailure(final Exception ex, final CommandLine cmd, final boolean verbose)
    {
        final PrintWriter err = cmd.getErr();
        if (ex instanceof io.hyperjet.common.UserInputException)
        {
            err.println("hyperjet: " + ex.getMessage());
            if (verbose)
            {
                ex.printStackTrace(err);
            }
            return ExitCode.USAGE;
        }
        err.println("hyperjet: " + (null == ex.getMessage() ? ex.toString() : ex.getMessage()));
        if (ex instanceof io.hyperjet.coordinator.hyperopt.ResultsDiskFullException)
        {
            // the line says what to do; nothing in a stack trace would help
            return ExitCode.SOFTWARE;
        }
        if (verbose)
        {
            ex.printStackTrace(err);
        }
        else
        {
            err.println("hyperjet: run again with --verbose for the stack trace");
        }
        return ExitCode.SOFTWARE;
    }
}
