package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Start-up through the real CLI in a coordinator JVM of its own: Ctrl-C while the indicators are computed, and a
 * strategy whose populate_indicators throws. Either way: one line, the right exit code, no stack trace, and no run
 * left behind (no journal for --resume to pick, no empty Chronicle files, no shared memory).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class StartupIT
{
    private static final String STRATEGY = """
        import io.hyperjet.common.frame.PairFrame;
        import io.hyperjet.worker.signal.Signals;
        import io.hyperjet.worker.strategy.IndicatorColumns;
        import io.hyperjet.worker.strategy.IntParameter;
        import io.hyperjet.worker.strategy.Strategy;

        public class %1$s extends Strategy
        {
            final IntParameter buyLevel = new IntParameter(1, 50, 10, "buy");

            public %1$s()
            {
                stoploss = -0.1;
            }

            @Override
            protected void populateIndicators(PairFrame frame, IndicatorColumns out)
            {
                %2$s
            }

            @Override
            protected void populateEntryTrend(final PairFrame frame, final Signals signals)
            {
            }

            @Override
            protected void populateExitTrend(final PairFrame frame, final Signals signals)
            {
            }
        }
        """;

    @TempDir
    Path dir;

    @AfterEach
    void noLeftovers()
    {
        CliJvm.killDescendants();
    }

    @Test
    void shouldStopCleanlyOnCtrlCDuringStartUp() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 3, 5);
        strategy("Slow", "try { Thread.sleep(4000); } catch (InterruptedException e) { throw new IllegalStateException(e); }");
        final CliJvm coordinator = CliJvm.start(dir.resolve("coordinator.log"), "hyperopt", "-c",
            fx.config.toString(), "--strategy", "Slow", "--spaces", "buy", "-e", "20", "-j", "1");
        coordinator.awaitOutput("Hyperopt strategy_Slow_", 120);
        Thread.sleep(500); // inside the first pair's populate_indicators, after the journal was created
        assertTrue(coordinator.process().isAlive(), coordinator.output());
        final String signal = ignoresSigint(coordinator.pid()) ? "TERM" : "INT";
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(coordinator.pid())).start().waitFor());
        final int exitCode = coordinator.awaitExit(60);
        final String output = coordinator.output();
        // The JVM's exit status after a signal is 128 + the signal's number: SIGINT where it reaches the process,
        // SIGTERM where the test runs with SIGINT ignored (a background job of a non-interactive shell).
        assertEquals("INT".equals(signal) ? 130 : 143, exitCode, output);
        assertTrue(output.contains("hyperjet: interrupted during start-up; no epoch was run and run strategy_Slow_"),
            output);
        assertNoTraceAndNothingLeft(fx, output);
    }

    @Test
    void shouldExitTwoWithOneLineWhenPopulateIndicatorsThrows() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 5);
        strategy("Broken", "throw new IllegalStateException(\"no such column: rsi\");");
        final CliJvm coordinator = CliJvm.start(dir.resolve("coordinator.log"), "hyperopt", "-c",
            fx.config.toString(), "--strategy", "Broken", "--spaces", "buy", "-e", "20", "-j", "1");
        final int exitCode = coordinator.awaitExit(120);
        final String output = coordinator.output();
        assertEquals(2, exitCode, output);
        final List<String> errors = output.lines().filter(l -> l.startsWith("hyperjet:")).toList();
        assertEquals(1, errors.size(), output);
        assertTrue(errors.get(0).startsWith("hyperjet: strategy Broken failed in populate_indicators on ") &&
            errors.get(0).endsWith(": IllegalStateException: no such column: rsi"), output);
        assertNoTraceAndNothingLeft(fx, output);
    }

    private void strategy(final String name, final String indicatorsBody) throws IOException
    {
        CliJvm.strategy(dir, name, STRATEGY.formatted(name, indicatorsBody));
    }

    private static void assertNoTraceAndNothingLeft(final HyperoptFixture fx, final String output) throws IOException
    {
        assertFalse(output.contains("\tat ") || output.contains("Exception in thread"), output);
        final Path journals = fx.resultsDir().resolve(RunFolder.JOURNAL_DIR);
        if (Files.isDirectory(journals))
        {
            try (Stream<Path> runs = Files.list(journals))
            {
                assertEquals(List.of(), runs.toList(), "a run was left for --resume");
            }
        }
        assertTrue(!Files.isDirectory(fx.resultsDir()) || fx.fthyptFiles().isEmpty(), "an empty .fthypt was left");
        assertTrue(fx.shmRootEmpty(), "shared memory left behind");
        assertEquals(0, HyperoptFixture.childJvms(), "worker JVMs left behind");
    }

    /* A JVM started with SIGINT ignored (a background job without job control) never sees Ctrl-C; SIGTERM takes the
     * same path through the shutdown hook. */
    private static boolean ignoresSigint(final long pid) throws IOException
    {
        for (final String line : Files.readAllLines(Path.of("/proc/" + pid + "/status")))
        {
            if (line.startsWith("SigIgn:"))
            {
                return (Long.parseLong(line.substring(7).trim(), 16) & (1L << 1)) != 0;
            }
        }
        return false;
    }
}
