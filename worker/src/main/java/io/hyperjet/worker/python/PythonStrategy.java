package io.hyperjet.worker.python;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.agrona.IoUtil;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.backtest.TradeCallbacks;
import io.hyperjet.worker.epoch.EpochParams;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.signal.TagColumn;
import io.hyperjet.worker.strategy.DeclaredParameters;
import io.hyperjet.worker.strategy.IndicatorColumns;
import io.hyperjet.worker.strategy.Parameter;
import io.hyperjet.worker.strategy.Strategy;

/**
 * A Freqtrade strategy class in a {@code .py} file, run unchanged in the user's Python through one bridge process
 * ({@link PythonProcess}) that this object owns: attributes and parameters are read from the Python class once
 * (python-strategies.md 3, 5), the indicator phase and the signal phases are delegated to it, everything else
 * (parameter values, params file, hyperopt dimensions, signal cache, backtest) is Hyperjet's as for a Java strategy.
 * <p>
 * Data plane: columns go to Python as memory-mapped files, never through the pipe: the run's shared-memory
 * segments (named by {@code metadata.json}) when {@link #sharedRun} was given, else a scratch copy of the frame
 * written once per pair. Signals come back through a per-pair file of four int8 rows
 * ({@code enter_long, exit_long, enter_short, exit_short}) that both sides map; tags come as sparse
 * {@code [row, tag]} lists. One request per pair and epoch runs both signal phases; the bridge reports the
 * parameters each phase read, replayed here so the signal cache keys Python strategies too.
 * <p>
 * Not threadsafe (one per thread, like every strategy). {@link #close()} ends the process and deletes the scratch
 * directory.
 */
public final class PythonStrategy extends Strategy implements DeclaredParameters, AutoCloseable
{
    static final String BRIDGE_RESOURCE = "hyperjet_bridge.py";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SIGNAL_ROWS = 4;

    private final String className;
    private final Path file;
    private final Path scratch;
    private final PythonOptions options;
    private PythonProcess python;
    private final Map<String, Parameter> declared;
    private final JsonNode loadReply;
    private final Map<PairFrame, Channel> channels = new IdentityHashMap<>();
    private Path sharedMetadata;
    private PairFrame pendingFrame;
    private JsonNode pending;
    private int fileCount;
    private boolean droppedWarned;
    private long pythonSignalNanos;
    private boolean closed;

    private PythonStrategy(final Path file, final String className, final PythonOptions options)
    {
        this.file = file.toAbsolutePath();
        this.className = className;
        this.scratch = scratchDirectory();
        this.options = options;
        PythonProcess process = null;
        try
        {
            extractBridge(scratch);
            process = startProcess();
            final JsonNode reply = process.call(loadRequest());
            this.loadReply = reply;
            refuseCallbacks(reply.path("callbacks"));
            BridgedAttributes.apply(this, reply.path("attributes"));
            buyParams = plainMap(reply.path("buy_params"));
            sellParams = plainMap(reply.path("sell_params"));
            protectionParams = plainMap(reply.path("protection_params"));
            this.declared = BridgedParameters.of(reply.path("parameters"), this.file.toString());
            this.python = process;
        }
        catch (final RuntimeException ex)
        {
            if (null != process)
            {
                process.close();
            }
            deleteScratch();
            throw ex;
        }
    }

    private PythonProcess startProcess()
    {
        return PythonProcess.start(options.executable(), scratch.resolve(BRIDGE_RESOURCE), scratch, file.toString());
    }

    private ObjectNode loadRequest()
    {
        final ObjectNode load = request("load");
        load.put("file", file.toString()).put("class", className).put("runmode", options.runmode());
        load.set("config", options.config());
        return load;
    }

