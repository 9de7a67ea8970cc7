package io.hyperjet.common.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.hyperjet.common.UserInputException;

/**
 * Reads Freqtrade's json candle files, plain or gzipped: one array of rows {@code [epoch_ms, open, high, low, close,
 * volume]}. Streams through Jackson's token parser, so no tree of the file is built. A {@code null} value reads as
 * NaN (and then fails the price checks). Numbers are read the way Freqtrade's pandas reader reads them, not
 * correctly rounded ({@link PandasJsonNumber}), so the candles are the ones Freqtrade backtests on.
 */
public final class JsonCandleReader
{
    private static final JsonFactory FACTORY = JsonFactory.builder()
        .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final int BUFFER_BYTES = 1 << 16;

    private JsonCandleReader()
    {
    }

    /**
     * Reads every row of a json or json.gz file.
     *
     * @param file    the file.
     * @param gzipped whether the file is gzip-compressed.
     * @return the rows, unchecked and uncleaned.
     * @throws UserInputException when the file is not a valid json candle file.
     */
    public static CandleBuffer read(final Path file, final boolean gzipped)
    {
        try (InputStream raw = Files.newInputStream(file);
            InputStream in = gzipped ?
                new GZIPInputStream(raw, BUFFER_BYTES) : new BufferedInputStream(raw, BUFFER_BYTES);
            JsonParser parser = FACTORY.createParser(in))
        {
            final CandleBuffer buffer = CandleBuffer.ohlcv();
            if (parser.nextToken() != JsonToken.START_ARRAY)
            {
                throw new UserInputException(file + ": expected a json array of [ms, open, high, low, close, volume]");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_ARRAY)
            {
                readRow(parser, buffer, file);
            }
            if (token != JsonToken.END_ARRAY)
            {
                throw new UserInputException(file + ": row " + buffer.rows() + " is not an array");
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
        catch (final com.fasterxml.jackson.core.JsonProcessingException ex)
        {
            // Jackson's own message ends with a "(Source: REDACTED ...)" location; give the line and column instead
            final com.fasterxml.jackson.core.JsonLocation at = ex.getLocation();
            throw new UserInputException(file + ": not a readable json candle file: " +
                FeatherCandleReader.oneLine(new IOException(ex.getOriginalMessage())).replaceAll(
                " \\(start marker at \\[.*$", "") +
                (null == at ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), ex);
        }
        catch (final IOException | RuntimeException ex)
        {
            throw new UserInputException(file + ": not a readable json candle file: " +
                FeatherCandleReader.oneLine(ex), ex);
        }
    }

    private static void readRow(final JsonParser parser, final CandleBuffer buffer, final Path file)
        throws IOException
    {
        final int rowIndex = buffer.rows();
        JsonToken token = parser.nextToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT)
        {
            throw new UserInputException(file + ": row " + rowIndex + " has no epoch-ms date");
        }
        final int row = buffer.addRow(parser.getValueAsLong());
        int column = 0;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY)
        {
            if (null == token)
            {
                throw new UserInputException(file + ": file ends inside row " + rowIndex);
            }
            requireNumber(token, parser, file, rowIndex, column);
            if (column < 5)
            {
                buffer.set(column, row, token == JsonToken.VALUE_NULL ? Double.NaN : value(parser));
            }
            column++;
        }
        if (column < 5)
        {
            throw new UserInputException(file + ": row " + rowIndex + " has " + (column + 1) +
                " values, expected 6 (ms, open, high, low, close, volume)");
        }
    }

    /** A number as Freqtrade's reader (pandas) sees it, from the parser's buffer; Jackson's value for NaN etc. */
    private static double value(final JsonParser parser) throws IOException
    {
        final double v = PandasJsonNumber.parse(parser.getTextCharacters(), parser.getTextOffset(),
            parser.getTextLength());
        return Double.isNaN(v) ? parser.getValueAsDouble() : v;
    }

    /**
     * Refuses a string, boolean or nested value among the five OHLCV values: Jackson would read a string as 0 (or
     * parse it), hiding a broken file behind a price check or accepting it. The quoted {@code "NaN"} and
     * {@code "Infinity"} Jackson's generator writes for non-finite doubles pass, to fail the price checks instead.
     */
    private static void requireNumber(
        final JsonToken token, final JsonParser parser, final Path file, final int rowIndex, final int column)
        throws IOException
    {
        if (column < 5 && token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT &&
            token != JsonToken.VALUE_NULL && !(token == JsonToken.VALUE_STRING && isNonFinite(parser.getText())))
        {
            throw new UserInputException(file + ": row " + rowIndex + ": " + ColumnNames.OHLCV.get(column) + " " +
                parser.getText() + " is not a number");
        }
    }

    private static boolean isNonFinite(final String text)
    {
        return "NaN".equals(text) || "Infinity".equals(text) || "-Infinity".equals(text);
    }
}
