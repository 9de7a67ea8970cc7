package io.hyperjet.shm.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The free space of the file system a directory is (or will be) on. The seam tests replace to make a shared-memory
 * root look full.
 */
@FunctionalInterface
public interface FreeSpace
{
    /**
     * statvfs: the bytes an unprivileged process may still write ({@code f_bavail * f_frsize}) on the file system of
     * the directory, or of its nearest existing ancestor when it does not exist yet; -1 when unknown.
     */
    FreeSpace STATVFS = (directory) ->
    {
        Path probe = directory.toAbsolutePath();
        while (null != probe && !Files.exists(probe))
        {
            probe = probe.getParent();
        }
        if (null == probe)
        {
            return -1;
        }
        try
        {
            return Files.getFileStore(probe).getUsableSpace();
        }
        catch (final IOException ex)
        {
            return -1;
        }
    };

    /**
     * @param directory a directory, existing or not.
     * @return free bytes, -1 when unknown.
     */
    long bytes(Path directory);
}
