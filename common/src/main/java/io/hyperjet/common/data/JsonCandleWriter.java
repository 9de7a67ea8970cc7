package io.hyperjet.common.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.hyperjet.common.frame.PairFrame;

/**
 * Writes Freqtrade's json candle layout, plain or gzipped: {@code [[ms, open, high, low, close, volume], ...]}.
 * Extra columns are not written (the format has no place for them).
 */
public final class JsonCandleWriter
{
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int BUFFER_BYTES = 1 << 16;

    private JsonCandleWriter()
    {
    }

    /**
     * Writes a frame.
     *
     * @param file    the target file (replaced).
     * @param frame   the candles.
     * @param gzipped whether to gzip the output ({@code .json.gz}).
     */
    public static void write(final Path file, final PairFrame frame, final boolean gzipped)
    {
        try (OutputStream raw = Files.newOutputStream(file);
            OutputStream out = gzipped ? new GZIPOutputStream(raw, BUFFER_BYTES) :
                new BufferedOutputStream(raw, BUFFER_BYTES);
            JsonGenerator gen = FACTORY.createGenerator(out))
        {
            final int rows = frame.rows();
            gen.writeStartArray();
            for (int r = 0; r < rows; r++)
            {
                gen.writeStartArray();
                gen.writeNumber(frame.date().get(r));
                gen.writeNumber(frame.open().get(r));
                gen.writeNumber(frame.high().get(r));
                gen.writeNumber(frame.low().get(r));
                gen.writeNumber(frame.close().get(r));
                gen.writeNumber(frame.volume().get(r));
                gen.writeEndArray();
            }
            gen.writeEndArray();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(file + ": cannot write json: " + ex.getMessage(), ex);
        }
    }
}
