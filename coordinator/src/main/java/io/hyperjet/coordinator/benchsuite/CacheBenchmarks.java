package io.hyperjet.coordinator.benchsuite;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The indicator and signal caches, each timed as a seeded {@code hyperjet hyperopt --in-process} (the worker's
 * engine on one thread, no worker JVMs) with the cache on and off and everything else equal. The time is the epoch
 * phase only (JVM start and data preparation excluded); the hit rate comes from the run's {@code --print-json}, and
 * both runs must commit identical epochs.
 */
final class CacheBenchmarks
{
    static final long SEED = 7L;
    static final String CACHE_STRATEGY = "CacheBenchStrategy";
    private static final List<String> SIGNAL_SPACES = List.of("roi", "stoploss");
    private static final List<String> INDICATOR_SPACES = List.of("buy", "sell");

    /*
     * Like many Freqtrade strategies, it computes its indicators in the entry/exit phases with hyperoptable periods,
     * through the frame overloads of ta(), which are the calls the indicator cache serves.
     */
    static final String CACHE_STRATEGY_SOURCE = """
        import io.hyperjet.common.frame.PairFrame;
        import io.hyperjet.worker.signal.Signals;
        import io.hyperjet.worker.strategy.IndicatorColumns;
        import io.hyperjet.worker.strategy.IntParameter;
        import io.hyperjet.worker.strategy.Strategy;

        public class CacheBenchStrategy extends Strategy
        {
            IntParameter rsiPeriod = new IntParameter(8, 20, 14, "buy");
            IntParameter adxPeriod = new IntParameter(8, 20, 14, "buy");
            IntParameter buyRsi = new IntParameter(20, 40, 30, "buy");
            IntParameter mfiPeriod = new IntParameter(8, 20, 14, "sell");
            IntParameter sellMfi = new IntParameter(60, 85, 75, "sell");

            public CacheBenchStrategy()
            {
                timeframe = "5m";
                minimalRoi = roi(60, 0.01, 30, 0.02, 0, 0.04);
                stoploss = -0.10;
                startupCandleCount = 60;
            }

            @Override
            protected void populateIndicators(PairFrame frame, IndicatorColumns out)
            {
            }

            @Override
            protected void populateEntryTrend(PairFrame frame, Signals signals)
            {
                double[] rsi = ta().rsi(frame, rsiPeriod.value());
                double[] adx = ta().adx(frame, adxPeriod.value());
                int level = buyRsi.value();
                for (int i = 0; i < frame.rows(); i++)
                {
                    if (rsi[i] < level && adx[i] > 20.0 && frame.volume().get(i) > 0.0)
                    {
                        signals.enterLong()[i] = Signals.ONE;
                    }
                }
            }

            @Override
            protected void populateExitTrend(PairFrame frame, Signals signals)
            {
                double[] mfi = ta().mfi(frame, mfiPeriod.value());
                int level = sellMfi.value();
                for (int i = 0; i < frame.rows(); i++)
                {
                    if (mfi[i] > level)
                    {
                        signals.exitLong()[i] = Signals.ONE;
                    }
                }
            }
        }
        """;

    private CacheBenchmarks()
    {
    }

    /**
     * {@link #CACHE_STRATEGY}, spaces buy sell, {@code enable_indicator_cache} true vs false; the signal cache is off
     * both times, so that it neither serves epochs nor takes the shared budget.
     *
     * @param context the run.
     * @return one row.
     */
    static List<FeatureResult> indicatorCache(final BenchContext context)
    {
        final Pair runs = compare(context, "indicator_cache", "enable_indicator_cache", false, CACHE_STRATEGY,
            CACHE_STRATEGY_SOURCE, INDICATOR_SPACES);
        return List.of(runs.row("indicator_cache", "buy+sell hyperopt, epoch phase", "indicator",
            CACHE_STRATEGY + " (RSI, ADX, MFI with hyperoptable periods 8-20, computed in the entry/exit phases " +
                "from the frame); signal cache off both ways"));
    }

