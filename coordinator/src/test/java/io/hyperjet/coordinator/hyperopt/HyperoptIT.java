package io.hyperjet.coordinator.hyperopt;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import io.hyperjet.coordinator.runconfig.RunConfigOptions;

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
        CliJvm.killDescendants();
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
        // the end of the output (printed while the workers stop) comes once, whole, after the epochs
        final String text = out.toString();
        assertEquals(1, occurrences(text, "Results: "), text);
        assertEquals(1, occurrences(text, "Best parameters written to "), text);
        assertTrue(text.indexOf("Results: ") < text.indexOf("Best parameters written to "), text);
        assertTrue(fx.shmRootEmpty(), "shared memory left behind");
        assertEquals(0, HyperoptFixture.childJvms(), "worker JVMs left behind");
    }

    private static int occurrences(final String text, final String part)
    {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1))
        {
            count++;
        }
        return count;
    }

    @Test
    void shouldGiveIdenticalEpochsWithOneOrThreeWorkersOrInProcess() throws Exception
    {
        final HyperoptFixture one = new HyperoptFixture(dir.resolve("one"), 2, 15);
        final HyperoptFixture three = new HyperoptFixture(dir.resolve("three"), 2, 15);
        final HyperoptFixture local = new HyperoptFixture(dir.resolve("local"), 2, 15);
        assertEquals(0, one.run(one.options(40, 1, null), new StringWriter()));
        assertEquals(0, three.run(three.options(40, 3, null), new StringWriter()));
        assertEquals(0, local.run(local.inProcess(40), new StringWriter()));
        assertEquals(40, HyperoptFixture.comparableLines(one.fthyptFiles().get(0)).size());
        HyperoptFixture.assertSameEpochs(one.fthyptFiles().get(0), three.fthyptFiles().get(0));
        HyperoptFixture.assertSameEpochs(one.fthyptFiles().get(0), local.fthyptFiles().get(0));
    }

    /*
     * hyperopt_lag above the old fixed 16: with a batch size of 20 two workers hold 40 epochs at once, and the
     * epochs are the same as in process, where one epoch is in flight at a time.
     */
    @Test
    void shouldGiveIdenticalEpochsWithALagAboveSixteenAndMoreEpochsInFlight() throws Exception
    {
        final String keys = "\"hyperopt_lag\": 40, \"hyperopt_batch_size\": 20, \"fee\"";
        final HyperoptFixture two = new HyperoptFixture(dir.resolve("two"), 2, 15);
        final HyperoptFixture local = new HyperoptFixture(dir.resolve("local"), 2, 15);
        java.nio.file.Files.writeString(two.config, java.nio.file.Files.readString(two.config).replace("\"fee\"", keys));
        java.nio.file.Files.writeString(local.config,
            java.nio.file.Files.readString(local.config).replace("\"fee\"", keys));
        final StringWriter out = new StringWriter();
        assertEquals(0, two.run(two.options(90, 2, null), out));
        assertTrue(out.toString().contains("Workers: 2, task window 20"), out.toString());
        assertEquals(0, local.run(local.inProcess(90), new StringWriter()));
        assertEquals(90, HyperoptFixture.comparableLines(two.fthyptFiles().get(0)).size());
        HyperoptFixture.assertSameEpochs(local.fthyptFiles().get(0), two.fthyptFiles().get(0));
    }

    /*
     * timeframe_detail through real worker JVMs: the 1m candles go into shared memory next to the 5m ones, workers
     * attach both and give the same epochs as --in-process; the detail candles change the results (against a run
     * without them), and every epoch ran on the vectorized backtester.
     */
    @Test
    void shouldGiveIdenticalDetailEpochsWithWorkersOrInProcess() throws Exception
    {
        final HyperoptFixture workers = new HyperoptFixture(dir.resolve("workers"), 2, 10).withDetail(2, 10);
        final HyperoptFixture local = new HyperoptFixture(dir.resolve("local"), 2, 10).withDetail(2, 10);
        final HyperoptFixture plain = new HyperoptFixture(dir.resolve("plain"), 2, 10);
        final StringWriter out = new StringWriter();
        assertEquals(0, workers.run(workers.detailOptions(20, 2, "1m"), out), out.toString());
        assertTrue(out.toString().contains("Data: 2 pairs with 1m detail candles"), out.toString());
        assertTrue(out.toString().contains("in shared memory"), out.toString());
        assertEquals(0, local.run(local.detailOptions(20, 0, "1m"), new StringWriter()));
        assertEquals(0, plain.run(plain.detailOptions(20, 0, null), new StringWriter()));

        final Path fthypt = workers.fthyptFiles().get(0);
        assertEquals(20, HyperoptFixture.comparableLines(fthypt).size());
        HyperoptFixture.assertSameEpochs(fthypt, local.fthyptFiles().get(0));
        final List<String> detail = Files.readAllLines(fthypt, StandardCharsets.UTF_8);
        final List<String> noDetail = Files.readAllLines(plain.fthyptFiles().get(0), StandardCharsets.UTF_8);
        int differing = 0;
        int withTables = 0;
        for (int i = 0; i < detail.size(); i++)
        {
            final JsonNode line = EpochCommitter.MAPPER.readTree(detail.get(i));
            if (line.get("results_metrics").has("strategy_name"))
            {
                // the new-best epochs carry their full tables (hyperopt_results_trades "best")
                assertEquals("1m", line.get("results_metrics").get("timeframe_detail").asText());
                withTables++;
            }
            differing += line.get("loss").equals(EpochCommitter.MAPPER.readTree(noDetail.get(i)).get("loss")) ? 0 : 1;
        }
        assertTrue(differing > 0, "detail candles changed no epoch's loss");
        assertTrue(withTables > 0, "no line with full tables");
        assertTrue(out.toString().contains("Backtester: 20 epochs vectorized, 0 iterative"), out.toString());
        assertTrue(workers.shmRootEmpty(), "shared memory left behind");
        assertEquals(0, HyperoptFixture.childJvms(), "worker JVMs left behind");
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
            if (CliJvm.epochsWritten(hit) >= 10)
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
        final CliJvm coordinator = CliJvm.start(dir.resolve("coordinator.log"), "hyperopt", "-c",
            hit.config.toString(), "-e", "60", "-j", "2", "--random-state", "5");
        coordinator.awaitEpochs(hit, 10, 120);
        coordinator.process().destroy();
        assertTrue(coordinator.process().waitFor(60, TimeUnit.SECONDS), "coordinator did not stop on SIGTERM");
        final int kept = Files.readAllLines(hit.fthyptFiles().get(0)).size();
        assertTrue(kept >= 10 && kept < 60, "kept " + kept + "; log: " + coordinator.output());
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

    @Test
    void shouldStopWithClearErrorWhenStrategyFailsEveryEpoch() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 10);
        CliJvm.strategy(dir, "Failing", """
            import io.hyperjet.common.frame.PairFrame;
            import io.hyperjet.worker.signal.Signals;
            import io.hyperjet.worker.strategy.IntParameter;
            import io.hyperjet.worker.strategy.Strategy;

            public class Failing extends Strategy
            {
                final IntParameter buyLevel = new IntParameter(1, 50, 10, "buy");

                public Failing()
                {
                    stoploss = -0.1;
                }

                @Override
                protected void populateEntryTrend(final PairFrame frame, final Signals signals)
                {
                    if (buyLevel.value() > 0)
                    {
                        throw new IllegalStateException("boom at level " + buyLevel.value());
                    }
                }

                @Override
                protected void populateExitTrend(final PairFrame frame, final Signals signals)
                {
                }
            }
            """);
        final HyperoptOptions options = new HyperoptOptions(RunConfigOptions.of(List.of(fx.config)).withStrategy("Failing"), 20,
            1, List.of("buy"), null, null, 5L, null, 0, null, false, false, false, false, false, null);
        final io.hyperjet.common.UserInputException error = org.junit.jupiter.api.Assertions.assertThrows(
            io.hyperjet.common.UserInputException.class, () -> fx.run(options, new StringWriter()));
        assertTrue(error.getMessage().contains("failed in every epoch") && error.getMessage().contains("boom"),
            error.getMessage());
        assertEquals(0, HyperoptFixture.childJvms(), "worker JVMs left behind");
        assertTrue(fx.shmRootEmpty(), "shared memory left behind");
    }

    @Test
    void shouldStopWorkersWhenCoordinatorIsKilledAndRemoveItsRunOnNextStart() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 15);
        final CliJvm coordinator = CliJvm.start(dir.resolve("coordinator.log"), "hyperopt", "-c",
            fx.config.toString(), "-e", "2000", "-j", "2", "--random-state", "5");
        coordinator.awaitEpochs(fx, 5, 120);
        final List<ProcessHandle> workers = coordinator.process().descendants().toList();
        // -j 2: one worker JVM hosting both workers
        assertEquals(1, workers.size(), "workers running: " + coordinator.output());
        coordinator.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        final long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (workers.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() - gone < 0)
        {
            Thread.sleep(50);
        }
        assertTrue(workers.stream().noneMatch(ProcessHandle::isAlive), "workers outlived a killed coordinator");
        assertTrue(!fx.shmRootEmpty(), "a killed coordinator cannot clean up; its run must still be there");

        final StringWriter out = new StringWriter();
        assertEquals(0, fx.run(fx.options(5, 1, null), out), out.toString());
        assertTrue(fx.shmRootEmpty(), "the stale run was not removed by the next start");
    }
}
