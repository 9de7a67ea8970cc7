package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

import io.hyperjet.common.UserInputException;

/**
 * The lock a running hyperopt holds on its journal directory, so a second coordinator cannot write the same run
 * (a {@code --resume} of a run that is still going). The file {@code run.lock} holds the owner's pid for the
 * message; the operating system's file lock is what counts, and it goes away with the process, however it ends.
 * A lock file left with a pid by a process that died (kill -9, power loss) is therefore free, and is taken over with
 * one line saying so. On a clean close the pid is removed before the lock is released; the file itself stays
 * (deleting it would let a process that opened it just before lock a file nobody else can see).
 */
public final class RunLock implements AutoCloseable
{
    static final String FILE = "run.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(final FileChannel channel, final FileLock lock)
    {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks a run, or refuses when another live process holds it.
     *
     * @param journalDir the run's journal directory.
     * @param runName    the run's name, for messages.
     * @param warn       receives the one line about a stale lock taken over.
     * @return the held lock.
     * @throws UserInputException naming the live pid when the run is running.
     */
    public static RunLock acquire(final Path journalDir, final String runName, final Consumer<String> warn)
    {
        final Path file = journalDir.resolve(FILE);
        final FileChannel channel;
        try
        {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot open " + file, ex);
        }
        try
        {
            FileLock lock;
            try
            {
                lock = channel.tryLock();
            }
            catch (final OverlappingFileLockException ex)
            {
                lock = null; // this very process holds it
            }
            final String owner = owner(channel);
            if (null == lock)
            {
                throw new UserInputException(file + ": hyperopt run " + runName + " is still running" +
                    (owner.isEmpty() ? "" : " (pid " + owner + ")") + "; wait for it to end or stop it first");
            }
            if (!owner.isEmpty())
            {
                warn.accept("run " + runName + " was locked by pid " + owner + ", which is no longer running; " +
                    "taking it over");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new RunLock(channel, lock);
        }
        catch (final IOException ex)
        {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock " + file, ex);
        }
        catch (final RuntimeException ex)
        {
            closeQuietly(channel);
            throw ex;
        }
    }

    private static String owner(final FileChannel channel) throws IOException
    {
        final ByteBuffer buffer = ByteBuffer.allocate(64);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
    }

    private static void closeQuietly(final FileChannel channel)
    {
        try
        {
            channel.close();
        }
        catch (final IOException ignored)
        {
            // already failing; the first error is the one to report
        }
    }

    /** Clears the pid, then releases the lock. */
    @Override
    public void close()
    {
        try
        {
            channel.truncate(0);
            lock.release();
            channel.close();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot release the run lock", ex);
        }
    }
}
