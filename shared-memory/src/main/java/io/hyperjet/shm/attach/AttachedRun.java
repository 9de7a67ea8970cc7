package io.hyperjet.shm.attach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.LongColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.shm.metadata.MetadataFile;
import io.hyperjet.shm.metadata.RunMetadata;
import io.hyperjet.shm.run.RunFiles;

/**
 * A worker's read-only view of a shared-memory run: every pair as a {@link PairFrame} whose columns wrap the
 * mapped segments, without copying.
 * <pre>{@code
 * try (AttachedRun run = AttachedRun.attach(metadataFile))
 * {
 *     for (final PairFrame frame : run.pairs()) { ... }
 * }
 * }</pre>
 * Attaching checks the metadata (format version, consistency), the ownership and permissions of the run directory
 * and segment files, and that each segment file is at least as long as the metadata says, then maps each segment
 * read-only. It reads no data page, so it takes the same time for 100 MB as for 10 GB. The frames are valid until
 * {@link #close()}, which unmaps the segments: reading a frame after that crashes the JVM.
 * <p>
 * Frames may be read from any number of threads; attach and close from one.
 */
public final class AttachedRun implements AutoCloseable
{
    private final Path metadataFile;
    private final RunMetadata metadata;
    private final MappedByteBuffer[] mappings;
    private final List<PairFrame> frames;
    private boolean closed;

    private AttachedRun(final Path metadataFile, final RunMetadata metadata, final MappedByteBuffer[] mappings)
    {
        this.metadataFile = metadataFile;
        this.metadata = metadata;
        this.mappings = mappings;
        final UnsafeBuffer[] segments = new UnsafeBuffer[mappings.length];
        for (int i = 0; i < mappings.length; i++)
        {
            segments[i] = null == mappings[i] ? new UnsafeBuffer(new byte[0]) : new UnsafeBuffer(mappings[i]);
        }
        final List<PairFrame> built = new ArrayList<>(metadata.pairs().size());
        for (final RunMetadata.Pair pair : metadata.pairs())
        {
            built.add(frame(pair, segments));
        }
        this.frames = Collections.unmodifiableList(built);
    }

    /**
     * Attaches to the run a metadata file describes.
     *
     * @param metadataFile the run's {@code metadata.json}.
     * @return the attached run.
     * @throws UserInputException with a one-line message naming the file when the metadata or files are wrong.
     */
    public static AttachedRun attach(final Path metadataFile)
    {
        final RunMetadata metadata = MetadataFile.read(metadataFile);
        final Path directory = metadataFile.toAbsolutePath().getParent();
        RunFiles.checkOwnerOnly(metadataFile, directory);
        RunFiles.checkOwnerOnly(metadataFile, metadataFile);
        final List<RunMetadata.Segment> segments = metadata.segments();
        for (final RunMetadata.Segment segment : segments)
        {
            checkSegmentFile(metadataFile, directory.resolve(segment.file()), segment.bytes());
        }
        final MappedByteBuffer[] mappings = new MappedByteBuffer[segments.size()];
        try
        {
            for (int i = 0; i < mappings.length; i++)
            {
                final RunMetadata.Segment segment = segments.get(i);
                if (segment.bytes() > 0)
                {
                    mappings[i] = IoUtil.mapExistingFile(directory.resolve(segment.file()).toFile(),
                        FileChannel.MapMode.READ_ONLY, segment.file(), 0, segment.bytes());
                }
            }
            return new AttachedRun(metadataFile, metadata, mappings);
        }
        catch (final RuntimeException ex)
        {
            unmapAll(mappings);
            throw ex;
        }
    }

    public Path metadataFile()
    {
        return metadataFile;
    }

    public RunMetadata metadata()
    {
        return metadata;
    }

    /**
     * Every pair in metadata order.
     *
     * @return unmodifiable list of frames over the mapped segments.
     */
    public List<PairFrame> pairs()
    {
        return frames;
    }

    /**
     * One pair's frame.
     *
     * @param pair      the pair.
     * @param timeframe the timeframe.
     * @return the frame, or null when the run has no such pair.
     */
    public PairFrame pair(final String pair, final String timeframe)
    {
        for (final PairFrame frame : frames)
        {
            if (frame.pair().equals(pair) && frame.timeframe().equals(timeframe))
            {
                return frame;
            }
        }
        return null;
    }

    /**
     * Recomputes the CRC32C of every column block and compares it with the metadata. Reads every data page.
     *
     * @return one line per mismatch, empty when every checksum matches.
     */
    public List<String> verify()
    {
        if (closed)
        {
            throw new IllegalStateException("run detached: " + metadataFile);
        }
        final List<String> mismatches = new ArrayList<>();
        final CRC32C crc = new CRC32C();
        for (final RunMetadata.Pair pair : metadata.pairs())
        {
            for (final RunMetadata.Column column : pair.columns())
            {
                crc.reset();
                if (column.length() > 0)
                {
                    final ByteBuffer block = mappings[column.segment()].duplicate();
                    block.limit((int)(column.offset() + column.length())).position((int)column.offset());
                    crc.update(block);
                }
                final String actual = MetadataFile.formatCrc((int)crc.getValue());
                if (!actual.equals(column.crc32c()))
                {
                    mismatches.add(metadataFile + ": checksum mismatch in pair " + pair.pair() + " " +
                        pair.timeframe() + " column " + column.name() + " (" +
                        metadata.segments().get(column.segment()).file() + " offset " + column.offset() +
                        "): crc32c " + actual + ", metadata says " + column.crc32c());
                }
            }
        }
        return mismatches;
    }

    /**
     * Unmaps the segments. Idempotent. Frames obtained from this run must not be read afterwards.
     */
    @Override
    public void close()
    {
        if (!closed)
        {
            closed = true;
            unmapAll(mappings);
        }
    }

    private static PairFrame frame(final RunMetadata.Pair pair, final UnsafeBuffer[] segments)
    {
        LongColumn date = null;
        final Map<String, DoubleColumn> columns = new LinkedHashMap<>();
        final Map<String, List<String>> labels = new LinkedHashMap<>();
        for (final RunMetadata.Column column : pair.columns())
        {
            if (null != column.labels())
            {
                labels.put(column.name(), column.labels());
            }
            final UnsafeBuffer segment = segments[column.segment()];
            final int offset = (int)column.offset();
            if (PairFrame.DATE.equals(column.name()))
            {
                date = new LongColumn().wrap(segment, offset, pair.rows());
            }
            else
            {
                columns.put(column.name(), new DoubleColumn().wrap(segment, offset, pair.rows()));
            }
        }
        return new PairFrame(pair.pair(), pair.timeframe(), date, columns, labels);
    }

    private static void checkSegmentFile(final Path metadataFile, final Path file, final long bytes)
    {
        if (!Files.exists(file))
        {
            throw new UserInputException(metadataFile + ": segment file " + file.getFileName() +
                " is missing (metadata says " + bytes + " bytes)");
        }
        RunFiles.checkOwnerOnly(metadataFile, file);
        final long size;
        try
        {
            size = Files.size(file);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read the size of segment file " + file, ex);
        }
        if (size < bytes)
        {
            throw new UserInputException(metadataFile + ": segment file " + file.getFileName() + " is " + size +
                " bytes, shorter than the " + bytes + " bytes the metadata says");
        }
    }

    private static void unmapAll(final MappedByteBuffer[] mappings)
    {
        for (int i = 0; i < mappings.length; i++)
        {
            if (null != mappings[i])
            {
                IoUtil.unmap(mappings[i]);
                mappings[i] = null;
            }
        }
    }
}
