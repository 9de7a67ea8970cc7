package io.hyperjet.shm.segment;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32C;

import org.agrona.DirectBuffer;
import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Appends column blocks to segment files in a run directory, laid out as {@link SegmentDescriptor} draws.
 * <p>
 * The current segment file grows as blocks arrive: its length doubles (from {@link #MIN_FILE_LENGTH}, sparse, so
 * only written pages take memory) and it is remapped read-write at each growth. When a block does not fit in the
 * rest of the segment, a new segment file is started. {@link #trim()} (at each metadata publication) and
 * {@link #close()} truncate the current file to its used length, so files on disk are as long as the metadata says.
 * A block already appended never moves, so metadata published between appends stays valid.
 * <p>
 * Not threadsafe: one thread appends.
 */
public final class SegmentWriter implements AutoCloseable
{
    /**
     * First length of a new segment file; it doubles from there up to the segment length.
     */
    public static final int MIN_FILE_LENGTH = 16 << 20;

    private final Path directory;
    private final int segmentLength;
    private final List<Long> usedLengths = new ArrayList<>();
    private final UnsafeBuffer current = new UnsafeBuffer(0, 0);
    private final CRC32C crc = new CRC32C();
    private MappedByteBuffer mapped;
    private long fileLength;
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
        SegmentDescriptor.checkSegmentLength(segmentLength);
        this.directory = directory;
        this.segmentLength = segmentLength;
    }

    /**
     * Copies {@code length} bytes of {@code source} from {@code sourceOffset} into a new 64-byte aligned block.
     *
     * @param source       the bytes to copy, little-endian values.
     * @param sourceOffset the first byte copied.
     * @param length       the number of bytes; at most the segment length.
     * @return where the block went, with its checksum.
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
        ensureMapped(offset + length);
        final int blockOffset = (int)offset;
        current.putBytes(blockOffset, source, sourceOffset, length);
        final ByteBuffer block = mapped.duplicate();
        block.limit(blockOffset + length).position(blockOffset);
        crc.reset();
        crc.update(block);
        position = offset + length;
        final int segment = usedLengths.size() - 1;
        usedLengths.set(segment, position);
        return new BlockLocation(segment, offset, length, (int)crc.getValue());
    }

    /**
     * The used length of every segment so far, in order; the last one grows while appending.
     *
     * @return an unmodifiable snapshot.
     */
    public List<Long> segmentLengths()
    {
        return Collections.unmodifiableList(new ArrayList<>(usedLengths));
    }

    /**
     * Unmaps the current segment and truncates its file to the used length; the next append maps it again.
     */
    public void trim()
    {
        if (null == mapped)
        {
            return;
        }
        current.wrap(0, 0);
        IoUtil.unmap(mapped);
        mapped = null;
        setFileLength(currentFile(), position);
    }

    /**
     * Unmaps the last segment and truncates it to its used length. Idempotent.
     */
    @Override
    public void close()
    {
        if (!closed)
        {
            closed = true;
            trim();
        }
    }

    private void startSegment()
    {
        trim();
        usedLengths.add(0L);
        position = 0;
        fileLength = 0;
        final Path file = currentFile();
        try
        {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create segment file " + file, ex);
        }
    }

    private void ensureMapped(final long end)
    {
        if (null != mapped && end <= fileLength)
        {
            return;
        }
        trim();
        long newLength = Math.max(MIN_FILE_LENGTH, fileLength);
        while (newLength < end)
        {
            newLength <<= 1;
        }
        newLength = Math.min(newLength, segmentLength);
        final Path file = currentFile();
        setFileLength(file, newLength);
        mapped = IoUtil.mapExistingFile(file.toFile(), FileChannel.MapMode.READ_WRITE, "segment", 0, newLength);
        current.wrap(mapped);
    }

    private void setFileLength(final Path file, final long length)
    {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw"))
        {
            raf.setLength(length);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot resize segment file " + file + " to " + length + " bytes", ex);
        }
        fileLength = length;
    }

    private Path currentFile()
    {
        return directory.resolve(SegmentDescriptor.fileName(usedLengths.size() - 1));
    }
}
