package io.hyperjet.worker.epoch;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.hyperjet.common.data.PairFrameHandler;
import io.hyperjet.common.data.PairLoader;
import io.hyperjet.common.data.PairPrefetch;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.strategy.Space;
import io.hyperjet.worker.strategy.Strategy;

/**
 * The indicator phase of every pair a {@link PairLoader} decodes, run on one thread per strategy instance, with the
 * frames handed to the handler on the calling thread in the loader's order, as the one-thread path does.
 * <p>
 * Why this is safe: a strategy instance is not threadsafe, so each thread takes a whole instance (the caller's plus
 * copies loaded with the same values and informative candles) for a whole pair, and each pair's columns depend only
 * on that pair's candles and the instance's values. The frames, their order and the warnings are those of the
 * one-thread path; only which thread computed a pair changes.
 * <p>
 * At most one pair per instance is in the indicator phase or waiting for its turn, plus the file decoder's two
 * ({@link PairPrefetch}). A failure is rethrown on the calling thread when its pair's turn comes, after the pairs
 * before it were handed over, as the one-thread path would; pairs already running are finished and dropped. On any
 * failure, the handler's included, the threads are stopped before this returns.
 */
public final class ParallelIndicators
{
    /** Indicator threads are named this plus a number. */
    public static final String THREAD_NAME_PREFIX = "hyperjet-indicators-";
    /** How long a stop waits for the pairs still in the indicator phase: a pair takes well under a second. */
    static final long STOP_WAIT_MS = 60_000;

    private ParallelIndicators()
    {
    }

    /**
     * Decodes every pair and runs the indicator phase on {@code strategies.length} threads.
     *
     * @param loader     the configured loader.
     * @param strategies one instance per thread, each used by one thread at a time; not used after this returns.
     * @param spaces     the optimized spaces (null outside hyperopt).
     * @param handler    receives each frame with its indicator columns appended, and each pair without data, on the
     *                   calling thread in the loader's order.
     * @return the number of frames handed over.
     */
    public static int load(
        final PairLoader loader, final List<Strategy> strategies, final Set<Space> spaces,
        final PairFrameHandler handler)
    {
        final int threads = strategies.size();
        final AtomicInteger threadNumber = new AtomicInteger();
        final List<Thread> started = new CopyOnWriteArrayList<>();
        final ExecutorService pool = Executors.newFixedThreadPool(threads, task ->
        {
            final Thread thread = new Thread(task, THREAD_NAME_PREFIX + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            started.add(thread);
            return thread;
        });
        final Ordered ordered = new Ordered(threads, strategies, spaces, handler, pool);
        try
        {
            PairPrefetch.load(loader, ordered);
            while (ordered.handOldest())
            {
                // every pair still pending is handed over in order
            }
            return ordered.handed;
        }
        finally
        {
            stop(pool, started);
        }
    }

    private static void stop(final ExecutorService pool, final List<Thread> started)
    {
        // an interrupt does not stop a pair mid-way: the indicator code does not look at it, and the pair is dropped
        pool.shutdownNow();
        boolean interrupted = false;
        final long deadlineNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MS);
        while (!pool.isTerminated() && deadlineNs - System.nanoTime() > 0)
        {
            try
            {
                pool.awaitTermination(deadlineNs - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
            catch (final InterruptedException ex)
            {
                interrupted = true;
            }
        }
        // a terminated pool's threads may still be on their way out: joined, so none outlives this call
        for (final Thread thread : started)
        {
            final long leftMs = TimeUnit.NANOSECONDS.toMillis(deadlineNs - System.nanoTime());
            if (leftMs <= 0)
            {
                break;
            }
            try
            {
                thread.join(leftMs);
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

    /*
     * Runs on the calling thread: submits each decoded pair, and hands over the pending entries (futures of computed
     * frames, and runnables reporting a pair without data) strictly in order, oldest first.
     */
    private static final class Ordered implements PairFrameHandler
    {
        private final int threads;
        private final BlockingQueue<Strategy> idle;
        private final Set<Space> spaces;
        private final PairFrameHandler handler;
        private final ExecutorService pool;
        private final ArrayDeque<Object> pending = new ArrayDeque<>();
        private int running;
        private int handed;
        private volatile boolean failed;

        Ordered(final int threads, final List<Strategy> strategies, final Set<Space> spaces,
            final PairFrameHandler handler, final ExecutorService pool)
        {
            this.threads = threads;
            this.idle = new ArrayBlockingQueue<>(threads, false, strategies);
            this.spaces = spaces;
            this.handler = handler;
            this.pool = pool;
        }

        @Override
        public void onPair(final PairFrame frame)
        {
            while (running >= threads || (failed && !pending.isEmpty()))
            {
                // a failed pair is pending: hand over the pairs before it, then its failure ends the load
                handOldest();
            }
            pending.add(pool.submit(() -> indicators(frame)));
            running++;
            handDone();
        }

        @Override
        public void onNoData(final String pair, final Path file)
        {
            pending.add((Runnable)() -> handler.onNoData(pair, file));
            handDone();
        }

        private PairFrame indicators(final PairFrame frame)
        {
            // at most `threads` pairs are submitted and not yet handed over, so an instance is always free here
            final Strategy strategy = idle.poll();
            if (null == strategy)
            {
                throw new IllegalStateException("no free strategy instance: threads=" + threads);
            }
            try
            {
                return strategy.runIndicators(frame, spaces).appendTo(frame);
            }
            catch (final RuntimeException | Error ex)
            {
                failed = true;
                throw ex;
            }
            finally
            {
                idle.add(strategy);
            }
        }

        private void handDone()
        {
            while (!pending.isEmpty() && (!(pending.peekFirst() instanceof Future) ||
                ((Future<?>)pending.peekFirst()).isDone()))
            {
                handOldest();
            }
        }

        boolean handOldest()
        {
            final Object next = pending.pollFirst();
            if (null == next)
            {
                return false;
            }
            // a pool's future is a Runnable too: it is checked first
            if (next instanceof Future)
            {
                @SuppressWarnings("unchecked")
                final PairFrame frame = result((Future<PairFrame>)next);
                running--;
                handler.onPair(frame);
                handed++;
            }
            else
            {
                ((Runnable)next).run();
            }
            return true;
        }

        private static PairFrame result(final Future<PairFrame> future)
        {
            try
            {
                return future.get();
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running the indicator phase", ex);
            }
            catch (final ExecutionException ex)
            {
                // the task rethrows only what runIndicators throws: unchecked
                if (ex.getCause() instanceof Error)
                {
                    throw (Error)ex.getCause();
                }
                throw (RuntimeException)ex.getCause();
            }
        }
    }
}