    /**
     * Starts the bridge and reads the strategy class.
     *
     * @param file      the {@code .py} file.
     * @param className the class name inside it.
     * @param options   the Python executable, config and run mode.
     * @return the strategy, owning a running Python process.
     * @throws UserInputException for an import or constructor error, or a callback this phase cannot run.
     */
    public static PythonStrategy start(final Path file, final String className, final PythonOptions options)
    {
        return new PythonStrategy(file, className, options);
    }

    /**
     * Tells a Python strategy that the frames it will see are a shared run's, so its bridge maps the run's segment
     * files instead of a scratch copy; does nothing for other strategies.
     *
     * @param strategy any strategy.
     * @param metadata the run's {@code metadata.json}.
     */
    public static void sharedRun(final Strategy strategy, final Path metadata)
    {
        if (strategy instanceof PythonStrategy python)
        {
            python.sharedMetadata = metadata.toAbsolutePath();
        }
    }

    /**
     * Closes a strategy that owns a process ({@link PythonStrategy}); does nothing for others.
     *
     * @param strategy any strategy, or null.
     */
    public static void closeIfOwning(final Strategy strategy)
    {
        if (strategy instanceof PythonStrategy python)
        {
            python.close();
        }
    }

    /**
     * Replaces a Python strategy's bridge process after it was lost (killed or crashed): a new process loads the
     * strategy again and pairs are attached again on first use; the caller re-runs what was in progress.
     *
     * @param strategy any strategy.
     * @return true when a bridge was restarted, false for a strategy without one.
     */
    public static boolean restartIfOwning(final Strategy strategy)
    {
        if (strategy instanceof PythonStrategy python && !python.closed)
        {
            python.restart();
            return true;
        }
        return false;
    }

    private void restart()
    {
        python.close();
        unmapChannels();
        pendingFrame = null;
        pending = null;
        final PythonProcess process = startProcess();
        try
        {
            process.call(loadRequest());
        }
        catch (final RuntimeException ex)
        {
            process.close();
            throw ex;
        }
        python = process;
    }

    @Override
    protected TradeCallbacks resolveCallbacks()
    {
        return PythonCallbacks.of(req -> python.call(req), loadReply, this::currentValues);
    }

    @Override
    public String name()
    {
        return className;
    }

    @Override
    public Map<String, Parameter> declaredParameters()
    {
        return declared;
    }

    /**
     * The strategy file.
     *
     * @return its absolute path.
     */
    public Path file()
    {
        return file;
    }

    /**
     * The time the bridge spent inside signal requests so far, measured in Python (for the time breakdown of
     * docs/performance.md: the rest of a request's wall time is the transfer).
     *
     * @return nanoseconds.
     */
    public long pythonSignalNanos()
    {
        return pythonSignalNanos;
    }

    /**
     * The bridge process id (tests check it is gone after close).
     *
     * @return the pid.
     */
    public long pid()
    {
        return python.pid();
    }

    @Override
    protected void populateIndicators(final PairFrame frame, final IndicatorColumns out)
    {
        final Path in = scratchFile("frame");
        final Path result = scratchFile("indicators");
        try
        {
            final ObjectNode req = request("indicators");
            req.put("pair", frame.pair()).put("out", result.toString());
            req.set("source", ColumnFiles.writeFrame(frame, in));
            // the params file's (or the epoch's) values: populate_indicators reads them as the signal phases do
            req.set("values", currentValues());
            final ArrayNode full = req.putArray("full_range");
            for (final Parameter p : parameters().list())
            {
                if (BridgedParameters.fullRange(p))
                {
                    full.add(p.name());
                }
            }
            final JsonNode reply = python.call(req);
            final JsonNode names = reply.path("columns");
            final double[][] columns = ColumnFiles.readColumns(result, names.size(), frame.rows());
            for (int i = 0; i < columns.length; i++)
            {
                out.put(names.get(i).asText(), columns[i]);
            }
            warnDropped(reply.path("dropped"));
        }
        finally
        {
            ColumnFiles.delete(in);
            ColumnFiles.delete(result);
        }
    }

