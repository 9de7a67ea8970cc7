package io.hyperjet.worker.process;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.MessageHandler;

import io.hyperjet.shm.channel.EpochTask;
import io.hyperjet.shm.channel.ResultJournal;
import io.hyperjet.shm.channel.TaskRing;
import io.hyperjet.worker.epoch.EpochEvaluator;

/**
 * A worker's duty cycle: coordinator liveness first, then one task from the ring, evaluated and appended to the
 * journal. Ends on the stop task (epoch 0), on {@link #requestStop()}, or when the coordinator process is gone.
 * Runs on one worker slot's thread; a JVM runs one loop per slot, each on its own ring, evaluator and appender.
 */
public final class WorkerLoop
{
    /** The epoch number of the task that tells a worker to finish. */
    public static final long STOP_EPOCH = 0;
    static final long LIVENESS_CHECK_INTERVAL_NS = TimeUnit.MILLISECONDS.toNanos(200);

    private final int workerId;
    private final TaskRing tasks;
    private final EpochEvaluator evaluator;
    private final ResultJournal.Appender results;
    private final Optional<ProcessHandle> coordinator;
    private final IdleStrategy idle = new BackoffIdleStrategy(
        10, 20, TimeUnit.MICROSECONDS.toNanos(10), TimeUnit.MILLISECONDS.toNanos(1));
    private final MessageHandler onTask = this::onTask;
    private final ClassArchiveDump archiveDump;
    private volatile boolean stopRequested;
    private boolean stopTaskSeen;
    private long evaluated;

    public WorkerLoop(
        final int workerId,
        final TaskRing tasks,
        final EpochEvaluator evaluator,
        final ResultJournal.Appender results,
        final long coordinatorPid,
        final ClassArchiveDump archiveDump)
    {
        this.archiveDump = archiveDump;
        this.workerId = workerId;
        this.tasks = tasks;
        this.evaluator = evaluator;
        this.results = results;
        this.coordinator = ProcessHandle.of(coordinatorPid);
    }

    /**
     * Runs until stopped.
     *
     * @return why it ended.
     */
    public String run()
    {
        long nextLivenessCheckNs = System.nanoTime();
        while (true)
        {
            final long nowNs = System.nanoTime();
            if (nowNs - nextLivenessCheckNs >= 0)
            {
                if (coordinator.isEmpty() || !coordinator.get().isAlive())
                {
                    return "coordinator gone";
                }
                nextLivenessCheckNs = nowNs + LIVENESS_CHECK_INTERVAL_NS;
            }
            if (stopRequested)
            {
                return "stop requested";
            }
            final int read = tasks.poll(onTask, 1);
            if (stopTaskSeen)
            {
                return "stop task";
            }
            idle.idle(read);
        }
    }

    /** Asks the loop to end after the epoch in progress; callable from any thread (a shutdown hook). */
    public void requestStop()
    {
        stopRequested = true;
    }

    public long evaluated()
    {
        return evaluated;
    }

    private void onTask(final int msgTypeId, final DirectBuffer buffer, final int index, final int length)
    {
        final EpochTask task = EpochTask.decode(buffer, index);
        if (task.epoch() == STOP_EPOCH)
        {
            stopTaskSeen = true;
            return;
        }
        results.append(evaluator.evaluate(task, workerId));
        evaluated++;
        archiveDump.onEpochs(evaluated);
    }
}
