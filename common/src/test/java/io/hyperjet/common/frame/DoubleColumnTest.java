package io.hyperjet.common.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class DoubleColumnTest
{
    private static double[] randomValues(final SplittableRandom random, final int n)
    {
        final double[] values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = random.nextInt(10) == 0 ? Double.longBitsToDouble(0x7ff8_0000_0000_0000L | random.nextInt()) :
                Double.longBitsToDouble(random.nextLong());
        }
        return values;
    }

    @Test
    void shouldKeepEveryBitThroughCopyOfAndCopyTo()
    {
        final SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 50; round++)
        {
            final double[] values = randomValues(random, random.nextInt(200));
            final DoubleColumn column = DoubleColumn.copyOf(values);
            assertEquals(values.length, column.rows());
            final int from = values.length == 0 ? 0 : random.nextInt(values.length);
            final int length = random.nextInt(values.length - from + 1);
            final int at = random.nextInt(5);
            final double[] dst = new double[at + length + 3];
            column.copyTo(dst, at, from, length);
            for (int i = 0; i < length; i++)
            {
                assertEquals(Double.doubleToRawLongBits(values[from + i]), Double.doubleToRawLongBits(dst[at + i]));
                assertEquals(Double.doubleToRawLongBits(column.get(from + i)), Double.doubleToRawLongBits(dst[at + i]));
            }
            assertEquals(0L, Double.doubleToRawLongBits(dst[at + length]));
        }
    }

    @Test
    void shouldCopyAWrappedRegionOfAHeapSegmentLittleEndian()
    {
        final double[] values = randomValues(new SplittableRandom(3), 40);
        final byte[] segment = new byte[64 + values.length * Double.BYTES + 64];
        final ByteBuffer view = ByteBuffer.wrap(segment).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < values.length; i++)
        {
            view.putDouble(64 + i * Double.BYTES, values[i]);
        }
        final DoubleColumn column = new DoubleColumn().wrap(new UnsafeBuffer(segment), 64, values.length);
        final double[] all = column.toArray();
        for (int i = 0; i < values.length; i++)
        {
            assertEquals(Double.doubleToRawLongBits(values[i]), Double.doubleToRawLongBits(all[i]));
        }
        final double[] tail = new double[10];
        column.copyTo(tail, 0, 30, 10);
        assertEquals(Double.doubleToRawLongBits(values[39]), Double.doubleToRawLongBits(tail[9]));
        assertThrows(IndexOutOfBoundsException.class, () -> column.copyTo(new double[20], 0, 30, 11));
    }
}
