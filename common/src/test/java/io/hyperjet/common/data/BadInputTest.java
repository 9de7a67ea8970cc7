package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.arrow.vector.compression.CompressionUtil;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.frame.PairFrame;

/**
 * Every kind of bad data file gives a one-line {@link UserInputException} naming the file.
 */
class BadInputTest
{
    @TempDir
    Path dir;

    private static void assertNamesFile(final Path file, final String expectedPart, final Runnable action)
    {
        final UserInputException ex = assertThrows(UserInputException.class, action::run);
        assertTrue(ex.getMessage().startsWith(file.toString()), ex.getMessage());
        assertTrue(ex.getMessage().contains(expectedPart), ex.getMessage());
        assertEquals(-1, ex.getMessage().indexOf('\n'), "one line: " + ex.getMessage());
    }

    private void assertBad(final String fileName, final DataFormat format, final String expectedPart)
    {
        final Path file = dir.resolve(fileName);
        assertNamesFile(file, expectedPart, () -> CandleFiles.readBuffer(file, format, Long.MAX_VALUE));
    }

    private Path truncated(final String fileName, final DataFormat format) throws IOException
    {
        final Path file = dir.resolve(fileName);
        CandleFiles.write(file, format, TestFrames.sample("A/B", 2000));
        final byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        return file;
    }

    @Test
    void shouldRejectMissingDatadir()
    {
        final Path missing = dir.resolve("nope");
        assertNamesFile(missing, "data directory not found", () -> new PairLoader().datadir(missing)
            .pairs(List.of("A/B")).timeframe("5m").load((f) -> { }));
    }

    @Test
    void shouldRejectMissingPairFile()
    {
        final Path expected = dir.resolve("A_B-5m.feather");
        assertNamesFile(expected, "no 5m data for A/B", () -> new PairLoader().datadir(dir)
            .pairs(List.of("A/B")).timeframe("5m").load((f) -> { }));
    }

    @Test
    void shouldRejectEmptyFiles() throws IOException
    {
        for (final DataFormat format : DataFormat.values())
        {
            final String name = "E_B-5m." + format.extension();
            Files.write(dir.resolve(name), new byte[0]);
            assertBad(name, format, "");
        }
    }

    @Test
    void shouldRejectEmptyJsonArray() throws IOException
    {
        Files.writeString(dir.resolve("e.json"), "[]");
        assertBad("e.json", DataFormat.JSON, "no candles");
    }

    @Test
    void shouldRejectTruncatedFeather() throws IOException
    {
        truncated("t.feather", DataFormat.FEATHER);
        assertBad("t.feather", DataFormat.FEATHER, "feather");
    }

    @Test
    void shouldRejectTruncatedParquet() throws IOException
    {
        truncated("t.parquet", DataFormat.PARQUET);
        assertBad("t.parquet", DataFormat.PARQUET, "parquet");
    }

    @Test
    void shouldRejectTruncatedJson() throws IOException
    {
        truncated("t.json", DataFormat.JSON);
        assertBad("t.json", DataFormat.JSON, "json");
    }

    @Test
    void shouldRejectTruncatedJsonGz() throws IOException
    {
        truncated("t.json.gz", DataFormat.JSONGZ);
        assertBad("t.json.gz", DataFormat.JSONGZ, "json");
    }

    @Test
    void shouldRejectCorruptFeather() throws IOException
    {
        Files.writeString(dir.resolve("c.feather"), "this is not arrow at all, just text of some length........");
        assertBad("c.feather", DataFormat.FEATHER, "not a readable feather");
    }

    @Test
    void shouldRejectCorruptParquet() throws IOException
    {
        Files.writeString(dir.resolve("c.parquet"), "PAR1 garbage garbage garbage garbage PAR1");
        assertBad("c.parquet", DataFormat.PARQUET, "not a readable parquet");
    }

    @Test
    void shouldRejectMissingColumnInCsv() throws IOException
    {
        Files.write(dir.resolve("m.csv"), List.of("date,open,high,low,close", "1704067200000,1,2,0.5,1"));
        assertBad("m.csv", DataFormat.CSV, "missing column volume");
    }

    @Test
    void shouldRejectMissingColumnInParquet() throws IOException
    {
        final MessageType schema = Types.buildMessage()
            .required(PrimitiveType.PrimitiveTypeName.INT64).named("date")
            .required(PrimitiveType.PrimitiveTypeName.DOUBLE).named("open")
            .required(PrimitiveType.PrimitiveTypeName.DOUBLE).named("high")
            .named("schema");
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(dir.resolve("m.parquet")))
            .withType(schema).build())
        {
            final Group g = new SimpleGroupFactory(schema).newGroup();
            g.add("date", 1L);
            g.add("open", 1.0);
            g.add("high", 1.0);
            w.write(g);
        }
        assertBad("m.parquet", DataFormat.PARQUET, "missing column low");
    }

    @Test
    void shouldRejectMissingDateColumn() throws IOException
    {
        Files.write(dir.resolve("nodate.csv"), List.of("time,open,high,low,close,volume", "1,1,2,0.5,1,1"));
        assertBad("nodate.csv", DataFormat.CSV, "missing column date");
    }

    @Test
    void shouldRejectShortJsonRow() throws IOException
    {
        Files.writeString(dir.resolve("s.json"), "[[1704067200000, 1, 2, 0.5]]");
        assertBad("s.json", DataFormat.JSON, "expected 6");
    }

    @Test
    void shouldRejectHighBelowLow() throws IOException
    {
        Files.writeString(dir.resolve("h.json"), "[[1704067200000, 1, 0.5, 2, 1, 10]]");
        assertBad("h.json", DataFormat.JSON, "high 0.5 < low 2.0");
    }

    @Test
    void shouldRejectNanPrices() throws IOException
    {
        Files.write(dir.resolve("n.csv"), List.of("date,open,high,low,close,volume", "1704067200000,1,NaN,0.5,1,1"));
        assertBad("n.csv", DataFormat.CSV, "NaN price");
    }

    @Test
    void shouldRejectNanPricesInFeather()
    {
        final PairFrame good = TestFrames.sample("A/B", 3);
        final double[] close = good.close().toArray();
        close[1] = Double.NaN;
        final java.util.Map<String, double[]> values = new java.util.LinkedHashMap<>();
        for (final String n : good.columns().keySet())
        {
            values.put(n, "close".equals(n) ? close : good.column(n).toArray());
        }
        final Path file = dir.resolve("n.feather");
        FeatherCandleWriter.write(file, PairFrame.ofArrays("A/B", "5m", good.date().toArray(), values),
            CompressionUtil.CodecType.ZSTD);
        assertBad("n.feather", DataFormat.FEATHER, "NaN price");
    }

    @Test
    void shouldRejectBadCsvDate() throws IOException
    {
        Files.write(dir.resolve("d.csv"), List.of("date,open,high,low,close,volume", "yesterday,1,2,0.5,1,1"));
        assertBad("d.csv", DataFormat.CSV, "line 2");
    }
}
