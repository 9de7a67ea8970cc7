package io.hyperjet.coordinator.hyperopt;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.coordinator.cli.Main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --resume} of a run another coordinator is running is refused with that coordinator's pid; once it is
 * killed (kill -9: no cleanup, the lock file keeps its pid) the resume takes the lock over and finishes the run.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class RunLockIT
{
    @TempDir
    Path dir;

    @AfterEach
    void noLeftovers()
    {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void shouldRefuseToResumeALiveRunAndTakeOverADeadOnesLock() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 10);
        final Path log = dir.resolve("coordinator.log");
        final Process coordinator = WorkerTimeoutIT.coordinator(log, "hyperopt", "-c", fx.config.toString(),
            "-e", "1000", "-j", "1", "--random-state", "5");
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() - deadlineNs < 0 && coordinator.isAlive() &&
            (!Files.isDirectory(fx.resultsDir()) || fx.fthyptFiles().isEmpty() ||
            Files.readAllLines(fx.fthyptFiles().get(0)).size() < 5))
        {
            Thread.sleep(20);
        }
        assertTrue(coordinator.isAlive(), WorkerTimeoutIT.read(log));

        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        assertEquals(2, Main.execute(new String[] {"hyperopt", "-c", fx.config.toString(), "--resume"},
            new PrintWriter(out, true), new PrintWriter(err, true)), err.toString());
        assertTrue(err.toString().contains("is still running (pid " + coordinator.pid() + "); wait for it to end " +
            "or stop it first"), err.toString());
        assertEquals("", out.toString(), "refused before printing anything");

        coordinator.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        final long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (HyperoptFixture.childJvms() > 0 && System.nanoTime() - gone < 0)
        {
            Thread.sleep(50);
        }
        final StringWriter resumedErr = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"hyperopt", "-c", fx.config.toString(), "--resume", "-j", "2"},
            new PrintWriter(new StringWriter(), true), new PrintWriter(resumedErr, true)), resumedErr.toString());
        assertTrue(resumedErr.toString().contains("was locked by pid " + coordinator.pid() +
            ", which is no longer running; taking it over"), resumedErr.toString());
        assertEquals(1000, HyperoptFixture.comparableLines(fx.fthyptFiles().get(0)).size());
        assertEquals(0, HyperoptFixture.childJvms(), "worker JVMs left behind");
        assertTrue(fx.shmRootEmpty(), "shared memory left behind");
    }
}
