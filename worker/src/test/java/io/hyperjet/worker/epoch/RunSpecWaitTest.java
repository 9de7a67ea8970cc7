package io.hyperjet.worker.epoch;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RunSpecWaitTest
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long SELF = ProcessHandle.current().pid();

    @TempDir
    Path dir;

    @Test
    void shouldRoundTripThePendingState()
    {
        final File file = dir.resolve("run-spec.json").toFile();
        final RunSpec pending = spec(List.of(), null).pending(SELF);
        pending.write(file.toPath());
        final RunSpec read = RunSpec.read(file);
        assertFalse(read.dataReady());
        assertEquals(SELF, read.dataPendingPid());
        spec(List.of("BTC/USDT"), "/m.json").write(file.toPath());
        assertTrue(RunSpec.read(file).dataReady());
    }

    @Test
    void shouldReturnAReadySpecAsItIs()
    {
        final RunSpec ready = spec(List.of("BTC/USDT"), "/m.json");
        assertSame(ready, RunSpecWait.ready(dir.resolve("absent.json").toFile(), ready));
    }

    @Test
    void shouldWaitForTheFinalSpecWrittenOverThePendingOne() throws Exception
    {
        final File file = dir.resolve("run-spec.json").toFile();
        final RunSpec pending = spec(List.of(), null).pending(SELF);
        pending.write(file.toPath());
        final CompletableFuture<RunSpec> waiting = CompletableFuture.supplyAsync(() -> RunSpecWait.ready(file, pending));
        Thread.sleep(100);
        assertFalse(waiting.isDone(), "returned before the data was ready");
        // rewriting the pending spec is not the signal
        pending.write(file.toPath());
        Thread.sleep(50);
        assertFalse(waiting.isDone(), "returned on a pending spec");
        spec(List.of("BTC/USDT", "ETH/USDT"), "/dev/shm/run/metadata.json").write(file.toPath());
        final RunSpec ready = waiting.get(10, TimeUnit.SECONDS);
        assertTrue(ready.dataReady());
        assertEquals(List.of("BTC/USDT", "ETH/USDT"), ready.pairs());
        assertEquals("/dev/shm/run/metadata.json", ready.metadata());
    }

    @Test
    void shouldSeeAFinalSpecWrittenBeforeTheWaitBegan()
    {
        final File file = dir.resolve("run-spec.json").toFile();
        final RunSpec pending = spec(List.of(), null).pending(SELF);
        spec(List.of("BTC/USDT"), "/m.json").write(file.toPath());
        assertEquals(List.of("BTC/USDT"), RunSpecWait.ready(file, pending).pairs());
    }

    @Test
    void shouldStopWhenTheSpecIsRemoved() throws Exception
    {
        final File file = dir.resolve("run-spec.json").toFile();
        final RunSpec pending = spec(List.of(), null).pending(SELF);
        pending.write(file.toPath());
        final CompletableFuture<RunSpec> waiting = CompletableFuture.supplyAsync(() -> RunSpecWait.ready(file, pending));
        Thread.sleep(50);
        Files.delete(file.toPath());
        final Exception ex = assertThrows(Exception.class, () -> waiting.get(10, TimeUnit.SECONDS));
        assertTrue(ex.getCause().getMessage().contains("was removed before the data was ready"), ex.toString());
    }

    @Test
    void shouldStopWhenTheCoordinatorIsGone() throws Exception
    {
        final Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        final File file = dir.resolve("run-spec.json").toFile();
        final RunSpec pending = spec(List.of(), null).pending(gone.pid());
        pending.write(file.toPath());
        final IllegalStateException ex = assertThrows(IllegalStateException.class, () -> RunSpecWait.ready(file, pending));
        assertEquals("coordinator pid " + gone.pid() + " is gone before the data was ready", ex.getMessage());
    }

    @Test
    void shouldRefuseAFinalSpecOfAnotherRun()
    {
        final File file = dir.resolve("run-spec.json").toFile();
        final RunSpec pending = spec(List.of(), null).pending(SELF);
        new RunSpec(config(), "OtherStrategy", List.of(), MAPPER.createObjectNode(), List.of("BTC/USDT"), "/m.json",
            List.of("buy"), "SharpeHyperOptLoss", 1).write(file.toPath());
        final IllegalStateException ex = assertThrows(IllegalStateException.class, () -> RunSpecWait.ready(file, pending));
        assertTrue(ex.getMessage().endsWith("the final run spec is not the pending one's run"), ex.getMessage());
    }

    private static RunSpec spec(final List<String> pairs, final String metadata)
    {
        return new RunSpec(config(), "SampleStrategy", List.of("/strategies"), MAPPER.createObjectNode(), pairs,
            metadata, List.of("buy"), "SharpeHyperOptLoss", 1);
    }

    private static ObjectNode config()
    {
        final ObjectNode config = MAPPER.createObjectNode();
        config.put("timeframe", "5m");
        return config;
    }
}
