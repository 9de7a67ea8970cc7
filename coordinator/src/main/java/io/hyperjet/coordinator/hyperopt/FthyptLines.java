package io.hyperjet.coordinator.hyperopt;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole lines of an existing .fthypt file, for {@code --resume}: each line's epoch, best flag and byte range,
 * up to the first line that is not whole (cut short, NUL bytes, no line break, out of order), which ends the scan.
 * Lines are checked by their frame (Hyperjet writes {@code current_epoch} and {@code is_best} after the metrics and
 * ends every line with {@code "fthypt_fileversion":2}}), not parsed, so a resume of a run with every trade stored
 * reads its file once, fast.
 */
public final class FthyptLines
{
    private static final byte[] END = ("\"fthypt_fileversion\":2}").getBytes(StandardCharsets.US_ASCII);
    private static final String EPOCH_KEY = "\"current_epoch\":";
    private static final String BEST_TRUE = "\"is_best\":true";
    private static final int TAIL_BYTES = 1024;

    private final Path file;
    private final List<Line> lines;

    private FthyptLines(final Path file, final List<Line> lines)
    {
        this.file = file;
        this.lines = lines;
    }

    /**
     * One whole line.
     *
     * @param epoch  its {@code current_epoch}.
     * @param isBest its {@code is_best}.
     * @param start  offset of its first byte.
     * @param end    offset after its line break.
     */
    public record Line(long epoch, boolean isBest, long start, long end)
    {
    }

    /**
     * Scans a file; a missing file has no lines.
     *
     * @param file the .fthypt file.
     * @return the whole lines from its start.
     */
    public static FthyptLines scan(final Path file)
    {
        final List<Line> lines = new ArrayList<>();
        if (!Files.isRegularFile(file))
        {
            return new FthyptLines(file, lines);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 20))
        {
            final ByteArrayOutputStream tail = new ByteArrayOutputStream();
            final byte[] ring = new byte[TAIL_BYTES];
            long offset = 0;
            long start = 0;
            long lineLength = 0;
            long lastEpoch = 0;
            int b;
            while ((b = in.read()) >= 0)
            {
                offset++;
                if (b == 0)
                {
                    break;
                }
                if (b != '\n')
                {
                    ring[(int)(lineLength % TAIL_BYTES)] = (byte)b;
                    lineLength++;
                    continue;
                }
                tail.reset();
                final int n = (int)Math.min(lineLength, TAIL_BYTES);
                for (long i = lineLength - n; i < lineLength; i++)
                {
                    tail.write(ring[(int)(i % TAIL_BYTES)]);
                }
                final Line line = line(tail.toByteArray(), start, offset);
                if (null == line || line.epoch() <= lastEpoch)
                {
                    break;
                }
                lines.add(line);
                lastEpoch = line.epoch();
                start = offset;
                lineLength = 0;
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
        return new FthyptLines(file, lines);
    }

    private static Line line(final byte[] tail, final long start, final long end)
    {
        if (tail.length < END.length)
        {
            return null;
        }
        for (int i = 0; i < END.length; i++)
        {
            if (tail[tail.length - END.length + i] != END[i])
            {
                return null;
            }
        }
        final String text = new String(tail, StandardCharsets.UTF_8);
        final int at = text.lastIndexOf(EPOCH_KEY);
        if (at < 0)
        {
            return null;
        }
        int to = at + EPOCH_KEY.length();
        while (to < text.length() && Character.isDigit(text.charAt(to)))
        {
            to++;
        }
        try
        {
            return new Line(Long.parseLong(text.substring(at + EPOCH_KEY.length(), to)), text.contains(BEST_TRUE),
                start, end);
        }
        catch (final NumberFormatException ex)
        {
            return null;
        }
    }

    public List<Line> lines()
    {
        return lines;
    }

    /**
     * The text of one line, without its line break.
     *
     * @param line a line of this file.
     * @return the text.
     */
    public String text(final Line line)
    {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r"))
        {
            final byte[] bytes = new byte[(int)(line.end() - line.start() - 1)];
            raf.seek(line.start());
            raf.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
    }
}
