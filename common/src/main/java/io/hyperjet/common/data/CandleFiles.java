package io.hyperjet.common.data;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.arrow.vector.compression.CompressionUtil;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.frame.PairFrame;

/**
 * One entry point for reading and writing candle files of any {@link DataFormat}.
 */
public final class CandleFiles
{
    /** Parquet files larger than this are memory-mapped ({@code memory_map_threshold_mb} default). */
    public static final long MEMORY_MAP_THRESHOLD_BYTES_DEFAULT = 100L * 1024 * 1024;

    private CandleFiles()
    {
    }

    /**
     * Reads all rows of a file and checks them (non-empty, no NaN prices, high >= low); not cleaned.
     *
     * @param file               the file.
     * @param format             its format.
     * @param mmapThresholdBytes parquet files above this size are memory-mapped.
     * @return the rows.
     * @throws UserInputException naming the file when it is missing, empty, corrupt or holds bad candles.
     */
    public static CandleBuffer readBuffer(final Path file, final DataFormat format, final long mmapThresholdBytes)
    {
        if (!Files.isRegularFile(file))
        {
            throw new UserInputException(file + ": file not found");
        }
        final CandleBuffer buffer;
        switch (format)
        {
            case FEATHER:
                buffer = FeatherCandleReader.read(file);
                break;
            case PARQUET:
                buffer = ParquetCandleReader.read(file, mmapThresholdBytes);
                break;
            case JSON:
                buffer = JsonCandleReader.read(file, false);
                break;
            case JSONGZ:
                buffer = JsonCandleReader.read(file, true);
                break;
            default:
                buffer = CsvCandleReader.read(file);
                break;
        }
        CandleChecks.check(buffer, file);
        return buffer;
    }

    /**
     * Reads and checks a file into a heap frame (rows as in the file, not cleaned).
     *
     * @param file      the file.
     * @param format    its format.
     * @param pair      the pair the frame is for.
     * @param timeframe the timeframe the frame is for.
     * @return the frame.
     */
    public static PairFrame read(final Path file, final DataFormat format, final String pair, final String timeframe)
    {
        return readBuffer(file, format, MEMORY_MAP_THRESHOLD_BYTES_DEFAULT).toFrame(pair, timeframe);
    }

    /**
     * Writes a frame in a format with its default options: feather ZSTD, parquet snappy.
     *
     * @param file   the target file (replaced).
     * @param format the format.
     * @param frame  the candles.
     */
    public static void write(final Path file, final DataFormat format, final PairFrame frame)
    {
        switch (format)
        {
            case FEATHER:
                FeatherCandleWriter.write(file, frame, CompressionUtil.CodecType.ZSTD);
                break;
            case PARQUET:
                ParquetCandleWriter.write(file, frame);
                break;
            case JSON:
                JsonCandleWriter.write(file, frame, false);
                break;
            case JSONGZ:
                JsonCandleWriter.write(file, frame, true);
                break;
            default:
                CsvCandleWriter.write(file, frame);
                break;
        }
    }
}