    /**
     * SampleStrategy, spaces roi stoploss, {@code enable_signal_cache} true vs false, everything else on.
     *
     * @param context the run.
     * @return one row.
     */
    static List<FeatureResult> signalCache(final BenchContext context)
    {
        final Pair runs = compare(context, "signal_cache", "enable_signal_cache", true, EngineFixture.STRATEGY, null,
            SIGNAL_SPACES);
        return List.of(runs.row("signal_cache", "roi+stoploss hyperopt, epoch phase", "signal",
            EngineFixture.STRATEGY + "; everything else on"));
    }

    private record Pair(int epochs, List<String> spaces, Measurement on, Measurement off, Measurement wallOn,
        Measurement wallOff, HyperoptProcess.Outcome lastOn, HyperoptProcess.Outcome lastOff)
    {
        FeatureResult row(final String feature, final String metric, final String cacheName, final String setup)
        {
            final JsonNode stats = lastOn.cache(cacheName);
            final double reduction = 1.0 - on.median() / off.median();
            final String notes = String.format(Locale.ROOT, "%.1f%% %s compute time; hit rate %.1f%% (%d hits, " +
                "%d misses, %d evictions, %.1f MiB held); %d epochs in process, spaces %s, seed %d; %s; epochs/s as " +
                "printed %.1f vs %.1f; wall time incl. JVM start and data preparation %s vs %s; epochs %s",
                Math.abs(reduction) * 100, reduction >= 0 ? "less" : "more", stats.path("hit_rate").asDouble() * 100,
                stats.path("hits").asLong(), stats.path("misses").asLong(), stats.path("evictions").asLong(),
                stats.path("bytes").asLong() / (1024.0 * 1024.0), epochs, String.join(" ", spaces), SEED, setup,
                lastOn.progressRate(), lastOff.progressRate(), wallOn.text(), wallOff.text(),
                HyperoptProcess.compareEpochs(lastOn, lastOff));
            return FeatureResult.speedup(feature, metric, on, off, notes);
        }
    }

    private static Pair compare(final BenchContext context, final String label, final String key,
        final boolean signalCacheOn, final String strategy, final String source, final List<String> spaces)
    {
        final int reps = context.processRepetitions();
        final int epochs = context.cacheEpochs();
        final double[] on = new double[reps];
        final double[] off = new double[reps];
        final double[] wallOn = new double[reps];
        final double[] wallOff = new double[reps];
        HyperoptProcess.Outcome lastOn = null;
        HyperoptProcess.Outcome lastOff = null;
        for (int r = 0; r < reps; r++)
        {
            context.log().accept(label + ": hyperopt round " + (r + 1) + "/" + reps);
            // alternate the order so that drift on a busy machine hits both alike
            for (int k = 0; k < 2; k++)
            {
                final boolean cacheOn = (k == 0) == (r % 2 == 0);
                final HyperoptProcess.Outcome outcome = HyperoptProcess.run(config(context, key, cacheOn, signalCacheOn),
                    strategy, source, epochs, spaces, 0, SEED);
                if (cacheOn)
                {
                    on[r] = outcome.epochSeconds();
                    wallOn[r] = outcome.wallSeconds();
                    lastOn = outcome;
                }
                else
                {
                    off[r] = outcome.epochSeconds();
                    wallOff[r] = outcome.wallSeconds();
                    lastOff = outcome;
                }
            }
        }
        return new Pair(epochs, spaces, Measurement.of(on, "s"), Measurement.of(off, "s"),
            Measurement.of(wallOn, "s"), Measurement.of(wallOff, "s"), lastOn, lastOff);
    }

    private static ObjectNode config(final BenchContext context, final String key, final boolean on,
        final boolean signalCacheOn)
    {
        final ObjectNode config = BenchConfig.json(context.data(), true);
        config.put("enable_signal_cache", signalCacheOn);
        config.put(key, on);
        return config;
    }
}
