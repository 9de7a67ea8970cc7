package io.hyperjet.coordinator.hyperopt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.hyperjet.shm.channel.EpochFigures;
import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;
import io.hyperjet.worker.process.Heartbeat;

/**
 * Decides which workers to give up on, from what the coordinator sees: the tasks it sent each worker, the results
 * that came back, and each worker's heartbeat. A worker is given up on when
 * <ul>
 *   <li>it has not started (no heartbeat yet) {@link #STARTUP_LIMIT_FACTOR} times {@code worker_timeout_s}, and at
 *   least {@link #STARTUP_LIMIT_MIN_S} s, after its spawn (start-up compiles Java strategies and may start Python, on
 *   a machine busy starting every other worker);</li>
 *   <li>its heartbeat has not changed for {@code worker_timeout_s} (stopped, e.g. SIGSTOP, or swapped out);</li>
 *   <li>it has held one epoch longer than the epoch limit: the larger of {@code worker_timeout_s} and
 *   {@link #EPOCH_LIMIT_FACTOR} times the longest epoch measured so far in this run, or
 *   {@link #UNMEASURED_LIMIT_FACTOR} times {@code worker_timeout_s} while no epoch has been measured yet.</li>
 * </ul>
 * A worker works through its tasks in the order they were sent, so the epoch it is on is its oldest unanswered
 * task, started when the one before it was answered (or when it was sent to an idle worker, or when the worker
 * became ready, whichever is last). An epoch that was held too long by {@link #HANGS_BEFORE_FAILING} workers is
 * the parameter set's fault, not the worker's: the caller records it as a failed epoch instead of handing it out
 * once more.
 * <p>
 * Times are the coordinator's {@code System.nanoTime()}, passed in so tests can drive the clock. Single-threaded:
 * the coordinator's loop owns it.
 */
public final class WorkerWatch
{
    static final int EPOCH_LIMIT_FACTOR = 20;
    static final int UNMEASURED_LIMIT_FACTOR = 5;
    static final int STARTUP_LIMIT_FACTOR = 5;
    static final long STARTUP_LIMIT_MIN_S = 120;
    static final int HANGS_BEFORE_FAILING = 2;
    /** Heartbeat unchanged this long (five beats) means the worker is not running, whatever its epoch does. */
    static final long QUIET_BEAT_NS = TimeUnit.MILLISECONDS.toNanos(5 * Heartbeat.INTERVAL_MS);

    /**
     * A worker to kill.
     *
     * @param workerId  the worker.
     * @param reason    why, for the one line the user sees.
     * @param stuckTask the epoch it held too long, or null when it stopped answering or never started.
     */
    public record Verdict(int workerId, String reason, EpochTask stuckTask)
    {
    }

    private static final class Watched
    {
        final long spawnNs;
        final ArrayDeque<EpochTask> held = new ArrayDeque<>();
        long headSinceNs;
        long beat;
        long beatChangedNs = -1;

        Watched(final long spawnNs)
        {
            this.spawnNs = spawnNs;
        }

        boolean started()
        {
            return beatChangedNs >= 0;
        }
    }

    private final long timeoutNs;
    private final Map<Integer, Watched> workers = new LinkedHashMap<>();
    private final Map<Long, Integer> hangsByEpoch = new HashMap<>();
    private long longestEpochNs;

    /**
     * A watch.
     *
     * @param timeoutSeconds {@code worker_timeout_s}, above 0.
     */
    public WorkerWatch(final double timeoutSeconds)
    {
        if (!(timeoutSeconds > 0))
        {
            throw new IllegalArgumentException("worker timeout must be > 0 s, was " + timeoutSeconds);
        }
        this.timeoutNs = (long)(timeoutSeconds * 1e9);
    }

    public void onSpawned(final int workerId, final long nowNs)
    {
        workers.put(workerId, new Watched(nowNs));
    }

    /**
     * The workers of a JVM just spawned.
     *
     * @param workerIds its workers.
     * @param nowNs     now.
     * @return the ids, for the caller's report.
     */
    public List<Integer> onSpawned(final List<Integer> workerIds, final long nowNs)
    {
        for (final int id : workerIds)
        {
            onSpawned(id, nowNs);
        }
        return workerIds;
    }

    public void onGone(final int workerId)
    {
        workers.remove(workerId);
    }

    /**
     * A task was sent to a worker.
     *
     * @param workerId the worker.
     * @param task     the task.
     * @param nowNs    now.
     */
    public void onSent(final int workerId, final EpochTask task, final long nowNs)
    {
        final Watched w = workers.get(workerId);
        if (null == w)
        {
            return;
        }
        if (w.held.isEmpty())
        {
            w.headSinceNs = nowNs;
        }
        w.held.addLast(task);
    }

