package io.hyperjet.shm.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.CRC32C;

import org.agrona.DirectBuffer;

/**
 * Appends column blocks to segment files in a run directory, laid out as {@link SegmentDescriptor} draws.
 * <p>
 * Blocks go through the file channel ({@code pwrite}), never through a writable mapping: on a full tmpfs a write
 * through a mapping kills the JVM with SIGBUS, a channel write fails with an {@link IOException} (surfaced as
 * {@link SegmentWriteException}) that the caller can report and recover from. Every byte of a block is written, so
 * the pages workers map later are all allocated: the only holes are the alignment gaps of under 64 bytes, inside
 * pages that hold data. Files are always exactly as long as the data in them. When a block does not fit in the rest
 * of the segment, a new segment file is started. A block already appended never moves, so metadata published
 * between appends stays valid; a failed append leaves the writer as it was before it.
 * <p>
 * Not threadsafe: one thread appends.
 */
public final class SegmentWriter implements AutoCloseable
{
    /**
     * Bytes copied to the file per write call; the staging buffer is this large.
     */
    static final int CHUNK_LENGTH = 1 << 20;

    private final Path directory;
    private final int segmentLength;
    private final List<Long> usedLengths = new ArrayList<>();
    private final CRC32C crc = new CRC32C();
    private final ByteBuffer staging = ByteBuffer.allocateDirect(CHUNK_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
    private FileChannel channel;
    private long position;
    private boolean closed;

    /**
     * A writer for segment files in {@code directory}.
     *
     * @param directory     the run directory; must exist.
     * @param segmentLength the maximum length of each segment file; {@link SegmentDescriptor#MAX_SEGMENT_LENGTH} in
     *                      production, smaller in tests.
     */
    public SegmentWriter(final Path directory, final int segmentLength)
    {
        this(directory, segmentLength, List.of());
    }

    /**
     * A writer that continues segment files already in {@code directory} (a run moved to another directory).
     *
     * @param directory     the run directory; must hold the files {@code usedLengths} describes.
     * @param segmentLength the maximum length of each segment file.
     * @param usedLengths   the used length of each existing segment, in order.
     */
    public SegmentWriter(final Path directory, final int segmentLength, final List<Long> usedLengths)
    {
        SegmentDescriptor.checkSegmentLength(segmentLength);
        this.directory = directory;
        this.segmentLength = segmentLength;
        this.usedLengths.addAll(usedLengths);
        this.position = usedLengths.isEmpty() ? 0 : usedLengths.get(usedLengths.size() - 1);
        if (!usedLengths.isEmpty())
        {
            channel = open(currentFile(), StandardOpenOption.WRITE);
        }
    }

    /**
     * Copies {@code length} bytes of {@code source} from {@code sourceOffset} into a new 64-byte aligned block.
     *
     * @param source       the bytes to copy, little-endian values.
     * @param sourceOffset the first byte copied.
     * @param length       the number of bytes; at most the segment length.
     * @return where the block went, with its checksum.
     * @throws SegmentWriteException when the file system refuses the bytes (full, quota); the writer is unchanged.
     */
    public BlockLocation append(final DirectBuffer source, final int sourceOffset, final int length)
    {
        if (closed)
        {
            throw new IllegalStateException("segment writer closed: " + directory);
        }
        if (length > segmentLength)
        {
            throw new IllegalArgumentException("column block of " + length + " bytes exceeds the segment length " +
                segmentLength);
        }
        long offset = SegmentDescriptor.align(position);
        if (usedLengths.isEmpty() || offset + length > segmentLength)
        {
            startSegment();
            offset = 0;
        }
        crc.reset();
        try
        {
            for (int done = 0; done < length; )
            {
                final int chunk = Math.min(CHUNK_LENGTH, length - done);
                staging.clear().limit(chunk);
                source.getBytes(sourceOffset + done, staging, 0, chunk);
                crc.update(staging);
                staging.flip();
                while (staging.hasRemaining())
                {
                    channel.write(staging, offset + done + staging.position());
                }
                done += chunk;
            }
        }
        catch (final IOException ex)
        {
            truncate();
            throw new SegmentWriteException(currentFile(), length, ex);
        }
        position = offset + length;
        final int segment = usedLengths.size() - 1;
        usedLengths.set(segment, position);
        return new BlockLocation(segment, offset, length, (int)crc.getValue());
    }

    /**
     * The used length of every segment so far, in order, which is also each file's length.
     *
     * @return an unmodifiable snapshot.
     */
    public List<Long> segmentLengths()
    {
        return Collections.unmodifiableList(new ArrayList<>(usedLengths));
    }

    /**
     * Closes the current segment file. Idempotent.
     */
    @Override
    public void close()
    {
        if (!closed)
        {
            closed = true;
            closeChannel();
        }
    }

    private void startSegment()
    {
        final Path file = directory.resolve(SegmentDescriptor.fileName(usedLengths.size()));
        final FileChannel next = open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        closeChannel();
        channel = next;
        usedLengths.add(0L);
        position = 0;
    }

    /*
     * Gives back what a failed write allocated past the used length, so the space is free for whatever the caller
     * does next (report it, or move the run elsewhere).
     */
    private void truncate()
    {
        try
        {
            channel.truncate(position);
        }
        catch (final IOException ignored)
        {
            // the write already failed; that is the error to report
        }
    }

    private void closeChannel()
    {
        if (null != channel)
        {
            try
            {
                channel.close();
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException("cannot close segment file " + currentFile(), ex);
            }
            channel = null;
        }
    }

    private static FileChannel open(final Path file, final StandardOpenOption... options)
    {
        try
        {
            final EnumSet<StandardOpenOption> set = EnumSet.of(StandardOpenOption.WRITE, options);
            return FileChannel.open(file, set,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        catch (final IOException ex)
        {
            throw new SegmentWriteException(file, 0, ex);
        }
    }

    private Path currentFile()
    {
        return directory.resolve(SegmentDescriptor.fileName(usedLengths.size() - 1));
    }
}
