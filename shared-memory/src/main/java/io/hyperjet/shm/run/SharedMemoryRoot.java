package io.hyperjet.shm.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

import io.hyperjet.common.UserInputException;

/**
 * Where runs live: the {@code shared_memory_dir} of the config, by default {@code /dev/shm/hyperjet-<user>}, or
 * {@code <java.io.tmpdir>/hyperjet-<user>} on machines without {@code /dev/shm}.
 * <p>
 * Workers map whatever the metadata under the root names, so whoever can write the root can swap the data they
 * read: a root is used only when it is a real directory (not a symbolic link), owned by the current user, with mode
 * 0700. Anything else is refused with one line naming the path.
 */
public final class SharedMemoryRoot
{
    /**
     * The RAM-backed file system Linux offers every process.
     */
    public static final Path DEV_SHM = Path.of("/dev/shm");

    private SharedMemoryRoot()
    {
    }

    /**
     * The root to use.
     *
     * @param configured the configured directory, or null for the default.
     * @return the configured directory, or the default one for this user.
     */
    public static Path resolve(final String configured)
    {
        if (null != configured && !configured.isBlank())
        {
            return Path.of(configured);
        }
        final Path base = Files.isDirectory(DEV_SHM) ? DEV_SHM : Path.of(System.getProperty("java.io.tmpdir"));
        return base.resolve("hyperjet-" + System.getProperty("user.name"));
    }

    /**
     * Creates the root (mode 0700) when missing, then checks that it can be trusted.
     *
     * @param root the root.
     * @return the root.
     * @throws UserInputException naming the root when it is a symbolic link, not a directory, owned by another user
     *                            or open to group or others.
     */
    public static Path ensureExists(final Path root)
    {
        try
        {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS))
            {
                Files.createDirectories(root.toAbsolutePath().getParent());
                Files.createDirectory(root, PosixFilePermissions.asFileAttribute(RunFiles.OWNER_ONLY_DIRECTORY));
                Files.setPosixFilePermissions(root, RunFiles.OWNER_ONLY_DIRECTORY);
            }
        }
        catch (final FileAlreadyExistsException ex)
        {
            // made by someone else in between: checked below like any existing root
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create shared-memory root " + root, ex);
        }
        checkTrusted(root);
        return root;
    }

    /**
     * Checks an existing root: a real directory, owned by the current user, mode 0700.
     *
     * @param root the root.
     * @throws UserInputException naming the root and what is wrong.
     */
    public static void checkTrusted(final Path root)
    {
        final String refused = "shared-memory root " + root + " refused: ";
        final String fix = "; use a directory of your own with mode 0700 (shared_memory_dir)";
        if (Files.isSymbolicLink(root))
        {
            throw new UserInputException(refused + "it is a symbolic link" + fix);
        }
        final PosixFileAttributeView view = Files.getFileAttributeView(root, PosixFileAttributeView.class,
            LinkOption.NOFOLLOW_LINKS);
        if (null == view)
        {
            return;
        }
        try
        {
            final PosixFileAttributes attributes = view.readAttributes();
            if (!attributes.isDirectory())
            {
                throw new UserInputException(refused + "it is not a directory" + fix);
            }
            if (!RunFiles.isOwnedByCurrentUser(root, attributes.owner(), LinkOption.NOFOLLOW_LINKS))
            {
                throw new UserInputException(refused + "it is owned by " + attributes.owner().getName() +
                    ", not by the current user " + System.getProperty("user.name") + fix);
            }
            if (!RunFiles.OWNER_ONLY_DIRECTORY.equals(attributes.permissions()))
            {
                throw new UserInputException(refused + "its mode is " +
                    PosixFilePermissions.toString(attributes.permissions()) + ", not rwx------ (0700)" + fix);
            }
        }
        catch (final NoSuchFileException ex)
        {
            throw new UserInputException(refused + "it does not exist", ex);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read the attributes of shared-memory root " + root, ex);
        }
    }
}
