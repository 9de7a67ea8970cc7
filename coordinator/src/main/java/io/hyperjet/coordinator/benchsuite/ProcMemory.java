package io.hyperjet.coordinator.benchsuite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads process memory from Linux {@code /proc}: PSS (each shared page divided among the processes mapping it)
 * from {@code smaps_rollup}, and peak RSS ({@code VmHWM}) from {@code status}.
 */
final class ProcMemory
{
    private ProcMemory()
    {
    }

    /**
     * The proportional set size of a process.
     *
     * @param pid the process.
     * @return kB.
     */
    static long pssKb(final long pid)
    {
        return field(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
    }

    /**
     * The peak resident set size of this process.
     *
     * @return kB.
     */
    static long selfPeakRssKb()
    {
        return field(Path.of("/proc/self/status"), "VmHWM:");
    }

    static boolean available()
    {
        return Files.isReadable(Path.of("/proc/self/smaps_rollup"));
    }

    private static long field(final Path file, final String name)
    {
        try
        {
            for (final String line : Files.readAllLines(file))
            {
                if (line.startsWith(name))
                {
                    final String value = line.substring(name.length()).trim();
                    return Long.parseLong(value.substring(0, value.indexOf(' ')));
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
        throw new IllegalStateException(file + ": no " + name + " line");
    }
}
