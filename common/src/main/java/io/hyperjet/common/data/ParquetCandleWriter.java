package io.hyperjet.common.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

import io.hyperjet.common.frame.PairFrame;

/**
 * Writes candles as parquet laid out like pandas (pyarrow) does: optional INT64 {@code date} with
 * TIMESTAMP(NANOS, UTC), optional DOUBLE value columns (a text column as optional BINARY STRING, absent for no
 * text), a {@code pandas} key-value metadata entry, and optionally a
 * pandas index column {@code __index_level_0__}. Default compression snappy.
 */
public final class ParquetCandleWriter
{
    public static final String INDEX_COLUMN = "__index_level_0__";

    private ParquetCandleWriter()
    {
    }

    /**
     * Writes a frame with snappy compression and no index column.
     *
     * @param file  the target file (replaced).
     * @param frame the candles.
     */
    public static void write(final Path file, final PairFrame frame)
    {
        write(file, frame, CompressionCodecName.SNAPPY, false);
    }

    /**
     * Writes a frame.
     *
     * @param file        the target file (replaced).
     * @param frame       the candles.
     * @param codec       page compression.
     * @param indexColumn whether to add a pandas {@code __index_level_0__} INT64 column (0..n-1).
     */
    public static void write(
        final Path file, final PairFrame frame, final CompressionCodecName codec, final boolean indexColumn)
    {
        final List<String> names = new ArrayList<>(frame.columns().keySet());
        final MessageType schema = schema(frame, names, indexColumn);
        final int rows = frame.rows();
        final SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
            .withType(schema)
            .withCompressionCodec(codec)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .withExtraMetaData(Map.of("pandas", pandasMetadata(frame, names, indexColumn)))
            .build())
        {
            final double[][] values = new double[names.size()][];
            for (int c = 0; c < names.size(); c++)
            {
                values[c] = frame.column(names.get(c)).toArray();
            }
            for (int r = 0; r < rows; r++)
            {
                final Group g = groups.newGroup();
                g.add(PairFrame.DATE, frame.date().get(r) * 1_000_000L);
                for (int c = 0; c < names.size(); c++)
                {
                    if (null == frame.labels(names.get(c)))
                    {
                        g.add(names.get(c), values[c][r]);
                    }
                    else if (!Double.isNaN(values[c][r]))
                    {
                        g.add(names.get(c), frame.text(names.get(c), r));
                    }
                }
                if (indexColumn)
                {
                    g.add(INDEX_COLUMN, (long)r);
                }
                writer.write(g);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(file + ": cannot write parquet: " + ex.getMessage(), ex);
        }
    }

    private static MessageType schema(final PairFrame frame, final List<String> names, final boolean indexColumn)
    {
        final List<Type> fields = new ArrayList<>();
        fields.add(Types.optional(PrimitiveType.PrimitiveTypeName.INT64)
            .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.NANOS))
            .named(PairFrame.DATE));
        for (final String name : names)
        {
            fields.add(null == frame.labels(name) ?
                Types.optional(PrimitiveType.PrimitiveTypeName.DOUBLE).named(name) :
                Types.optional(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                    .named(name));
        }
        if (indexColumn)
        {
            fields.add(Types.optional(PrimitiveType.PrimitiveTypeName.INT64).named(INDEX_COLUMN));
        }
        return new MessageType("schema", fields);
    }

    private static String pandasMetadata(final PairFrame frame, final List<String> names, final boolean indexColumn)
    {
        final StringBuilder sb = new StringBuilder(256);
        sb.append("{\"index_columns\": [")
            .append(indexColumn ? "\"" + INDEX_COLUMN + "\"" : "{\"kind\": \"range\", \"name\": null}")
            .append("], \"column_indexes\": [], \"columns\": [")
            .append("{\"name\": \"date\", \"field_name\": \"date\", \"pandas_type\": \"datetimetz\", ")
            .append("\"numpy_type\": \"datetime64[ns]\", \"metadata\": {\"timezone\": \"UTC\"}}");
        for (final String name : names)
        {
            final boolean text = null != frame.labels(name);
            sb.append(", {\"name\": \"").append(name).append("\", \"field_name\": \"").append(name)
                .append(text ? "\", \"pandas_type\": \"unicode\", \"numpy_type\": \"object\"" :
                    "\", \"pandas_type\": \"float64\", \"numpy_type\": \"float64\"")
                .append(", \"metadata\": null}");
        }
        sb.append("], \"creator\": {\"library\": \"hyperjet\"}, \"pandas_version\": \"2.2.0\"}");
        return sb.toString();
    }
}
