package io.hyperjet.coordinator.benchsuite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.launch.JvmFlags;
import io.hyperjet.coordinator.cli.Main;
import io.hyperjet.shm.run.RunFiles;

/**
 * One {@code hyperjet hyperopt --print-json} in a child JVM, its output read as it comes so that the epoch phase
 * can be timed apart from JVM start-up and data preparation: from the line announcing the workers (or the in-process
 * engine) to the last progress line. Its temp directory (config, results) is deleted before returning.
 */
final class HyperoptProcess
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long TIMEOUT_MS = 30L * 60 * 1000;
    private static final String RESULTS_PREFIX = "Results: ";

    /**
     * What the child reported.
     *
     * @param wallSeconds    from start to exit.
     * @param epochSeconds   the epoch phase: from the workers line to the last progress line.
     * @param progressRate   the epochs/s of the last progress line, as the hyperopt printed it.
     * @param optimizations  the {@code --print-json} optimizations object (switches, backtester, caches).
     * @param epochs         the committed epochs, one JSON line each, without the run's start/end timestamps.
     */
    record Outcome(double wallSeconds, double epochSeconds, double progressRate, JsonNode optimizations,
        List<String> epochs)
    {
        JsonNode cache(final String name)
        {
            return optimizations.path("caches").path(name);
        }
    }

    private HyperoptProcess()
    {
    }

    /**
     * Runs a hyperopt.
     *
     * @param config   the config; {@code user_data_dir} is set here.
     * @param strategy the strategy class name.
     * @param source   the strategy's Java source to compile at load, or null for a built-in strategy.
     * @param epochs   epochs.
     * @param spaces   the spaces.
     * @param jobs     {@code -j}, or 0 for {@code --in-process}.
     * @param seed     {@code --random-state}.
     * @return what it reported.
     */
    static Outcome run(final ObjectNode config, final String strategy, final String source, final int epochs,
        final List<String> spaces, final int jobs, final long seed)
    {
        final Path dir = tempDir();
        try
        {
            config.put("user_data_dir", dir.resolve("user_data").toString());
            if (null != source)
            {
                final Path strategies = Files.createDirectories(dir.resolve("strategies"));
                Files.writeString(strategies.resolve(strategy + ".java"), source);
                config.put("strategy_path", strategies.toString());
            }
            final Path configFile = dir.resolve("config.json");
            Files.writeString(configFile, config.toString());
            final List<String> args = new ArrayList<>(List.of("hyperopt", "-c", configFile.toString(),
                "--strategy", strategy, "--epochs", Integer.toString(epochs), "--random-state", Long.toString(seed),
                "--disable-param-export", "--print-json"));
            if (0 == jobs)
            {
                args.add("--in-process");
            }
            else
            {
                args.add("-j");
                args.add(Integer.toString(jobs));
            }
            args.add("--spaces");
            args.addAll(spaces);
            return execute(args);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("hyperopt run in " + dir + " failed", ex);
        }
        finally
        {
            RunFiles.deleteRecursively(dir);
        }
    }

    /* The coordinator flags bin/hyperjet adds, so the bench times the hyperopt a user runs. */
    private static List<String> coordinatorFlags(final List<String> args)
    {
        final List<String> flags = new ArrayList<>(JvmFlags.flags(JvmFlags.COORDINATOR_FLAGS_PROP_NAME));
        if (!args.contains("--in-process"))
        {
            flags.addAll(JvmFlags.flags(JvmFlags.COORDINATOR_HYPEROPT_FLAGS_PROP_NAME));
        }
        return flags;
    }

    private static Outcome execute(final List<String> args) throws IOException
    {
        final long startNs = System.nanoTime();
        final Process process = new ProcessBuilder(ChildJvm.command(Main.class.getName(), coordinatorFlags(args), args))
            .redirectErrorStream(true).start();
        // a hung child must not hang the bench: the kill ends the stream and the read below
        final Thread watchdog = new Thread(() ->
        {
            try
            {
                if (!process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS))
                {
                    process.destroyForcibly();
                }
            }
            catch (final InterruptedException ex)
            {
                process.destroyForcibly();
            }
        }, "hyperjet-bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        final List<String> lines = new ArrayList<>();
        long phaseStartNs = 0;
        long phaseEndNs = 0;
        String progress = null;
        try (BufferedReader reader = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)))
        {
            process.getOutputStream().close();
            String line;
            while (null != (line = reader.readLine()))
            {
                final long nowNs = System.nanoTime();
                lines.add(line);
                if (line.startsWith("In process (no worker JVMs)") || line.startsWith("Workers: "))
                {
                    phaseStartNs = nowNs;
                }
                else if (line.contains(" epochs/s, "))
                {
                    phaseEndNs = nowNs;
                    progress = line;
                }
            }
            process.waitFor();
        }
        catch (final InterruptedException ex)
        {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for hyperopt", ex);
        }
        final double wallSeconds = (System.nanoTime() - startNs) / 1e9;
        if (0 != process.exitValue() || 0 == phaseStartNs || null == progress)
        {
            throw new IllegalStateException("hyperopt exited with " + process.exitValue() + ": " + lastLine(lines));
        }
        return new Outcome(wallSeconds, (phaseEndNs - phaseStartNs) / 1e9, rate(progress),
            MAPPER.readTree(lines.get(lines.size() - 1)), comparableEpochs(resultsFile(lines)));
    }

    /**
     * Whether two runs committed the same epochs.
     *
     * @param a one run.
     * @param b the other.
     * @return {@code identical}, or which epoch first differs.
     */
    static String compareEpochs(final Outcome a, final Outcome b)
    {
        for (int i = 0; i < Math.min(a.epochs().size(), b.epochs().size()); i++)
        {
            if (!a.epochs().get(i).equals(b.epochs().get(i)))
            {
                return "DIFFERENT from epoch " + (i + 1);
            }
        }
        return a.epochs().size() == b.epochs().size() ? "identical" :
            "DIFFERENT epoch counts " + a.epochs().size() + " vs " + b.epochs().size();
    }

    private static Path resultsFile(final List<String> lines)
    {
        for (final String line : lines)
        {
            if (line.startsWith(RESULTS_PREFIX))
            {
                return Path.of(line.substring(RESULTS_PREFIX.length()).strip());
            }
        }
        throw new IllegalStateException("hyperopt printed no '" + RESULTS_PREFIX + "' line");
    }

    private static List<String> comparableEpochs(final Path fthypt) throws IOException
    {
        final List<String> epochs = new ArrayList<>();
        for (final String line : Files.readAllLines(fthypt, StandardCharsets.UTF_8))
        {
            final JsonNode node = MAPPER.readTree(line);
            // the only fields that may differ between two runs of the same epochs: when they ran
            final JsonNode metrics = node.path("results_metrics");
            if (metrics instanceof ObjectNode)
            {
                ((ObjectNode)metrics).remove("backtest_run_start_ts");
                ((ObjectNode)metrics).remove("backtest_run_end_ts");
            }
            epochs.add(node.toString());
        }
        return epochs;
    }

    private static double rate(final String progress)
    {
        final int end = progress.indexOf(" epochs/s");
        final int start = progress.lastIndexOf(' ', end - 1) + 1;
        return Double.parseDouble(progress.substring(start, end));
    }

    private static String lastLine(final List<String> lines)
    {
        for (int i = lines.size() - 1; i >= 0; i--)
        {
            if (!lines.get(i).isBlank())
            {
                return lines.get(i).strip();
            }
        }
        return "(no output)";
    }

    private static Path tempDir()
    {
        try
        {
            return Files.createTempDirectory("hyperjet-bench-hyperopt-");
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create a temp directory for a bench hyperopt", ex);
        }
    }
}
