package io.hyperjet.common.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;

/**
 * Writes csv candles with a header row: {@code date} as pandas prints a UTC timestamp
 * ({@code 2024-01-01 00:00:00+00:00}), then OHLCV and any extra columns; a text column's cell is its text, empty
 * for no text.
 */
public final class CsvCandleWriter
{
    private static final DateTimeFormatter DATE_FORMAT =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx").withZone(ZoneOffset.UTC);

    private CsvCandleWriter()
    {
    }

    /**
     * Writes a frame.
     *
     * @param file  the target file (replaced).
     * @param frame the candles.
     */
    public static void write(final Path file, final PairFrame frame)
    {
        final List<String> names = new ArrayList<>(frame.columns().keySet());
        final List<DoubleColumn> columns = new ArrayList<>(frame.columns().values());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8))
        {
            out.write(PairFrame.DATE);
            for (final String name : names)
            {
                out.write(',');
                out.write(name);
            }
            out.write('\n');
            final int rows = frame.rows();
            for (int r = 0; r < rows; r++)
            {
                out.write(DATE_FORMAT.format(Instant.ofEpochMilli(frame.date().get(r))));
                for (int c = 0; c < columns.size(); c++)
                {
                    out.write(',');
                    if (null == frame.labels(names.get(c)))
                    {
                        out.write(Double.toString(columns.get(c).get(r)));
                    }
                    else
                    {
                        final String text = frame.text(names.get(c), r);
                        out.write(null == text ? "" : text);
                    }
                }
                out.write('\n');
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(file + ": cannot write csv: " + ex.getMessage(), ex);
        }
    }
}
