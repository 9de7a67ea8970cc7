package io.hyperjet.coordinator.hyperopt;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real hyperopts with worker JVMs: a full run, -j 1 against -j 3, and a worker killed with SIGKILL mid-run.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HyperoptIT
{
    @TempDir
    Path dir;

    @AfterEach
    void noLeftovers()
    {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void shouldRunEveryEpochAndLeaveResultsButNoSharedMemoryOrWorkers() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 3, 20);
        final StringWriter out = new StringWriter();
        assertEquals(0, fx.run(fx.options(30, 2, null), out), out.toString());

        final List<Path> files = fx.fthyptFiles();
        assertEquals(1, files.size());
        final List<String> lines = Files.readAllLines(files.get(0), StandardCharsets.UTF_8);
        assertEquals(30, lines.size());
        int best = 0;
        for (int i = 0; i < lines.size(); i++)
        {
            final JsonNode line = EpochCommitter.MAPPER.readTree(lines.get(i));
            assertEquals(i + 1, line.get("current_epoch").asInt());
            assertTrue(line.get("results_metrics").has("total_trades"));
            assertTrue(line.get("params_details").has("buy"));
            best += line.get("is_best").asBoolean() ? 1 : 0;
        }
        assertTrue(best >= 1, "no best epoch in " + out);
        assertTrue(Files.readString(fx.resultsDir().resolve(".last_result.json"))
            .contains(files.get(0).getFileName().toString()));
        assertTrue(Files.isRegularFile(dir.resolve("user_data/strategies/SampleStrategy.json")));
        assertTrue(fx.shmRootEmpty(), "shared memory left behind");
        assertEquals(0, HyperoptFixture.childJvms(), "worker JVMs left behind");
    }

    @Test
    void shouldGiveIdenticalEpochsWithOneOrThreeWorkers() throws Exception
    {
        final HyperoptFixture one = new HyperoptFixture(dir.resolve("one"), 2, 15);
        final HyperoptFixture three = new HyperoptFixture(dir.resolve("three"), 2, 15);
        assertEquals(0, one.run(one.options(40, 1, null), new StringWriter()));
        assertEquals(0, three.run(three.options(40, 3, null), new StringWriter()));
        assertEquals(40, HyperoptFixture.comparableLines(one.fthyptFiles().get(0)).size());
        HyperoptFixture.assertSameEpochs(one.fthyptFiles().get(0), three.fthyptFiles().get(0));
    }

    @Test
    void shouldReplaceKilledWorkerAndEndWithSameResults() throws Exception
    {
        final HyperoptFixture calm = new HyperoptFixture(dir.resolve("calm"), 2, 15);
        assertEquals(0, calm.run(calm.options(60, 2, null), new StringWriter()));

        final HyperoptFixture hit = new HyperoptFixture(dir.resolve("hit"), 2, 15);
        final AtomicInteger exit = new AtomicInteger(-1);
        final Thread run = new Thread(() -> exit.set(hit.run(hit.options(60, 2, null), new StringWriter())));
        run.start();
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        boolean killed = false;
        while (!killed && System.nanoTime() - deadlineNs < 0)
        {
            if (Files.isDirectory(hit.resultsDir()) && !hit.fthyptFiles().isEmpty() &&
                Files.readAllLines(hit.fthyptFiles().get(0)).size() >= 10)
            {
                killed = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).findFirst()
                    .map(ProcessHandle::destroyForcibly).orElse(false);
            }
            Thread.sleep(20);
        }
        run.join(TimeUnit.SECONDS.toMillis(150));
        assertTrue(killed, "no worker was killed");
        assertEquals(0, exit.get());
        HyperoptFixture.assertSameEpochs(calm.fthyptFiles().get(0), hit.fthyptFiles().get(0));
        assertEquals(0, HyperoptFixture.childJvms());
        assertTrue(hit.shmRootEmpty());
    }

    @Test
    void shouldKeepEpochsOnSigtermAndResumeToSameResults() throws Exception
    {
        final HyperoptFixture calm = new HyperoptFixture(dir.resolve("calm"), 2, 15);
        assertEquals(0, calm.run(calm.options(60, 2, null), new StringWriter()));

        final HyperoptFixture hit = new HyperoptFixture(dir.resolve("hit"), 2, 15);
        final List<String> command = new java.util.ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(io.hyperjet.common.launch.JvmFlags.flags());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.hyperjet.coordinator.cli.Main",
            "hyperopt", "-c", hit.config.toString(), "-e", "60", "-j", "2", "--random-state", "5"));
        final Process coordinator = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(dir.resolve("coordinator.log").toFile()).start();
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() - deadlineNs < 0 && coordinator.isAlive() &&
            (!Files.isDirectory(hit.resultsDir()) || hit.fthyptFiles().isEmpty() ||
            Files.readAllLines(hit.fthyptFiles().get(0)).size() < 10))
        {
            Thread.sleep(20);
        }
        coordinator.destroy();
        assertTrue(coordinator.waitFor(60, TimeUnit.SECONDS), "coordinator did not stop on SIGTERM");
        final int kept = Files.readAllLines(hit.fthyptFiles().get(0)).size();
        assertTrue(kept >= 10 && kept < 60, "kept " + kept + "; log: " + Files.readString(dir.resolve("coordinator.log")));
        final long workerDeadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (HyperoptFixture.childJvms() > 0 && System.nanoTime() - workerDeadlineNs < 0)
        {
            Thread.sleep(50);
        }
        assertEquals(0, HyperoptFixture.childJvms(), "workers outlived the coordinator");
        assertTrue(hit.shmRootEmpty(), "shared memory left behind after SIGTERM");

        final StringWriter out = new StringWriter();
        assertEquals(0, hit.run(hit.options(60, 2, ""), out), out.toString());
        assertTrue(out.toString().contains("Resumed: "), out.toString());
        HyperoptFixture.assertSameEpochs(calm.fthyptFiles().get(0), hit.fthyptFiles().get(0));
    }
}