    @Override
    protected void populateEntryTrend(final PairFrame frame, final Signals signals)
    {
        final Channel channel = channel(frame);
        if (null == channel)
        {
            return;
        }
        final JsonNode reply = signalRequest(frame, channel);
        channel.read(0, signals.enterLong());
        channel.read(2, signals.enterShort());
        tags(reply.path("enter_tag"), signals.enterTags());
        markReads(reply.path("entry_reads"));
        pendingFrame = frame;
        pending = reply;
    }

    @Override
    protected void populateExitTrend(final PairFrame frame, final Signals signals)
    {
        final Channel channel = channel(frame);
        if (null == channel)
        {
            return;
        }
        final JsonNode reply = pendingFrame == frame ? pending : signalRequest(frame, channel);
        pendingFrame = null;
        pending = null;
        channel.read(1, signals.exitLong());
        channel.read(3, signals.exitShort());
        tags(reply.path("exit_tag"), signals.exitTags());
        markReads(reply.path("exit_reads"));
    }

    /*
     * Signals from the cache: another strategy instance (or this one's previous bridge) may have computed them, so
     * the pair is attached here for the callbacks' dp.get_analyzed_dataframe, which the bridge then analyzes on demand.
     */
    @Override
    public void signalsRestored(final PairFrame frame)
    {
        if (null != callbacks())
        {
            channel(frame);
        }
    }

    /*
     * The pair's signal reply for the current values. One request computes every attached pair that has no unused
     * result for these values (the epoch's other pairs follow with the same values), so an epoch costs one round trip
     * instead of one per pair; a pair's result is used once.
     */
    private JsonNode signalRequest(final PairFrame frame, final Channel channel)
    {
        final ObjectNode values = currentValues();
        if (null == channel.reply || !values.equals(channel.replyValues))
        {
            final ObjectNode req = request("signals_batch");
            final ArrayNode keys = req.putArray("pairs").add(channel.key);
            for (final Channel other : channels.values())
            {
                if (other != channel && (null == other.reply || !values.equals(other.replyValues)))
                {
                    keys.add(other.key);
                }
            }
            req.set("values", values);
            final JsonNode reply = python.call(req);
            pythonSignalNanos += reply.path("ns").asLong();
            for (final Channel c : channels.values())
            {
                final JsonNode result = reply.path("results").get(c.key);
                if (null != result)
                {
                    c.reply = result;
                    c.replyValues = values;
                }
            }
        }
        final JsonNode reply = channel.reply;
        channel.reply = null;
        return reply;
    }

    /*
     * The strategy's protections property read in Python with the current values, as Freqtrade reads it at the start
     * of every backtest; a strategy that declares none costs no round trip.
     */
    @Override
    protected List<Map<String, Object>> protections()
    {
        if (!loadReply.path("declares_protections").asBoolean())
        {
            return List.of();
        }
        final ObjectNode req = request("protections");
        req.set("values", currentValues());
        final List<Map<String, Object>> entries = new ArrayList<>();
        for (final JsonNode entry : python.call(req).path("protections"))
        {
            entries.add(plainMap(entry));
        }
        return entries;
    }

    /* Every parameter's current value, by name (the epoch's values once they are set). */
    private ObjectNode currentValues()
    {
        final ObjectNode values = MAPPER.createObjectNode();
        for (final Parameter p : parameters().list())
        {
            values.set(p.name(), MAPPER.valueToTree(p.valueAsObject()));
        }
        return values;
    }

