package io.hyperjet.shm.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where runs live: the {@code shared_memory_dir} of the config, by default {@code /dev/shm/hyperjet-<user>}, or
 * {@code <java.io.tmpdir>/hyperjet-<user>} on machines without {@code /dev/shm}.
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
     * Creates the root (mode 0700) when missing; an existing directory is left as it is.
     *
     * @param root the root.
     * @return the root.
     */
    public static Path ensureExists(final Path root)
    {
        try
        {
            if (!Files.isDirectory(root))
            {
                Files.createDirectories(root.toAbsolutePath().getParent());
                Files.createDirectory(root, PosixFilePermissions.asFileAttribute(RunFiles.OWNER_ONLY_DIRECTORY));
                Files.setPosixFilePermissions(root, RunFiles.OWNER_ONLY_DIRECTORY);
            }
        }
        catch (final FileAlreadyExistsException ex)
        {
            if (!Files.isDirectory(root))
            {
                throw new UncheckedIOException("shared-memory root " + root + " exists and is not a directory", ex);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create shared-memory root " + root, ex);
        }
        return root;
    }
}
