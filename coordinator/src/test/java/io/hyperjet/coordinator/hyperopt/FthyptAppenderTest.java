package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A .fthypt file never holds a partial line: a write that fails half way (a full disk) is cut back, and a resume
 * keeps exactly the whole lines in order.
 */
class FthyptAppenderTest
{
    @TempDir
    Path dir;

    private static String line(final int epoch, final boolean best)
    {
        return "{\"loss\":1.5,\"results_metrics\":{\"total_trades\":3},\"results_explanation\":\"x\"," +
            "\"current_epoch\":" + epoch + ",\"is_initial_point\":true,\"is_random\":false,\"is_best\":" + best +
            ",\"fthypt_fileversion\":2}";
    }

    @Test
    void shouldCutAFailedWriteBackToTheLastWholeLine() throws IOException
    {
        final Path file = dir.resolve("run.fthypt");
        final long[] budget = {0};
        try (FthyptAppender appender = FthyptAppender.open(file, 0, (channel, bytes) ->
        {
            if (budget[0] <= 0)
            {
                throw new IOException("No space left on device");
            }
            final int n = (int)Math.min(bytes.remaining(), budget[0]);
            final int limit = bytes.limit();
            bytes.limit(bytes.position() + n);
            final int written = channel.write(bytes);
            bytes.limit(limit);
            budget[0] -= written;
            return written;
        }))
        {
            budget[0] = 10_000;
            appender.append(line(1, true));
            appender.append(line(2, false));
            budget[0] = 40;
            final ResultsDiskFullException ex = assertThrows(ResultsDiskFullException.class,
                () -> appender.append(line(3, true)));
            assertTrue(ex.getMessage().startsWith(file + ": cannot append epoch results (No space left on device)"),
                ex.getMessage());
        }
        assertEquals(List.of(line(1, true), line(2, false)), Files.readAllLines(file, StandardCharsets.UTF_8));
        final FthyptLines lines = FthyptLines.scan(file);
        assertEquals(2, lines.lines().size());
        assertEquals(Files.size(file), lines.lines().get(1).end());
        assertTrue(lines.lines().get(0).isBest());
        assertEquals(line(2, false), lines.text(lines.lines().get(1)));
    }

    @Test
    void shouldStopTheScanAtACutLineOrNulBytesAndCutThemOffOnOpen() throws IOException
    {
        final Path file = dir.resolve("run.fthypt");
        final String whole = line(1, true) + "\n" + line(2, false) + "\n";
        Files.writeString(file, whole + line(3, false).substring(0, 50) + "\0\0\0\n" + line(4, false) + "\n");
        final FthyptLines lines = FthyptLines.scan(file);
        assertEquals(2, lines.lines().size());
        try (FthyptAppender appender = FthyptAppender.open(file, lines.lines().get(1).end()))
        {
            appender.append(line(3, false));
        }
        assertEquals(whole + line(3, false) + "\n", Files.readString(file));

        Files.writeString(file, line(2, false) + "\n" + line(1, false) + "\n");
        assertEquals(1, FthyptLines.scan(file).lines().size(), "epochs out of order end the scan");
    }
}
