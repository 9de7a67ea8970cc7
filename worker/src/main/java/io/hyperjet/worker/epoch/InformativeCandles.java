package io.hyperjet.worker.epoch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.data.PairFiles;
import io.hyperjet.common.data.PairFrameHandler;
import io.hyperjet.common.data.PairLoader;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.frame.informative.PairTimeframe;
import io.hyperjet.worker.python.InformativeFrame;
import io.hyperjet.worker.python.PythonStrategy;
import io.hyperjet.worker.strategy.Strategy;

/**
 * The informative candles of a strategy (python-strategies.md 8; a Java strategy's {@code informativePairs()}):
 * asked of the strategy once its pairs are known, then either read from the data files (coordinator, or a worker without shared memory) or found in the
 * run's shared memory (a worker attached to it), and handed to the strategy's data provider. Read as Freqtrade's
 * {@code historic_ohlcv} does: same data directory and format, the run's timerange with its start moved back by
 * the startup candle count in candles of <em>that</em> timeframe, cleaned and gap-filled like main candles. A
 * (pair, timeframe) without candles is reported once and becomes an empty dataframe for the strategy, as in
 * Freqtrade.
 */
public final class InformativeCandles
{
    private InformativeCandles()
    {
    }

    /**
     * Reads the candles a strategy needs and hands them to it.
     *
     * @param config   the run's config.
     * @param rules    the resolved rules (timerange, startup candles).
     * @param strategy the strategy.
     * @param pairs    the run's pairs, in order.
     * @param log      warnings (a (pair, timeframe) without candles).
     * @return the frames read, to put into shared memory with the rest (empty when none are needed).
     */
    public static List<PairFrame> load(
        final HyperjetConfig config,
        final TradingRules rules,
        final Strategy strategy,
        final List<String> pairs,
        final Consumer<String> log)
    {
        final List<InformativeFrame.Key> needs = needs(strategy, pairs);
        if (needs.isEmpty())
        {
            return List.of();
        }
        final Map<InformativeFrame.Key, InformativeFrame> found = new LinkedHashMap<>();
        final Map<String, List<String>> byTimeframe = new LinkedHashMap<>();
        for (final InformativeFrame.Key key : needs)
        {
            final Path file = PairFiles.find(config.datadir(), key.pair(), key.timeframe(), config.dataformatOhlcv());
            if (null == file)
            {
                found.put(key, missing(config, key, expectedFile(config, key), log));
            }
            else
            {
                byTimeframe.computeIfAbsent(key.timeframe(), tf -> new ArrayList<>()).add(key.pair());
                found.put(key, null);
            }
        }
        final List<PairFrame> loaded = new ArrayList<>();
        byTimeframe.forEach((timeframe, withFiles) -> new PairLoader()
            .datadir(config.datadir())
            .pairs(withFiles)
            .timeframe(timeframe)
            .format(config.dataformatOhlcv())
            .timerange(rules.timerange())
            .startupCandles(rules.startupCandleCount())
            .mmapThresholdBytes(config.memoryMapThresholdBytes())
            .load(new PairFrameHandler()
            {
                @Override
                public void onPair(final PairFrame frame)
                {
                    final InformativeFrame.Key key = new InformativeFrame.Key(frame.pair(), timeframe);
                    found.put(key, new InformativeFrame(frame.pair(), timeframe, frame, false,
                        PairFiles.find(config.datadir(), frame.pair(), timeframe, config.dataformatOhlcv())));
                    loaded.add(frame);
                }

                @Override
                public void onNoData(final String pair, final Path file)
                {
                    final InformativeFrame.Key key = new InformativeFrame.Key(pair, timeframe);
                    found.put(key, missing(config, key, file, log));
                }
            }));
        hand(strategy, List.copyOf(found.values()));
        return loaded;
    }

    /**
     * Finds the candles a strategy needs in the shared memory a worker attached (the coordinator put them there,
     * or they are a pair's main candles) and hands them to it; what the run lacks is missing.
     *
     * @param config   the run's config.
     * @param strategy the strategy.
     * @param pairs    the run's pairs, in order.
     * @param data     the attached data.
     */
    public static void attach(
        final HyperjetConfig config, final Strategy strategy, final List<String> pairs, final EngineData data)
    {
        final List<InformativeFrame> frames = new ArrayList<>();
        for (final InformativeFrame.Key key : needs(strategy, pairs))
        {
            final PairFrame frame = data.shared(key.pair(), key.timeframe());
            frames.add(new InformativeFrame(key.pair(), key.timeframe(), frame, null != frame,
                expectedFile(config, key)));
        }
        hand(strategy, frames);
    }

    /* A Python strategy answers through its bridge; a Java one through informativePairs(). */
    private static List<InformativeFrame.Key> needs(final Strategy strategy, final List<String> pairs)
    {
        if (strategy instanceof PythonStrategy)
        {
            return PythonStrategy.informativeNeeds(strategy, pairs);
        }
        final List<InformativeFrame.Key> keys = new ArrayList<>();
        for (final PairTimeframe need : strategy.informativeNeeds(pairs))
        {
            keys.add(new InformativeFrame.Key(need.pair(), need.timeframe()));
        }
        return keys;
    }

    private static void hand(final Strategy strategy, final List<InformativeFrame> frames)
    {
        if (strategy instanceof PythonStrategy)
        {
            PythonStrategy.informativeData(strategy, frames);
        }
        else
        {
            strategy.dataProvider().candles(frames);
        }
    }

    private static InformativeFrame missing(
        final HyperjetConfig config, final InformativeFrame.Key key, final Path file, final Consumer<String> log)
    {
        log.accept("no " + key.timeframe() + " informative candles for " + key.pair() + " in the selected range (" +
            file + "); the strategy gets an empty dataframe there, as in Freqtrade");
        return new InformativeFrame(key.pair(), key.timeframe(), null, false, file);
    }

    private static Path expectedFile(final HyperjetConfig config, final InformativeFrame.Key key)
    {
        final DataFormat format = config.dataformatOhlcv();
        return PairFiles.path(config.datadir(), key.pair(), key.timeframe(),
            null == format ? DataFormat.FEATHER : format);
    }
}