    /* The pair's signal file, attached on first use (frame columns mapped by the bridge, signal rows created). */
    private Channel channel(final PairFrame frame)
    {
        Channel channel = channels.get(frame);
        if (null != channel || frame.rows() == 0)
        {
            return channel;
        }
        final String key = "f" + channels.size();
        final Path signalFile = scratchFile("signals");
        final MappedByteBuffer buffer = ColumnFiles.map(signalFile, (long)SIGNAL_ROWS * frame.rows(), true);
        channel = new Channel(key, buffer, frame.rows());
        channels.put(frame, channel);
        final ObjectNode req = request("frame");
        req.put("pair", key).put("name", frame.pair()).put("timeframe", frame.timeframe())
            .put("signals", signalFile.toString());
        final ObjectNode source = req.putObject("source");
        if (null != sharedMetadata)
        {
            source.put("metadata", sharedMetadata.toString()).put("pair", frame.pair())
                .put("timeframe", frame.timeframe());
            python.call(req);
        }
        else
        {
            final Path copy = scratchFile("frame");
            try
            {
                req.set("source", ColumnFiles.writeFrame(frame, copy));
                python.call(req);
            }
            finally
            {
                ColumnFiles.delete(copy); // the bridge keeps its own frame; the mapping stays valid on Linux anyway
            }
        }
        return channel;
    }

    // ---- informative data (python-strategies.md 8): what the strategy asks for, and where the candles are ----

    /**
     * The informative (pair, timeframe) candles a strategy needs for these whitelist pairs: those its
     * {@code informative_pairs()} lists and those its {@code @informative} methods name; empty for a Java strategy.
     *
     * @param strategy any strategy.
     * @param pairs    the run's pairs, in order ({@code dp.current_whitelist()}).
     * @return the keys, in first-seen order.
     */
    public static List<InformativeFrame.Key> informativeNeeds(final Strategy strategy, final List<String> pairs)
    {
        if (!(strategy instanceof PythonStrategy python))
        {
            return List.of();
        }
        final ObjectNode req = request("informative_needs");
        final ArrayNode names = req.putArray("pairs");
        pairs.forEach(names::add);
        final List<InformativeFrame.Key> needs = new ArrayList<>();
        for (final JsonNode need : python.python.call(req).path("needs"))
        {
            needs.add(new InformativeFrame.Key(need.get(0).asText(), need.get(1).asText()));
        }
        return needs;
    }

    /**
     * Hands a Python strategy's data provider its informative candles: an attached shared-memory frame is named
     * by the run's metadata (the bridge maps the segment, no copy); a heap frame is written once to a scratch file
     * that lives as long as the strategy. Does nothing for other strategies.
     *
     * @param strategy any strategy.
     * @param frames   one entry per needed (pair, timeframe).
     */
    public static void informativeData(final Strategy strategy, final List<InformativeFrame> frames)
    {
        if (!(strategy instanceof PythonStrategy python) || frames.isEmpty())
        {
            return;
        }
        final ObjectNode req = request("informative_data");
        final ArrayNode present = req.putArray("frames");
        final ArrayNode missing = req.putArray("missing");
        for (final InformativeFrame f : frames)
        {
            if (!f.present())
            {
                missing.addObject().put("pair", f.pair()).put("timeframe", f.timeframe())
                    .put("file", f.file().toString());
                continue;
            }
            final ObjectNode entry = present.addObject().put("pair", f.pair()).put("timeframe", f.timeframe());
            if (f.shared() && null != python.sharedMetadata)
            {
                entry.putObject("source").put("metadata", python.sharedMetadata.toString()).put("pair", f.pair())
                    .put("timeframe", f.timeframe());
            }
            else
            {
                entry.set("source", ColumnFiles.writeFrame(f.frame(), python.scratchFile("informative")));
            }
        }
        python.python.call(req);
    }

    private void markReads(final JsonNode names)
    {
        for (final JsonNode name : names)
        {
            final Parameter p = parameters().byName(name.asText());
            if (null != p)
            {
                BridgedParameters.markRead(p);
            }
        }
    }

