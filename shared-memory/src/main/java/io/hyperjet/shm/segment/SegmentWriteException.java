package io.hyperjet.shm.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A segment file refused bytes: most often its file system is full ({@code No space left on device}). The writer
 * that threw it is unchanged, so the caller may report it or move the run and append again.
 */
public final class SegmentWriteException extends UncheckedIOException
{
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    SegmentWriteException(final Path file, final long length, final IOException cause)
    {
        super("cannot write " + length + " bytes to segment file " + file + ": " + cause.getMessage(), cause);
        this.file = file;
    }

    /**
     * @return the segment file that refused the bytes.
     */
    public Path file()
    {
        return file;
    }
}
