package io.hyperjet.shm.run;

import java.time.Instant;
import java.util.Optional;

/**
 * A process told apart from later processes that reuse its pid: pid plus start time.
 *
 * @param pid     process id.
 * @param startMs start time, epoch ms, from {@link ProcessHandle.Info#startInstant()}; 0 when unknown.
 */
public record ProcessIdentity(long pid, long startMs)
{
    /**
     * Start times of one process read at different moments may differ a little when the wall clock is stepped
     * (Linux derives them from boot time), while a reused pid belongs to a process started much later.
     */
    static final long START_TOLERANCE_MS = 1000;

    /**
     * This JVM's identity.
     *
     * @return pid and start time of the current process.
     */
    public static ProcessIdentity current()
    {
        final ProcessHandle self = ProcessHandle.current();
        return new ProcessIdentity(self.pid(), startMs(self));
    }

    /**
     * Whether this process is still running: its pid is alive and, when both start times are known, started when
     * recorded (otherwise the pid was reused by another process).
     *
     * @return true when alive.
     */
    public boolean isAlive()
    {
        return null == deathReason();
    }

    /**
     * Why this process counts as dead, or null when it is alive.
     *
     * @return a short reason such as {@code "pid 42 is not running"}, or null.
     */
    public String deathReason()
    {
        final Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive())
        {
            return "pid " + pid + " is not running";
        }
        final long actualStartMs = startMs(handle.get());
        if (0 != startMs && 0 != actualStartMs && Math.abs(actualStartMs - startMs) > START_TOLERANCE_MS)
        {
            return "pid " + pid + " now belongs to a process started at " + Instant.ofEpochMilli(actualStartMs) +
                ", not " + Instant.ofEpochMilli(startMs);
        }
        return null;
    }

    private static long startMs(final ProcessHandle handle)
    {
        return handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
