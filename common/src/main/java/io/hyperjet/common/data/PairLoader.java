package io.hyperjet.common.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.common.time.StartupCandles;
import io.hyperjet.common.time.Timeframes;
import io.hyperjet.common.time.Timerange;

/**
 * Loads pairs lazily: decodes one pair's file, keeps the rows of the load window ({@code start - N*tf .. stop}),
 * cleans them, hands the frame to a {@link PairFrameHandler} and lets go of it before the next pair. Peak heap is
 * therefore about one pair's data, whatever the number of pairs.
 * <p>
 * Configure with the fluent setters, then call {@link #load(PairFrameHandler)}. Not threadsafe.
 */
public final class PairLoader
{
    private Path datadir;
    private List<String> pairs = List.of();
    private String timeframe;
    private DataFormat format;
    private Timerange timerange = Timerange.ALL;
    private int startupCandles;
    private long mmapThresholdBytes = CandleFiles.MEMORY_MAP_THRESHOLD_BYTES_DEFAULT;

    /**
     * A loader set up from the config: datadir, {@code dataformat_ohlcv}, timerange, memory-map threshold, and the
     * pair whitelist expanded (regular expressions included) against the pairs present for the timeframe, minus the
     * blacklist.
     *
     * @param config         the validated config.
     * @param timeframe      the timeframe to load (the config's or the strategy's).
     * @param startupCandles the strategy's startup candle count (the config's {@code startup_candle_count} wins).
     * @return a configured loader.
     * @throws UserInputException when the data directory is missing or no pair is left.
     */
    public static PairLoader fromConfig(final HyperjetConfig config, final String timeframe, final int startupCandles)
    {
        if (null == timeframe)
        {
            throw new UserInputException("config: no timeframe set (timeframe key or the strategy's timeframe)");
        }
        final Path datadir = config.datadir();
        final List<String> available = DataDirectory.pairs(datadir, timeframe);
        final List<String> pairs = PairWhitelist.expand(config.pairWhitelist(), config.pairBlacklist(), available);
        if (pairs.isEmpty())
        {
            throw new UserInputException("config key 'exchange.pair_whitelist' in " +
                config.source("exchange.pair_whitelist") + ": no pair left for " + timeframe + " data in " + datadir);
        }
        return new PairLoader()
            .datadir(datadir)
            .pairs(pairs)
            .timeframe(timeframe)
            .format(config.dataformatOhlcv())
            .timerange(config.timerange())
            .startupCandles(config.startupCandleCount(startupCandles))
            .mmapThresholdBytes(config.memoryMapThresholdBytes());
    }

    /**
     * The pairs this loader will load, in order.
     *
     * @return the pairs.
     */
    public List<String> pairs()
    {
        return List.copyOf(pairs);
    }

        public PairLoader datadir(final Path datadir)
    {
        this.datadir = datadir;
        return this;
    }

    /**
     * The pairs to load, in order (already expanded; see {@link PairWhitelist}).
     *
     * @param pairs the pairs.
     * @return this.
     */
    public PairLoader pairs(final List<String> pairs)
    {
        this.pairs = new ArrayList<>(pairs);
        return this;
    }

    public PairLoader timeframe(final String timeframe)
    {
        this.timeframe = timeframe;
        return this;
    }

    /**
     * The file format, or null to detect it per pair from the files present.
     *
     * @param format the format or null.
     * @return this.
     */
    public PairLoader format(final DataFormat format)
    {
        this.format = format;
        return this;
    }

    public PairLoader timerange(final Timerange timerange)
    {
        this.timerange = null == timerange ? Timerange.ALL : timerange;
        return this;
    }

    public PairLoader startupCandles(final int startupCandles)
    {
        this.startupCandles = startupCandles;
        return this;
    }

    public PairLoader mmapThresholdBytes(final long mmapThresholdBytes)
    {
        this.mmapThresholdBytes = mmapThresholdBytes;
        return this;
    }

    /**
     * Checks the settings and that every pair's file exists, before any decoding.
     *
     * @return the files, one per pair in order.
     * @throws UserInputException for a missing data directory or pair file, or a bad setting.
     */
    public List<Path> resolveFiles()
    {
        if (null == datadir)
        {
            throw new UserInputException("no data directory set (datadir)");
        }
        DataDirectory.requireDirectory(datadir);
        Timeframes.seconds(timeframe);
        if (startupCandles < 0)
        {
            throw new UserInputException("startup_candle_count must be >= 0, was " + startupCandles);
        }
        final List<Path> files = new ArrayList<>(pairs.size());
        for (final String pair : pairs)
        {
            final Path file = PairFiles.find(datadir, pair, timeframe, format);
            if (null == file)
            {
                throw new UserInputException(PairFiles.path(datadir, pair, timeframe,
                    null == format ? DataFormat.FEATHER : format) + ": no " + timeframe + " data for " + pair +
                    (null == format ? " in any format" : ""));
            }
            files.add(file);
        }
        return files;
    }

    /**
     * Loads every pair, one at a time, in order.
     *
     * @param handler receives each cleaned frame.
     * @return the number of pairs handed to {@link PairFrameHandler#onPair}.
     */
    public int load(final PairFrameHandler handler)
    {
        final List<Path> files = resolveFiles();
        final long tfMs = Timeframes.millis(timeframe);
        final long fromMs = StartupCandles.loadStartMs(timerange, startupCandles, tfMs);
        final long toMs = StartupCandles.loadStopMs(timerange);
        int loaded = 0;
        for (int i = 0; i < files.size(); i++)
        {
            final Path file = files.get(i);
            final DataFormat fileFormat = null == format ?
                DataFormat.fromFileName(file.getFileName().toString()) : format;
            CandleBuffer rows = CandleFiles.readBuffer(file, fileFormat, mmapThresholdBytes);
            rows.retainWindow(fromMs, toMs);
            if (rows.rows() == 0)
            {
                handler.onNoData(pairs.get(i), file);
                continue;
            }
            final PairFrame frame = CandleCleaner.clean(rows, timeframe).toFrame(pairs.get(i), timeframe);
            // drop the decode buffers before the handler runs, so only the frame is live while it copies
            rows = null;
            handler.onPair(frame);
            loaded++;
        }
        return loaded;
    }
}
