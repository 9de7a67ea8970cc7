package io.hyperjet.coordinator.benchsuite;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.hyperjet.common.UserInputException;
import io.hyperjet.coordinator.resources.MachineProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet bench}: measures each optimization on and off on the same data and prints the table.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure each optimization against its baseline on the same data (see docs/performance.md).")
public final class BenchCommand implements Callable<Integer>
{
    private static final double BYTES_PER_GIB = 1024.0 * 1024.0 * 1024.0;

    @Spec
    CommandSpec spec;

    @Option(names = "--feature", paramLabel = "NAME", split = ",",
        description = "Feature(s) to measure: vectorized, array_ops, shared_memory, memory_map, lazy_loading, " +
            "indicator_cache, signal_cache, resource_optimizer, hyperopt, all (default).")
    List<String> features;

    @Option(names = "--compare-baseline",
        description = "End to end: compare against everything off (per-worker loading, iterative backtester, " +
            "reference array ops, no caches, fixed worker count).")
    boolean compareBaseline;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "small",
        description = "Generated data: small (1 pair-year of 5m), medium (10), large (50). Default: ${DEFAULT-VALUE}.")
    String size;

    @Option(names = "--datadir", paramLabel = "DIR", description = "Use your own 5m candle files instead.")
    Path datadir;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
    Path jsonFile;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the results as Markdown.")
    Path markdownFile;

    @Option(names = "--repetitions", paramLabel = "N", defaultValue = "5",
        description = "Timed repetitions after one warm-up (default: ${DEFAULT-VALUE}; JVM-spawning features use " +
            "at most 3).")
    int repetitions;

    @Override
    public Integer call()
    {
        final BenchSize benchSize = BenchSize.of(size);
        final Set<BenchFeature> chosen = BenchFeature.parse(features);
        if (repetitions < 1)
        {
            throw new UserInputException("--repetitions must be >= 1, was " + repetitions);
        }
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final String machine = machine();
        final BenchReport report;
        try (BenchData data = null == datadir ? BenchData.generate(benchSize) : BenchData.user(datadir))
        {
            final BenchContext context = new BenchContext(data, 1, repetitions, compareBaseline,
                (line) -> err.println("bench: " + line), benchSize.cacheEpochs());
            final List<FeatureResult> results = BenchSuite.run(chosen, context);
            report = new BenchReport(commandLine(), machine, data.description(), context.warmups(), repetitions,
                results);
        }
        out.print(report.text());
        out.flush();
        if (null != jsonFile)
        {
            write(jsonFile, jsonText(report));
        }
        if (null != markdownFile)
        {
            write(markdownFile, report.markdown());
        }
        return ExitCode.OK;
    }

    private String commandLine()
    {
        final List<String> args = null == spec.commandLine().getParseResult() ? List.of() :
            spec.commandLine().getParseResult().originalArgs();
        // the parse result of a subcommand holds the whole command line, the subcommand's name included
        return args.isEmpty() ? "hyperjet bench" : "hyperjet " + String.join(" ", args);
    }

    private static String machine()
    {
        final MachineProfile profile = MachineProfile.read();
        return String.format("%d logical / %d physical cores, %.1f GiB RAM (%.1f GiB available), load average " +
            "%.2f at start; Java %s (%s), %s %s", profile.logicalCores(), profile.physicalCores(),
            profile.totalMemoryBytes() / BYTES_PER_GIB, profile.availableMemoryBytes() / BYTES_PER_GIB,
            profile.loadAverage1m(), Runtime.version(), System.getProperty("java.vm.name"),
            System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    private static String jsonText(final BenchReport report)
    {
        try
        {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report.json()) + "\n";
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot render the bench JSON", ex);
        }
    }

    private static void write(final Path file, final String text)
    {
        try
        {
            Files.writeString(file, text);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
    }
}
