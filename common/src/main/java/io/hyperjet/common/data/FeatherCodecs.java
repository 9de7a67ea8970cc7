package io.hyperjet.common.data;

import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.compression.AbstractCompressionCodec;
import org.apache.arrow.vector.compression.CompressionCodec;
import org.apache.arrow.vector.compression.CompressionUtil;

/**
 * The buffer codecs the feather reader uses: LZ4_FRAME through {@link Lz4FrameDecoder} (Arrow Java's own LZ4 codec
 * streams through commons-compress and is over 20 times slower; Freqtrade writes LZ4 feather by default), everything
 * else through Arrow's {@link CommonsCompressionFactory}. Decompression only.
 */
final class FeatherCodecs implements CompressionCodec.Factory
{
    static final FeatherCodecs INSTANCE = new FeatherCodecs();

    private FeatherCodecs()
    {
    }

    @Override
    public CompressionCodec createCodec(final CompressionUtil.CodecType codecType)
    {
        return codecType == CompressionUtil.CodecType.LZ4_FRAME ?
            new Lz4FrameCodec() : CommonsCompressionFactory.INSTANCE.createCodec(codecType);
    }

    @Override
    public CompressionCodec createCodec(final CompressionUtil.CodecType codecType, final int compressionLevel)
    {
        return createCodec(codecType);
    }

    /**
     * Arrow's per-buffer framing (an 8-byte uncompressed length, then the LZ4 frame) is handled by the base class.
     */
    static final class Lz4FrameCodec extends AbstractCompressionCodec
    {
        @Override
        protected ArrowBuf doDecompress(final BufferAllocator allocator, final ArrowBuf compressed)
        {
            final long uncompressedLength = readUncompressedLength(compressed);
            final long offset = CompressionUtil.SIZE_OF_UNCOMPRESSED_LENGTH;
            final long compressedLength = compressed.writerIndex() - offset;
            if (uncompressedLength > Integer.MAX_VALUE - 8 || compressedLength > Integer.MAX_VALUE - 8)
            {
                throw new IllegalArgumentException("LZ4 buffer too large: " + uncompressedLength + " bytes");
            }
            final byte[] in = new byte[(int)compressedLength];
            compressed.getBytes(offset, in);
            final byte[] out = new byte[(int)uncompressedLength];
            final int written = Lz4FrameDecoder.decode(in, 0, in.length, out);
            if (written != out.length)
            {
                throw new IllegalArgumentException(
                    "LZ4 buffer decoded to " + written + " bytes, header says " + out.length);
            }
            final ArrowBuf result = allocator.buffer(out.length);
            result.setBytes(0, out);
            result.writerIndex(out.length);
            return result;
        }

        @Override
        protected ArrowBuf doCompress(final BufferAllocator allocator, final ArrowBuf uncompressed)
        {
            throw new UnsupportedOperationException("LZ4 compression is not supported; write ZSTD or uncompressed");
        }

        @Override
        public CompressionUtil.CodecType getCodecType()
        {
            return CompressionUtil.CodecType.LZ4_FRAME;
        }
    }
}
