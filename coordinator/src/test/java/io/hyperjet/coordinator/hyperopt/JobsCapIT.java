package io.hyperjet.coordinator.hyperopt;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.coordinator.cli.Main;

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
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void shouldCapJobsAboveWhatTheRunCanUseUnlessForced() throws Exception
    {
        final HyperoptFixture fx = new HyperoptFixture(dir, 2, 5);
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"hyperopt", "-c", fx.config.toString(), "-e", "3", "-j", "500",
            "--random-state", "5"}, new PrintWriter(out, true), new PrintWriter(err, true)), err.toString());
        assertEquals(1, err.toString().lines().filter(l -> l.contains("-j/hyperopt_jobs 500 capped to")).count(),
            err.toString());
        assertTrue(err.toString().contains("3 epochs, at most 16 epochs in flight"), err.toString());
        final int capped = workers(out.toString());
        assertTrue(capped >= 1 && capped <= 3, out.toString());

        final StringWriter forcedOut = new StringWriter();
        final StringWriter forcedErr = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"hyperopt", "-c", fx.config.toString(), "-e", "4", "-j", "4",
            "--force-jobs", "--random-state", "5"}, new PrintWriter(forcedOut, true),
            new PrintWriter(forcedErr, true)), forcedErr.toString());
        assertEquals(4, workers(forcedOut.toString()), forcedOut.toString());
        assertFalse(forcedErr.toString().contains("capped to"), forcedErr.toString());
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
