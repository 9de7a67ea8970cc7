package io.hyperjet.common.data;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.LargeVarCharVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

import io.hyperjet.common.UserInputException;

/**
 * Reads Feather v2 (Arrow IPC file) candles as pandas and Freqtrade write them: LZ4_FRAME, ZSTD or uncompressed
 * buffers; {@code date} as a timestamp in s/ms/us/ns (with or without zone) or int64 epoch ms; float64 (or other
 * numeric) OHLCV. Other numeric columns are kept as extras, string tag columns ({@code enter_tag}, {@code exit_tag})
 * as text (null or empty is no tag); pandas index columns are ignored.
 */
public final class FeatherCandleReader
{
    private FeatherCandleReader()
    {
    }

    /**
     * Reads every row of a feather file.
     *
     * @param file the file.
     * @return the rows, unchecked and uncleaned.
     * @throws UserInputException when the file is not a valid feather candle file.
     */
    public static CandleBuffer read(final Path file)
    {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            BufferAllocator allocator = new RootAllocator();
            ArrowFileReader reader = new ArrowFileReader(channel, allocator, FeatherCodecs.INSTANCE))
        {
            final VectorSchemaRoot root = reader.getVectorSchemaRoot();
            final List<Field> fields = root.getSchema().getFields();
            final List<String> all = fieldNames(fields);
            final List<String> names = ColumnNames.valueColumns(
                all, (i) -> isNumeric(fields.get(i).getType()), (i) -> isText(fields.get(i).getType()), file);
            final int dateIndex = ColumnNames.indexOf(all, file);
            final long dateToMsDivisor = dateDivisor(fields.get(dateIndex), file);
            final CandleBuffer buffer = new CandleBuffer(names, 1024);
            for (int c = 0; c < names.size(); c++)
            {
                if (isText(fields.get(all.indexOf(names.get(c))).getType()))
                {
                    buffer.markText(c);
                }
            }
            final List<ArrowBlock> blocks = reader.getRecordBlocks();
            for (int b = 0; b < blocks.size(); b++)
            {
                reader.loadRecordBatch(blocks.get(b));
                appendBatch(root, names, dateIndex, dateToMsDivisor, buffer, file, blocks.size() - b);
            }
            return buffer;
        }
        catch (final NoSuchFileException ex)
        {
            throw new UserInputException(file + ": file not found");
        }
        catch (final UserInputException ex)
        {
            throw ex;
        }
        catch (final IOException | RuntimeException ex)
        {
            throw new UserInputException(file + ": not a readable feather (Arrow IPC) file: " + oneLine(ex), ex);
        }
    }

    private static void appendBatch(
        final VectorSchemaRoot root, final List<String> names, final int dateIndex, final long divisor,
        final CandleBuffer buffer, final Path file, final int batchesLeft)
    {
        final int rows = root.getRowCount();
        final int first = buffer.rows();
        // room for the batches still to come if they are as long as this one (pandas writes equal chunks and a
        // shorter last one): grown once, instead of doubling (and copying every column) per batch
        buffer.ensureSpace((int)Math.min(Integer.MAX_VALUE - 8 - (long)first, (long)rows * batchesLeft));
        final FieldVector dateVector = root.getVector(dateIndex);
        buffer.addRows(rows);
        for (int r = 0; r < rows; r++)
        {
            if (dateVector.isNull(r))
            {
                throw new UserInputException(file + ": empty date in row " + (first + r));
            }
            final long raw = dateVector instanceof TimeStampVector ?
                ((TimeStampVector)dateVector).get(r) : ((BigIntVector)dateVector).get(r);
            buffer.setDate(first + r, divisor < 0 ? raw * -divisor : Math.floorDiv(raw, divisor));
        }
        for (int c = 0; c < names.size(); c++)
        {
            copyValues(root.getVector(names.get(c)), c, first, rows, buffer, file);
        }
    }

    private static void copyValues(
        final FieldVector vector, final int column, final int first, final int rows, final CandleBuffer buffer,
        final Path file)
    {
        if (vector instanceof Float8Vector)
        {
            final Float8Vector v = (Float8Vector)vector;
            if (0 == v.getNullCount())
            {
                // no nulls (candle files): the data buffer holds the doubles as stored, little-endian; one bulk
                // copy instead of a checked isNull + get per value
                v.getDataBuffer().nioBuffer(0, rows * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer()
                    .get(buffer.valueArray(column), first, rows);
                return;
            }
            for (int r = 0; r < rows; r++)
            {
                buffer.set(column, first + r, v.isNull(r) ? Double.NaN : v.get(r));
            }
        }
        else if (vector instanceof Float4Vector)
        {
            final Float4Vector v = (Float4Vector)vector;
            for (int r = 0; r < rows; r++)
            {
                buffer.set(column, first + r, v.isNull(r) ? Double.NaN : v.get(r));
            }
        }
        else if (vector instanceof BigIntVector)
        {
            final BigIntVector v = (BigIntVector)vector;
            for (int r = 0; r < rows; r++)
            {
                buffer.set(column, first + r, v.isNull(r) ? Double.NaN : v.get(r));
            }
        }
        else if (vector instanceof IntVector)
        {
            final IntVector v = (IntVector)vector;
            for (int r = 0; r < rows; r++)
            {
                buffer.set(column, first + r, v.isNull(r) ? Double.NaN : v.get(r));
            }
        }
        else if (vector instanceof VarCharVector || vector instanceof LargeVarCharVector)
        {
            for (int r = 0; r < rows; r++)
            {
                buffer.setText(column, first + r, vector.isNull(r) ? null : text(vector, r));
            }
        }
        else
        {
            throw new UserInputException(file + ": column " + vector.getName() + " has type " +
                vector.getField().getType() + ", expected a number");
        }
    }

    private static long dateDivisor(final Field field, final Path file)
    {
        final ArrowType type = field.getType();
        if (type instanceof ArrowType.Timestamp)
        {
            final TimeUnit unit = ((ArrowType.Timestamp)type).getUnit();
            switch (unit)
            {
                case SECOND:
                    // negative: multiply instead of divide
                    return -1000L;
                case MILLISECOND:
                    return 1L;
                case MICROSECOND:
                    return 1000L;
                default:
                    return 1_000_000L;
            }
        }
        if (type instanceof ArrowType.Int && ((ArrowType.Int)type).getBitWidth() == 64)
        {
            return 1L;
        }
        throw new UserInputException(file + ": column date has type " + type + ", expected a timestamp or int64 ms");
    }

    private static boolean isNumeric(final ArrowType type)
    {
        return type instanceof ArrowType.FloatingPoint || type instanceof ArrowType.Int;
    }

    private static boolean isText(final ArrowType type)
    {
        return type instanceof ArrowType.Utf8 || type instanceof ArrowType.LargeUtf8;
    }

    private static String text(final FieldVector vector, final int row)
    {
        final byte[] bytes = vector instanceof VarCharVector ?
            ((VarCharVector)vector).get(row) : ((LargeVarCharVector)vector).get(row);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<String> fieldNames(final List<Field> fields)
    {
        final List<String> names = new ArrayList<>(fields.size());
        for (final Field f : fields)
        {
            names.add(f.getName());
        }
        return names;
    }

    static String oneLine(final Throwable ex)
    {
        final String msg = null == ex.getMessage() ? ex.getClass().getSimpleName() : ex.getMessage();
        final int nl = msg.indexOf('\n');
        return nl < 0 ? msg : msg.substring(0, nl);
    }
}
