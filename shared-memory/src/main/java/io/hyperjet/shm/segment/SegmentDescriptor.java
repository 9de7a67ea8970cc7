package io.hyperjet.shm.segment;

/**
 * The layout of a segment file: a run's column data, split across files of at most {@link #MAX_SEGMENT_LENGTH}.
 * <pre>
 *  segment-000.dat                                   segment-001.dat
 *  0                                                 0
 *  +---------------------------+                     +---------------------------+
 *  | column block (rows * 8 B) |  date  int64 LE     | column block              |
 *  +---------------------------+                     +---------------------------+
 *  | zero padding to 64 bytes  |                     | ...                       |
 *  +---------------------------+ 64-byte aligned     +---------------------------+
 *  | column block (rows * 8 B) |  open  float64 LE   |                           |
 *  +---------------------------+                     |                           |
 *  | ...                       |                     |                           |
 *  +---------------------------+ &lt;= 1 GiB           +---------------------------+ used length
 * </pre>
 * The files carry no header: the run's metadata JSON is the only index (column name, type, segment, offset,
 * length, checksum), so attaching never reads a data page. A block never crosses a segment, which keeps every
 * offset an {@code int} (Agrona buffers are int-indexed) while a run may hold many GiB. Values are little-endian,
 * as {@link io.hyperjet.common.frame.DoubleColumn} and {@link io.hyperjet.common.frame.LongColumn} read them.
 */
public final class SegmentDescriptor
{
    /**
     * Every column block starts at a multiple of this (one cache line), so vector loads never straddle lines.
     */
    public static final int BLOCK_ALIGNMENT = 64;

    /**
     * Largest segment file: 1 GiB, well inside the int range Agrona's buffers index.
     */
    public static final int MAX_SEGMENT_LENGTH = 1 << 30;

    /**
     * Bytes per value of both column types ({@code int64} dates, {@code float64} values).
     */
    public static final int VALUE_LENGTH = 8;

    public static final String TYPE_INT64 = "int64";
    public static final String TYPE_FLOAT64 = "float64";

    private static final String FILE_PREFIX = "segment-";
    private static final String FILE_SUFFIX = ".dat";

    private SegmentDescriptor()
    {
    }

    /**
     * The file name of a segment, e.g. {@code segment-003.dat}.
     *
     * @param index segment index, from 0.
     * @return the file name inside the run directory.
     */
    public static String fileName(final int index)
    {
        return String.format("%s%03d%s", FILE_PREFIX, index, FILE_SUFFIX);
    }

    /**
     * Rounds a length up to the block alignment.
     *
     * @param length a byte length or offset.
     * @return the smallest multiple of {@link #BLOCK_ALIGNMENT} that is {@code >= length}.
     */
    public static long align(final long length)
    {
        return (length + BLOCK_ALIGNMENT - 1) & -BLOCK_ALIGNMENT;
    }

    /**
     * The byte length of a column block of {@code rows} values.
     *
     * @param rows number of values.
     * @return {@code rows * 8}.
     */
    public static long blockLength(final int rows)
    {
        return (long)rows * VALUE_LENGTH;
    }

    /**
     * Checks a segment length chosen by a writer.
     *
     * @param segmentLength the maximum length of each segment file.
     * @throws IllegalArgumentException when not a positive multiple of the alignment or above 1 GiB.
     */
    public static void checkSegmentLength(final int segmentLength)
    {
        if (segmentLength < BLOCK_ALIGNMENT || segmentLength > MAX_SEGMENT_LENGTH ||
            0 != segmentLength % BLOCK_ALIGNMENT)
        {
            throw new IllegalArgumentException("segment length must be a multiple of " + BLOCK_ALIGNMENT +
                " in [" + BLOCK_ALIGNMENT + ", " + MAX_SEGMENT_LENGTH + "]: segmentLength=" + segmentLength);
        }
    }

    /**
     * Why a block location is invalid, or null when it is valid.
     *
     * @param offset        the block's offset in its segment.
     * @param length        the block's byte length.
     * @param rows          the rows the block should hold.
     * @param segmentLength the segment's length.
     * @return a short reason, or null.
     */
    public static String blockProblem(final long offset, final long length, final int rows, final long segmentLength)
    {
        if (offset < 0 || 0 != offset % BLOCK_ALIGNMENT)
        {
            return "offset " + offset + " is not a non-negative multiple of " + BLOCK_ALIGNMENT;
        }
        if (length != blockLength(rows))
        {
            return "length " + length + " is not rows*" + VALUE_LENGTH + "=" + blockLength(rows);
        }
        if (offset + length > segmentLength)
        {
            return "block [" + offset + ", " + (offset + length) + ") ends past the segment length " + segmentLength;
        }
        return null;
    }
}
