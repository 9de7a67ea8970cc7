package io.hyperjet.coordinator.benchsuite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.coordinator.cli.Main;
import io.hyperjet.shm.run.RunFiles;

/**
 * Short real hyperopts of SampleStrategy, each a {@code hyperjet hyperopt} in a child JVM that starts its own
 * workers: wall time from start to exit, so loading, indicator phase, worker start-up and every epoch count.
 */
final class HyperoptBenchmarks
{
    static final int EPOCHS = 200;
    static final long SEED = 7L;
    private static final long TIMEOUT_MS = 30L * 60 * 1000;
    private static final List<String> SPACES = List.of("buy", "sell", "roi", "stoploss");

    private HyperoptBenchmarks()
    {
    }

    /**
     * Everything on (auto workers) against, with {@code --compare-baseline}, everything off.
     *
     * @param context the run.
     * @return one row.
     */
    static List<FeatureResult> hyperopt(final BenchContext context)
    {
        final int reps = context.processRepetitions();
        final double[] on = new double[reps];
        final double[] off = new double[reps];
        final int baselineJobs = Runtime.getRuntime().availableProcessors();
        for (int r = 0; r < reps; r++)
        {
            context.log().accept("hyperopt: round " + (r + 1) + "/" + reps);
            on[r] = run(context, true, -1);
            if (context.compareBaseline())
            {
                off[r] = run(context, false, baselineJobs);
            }
        }
        final Measurement onS = Measurement.of(on, "s");
        final String what = EPOCHS + " epochs, spaces " + String.join(" ", SPACES) + ", seed " + SEED +
            ", wall time incl. JVM start and data preparation";
        if (!context.compareBaseline())
        {
            return List.of(new FeatureResult("hyperopt", "end-to-end hyperopt, all on", FeatureResult.MEASURED,
                onS, null, null, Double.NaN, String.format("%.1f epochs/s; %s; add --compare-baseline for the " +
                    "everything-off run", EPOCHS / onS.median(), what)));
        }
        final Measurement offS = Measurement.of(off, "s");
        return List.of(FeatureResult.speedup("hyperopt", "end-to-end hyperopt, all on vs all off", onS, offS,
            String.format("%.1f vs %.1f epochs/s; %s; baseline: enable_performance_optimizations false, " +
                "use_shared_memory false, -j %d", EPOCHS / onS.median(), EPOCHS / offS.median(), what,
                baselineJobs)));
    }

    /**
     * The resource optimizer's worker count against a fixed single worker, both with everything else on.
     *
     * @param context the run.
     * @return one row.
     */
    static FeatureResult autoVsOneWorker(final BenchContext context)
    {
        final int reps = context.processRepetitions();
        final double[] auto = new double[reps];
        final double[] one = new double[reps];
        for (int r = 0; r < reps; r++)
        {
            context.log().accept("resource_optimizer: hyperopt round " + (r + 1) + "/" + reps);
            auto[r] = run(context, true, -1);
            one[r] = run(context, true, 1);
        }
        return FeatureResult.speedup("resource_optimizer", "end-to-end hyperopt, -j -1 vs -j 1",
            Measurement.of(auto, "s"), Measurement.of(one, "s"), EPOCHS + " epochs, everything else on");
    }

    private static double run(final BenchContext context, final boolean on, final int jobs)
    {
        final Path dir = tempDir();
        try
        {
            final ObjectNode config = BenchConfig.json(context.data(), on);
            config.put("user_data_dir", dir.resolve("user_data").toString());
            if (!on)
            {
                config.put("use_shared_memory", false);
            }
            final Path configFile = dir.resolve("config.json");
            Files.writeString(configFile, config.toString());
            final List<String> args = new ArrayList<>(List.of("hyperopt", "-c", configFile.toString(),
                "--strategy", EngineFixture.STRATEGY, "--epochs", Integer.toString(EPOCHS), "-j",
                Integer.toString(jobs), "--random-state", Long.toString(SEED), "--disable-param-export",
                "--spaces"));
            args.addAll(SPACES);
            final Path log = dir.resolve("hyperopt.log");
            final long startNs = System.nanoTime();
            final Process process = new ProcessBuilder(ChildJvm.command(Main.class.getName(), args))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try
            {
                process.getOutputStream().close();
                if (!process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS))
                {
                    throw new IllegalStateException("hyperopt did not finish within " + TIMEOUT_MS / 1000 + " s");
                }
            }
            finally
            {
                if (process.isAlive())
                {
                    process.destroy();
                    process.waitFor(10, TimeUnit.SECONDS);
                    process.destroyForcibly();
                }
            }
            final double seconds = (System.nanoTime() - startNs) / 1e9;
            if (0 != process.exitValue())
            {
                throw new IllegalStateException("hyperopt exited with " + process.exitValue() + ": " +
                    lastLine(log));
            }
            return seconds;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("hyperopt run in " + dir + " failed", ex);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for hyperopt", ex);
        }
        finally
        {
            RunFiles.deleteRecursively(dir);
        }
    }

    private static String lastLine(final Path log) throws IOException
    {
        final List<String> lines = Files.readAllLines(log);
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
