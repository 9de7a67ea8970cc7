package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.frame.PairFrame;

class JsonAndCsvReaderTest
{
    @TempDir
    Path dir;

    @Test
    void shouldRoundTripJson()
    {
        final PairFrame frame = TestFrames.sample("ETH/BTC", 300);
        final Path file = dir.resolve("ETH_BTC-5m.json");
        JsonCandleWriter.write(file, frame, false);
        FrameAssert.assertSameCandles(frame, JsonCandleReader.read(file, false).toFrame("ETH/BTC", "5m"));
    }

    @Test
    void shouldRoundTripJsonGz()
    {
        final PairFrame frame = TestFrames.sample("ETH/BTC", 300);
        final Path file = dir.resolve("ETH_BTC-5m.json.gz");
        JsonCandleWriter.write(file, frame, true);
        FrameAssert.assertSameCandles(frame, JsonCandleReader.read(file, true).toFrame("ETH/BTC", "5m"));
    }

    @Test
    void shouldReadIntegerPricesInJson() throws IOException
    {
        final Path file = dir.resolve("x.json");
        Files.writeString(file, "[[1704067200000, 1, 2, 1, 2, 10], [1704067500000, 2.5, 3, 2, 2.5, 0]]");
        final PairFrame frame = JsonCandleReader.read(file, false).toFrame("X/Y", "5m");
        assertEquals(2, frame.rows());
        assertEquals(2.0, frame.high().get(0));
        assertEquals(1_704_067_500_000L, frame.date().get(1));
    }

    @Test
    void shouldReadJsonNumbersAsFreqtradesPandasReaderDoes() throws IOException
    {
        final Path file = dir.resolve("p.json");
        Files.writeString(file, "[[1704067200000, 6.027e-05, 6.1e-05, 6e-05, 0.3, 1.7]]");
        final PairFrame frame = JsonCandleReader.read(file, false).toFrame("X/Y", "5m");
        assertEquals(6.0270000000000004e-05, frame.open().get(0)); // 6.027 × 1e-05
        assertEquals(6.1e-05, frame.high().get(0)); // 6 + 1.0 × 0.1 = 6.1, × 1e-05
        assertEquals(6.000000000000001e-05, frame.low().get(0)); // 6.0 × 1e-05
        assertEquals(0.30000000000000004, frame.close().get(0)); // 3.0 × 0.1
        assertEquals(1.7000000000000002, frame.volume().get(0)); // 1 + 7.0 × 0.1
    }

    @Test
    void shouldRoundTripCsvWithExtraColumns()
    {
        final double[] enter = new double[30];
        enter[5] = 1;
        final PairFrame frame = TestFrames.withExtra(TestFrames.sample("ETH/BTC", 30), "enter_long", enter);
        final Path file = dir.resolve("ETH_BTC-5m.csv");
        CsvCandleWriter.write(file, frame);
        FrameAssert.assertSameColumns(frame, CsvCandleReader.read(file).toFrame("ETH/BTC", "5m"));
    }

    @Test
    void shouldReadCsvDatesInEveryForm() throws IOException
    {
        final Path file = dir.resolve("d.csv");
        Files.write(file, List.of(
            "date,open,high,low,close,volume,enter_long",
            "2024-01-01 00:00:00+00:00,1,2,0.5,1.5,10,True",
            "2024-01-01T00:05:00Z,1,2,0.5,1.5,10,False",
            "2024-01-01T02:10:00+02:00,1,2,0.5,1.5,10,",
            "1704067500000,1,2,0.5,1.5,10,1"));
        final PairFrame frame = CsvCandleReader.read(file).toFrame("A/B", "5m");
        final long t0 = 1_704_067_200_000L;
        assertArrayEquals(new long[]{t0, t0 + 300_000, t0 + 600_000, t0 + 300_000}, frame.date().toArray());
        assertArrayEquals(new double[]{1, 0, Double.NaN, 1}, frame.column("enter_long").toArray());
    }

    @Test
    void shouldReadCsvColumnsInAnyOrder() throws IOException
    {
        final Path file = dir.resolve("o.csv");
        Files.write(file, List.of("volume,close,low,high,open,date", "7,1.5,0.5,2,1,1704067200000"));
        final PairFrame frame = CsvCandleReader.read(file).toFrame("A/B", "5m");
        assertEquals(1.0, frame.open().get(0));
        assertEquals(7.0, frame.volume().get(0));
    }

    /* A cut-off json file says what is wrong and where, in one line, without Jackson's "(Source: REDACTED ...)". */
    @Test
    void shouldNameLineAndColumnOfABrokenJsonFileInOneLine() throws IOException
    {
        final Path file = dir.resolve("ETH_USDT-5m.json");
        Files.writeString(file, "[[1,2,3");
        final io.hyperjet.common.UserInputException ex = org.junit.jupiter.api.Assertions.assertThrows(
            io.hyperjet.common.UserInputException.class, () -> JsonCandleReader.read(file, false));
        assertEquals(file + ": not a readable json candle file: Unexpected end-of-input: expected close marker for " +
            "Array (line 1, column 8)", ex.getMessage());
    }
}
