package io.hyperjet.worker.python;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.agrona.IoUtil;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;

/**
 * The scratch files through which columns pass between the JVM and the bridge when they are not in a run's shared
 * memory. A frame file holds {@code date} (int64) then every value column (float64), each {@code rows × 8}
 * little-endian bytes back to back, no header; the JSON "source" that describes it names path, rows and each
 * column's type and offset. An indicator output file is the bridge's columns in the order it lists them.
 */
final class ColumnFiles
{
    private ColumnFiles()
    {
    }

    /**
     * Writes a frame's date and value columns.
     *
     * @param frame the frame.
     * @param file  the file to create.
     * @return the source description for the bridge.
     */
    static ObjectNode writeFrame(final PairFrame frame, final Path file)
    {
        final int rows = frame.rows();
        final Map<String, DoubleColumn> columns = frame.columns();
        final long bytes = (long)rows * Long.BYTES * (1 + columns.size());
        final ObjectNode source = JsonNodeFactory.instance.objectNode();
        source.put("path", file.toString()).put("rows", rows);
        final ArrayNode layout = source.putArray("columns");
        final MappedByteBuffer buffer = map(file, bytes, true);
        try
        {
            buffer.order(ByteOrder.LITTLE_ENDIAN);
            layout.addArray().add(PairFrame.DATE).add("int64").add(0);
            buffer.asLongBuffer().put(frame.date().toArray());
            long offset = (long)rows * Long.BYTES;
            for (final Map.Entry<String, DoubleColumn> e : columns.entrySet())
            {
                layout.addArray().add(e.getKey()).add("float64").add(offset);
                buffer.position((int)offset);
                buffer.asDoubleBuffer().put(e.getValue().toArray());
                offset += (long)rows * Double.BYTES;
            }
        }
        finally
        {
            IoUtil.unmap(buffer);
        }
        return source;
    }

    /**
     * Reads {@code count} float64 columns of {@code rows} values written back to back.
     *
     * @param file  the file.
     * @param count the number of columns.
     * @param rows  values per column.
     * @return the columns.
     */
    static double[][] readColumns(final Path file, final int count, final int rows)
    {
        final double[][] columns = new double[count][rows];
        if (count == 0 || rows == 0)
        {
            return columns;
        }
        final MappedByteBuffer buffer = map(file, (long)count * rows * Double.BYTES, false);
        try
        {
            buffer.order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < count; i++)
            {
                buffer.position(i * rows * Double.BYTES);
                buffer.asDoubleBuffer().get(columns[i]);
            }
        }
        finally
        {
            IoUtil.unmap(buffer);
        }
        return columns;
    }

    /**
     * Maps a file, creating it with the given length when writable.
     *
     * @param file     the file.
     * @param bytes    its length.
     * @param writable create and map read-write, else map read-only.
     * @return the mapping (unmap with {@link IoUtil#unmap}).
     */
    static MappedByteBuffer map(final Path file, final long bytes, final boolean writable)
    {
        if (bytes > Integer.MAX_VALUE)
        {
            throw new IllegalArgumentException(file + ": " + bytes + " bytes is too large for one mapping");
        }
        try (FileChannel channel = writable ?
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE) :
            FileChannel.open(file, StandardOpenOption.READ))
        {
            return channel.map(writable ? FileChannel.MapMode.READ_WRITE : FileChannel.MapMode.READ_ONLY, 0, bytes);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot map " + file, ex);
        }
    }

    /**
     * Deletes a scratch file if present.
     *
     * @param file the file.
     */
    static void delete(final Path file)
    {
        try
        {
            Files.deleteIfExists(file);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot delete " + file, ex);
        }
    }
}
