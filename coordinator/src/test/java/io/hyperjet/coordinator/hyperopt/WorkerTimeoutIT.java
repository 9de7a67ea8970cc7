package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.launch.JvmFlags;

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
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void shouldKillAStoppedWorkerAndEndWithTheSameEpochs() throws Exception
    {
        final HyperoptFixture calm = new HyperoptFixture(dir.resolve("calm"), 2, 15);
        assertEquals(0, calm.run(calm.options(200, 2, null), new StringWriter()));

        final HyperoptFixture hit = new HyperoptFixture(dir.resolve("hit"), 2, 15);
        withWorkerTimeout(hit, 3);
        final Path log = dir.resolve("coordinator.log");
        final Process coordinator = coordinator(log, "hyperopt", "-c", hit.config.toString(), "-e", "200", "-j", "2",
            "--random-state", "5");
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() - deadlineNs < 0 && coordinator.isAlive() && committed(hit) < 60)
        {
            Thread.sleep(20);
        }
        final ProcessHandle worker = coordinator.children().filter(ProcessHandle::isAlive).findFirst().orElse(null);
        assertTrue(null != worker, "no worker running; log: " + read(log));
        assertEquals(1, coordinatorChildren(coordinator), "the two workers are not slots of one JVM");
        signal("STOP", worker.pid());
        assertTrue(coordinator.waitFor(150, TimeUnit.SECONDS), "run did not end: " + read(log));
        final String output = read(log);
        assertEquals(0, coordinator.exitValue(), output);
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
        final Path strategies = Files.createDirectories(dir.resolve("user_data/strategies"));
        Files.writeString(strategies.resolve("LoopsOnTwo.java"), """
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
        final Path log = dir.resolve("coordinator.log");
        final Process coordinator = coordinator(log, "hyperopt", "-c", fx.config.toString(), "--strategy",
            "LoopsOnTwo", "--spaces", "buy", "-e", "10", "-j", "2", "--random-state", "5");
        assertTrue(coordinator.waitFor(180, TimeUnit.SECONDS), "run did not end: " + read(log));
        final String output = read(log);
        assertEquals(0, coordinator.exitValue(), output);
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

    static Process coordinator(final Path log, final String... args) throws IOException
    {
        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JvmFlags.flags());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.hyperjet.coordinator.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static long coordinatorChildren(final Process coordinator)
    {
        return coordinator.children().filter(ProcessHandle::isAlive).count();
    }

    private static long committed(final HyperoptFixture fx) throws IOException
    {
        if (!Files.isDirectory(fx.resultsDir()) || fx.fthyptFiles().isEmpty())
        {
            return 0;
        }
        return Files.readAllLines(fx.fthyptFiles().get(0)).size();
    }

    private static void signal(final String name, final long pid) throws Exception
    {
        assertEquals(0, new ProcessBuilder("kill", "-" + name, Long.toString(pid)).start().waitFor());
    }

    static String read(final Path log) throws IOException
    {
        return Files.isRegularFile(log) ? Files.readString(log) : "";
    }
}
