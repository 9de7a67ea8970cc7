package io.hyperjet.worker.process;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.hyperjet.shm.channel.TaskRing;

/**
 * Tells the coordinator this worker is still answering: a daemon thread bumps a counter in the task ring's trailer
 * every {@link #INTERVAL_MS} ms. It beats while an epoch runs (however long), so the coordinator can tell a worker
 * that is stopped (SIGSTOP, swapped out) from one busy on a slow epoch. Started once the worker is ready for tasks,
 * so the coordinator also learns when start-up is over. Closed before the ring is unmapped.
 */
public final class Heartbeat implements AutoCloseable
{
    public static final long INTERVAL_MS = 200;

    private final TaskRing ring;
    private final Thread thread;
    private volatile boolean running = true;

    private Heartbeat(final TaskRing ring)
    {
        this.ring = ring;
        this.thread = new Thread(this::beat, "worker-heartbeat");
        this.thread.setDaemon(true);
    }

    /**
     * Starts beating on a ring.
     *
     * @param ring the worker's task ring.
     * @return the running heartbeat.
     */
    public static Heartbeat start(final TaskRing ring)
    {
        final Heartbeat heartbeat = new Heartbeat(ring);
        ring.heartbeat(1);
        heartbeat.thread.start();
        return heartbeat;
    }

    private void beat()
    {
        long beat = 1;
        while (running)
        {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(INTERVAL_MS));
            if (running)
            {
                ring.heartbeat(++beat);
            }
        }
    }

    /** Stops the thread and waits for it, so the ring can be unmapped safely. */
    @Override
    public void close()
    {
        running = false;
        LockSupport.unpark(thread);
        try
        {
            thread.join(TimeUnit.SECONDS.toMillis(1));
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }
}
