package io.hyperjet.coordinator.hyperopt;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.UserInputException;
import io.hyperjet.shm.run.RunFiles;
import io.hyperjet.worker.report.FthyptLine;

/**
 * Where a hyperopt run keeps what outlives it, under {@code <user_data>/hyperopt_results/}: the .fthypt file
 * Freqtrade's tools read, and beside it {@code journal/<run name>/} with the results journal (a Chronicle Queue)
 * and {@code run.json} (the settings a resume must reuse). The run name is the .fthypt file's base name. The
 * journal directories are private to the user (0700, files 0600); the .fthypt file follows the user's umask.
 */
public final class RunFolder
{
    static final String JOURNAL_DIR = "journal";
    static final String RUN_FILE = "run.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    private final Path resultsDir;
    private final String runName;

    private RunFolder(final Path resultsDir, final String runName)
    {
        this.resultsDir = resultsDir;
        this.runName = runName;
    }

    /**
     * A new run, named after the strategy and the local time (as Freqtrade names .fthypt files). A run started in
     * the same second as another gets {@code -1}, {@code -2}, ... after the time; the journal directory is created
     * atomically, so two processes starting together cannot take the same name.
     *
     * @param resultsDir the hyperopt_results directory.
     * @param strategy   strategy class name.
     * @param settings   the run settings to store for resume.
     * @return the folder, created.
     */
    public static RunFolder create(final Path resultsDir, final String strategy, final ObjectNode settings)
    {
        final String base = FthyptLine.fileName(strategy, LocalDateTime.now().format(RUN_TIME)).replace(".fthypt", "");
        final RunFolder folder;
        try
        {
            final Path journals = resultsDir.resolve(JOURNAL_DIR);
            Files.createDirectories(journals);
            Files.setPosixFilePermissions(journals, RunFiles.OWNER_ONLY_DIRECTORY);
            folder = claimName(resultsDir, base);
            Files.setPosixFilePermissions(folder.journalDir().toPath(), RunFiles.OWNER_ONLY_DIRECTORY);
            Files.createFile(folder.runFile(), PosixFilePermissions.asFileAttribute(RunFiles.OWNER_ONLY_FILE));
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(folder.runFile().toFile(), settings);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot create hyperopt run folder " + base + " in " +
                resultsDir.resolve(JOURNAL_DIR), ex);
        }
        return folder;
    }

    private static RunFolder claimName(final Path resultsDir, final String base) throws IOException
    {
        for (int suffix = 0; ; suffix++)
        {
            final String name = 0 == suffix ? base : base + "-" + suffix;
            if (Files.exists(resultsDir.resolve(name + ".fthypt")))
            {
                continue;
            }
            try
            {
                Files.createDirectory(resultsDir.resolve(JOURNAL_DIR).resolve(name));
                return new RunFolder(resultsDir, name);
            }
            catch (final FileAlreadyExistsException ex)
            {
                // taken by an earlier run, or by another process this very moment: try the next suffix
            }
        }
    }

    /**
     * An existing run for {@code --resume}: the one named, or the latest.
     *
     * @param resultsDir the hyperopt_results directory.
     * @param name       a run name (the .fthypt base name), or null/empty for the latest.
     * @return the folder.
     */
    public static RunFolder existing(final Path resultsDir, final String name)
    {
        final Path journals = resultsDir.resolve(JOURNAL_DIR);
        if (null != name && !name.isEmpty())
        {
            final String base = name.endsWith(".fthypt") ? name.substring(0, name.length() - 7) : name;
            final RunFolder folder = new RunFolder(resultsDir, Path.of(base).getFileName().toString());
            if (!Files.isRegularFile(folder.runFile()))
            {
                throw new UserInputException(folder.runFile() + ": no hyperopt run named " + base + " to resume");
            }
            return folder;
        }
        final List<Path> runs = new ArrayList<>();
        if (Files.isDirectory(journals))
        {
            try (Stream<Path> list = Files.list(journals))
            {
                list.filter(p -> Files.isRegularFile(p.resolve(RUN_FILE))).forEach(runs::add);
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException("cannot list " + journals, ex);
            }
        }
        if (runs.isEmpty())
        {
            throw new UserInputException(journals + ": no hyperopt run to resume");
        }
        runs.sort(Comparator.comparing(RunFolder::modified));
        return new RunFolder(resultsDir, runs.get(runs.size() - 1).getFileName().toString());
    }

    private static long modified(final Path dir)
    {
        try
        {
            return Files.getLastModifiedTime(dir.resolve(RUN_FILE)).toMillis();
        }
        catch (final IOException ex)
        {
            return 0;
        }
    }

    /**
     * The stored run settings.
     *
     * @return the settings object.
     */
    public ObjectNode settings()
    {
        try
        {
            final JsonNode node = MAPPER.readTree(runFile().toFile());
            if (!node.isObject())
            {
                throw new UserInputException(runFile() + ": not a JSON object");
            }
            return (ObjectNode)node;
        }
        catch (final IOException ex)
        {
            throw new UserInputException(runFile() + ": unreadable run settings: " + ex.getMessage(), ex);
        }
    }

    /**
     * Removes a run that never ran an epoch: its journal directory and its .fthypt file, if any.
     */
    public void delete()
    {
        try
        {
            Files.deleteIfExists(fthypt());
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot remove the run " + runName + " in " + resultsDir, ex);
        }
        RunFiles.deleteRecursively(journalDir().toPath());
    }

    /**
     * Makes every file in the journal directory owner-only (0600). The directory itself is 0700 from creation, so
     * files the queue adds later (a new roll cycle) are private too; this also covers journals of older versions.
     */
    public void restrictJournalFiles()
    {
        try (Stream<Path> files = Files.list(journalDir().toPath()))
        {
            Files.setPosixFilePermissions(journalDir().toPath(), RunFiles.OWNER_ONLY_DIRECTORY);
            for (final Path file : (Iterable<Path>)files::iterator)
            {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                {
                    Files.setPosixFilePermissions(file, RunFiles.OWNER_ONLY_FILE);
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot restrict the permissions of " + journalDir(), ex);
        }
    }

    public String runName()
    {
        return runName;
    }

    public Path resultsDir()
    {
        return resultsDir;
    }

    public Path fthypt()
    {
        return resultsDir.resolve(runName + ".fthypt");
    }

    public File journalDir()
    {
        return resultsDir.resolve(JOURNAL_DIR).resolve(runName).toFile();
    }

    private Path runFile()
    {
        return resultsDir.resolve(JOURNAL_DIR).resolve(runName).resolve(RUN_FILE);
    }
}