    /* Sparse [row, tag] pairs to Hyperjet's tag array: null for all "" ([]), all null when the column is missing. */
    /*
     * The bridge's sparse tags ([[row, tag], ...] for rows whose tag is not "", a tag null for NaN) into a cleared
     * column; not an array (null) when the frame has no such column, every row's tag then being null as in
     * Freqtrade's backtest.
     */
    private static void tags(final JsonNode sparse, final TagColumn column)
    {
        if (!sparse.isArray())
        {
            column.defaultTag(null);
            return;
        }
        for (final JsonNode entry : sparse)
        {
            final JsonNode tag = entry.get(1);
            column.set(entry.get(0).asInt(), tag.isNull() ? null : tag.asText());
        }
    }

    private void refuseCallbacks(final JsonNode callbacks)
    {
        if (!callbacks.isEmpty())
        {
            throw new UserInputException(file + ": strategy " + className + " overrides " + callbacks.get(0).asText() +
                ", a callback Hyperjet does not call for Python strategies" + refusalReason(callbacks.get(0).asText()) +
                "; remove it to run this strategy here");
        }
    }

    /* Why a refused callback is refused (the bridge's overridden_callbacks names it). */
    private static String refusalReason(final String callback)
    {
        return switch (callback)
        {
            case "adjust_trade_position" -> " (position_adjustment_enable: position adjustment is not simulated)";
            case "leverage" -> " (only spot trading is simulated)";
            default -> " yet";
        };
    }

    private void warnDropped(final JsonNode dropped)
    {
        if (!dropped.isEmpty() && !droppedWarned)
        {
            droppedWarned = true;
            System.err.println("hyperjet: warning: " + file + ": populate_indicators columns " + dropped +
                " are not numeric; the entry and exit phases do not see them");
        }
    }

    private static Map<String, Object> plainMap(final JsonNode dict)
    {
        final Map<String, Object> out = new LinkedHashMap<>();
        for (final Map.Entry<String, JsonNode> e : dict.properties())
        {
            out.put(e.getKey(), EpochParams.plain(e.getValue()));
        }
        return out;
    }

    private static ObjectNode request(final String op)
    {
        return MAPPER.createObjectNode().put("op", op);
    }

    private Path scratchFile(final String kind)
    {
        return scratch.resolve(kind + "-" + (fileCount++) + ".bin");
    }

    static Path scratchDirectory()
    {
        try
        {
            return Files.createTempDirectory("hyperjet-python-");
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create a scratch directory for the Python bridge", ex);
        }
    }

    static void extractBridge(final Path dir)
    {
        final Path script = dir.resolve(BRIDGE_RESOURCE);
        try (InputStream in = PythonStrategy.class.getResourceAsStream(BRIDGE_RESOURCE))
        {
            if (null == in)
            {
                throw new IllegalStateException("the distribution lacks " + BRIDGE_RESOURCE);
            }
            Files.copy(in, script);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot extract " + script, ex);
        }
    }

    /** Ends the Python process, unmaps the signal files and deletes the scratch directory. Idempotent. */
    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        python.close();
        unmapChannels();
        deleteScratch();
    }

    private void unmapChannels()
    {
        for (final Channel channel : channels.values())
        {
            IoUtil.unmap(channel.buffer);
        }
        channels.clear();
    }

    private void deleteScratch()
    {
        deleteDirectory(scratch);
    }

    static void deleteDirectory(final Path scratch)
    {
        try (Stream<Path> files = Files.walk(scratch))
        {
            files.sorted(Comparator.reverseOrder()).forEach(ColumnFiles::delete);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot delete " + scratch, ex);
        }
    }

    /** A pair's signal file as mapped here: four int8 rows of {@code rows} codes each. */
    private static final class Channel
    {
        final String key;
        final MappedByteBuffer buffer;
        final int rows;
        /* A computed, not yet used signal reply and the values it was computed for. */
        JsonNode reply;
        ObjectNode replyValues;

        Channel(final String key, final MappedByteBuffer buffer, final int rows)
        {
            this.key = key;
            this.buffer = buffer;
            this.rows = rows;
        }

        void read(final int signalRow, final byte[] codes)
        {
            buffer.get(signalRow * rows, codes, 0, rows);
        }
    }
}
