package io.hyperjet.shm.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

import io.hyperjet.shm.run.SharedMemoryRoot;

/**
 * Puts a test's {@code @TempDir} under {@code /dev/shm} when the machine has it (as real runs are), else under the
 * system temp dir; JUnit deletes it afterwards.
 */
public final class ShmTempDirFactory implements TempDirFactory
{
    @Override
    public Path createTempDirectory(final AnnotatedElementContext elementContext, final ExtensionContext context)
        throws IOException
    {
        if (Files.isDirectory(SharedMemoryRoot.DEV_SHM) && Files.isWritable(SharedMemoryRoot.DEV_SHM))
        {
            return Files.createTempDirectory(SharedMemoryRoot.DEV_SHM, "hyperjet-test-");
        }
        return Files.createTempDirectory("hyperjet-test-");
    }
}
