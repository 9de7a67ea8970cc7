package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.frame.PairFrame;

/**
 * Zero, negative, infinite or non-numeric prices (and negative volume) stop the read in every format with one line
 * naming the file and the row of the first bad candle, as NaN prices do.
 */
class BadPriceTest
{
    private static final String CANDLE_1 = "2024-01-01T00:05:00Z (row 1)";

    @TempDir
    Path dir;

    private static void assertMessage(final Path file, final DataFormat format, final String expected)
    {
        final UserInputException ex = assertThrows(
            UserInputException.class, () -> CandleFiles.readBuffer(file, format, Long.MAX_VALUE));
        assertEquals(file + ": " + expected, ex.getMessage());
    }

    /** {@link TestFrames#sample} of 3 rows with one value of row 1 replaced. */
    private static PairFrame withValue(final String column, final double value)
    {
        final PairFrame good = TestFrames.sample("A/B", 3);
        final Map<String, double[]> values = new LinkedHashMap<>();
        for (final String name : good.columns().keySet())
        {
            values.put(name, good.column(name).toArray());
        }
        values.get(column)[1] = value;
        return PairFrame.ofArrays("A/B", "5m", good.date().toArray(), values);
    }

    private Path written(final String fileName, final DataFormat format, final PairFrame frame)
    {
        final Path file = dir.resolve(fileName);
        CandleFiles.write(file, format, frame);
        return file;
    }

    @Test
    void shouldRejectZeroPriceInFeather()
    {
        final Path file = written("z.feather", DataFormat.FEATHER, withValue("open", 0.0));
        assertMessage(file, DataFormat.FEATHER, "open 0.0 is not a positive price in candle " + CANDLE_1);
    }

    @Test
    void shouldRejectNegativePriceInParquet()
    {
        final Path file = written("n.parquet", DataFormat.PARQUET, withValue("low", -1.5));
        assertMessage(file, DataFormat.PARQUET, "low -1.5 is not a positive price in candle " + CANDLE_1);
    }

    @Test
    void shouldRejectInfinitePriceInJsonGz()
    {
        final Path file = written("i.json.gz", DataFormat.JSONGZ, withValue("high", Double.POSITIVE_INFINITY));
        assertMessage(file, DataFormat.JSONGZ, "high Infinity is not a positive price in candle " + CANDLE_1);
    }

    @Test
    void shouldRejectNegativeVolumeInCsv()
    {
        final Path file = written("v.csv", DataFormat.CSV, withValue("volume", -2.0));
        assertMessage(file, DataFormat.CSV, "volume -2.0 is negative or infinite in candle " + CANDLE_1);
    }

    @Test
    void shouldAcceptZeroVolume()
    {
        final Path file = written("v0.feather", DataFormat.FEATHER, withValue("volume", 0.0));
        assertEquals(3, CandleFiles.readBuffer(file, DataFormat.FEATHER, Long.MAX_VALUE).rows());
    }

    @Test
    void shouldRejectZeroCloseInCsv() throws IOException
    {
        final Path file = dir.resolve("z.csv");
        Files.write(file, List.of("date,open,high,low,close,volume",
            "1704067200000,1,2,0.5,1,1", "1704067500000,1,2,0.5,0,1"));
        assertMessage(file, DataFormat.CSV, "close 0.0 is not a positive price in candle " + CANDLE_1);
    }

    @Test
    void shouldRejectNonNumericPriceInCsv() throws IOException
    {
        final Path file = dir.resolve("t.csv");
        Files.write(file, List.of("date,open,high,low,close,volume",
            "1704067200000,1,2,0.5,1,1", "1704067500000,1,2,abc,1,1"));
        assertMessage(file, DataFormat.CSV, "line 3: 'abc' is not a number");
    }

    @Test
    void shouldRejectNegativePriceInJson() throws IOException
    {
        final Path file = dir.resolve("n.json");
        Files.writeString(file, "[[1704067200000, 1, 2, 0.5, 1, 10], [1704067500000, -1, 2, 0.5, 1, 10]]");
        assertMessage(file, DataFormat.JSON, "open -1.0 is not a positive price in candle " + CANDLE_1);
    }

    @Test
    void shouldRejectStringPriceInJson() throws IOException
    {
        final Path file = dir.resolve("s.json");
        Files.writeString(file, "[[1704067200000, 1, 2, 0.5, 1, 10], [1704067500000, 1, 2, 0.5, \"abc\", 10]]");
        assertMessage(file, DataFormat.JSON, "row 1: close abc is not a number");
    }

    @Test
    void shouldRejectNumericStringPriceInJsonGz() throws IOException
    {
        final Path file = dir.resolve("s.json.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file)))
        {
            out.write("[[1704067200000, \"1.5\", 2, 0.5, 1, 10]]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertMessage(file, DataFormat.JSONGZ, "row 0: open 1.5 is not a number");
    }
}
