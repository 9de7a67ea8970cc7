package io.hyperjet.common.data;

/**
 * Decodes the LZ4 frame format (magic {@code 0x184D2204}) into a byte array, as used for Feather's LZ4_FRAME buffer
 * compression. Written from the LZ4 frame and block format specifications; checksums are skipped, not verified
 * (Arrow's IPC framing already bounds every buffer, and a corrupt block fails the bounds checks below).
 * <p>
 * Frame layout: magic (4) | FLG (1) | BD (1) | [content size (8)] | [dict id (4)] | header checksum (1) | blocks |
 * end mark (4 zero bytes) | [content checksum (4)]. Each block: size (4, LE; high bit set = stored uncompressed) |
 * data | [block checksum (4)]. Blocks are decoded into one contiguous output, so dependent blocks (matches reaching
 * into earlier blocks) work too. Several frames may follow each other; skippable frames are skipped.
 */
final class Lz4FrameDecoder
{
    private static final int MAGIC = 0x184D2204;
    private static final int SKIPPABLE_MASK = 0xFFFFFFF0;
    private static final int SKIPPABLE_MAGIC = 0x184D2A50;
    private static final int MIN_MATCH = 4;

    private Lz4FrameDecoder()
    {
    }

    /**
     * Decodes every frame in {@code in[from, to)} into {@code out}.
     *
     * @param in   the compressed bytes.
     * @param from first byte.
     * @param to   one past the last byte.
     * @param out  the output, exactly as long as the decompressed data.
     * @return the number of bytes written.
     * @throws IllegalArgumentException when the input is not a valid LZ4 frame or does not fit {@code out}.
     */
    static int decode(final byte[] in, final int from, final int to, final byte[] out)
    {
        int ip = from;
        int op = 0;
        while (ip < to)
        {
            final int magic = readIntLe(in, ip);
            ip += 4;
            if ((magic & SKIPPABLE_MASK) == SKIPPABLE_MAGIC)
            {
                ip += 4 + readIntLe(in, ip);
                continue;
            }
            if (magic != MAGIC)
            {
                throw new IllegalArgumentException("not an LZ4 frame: magic 0x" + Integer.toHexString(magic));
            }
            final int flg = in[ip] & 0xFF;
            ip += 2;
            if ((flg >>> 6) != 1)
            {
                throw new IllegalArgumentException("unsupported LZ4 frame version " + (flg >>> 6));
            }
            final boolean blockChecksum = (flg & 0x10) != 0;
            final boolean contentChecksum = (flg & 0x04) != 0;
            ip += ((flg & 0x08) != 0 ? 8 : 0) + ((flg & 0x01) != 0 ? 4 : 0) + 1;
            while (true)
            {
                final int blockSize = readIntLe(in, ip);
                ip += 4;
                if (blockSize == 0)
                {
                    break;
                }
                final int length = blockSize & 0x7FFFFFFF;
                checkRange(ip, length, to);
                if (blockSize < 0)
                {
                    System.arraycopy(in, ip, out, op, length);
                    op += length;
                }
                else
                {
                    op = decodeBlock(in, ip, ip + length, out, op);
                }
                ip += length + (blockChecksum ? 4 : 0);
            }
            ip += contentChecksum ? 4 : 0;
        }
        return op;
    }

    /**
     * One LZ4 block: sequences of (token, literal length, literals, offset, match length) until the input ends with a
     * literal-only sequence.
     */
    private static int decodeBlock(final byte[] in, final int from, final int to, final byte[] out, final int outFrom)
    {
        int ip = from;
        int op = outFrom;
        while (ip < to)
        {
            final int token = in[ip++] & 0xFF;
            int literals = token >>> 4;
            if (literals == 15)
            {
                int b;
                do
                {
                    b = in[ip++] & 0xFF;
                    literals += b;
                }
                while (b == 255);
            }
            checkRange(ip, literals, to);
            System.arraycopy(in, ip, out, op, literals);
            ip += literals;
            op += literals;
            if (ip >= to)
            {
                break;
            }
            final int offset = (in[ip] & 0xFF) | (in[ip + 1] & 0xFF) << 8;
            ip += 2;
            int match = token & 0x0F;
            if (match == 15)
            {
                int b;
                do
                {
                    b = in[ip++] & 0xFF;
                    match += b;
                }
                while (b == 255);
            }
            match += MIN_MATCH;
            int src = op - offset;
            if (offset == 0 || src < 0)
            {
                throw new IllegalArgumentException("LZ4 match offset " + offset + " outside output at " + op);
            }
            if (offset >= match)
            {
                System.arraycopy(out, src, out, op, match);
                op += match;
            }
            else
            {
                // overlapping copy repeats the last `offset` bytes: must go byte by byte
                for (int i = 0; i < match; i++)
                {
                    out[op++] = out[src++];
                }
            }
        }
        return op;
    }

    private static void checkRange(final int position, final int length, final int limit)
    {
        if (length < 0 || position + length > limit)
        {
            throw new IllegalArgumentException("LZ4 block of " + length + " bytes at " + position +
                " runs past the end (" + limit + ")");
        }
    }

    private static int readIntLe(final byte[] in, final int i)
    {
        return (in[i] & 0xFF) | (in[i + 1] & 0xFF) << 8 | (in[i + 2] & 0xFF) << 16 | (in[i + 3] & 0xFF) << 24;
    }
}
