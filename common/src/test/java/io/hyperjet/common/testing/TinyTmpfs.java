package io.hyperjet.common.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted for one test, to fill shared memory for real: {@code mount -t tmpfs -o size=N}. Needs
 * root (CAP_SYS_ADMIN); elsewhere the test is skipped with the reason {@code mount} gave. Unmounted on close.
 */
public final class TinyTmpfs implements AutoCloseable
{
    private final Path mountPoint;

    private TinyTmpfs(final Path mountPoint)
    {
        this.mountPoint = mountPoint;
    }

    /**
     * Mounts a tmpfs of {@code sizeKib} KiB at {@code mountPoint}, or skips the test.
     *
     * @param mountPoint an empty directory.
     * @param sizeKib    the file system's size.
     * @return the mounted file system.
     */
    public static TinyTmpfs mount(final Path mountPoint, final long sizeKib) throws IOException, InterruptedException
    {
        Files.createDirectories(mountPoint);
        final String failure = run("mount", "-t", "tmpfs", "-o", "size=" + sizeKib + "k,mode=0700", "tmpfs",
            mountPoint.toString());
        Assumptions.assumeTrue(null == failure, () -> "cannot mount a tmpfs here (needs root): " + failure);
        return new TinyTmpfs(mountPoint);
    }

    public Path path()
    {
        return mountPoint;
    }

    @Override
    public void close() throws IOException
    {
        final String failure;
        try
        {
            failure = run("umount", mountPoint.toString());
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while unmounting " + mountPoint, ex);
        }
        if (null != failure)
        {
            throw new IOException("umount " + mountPoint + ": " + failure);
        }
    }

    private static String run(final String... command) throws IOException, InterruptedException
    {
        final Process process;
        try
        {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        }
        catch (final IOException ex)
        {
            return ex.getMessage();
        }
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!process.waitFor(30, TimeUnit.SECONDS))
        {
            process.destroyForcibly();
            return command[0] + " timed out";
        }
        return 0 == process.exitValue() ? null : output + " (exit " + process.exitValue() + ")";
    }
}
