package io.hyperjet.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.shm.run.SharedRun;

class CleanupCommandTest
{
    @TempDir
    Path root;

    @Test
    void shouldRemoveStaleRunsAndKeepLiveOnes() throws Exception
    {
        try (SharedRun live = SharedRun.create(root, SharedRun.STDERR_LOG))
        {
            final Path stale = staleRun();
            final ShmCliFixtures.Result result =
                ShmCliFixtures.run("cleanup", "--shared-memory-dir", root.toString());

            assertEquals(0, result.exitCode(), result.err());
            assertFalse(Files.exists(stale));
            assertTrue(Files.isDirectory(live.directory()));
            assertTrue(result.out().contains(stale.getFileName() + " "), result.out());
            assertTrue(result.out().contains("removed: coordinator pid "), result.out());
            assertTrue(result.out().contains("kept: coordinator alive"), result.out());
            assertTrue(result.out().contains(root + ": 1 stale run removed (128 bytes), 1 live run kept"),
                result.out());
        }
    }

    @Test
    void shouldOnlyListOnADryRun() throws Exception
    {
        final Path stale = staleRun();

        final ShmCliFixtures.Result result =
            ShmCliFixtures.run("cleanup", "--dry-run", "--shared-memory-dir", root.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.isDirectory(stale));
        assertTrue(result.out().contains("would remove: coordinator pid "), result.out());
        assertTrue(result.out().contains("1 stale run would be removed (128 bytes), 0 live runs kept"), result.out());
    }

    /*
     * Issue 13 item 5: a root open to others is refused, not cleaned, with one line naming it.
     */
    @Test
    void shouldRefuseARootOpenToOthers() throws Exception
    {
        final Path stale = staleRun();
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxrwx"));

        final ShmCliFixtures.Result result = ShmCliFixtures.run("cleanup", "--shared-memory-dir", root.toString());

        assertEquals(2, result.exitCode(), result.err());
        assertEquals("hyperjet: shared-memory root " + root + " refused: its mode is rwxrwxrwx, not rwx------ (0700); " +
            "use a directory of your own with mode 0700 (shared_memory_dir)", result.err().strip());
        assertTrue(Files.isDirectory(stale));
    }

    private Path staleRun() throws IOException, InterruptedException
    {
        final Process process = new ProcessBuilder("true").start();
        process.waitFor();
        final Path dir = Files.createDirectory(root.resolve("run-" + process.pid() + "-1"));
        Files.writeString(dir.resolve("metadata.json"), "");
        Files.write(dir.resolve("segment-000.dat"), new byte[128]);
        return dir;
    }
}
