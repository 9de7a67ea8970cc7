package io.hyperjet.shm.channel;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * One epoch to evaluate: its number, the sampler's point (kept so results can rebuild the sampler on resume) and
 * the applied parameter values as JSON ({@code params_details} layout: buy, sell, protection, roi, stoploss,
 * trailing, max_open_trades), and below which loss the worker reports the epoch's full {@code results_metrics}
 * with its trades (otherwise only its {@link EpochFigures}).
 * <pre>
 *   0                   8        12             12+8n    16+8n                 24+8n
 *   +-------------------+--------+---- ... -----+--------------------+--------+------- ... -------+
 *   | epoch (int64)     | n (i32)| point n x f64| fullBelow (f64)    | len i32| params JSON UTF-8 |
 *   +-------------------+--------+---- ... -----+--------------------+--------+------- ... -------+
 * </pre>
 * Little-endian.
 *
 * @param epoch      1-based epoch number.
 * @param point      the sampler's encoded point.
 * @param paramsJson applied parameter values as JSON.
 * @param fullBelow  the worker sends the full results when the loss is below this (+inf: always, -inf: never).
 */
public record EpochTask(long epoch, double[] point, String paramsJson, double fullBelow)
{
    private static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;

    /**
     * A task whose full results are always sent.
     *
     * @param epoch      1-based epoch number.
     * @param point      the sampler's encoded point.
     * @param paramsJson applied parameter values as JSON.
     */
    public EpochTask(final long epoch, final double[] point, final String paramsJson)
    {
        this(epoch, point, paramsJson, Double.POSITIVE_INFINITY);
    }

    /**
     * Whether the worker sends the full results of an epoch with this loss (NaN never).
     *
     * @param loss the epoch's loss.
     * @return true to send the trades and full tables.
     */
    public boolean wantsFull(final double loss)
    {
        return loss < fullBelow;
    }

    /**
     * Decodes a task record.
     *
     * @param buffer holds the record.
     * @param offset where it starts.
     * @return the task.
     */
    public static EpochTask decode(final DirectBuffer buffer, final int offset)
    {
        int at = offset;
        final long epoch = buffer.getLong(at, ORDER);
        at += Long.BYTES;
        final int n = buffer.getInt(at, ORDER);
        at += Integer.BYTES;
        final double[] point = new double[n];
        for (int i = 0; i < n; i++)
        {
            point[i] = buffer.getDouble(at, ORDER);
            at += Double.BYTES;
        }
        final double fullBelow = buffer.getDouble(at, ORDER);
        at += Double.BYTES;
        final int len = buffer.getInt(at, ORDER);
        at += Integer.BYTES;
        final byte[] bytes = new byte[len];
        buffer.getBytes(at, bytes);
        return new EpochTask(epoch, point, new String(bytes, StandardCharsets.UTF_8), fullBelow);
    }

    /**
     * Encodes tasks into one reusable buffer. Not threadsafe.
     */
    public static final class Encoder
    {
        private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(1024);
        private int length;

        /**
         * Encodes a task, replacing the previous one.
         *
         * @param task the task.
         * @return this.
         */
        public Encoder encode(final EpochTask task)
        {
            int at = 0;
            buffer.putLong(at, task.epoch(), ORDER);
            at += Long.BYTES;
            final double[] point = task.point();
            buffer.putInt(at, point.length, ORDER);
            at += Integer.BYTES;
            for (final double v : point)
            {
                buffer.putDouble(at, v, ORDER);
                at += Double.BYTES;
            }
            buffer.putDouble(at, task.fullBelow(), ORDER);
            at += Double.BYTES;
            final byte[] json = task.paramsJson().getBytes(StandardCharsets.UTF_8);
            buffer.putInt(at, json.length, ORDER);
            at += Integer.BYTES;
            buffer.putBytes(at, json);
            length = at + json.length;
            return this;
        }

        public MutableDirectBuffer buffer()
        {
            return buffer;
        }

        public int length()
        {
            return length;
        }
    }
}