    /**
     * A result came back from a worker; its evaluation time counts towards the epoch limit.
     *
     * @param result the result.
     * @param nowNs  now.
     */
    public void onResult(final EpochResult result, final long nowNs)
    {
        final Watched w = workers.get(result.workerId());
        if (null == w)
        {
            return;
        }
        if (w.held.removeIf(t -> t.epoch() == result.epoch()))
        {
            w.headSinceNs = nowNs;
            if (!result.failed())
            {
                longestEpochNs = Math.max(longestEpochNs, result.evalNanos());
            }
        }
    }

    /**
     * The worker's current heartbeat value; a change means it is answering. The first change also ends its start-up.
     *
     * @param workerId the worker.
     * @param beat     the value its task ring holds (0 before its first beat).
     * @param nowNs    now.
     */
    public void onHeartbeat(final int workerId, final long beat, final long nowNs)
    {
        final Watched w = workers.get(workerId);
        if (null == w || beat == w.beat)
        {
            return;
        }
        if (!w.started())
        {
            // the epochs sent during start-up could not begin before now
            w.headSinceNs = Math.max(w.headSinceNs, nowNs);
        }
        w.beat = beat;
        w.beatChangedNs = nowNs;
    }

    /**
     * The workers to kill now, each with its reason. Call once per loop cycle.
     *
     * @param nowNs now.
     * @return the verdicts, possibly empty.
     */
    public List<Verdict> check(final long nowNs)
    {
        final List<Verdict> verdicts = new ArrayList<>();
        for (final Map.Entry<Integer, Watched> e : workers.entrySet())
        {
            final Watched w = e.getValue();
            if (!w.started())
            {
                final long limitNs = Math.max(STARTUP_LIMIT_FACTOR * timeoutNs,
                    TimeUnit.SECONDS.toNanos(STARTUP_LIMIT_MIN_S));
                if (nowNs - w.spawnNs > limitNs)
                {
                    verdicts.add(new Verdict(e.getKey(), "did not start within " + seconds(limitNs) +
                        " (" + STARTUP_LIMIT_FACTOR + " x worker_timeout_s, at least " + STARTUP_LIMIT_MIN_S + " s)",
                        null));
                }
                continue;
            }
            if (nowNs - w.beatChangedNs > timeoutNs)
            {
                verdicts.add(new Verdict(e.getKey(), "stopped answering: no heartbeat for " +
                    seconds(nowNs - w.beatChangedNs) + " (worker_timeout_s " + seconds(timeoutNs) + ")", null));
                continue;
            }
            // An epoch is held too long only while its worker is running: once the heartbeat has gone quiet the
            // worker is stopped (SIGSTOP, swapped out), the heartbeat rule above reports it, and the epoch must not
            // count as a hang of its parameters.
            final long runningUntilNs = nowNs - w.beatChangedNs > QUIET_BEAT_NS ? w.beatChangedNs : nowNs;
            final EpochTask head = w.held.peekFirst();
            final long limitNs = epochLimitNs();
            if (null != head && runningUntilNs - w.headSinceNs > limitNs)
            {
                verdicts.add(new Verdict(e.getKey(), "held epoch " + head.epoch() + " for " +
                    seconds(runningUntilNs - w.headSinceNs) + ", over the limit of " + seconds(limitNs) + " (" +
                    epochLimitRule() + ")", head));
            }
        }
        return verdicts;
    }

    /**
     * Counts one more worker that held this epoch too long.
     *
     * @param epoch the epoch.
     * @return true when that makes it a failed epoch rather than one to hand out again.
     */
    public boolean hungOnceMore(final long epoch)
    {
        return hangsByEpoch.merge(epoch, 1, Integer::sum) >= HANGS_BEFORE_FAILING;
    }

    /**
     * How long a worker may hold one epoch now.
     *
     * @return the limit in nanoseconds.
     */
    public long epochLimitNs()
    {
        return 0 == longestEpochNs ? UNMEASURED_LIMIT_FACTOR * timeoutNs :
            Math.max(timeoutNs, EPOCH_LIMIT_FACTOR * longestEpochNs);
    }

    private String epochLimitRule()
    {
        return 0 == longestEpochNs ? UNMEASURED_LIMIT_FACTOR + " x worker_timeout_s while no epoch is measured" :
            "the larger of worker_timeout_s " + seconds(timeoutNs) + " and " + EPOCH_LIMIT_FACTOR +
            " x the longest epoch " + seconds(longestEpochNs);
    }

    /**
     * The result to commit for an epoch that hung on {@link #HANGS_BEFORE_FAILING} workers: failed, the maximum
     * loss, the reason as its message.
     *
     * @param task     the epoch.
     * @param workerId the worker that held it last (the scheduler's holder).
     * @param reason   why.
     * @return the failed result.
     */
    public static EpochResult hungResult(final EpochTask task, final int workerId, final String reason)
    {
        return new EpochResult(task.epoch(), workerId, true, io.hyperjet.worker.loss.LossRules.MAX_LOSS, 0,
            task.point(), task.paramsJson(), EpochFigures.NONE, reason, "{}");
    }

    static String seconds(final long nanos)
    {
        return String.format(Locale.ROOT, "%.1f s", nanos / (double)TimeUnit.SECONDS.toNanos(1));
    }
}
