package io.hyperjet.common.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.frame.PairFrame;

/**
 * The text {@code enter_tag} / {@code exit_tag} columns a data file may carry for externally made signals: read from
 * csv, feather and parquet, an empty field or a null is no tag, and the writers save them back as text.
 */
class TextTagColumnsTest
{
    /** Per row: the entry tag and exit tag, null for none. */
    private static final String[] ENTER = {"breakout", null, "dip", "breakout", null, "dip, then bounce"};
    private static final String[] EXIT = {null, "take", null, null, "stop", "take"};

    @TempDir
    Path dir;

    /** A frame whose tags are set the way a reader sets them: codes in first-seen order, NaN for none. */
    private static PairFrame taggedFrame()
    {
        final PairFrame base = TestFrames.sample("ETH/BTC", ENTER.length);
        final Map<String, double[]> values = new LinkedHashMap<>();
        base.columns().forEach((name, column) -> values.put(name, column.toArray()));
        values.put("enter_long", new double[]{1, 0, 1, 1, 0, 1});
        values.put("enter_tag", new double[]{0, Double.NaN, 1, 0, Double.NaN, 2});
        values.put("exit_tag", new double[]{Double.NaN, 0, Double.NaN, Double.NaN, 1, 0});
        final long[] date = base.date().toArray();
        return PairFrame.ofArrays("ETH/BTC", "5m", date, values, Map.of(
            "enter_tag", List.of("breakout", "dip", "dip, then bounce"),
            "exit_tag", List.of("take", "stop")));
    }

    private static void assertTags(final PairFrame frame, final boolean commaInTag)
    {
        for (int r = 0; r < ENTER.length; r++)
        {
            final String expected = !commaInTag && null != ENTER[r] && ENTER[r].contains(",") ? "dip" : ENTER[r];
            assertEquals(expected, frame.text("enter_tag", r), "enter_tag row " + r);
            assertEquals(EXIT[r], frame.text("exit_tag", r), "exit_tag row " + r);
        }
        assertEquals(List.of(1.0, 0.0, 1.0, 1.0, 0.0, 1.0),
            Arrays.stream(frame.column("enter_long").toArray()).boxed().toList());
    }

    @Test
    void shouldRoundTripTagsThroughFeather()
    {
        final Path file = dir.resolve("ETH_BTC-5m.feather");
        CandleFiles.write(file, DataFormat.FEATHER, taggedFrame());
        final PairFrame read = CandleFiles.read(file, DataFormat.FEATHER, "ETH/BTC", "5m");
        assertTags(read, true);
        assertEquals(List.of("breakout", "dip", "dip, then bounce"), read.labels("enter_tag"));
    }

    @Test
    void shouldRoundTripTagsThroughParquet()
    {
        final Path file = dir.resolve("ETH_BTC-5m.parquet");
        CandleFiles.write(file, DataFormat.PARQUET, taggedFrame());
        assertTags(CandleFiles.read(file, DataFormat.PARQUET, "ETH/BTC", "5m"), true);
    }

    @Test
    void shouldReadTagsFromAHandWrittenCsvWithEmptyFieldsAsNoTag() throws IOException
    {
        final Path file = dir.resolve("ETH_BTC-5m.csv");
        Files.writeString(file, String.join("\n",
            "date,open,high,low,close,volume,enter_long,enter_tag,exit_tag",
            "2024-01-01 00:00:00+00:00,1,2,0.5,1.5,10,1,breakout,",
            "2024-01-01 00:05:00+00:00,1,2,0.5,1.5,10,0,,take",
            "2024-01-01 00:10:00+00:00,1,2,0.5,1.5,10,1,dip,",
            "2024-01-01 00:15:00+00:00,1,2,0.5,1.5,10,1, breakout ,",
            "2024-01-01 00:20:00+00:00,1,2,0.5,1.5,10,0,,stop",
            "2024-01-01 00:25:00+00:00,1,2,0.5,1.5,10,1,dip,take", ""), StandardCharsets.UTF_8);
        final PairFrame read = CandleFiles.read(file, DataFormat.CSV, "ETH/BTC", "5m");
        assertTags(read, false);
        assertEquals(List.of("breakout", "dip"), read.labels("enter_tag"));
        assertNull(read.labels("enter_long"));
    }

    @Test
    void shouldWriteTagsToCsvAsTextAndEmptyFields() throws IOException
    {
        final PairFrame frame = taggedFrame();
        final Map<String, double[]> values = new LinkedHashMap<>();
        frame.columns().forEach((name, column) -> values.put(name, column.toArray()));
        // csv splits on every comma, so a tag with a comma cannot round-trip; use one without
        final PairFrame noComma = PairFrame.ofArrays("ETH/BTC", "5m", frame.date().toArray(), values, Map.of(
            "enter_tag", List.of("breakout", "dip", "dip"), "exit_tag", List.of("take", "stop")));
        final Path file = dir.resolve("ETH_BTC-5m.csv");
        CandleFiles.write(file, DataFormat.CSV, noComma);
        assertTrue(Files.readAllLines(file).get(2).endsWith(",,take"), Files.readAllLines(file).get(2));
        assertTags(CandleFiles.read(file, DataFormat.CSV, "ETH/BTC", "5m"), false);
    }

    @Test
    void shouldStillRefuseTextInANumericColumn() throws IOException
    {
        final Path file = dir.resolve("ETH_BTC-5m.csv");
        Files.writeString(file, "date,open,high,low,close,volume,enter_long\n" +
            "2024-01-01 00:00:00+00:00,1,2,0.5,1.5,10,yes\n", StandardCharsets.UTF_8);
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> CandleFiles.read(file, DataFormat.CSV, "ETH/BTC", "5m"));
        assertTrue(ex.getMessage().startsWith(file.toString()), ex.getMessage());
    }

    @Test
    void shouldKeepTagsThroughCleaning()
    {
        final PairFrame frame = taggedFrame();
        final CandleBuffer buffer = CandleBuffer.of(frame);
        final PairFrame cleaned = CandleCleaner.clean(buffer, "5m").toFrame("ETH/BTC", "5m");
        assertTags(cleaned, true);
    }
}
