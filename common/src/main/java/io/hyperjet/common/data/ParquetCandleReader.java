package io.hyperjet.common.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

import io.hyperjet.common.UserInputException;

/**
 * Reads parquet candles as pandas writes them (snappy, zstd, gzip or uncompressed): {@code date} as INT64 with a
 * TIMESTAMP(NANOS|MICROS|MILLIS) annotation (plain INT64 counts as ms), numeric OHLCV, extra numeric columns kept,
 * string (BINARY) tag columns {@code enter_tag} / {@code exit_tag} kept as text (null or empty is no tag), pandas
 * {@code __index_level_N__} columns ignored. Values are pulled column by column through parquet's column
 * readers, without building a record object per row.
 * <p>
 * Files larger than the memory-map threshold are read through a read-only mapping; smaller ones are read onto the
 * heap in one go. Both give identical frames.
 */
public final class ParquetCandleReader
{
    private static final GroupConverter NO_RECORDS = new NoRecords();

    private ParquetCandleReader()
    {
    }

    /**
     * Reads every row of a parquet file.
     *
     * @param file            the file.
     * @param mmapThresholdBytes files larger than this are memory-mapped instead of read onto the heap.
     * @return the rows, unchecked and uncleaned.
     * @throws UserInputException when the file is not a valid parquet candle file.
     */
    public static CandleBuffer read(final Path file, final long mmapThresholdBytes)
    {
        final long size;
        try
        {
            size = Files.size(file);
        }
        catch (final NoSuchFileException ex)
        {
            throw new UserInputException(file + ": file not found");
        }
        catch (final IOException ex)
        {
            throw new UserInputException(file + ": cannot read: " + ex.getMessage(), ex);
        }
        try (ByteBufferInputFile input = size > mmapThresholdBytes ?
            ByteBufferInputFile.map(file) : ByteBufferInputFile.readHeap(file))
        {
            return read(input, file);
        }
    }

    /**
     * Reads every row from an already opened input file.
     *
     * @param input the parquet input.
     * @param file  named in errors.
     * @return the rows.
     */
    public static CandleBuffer read(final ByteBufferInputFile input, final Path file)
    {
        try (ParquetFileReader reader = ParquetFileReader.open(input, ParquetReadOptions.builder().build()))
        {
            final MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            final String createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
            final List<String> all = new ArrayList<>();
            for (final Type t : schema.getFields())
            {
                all.add(t.getName());
            }
            final List<String> names = ColumnNames.valueColumns(
                all, (i) -> isNumeric(schema.getType(i)), (i) -> isText(schema.getType(i)), file);
            final int dateIndex = ColumnNames.indexOf(all, file);
            final long dateDivisor = dateDivisor(schema.getType(dateIndex), file);
            final long total = reader.getRecordCount();
            final CandleBuffer buffer = new CandleBuffer(names, (int)Math.min(total, Integer.MAX_VALUE - 8));
            for (int c = 0; c < names.size(); c++)
            {
                if (isText(schema.getType(names.get(c))))
                {
                    buffer.markText(c);
                }
            }
            PageReadStore pages;
            while (null != (pages = reader.readNextRowGroup()))
            {
                final ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, NO_RECORDS, schema, createdBy);
                final int rows = (int)pages.getRowCount();
                final int first = buffer.rows();
                buffer.ensureSpace(rows);
                readDates(store.getColumnReader(column(schema, ColumnNames.DATE)), rows, dateDivisor, buffer, file);
                for (int c = 0; c < names.size(); c++)
                {
                    readValues(store.getColumnReader(column(schema, names.get(c))), c, first, rows, buffer);
                }
            }
            return buffer;
        }
        catch (final UserInputException ex)
        {
            throw ex;
        }
        catch (final IOException | RuntimeException ex)
        {
            throw new UserInputException(
                file + ": not a readable parquet file: " + FeatherCandleReader.oneLine(ex), ex);
        }
    }

    private static void readDates(
        final ColumnReader reader, final int rows, final long divisor, final CandleBuffer buffer, final Path file)
    {
        final int maxDef = reader.getDescriptor().getMaxDefinitionLevel();
        for (int r = 0; r < rows; r++)
        {
            if (reader.getCurrentDefinitionLevel() != maxDef)
            {
                throw new UserInputException(file + ": empty date in row " + (buffer.rows()));
            }
            final long raw = reader.getLong();
            reader.consume();
            buffer.addRow(Math.floorDiv(raw, divisor));
        }
    }

    private static void readValues(
        final ColumnReader reader, final int column, final int first, final int rows, final CandleBuffer buffer)
    {
        final int maxDef = reader.getDescriptor().getMaxDefinitionLevel();
        final PrimitiveType.PrimitiveTypeName type = reader.getDescriptor().getPrimitiveType().getPrimitiveTypeName();
        if (buffer.isText(column))
        {
            for (int r = 0; r < rows; r++)
            {
                final boolean present = reader.getCurrentDefinitionLevel() == maxDef;
                buffer.setText(column, first + r, present ? reader.getBinary().toStringUsingUTF8() : null);
                reader.consume();
            }
            return;
        }
        for (int r = 0; r < rows; r++)
        {
            double value = Double.NaN;
            if (reader.getCurrentDefinitionLevel() == maxDef)
            {
                switch (type)
                {
                    case DOUBLE:
                        value = reader.getDouble();
                        break;
                    case FLOAT:
                        value = reader.getFloat();
                        break;
                    case INT64:
                        value = reader.getLong();
                        break;
                    case INT32:
                        value = reader.getInteger();
                        break;
                    default:
                        value = reader.getBoolean() ? 1.0 : 0.0;
                        break;
                }
            }
            reader.consume();
            buffer.set(column, first + r, value);
        }
    }

    private static ColumnDescriptor column(final MessageType schema, final String name)
    {
        return schema.getColumnDescription(new String[]{name});
    }

    private static boolean isNumeric(final Type type)
    {
        if (!type.isPrimitive())
        {
            return false;
        }
        switch (type.asPrimitiveType().getPrimitiveTypeName())
        {
            case DOUBLE:
            case FLOAT:
            case INT64:
            case INT32:
            case BOOLEAN:
                return true;
            default:
                return false;
        }
    }

    private static boolean isText(final Type type)
    {
        return type.isPrimitive() &&
            type.asPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY;
    }

    private static long dateDivisor(final Type type, final Path file)
    {
        if (!type.isPrimitive() ||
            type.asPrimitiveType().getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.INT64)
        {
            throw new UserInputException(file + ": column date has type " + type + ", expected INT64 timestamp");
        }
        final LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation)
        {
            switch (((LogicalTypeAnnotation.TimestampLogicalTypeAnnotation)logical).getUnit())
            {
                case NANOS:
                    return 1_000_000L;
                case MICROS:
                    return 1000L;
                default:
                    return 1L;
            }
        }
        return 1L;
    }

    /**
     * Column readers need a converter tree matching the schema even though values are pulled directly; this one
     * accepts and drops everything.
     */
    private static final class NoRecords extends GroupConverter
    {
        private static final PrimitiveConverter DROP = new PrimitiveConverter()
        {
        };

        @Override
        public Converter getConverter(final int fieldIndex)
        {
            return DROP;
        }

        @Override
        public void start()
        {
        }

        @Override
        public void end()
        {
        }
    }
}
