package io.hyperjet.shm.run;

import io.hyperjet.shm.segment.SegmentDescriptor;

/**
 * The bytes a run will take in its file system before any is written: the segment layout of
 * {@link io.hyperjet.shm.segment.SegmentWriter} played out for the pairs to come (64-byte aligned blocks, no block
 * across a segment), each segment file rounded up to whole pages (what tmpfs allocates), plus the metadata file
 * twice (it is written to a temporary name, then renamed over the old one).
 * <p>
 * Not threadsafe.
 */
public final class RunLayout
{
    /**
     * What tmpfs allocates a file in.
     */
    public static final int PAGE_LENGTH = 4096;
    /*
     * An upper bound of one column's entry in metadata.json (name, type, segment, offset, length, checksum) and of a
     * pair's own fields; measured entries are 110-140 bytes with short names.
     */
    private static final int METADATA_BYTES_PER_COLUMN = 192;
    private static final int METADATA_BYTES_PER_PAIR = 384;
    private static final int METADATA_BYTES_FIXED = 1024;

    private final int segmentLength;
    private long segmentBytes;
    private long position;
    private boolean started;
    private long columns;
    private long pairs;

    /**
     * An empty layout.
     *
     * @param segmentLength the maximum segment length the run will use.
     */
    public RunLayout(final int segmentLength)
    {
        SegmentDescriptor.checkSegmentLength(segmentLength);
        this.segmentLength = segmentLength;
    }

    /**
     * Lays out {@code count} pairs of {@code rows} rows: a date column and {@code valueColumns} value columns each.
     *
     * @param count        pairs.
     * @param rows         rows of each.
     * @param valueColumns value columns of each (OHLCV plus indicators).
     * @return this.
     */
    public RunLayout addPairs(final long count, final int rows, final int valueColumns)
    {
        final long block = SegmentDescriptor.blockLength(rows);
        for (long p = 0; p < count; p++)
        {
            for (int c = 0; c <= valueColumns; c++)
            {
                long offset = SegmentDescriptor.align(position);
                if (!started || offset + block > segmentLength)
                {
                    closeSegment();
                    started = true;
                    offset = 0;
                }
                position = offset + block;
            }
        }
        pairs += count;
        columns += count * (valueColumns + 1);
        return this;
    }

    /**
     * @return the bytes of the segment files and the metadata, in whole pages.
     */
    public long bytes()
    {
        final long metadata = pages(METADATA_BYTES_FIXED + pairs * METADATA_BYTES_PER_PAIR +
            columns * METADATA_BYTES_PER_COLUMN);
        return segmentBytes + (started ? pages(position) : 0) + 2 * metadata;
    }

    /**
     * Rounds a file length up to whole pages.
     *
     * @param bytes a file length.
     * @return the bytes tmpfs allocates for it.
     */
    public static long pages(final long bytes)
    {
        return (bytes + PAGE_LENGTH - 1) / PAGE_LENGTH * PAGE_LENGTH;
    }

    private void closeSegment()
    {
        if (started)
        {
            segmentBytes += pages(position);
        }
        position = 0;
    }
}
