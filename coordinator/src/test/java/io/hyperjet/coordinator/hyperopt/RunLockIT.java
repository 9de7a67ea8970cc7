package io.hyperjet.coordinator.hyperopt;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

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
        CliJvm.killDescendants();
    }

    @Test
    void shouldRefuseToResumeALiveRunAndTakeOverADeadOnesLock() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 10);
        final CliJvm coordinator = CliJvm.start(dir.resolve("coordinator.log"), "hyperopt", "-c",
            fx.config.toString(), "-e", "1000", "-j", "1", "--random-state", "5");
        coordinator.awaitEpochs(fx, 5, 120);
        assertTrue(coordinator.process().isAlive(), coordinator.output());

        final CliJvm.Result refused = CliJvm.execute("hyperopt", "-c", fx.config.toString(), "--resume");
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("is still running (pid " + coordinator.pid() + "); wait for it to end " +
            "or stop it first"), refused.err());
        assertEquals("", refused.out(), "refused before printing anything");

        coordinator.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        final long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (HyperoptFixture.childJvms() > 0 && System.nanoTime() - gone < 0)
        {
            Thread.sleep(50);
        }
        final CliJvm.Result resumed = CliJvm.execute("hyperopt", "-c", fx.config.toString(), "--resume", "-j", "2");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.err().contains("was locked by pid " + coordinator.pid() +
            ", which is no longer running; taking it over"), resumed.err());
        assertEquals(1000, HyperoptFixture.comparableLines(fx.fthyptFiles().get(0)).size());
        assertEquals(0, HyperoptFixture.childJvms(), "worker JVMs left behind");
        assertTrue(fx.shmRootEmpty(), "shared memory left behind");
    }
}
