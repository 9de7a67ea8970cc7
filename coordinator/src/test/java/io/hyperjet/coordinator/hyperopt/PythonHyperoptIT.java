package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.coordinator.python.PythonWorkspace;
import io.hyperjet.coordinator.runconfig.RunConfigOptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Python strategies in real hyperopts with worker JVMs (-j 2): the same epochs as the Java port for the same seed;
 * a bridge killed with SIGKILL loses no epoch; a worker JVM killed with SIGKILL leaves no bridge behind.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class PythonHyperoptIT
{
    private static final List<String> SPACES = List.of("buy", "sell", "roi", "stoploss");

    @TempDir
    Path dir;

    @AfterEach
    void noLeftovers()
    {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private static final class Run
    {
        final HyperoptFixture fx;
        final PythonWorkspace python;

        Run(final Path dir) throws IOException
        {
            fx = new HyperoptFixture(dir, 2, 15);
            python = new PythonWorkspace(dir);
            python.configure(fx.config);
        }

        HyperoptOptions options(final String strategy, final int epochs)
        {
            // --disable-param-export: nothing written next to the strategies
            return new HyperoptOptions(RunConfigOptions.of(List.of(fx.config)).withStrategy(strategy), epochs, 2,
                SPACES, null, null, 5L, null, 0, null, false, false, true, false, false, null);
        }

        int run(final String strategy, final int epochs, final StringWriter out)
        {
            return fx.run(options(strategy, epochs), out);
        }

        Path fthypt() throws IOException
        {
            return fx.fthyptFiles().get(0);
        }

        int lines() throws IOException
        {
            return Files.isDirectory(fx.resultsDir()) && !fx.fthyptFiles().isEmpty() ?
                Files.readAllLines(fthypt()).size() : 0;
        }
    }

    @Test
    void shouldGiveTheEpochsOfTheJavaPort() throws Exception
    {
        final Run py = new Run(dir.resolve("py"));
        final Run java = new Run(dir.resolve("java"));
        final StringWriter out = new StringWriter();
        assertEquals(0, py.run("PyMomentum", 40, out), out.toString());
        assertEquals(0, java.run("JavaMomentum", 40, new StringWriter()));
        final List<String> fromJava = HyperoptFixture.comparableLines(java.fthypt());
        assertEquals(40, fromJava.size());
        HyperoptFixture.assertSameEpochs(java.fthypt(), renamed(py.fthypt(), "PyMomentum", "JavaMomentum"));
        assertTrue(fromJava.stream().anyMatch(l -> !l.contains("\"total_trades\":0")), "no epoch traded");
        assertEquals(0, HyperoptFixture.childJvms(), "worker JVMs or bridges left behind");
        assertTrue(py.python.bridgesAfter(5).isEmpty(), "bridges outlived the run");
    }

    /* Callbacks through worker JVMs: each worker's bridge answers its iterative backtests' calls. */
    @Test
    void shouldGiveTheEpochsOfTheJavaPortWithCallbacks() throws Exception
    {
        final Run py = new Run(dir.resolve("py"));
        final Run java = new Run(dir.resolve("java"));
        final StringWriter out = new StringWriter();
        assertEquals(0, py.run("PyGuarded", 16, out), out.toString());
        assertEquals(0, java.run("JavaGuarded", 16, new StringWriter()));
        assertTrue(out.toString().contains("16 epochs fell back to iterative: the strategy has a custom_stoploss " +
            "callback"), out.toString());
        assertEquals(16, HyperoptFixture.comparableLines(java.fthypt()).size());
        HyperoptFixture.assertSameEpochs(java.fthypt(), renamed(py.fthypt(), "PyGuarded", "JavaGuarded"));
        assertTrue(py.python.bridgesAfter(5).isEmpty(), "bridges outlived the run");
    }

    @Test
    void shouldLoseNoEpochWhenABridgeIsKilled() throws Exception
    {
        final Run calm = new Run(dir.resolve("calm"));
        assertEquals(0, calm.run("PyMomentum", 60, new StringWriter()));

        final Run hit = new Run(dir.resolve("hit"));
        final StringWriter out = new StringWriter();
        final AtomicInteger exit = new AtomicInteger(-1);
        final Thread run = new Thread(() -> exit.set(hit.run("PyMomentum", 60, out)));
        run.start();
        // a worker's bridge (the coordinator's own bridge, a child of this JVM, only answered the start-up questions)
        final Optional<ProcessHandle> killed = killWhen(hit, p -> isBridge(p) &&
            p.parent().map(ProcessHandle::pid).orElse(-1L) != ProcessHandle.current().pid());
        final Optional<ProcessHandle> worker = killed.flatMap(ProcessHandle::parent);
        boolean restarted = false;
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!restarted && worker.isPresent() && worker.get().isAlive() && System.nanoTime() - deadline < 0)
        {
            restarted = worker.get().children().anyMatch(c -> isBridge(c) && c.pid() != killed.get().pid());
            Thread.sleep(20);
        }
        assertTrue(restarted, "the worker did not start a new bridge");
        run.join(TimeUnit.SECONDS.toMillis(200));
        assertTrue(killed.isPresent(), "no bridge was killed");
        assertEquals(0, exit.get(), out.toString());
        HyperoptFixture.assertSameEpochs(calm.fthypt(), hit.fthypt());
        assertEquals(0, HyperoptFixture.childJvms());
        assertTrue(hit.python.bridgesAfter(5).isEmpty(), "bridges outlived the run");
    }

    @Test
    void shouldLeaveNoBridgeWhenAWorkerJvmIsKilled() throws Exception
    {
        final Run calm = new Run(dir.resolve("calm"));
        assertEquals(0, calm.run("PyMomentum", 60, new StringWriter()));

        final Run hit = new Run(dir.resolve("hit"));
        final AtomicInteger exit = new AtomicInteger(-1);
        final Thread run = new Thread(() -> exit.set(hit.run("PyMomentum", 60, new StringWriter())));
        run.start();
        final List<ProcessHandle> orphans = new ArrayList<>();
        final Optional<ProcessHandle> killed = killWhen(hit, p ->
        {
            final boolean worker = p.parent().map(ProcessHandle::pid).orElse(-1L) == ProcessHandle.current().pid() &&
                p.children().anyMatch(PythonHyperoptIT::isBridge);
            if (worker)
            {
                p.children().forEach(orphans::add);
            }
            return worker;
        });
        run.join(TimeUnit.SECONDS.toMillis(200));
        assertTrue(killed.isPresent(), "no worker was killed");
        assertEquals(0, exit.get());
        HyperoptFixture.assertSameEpochs(calm.fthypt(), hit.fthypt());
        assertTrue(!orphans.isEmpty(), "the killed worker had no bridge");
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (orphans.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() - deadline < 0)
        {
            Thread.sleep(100);
        }
        assertTrue(orphans.stream().noneMatch(ProcessHandle::isAlive), "a killed worker's bridge lives on");
        assertTrue(hit.python.bridgesAfter(5).isEmpty(), "bridges outlived the run");
    }

    /* The .fthypt with the strategy's name replaced, to compare a Python strategy's epochs with its Java port's. */
    private Path renamed(final Path fthypt, final String from, final String to) throws IOException
    {
        final Path copy = dir.resolve("renamed-" + fthypt.getFileName());
        Files.writeString(copy, Files.readString(fthypt).replace(from, to));
        return copy;
    }

    private static boolean isBridge(final ProcessHandle p)
    {
        return p.info().commandLine().orElse("").contains("hyperjet_bridge.py");
    }

    /* Once 10 epochs are in the .fthypt, SIGKILLs the first descendant process that matches. */
    private static Optional<ProcessHandle> killWhen(final Run run, final Predicate<ProcessHandle> target)
        throws IOException, InterruptedException
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        while (System.nanoTime() - deadlineNs < 0)
        {
            if (run.lines() >= 10)
            {
                final Optional<ProcessHandle> victim = ProcessHandle.current().descendants()
                    .filter(ProcessHandle::isAlive).filter(target).findFirst();
                if (victim.isPresent() && victim.get().destroyForcibly())
                {
                    return victim;
                }
            }
            Thread.sleep(20);
        }
        return Optional.empty();
    }
}
