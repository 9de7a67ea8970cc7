package io.hyperjet.coordinator.hyperopt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.UserInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run lock in one process: a held lock refuses a second owner with the pid, a clean close leaves nothing to
 * take over, and a pid left by a dead process is taken over with one line. {@link RunLockIT} locks across processes.
 */
@SuppressWarnings("try") // locks held for their scope only
class RunLockTest
{
    @TempDir
    Path dir;

    @Test
    void shouldRefuseASecondOwnerNamingThePid()
    {
        final List<String> warnings = new ArrayList<>();
        try (RunLock held = RunLock.acquire(dir, "r1", warnings::add))
        {
            final UserInputException error = assertThrows(UserInputException.class,
                () -> RunLock.acquire(dir, "r1", warnings::add));
            assertTrue(error.getMessage().endsWith("hyperopt run r1 is still running (pid " +
                ProcessHandle.current().pid() + "); wait for it to end or stop it first"), error.getMessage());
        }
        try (RunLock again = RunLock.acquire(dir, "r1", warnings::add))
        {
            assertTrue(warnings.isEmpty(), warnings.toString());
        }
    }

    @Test
    void shouldTakeOverTheLockOfADeadProcess() throws Exception
    {
        Files.writeString(dir.resolve(RunLock.FILE), "2147483646\n");
        final List<String> warnings = new ArrayList<>();
        try (RunLock taken = RunLock.acquire(dir, "r2", warnings::add))
        {
            assertEquals(List.of("run r2 was locked by pid 2147483646, which is no longer running; taking it over"),
                warnings);
            assertEquals(ProcessHandle.current().pid() + "\n", Files.readString(dir.resolve(RunLock.FILE)));
        }
        assertEquals("", Files.readString(dir.resolve(RunLock.FILE)));
    }
}
