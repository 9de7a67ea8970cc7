package io.hyperjet.shm.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.hyperjet.common.UserInputException;
import io.hyperjet.shm.metadata.MetadataFile;

/**
 * Finds the runs under a shared-memory root and removes those whose coordinator is dead.
 * <p>
 * A run's owner comes from its metadata ({@code coordinator.pid}, {@code coordinator.start_ms}), read leniently so
 * runs of other format versions are still recognised; when the metadata is unreadable (a coordinator killed while
 * creating the run) the pid in the run id is used, without a start time. A run is removed only when its
 * coordinator is proven dead; directories whose names are not run ids are never touched.
 */
public final class RunCleaner
{
    /**
     * Run ids: {@code run-<coordinator pid>-<creation epoch ms>}.
     */
    public static final Pattern RUN_ID_PATTERN = Pattern.compile("run-(\\d+)-(\\d+)");

    private RunCleaner()
    {
    }

    /**
     * Every run under a root with its status, in name order.
     *
     * @param root the shared-memory root; a missing root has no runs.
     * @return the runs.
     */
    public static List<RunEntry> list(final Path root)
    {
        final List<RunEntry> runs = new ArrayList<>();
        if (!Files.isDirectory(root))
        {
            return runs;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root))
        {
            for (final Path child : children)
            {
                final RunEntry entry = describe(child);
                if (null != entry)
                {
                    runs.add(entry);
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot list shared-memory root " + root, ex);
        }
        runs.sort((a, b) -> a.runId().compareTo(b.runId()));
        return runs;
    }

    /**
     * Describes one run directory.
     *
     * @param directory a directory under a shared-memory root.
     * @return the run, or null when the name is not a run id.
     */
    public static RunEntry describe(final Path directory)
    {
        final String runId = directory.getFileName().toString();
        final Matcher matcher = RUN_ID_PATTERN.matcher(runId);
        if (!Files.isDirectory(directory) || !matcher.matches())
        {
            return null;
        }
        final ProcessIdentity owner = owner(directory, Long.parseLong(matcher.group(1)));
        final String deathReason = owner.deathReason();
        final RunStatus status = null == deathReason ? RunStatus.LIVE : RunStatus.STALE;
        final String reason = null == deathReason ? "coordinator alive" : "coordinator " + deathReason;
        return new RunEntry(runId, directory, owner, status, reason, RunFiles.sizeOf(directory));
    }

    /**
     * Removes every stale run under a root, logging one line per run removed.
     *
     * @param root the shared-memory root.
     * @param log  receives one line per removed run.
     * @return the runs removed.
     */
    public static List<RunEntry> removeStale(final Path root, final Consumer<String> log)
    {
        final List<RunEntry> removed = new ArrayList<>();
        for (final RunEntry run : list(root))
        {
            if (RunStatus.STALE == run.status())
            {
                log.accept("removing stale run " + run.directory() + " (" + run.reason() + ", " + run.bytes() +
                    " bytes)");
                if (removeIfStale(run))
                {
                    removed.add(run);
                }
            }
        }
        return removed;
    }

    /**
     * Deletes a run's directory if its coordinator is still dead, checked again just before deleting.
     *
     * @param run a run from {@link #list}.
     * @return true when the directory was removed, false when the run is live or already gone.
     */
    public static boolean removeIfStale(final RunEntry run)
    {
        final RunEntry now = describe(run.directory());
        if (null == now || RunStatus.STALE != now.status())
        {
            return false;
        }
        RunFiles.deleteRecursively(run.directory());
        return true;
    }

    private static ProcessIdentity owner(final Path directory, final long pidFromName)
    {
        final Path metadata = directory.resolve(MetadataFile.FILE_NAME);
        try
        {
            if (Files.exists(metadata))
            {
                final JsonNode coordinator = MetadataFile.readTree(metadata).path("coordinator");
                if (coordinator.path("pid").isIntegralNumber())
                {
                    return new ProcessIdentity(coordinator.path("pid").asLong(), coordinator.path("start_ms").asLong(0));
                }
            }
        }
        catch (final UserInputException | UncheckedIOException ex)
        {
            // unreadable metadata (killed while creating the run): the pid in the run id is all there is
        }
        return new ProcessIdentity(pidFromName, 0);
    }
}
