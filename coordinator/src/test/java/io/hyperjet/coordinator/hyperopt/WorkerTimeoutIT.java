package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workers that stop answering or never finish an epoch, through the real CLI in a coordinator JVM of its own: a
 * worker stopped with SIGSTOP mid-run is killed and replaced and the run ends with the same epochs as an
 * undisturbed one; a strategy that loops forever for one parameter value ends as one failed epoch.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class WorkerTimeoutIT
{
    /* -j 2 runs both workers as slots of one JVM: stopping it stops both, and both are killed and replaced. */
    private static final Pattern KILLED = Pattern.compile(
        "hyperjet: workers 1, 2 \\(pid (\\d+)\\) killed: worker [12] (stopped answering: no heartbeat for|" +
        "did not start within) [0-9.]+ s( \\([^)]*\\))?; \\d+ epochs? handed out again; replaced by workers 3, 4 \\(pid \\d+\\)");

    @TempDir
    Path dir;

    @AfterEach
    void noLeftovers()
    {
        CliJvm.killDescendants();
    }

    @Test
    void shouldKillAStoppedWorkerAndEndWithTheSameEpochs() throws Exception
    {
        final HyperoptFixture calm = new HyperoptFixture(dir.resolve("calm"), 2, 15);
        assertEquals(0, calm.run(calm.options(200, 2, null), new StringWriter()));

        final HyperoptFixture hit = new HyperoptFixture(dir.resolve("hit"), 2, 15);
        withWorkerTimeout(hit, 3);
        final CliJvm coordinator = CliJvm.start(dir.resolve("coordinator.log"), "hyperopt", "-c",
            hit.config.toString(), "-e", "200", "-j", "2", "--random-state", "5");
        coordinator.awaitEpochs(hit, 60, 120);
        final ProcessHandle worker =
            coordinator.process().children().filter(ProcessHandle::isAlive).findFirst().orElse(null);
        assertTrue(null != worker, "no worker running; log: " + coordinator.output());
        assertEquals(1, coordinator.process().children().filter(ProcessHandle::isAlive).count(),
            "the two workers are not slots of one JVM");
        signal("STOP", worker.pid());
        final int exitCode = coordinator.awaitExit(150);
        final String output = coordinator.output();
        assertEquals(0, exitCode, output);
        final Matcher killed = KILLED.matcher(output);
        assertTrue(killed.find(), output);
        assertEquals(worker.pid(), Long.parseLong(killed.group(1)), output);
        HyperoptFixture.assertSameEpochs(calm.fthyptFiles().get(0), hit.fthyptFiles().get(0));
        assertEquals(0, HyperoptFixture.childJvms(), "worker JVMs left behind");
        assertTrue(hit.shmRootEmpty(), "shared memory left behind");
    }

    @Test
    void shouldEndAStrategyThatLoopsForeverForOneValueAsAFailedEpoch() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 10);
        withWorkerTimeout(fx, 2);
        CliJvm.strategy(dir, "LoopsOnTwo", """
            import io.hyperjet.common.frame.PairFrame;
            import io.hyperjet.worker.signal.Signals;
            import io.hyperjet.worker.strategy.IntParameter;
            import io.hyperjet.worker.strategy.Strategy;

            public class LoopsOnTwo extends Strategy
            {
                final IntParameter buyLevel = new IntParameter(1, 3, 1, "buy");

                public LoopsOnTwo()
                {
                    stoploss = -0.1;
                }

                @Override
                protected void populateEntryTrend(final PairFrame frame, final Signals signals)
                {
                    while (buyLevel.value() == 2)
                    {
                        Thread.onSpinWait();
                    }
                }

                @Override
                protected void populateExitTrend(final PairFrame frame, final Signals signals)
                {
                }
            }
            """);
        final CliJvm coordinator = CliJvm.start(dir.resolve("coordinator.log"), "hyperopt", "-c",
            fx.config.toString(), "--strategy", "LoopsOnTwo", "--spaces", "buy", "-e", "10", "-j", "2",
            "--random-state", "5");
        final int exitCode = coordinator.awaitExit(180);
        final String output = coordinator.output();
        assertEquals(0, exitCode, output);
        final Matcher failed = Pattern.compile("Epoch (\\d+) failed: no result: the worker held epoch \\1 for")
            .matcher(output);
        assertTrue(failed.find(), output);
        assertTrue(output.contains("epoch " + failed.group(1) + " hung on 2 workers and is recorded as failed"),
            output);
        assertTrue(output.contains("1 epochs failed"), output);
        assertTrue(output.contains("Search space exhausted: all 3 distinct parameter sets were tried; " +
            "stopped after 3 of 10 epochs"), output);
        assertEquals(2, Files.readAllLines(fx.fthyptFiles().get(0), StandardCharsets.UTF_8).size());
        assertEquals(0, HyperoptFixture.childJvms(), "worker JVMs left behind");
        assertTrue(fx.shmRootEmpty(), "shared memory left behind");
    }

    static void withWorkerTimeout(final HyperoptFixture fx, final int seconds) throws IOException
    {
        Files.writeString(fx.config, Files.readString(fx.config).replace("\"shared_memory_dir\"",
            "\"worker_timeout_s\": " + seconds + ", \"shared_memory_dir\""));
    }

    private static void signal(final String name, final long pid) throws Exception
    {
        assertEquals(0, new ProcessBuilder("kill", "-" + name, Long.toString(pid)).start().waitFor());
    }
}
