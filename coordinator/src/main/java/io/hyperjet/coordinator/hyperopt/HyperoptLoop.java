package io.hyperjet.coordinator.hyperopt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;
import io.hyperjet.shm.channel.ResultJournal;

/**
 * The coordinator's duty cycle during a hyperopt: replace dead workers and kill and replace the ones the
 * {@link WorkerWatch} gives up on (handing their epochs back), keep every live worker's task window full, and feed
 * journal results to the scheduler, until the scheduler is done or a shutdown is requested. It never waits for a
 * batch. Every worker JVM lost is reported in one line: which workers (its slots) and pid, why, and what happens to
 * their epochs. A JVM's slots are lost together (one dies or is killed, all do) and replaced together, by one JVM
 * with as many slots.
 * <p>
 * A worker that keeps dying before any epoch completes (a broken install, a strategy that cannot load) stops the
 * run with the worker's own last log lines rather than respawning forever. Workers killed for holding an epoch too
 * long do not count towards that: the watch's two-strikes rule already bounds them.
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
    private final WorkerWatch watch;
    private final Consumer<String> report;
    private final Consumer<EpochResult> onMeasured;
    /*
     * Parks only, 100 us doubling to 1 ms: never spins or yields. On a machine with as many worker slots as cores the
     * coordinator shares a core with them, and every spin or yield cycle (a whole pass of this loop) is CPU taken
     * from a slot; a slot holds a window of tasks, so reacting within 1 ms is soon enough.
     */
    static final long MIN_PARK_NS = TimeUnit.MICROSECONDS.toNanos(100);
    static final long MAX_PARK_NS = TimeUnit.MILLISECONDS.toNanos(1);
    private final IdleStrategy idle = new BackoffIdleStrategy(0, 0, MIN_PARK_NS, MAX_PARK_NS);
    private final Consumer<EpochResult> onResult = this::onResult;
    private int deathsWithoutProgress;
    private long committedAtLastDeath = -1;
    private int workersLost;

    /**
     * A loop over an already running pool.
     *
     * @param scheduler  the bookkeeping.
     * @param pool       the workers; spawn them through {@link #spawn()} so the watch knows them.
     * @param results    the journal reader, positioned after everything already replayed.
     * @param shutdown   polled for Ctrl-C / SIGTERM.
     * @param onIdleTick called about every cycle, e.g. to redraw progress.
     * @param watch      decides which workers to kill.
     * @param report     receives the one line per lost worker.
     * @param onMeasured sees each result before the scheduler does, e.g. to adapt the task window.
     */
    public HyperoptLoop(
        final EpochScheduler scheduler,
        final WorkerPool pool,
        final ResultJournal.Reader results,
        final ShutdownSignal shutdown,
        final Runnable onIdleTick,
        final WorkerWatch watch,
        final Consumer<String> report,
        final Consumer<EpochResult> onMeasured)
    {
        this.onMeasured = onMeasured;
        this.scheduler = scheduler;
        this.pool = pool;
        this.results = results;
        this.shutdown = shutdown;
        this.onIdleTick = onIdleTick;
        this.watch = watch;
        this.report = report;
    }

    /**
     * Starts one more worker JVM, its workers watched.
     *
     * @param slots how many workers it hosts.
     * @return their ids.
     */
    public List<Integer> spawn(final int slots)
    {
        return watch.onSpawned(pool.spawn(slots), System.nanoTime());
    }

    /**
     * Watches a worker of the pool that was spawned before this loop existed (while the data was prepared); its
     * start-up time counts from now, when its data is ready.
     *
     * @param id the worker's id in the pool.
     */
    public void adopt(final int id)
    {
        watch.onSpawned(id, System.nanoTime());
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
            work += killUnresponsiveWorkers();
            // results first: the room they free is refilled in the same pass, not one idle period later
            work += results.poll(onResult, RESULTS_PER_CYCLE);
            final long nowNs = System.nanoTime();
            for (final int id : pool.liveWorkers())
            {
                watch.onHeartbeat(id, pool.heartbeat(id), nowNs);
                final List<EpochTask> tasks = scheduler.tasksFor(id);
                for (final EpochTask task : tasks)
                {
                    pool.send(id, task);
                    watch.onSent(id, task, nowNs);
                }
                work += tasks.size();
            }
            onIdleTick.run();
            idle.idle(work);
        }
        return true;
    }

    public int workersLost()
    {
        return workersLost;
    }

    private void onResult(final EpochResult result)
    {
        watch.onResult(result, System.nanoTime());
        onMeasured.accept(result);
        scheduler.onResult(result);
    }

    private int replaceDeadWorkers()
    {
        final List<WorkerPool.Exited> dead = pool.reapDead();
        int i = 0;
        while (i < dead.size())
        {
            // the slots of one JVM are next to each other and share its pid
            final WorkerPool.Exited exited = dead.get(i);
            final List<Integer> ids = new ArrayList<>();
            while (i < dead.size() && dead.get(i).pid() == exited.pid())
            {
                ids.add(dead.get(i++).id());
            }
            final int handedBack = lose(ids);
            final String why = "died (exit code " + exited.exitCode() + ")";
            if (tooManyDeathsWithoutProgress())
            {
                report.accept(line(ids, exited.pid(), why, handedBack, "not replaced", null));
                throw new IllegalStateException("workers keep failing (" + deathsWithoutProgress +
                    " in a row without progress); last worker log:" + System.lineSeparator() +
                    pool.logTail(exited.id(), 15));
            }
            report.accept(line(ids, exited.pid(), why, handedBack, replacementText(spawn(ids.size())), null));
        }
        return dead.size();
    }

    private int killUnresponsiveWorkers()
    {
        final List<WorkerWatch.Verdict> verdicts = watch.check(System.nanoTime());
        int killed = 0;
        for (final WorkerWatch.Verdict verdict : verdicts)
        {
            final int id = verdict.workerId();
            final long pid = pool.pid(id);
            final List<Integer> ids = pool.kill(id);
            if (ids.isEmpty())
            {
                // its JVM was killed for another of its slots a moment ago
                continue;
            }
            killed++;
            String failed = null;
            final EpochTask stuck = verdict.stuckTask();
            if (null != stuck && watch.hungOnceMore(stuck.epoch()))
            {
                // Before the hand-back: the scheduler takes a result only from the epoch's holder.
                failed = "epoch " + stuck.epoch() + " hung on " + WorkerWatch.HANGS_BEFORE_FAILING +
                    " workers and is recorded as failed";
                scheduler.onResult(WorkerWatch.hungResult(stuck, id, "no result: the worker " + verdict.reason() +
                    " (" + WorkerWatch.HANGS_BEFORE_FAILING + " workers in a row; the strategy may loop forever " +
                    "for these parameters)"));
            }
            final int handedBack = lose(ids);
            final String why = "killed: " + (ids.size() > 1 ? "worker " + id + " " : "") + verdict.reason();
            if (null == stuck && tooManyDeathsWithoutProgress())
            {
                report.accept(line(ids, pid, why, handedBack, "not replaced", failed));
                throw new IllegalStateException("workers keep failing (" + deathsWithoutProgress +
                    " in a row without progress): the last one " + verdict.reason());
            }
            report.accept(line(ids, pid, why, handedBack, replacementText(spawn(ids.size())), failed));
        }
        return killed;
    }

    private boolean tooManyDeathsWithoutProgress()
    {
        if (scheduler.committed() == committedAtLastDeath)
        {
            deathsWithoutProgress++;
        }
        else
        {
            deathsWithoutProgress = 1;
            committedAtLastDeath = scheduler.committed();
        }
        return deathsWithoutProgress >= MAX_DEATHS_WITHOUT_PROGRESS;
    }

    private int lose(final List<Integer> ids)
    {
        int handedBack = 0;
        for (final int id : ids)
        {
            workersLost++;
            watch.onGone(id);
            handedBack += scheduler.onWorkerLost(id);
        }
        return handedBack;
    }

    private String replacementText(final List<Integer> replacement)
    {
        return "replaced by " + workers(replacement) + " (pid " + pool.pid(replacement.get(0)) + ")";
    }

    /* "worker 3" or, for the slots of one JVM, "workers 3, 4". */
    private static String workers(final List<Integer> ids)
    {
        final StringBuilder text = new StringBuilder(1 == ids.size() ? "worker " : "workers ");
        for (int i = 0; i < ids.size(); i++)
        {
            text.append(0 == i ? "" : ", ").append(ids.get(i));
        }
        return text.toString();
    }

    private static String line(
        final List<Integer> ids, final long pid, final String why, final int handedBack, final String replacement,
        final String failed)
    {
        return workers(ids) + " (pid " + pid + ") " + why + "; " +
            (null == failed ? "" : failed + "; ") +
            handedBack + (1 == handedBack ? " epoch" : " epochs") + " handed out again; " + replacement;
    }
}
