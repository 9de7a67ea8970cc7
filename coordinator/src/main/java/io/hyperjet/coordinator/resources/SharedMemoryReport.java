package io.hyperjet.coordinator.resources;

import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.shm.run.FreeSpace;

/**
 * The part of {@code hyperjet resources} about shared memory: the configured directory, what the run will need
 * there (the measured data, plus a task ring and log per planned worker and the run spec), what statvfs says is free,
 * and what the run will do when it does not fit. The same numbers the hyperopt checks before writing.
 *
 * @param directory    {@code shared_memory_dir} or its default.
 * @param configured   whether the config set {@code shared_memory_dir}.
 * @param fallback     {@code shared_memory_fallback_dir}, or null.
 * @param used         {@code use_shared_memory}.
 * @param data         the measured data.
 * @param workers      the workers a hyperopt reserves a task ring and log for.
 * @param freeBytes    free space of {@code directory}, -1 when unknown.
 * @param fallbackFree free space of {@code fallback}, -1 when unknown or unset.
 */
public record SharedMemoryReport(
    Path directory, boolean configured, Path fallback, boolean used, DataMeasurement data, int workers,
    long freeBytes, long fallbackFree)
{
    /**
     * Builds the report; the fallback's free space is read through {@code freeSpace}.
     *
     * @param profile    the machine, read for {@code directory}.
     * @param configured whether the config set {@code shared_memory_dir}.
     * @param fallback   {@code shared_memory_fallback_dir}, or null.
     * @param used       {@code use_shared_memory}.
     * @param data       the measured data.
     * @param workers    the workers a hyperopt reserves a task ring and log for.
     * @param freeSpace  statvfs, or a test's stand-in.
     * @return the report.
     */
    public static SharedMemoryReport of(
        final MachineProfile profile, final boolean configured, final Path fallback, final boolean used,
        final DataMeasurement data, final int workers, final FreeSpace freeSpace)
    {
        return new SharedMemoryReport(profile.sharedMemoryRoot(), configured, fallback, used, data, workers,
            profile.sharedMemoryFreeBytes(), null == fallback ? -1 : freeSpace.bytes(fallback));
    }

    /**
     * @return the bytes the run needs in {@code directory}, -1 when the data was not measured.
     */
    public long neededBytes()
    {
        return data.known() ? data.size().totalBytes(workers) : -1;
    }

    /**
     * @return whether the run fits (true when either number is unknown: the run then finds out while writing).
     */
    public boolean fits()
    {
        return neededBytes() < 0 || freeBytes < 0 || neededBytes() <= freeBytes;
    }

    /**
     * Appends the section as text.
     *
     * @param out where.
     */
    public void text(final StringBuilder out)
    {
        out.append("Shared memory\n");
        line(out, "directory", directory + (configured ? " (shared_memory_dir)" : " (default)"));
        if (!used)
        {
            line(out, "used", "no (use_shared_memory false): workers read the data files");
            return;
        }
        line(out, "needs", data.known() ? Sizes.format(neededBytes()) + String.format(Locale.ROOT,
            " (data %s + task rings and logs of %d workers and the run spec %s)", Sizes.format(data.size().dataBytes()), workers,
            Sizes.format(data.size().reserveBytes(workers))) : data.note());
        line(out, "free", Sizes.format(freeBytes) + " (statvfs)");
        line(out, "fits", fits() ? (neededBytes() < 0 || freeBytes < 0 ? "unknown" : "yes") : verdict());
    }

    /**
     * Adds the section to a JSON report as {@code shared_memory}.
     *
     * @param root the report.
     */
    public void json(final ObjectNode root)
    {
        final ObjectNode shm = root.putObject("shared_memory");
        shm.put("directory", directory.toString());
        shm.put("used", used);
        shm.put("needed_bytes", neededBytes());
        shm.put("free_bytes", freeBytes);
        shm.put("fits", fits());
        if (null == fallback)
        {
            shm.putNull("fallback_dir");
        }
        else
        {
            shm.put("fallback_dir", fallback.toString());
            shm.put("fallback_free_bytes", fallbackFree);
        }
        shm.put("data_note", data.note());
    }

    private String verdict()
    {
        if (null == fallback)
        {
            return "no: the run would stop; set shared_memory_fallback_dir to a directory on disk or make room";
        }
        final boolean fallbackFits = fallbackFree < 0 || neededBytes() <= fallbackFree;
        return "no: the run would use shared_memory_fallback_dir " + fallback + " (" + Sizes.format(fallbackFree) +
            " free" + (fallbackFits ? ")" : "; too small too: the run would stop)");
    }

    private static void line(final StringBuilder out, final String label, final String value)
    {
        out.append("  ").append(String.format(Locale.ROOT, "%-20s", label)).append(value).append('\n');
    }
}
