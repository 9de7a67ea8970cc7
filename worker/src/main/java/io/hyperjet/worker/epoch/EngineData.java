package io.hyperjet.worker.epoch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.data.PairFiles;
import io.hyperjet.common.data.PairFrameHandler;
import io.hyperjet.common.data.PairLoader;
import io.hyperjet.common.data.PairPrefetch;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.shm.attach.AttachedRun;
import io.hyperjet.worker.python.PythonStrategy;
import io.hyperjet.worker.strategy.Space;
import io.hyperjet.worker.strategy.Strategy;

/**
 * The pairs an engine evaluates epochs on: each pair's candles (startup candles included) plus the columns the
 * strategy's indicator phase wrote, and with {@code timeframe_detail} each pair's detail candles. Either attached
 * read-only from the coordinator's shared memory (zero copy), or loaded from the data files with the indicator
 * phase run here (when shared memory is off); both give the same values, because the same code computed them from
 * the same candles.
 */
public final class EngineData implements AutoCloseable
{
    private final List<PairFrame> frames;
    private final List<PairFrame> details;
    private final AttachedRun attached;

    private EngineData(final List<PairFrame> frames, final List<PairFrame> details, final AttachedRun attached)
    {
        this.frames = Collections.unmodifiableList(frames);
        this.details = Collections.unmodifiableList(null == details ? nulls(frames.size()) : details);
        this.attached = attached;
        if (this.details.size() != frames.size())
        {
            throw new IllegalArgumentException(details.size() + " detail entries for " + frames.size() + " pairs");
        }
    }

    private static List<PairFrame> nulls(final int n)
    {
        return Arrays.asList(new PairFrame[n]);
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
        return attach(metadata, pairs, timeframe, null);
    }

