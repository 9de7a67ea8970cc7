package io.hyperjet.common.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampNanoTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.compression.CompressionUtil;
import org.apache.arrow.vector.compression.NoCompressionCodec;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.message.IpcOption;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;

/**
 * Writes candles as a Feather v2 file the way pandas does: {@code date} timestamp[ns, UTC], float64 columns (a text
 * column as utf8, null for no text), one record batch. Compression ZSTD or none; LZ4_FRAME is accepted for tests only because Arrow Java's LZ4 frame
 * compressor is very slow.
 */
public final class FeatherCandleWriter
{
    private FeatherCandleWriter()
    {
    }

    /**
     * Writes a frame to a feather file, replacing it.
     *
     * @param file        the target file.
     * @param frame       the candles.
     * @param compression the buffer compression.
     */
    public static void write(final Path file, final PairFrame frame, final CompressionUtil.CodecType compression)
    {
        final int rows = frame.rows();
        try (BufferAllocator allocator = new RootAllocator();
            TimeStampNanoTZVector date = new TimeStampNanoTZVector(PairFrame.DATE, allocator, "UTC"))
        {
            final List<FieldVector> vectors = new ArrayList<>();
            vectors.add(date);
            date.allocateNew(rows);
            for (int r = 0; r < rows; r++)
            {
                date.set(r, frame.date().get(r) * 1_000_000L);
            }
            date.setValueCount(rows);
            for (final Map.Entry<String, DoubleColumn> e : frame.columns().entrySet())
            {
                if (null != frame.labels(e.getKey()))
                {
                    vectors.add(textVector(frame, e.getKey(), allocator));
                    continue;
                }
                final Float8Vector v = new Float8Vector(e.getKey(), allocator);
                vectors.add(v);
                v.allocateNew(rows);
                final DoubleColumn column = e.getValue();
                for (int r = 0; r < rows; r++)
                {
                    v.set(r, column.get(r));
                }
                v.setValueCount(rows);
            }
            try (VectorSchemaRoot root = new VectorSchemaRoot(vectors);
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                ArrowFileWriter writer = new ArrowFileWriter(root, null, channel, null, IpcOption.DEFAULT,
                    compression == CompressionUtil.CodecType.NO_COMPRESSION ?
                        NoCompressionCodec.Factory.INSTANCE : CommonsCompressionFactory.INSTANCE, compression))
            {
                root.setRowCount(rows);
                writer.start();
                writer.writeBatch();
                writer.end();
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(file + ": cannot write feather: " + ex.getMessage(), ex);
        }
    }

    private static VarCharVector textVector(final PairFrame frame, final String name, final BufferAllocator allocator)
    {
        final int rows = frame.rows();
        final VarCharVector v = new VarCharVector(name, allocator);
        v.allocateNew(rows);
        for (int r = 0; r < rows; r++)
        {
            final String text = frame.text(name, r);
            if (null == text)
            {
                v.setNull(r);
            }
            else
            {
                v.setSafe(r, text.getBytes(StandardCharsets.UTF_8));
            }
        }
        v.setValueCount(rows);
        return v;
    }
}
