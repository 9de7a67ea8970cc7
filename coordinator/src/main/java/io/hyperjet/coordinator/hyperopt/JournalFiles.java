package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.hyperjet.shm.channel.CompactedJournal;
import io.hyperjet.shm.channel.EpochResult;

/**
 * The files of a run's journal directory beside {@code run.json}: the Chronicle Queue ({@code *.cq4},
 * {@code *.cq4t}) that workers append to while the run goes on, and the {@link CompactedJournal} a finished run
 * keeps instead of it.
 */
final class JournalFiles
{
    private JournalFiles()
    {
    }

    /**
     * The compacted epochs of a run that finished before (none otherwise).
     *
     * @param journalDir the run's journal directory.
     * @return the epochs.
     */
    static List<EpochResult> compacted(final Path journalDir)
    {
        return CompactedJournal.read(journalDir.resolve(CompactedJournal.FILE_NAME));
    }

    /**
     * Writes the compacted journal of the committed epochs, then removes the queue files. Call with the queue
     * closed.
     *
     * @param journalDir the run's journal directory.
     * @param epochs     every committed epoch, in order.
     */
    static void compact(final Path journalDir, final List<EpochResult> epochs)
    {
        CompactedJournal.write(journalDir.resolve(CompactedJournal.FILE_NAME), epochs);
        for (final Path file : queueFiles(journalDir))
        {
            try
            {
                Files.deleteIfExists(file);
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException("cannot remove " + file, ex);
            }
        }
    }

    static List<Path> queueFiles(final Path journalDir)
    {
        final List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(journalDir))
        {
            list.filter(p ->
            {
                final String name = p.getFileName().toString();
                return name.endsWith(".cq4") || name.endsWith(".cq4t");
            }).forEach(files::add);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot list " + journalDir, ex);
        }
        return files;
    }
}
