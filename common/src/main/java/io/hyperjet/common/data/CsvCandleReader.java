package io.hyperjet.common.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.hyperjet.common.UserInputException;

/**
 * Reads csv candles: a header row naming {@code date, open, high, low, close, volume} (any order), then one candle
 * per line. {@code date} is ISO-8601 with a zone ({@code 2024-01-01 00:00:00+00:00}, {@code 2024-01-01T00:00:00Z};
 * a date without zone counts as UTC) or epoch ms. Every other column is kept as an extra numeric column (e.g.
 * precomputed {@code enter_long}); empty cells read as NaN, {@code True}/{@code False} as 1/0. The tag columns
 * {@code enter_tag}, {@code exit_tag} (and legacy {@code buy_tag}) are text: an empty cell is no tag. Fields are
 * split on every comma (no quoting), so a tag cannot contain one.
 */
public final class CsvCandleReader
{
    private CsvCandleReader()
    {
    }

    /**
     * Reads every row of a csv file.
     *
     * @param file the file.
     * @return the rows, unchecked and uncleaned.
     * @throws UserInputException when the file is not a valid csv candle file.
     */
    public static CandleBuffer read(final Path file)
    {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8))
        {
            final String header = reader.readLine();
            if (null == header || header.isBlank())
            {
                throw new UserInputException(file + ": file holds no candles (no header row)");
            }
            final List<String> fileColumns = new ArrayList<>(Arrays.asList(header.trim().split(",", -1)));
            for (int i = 0; i < fileColumns.size(); i++)
            {
                fileColumns.set(i, fileColumns.get(i).trim());
            }
            final int dateIndex = ColumnNames.indexOf(fileColumns, file);
            final List<String> names = ColumnNames.valueColumns(
                fileColumns, (i) -> !fileColumns.get(i).isEmpty(), (i) -> true, file);
            final int[] sourceIndex = new int[names.size()];
            for (int c = 0; c < names.size(); c++)
            {
                sourceIndex[c] = fileColumns.indexOf(names.get(c));
            }
            final CandleBuffer buffer = new CandleBuffer(names, 1024);
            for (int c = 0; c < names.size(); c++)
            {
                if (ColumnNames.TAGS.contains(names.get(c)))
                {
                    buffer.markText(c);
                }
            }
            String line;
            int lineNo = 1;
            while (null != (line = reader.readLine()))
            {
                lineNo++;
                if (line.isBlank())
                {
                    continue;
                }
                final String[] cells = line.split(",", -1);
                if (cells.length != fileColumns.size())
                {
                    throw new UserInputException(file + ": line " + lineNo + " has " + cells.length +
                        " fields, the header has " + fileColumns.size());
                }
                final int row = buffer.addRow(parseDate(cells[dateIndex].trim(), file, lineNo));
                for (int c = 0; c < sourceIndex.length; c++)
                {
                    if (buffer.isText(c))
                    {
                        buffer.setText(c, row, cells[sourceIndex[c]].trim());
                    }
                    else
                    {
                        buffer.set(c, row, parseNumber(cells[sourceIndex[c]].trim(), file, lineNo));
                    }
                }
            }
            return buffer;
        }
        catch (final NoSuchFileException ex)
        {
            throw new UserInputException(file + ": file not found");
        }
        catch (final IOException ex)
        {
            throw new UserInputException(file + ": cannot read: " + FeatherCandleReader.oneLine(ex), ex);
        }
    }

    static long parseDate(final String text, final Path file, final int lineNo)
    {
        if (!text.isEmpty() && allDigits(text))
        {
            return Long.parseLong(text);
        }
        final String iso = text.replace(' ', 'T');
        try
        {
            return OffsetDateTime.parse(iso).toInstant().toEpochMilli();
        }
        catch (final DateTimeParseException ex)
        {
            try
            {
                return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            catch (final DateTimeParseException ex2)
            {
                throw new UserInputException(file + ": line " + lineNo + ": date '" + text +
                    "' is neither ISO-8601 nor epoch ms");
            }
        }
    }

    private static double parseNumber(final String text, final Path file, final int lineNo)
    {
        if (text.isEmpty() || "nan".equalsIgnoreCase(text))
        {
            return Double.NaN;
        }
        if ("true".equalsIgnoreCase(text))
        {
            return 1.0;
        }
        if ("false".equalsIgnoreCase(text))
        {
            return 0.0;
        }
        try
        {
            return Double.parseDouble(text);
        }
        catch (final NumberFormatException ex)
        {
            throw new UserInputException(file + ": line " + lineNo + ": '" + text + "' is not a number");
        }
    }

    private static boolean allDigits(final String text)
    {
        for (int i = text.charAt(0) == '-' ? 1 : 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            if (c < '0' || c > '9')
            {
                return false;
            }
        }
        return true;
    }
}
