package io.hyperjet.shm.channel;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Records that were committed with holes (what a full disk left in a run's journal: a resume then stopped on
 * "malformed extras") are skipped by the reader, and an append that fails half-way commits nothing.
 */
class ResultJournalTornRecordTest
{
    @TempDir
    Path dir;

    private static EpochResult result(final long epoch)
    {
        return new EpochResult(epoch, 2, false, -0.5 * epoch, 1000, new double[] {epoch, 0.25},
            "{\"p\":" + epoch + "}", new EpochFigures(3, 3, 0, 1, 1, 1, 0.01, 0.0, 0.02, 20.0, 95, true, 5.0, 0.005),
            null, "{\"marker\":\"record-" + epoch + "-" + "x".repeat(200) + "\"}");
    }

    private static List<Long> epochs(final File journalDir, final long[] skipped)
    {
        final List<Long> epochs = new ArrayList<>();
        try (ResultJournal journal = ResultJournal.open(journalDir); ResultJournal.Reader reader = journal.reader())
        {
            while (reader.poll(r ->
            {
                assertEquals(result(r.epoch()).extrasJson(), r.extrasJson());
                assertEquals(result(r.epoch()).figures(), r.figures());
                epochs.add(r.epoch());
            }, 10) > 0)
            {
                continue;
            }
            skipped[0] = reader.skipped();
        }
        return epochs;
    }

    @Test
    void shouldSkipARecordWhoseBytesReadAsZeros() throws IOException
    {
        final File journalDir = dir.resolve("journal").toFile();
        try (ResultJournal journal = ResultJournal.open(journalDir); ResultJournal.Appender appender = journal.appender())
        {
            for (long epoch = 1; epoch <= 3; epoch++)
            {
                appender.append(result(epoch));
            }
        }
        zero(journalDir.toPath(), "record-2-");

        final long[] skipped = new long[1];
        assertEquals(List.of(1L, 3L), epochs(journalDir, skipped));
        assertEquals(1, skipped[0]);
    }

    @Test
    void shouldCommitNothingOfAnAppendThatFails()
    {
        final File journalDir = dir.resolve("journal").toFile();
        try (ResultJournal journal = ResultJournal.open(journalDir); ResultJournal.Appender appender = journal.appender())
        {
            appender.append(result(1));
            // no point: the append throws after the epoch, worker and loss are written
            final EpochResult broken = new EpochResult(2, 2, false, -1, 1000, null, "{}", EpochFigures.NONE, null,
                "{}");
            assertThrows(NullPointerException.class, () -> appender.append(broken));
            appender.append(result(3));
        }
        final long[] skipped = new long[1];
        assertEquals(List.of(1L, 3L), epochs(journalDir, skipped));
        assertEquals(0, skipped[0], "the failed append left a record behind");
    }

    /* Zeros 16 bytes of the record holding the marker, in whichever queue file holds it. */
    private static void zero(final Path journalDir, final String marker) throws IOException
    {
        final byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
        try (Stream<Path> files = Files.list(journalDir))
        {
            for (final Path file : files.filter(f -> f.toString().endsWith(".cq4")).toList())
            {
                final byte[] bytes = Files.readAllBytes(file);
                final int at = indexOf(bytes, needle);
                if (at >= 0)
                {
                    for (int i = at; i < at + 16; i++)
                    {
                        bytes[i] = 0;
                    }
                    Files.write(file, bytes);
                    return;
                }
            }
        }
        throw new AssertionError("no queue file holds " + marker);
    }

    private static int indexOf(final byte[] haystack, final byte[] needle)
    {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++)
        {
            for (int j = 0; j < needle.length; j++)
            {
                if (haystack[i + j] != needle[j])
                {
                    continue outer;
                }
            }
            return i;
        }
        assertTrue(needle.length > 0);
        return -1;
    }
}
