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
 * <p>
 * Each record ends with a CRC32C of its fields. A record can be committed with holes in it: when the journal's
 * file cannot grow (a full disk), the JVM turns the fault of a copy into the mapped file into an error, and the
 * queue would still commit the document on close, its unwritten bytes reading as zeros. An append that fails is
 * rolled back, and a reader skips any record whose checksum does not match, so a resume draws that epoch again
 * instead of stopping on it. Records written before the checksum (no trailer) are read as they are.
 */
public final class ResultJournal implements AutoCloseable
{
    /* epoch, worker, failed, loss, eval time and the point's length: what every record starts with */
    private static final int HEAD_BYTES = Long.BYTES + Integer.BYTES + 1 + Double.BYTES + Long.BYTES + Integer.BYTES;

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
    static void writeText(final Bytes<?> bytes, final String text, final RecordChecksum crc)
    {
        if (null == text)
        {
            bytes.writeInt(crc.addInt(-1));
            return;
        }
        final byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        bytes.writeInt(crc.addInt(utf8.length));
        bytes.write(crc.addBytes(utf8));
    }

    /* Null for a length the record cannot hold: the record is torn, not a text. */
    static String readText(final Bytes<?> bytes, final RecordChecksum crc)
    {
        final int length = crc.addInt(bytes.readInt());
        if (length < 0)
        {
            return null;
        }
        if (length > bytes.readRemaining())
        {
            throw new TornRecordException();
        }
        final byte[] utf8 = new byte[length];
        bytes.read(utf8);
        return new String(crc.addBytes(utf8), StandardCharsets.UTF_8);
    }

    static void writeFigures(final Bytes<?> bytes, final EpochFigures f, final RecordChecksum crc)
    {
        bytes.writeInt(crc.addInt(f.totalTrades()));
        bytes.writeInt(crc.addInt(f.tradeCountLong()));
        bytes.writeInt(crc.addInt(f.tradeCountShort()));
        bytes.writeInt(crc.addInt(f.wins()));
        bytes.writeInt(crc.addInt(f.draws()));
        bytes.writeInt(crc.addInt(f.losses()));
        bytes.writeDouble(crc.addDouble(f.profitMean()));
        bytes.writeDouble(crc.addDouble(f.profitMedian()));
        bytes.writeDouble(crc.addDouble(f.profitTotal()));
        bytes.writeDouble(crc.addDouble(f.profitTotalAbs()));
        bytes.writeLong(crc.addLong(f.holdingAvgMinutes()));
        bytes.writeBoolean(crc.addBoolean(f.hasDrawdown()));
        bytes.writeDouble(crc.addDouble(f.maxDrawdownAbs()));
        bytes.writeDouble(crc.addDouble(f.maxDrawdownAccount()));
    }

    static EpochFigures readFigures(final Bytes<?> bytes, final RecordChecksum crc)
    {
        final int totalTrades = crc.addInt(bytes.readInt());
        final int tradeCountLong = crc.addInt(bytes.readInt());
        final int tradeCountShort = crc.addInt(bytes.readInt());
        final int wins = crc.addInt(bytes.readInt());
        final int draws = crc.addInt(bytes.readInt());
        final int losses = crc.addInt(bytes.readInt());
        final double profitMean = crc.addDouble(bytes.readDouble());
        final double profitMedian = crc.addDouble(bytes.readDouble());
        final double profitTotal = crc.addDouble(bytes.readDouble());
        final double profitTotalAbs = crc.addDouble(bytes.readDouble());
        final long holdingAvgMinutes = crc.addLong(bytes.readLong());
        final boolean hasDrawdown = crc.addBoolean(bytes.readBoolean());
        final double maxDrawdownAbs = crc.addDouble(bytes.readDouble());
        final double maxDrawdownAccount = crc.addDouble(bytes.readDouble());
        return new EpochFigures(totalTrades, tradeCountLong, tradeCountShort, wins, draws, losses, profitMean,
            profitMedian, profitTotal, profitTotalAbs, holdingAvgMinutes, hasDrawdown, maxDrawdownAbs,
            maxDrawdownAccount);
    }

