package io.hyperjet.common.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.agrona.IoUtil;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * A parquet {@link InputFile} over one {@link ByteBuffer}: either a heap copy of the whole file or a read-only
 * memory mapping of it. Mapping lets the page cache hold the file instead of the Java heap, which matters for files
 * above {@code memory_map_threshold_mb}. Streams copy out of the buffer, so nothing refers to the mapping once the
 * parquet reader is closed; {@link #close()} then unmaps it. Files must be below 2 GiB (one buffer).
 */
public final class ByteBufferInputFile implements InputFile, AutoCloseable
{
    private final ByteBuffer buffer;
    private final boolean mapped;
    private boolean closed;

    private ByteBufferInputFile(final ByteBuffer buffer, final boolean mapped)
    {
        this.buffer = buffer;
        this.mapped = mapped;
    }

    /**
     * Maps a file read-only.
     *
     * @param file the file.
     * @return an input file over the mapping; close it to unmap.
     */
    public static ByteBufferInputFile map(final Path file)
    {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ))
        {
            final long size = channel.size();
            if (size > Integer.MAX_VALUE)
            {
                throw new UncheckedIOException(new IOException(file + ": file larger than 2 GiB cannot be mapped"));
            }
            return new ByteBufferInputFile(channel.map(FileChannel.MapMode.READ_ONLY, 0, size), true);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(file + ": cannot map: " + ex.getMessage(), ex);
        }
    }

    /**
     * Reads a whole file onto the heap.
     *
     * @param file the file.
     * @return an input file over the heap copy.
     */
    public static ByteBufferInputFile readHeap(final Path file)
    {
        try
        {
            return new ByteBufferInputFile(ByteBuffer.wrap(Files.readAllBytes(file)), false);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(file + ": cannot read: " + ex.getMessage(), ex);
        }
    }

    /**
     * Whether the buffer is a memory mapping (rather than a heap copy).
     *
     * @return true when mapped.
     */
    public boolean isMapped()
    {
        return mapped;
    }

    @Override
    public long getLength()
    {
        return buffer.capacity();
    }

    @Override
    public SeekableInputStream newStream()
    {
        return new Stream(buffer.duplicate());
    }

    @Override
    public void close()
    {
        if (!closed)
        {
            closed = true;
            if (mapped)
            {
                IoUtil.unmap(buffer);
            }
        }
    }

    private static final class Stream extends SeekableInputStream
    {
        private final ByteBuffer view;

        Stream(final ByteBuffer view)
        {
            this.view = view;
            view.clear();
        }

        @Override
        public long getPos()
        {
            return view.position();
        }

        @Override
        public void seek(final long newPos) throws IOException
        {
            if (newPos < 0 || newPos > view.limit())
            {
                throw new EOFException("seek to " + newPos + " outside file of " + view.limit() + " bytes");
            }
            view.position((int)newPos);
        }

        @Override
        public int read()
        {
            return view.hasRemaining() ? view.get() & 0xFF : -1;
        }

        @Override
        public int read(final byte[] bytes, final int off, final int len)
        {
            if (len == 0)
            {
                return 0;
            }
            if (!view.hasRemaining())
            {
                return -1;
            }
            final int n = Math.min(len, view.remaining());
            view.get(bytes, off, n);
            return n;
        }

        @Override
        public void readFully(final byte[] bytes) throws IOException
        {
            readFully(bytes, 0, bytes.length);
        }

        @Override
        public void readFully(final byte[] bytes, final int start, final int len) throws IOException
        {
            if (len > view.remaining())
            {
                throw new EOFException("need " + len + " bytes at " + view.position() + ", file has " + view.limit());
            }
            view.get(bytes, start, len);
        }

        @Override
        public int read(final ByteBuffer dst)
        {
            if (!view.hasRemaining())
            {
                return dst.hasRemaining() ? -1 : 0;
            }
            final int n = Math.min(dst.remaining(), view.remaining());
            copy(dst, n);
            return n;
        }

        @Override
        public void readFully(final ByteBuffer dst) throws IOException
        {
            final int n = dst.remaining();
            if (n > view.remaining())
            {
                throw new EOFException("need " + n + " bytes at " + view.position() + ", file has " + view.limit());
            }
            copy(dst, n);
        }

        @Override
        public long skip(final long n)
        {
            final int skipped = (int)Math.max(0, Math.min(n, view.remaining()));
            view.position(view.position() + skipped);
            return skipped;
        }

        @Override
        public int available()
        {
            return view.remaining();
        }

        private void copy(final ByteBuffer dst, final int n)
        {
            final int limit = view.limit();
            view.limit(view.position() + n);
            dst.put(view);
            view.limit(limit);
        }
    }
}
