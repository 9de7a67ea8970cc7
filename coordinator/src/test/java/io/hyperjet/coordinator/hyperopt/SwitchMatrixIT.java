package io.hyperjet.coordinator.hyperopt;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import io.hyperjet.coordinator.runconfig.RunConfigOptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One seeded hyperopt under every optimization switch combination that matters: all on, all off, and two mixed
 * runs, so each of vectorized backtesting, numpy_optimizations, shared memory, the indicator cache and the signal
 * cache is on in some run and off in another, with enable_performance_optimizations both overridden and relied on.
 * Every run must commit the same epochs. The strategy reads a parameter conditionally and computes an indicator in
 * its entry phase, so both caches are consulted and hit.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class SwitchMatrixIT
{
    private static final int EPOCHS = 30;
    private static final String STRATEGY = """
        import io.hyperjet.common.frame.PairFrame;
        import io.hyperjet.worker.signal.Signals;
        import io.hyperjet.worker.strategy.BooleanParameter;
        import io.hyperjet.worker.strategy.IndicatorColumns;
        import io.hyperjet.worker.strategy.IntParameter;
        import io.hyperjet.worker.strategy.Strategy;

        public class SwitchStrategy extends Strategy
        {
            IntParameter buyRsi = new IntParameter(28, 31, 30, "buy");
            BooleanParameter useTrend = new BooleanParameter(false, "buy");
            IntParameter trendPeriod = new IntParameter(12, 14, 14, "buy");
            IntParameter sellRsi = new IntParameter(68, 70, 70, "sell");

            public SwitchStrategy()
            {
                timeframe = "5m";
                minimalRoi = roi(60, 0.01, 30, 0.02, 0, 0.04);
                stoploss = -0.10;
                startupCandleCount = 40;
            }

            @Override
            protected void populateIndicators(PairFrame frame, IndicatorColumns out)
            {
                int n = frame.rows();
                out.put("rsi", ta().rsi(frame, 14));
                out.put("sma", ops().rollingMean(frame.close().toArray(), 20, new double[n]));
            }

            @Override
            protected void populateEntryTrend(PairFrame frame, Signals signals)
            {
                double[] adx = useTrend.value() ? ta().adx(frame, trendPeriod.value()) : null;
                int level = buyRsi.value();
                for (int i = 0; i < frame.rows(); i++)
                {
                    boolean trend = null == adx || adx[i] > 20.0;
                    if (column(frame, "rsi").get(i) < level && trend && frame.volume().get(i) > 0.0)
                    {
                        signals.enterLong()[i] = Signals.ONE;
                    }
                }
            }

            @Override
            protected void populateExitTrend(PairFrame frame, Signals signals)
            {
                int level = sellRsi.value();
                for (int i = 0; i < frame.rows(); i++)
                {
                    if (column(frame, "rsi").get(i) > level && frame.close().get(i) > column(frame, "sma").get(i))
                    {
                        signals.exitLong()[i] = Signals.ONE;
                    }
                }
            }
        }
        """;

    @TempDir
    Path dir;

    @AfterEach
    void noLeftovers()
    {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private record Run(HyperoptFixture fixture, String out)
    {
        Path fthypt() throws Exception
        {
            return fixture.fthyptFiles().get(0);
        }

        JsonNode optimizations() throws Exception
        {
            final String[] lines = out.split("\n");
            return EpochCommitter.MAPPER.readTree(lines[lines.length - 1]);
        }
    }

    private Run run(final String name, final int jobs, final Map<String, Boolean> switches) throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir.resolve(name), 2, 10);
        final Path strategies = fx.dir.resolve("strategies");
        Files.createDirectories(strategies);
        Files.writeString(strategies.resolve("SwitchStrategy.java"), STRATEGY);
        final ObjectNode config = (ObjectNode)EpochCommitter.MAPPER.readTree(fx.config.toFile());
        config.put("strategy", "SwitchStrategy");
        config.put("strategy_path", strategies.toString());
        switches.forEach(config::put);
        Files.writeString(fx.config, config.toPrettyString());
        final HyperoptOptions options = new HyperoptOptions(RunConfigOptions.of(List.of(fx.config)), EPOCHS, jobs,
            List.of("buy", "sell", "roi", "stoploss"), null, null, 7L, null, 0, null, false, true, true, false, false,
            null);
        final StringWriter out = new StringWriter();
        assertEquals(0, fx.run(options, out), out.toString());
        assertEquals(EPOCHS, HyperoptFixture.comparableLines(fx.fthyptFiles().get(0)).size());
        return new Run(fx, out.toString());
    }

    @Test
    void shouldCommitIdenticalEpochsWhateverTheSwitches() throws Exception
    {
        final Run allOn = run("all-on", 2, Map.of("enable_performance_optimizations", true));
        final Run allOff = run("all-off", 1, Map.of("enable_performance_optimizations", false));
        final Run mixedA = run("mixed-a", 1, Map.of(
            "enable_performance_optimizations", false,
            "enable_vectorized_backtesting", true,
            "enable_indicator_cache", true,
            "enable_signal_cache", true));
        final Run mixedB = run("mixed-b", 2, Map.of(
            "enable_performance_optimizations", true,
            "enable_vectorized_backtesting", false,
            "enable_indicator_cache", false,
            "enable_signal_cache", false));

        HyperoptFixture.assertSameEpochs(allOn.fthypt(), allOff.fthypt());
        HyperoptFixture.assertSameEpochs(allOn.fthypt(), mixedA.fthypt());
        HyperoptFixture.assertSameEpochs(allOn.fthypt(), mixedB.fthypt());

        assertActive(allOn, true, true, true, true, true);
        assertActive(allOff, false, false, false, false, false);
        assertActive(mixedA, true, false, false, true, true);
        assertActive(mixedB, false, true, true, false, false);
        final JsonNode caches = allOn.optimizations().path("caches");
        assertTrue(caches.path("signal").path("hits").asLong() > 0, allOn.out);
        assertTrue(caches.path("indicator").path("hits").asLong() > 0, allOn.out);
        assertTrue(allOn.out.contains("in shared memory"), allOn.out);
        assertTrue(mixedA.out.contains("(workers read files)"), mixedA.out);
        assertEquals(EPOCHS, allOn.optimizations().path("backtester").path("vectorized_epochs").asLong());
        assertEquals(EPOCHS, allOff.optimizations().path("backtester").path("iterative_epochs").asLong());
        assertEquals(0, HyperoptFixture.childJvms(), "worker JVMs left behind");
    }

    private static void assertActive(final Run run, final boolean vectorized, final boolean numpy, final boolean shm,
        final boolean indicatorCache, final boolean signalCache) throws Exception
    {
        final JsonNode active = run.optimizations().path("optimizations");
        final String where = run.out;
        assertEquals(vectorized, active.path("vectorized_backtesting").asBoolean(), where);
        assertEquals(numpy, active.path("numpy_optimizations").asBoolean(), where);
        assertEquals(shm, active.path("shared_memory_used").asBoolean(), where);
        assertEquals(indicatorCache, active.path("indicator_cache").asBoolean(), where);
        assertEquals(signalCache, active.path("signal_cache").asBoolean(), where);
        assertEquals(indicatorCache, run.optimizations().path("caches").path("indicator").path("enabled").asBoolean(),
            where);
        assertEquals(signalCache, run.optimizations().path("caches").path("signal").path("enabled").asBoolean(),
            where);
    }
}
