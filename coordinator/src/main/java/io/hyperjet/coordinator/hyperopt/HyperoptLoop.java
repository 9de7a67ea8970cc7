package io.hyperjet.coordinator.hyperopt;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

import io.hyperjet.shm.channel.EpochTask;
import io.hyperjet.shm.channel.ResultJournal;

/**
 * The coordinator's duty cycle during a hyperopt: replace dead workers (handing their epochs back), keep every
 * live worker's task window full, and feed journal results to the scheduler, until the scheduler is done or a
 * shutdown is requested. It never waits for a batch.
 * <p>
 * A worker that keeps dying before any epoch completes (a broken install, a strategy that cannot load) stops the
 * run with the worker's own last log lines rather than respawning forever.
 */
public final class HyperoptLoop
{
    static final int MAX_DEATHS_WITHOUT_PROGRESS = 3;
    private static final int RESULTS_PER_CYCLE = 256;

    private final EpochScheduler scheduler;
    private final WorkerPool pool;
    private final ResultJournal.Reader results;
    private final ShutdownSignal shutdown;
    private final Runnable onIdleTick;
    private final IdleStrategy idle = new BackoffIdleStrategy(
        10, 20, TimeUnit.MICROSECONDS.toNanos(10), TimeUnit.MILLISECONDS.toNanos(1));
    private int deathsWithoutProgress;
    private long committedAtLastDeath = -1;
    private int workersLost;

    /**
     * A loop over an already running pool.
     *
     * @param scheduler  the bookkeeping.
     * @param pool       the workers.
     * @param results    the journal reader, positioned after everything already replayed.
     * @param shutdown   polled for Ctrl-C / SIGTERM.
     * @param onIdleTick called about every cycle, e.g. to redraw progress.
     */
    public HyperoptLoop(
        final EpochScheduler scheduler,
        final WorkerPool pool,
        final ResultJournal.Reader results,
        final ShutdownSignal shutdown,
        final Runnable onIdleTick)
    {
        this.scheduler = scheduler;
        this.pool = pool;
        this.results = results;
        this.shutdown = shutdown;
        this.onIdleTick = onIdleTick;
    }

    /**
     * Runs until done or interrupted.
     *
     * @return true when every epoch was committed, false when a shutdown was requested first.
     */
    public boolean run()
    {
        while (!scheduler.isDone())
        {
            if (shutdown.requested())
            {
                return false;
            }
            int work = replaceDeadWorkers();
            for (final int id : pool.liveWorkers())
            {
                final List<EpochTask> tasks = scheduler.tasksFor(id);
                for (final EpochTask task : tasks)
                {
                    pool.send(id, task);
                }
                work += tasks.size();
            }
            work += results.poll(scheduler::onResult, RESULTS_PER_CYCLE);
            onIdleTick.run();
            idle.idle(work);
        }
        return true;
    }

    public int workersLost()
    {
        return workersLost;
    }

    private int replaceDeadWorkers()
    {
        final List<Integer> dead = pool.reapDead();
        for (final int id : dead)
        {
            workersLost++;
            scheduler.onWorkerLost(id);
            if (scheduler.committed() == committedAtLastDeath)
            {
                deathsWithoutProgress++;
            }
            else
            {
                deathsWithoutProgress = 1;
                committedAtLastDeath = scheduler.committed();
            }
            if (deathsWithoutProgress >= MAX_DEATHS_WITHOUT_PROGRESS)
            {
                throw new IllegalStateException("workers keep failing (" + deathsWithoutProgress +
                    " in a row without progress); last worker log:" + System.lineSeparator() + pool.logTail(id, 15));
            }
            pool.spawn();
        }
        return dead.size();
    }
}
