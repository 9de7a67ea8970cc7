package io.hyperjet.common.data;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.hyperjet.common.frame.PairFrame;

/**
 * Runs a {@link PairLoader} on a background thread, one pair ahead of the caller, and hands the pairs to the
 * handler on the calling thread in the loader's order. Decoding the next file then overlaps whatever the handler
 * does with the current pair (a strategy's indicator phase, the copy into shared memory): at start-up the
 * coordinator has the machine to itself, and the handler's work stays on one thread as before, so strategies need
 * not be threadsafe and results cannot change.
 * <p>
 * At most two pairs beyond the one the handler holds are alive: one decoded and waiting, one being decoded. A failure
 * of the loader is rethrown on the calling thread when its turn comes (pairs before it are handled first); a failure
 * of the handler stops the loader once it has decoded the file it is on, and is rethrown after that.
 */
public final class PairPrefetch
{
    private static final Object END = new Object();
    private static final long POLL_MS = 100;

    private PairPrefetch()
    {
    }

    /**
     * Loads every pair as {@link PairLoader#load} does, decoding on a background thread.
     *
     * @param loader  the configured loader.
     * @param handler receives each pair, on the calling thread, in order.
     * @return the number of pairs handed to {@link PairFrameHandler#onPair}.
     */
    public static int load(final PairLoader loader, final PairFrameHandler handler)
    {
        final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1);
        final Decoder decoder = new Decoder(loader, queue);
        final Thread thread = new Thread(decoder, "hyperjet-pair-loader");
        thread.setDaemon(true);
        thread.start();
        boolean finished = false;
        try
        {
            int loaded = 0;
            while (true)
            {
                final Object next = take(queue);
                if (END == next)
                {
                    finished = true;
                    return loaded;
                }
                if (next instanceof PairFrame)
                {
                    handler.onPair((PairFrame)next);
                    loaded++;
                }
                else if (next instanceof NoData)
                {
                    handler.onNoData(((NoData)next).pair, ((NoData)next).file);
                }
                else
                {
                    finished = true;
                    throw rethrow((Throwable)next);
                }
            }
        }
        finally
        {
            if (!finished)
            {
                // not interrupted: an interrupt closes the file channel under a decode; it stops at its next pair
                decoder.stopped = true;
            }
            join(thread);
        }
    }

    private static Object take(final BlockingQueue<Object> queue)
    {
        try
        {
            return queue.take();
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading pairs", ex);
        }
    }

    private static void join(final Thread thread)
    {
        try
        {
            thread.join();
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException rethrow(final Throwable failure)
    {
        if (failure instanceof RuntimeException)
        {
            return (RuntimeException)failure;
        }
        if (failure instanceof Error)
        {
            throw (Error)failure;
        }
        return new IllegalStateException(failure);
    }

    private static final class NoData
    {
        final String pair;
        final Path file;

        NoData(final String pair, final Path file)
        {
            this.pair = pair;
            this.file = file;
        }
    }

    private static final class Decoder implements Runnable, PairFrameHandler
    {
        private final PairLoader loader;
        private final BlockingQueue<Object> queue;
        volatile boolean stopped;

        Decoder(final PairLoader loader, final BlockingQueue<Object> queue)
        {
            this.loader = loader;
            this.queue = queue;
        }

        @Override
        public void run()
        {
            try
            {
                loader.load(this);
                put(END);
            }
            catch (final Stopped ex)
            {
                // the caller stopped taking pairs (its handler failed); nobody waits for the rest
            }
            catch (final Throwable failure)
            {
                // handed to the calling thread, which rethrows it after the pairs decoded before it
                try
                {
                    put(failure);
                }
                catch (final Stopped ex)
                {
                    // as above
                }
            }
        }

        @Override
        public void onPair(final PairFrame frame)
        {
            put(frame);
        }

        @Override
        public void onNoData(final String pair, final Path file)
        {
            put(new NoData(pair, file));
        }

        private void put(final Object item)
        {
            try
            {
                boolean queued = false;
                while (!stopped && !queued)
                {
                    queued = queue.offer(item, POLL_MS, TimeUnit.MILLISECONDS);
                }
            }
            catch (final InterruptedException ex)
            {
                stopped = true;
            }
            if (stopped)
            {
                throw new Stopped();
            }
        }
    }

    /** Unwinds the loader once the caller has stopped taking pairs; never reaches the caller. */
    private static final class Stopped extends RuntimeException
    {
        private static final long serialVersionUID = 1L;

        Stopped()
        {
            super(null, null, false, false);
        }
    }
}
