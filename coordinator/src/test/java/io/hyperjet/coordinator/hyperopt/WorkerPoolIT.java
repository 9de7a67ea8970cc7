package io.hyperjet.coordinator.hyperopt;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.shm.channel.ResultJournal;
import io.hyperjet.worker.epoch.RunSpec;
import io.hyperjet.worker.process.WorkerArgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A worker JVM hosting several worker slots, through real JVMs: its slots die together and are reaped together
 * under one pid, and killing the JVM for one slot removes them all with their task rings.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WorkerPoolIT
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private WorkerPool pool;
    private ResultJournal journal;

    @AfterEach
    void close()
    {
        if (null != pool)
        {
            pool.close();
        }
        if (null != journal)
        {
            journal.close();
        }
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void shouldReapEverySlotOfADeadJvmTogether() throws Exception
    {
        pool = pool(dir.resolve("absent-spec.json"));
        assertEquals(List.of(1, 2), pool.spawn(2));
        final long pid = pool.pid(1);
        assertEquals(pid, pool.pid(2));
        List<WorkerPool.Exited> dead = List.of();
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (dead.isEmpty() && System.nanoTime() - deadlineNs < 0)
        {
            Thread.sleep(20);
            dead = pool.reapDead();
        }
        assertEquals(List.of(new WorkerPool.Exited(1, pid, 1), new WorkerPool.Exited(2, pid, 1)), dead);
        assertTrue(pool.liveWorkers().isEmpty());
        assertFalse(WorkerArgs.taskRing(dir.toFile(), 1).exists());
        assertFalse(WorkerArgs.taskRing(dir.toFile(), 2).exists());
        assertTrue(pool.logTail(1, 20).contains("hyperjet worker 1 failed"), pool.logTail(1, 20));
        assertEquals(List.of(3), pool.spawn(1), "ids are never reused");
    }

    @Test
    void shouldKillEverySlotOfTheJvmOfOneSlot() throws Exception
    {
        // a pending spec the slots accept (the strategy is checked against the config before the wait: without a
        // stoploss they failed within a second or two, so the test raced their start), then wait for data that never
        // comes
        final Path spec = dir.resolve("run-spec.json");
        final ObjectNode config = MAPPER.createObjectNode().put("timeframe", "5m").put("stake_currency", "USDT")
            .put("stake_amount", 100).put("dry_run_wallet", 1000).put("max_open_trades", 3)
            .put("stoploss", -0.1);
        new RunSpec(config, "SampleStrategy", List.of(), MAPPER.createObjectNode(), List.of(), null,
            List.of("buy"), "SharpeHyperOptLoss", 1).pending(ProcessHandle.current().pid()).write(spec);
        pool = pool(spec);
        assertEquals(List.of(1, 2, 3), pool.spawn(3));
        assertEquals(List.of(4), pool.spawn(1));
        final ProcessHandle jvm = ProcessHandle.of(pool.pid(2)).orElseThrow();
        Thread.sleep(1_000);
        assertTrue(jvm.isAlive(), pool.logTail(1, 20));
        assertFalse(pool.logTail(1, 20).contains("failed"), pool.logTail(1, 20));
        assertEquals(List.of(1, 2, 3), pool.kill(2));
        assertFalse(jvm.isAlive());
        assertEquals(List.of(4), pool.liveWorkers(), pool.logTail(4, 40));
        assertEquals(-1, pool.pid(1));
        assertTrue(pool.kill(3).isEmpty(), "already gone with its JVM");
        for (int id = 1; id <= 3; id++)
        {
            assertFalse(WorkerArgs.taskRing(dir.toFile(), id).exists(), "ring of worker " + id);
        }
        assertTrue(WorkerArgs.taskRing(dir.toFile(), 4).exists());
        assertTrue(pool.reapDead().isEmpty(), "a killed JVM is not reaped again");
    }

    private WorkerPool pool(final Path spec)
    {
        final File journalDir = dir.resolve("journal").toFile();
        journal = ResultJournal.open(journalDir);
        return new WorkerPool(dir.toFile(), spec.toFile(), journalDir, 64L << 20);
    }
}
