package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Appends whole lines to a .fthypt file, so the file never holds a partial line: a write that fails (a full disk)
 * is cut back to the end of the last whole line before the failure is reported, and the file stays readable by
 * Freqtrade's and Hyperjet's readers.
 * <p>
 * Single-threaded.
 */
public final class FthyptAppender implements AutoCloseable
{
    /** The write seam; tests replace it to fail like a full disk. */
    interface Sink
    {
        int write(FileChannel channel, ByteBuffer bytes) throws IOException;
    }

    private final Path file;
    private final FileChannel channel;
    private final Sink sink;
    private long length;

    /**
     * Opens the file, keeping its first {@code keepBytes} bytes (whole lines, checked by {@link FthyptLines}) and
     * cutting off the rest.
     *
     * @param file      the .fthypt file (created when missing).
     * @param keepBytes bytes to keep.
     * @return the appender.
     */
    public static FthyptAppender open(final Path file, final long keepBytes)
    {
        return open(file, keepBytes, FileChannel::write);
    }

    static FthyptAppender open(final Path file, final long keepBytes, final Sink sink)
    {
        try
        {
            final FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.truncate(keepBytes);
            channel.position(keepBytes);
            return new FthyptAppender(file, channel, sink, keepBytes);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
    }

    private FthyptAppender(final Path file, final FileChannel channel, final Sink sink, final long length)
    {
        this.file = file;
        this.channel = channel;
        this.sink = sink;
        this.length = length;
    }

    /**
     * Appends one line and its line break, all or nothing.
     *
     * @param line the line, without a line break.
     * @throws ResultsDiskFullException when the file system is full (the file is cut back to its last whole line).
     */
    public void append(final String line)
    {
        final byte[] text = line.getBytes(StandardCharsets.UTF_8);
        final ByteBuffer bytes = ByteBuffer.allocate(text.length + 1).put(text).put((byte)'\n').flip();
        try
        {
            while (bytes.hasRemaining())
            {
                sink.write(channel, bytes);
            }
        }
        catch (final IOException ex)
        {
            cutBack();
            throw new ResultsDiskFullException(String.format(Locale.ROOT, "%s: cannot append epoch results (%s); " +
                "the next line needs %d bytes and %s", file, ex.getMessage(), bytes.capacity(),
                DiskGuard.freeText(file.getParent())), ex);
        }
        length += bytes.capacity();
    }

    private void cutBack()
    {
        try
        {
            channel.truncate(length);
            channel.position(length);
        }
        catch (final IOException ignored)
        {
            // truncating frees space, so it does not fail for want of it; the resume check cuts any tail again
        }
    }

    public Path file()
    {
        return file;
    }

    @Override
    public void close()
    {
        try
        {
            channel.close();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot close " + file, ex);
        }
    }
}
