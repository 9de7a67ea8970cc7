package io.hyperjet.coordinator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.hyperjet.coordinator.plot.HyperoptReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet hyperopt-report}: the HTML report of a hyperopt results file.
 */
@Command(
    name = "hyperopt-report",
    mixinStandardHelpOptions = true,
    description = "Write a self-contained HTML report of a hyperopt: loss per epoch, parameter importance, " +
        "parallel coordinates, slice plots, the best epoch's profit curve and trades.")
final class HyperoptReportCommand implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Mixin
    ResultsFileOptions results;

    @Option(names = {"-o", "--output"}, description = "The .html file (default: the results file's name with " +
        ".html, beside it).")
    Path output;

    @Override
    public Integer call()
    {
        final Path fthypt = results.file(results.loadConfig());
        final Path written = HyperoptReport.write(fthypt, null != output ? output : HyperoptReport.defaultTarget(fthypt));
        spec.commandLine().getOut().println("Hyperopt report written to " + written);
        return ExitCode.OK;
    }
}
