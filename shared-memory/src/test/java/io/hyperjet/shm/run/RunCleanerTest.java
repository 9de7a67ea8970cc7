package io.hyperjet.shm.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.shm.test.ShmTempDirFactory;

class RunCleanerTest
{
    @TempDir(factory = ShmTempDirFactory.class)
    Path root;

    @Test
    void shouldRemoveARunWhoseCoordinatorIsDeadAndLogIt() throws Exception
    {
        final long deadPid = deadPid();
        final Path stale = fakeRun("run-" + deadPid + "-1", "{\"format_version\":1,\"coordinator\":{\"pid\":" +
            deadPid + ",\"start_ms\":1}}");
        final List<String> log = new ArrayList<>();

        final List<RunEntry> removed = RunCleaner.removeStale(root, log::add);

        assertEquals(1, removed.size());
        assertFalse(Files.exists(stale));
        assertEquals(1, log.size());
        assertTrue(log.get(0).startsWith("removing stale run " + stale + " (coordinator pid " + deadPid +
            " is not running"), log.get(0));
    }

    @Test
    void shouldRemoveARunWhosePidWasReused() throws IOException
    {
        final ProcessIdentity self = ProcessIdentity.current();
        final Path stale = fakeRun("run-" + self.pid() + "-1", "{\"coordinator\":{\"pid\":" + self.pid() +
            ",\"start_ms\":" + (self.startMs() - 3_600_000) + "}}");

        final List<RunEntry> removed = RunCleaner.removeStale(root, (line) -> { });

        assertEquals(1, removed.size());
        assertTrue(removed.get(0).reason().contains("now belongs to a process started at"), removed.get(0).reason());
        assertFalse(Files.exists(stale));
    }

    @Test
    void shouldNeverRemoveALiveRun()
    {
        try (SharedRun live = SharedRun.create(root, SharedRun.STDERR_LOG))
        {
            final List<RunEntry> removed = RunCleaner.removeStale(root, (line) -> { });

            assertTrue(removed.isEmpty());
            assertTrue(Files.isDirectory(live.directory()));
            assertEquals(RunStatus.LIVE, RunCleaner.list(root).get(0).status());
        }
    }

    @Test
    void shouldUseThePidInTheRunIdWhenMetadataIsUnreadable() throws Exception
    {
        final long deadPid = deadPid();
        final Path stale = fakeRun("run-" + deadPid + "-2", "{ truncated");

        RunCleaner.removeStale(root, (line) -> { });

        assertFalse(Files.exists(stale));
    }

    @Test
    void shouldKeepARunWithUnreadableMetadataWhosePidIsAlive() throws IOException
    {
        final Path kept = fakeRun("run-" + ProcessHandle.current().pid() + "-3", "");

        RunCleaner.removeStale(root, (line) -> { });

        assertTrue(Files.isDirectory(kept));
    }

    @Test
    void shouldLeaveDirectoriesThatAreNotRuns() throws Exception
    {
        final Path other = Files.createDirectory(root.resolve("my-notes-" + deadPid()));

        assertTrue(RunCleaner.list(root).isEmpty());
        RunCleaner.removeStale(root, (line) -> { });

        assertTrue(Files.isDirectory(other));
    }

    @Test
    void shouldRemoveAStaleRunWhenANewRunStarts() throws Exception
    {
        final long deadPid = deadPid();
        final Path stale = fakeRun("run-" + deadPid + "-4", "{\"coordinator\":{\"pid\":" + deadPid + "}}");
        final List<String> log = new ArrayList<>();

        try (SharedRun run = SharedRun.create(root, log::add))
        {
            assertFalse(Files.exists(stale));
            assertEquals(1, log.size());
            assertEquals(List.of(run.runId()), RunCleaner.list(root).stream().map(RunEntry::runId).toList());
        }
    }

    private Path fakeRun(final String runId, final String metadata) throws IOException
    {
        final Path dir = Files.createDirectory(root.resolve(runId));
        Files.writeString(dir.resolve("metadata.json"), metadata);
        Files.write(dir.resolve("segment-000.dat"), new byte[128]);
        return dir;
    }

    private static long deadPid() throws Exception
    {
        final Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
