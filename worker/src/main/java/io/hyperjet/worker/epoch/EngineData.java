package io.hyperjet.worker.epoch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.data.PairLoader;
import io.hyperjet.common.data.PairFrameHandler;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.shm.attach.AttachedRun;
import io.hyperjet.worker.strategy.Space;
import io.hyperjet.worker.strategy.Strategy;

/**
 * The pairs an engine evaluates epochs on: each pair's candles (startup candles included) plus the columns the
 * strategy's indicator phase wrote. Either attached read-only from the coordinator's shared memory (zero copy), or
 * loaded from the data files with the indicator phase run here (when shared memory is off); both give the same
 * values, because the same code computed them from the same candles.
 */
public final class EngineData implements AutoCloseable
{
    private final List<PairFrame> frames;
    private final AttachedRun attached;

    private EngineData(final List<PairFrame> frames, final AttachedRun attached)
    {
        this.frames = Collections.unmodifiableList(frames);
        this.attached = attached;
    }

    /**
     * Attaches to shared memory.
     *
     * @param metadata  the run's metadata file.
     * @param pairs     the pairs in order.
     * @param timeframe their timeframe.
     * @return the data; close to unmap.
     */
    public static EngineData attach(final Path metadata, final List<String> pairs, final String timeframe)
    {
        final AttachedRun run = AttachedRun.attach(metadata);
        try
        {
            final List<PairFrame> frames = new ArrayList<>(pairs.size());
            for (final String pair : pairs)
            {
                final PairFrame frame = run.pair(pair, timeframe);
                if (null == frame)
                {
                    throw new UserInputException(metadata + ": no pair " + pair + " " + timeframe + " in the run");
                }
                frames.add(frame);
            }
            return new EngineData(frames, run);
        }
        catch (final RuntimeException ex)
        {
            run.close();
            throw ex;
        }
    }

    /**
     * Reads the data files and runs the strategy's indicator phase on each pair, keeping every frame on the heap.
     *
     * @param config   the run's config.
     * @param rules    the resolved trading rules (timeframe, timerange, startup candles).
     * @param pairs    the pairs in order.
     * @param strategy the strategy.
     * @param spaces   the optimized spaces (null outside hyperopt).
     * @param log      warnings (a pair without data).
     * @return the data, with heap frames.
     */
    public static EngineData load(
        final HyperjetConfig config,
        final TradingRules rules,
        final List<String> pairs,
        final Strategy strategy,
        final Set<Space> spaces,
        final Consumer<String> log)
    {
        final List<PairFrame> frames = new ArrayList<>(pairs.size());
        prepare(config, rules, pairs, strategy, spaces, frames::add, log);
        return new EngineData(frames, null);
    }

    /**
     * Reads the data files one pair at a time and hands each pair's frame, with the columns of the strategy's
     * indicator phase appended, to {@code onFrame}; keeps no frame itself, so a caller that moves each frame to
     * shared memory holds about one pair on the heap at a time.
     *
     * @param config   the run's config.
     * @param rules    the resolved trading rules (timeframe, timerange, startup candles).
     * @param pairs    the pairs in order.
     * @param strategy the strategy.
     * @param spaces   the optimized spaces (null outside hyperopt).
     * @param onFrame  receives each frame with its indicator columns.
     * @param log      warnings (a pair without data).
     * @return the number of pairs with data.
     */
    public static int prepare(
        final HyperjetConfig config,
        final TradingRules rules,
        final List<String> pairs,
        final Strategy strategy,
        final Set<Space> spaces,
        final Consumer<PairFrame> onFrame,
        final Consumer<String> log)
    {
        final PairLoader loader = new PairLoader()
            .datadir(config.datadir())
            .pairs(pairs)
            .timeframe(rules.timeframe())
            .format(config.dataformatOhlcv())
            .timerange(rules.timerange())
            .startupCandles(rules.startupCandleCount())
            .mmapThresholdBytes(config.memoryMapThresholdBytes());
        final int[] count = new int[1];
        loader.load(new PairFrameHandler()
        {
            @Override
            public void onPair(final PairFrame frame)
            {
                onFrame.accept(strategy.runIndicators(frame, spaces).appendTo(frame));
                count[0]++;
            }

            @Override
            public void onNoData(final String pair, final Path file)
            {
                log.accept("no candles for " + pair + " in the selected range (" + file + "); pair skipped");
            }
        });
        if (count[0] == 0)
        {
            throw new UserInputException(config.datadir() + ": no data for any pair of the whitelist " + pairs +
                " in the selected range");
        }
        return count[0];
    }

    /**
     * Wraps frames already in memory (tests, the backtest command after loading).
     *
     * @param frames frames with indicator columns.
     * @return the data.
     */
    public static EngineData of(final List<PairFrame> frames)
    {
        return new EngineData(new ArrayList<>(frames), null);
    }

    public List<PairFrame> frames()
    {
        return frames;
    }

    /**
     * The pairs, in order.
     *
     * @return pair names.
     */
    public List<String> pairs()
    {
        final List<String> pairs = new ArrayList<>(frames.size());
        for (final PairFrame frame : frames)
        {
            pairs.add(frame.pair());
        }
        return pairs;
    }

    /** Unmaps shared memory when attached. Idempotent. */
    @Override
    public void close()
    {
        if (null != attached)
        {
            attached.close();
        }
    }
}
