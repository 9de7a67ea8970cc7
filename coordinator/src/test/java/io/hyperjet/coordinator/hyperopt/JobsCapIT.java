package io.hyperjet.coordinator.hyperopt;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code -j} through the CLI: far above what the run can use it is capped with one warning line; with
 * {@code --force-jobs} it is started as asked.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class JobsCapIT
{
    private static final Pattern WORKERS = Pattern.compile("Workers: (\\d+),");

    @TempDir
    Path dir;

    @AfterEach
    void noLeftovers()
    {
        CliJvm.killDescendants();
    }

    @Test
    void shouldCapJobsAboveWhatTheRunCanUseUnlessForced() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 5);
        final CliJvm.Result run = CliJvm.execute("hyperopt", "-c", fx.config.toString(), "-e", "3", "-j", "500",
            "--random-state", "5");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains("-j/hyperopt_jobs 500 capped to")).count(),
            run.err());
        assertTrue(run.err().contains("3 epochs, at most 16 epochs in flight"), run.err());
        final int capped = workers(run.out());
        assertTrue(capped >= 1 && capped <= 3, run.out());

        final CliJvm.Result forced = CliJvm.execute("hyperopt", "-c", fx.config.toString(), "-e", "4", "-j", "4",
            "--force-jobs", "--random-state", "5");
        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals(4, workers(forced.out()), forced.out());
        assertFalse(forced.err().contains("capped to"), forced.err());
        assertEquals(0, HyperoptFixture.childJvms(), "worker JVMs left behind");
        assertTrue(fx.shmRootEmpty(), "shared memory left behind");
    }

    private static int workers(final String out)
    {
        final Matcher m = WORKERS.matcher(out);
        assertTrue(m.find(), out);
        return Integer.parseInt(m.group(1));
    }
}
