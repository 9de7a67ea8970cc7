package io.hyperjet.shm.metadata;

import java.util.List;

/**
 * The metadata of a shared-memory run: the contract between the coordinator that writes the segments and the
 * workers that attach, and the first file to open when debugging. Serialised as JSON with snake_case keys by
 * {@link MetadataFile}; a small example:
 * <pre>
 * {
 *   "format_version" : 1,
 *   "run_id" : "run-4242-1764092769000",
 *   "coordinator" : { "pid" : 4242, "start_ms" : 1764092768120, "start" : "2026-11-25T17:46:08.120Z" },
 *   "created" : "2026-11-25T17:46:09Z",
 *   "segments" : [ { "file" : "segment-000.dat", "bytes" : 1728 } ],
 *   "pairs" : [ {
 *     "pair" : "BTC/USDT", "timeframe" : "5m", "rows" : 36,
 *     "first_ms" : 1704067200000, "last_ms" : 1704077700000,
 *     "first" : "2024-01-01T00:00:00Z", "last" : "2024-01-01T02:55:00Z",
 *     "columns" : [ { "name" : "date", "type" : "int64", "segment" : 0, "offset" : 0, "length" : 288,
 *                     "crc32c" : "8a9136aa" }, ... ]
 *   } ]
 * }
 * </pre>
 * The ISO-8601 strings repeat the millisecond fields for people; programs read the numbers.
 *
 * @param formatVersion {@link MetadataFile#FORMAT_VERSION} when written by this build.
 * @param runId         the run id, also the run directory's name.
 * @param coordinator   the process that owns the run.
 * @param created       when the run was created, ISO-8601 UTC.
 * @param segments      segment files in index order, with the bytes they hold.
 * @param pairs         every pair frame in the run.
 */
public record RunMetadata(
    int formatVersion,
    String runId,
    Coordinator coordinator,
    String created,
    List<Segment> segments,
    List<Pair> pairs)
{
    /**
     * The coordinator process; a pid alone is not enough because pids are reused.
     *
     * @param pid     process id.
     * @param startMs process start time, epoch ms, as {@link ProcessHandle.Info#startInstant()} reports it.
     * @param start   the same as ISO-8601.
     */
    public record Coordinator(long pid, long startMs, String start)
    {
    }

    /**
     * One segment file.
     *
     * @param file  file name inside the run directory.
     * @param bytes bytes of column data the file holds; the file is at least this long.
     */
    public record Segment(String file, long bytes)
    {
    }

    /**
     * One pair frame: the {@code date} column first, then OHLCV, then extra columns in the order added.
     *
     * @param pair      the pair, e.g. {@code ETH/BTC}.
     * @param timeframe the timeframe, e.g. {@code 5m}.
     * @param rows      number of candles.
     * @param firstMs   open time of the first candle, epoch ms (0 when there are no rows).
     * @param lastMs    open time of the last candle, epoch ms (0 when there are no rows).
     * @param first     the first candle's open time, ISO-8601.
     * @param last      the last candle's open time, ISO-8601.
     * @param columns   the column blocks.
     */
    public record Pair(
        String pair,
        String timeframe,
        int rows,
        long firstMs,
        long lastMs,
        String first,
        String last,
        List<Column> columns)
    {
    }

    /**
     * One column block.
     *
     * @param name    column name.
     * @param type    {@code int64} or {@code float64}.
     * @param segment index into {@link RunMetadata#segments()}.
     * @param offset  byte offset in the segment.
     * @param length  byte length, {@code rows * 8}.
     * @param crc32c  CRC32C of the block's bytes, 8 lowercase hex digits.
     * @param labels  for a text column (codes into these labels, NaN for none), the labels in code order; else null.
     */
    public record Column(
        String name, String type, int segment, long offset, long length, String crc32c, List<String> labels)
    {
    }
}
