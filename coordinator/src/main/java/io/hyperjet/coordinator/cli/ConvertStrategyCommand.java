package io.hyperjet.coordinator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.hyperjet.common.UserInputException;
import io.hyperjet.coordinator.convert.StrategyConversion;
import io.hyperjet.coordinator.convert.StrategyConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet convert-strategy}: writes the Java {@code FrameStrategy} of a Freqtrade {@code .py} strategy beside
 * it and lists each line it could not convert. Exit 0 when everything converted, 1 when some lines did not (the file
 * is written with TODO comments), 2 on bad input.
 */
@Command(
    name = "convert-strategy",
    mixinStandardHelpOptions = true,
    description = {"Convert a Freqtrade strategy (.py) into a Java strategy (.java) beside it: attributes, " +
        "parameters, TA-Lib and qtpylib calls, column expressions, loc assignments, informative pairs.",
        "Lines outside that subset are listed and marked with TODO comments; exit code 1 says some were."})
final class ConvertStrategyCommand implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STRATEGY.py", description = "The Freqtrade strategy file.")
    Path strategy;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.java",
        description = "Where to write the Java source (default: beside the .py, same base name).")
    Path output;

    @Option(names = "--force", description = "Overwrite an existing Java file.")
    boolean force;

    @Option(names = "--python", converter = ExecutablePath.class, defaultValue = "python3",
        description = "The python3 that parses the file (standard library only; default ${DEFAULT-VALUE}).")
    String python;

    @Override
    public Integer call()
    {
        if (!Files.isRegularFile(strategy))
        {
            throw new ParameterException(spec.commandLine(), strategy + ": no such file");
        }
        final Path target = null == output ? StrategyConverter.javaFileFor(strategy) : output;
        if (!target.getFileName().toString().endsWith(".java"))
        {
            throw new ParameterException(spec.commandLine(), "--output " + target + " must end in .java");
        }
        final Path folder = target.toAbsolutePath().getParent();
        if (null != folder && !Files.isDirectory(folder))
        {
            throw new ParameterException(spec.commandLine(), "--output " + target + ": directory " + folder +
                " does not exist");
        }
        if (Files.exists(target) && !force)
        {
            throw new ParameterException(spec.commandLine(), target + " exists; pass --force to overwrite it");
        }
        final long startNs = System.nanoTime();
        final StrategyConversion conversion = StrategyConverter.convert(strategy, python);
        try
        {
            Files.writeString(target, conversion.java(), StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UserInputException(target + ": cannot write the Java strategy: " + ex);
        }
        final long ms = (System.nanoTime() - startNs) / 1_000_000;
        final PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + target + " (class " + conversion.className() + ") in " + ms + " ms.");
        for (final String note : conversion.notes())
        {
            out.println("  note: " + note);
        }
        if (conversion.complete())
        {
            out.println("Every line converted. Run it with --strategy " + conversion.className() + ".");
            return ExitCode.OK;
        }
        out.println(conversion.problems().size() + " line(s) not converted (marked TODO in the Java file):");
        for (final StrategyConversion.Problem p : conversion.problems())
        {
            out.println("  " + strategy.getFileName() + ":" + p.line() + ": " + p.reason() + ": " + p.source());
        }
        if (sameFolder(strategy, target))
        {
            // the strategy search takes .java files before .py ones, and refuses a port with TODOs left
            out.println("Until the TODOs are done (and the line saying how many were left is deleted), --strategy " +
                conversion.className() + " stops at this incomplete " + target.getFileName() + " instead of running " +
                strategy.getFileName() + " (.java files come first in the strategy path); move it out (or convert " +
                "with -o into another folder) to keep running the .py.");
        }
        return ExitCode.SOFTWARE;
    }

    private static boolean sameFolder(final Path a, final Path b)
    {
        final Path pa = a.toAbsolutePath().normalize().getParent();
        final Path pb = b.toAbsolutePath().normalize().getParent();
        return null != pa && pa.equals(pb);
    }
}
