package io.hyperjet.coordinator.hyperopt;

import java.io.File;

import io.hyperjet.shm.channel.ResultJournal;

/**
 * Opens a run's results journal on a thread of its own, so that Chronicle's start-up (class initialization, memory
 * mapping the queue files, a few hundred milliseconds of CPU and, on a busy disk, seconds of waiting) overlaps the
 * config, strategy and data preparation instead of preceding them. The coordinator's thread takes the journal when it
 * first needs it; the reader is created then, on that thread, because Chronicle's tailers belong to the thread that
 * uses them.
 * <p>
 * {@link #close()} waits for an open still in progress and closes what it opened, so a start-up that fails leaves no
 * thread writing into a journal directory that is being removed. Not threadsafe apart from the opening thread.
 */
final class JournalOpening implements AutoCloseable
{
    private final Thread thread;
    private volatile ResultJournal journal;
    private volatile RuntimeException failure;
    private ResultJournal.Reader reader;
    private boolean closed;

    private JournalOpening(final File dir)
    {
        thread = new Thread(() -> open(dir), "hyperjet-journal-open");
        thread.setDaemon(true);
    }

    /**
     * Starts opening the journal in {@code dir}.
     *
     * @param dir the journal directory.
     * @return the opening.
     */
    static JournalOpening start(final File dir)
    {
        final JournalOpening opening = new JournalOpening(dir);
        opening.thread.start();
        return opening;
    }

    private void open(final File dir)
    {
        try
        {
            journal = ResultJournal.open(dir);
        }
        catch (final RuntimeException | Error ex)
        {
            failure = ex instanceof RuntimeException ? (RuntimeException)ex : new IllegalStateException(ex);
        }
    }

    /**
     * The journal, waiting for the open to finish.
     *
     * @return the open journal.
     * @throws RuntimeException what the open threw.
     */
    ResultJournal journal()
    {
        awaitOpen();
        if (null != failure)
        {
            throw failure;
        }
        return journal;
    }

    /**
     * The journal's reader, created on the first call (on the calling thread) and closed with this object.
     *
     * @return the reader.
     */
    ResultJournal.Reader reader()
    {
        if (null == reader)
        {
            reader = journal().reader();
        }
        return reader;
    }

    /** Closes the reader and the journal, after waiting for an open in progress. Idempotent. */
    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        awaitOpen();
        try
        {
            if (null != reader)
            {
                reader.close();
            }
        }
        finally
        {
            if (null != journal)
            {
                journal.close();
            }
        }
    }

    private void awaitOpen()
    {
        boolean interrupted = false;
        while (thread.isAlive())
        {
            try
            {
                thread.join();
            }
            catch (final InterruptedException ex)
            {
                interrupted = true;
            }
        }
        if (interrupted)
        {
            Thread.currentThread().interrupt();
        }
    }
}