    /**
     * Attaches to shared memory, with each pair's detail candles when the run has a detail timeframe. A pair whose
     * detail candles are not in the run had no detail data: its main candles are used.
     *
     * @param metadata        the run's metadata file.
     * @param pairs           the pairs in order.
     * @param timeframe       their timeframe.
     * @param detailTimeframe {@code timeframe_detail}, or null.
     * @return the data; close to unmap.
     */
    public static EngineData attach(
        final Path metadata, final List<String> pairs, final String timeframe, final String detailTimeframe)
    {
        final AttachedRun run = AttachedRun.attach(metadata);
        try
        {
            final List<PairFrame> frames = new ArrayList<>(pairs.size());
            final List<PairFrame> details = new ArrayList<>(pairs.size());
            for (final String pair : pairs)
            {
                final PairFrame frame = run.pair(pair, timeframe);
                if (null == frame)
                {
                    throw new UserInputException(metadata + ": no pair " + pair + " " + timeframe + " in the run");
                }
                frames.add(frame);
                details.add(null == detailTimeframe ? null : run.pair(pair, detailTimeframe));
            }
            if (null != detailTimeframe && details.stream().allMatch(d -> null == d))
            {
                throw new UserInputException(metadata + ": no " + detailTimeframe + " detail candles in the run");
            }
            return new EngineData(frames, details, run);
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
        if (null == rules.timeframeDetail())
        {
            return new EngineData(frames, null, null);
        }
        final Map<String, PairFrame> byPair = new HashMap<>();
        final List<String> loaded = new ArrayList<>(frames.size());
        frames.forEach(f -> loaded.add(f.pair()));
        prepareDetail(config, rules, loaded, d -> byPair.put(d.pair(), d), log);
        final List<PairFrame> details = new ArrayList<>(frames.size());
        loaded.forEach(pair -> details.add(byPair.get(pair)));
        return new EngineData(frames, details, null);
    }

    /**
     * Reads the detail candles ({@code timeframe_detail}, backtest-semantics.md 3.8) of each pair, one pair at a
     * time, and hands each frame to {@code onFrame}. As Freqtrade does, they are loaded over the run's timerange
     * without startup candles (main candles before the timerange never trade) and cleaned like main candles. A pair
     * without detail data is reported to {@code log} (once the load is done, and only when another pair has detail data)
     * and then runs on its main candles.
     *
     * @param config  the run's config.
     * @param rules   the resolved rules; {@link TradingRules#timeframeDetail()} must be set.
     * @param pairs   the pairs that have main candles, in order.
     * @param onFrame receives each detail frame (date and OHLCV only).
     * @param log     warnings (a pair without detail data).
     * @return the number of pairs with detail data.
     * @throws UserInputException when no pair has detail data.
     */
    public static int prepareDetail(
        final HyperjetConfig config,
        final TradingRules rules,
        final List<String> pairs,
        final Consumer<PairFrame> onFrame,
        final Consumer<String> log)
    {
        final String detail = rules.timeframeDetail();
        final List<String> withFiles = new ArrayList<>(pairs.size());
        // held back until a pair has detail data: without any, the run stops, and "its candles are used" is not true
        final List<String> warnings = new ArrayList<>();
        for (final String pair : pairs)
        {
            if (null == PairFiles.find(config.datadir(), pair, detail, config.dataformatOhlcv()))
            {
                warnings.add("no " + detail + " detail candles for " + pair + " in " + config.datadir() +
                    "; its " + rules.timeframe() + " candles are used");
            }
            else
            {
                withFiles.add(pair);
            }
        }
        final int[] count = new int[1];
        if (!withFiles.isEmpty())
        {
            new PairLoader()
                .datadir(config.datadir())
                .pairs(withFiles)
                .timeframe(detail)
                .format(config.dataformatOhlcv())
                .timerange(rules.timerange())
                .startupCandles(0)
                .mmapThresholdBytes(config.memoryMapThresholdBytes())
                .load(new PairFrameHandler()
                {
                    @Override
                    public void onPair(final PairFrame frame)
                    {
                        onFrame.accept(frame);
                        count[0]++;
                    }

                    @Override
                    public void onNoData(final String pair, final Path file)
                    {
                        warnings.add("no " + detail + " detail candles for " + pair + " in the selected range (" +
                            file + "); its " + rules.timeframe() + " candles are used");
                    }
                });
        }
        if (count[0] == 0)
        {
            throw new UserInputException(config.source("timeframe_detail") + ": timeframe_detail " + detail +
                ": no " + detail + " data for any pair " + pairs + " in " + config.datadir() +
                " in the selected range; download it or remove the key");
        }
        warnings.forEach(log);
        return count[0];
    }

    /**
     * Reads the data files one pair at a time and hands each pair's frame, with the columns of the strategy's
     * indicator phase appended, to {@code onFrame}; keeps no frame itself, so a caller that moves each frame to
     * shared memory holds about one pair on the heap at a time (plus the next one or two being decoded: files are
     * decoded one pair ahead on a background thread, {@link PairPrefetch}, while the indicator phase runs here).
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
        return prepare(config, rules, pairs, strategy, spaces, onFrame, frame -> { }, log, IndicatorThreads.ONE);
    }

    /**
     * As {@link #prepare(HyperjetConfig, TradingRules, List, Strategy, Set, Consumer, Consumer)}, first reading the
     * informative candles a Python strategy asks for ({@link InformativeCandles}) and handing each frame read to
     * {@code onInformative} (to put into shared memory with the rest), with the indicator phase on {@code threads}
     * threads ({@link ParallelIndicators}): the same frames in the same order whatever the thread count.
     * A Python strategy (one process) and a single pair always run on the calling thread.
     *
     * @param config        the run's config.
     * @param rules         the resolved trading rules.
     * @param pairs         the pairs in order.
     * @param strategy      the strategy.
     * @param spaces        the optimized spaces (null outside hyperopt).
     * @param onFrame       receives each frame with its indicator columns, on the calling thread.
     * @param onInformative receives each informative frame (date and OHLCV).
     * @param log           warnings.
     * @param threads       the indicator threads and the strategy copies they use.
     * @return the number of pairs with data.
     */
    public static int prepare(
        final HyperjetConfig config,
        final TradingRules rules,
        final List<String> pairs,
        final Strategy strategy,
        final Set<Space> spaces,
        final Consumer<PairFrame> onFrame,
        final Consumer<PairFrame> onInformative,
        final Consumer<String> log,
        final IndicatorThreads threads)
    {
        InformativeCandles.load(config, rules, strategy, pairs, log).forEach(onInformative);
        final PairLoader loader = new PairLoader()
            .datadir(config.datadir())
            .pairs(pairs)
            .timeframe(rules.timeframe())
            .format(config.dataformatOhlcv())
            .timerange(rules.timerange())
            .startupCandles(rules.startupCandleCount())
            .mmapThresholdBytes(config.memoryMapThresholdBytes());
        final int threadCount = Math.min(threads.threads(), pairs.size());
        final int count;
        if (threadCount > 1 && !(strategy instanceof PythonStrategy))
        {
            count = ParallelIndicators.load(loader, instances(strategy, threadCount, threads), spaces,
                frames(onFrame, frame -> frame, log));
        }
        else
        {
            count = PairPrefetch.load(loader, frames(onFrame, frame -> strategy.runIndicators(frame, spaces)
                .appendTo(frame), log));
        }
        if (count == 0)
        {
            throw new UserInputException(config.datadir() + ": no data for any pair of the whitelist " + pairs +
                " in the selected range");
        }
        return count;
    }

    private static PairFrameHandler frames(
        final Consumer<PairFrame> onFrame, final UnaryOperator<PairFrame> indicators, final Consumer<String> log)
    {
        return new PairFrameHandler()
        {
            @Override
            public void onPair(final PairFrame frame)
            {
                onFrame.accept(indicators.apply(frame));
            }

            @Override
            public void onNoData(final String pair, final Path file)
            {
                log.accept("no candles for " + pair + " in the selected range (" + file + "); pair skipped");
            }
        };
    }

    /* The caller's instance and copies with its informative candles: one per indicator thread. */
    private static List<Strategy> instances(final Strategy strategy, final int count, final IndicatorThreads threads)
    {
        final List<Strategy> instances = new ArrayList<>(count);
        instances.add(strategy);
        while (instances.size() < count)
        {
            final Strategy copy = threads.copies().get();
            copy.dataProvider().copyFrom(strategy.dataProvider());
            instances.add(copy);
        }
        return instances;
    }

    /**
     * Wraps frames already in memory (tests, the backtest command after loading).
     *
     * @param frames frames with indicator columns.
     * @return the data.
     */
    public static EngineData of(final List<PairFrame> frames)
    {
        return new EngineData(new ArrayList<>(frames), null, null);
    }

    public List<PairFrame> frames()
    {
        return frames;
    }

    /**
     * The detail candles of pair {@code i} (same order as {@link #frames()}).
     *
     * @param i the pair's index.
     * @return the detail frame, or null without a detail timeframe or detail data for the pair.
     */
    public PairFrame detail(final int i)
    {
        return details.get(i);
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

    /**
     * A (pair, timeframe) of the attached run, main, detail or informative.
     *
     * @param pair      the pair.
     * @param timeframe the timeframe.
     * @return the frame, or null when not attached or the run has none.
     */
    public PairFrame shared(final String pair, final String timeframe)
    {
        return null == attached ? null : attached.pair(pair, timeframe);
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