    /**
     * Appends results. Holds the queue's write lock only for the few primitive writes of one record.
     */
    public static final class Appender implements AutoCloseable
    {
        private final ExcerptAppender appender;
        private final RecordChecksum crc = new RecordChecksum();

        Appender(final ExcerptAppender appender)
        {
            this.appender = appender;
        }

        /**
         * Appends one result; when it cannot be written whole (a full disk), nothing of it is committed and the
         * error is thrown on.
         *
         * @param result the result.
         */
        public void append(final EpochResult result)
        {
            try (DocumentContext dc = appender.writingDocument())
            {
                try
                {
                    write(dc.wire().bytes(), result, crc.reset());
                }
                catch (final Throwable ex)
                {
                    dc.rollbackOnClose();
                    throw ex;
                }
            }
        }

        private static void write(final Bytes<?> bytes, final EpochResult result, final RecordChecksum crc)
        {
            bytes.writeLong(crc.addLong(result.epoch()));
            bytes.writeInt(crc.addInt(result.workerId()));
            bytes.writeBoolean(crc.addBoolean(result.failed()));
            bytes.writeDouble(crc.addDouble(result.loss()));
            bytes.writeLong(crc.addLong(result.evalNanos()));
            final double[] point = result.point();
            bytes.writeInt(crc.addInt(point.length));
            for (final double v : point)
            {
                bytes.writeDouble(crc.addDouble(v));
            }
            writeFigures(bytes, result.figures(), crc);
            writeText(bytes, result.paramsJson(), crc);
            writeText(bytes, result.metricsJson(), crc);
            writeText(bytes, result.extrasJson(), crc);
            bytes.writeInt(crc.value());
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
        private final RecordChecksum crc = new RecordChecksum();
        private long skipped;

        Reader(final ExcerptTailer tailer)
        {
            this.tailer = tailer;
        }

        /**
         * Reads up to {@code limit} results that have been appended since the last call; torn records (see the
         * class comment) are skipped and counted, not handed on.
         *
         * @param handler receives each result.
         * @param limit   most results to read.
         * @return the number read, torn records included.
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
                    read++;
                    final EpochResult result = decode(dc.wire().bytes(), crc.reset());
                    if (null == result)
                    {
                        skipped++;
                        continue;
                    }
                    handler.accept(result);
                }
            }
            return read;
        }

        /**
         * Records skipped so far because their checksum did not match.
         *
         * @return the count.
         */
        public long skipped()
        {
            return skipped;
        }

        private static EpochResult decode(final Bytes<?> bytes, final RecordChecksum crc)
        {
            try
            {
                if (bytes.readRemaining() < HEAD_BYTES)
                {
                    return null;
                }
                final long epoch = crc.addLong(bytes.readLong());
                final int workerId = crc.addInt(bytes.readInt());
                final boolean failed = crc.addBoolean(bytes.readBoolean());
                final double loss = crc.addDouble(bytes.readDouble());
                final long evalNanos = crc.addLong(bytes.readLong());
                final int n = crc.addInt(bytes.readInt());
                if (n < 0 || n > bytes.readRemaining() / Double.BYTES)
                {
                    return null;
                }
                final double[] point = new double[n];
                for (int i = 0; i < n; i++)
                {
                    point[i] = crc.addDouble(bytes.readDouble());
                }
                final EpochFigures figures = readFigures(bytes, crc);
                final String params = readText(bytes, crc);
                final String metrics = readText(bytes, crc);
                final String extras = readText(bytes, crc);
                // a record of a build before the checksum has no trailer
                if (bytes.readRemaining() >= Integer.BYTES && bytes.readInt() != crc.value())
                {
                    return null;
                }
                return new EpochResult(epoch, workerId, failed, loss, evalNanos, point, params, figures, metrics,
                    extras);
            }
            catch (final TornRecordException | IllegalStateException | IndexOutOfBoundsException ex)
            {
                return null;
            }
        }

        @Override
        public void close()
        {
            tailer.close();
        }
    }

    /* A text length past the record's end. */
    private static final class TornRecordException extends RuntimeException
    {
        private static final long serialVersionUID = 1L;

        TornRecordException()
        {
            super(null, null, false, false);
        }
    }
}
