package io.hyperjet.coordinator.hyperopt;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.common.time.Timeframes;
import io.hyperjet.shm.channel.TaskRing;
import io.hyperjet.shm.run.RunLayout;
import io.hyperjet.shm.segment.SegmentDescriptor;

/**
 * What a run will take in its shared-memory directory, known before any of it is written: the decoded columns of
 * the first pair (candles plus the strategy's indicator columns, as they will be laid out) times the pairs, the
 * detail candles scaled from the first pair's rows, the metadata and the run spec, and per worker its task ring and
 * log. Compressed file sizes say little about this: a feather or parquet file decodes to several times its size and
 * indicators add columns.
 *
 * @param dataBytes the segment files and the metadata, in whole pages.
 * @param specBytes the run spec (written to a temporary name, then renamed), in whole pages.
 */
public record SharedDataSize(long dataBytes, long specBytes)
{
    /** Room for one worker's log (a few lines unless something fails). */
    static final long WORKER_LOG_BYTES = 64 * 1024;
    /** The run spec beside the config and strategy state it holds (pairs, paths, spaces). */
    static final long SPEC_EXTRA_BYTES = 16 * 1024;
    /** Open, high, low, close, volume: what a detail frame holds beside its dates. */
    private static final int DETAIL_VALUE_COLUMNS = 5;

    /**
     * Estimates a run from its first pair.
     *
     * @param first           the first pair's frame, with its indicator columns.
     * @param pairs           the pairs the run will load (including the first).
     * @param detailTimeframe {@code timeframe_detail}, or null.
     * @param startupCandles  the startup candles in the first frame (detail candles have none).
     * @param specTextBytes   the size of the config and strategy state the run spec will hold.
     * @return the size.
     */
    public static SharedDataSize estimate(
        final PairFrame first,
        final int pairs,
        final String detailTimeframe,
        final int startupCandles,
        final long specTextBytes)
    {
        final RunLayout layout = new RunLayout(SegmentDescriptor.MAX_SEGMENT_LENGTH)
            .addPairs(pairs, first.rows(), first.columns().size());
        if (null != detailTimeframe)
        {
            final long perCandle = Timeframes.seconds(first.timeframe()) / Timeframes.seconds(detailTimeframe);
            final long rows = Math.max(0, first.rows() - startupCandles) * perCandle;
            layout.addPairs(pairs, (int)Math.min(Integer.MAX_VALUE / SegmentDescriptor.VALUE_LENGTH, rows),
                DETAIL_VALUE_COLUMNS);
        }
        return new SharedDataSize(layout.bytes(), 2 * RunLayout.pages(specTextBytes + SPEC_EXTRA_BYTES));
    }

    /**
     * The workers a hyperopt reserves a task ring and log for: those asked for, else one per logical core, never
     * more than the epochs in flight ({@link HyperoptRun#LAG}).
     *
     * @param hyperoptJobs {@code -j} or {@code hyperopt_jobs}; -1 or 0 for automatic.
     * @param logicalCores the machine's logical cores.
     * @return the workers to reserve room for.
     */
    public static int reservedWorkers(final int hyperoptJobs, final int logicalCores)
    {
        return Math.min(HyperoptRun.LAG, hyperoptJobs > 0 ? hyperoptJobs : logicalCores);
    }

    /**
     * @param workers the worker JVMs that will get a task ring and a log in the run directory (0 in process).
     * @return what the run writes beside its data.
     */
    public long reserveBytes(final int workers)
    {
        return specBytes + workers * (RunLayout.pages(TaskRing.FILE_LENGTH_DEFAULT) + WORKER_LOG_BYTES);
    }

    /**
     * @param workers the worker JVMs that will get a task ring and a log in the run directory (0 in process).
     * @return everything the run will write to its directory.
     */
    public long totalBytes(final int workers)
    {
        return dataBytes + reserveBytes(workers);
    }
}
