package io.hyperjet.shm.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.UserInputException;
import io.hyperjet.shm.test.ShmTempDirFactory;

/**
 * Issue 13 item 5: the shared-memory root is used only when it is a real directory of the current user with mode
 * 0700; anything else is refused with one line naming the path, and nothing is written under it.
 */
class SharedMemoryRootTest
{
    @TempDir(factory = ShmTempDirFactory.class)
    Path dir;

    @Test
    void shouldCreateAMissingRootWithMode0700() throws IOException
    {
        final Path root = dir.resolve("a/b/root");
        SharedMemoryRoot.ensureExists(root);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root)));
    }

    @Test
    void shouldRefuseASymbolicLinkEvenToAGoodDirectory() throws IOException
    {
        final Path target = Files.createDirectory(dir.resolve("target"),
            PosixFilePermissions.asFileAttribute(RunFiles.OWNER_ONLY_DIRECTORY));
        final Path link = Files.createSymbolicLink(dir.resolve("link"), target);
        final UserInputException ex = assertThrows(UserInputException.class, () -> SharedRun.create(link,
            SharedRun.STDERR_LOG));
        assertEquals("shared-memory root " + link + " refused: it is a symbolic link; use a directory of your own " +
            "with mode 0700 (shared_memory_dir)", ex.getMessage());
        assertEmpty(target);
    }

    @Test
    void shouldRefuseARootOpenToOthers() throws IOException
    {
        final Path root = Files.createDirectory(dir.resolve("open"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxrwx"));
        final UserInputException ex = assertThrows(UserInputException.class, () -> SharedRun.create(root,
            SharedRun.STDERR_LOG));
        assertEquals("shared-memory root " + root + " refused: its mode is rwxrwxrwx, not rwx------ (0700); use a " +
            "directory of your own with mode 0700 (shared_memory_dir)", ex.getMessage());
        assertFalse(ex.getMessage().contains("\n"));
        assertEmpty(root);
    }

    @Test
    void shouldRefuseARootReadableByTheGroup() throws IOException
    {
        final Path root = Files.createDirectory(dir.resolve("group"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-x---"));
        assertThrows(UserInputException.class, () -> SharedMemoryRoot.ensureExists(root));
    }

    @Test
    void shouldRefuseARootOwnedByAnotherUser() throws IOException
    {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a directory away");
        final Path root = Files.createDirectory(dir.resolve("theirs"),
            PosixFilePermissions.asFileAttribute(RunFiles.OWNER_ONLY_DIRECTORY));
        Files.setAttribute(root, "unix:uid", 65534);
        final UserInputException ex = assertThrows(UserInputException.class, () -> SharedMemoryRoot.ensureExists(root));
        assertTrue(ex.getMessage().startsWith("shared-memory root " + root + " refused: it is owned by "),
            ex.getMessage());
    }

    @Test
    void shouldRefuseAFile() throws IOException
    {
        final Path file = Files.createFile(dir.resolve("file"));
        final UserInputException ex = assertThrows(UserInputException.class, () -> SharedMemoryRoot.ensureExists(file));
        assertTrue(ex.getMessage().contains("it is not a directory"), ex.getMessage());
    }

    private static void assertEmpty(final Path directory) throws IOException
    {
        try (var children = Files.list(directory))
        {
            assertEquals(0, children.count(), directory + " is not empty");
        }
    }
}
