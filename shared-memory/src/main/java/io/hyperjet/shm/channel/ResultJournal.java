package io.hyperjet.shm.channel;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * The results channel and the run's journal: a Chronicle Queue that every worker appends {@link EpochResult}s to
 * and the coordinator tails. It is kept with the run's results, so a hyperopt can be resumed by replaying it.
 * <p>
 * Appending: one {@link Appender} per writing thread, created on that thread. Reading: one {@link Reader} per
 * reading thread.
 */
public final class ResultJournal implements AutoCloseable
{
    private final ChronicleQueue queue;

    private ResultJournal(final ChronicleQueue queue)
    {
        this.queue = queue;
    }

    /**
     * Opens (creating if needed) the journal in a directory.
     *
     * @param dir the queue directory.
     * @return the journal.
     */
    public static ResultJournal open(final File dir)
    {
        return new ResultJournal(SingleChronicleQueueBuilder.single(dir).build());
    }

    /**
     * Initializes Chronicle's static state, which registers a JVM shutdown hook; call early in a process that may
     * get a Ctrl-C before its first journal opens (registering a hook fails once shutdown has begun).
     */
    public static void initialize()
    {
        try
        {
            Class.forName("net.openhft.chronicle.core.io.BackgroundResourceReleaser", true,
                ResultJournal.class.getClassLoader());
        }
        catch (final ClassNotFoundException ex)
        {
            throw new IllegalStateException("Chronicle Core is missing from the class path", ex);
        }
    }

    public Appender appender()
    {
        return new Appender(queue.createAppender());
    }

    public Reader reader()
    {
        return new Reader(queue.createTailer());
    }

    @Override
    public void close()
    {
        queue.close();
    }

    /*
     * Length-prefixed UTF-8 through String.getBytes and new String: both are intrinsics with an ASCII fast path,
     * several times faster than Chronicle's char-by-char writeUtf8/readUtf8 for the megabyte-sized results_metrics
     * of an epoch with thousands of trades.
     */
    static void writeText(final Bytes<?> bytes, final String text)
    {
        if (null == text)
        {
            bytes.writeInt(-1);
            return;
        }
        final byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        bytes.writeInt(utf8.length);
        bytes.write(utf8);
    }

    static String readText(final Bytes<?> bytes)
    {
        final int length = bytes.readInt();
        if (length < 0)
        {
            return null;
        }
        final byte[] utf8 = new byte[length];
        bytes.read(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    static void writeFigures(final Bytes<?> bytes, final EpochFigures f)
    {
        bytes.writeInt(f.totalTrades());
        bytes.writeInt(f.tradeCountLong());
        bytes.writeInt(f.tradeCountShort());
        bytes.writeInt(f.wins());
        bytes.writeInt(f.draws());
        bytes.writeInt(f.losses());
        bytes.writeDouble(f.profitMean());
        bytes.writeDouble(f.profitMedian());
        bytes.writeDouble(f.profitTotal());
        bytes.writeDouble(f.profitTotalAbs());
        bytes.writeLong(f.holdingAvgMinutes());
        bytes.writeBoolean(f.hasDrawdown());
        bytes.writeDouble(f.maxDrawdownAbs());
        bytes.writeDouble(f.maxDrawdownAccount());
    }

    static EpochFigures readFigures(final Bytes<?> bytes)
    {
        return new EpochFigures(bytes.readInt(), bytes.readInt(), bytes.readInt(), bytes.readInt(), bytes.readInt(),
            bytes.readInt(), bytes.readDouble(), bytes.readDouble(), bytes.readDouble(), bytes.readDouble(),
            bytes.readLong(), bytes.readBoolean(), bytes.readDouble(), bytes.readDouble());
    }

    /**
     * Appends results. Holds the queue's write lock only for the few primitive writes of one record.
     */
    public static final class Appender implements AutoCloseable
    {
        private final ExcerptAppender appender;

        Appender(final ExcerptAppender appender)
        {
            this.appender = appender;
        }

        /**
         * Appends one result.
         *
         * @param result the result.
         */
        public void append(final EpochResult result)
        {
            try (DocumentContext dc = appender.writingDocument())
            {
                final Bytes<?> bytes = dc.wire().bytes();
                bytes.writeLong(result.epoch());
                bytes.writeInt(result.workerId());
                bytes.writeBoolean(result.failed());
                bytes.writeDouble(result.loss());
                bytes.writeLong(result.evalNanos());
                final double[] point = result.point();
                bytes.writeInt(point.length);
                for (final double v : point)
                {
                    bytes.writeDouble(v);
                }
                writeFigures(bytes, result.figures());
                writeText(bytes, result.paramsJson());
                writeText(bytes, result.metricsJson());
                writeText(bytes, result.extrasJson());
            }
        }

        @Override
        public void close()
        {
            appender.close();
        }
    }

    /**
     * Reads results in journal order, from the start.
     */
    public static final class Reader implements AutoCloseable
    {
        private final ExcerptTailer tailer;

        Reader(final ExcerptTailer tailer)
        {
            this.tailer = tailer;
        }

        /**
         * Reads up to {@code limit} results that have been appended since the last call.
         *
         * @param handler receives each result.
         * @param limit   most results to read.
         * @return the number read.
         */
        public int poll(final Consumer<EpochResult> handler, final int limit)
        {
            int read = 0;
            while (read < limit)
            {
                try (DocumentContext dc = tailer.readingDocument())
                {
                    if (!dc.isPresent())
                    {
                        break;
                    }
                    handler.accept(decode(dc.wire().bytes()));
                    read++;
                }
            }
            return read;
        }

        private static EpochResult decode(final Bytes<?> bytes)
        {
            final long epoch = bytes.readLong();
            final int workerId = bytes.readInt();
            final boolean failed = bytes.readBoolean();
            final double loss = bytes.readDouble();
            final long evalNanos = bytes.readLong();
            final int n = bytes.readInt();
            final double[] point = new double[n];
            for (int i = 0; i < n; i++)
            {
                point[i] = bytes.readDouble();
            }
            final EpochFigures figures = readFigures(bytes);
            final String params = readText(bytes);
            final String metrics = readText(bytes);
            final String extras = readText(bytes);
            return new EpochResult(epoch, workerId, failed, loss, evalNanos, point, params, figures, metrics, extras);
        }

        @Override
        public void close()
        {
            tailer.close();
        }
    }
}
