package io.hyperjet.coordinator.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.hyperjet.shm.channel.EpochFigures;
import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;

/**
 * The bytes of a batch between coordinator and node: a list of tasks one way, a list of results back. Doubles are
 * written as their raw bits, so a result crosses the network bit for bit. Strings are length-prefixed UTF-8 (no
 * 64 KiB limit, a result's metrics with every trade can be large).
 */
public final class BatchCodec
{
    private static final int NULL_LENGTH = -1;

    private BatchCodec()
    {
    }

    /**
     * Encodes tasks.
     *
     * @param tasks the tasks.
     * @return the bytes.
     */
    public static byte[] encodeTasks(final List<EpochTask> tasks)
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * tasks.size());
        try (DataOutputStream out = new DataOutputStream(bytes))
        {
            out.writeInt(tasks.size());
            for (final EpochTask t : tasks)
            {
                out.writeLong(t.epoch());
                writeDoubles(out, t.point());
                writeString(out, t.paramsJson());
                writeRaw(out, t.fullBelow());
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    /**
     * Decodes tasks.
     *
     * @param bytes from {@link #encodeTasks}.
     * @return the tasks.
     */
    public static List<EpochTask> decodeTasks(final byte[] bytes)
    {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes)))
        {
            final int count = in.readInt();
            final List<EpochTask> tasks = new ArrayList<>(count);
            for (int i = 0; i < count; i++)
            {
                tasks.add(new EpochTask(in.readLong(), readDoubles(in), readString(in), readRaw(in)));
            }
            return tasks;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("corrupt task batch", ex);
        }
    }

    /**
     * Encodes results.
     *
     * @param results the results.
     * @return the bytes.
     */
    public static byte[] encodeResults(final List<EpochResult> results)
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512 * results.size());
        try (DataOutputStream out = new DataOutputStream(bytes))
        {
            out.writeInt(results.size());
            for (final EpochResult r : results)
            {
                out.writeLong(r.epoch());
                out.writeInt(r.workerId());
                out.writeBoolean(r.failed());
                writeRaw(out, r.loss());
                out.writeLong(r.evalNanos());
                writeDoubles(out, r.point());
                writeString(out, r.paramsJson());
                writeFigures(out, r.figures());
                writeString(out, r.metricsJson());
                writeString(out, r.extrasJson());
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    /**
     * Decodes results.
     *
     * @param bytes from {@link #encodeResults}.
     * @return the results.
     */
    public static List<EpochResult> decodeResults(final byte[] bytes)
    {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes)))
        {
            final int count = in.readInt();
            final List<EpochResult> results = new ArrayList<>(count);
            for (int i = 0; i < count; i++)
            {
                results.add(new EpochResult(in.readLong(), in.readInt(), in.readBoolean(), readRaw(in),
                    in.readLong(), readDoubles(in), readString(in), readFigures(in), readString(in), readString(in)));
            }
            return results;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("corrupt result batch", ex);
        }
    }

    private static void writeFigures(final DataOutputStream out, final EpochFigures f) throws IOException
    {
        out.writeInt(f.totalTrades());
        out.writeInt(f.tradeCountLong());
        out.writeInt(f.tradeCountShort());
        out.writeInt(f.wins());
        out.writeInt(f.draws());
        out.writeInt(f.losses());
        writeRaw(out, f.profitMean());
        writeRaw(out, f.profitMedian());
        writeRaw(out, f.profitTotal());
        writeRaw(out, f.profitTotalAbs());
        out.writeLong(f.holdingAvgMinutes());
        out.writeBoolean(f.hasDrawdown());
        writeRaw(out, f.maxDrawdownAbs());
        writeRaw(out, f.maxDrawdownAccount());
    }

    private static EpochFigures readFigures(final DataInputStream in) throws IOException
    {
        return new EpochFigures(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
            readRaw(in), readRaw(in), readRaw(in), readRaw(in), in.readLong(), in.readBoolean(),
            readRaw(in), readRaw(in));
    }

    private static void writeDoubles(final DataOutputStream out, final double[] values) throws IOException
    {
        out.writeInt(values.length);
        for (final double v : values)
        {
            writeRaw(out, v);
        }
    }

    private static double[] readDoubles(final DataInputStream in) throws IOException
    {
        final double[] values = new double[in.readInt()];
        for (int i = 0; i < values.length; i++)
        {
            values[i] = readRaw(in);
        }
        return values;
    }

    private static void writeRaw(final DataOutputStream out, final double v) throws IOException
    {
        // raw bits: writeDouble would fold every NaN into one
        out.writeLong(Double.doubleToRawLongBits(v));
    }

    private static double readRaw(final DataInputStream in) throws IOException
    {
        return Double.longBitsToDouble(in.readLong());
    }

    private static void writeString(final DataOutputStream out, final String s) throws IOException
    {
        if (null == s)
        {
            out.writeInt(NULL_LENGTH);
            return;
        }
        final byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(final DataInputStream in) throws IOException
    {
        final int length = in.readInt();
        if (NULL_LENGTH == length)
        {
            return null;
        }
        final byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
