package io.hyperjet.coordinator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.worker.epoch.RunInputs;
import io.hyperjet.worker.python.PythonOptions;
import io.hyperjet.worker.report.TextTable;
import io.hyperjet.worker.strategy.StrategyListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet list-strategies}: Freqtrade's command. The strategies in the strategy path ({@code --strategy-path},
 * config {@code strategy_path}, else {@code <user_data_dir>/strategies}) and the built-ins, in the order a run
 * searches them, with location, status and hyperoptable parameter count. {@code .py} files are imported in the
 * user's Python as Freqtrade does; a file that fails is listed with its error.
 */
@Command(
    name = "list-strategies",
    mixinStandardHelpOptions = true,
    description = {
        "List the strategies a run can use: Java sources and jars, Freqtrade .py strategies (imported in the Python",
        "of python_executable / --python, as Freqtrade does) and the built-ins. Broken files are listed with their",
        "error; when a name occurs twice, the first listed is the one a run uses."})
final class ListStrategiesCommand implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, description = "Config file (repeatable).")
    List<Path> configs;

    @Option(names = "--strategy-path", description = "Directory (or jar) with user strategies.")
    Path strategyPath;

    @Option(names = "--python", converter = ExecutablePath.class,
        description = "The Python that imports .py strategies (config key " +
        "python_executable; default python3).")
    String python;

    @Option(names = {"--userdir", "--user-data-dir"}, paramLabel = "PATH",
        description = "Config key user_data_dir (its strategies folder is searched without --strategy-path).")
    Path userDataDir;

    @Option(names = "--recursive-strategy-search",
        description = "Also list the strategies in subfolders of the strategy folder (config key " +
        "recursive_strategy_search).")
    boolean recursiveStrategySearch;

    @Option(names = {"-1", "--one-column"}, description = "Print only the names, one per line.")
    boolean oneColumn;

    @Override
    public Integer call()
    {
        final ConfigLoader loader = new ConfigLoader();
        if (null != configs)
        {
            configs.forEach(loader::file);
        }
        final HyperjetConfig config = loader
            .override("strategy_path", null == strategyPath ? null : strategyPath.toString())
            .override("user_data_dir", "--userdir", null == userDataDir ? null : userDataDir.toString())
            .override(PythonOptions.EXECUTABLE_KEY, python)
            .override("recursive_strategy_search", "--recursive-strategy-search",
                recursiveStrategySearch ? Boolean.TRUE : null)
            .load();
        final StrategyListing.Listing listing = StrategyListing.list(
            config.string(PythonOptions.EXECUTABLE_KEY, PythonOptions.EXECUTABLE_DEFAULT),
            RunInputs.strategyPaths(config));
        if (null != listing.pythonProblem())
        {
            spec.commandLine().getErr().println("hyperjet: warning: .py strategies not imported: " +
                listing.pythonProblem());
        }
        final List<StrategyListing.Entry> entries = listing.entries();
        final PrintWriter out = spec.commandLine().getOut();
        if (oneColumn)
        {
            entries.stream().filter(e -> !"--".equals(e.name())).map(StrategyListing.Entry::name).distinct()
                .forEach(out::println);
            return ExitCode.OK;
        }
        final TextTable table = new TextTable("", "Strategy", "Location", "Hyperoptable", "Status")
            .leftAligned();
        for (final StrategyListing.Entry e : entries)
        {
            table.row(e.name(), e.location(), e.hyperoptable() < 0 ? "" : Integer.toString(e.hyperoptable()),
                e.status());
        }
        out.print(table.render());
        out.flush();
        return ExitCode.OK;
    }
}
