package io.hyperjet.shm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.shm.run.SharedRun;
import io.hyperjet.shm.test.ShmTempDirFactory;
import io.hyperjet.shm.test.TestFrames;

/**
 * Real processes: a coordinator shares pairs, worker JVMs attach by metadata path and verify every checksum, and
 * the run's files disappear on close, on SIGTERM, and after kill -9 at the next start.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SharedMemoryIT
{
    private static final int ROWS = 20_000;

    @TempDir(factory = ShmTempDirFactory.class)
    Path root;
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void tearDown() throws InterruptedException
    {
        for (final Process process : processes)
        {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    @Test
    void shouldServeTwoWorkerJvmsAndLeaveNothingBehind() throws Exception
    {
        try (SharedRun run = SharedRun.create(root, SharedRun.STDERR_LOG))
        {
            for (int i = 0; i < 3; i++)
            {
                final int pair = run.addPair(TestFrames.frame("PAIR" + i + "/USDT", ROWS, i));
                run.addColumn(pair, "rsi", DoubleColumn.copyOf(TestFrames.indicator(ROWS, i)));
            }
            final Path metadataFile = run.publish();
            final Process first = spawn(WorkerAttachMain.class, metadataFile.toString());
            final Process second = spawn(WorkerAttachMain.class, metadataFile.toString());

            for (final Process worker : List.of(first, second))
            {
                final String output = ChildJvm.readAll(worker);
                assertTrue(worker.waitFor(60, TimeUnit.SECONDS), "worker " + worker.pid() + " did not exit");
                assertEquals(0, worker.exitValue(), output);
                assertTrue(output.startsWith("VERIFIED pairs=3 columns=21 rows=" + 3 * ROWS + " mismatches=0 "),
                    output);
            }
        }
        assertRootEmpty();
        for (final Process process : processes)
        {
            assertFalse(process.isAlive());
        }
    }

    @Test
    void shouldRemoveTheRunDirectoryWhenTheCoordinatorGetsSigterm() throws Exception
    {
        final Process coordinator = spawn(CoordinatorMain.class, root.toString(), "3", Integer.toString(ROWS));
        final Path metadataFile = metadataPath(coordinator);
        final Process worker = spawn(WorkerAttachMain.class, metadataFile.toString());
        final String output = ChildJvm.readAll(worker);
        assertTrue(worker.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, worker.exitValue(), output);

        coordinator.destroy();

        assertTrue(coordinator.waitFor(60, TimeUnit.SECONDS), "coordinator ignored SIGTERM");
        assertFalse(Files.exists(metadataFile.getParent()));
        assertRootEmpty();
    }

    @Test
    void shouldRemoveAStaleRunAtTheNextStartAfterKill9() throws Exception
    {
        final Process coordinator = spawn(CoordinatorMain.class, root.toString(), "3", Integer.toString(ROWS));
        final Path runDirectory = metadataPath(coordinator).getParent();

        coordinator.destroyForcibly();
        assertTrue(coordinator.waitFor(60, TimeUnit.SECONDS));
        assertTrue(Files.isDirectory(runDirectory), "kill -9 runs no shutdown hook");

        final List<String> log = new ArrayList<>();
        try (SharedRun next = SharedRun.create(root, log::add))
        {
            assertFalse(Files.exists(runDirectory));
            assertTrue(Files.isDirectory(next.directory()));
            assertEquals(1, log.size());
            assertTrue(log.get(0).startsWith("removing stale run " + runDirectory + " (coordinator pid " +
                coordinator.pid() + " is not running"), log.get(0));
        }
        assertRootEmpty();
    }

    private Process spawn(final Class<?> mainClass, final String... args)
    {
        final Process process = ChildJvm.start(mainClass, args);
        processes.add(process);
        return process;
    }

    private static Path metadataPath(final Process coordinator)
    {
        final String line = ChildJvm.readLine(coordinator);
        assertNotNull(line, "coordinator exited before publishing");
        assertTrue(line.startsWith("METADATA "), line);
        final Path metadataFile = Path.of(line.substring("METADATA ".length()));
        assertTrue(Files.isRegularFile(metadataFile));
        return metadataFile;
    }

    private void assertRootEmpty() throws IOException
    {
        if (!Files.exists(root))
        {
            return;
        }
        try (Stream<Path> entries = Files.list(root))
        {
            assertEquals(List.of(), entries.toList());
        }
    }
}
