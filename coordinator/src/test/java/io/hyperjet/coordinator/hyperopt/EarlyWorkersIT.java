package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.worker.process.WorkerMain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workers start while the coordinator still prepares the data (after the first pair): through the real CLI in a
 * coordinator JVM of its own, with a strategy whose indicator phase is slow on every pair after the first, a worker
 * JVM must be running before the "Data:" line, and the epochs must be those of an in-process run; a strategy that
 * fails on a later pair must leave no worker JVM (they were already started) and no shared memory.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class EarlyWorkersIT
{
    private static final String STRATEGY = """
        import io.hyperjet.common.frame.PairFrame;
        import io.hyperjet.worker.signal.Signals;
        import io.hyperjet.worker.strategy.IndicatorColumns;
        import io.hyperjet.worker.strategy.IntParameter;
        import io.hyperjet.worker.strategy.Strategy;

        public class %1$s extends Strategy
        {
            final IntParameter every = new IntParameter(20, 60, 37, "buy");
            final IntParameter hold = new IntParameter(3, 30, 19, "sell");

            public %1$s()
            {
                stoploss = -0.03;
            }

            @Override
            protected void populateIndicators(PairFrame frame, IndicatorColumns out)
            {
                // by name, not a count: pairs may run their indicator phase at once, on separate instances
                if (!frame.pair().equals(dp.currentWhitelist().get(0)))
                {
                    %2$s
                }
            }

            @Override
            protected void populateEntryTrend(final PairFrame frame, final Signals signals)
            {
                for (int i = 0; i < frame.rows(); i += every.value())
                {
                    signals.enterLong()[i] = Signals.ONE;
                }
            }

            @Override
            protected void populateExitTrend(final PairFrame frame, final Signals signals)
            {
                for (int i = hold.value(); i < frame.rows(); i += every.value())
                {
                    signals.exitLong()[i] = Signals.ONE;
                }
            }
        }
        """;
    private static final String SLEEP =
        "try { Thread.sleep(2500); } catch (InterruptedException e) { throw new IllegalStateException(e); }";

    @TempDir
    Path dir;

    @AfterEach
    void noLeftovers()
    {
        CliJvm.killDescendants();
    }

    @Test
    void shouldStartWorkersBeforeTheDataIsReadyAndGiveTheSameEpochs() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir.resolve("early"), 3, 10);
        final HyperoptFixture local = new HyperoptFixture(dir.resolve("local"), 3, 10);
        strategy(fx, "Slow", SLEEP);
        strategy(local, "Slow", SLEEP);
        final CliJvm coordinator = CliJvm.start(fx.dir.resolve("coordinator.log"), "hyperopt", "-c",
            fx.config.toString(), "--strategy", "Slow", "--spaces", "buy", "sell", "-e", "40", "-j", "2",
            "--random-state", "7");
        boolean workerBeforeData = false;
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() - deadlineNs < 0 && coordinator.process().isAlive() &&
            !coordinator.output().contains("Data: "))
        {
            workerBeforeData |= coordinator.process().descendants().anyMatch(EarlyWorkersIT::isWorker);
            Thread.sleep(20);
        }
        final int exitCode = coordinator.awaitExit(180);
        final String output = coordinator.output();
        assertEquals(0, exitCode, output);
        assertTrue(workerBeforeData, "no worker JVM ran before the data was ready:\n" + output);
        assertTrue(output.contains("Workers: 2, task window"), output);

        final CliJvm inProcess = CliJvm.start(local.dir.resolve("coordinator.log"), "hyperopt", "-c",
            local.config.toString(), "--strategy", "Slow", "--spaces", "buy", "sell", "-e", "40", "--in-process",
            "--random-state", "7");
        assertEquals(0, inProcess.awaitExit(180), inProcess.output());
        assertEquals(40, HyperoptFixture.comparableLines(fx.fthyptFiles().get(0)).size());
        HyperoptFixture.assertSameEpochs(local.fthyptFiles().get(0), fx.fthyptFiles().get(0));
        assertTrue(fx.shmRootEmpty(), "shared memory left behind");
    }

    @Test
    void shouldLeaveNoWorkerWhenALaterPairFails() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 3, 5);
        strategy(fx, "Broken", "try { Thread.sleep(2500); } catch (InterruptedException e) { } " +
            "throw new IllegalStateException(\"no such column: rsi\");");
        final CliJvm coordinator = CliJvm.start(dir.resolve("coordinator.log"), "hyperopt", "-c",
            fx.config.toString(), "--strategy", "Broken", "--spaces", "buy", "-e", "20", "-j", "2");
        boolean workerStarted = false;
        while (coordinator.process().isAlive())
        {
            workerStarted |= coordinator.process().descendants().anyMatch(EarlyWorkersIT::isWorker);
            Thread.sleep(20);
        }
        final String output = coordinator.output();
        assertTrue(workerStarted, "the workers did not start before the failure:\n" + output);
        assertEquals(2, coordinator.process().exitValue(), output);
        final List<String> errors = output.lines().filter(l -> l.startsWith("hyperjet:")).toList();
        assertEquals(1, errors.size(), output);
        assertTrue(errors.get(0).endsWith(": IllegalStateException: no such column: rsi"), output);
        assertFalse(output.contains("\tat "), output);
        assertTrue(fx.shmRootEmpty(), "shared memory left behind");
        assertEquals(0, ProcessHandle.allProcesses().filter(EarlyWorkersIT::isWorker)
            .filter(p -> commandLine(p).contains(dir.toString())).count(), "worker JVMs left");
    }

    private static boolean isWorker(final ProcessHandle process)
    {
        return process.isAlive() && commandLine(process).contains(WorkerMain.class.getName());
    }

    /* ProcessHandle.Info cuts long command lines (the class path comes before the main class): read /proc. */
    private static String commandLine(final ProcessHandle process)
    {
        try
        {
            return Files.readString(Path.of("/proc/" + process.pid() + "/cmdline")).replace('\0', ' ');
        }
        catch (final IOException ex)
        {
            return "";
        }
    }

    private static void strategy(final HyperoptFixture fx, final String name, final String slowBody) throws IOException
    {
        CliJvm.strategy(fx.dir, name, STRATEGY.formatted(name, slowBody));
    }
}
