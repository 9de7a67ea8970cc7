package io.hyperjet.worker.epoch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits, in a worker started while the coordinator still prepares the data, for the final run spec that replaces
 * the pending one. The coordinator renames the final spec over the pending file (a new inode), so a change of the
 * file's key is the signal and a read never sees half a file. The wait ends with an error when the coordinator is
 * gone or the file is removed (the run failed or was interrupted and its directory deleted), or when the waiting
 * thread is interrupted, so a worker never outlives a start-up that failed.
 */
public final class RunSpecWait
{
    /** How often the file is checked: a stat call, so the wait costs nothing measurable and adds at most this. */
    static final long POLL_NS = TimeUnit.MILLISECONDS.toNanos(2);
    /** How often the coordinator's process is checked. */
    static final long LIVENESS_CHECK_NS = TimeUnit.MILLISECONDS.toNanos(100);

    private RunSpecWait()
    {
    }

    /**
     * Returns the final spec, waiting for it if {@code pending} is not final.
     *
     * @param file    the spec file.
     * @param pending the spec read from it.
     * @return the final spec, whose non-data fields equal {@code pending}'s.
     * @throws IllegalStateException when the coordinator or the file is gone first, the thread is interrupted, or
     *                               the final spec describes another run.
     */
    public static RunSpec ready(final File file, final RunSpec pending)
    {
        if (pending.dataReady())
        {
            return pending;
        }
        // the final spec may have replaced the pending one since it was read: the first pass always reads the file
        Object key = new Object();
        long nextLivenessNs = System.nanoTime();
        while (true)
        {
            final Object now = fileKey(file);
            if (null == now)
            {
                throw new IllegalStateException(file + " was removed before the data was ready (the coordinator " +
                    "stopped the run)");
            }
            if (!Objects.equals(key, now))
            {
                key = now;
                final RunSpec spec = RunSpec.read(file);
                if (spec.dataReady())
                {
                    if (!pending.sameRunAs(spec))
                    {
                        throw new IllegalStateException(file + ": the final run spec is not the pending one's run");
                    }
                    return spec;
                }
            }
            final long nowNs = System.nanoTime();
            if (nowNs - nextLivenessNs >= 0)
            {
                nextLivenessNs = nowNs + LIVENESS_CHECK_NS;
                if (!ProcessHandle.of(pending.dataPendingPid()).map(ProcessHandle::isAlive).orElse(false))
                {
                    throw new IllegalStateException("coordinator pid " + pending.dataPendingPid() +
                        " is gone before the data was ready");
                }
            }
            LockSupport.parkNanos(POLL_NS);
            if (Thread.currentThread().isInterrupted())
            {
                throw new IllegalStateException("interrupted while waiting for " + file);
            }
        }
    }

    /* The file's identity (device and inode), or null when it does not exist. */
    private static Object fileKey(final File file)
    {
        try
        {
            final BasicFileAttributes attributes = Files.readAttributes(file.toPath(), BasicFileAttributes.class);
            return null != attributes.fileKey() ? attributes.fileKey() :
                attributes.lastModifiedTime().toMillis() + ":" + attributes.size();
        }
        catch (final NoSuchFileException ex)
        {
            return null;
        }
        catch (final IOException ex)
        {
            throw new IllegalStateException("cannot read the attributes of " + file + ": " + ex.getMessage(), ex);
        }
    }
}
