package io.hyperjet.coordinator.benchsuite;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Short real hyperopts of SampleStrategy, each a {@code hyperjet hyperopt} in a child JVM that starts its own
 * workers: wall time from start to exit, so loading, indicator phase, worker start-up and every epoch count.
 */
final class HyperoptBenchmarks
{
    static final int EPOCHS = 200;
    static final long SEED = 7L;
    private static final List<String> SPACES = List.of("buy", "sell", "roi", "stoploss");

    private HyperoptBenchmarks()
    {
    }

    /**
     * Everything on (auto workers, both caches) against, with {@code --compare-baseline}, everything off (every
     * switch false, the caches included, a fixed worker count).
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
        HyperoptProcess.Outcome lastOn = null;
        HyperoptProcess.Outcome lastOff = null;
        for (int r = 0; r < reps; r++)
        {
            context.log().accept("hyperopt: round " + (r + 1) + "/" + reps);
            lastOn = run(context, true, -1);
            on[r] = lastOn.wallSeconds();
            if (context.compareBaseline())
            {
                lastOff = run(context, false, baselineJobs);
                off[r] = lastOff.wallSeconds();
            }
        }
        final Measurement onS = Measurement.of(on, "s");
        final String what = EPOCHS + " epochs, spaces " + String.join(" ", SPACES) + ", seed " + SEED +
            ", wall time incl. JVM start and data preparation; caches in the all-on run: " + caches(lastOn);
        if (!context.compareBaseline())
        {
            return List.of(new FeatureResult("hyperopt", "end-to-end hyperopt, all on", FeatureResult.MEASURED,
                onS, null, null, Double.NaN, String.format("%.1f epochs/s; %s; add --compare-baseline for the " +
                    "everything-off run", EPOCHS / onS.median(), what)));
        }
        final Measurement offS = Measurement.of(off, "s");
        return List.of(FeatureResult.speedup("hyperopt", "end-to-end hyperopt, all on vs all off", onS, offS,
            String.format("%.1f vs %.1f epochs/s; %s; baseline: every switch false (vectorized, " +
                "numpy_optimizations, shared memory, indicator and signal caches), -j %d; epochs %s",
                EPOCHS / onS.median(), EPOCHS / offS.median(), what, baselineJobs,
                HyperoptProcess.compareEpochs(lastOn, lastOff))));
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
            auto[r] = run(context, true, -1).wallSeconds();
            one[r] = run(context, true, 1).wallSeconds();
        }
        return FeatureResult.speedup("resource_optimizer", "end-to-end hyperopt, -j -1 vs -j 1",
            Measurement.of(auto, "s"), Measurement.of(one, "s"), EPOCHS + " epochs, everything else on");
    }

    /**
     * The hit rates of both caches, for notes.
     *
     * @param outcome a run.
     * @return e.g. {@code indicator hit rate 0.0% (0 hits), signal hit rate 3.5% (7 hits)}.
     */
    static String caches(final HyperoptProcess.Outcome outcome)
    {
        return cache("indicator", outcome.cache("indicator")) + ", " + cache("signal", outcome.cache("signal"));
    }

    private static String cache(final String name, final JsonNode stats)
    {
        if (!stats.path("enabled").asBoolean())
        {
            return name + " cache off";
        }
        return String.format(Locale.ROOT, "%s hit rate %.1f%% (%d hits, %d misses, %d evictions, %.1f MiB)", name,
            stats.path("hit_rate").asDouble() * 100, stats.path("hits").asLong(), stats.path("misses").asLong(),
            stats.path("evictions").asLong(), stats.path("bytes").asLong() / (1024.0 * 1024.0));
    }

    private static HyperoptProcess.Outcome run(final BenchContext context, final boolean on, final int jobs)
    {
        return HyperoptProcess.run(BenchConfig.json(context.data(), on), EngineFixture.STRATEGY, null, EPOCHS,
            SPACES, jobs, SEED);
    }
}
