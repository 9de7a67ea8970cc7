package io.hyperjet.shm.channel;

import java.util.zip.CRC32C;

/**
 * The CRC32C of one journal record's fields, fed field by field as the record is written or read, so neither side
 * copies the record's bytes again. Numbers go in little-endian, whatever the journal's byte order; one instance per
 * appender or reader (not thread-safe).
 */
final class RecordChecksum
{
    private final CRC32C crc = new CRC32C();
    private final byte[] scratch = new byte[Long.BYTES];

    RecordChecksum reset()
    {
        crc.reset();
        return this;
    }

    int addInt(final int value)
    {
        for (int i = 0; i < Integer.BYTES; i++)
        {
            scratch[i] = (byte)(value >>> (i << 3));
        }
        crc.update(scratch, 0, Integer.BYTES);
        return value;
    }

    boolean addBoolean(final boolean value)
    {
        addInt(value ? 1 : 0);
        return value;
    }

    long addLong(final long value)
    {
        for (int i = 0; i < Long.BYTES; i++)
        {
            scratch[i] = (byte)(value >>> (i << 3));
        }
        crc.update(scratch, 0, Long.BYTES);
        return value;
    }

    /* The raw bits: a NaN loss keeps its payload, so the checksum compares what was stored. */
    double addDouble(final double value)
    {
        addLong(Double.doubleToRawLongBits(value));
        return value;
    }

    byte[] addBytes(final byte[] bytes)
    {
        crc.update(bytes, 0, bytes.length);
        return bytes;
    }

    int value()
    {
        return (int)crc.getValue();
    }
}
