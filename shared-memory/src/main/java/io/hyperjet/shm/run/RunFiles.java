package io.hyperjet.shm.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Set;

import io.hyperjet.common.UserInputException;

/**
 * File-system rules of a run: owner-only permissions, ownership checks and recursive deletion.
 */
public final class RunFiles
{
    public static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private static final Set<PosixFilePermission> GROUP_OR_OTHER = EnumSet.of(
        PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
        PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private RunFiles()
    {
    }

    /**
     * Checks that a run's file or directory belongs to the current user and is not open to group or others, so a
     * worker never maps data another user could have written.
     *
     * @param metadataFile the metadata file named in the error.
     * @param path         the file or directory to check.
     * @throws UserInputException when the owner or permissions are wrong.
     */
    public static void checkOwnerOnly(final Path metadataFile, final Path path)
    {
        final PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (null == view)
        {
            return;
        }
        try
        {
            final PosixFileAttributes attributes = view.readAttributes();
            if (!isOwnedByCurrentUser(path, attributes.owner()))
            {
                throw new UserInputException(metadataFile + ": " + path + " is owned by " +
                    attributes.owner().getName() + ", not by the current user " + System.getProperty("user.name"));
            }
            final Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
            open.addAll(attributes.permissions());
            open.retainAll(GROUP_OR_OTHER);
            if (!open.isEmpty())
            {
                throw new UserInputException(metadataFile + ": " + path + " has permissions " +
                    PosixFilePermissions.toString(attributes.permissions()) + ", expected owner-only");
            }
        }
        catch (final NoSuchFileException ex)
        {
            throw new UserInputException(metadataFile + ": " + path + " is missing", ex);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read the attributes of " + path, ex);
        }
    }

    static boolean isOwnedByCurrentUser(final Path path, final UserPrincipal owner, final LinkOption... options)
        throws IOException
    {
        final Object uid = CurrentUid.UID;
        if (null != uid)
        {
            return uid.equals(Files.getAttribute(path, "unix:uid", options));
        }
        return owner.equals(path.getFileSystem().getUserPrincipalLookupService()
            .lookupPrincipalByName(System.getProperty("user.name")));
    }

    private static final class CurrentUid
    {
        // /proc/self belongs to this process's uid; comparing uids works even when the user has no passwd entry.
        private static final Object UID = read();

        private static Object read()
        {
            try
            {
                final Path procSelf = Path.of("/proc/self");
                return Files.exists(procSelf) ? Files.getAttribute(procSelf, "unix:uid") : null;
            }
            catch (final IOException | UnsupportedOperationException ex)
            {
                return null;
            }
        }
    }

    /**
     * Creates an empty owner-only (0600) file for a process to write into, e.g. a worker's log; an existing file is
     * made owner-only.
     *
     * @param file the file.
     */
    public static void createOwnerOnlyFile(final Path file)
    {
        try
        {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS))
            {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create " + file, ex);
        }
    }

    /**
     * Deletes a run's directory, then its shared-memory root if no other run is left in it, so a finished run
     * leaves nothing in /dev/shm. Removing a non-empty directory fails atomically, so a live run's root is never
     * removed; a coordinator that finds the root gone while creating its run makes it again.
     *
     * @param runDirectory the run's directory.
     */
    public static void deleteRunAndEmptyRoot(final Path runDirectory)
    {
        deleteRecursively(runDirectory);
        final Path root = runDirectory.toAbsolutePath().getParent();
        try
        {
            Files.deleteIfExists(root);
        }
        catch (final java.nio.file.DirectoryNotEmptyException ex)
        {
            // Other runs (live or stale) are still there.
        }
        catch (final IOException ex)
        {
            // Best effort: an empty root is harmless.
        }
    }

    /**
     * Deletes a directory and everything in it; files already gone (another process cleaning up) are fine.
     *
     * @param directory the directory.
     */
    public static void deleteRecursively(final Path directory)
    {
        try
        {
            Files.walkFileTree(directory, new SimpleFileVisitor<>()
            {
                @Override
                public FileVisitResult visitFile(final Path file, final BasicFileAttributes attrs) throws IOException
                {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(final Path file, final IOException ex) throws IOException
                {
                    if (ex instanceof NoSuchFileException)
                    {
                        return FileVisitResult.CONTINUE;
                    }
                    throw ex;
                }

                @Override
                public FileVisitResult postVisitDirectory(final Path dir, final IOException ex) throws IOException
                {
                    if (null != ex && !(ex instanceof NoSuchFileException))
                    {
                        throw ex;
                    }
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        catch (final NoSuchFileException ex)
        {
            // already removed by someone else
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot delete run directory " + directory, ex);
        }
    }

    /**
     * Total size of the regular files directly in a directory.
     *
     * @param directory the directory.
     * @return bytes, 0 when unreadable.
     */
    public static long sizeOf(final Path directory)
    {
        long bytes = 0;
        try (var files = Files.newDirectoryStream(directory))
        {
            for (final Path file : files)
            {
                if (Files.isRegularFile(file))
                {
                    bytes += Files.size(file);
                }
            }
        }
        catch (final IOException ex)
        {
            return bytes;
        }
        return bytes;
    }
}
