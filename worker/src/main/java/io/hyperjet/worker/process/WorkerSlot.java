package io.hyperjet.worker.process;

import io.hyperjet.shm.channel.ResultJournal;
import io.hyperjet.shm.channel.TaskRing;
import io.hyperjet.worker.epoch.EpochEngines;
import io.hyperjet.worker.epoch.EpochEvaluator;

/**
 * One worker slot of a worker JVM: a thread that opens its own results appender, epoch engine (strategy instance,
 * caches, Python process) and {@link Heartbeat}, then runs a {@link WorkerLoop} on its task ring. To the
 * coordinator a slot is a worker: one id, one ring, one heartbeat. Slots of a JVM share only what is read-only
 * (the shared-memory data, the strategy class, the journal) and the JIT's compiled code, which is why they share a
 * JVM.
 * <p>
 * The thread closes what it opened, in reverse order; the ring belongs to {@link WorkerMain}, which unmaps it after
 * the thread has ended. {@link #requestStop()} may be called from any thread.
 */
final class WorkerSlot implements Runnable
{
    private final int workerId;
    private final TaskRing tasks;
    private final ResultJournal journal;
    private final EpochEngines.Factory engines;
    private final ClassArchiveDump archiveDump;
    private final long coordinatorPid;
    private final Runnable onFailure;
    private final Thread thread;
    private volatile WorkerLoop loop;
    private volatile boolean stopRequested;
    private volatile boolean failed;

    /**
     * A slot, not started.
     *
     * @param workerId       its worker id.
     * @param tasks          its task ring, attached.
     * @param journal        the JVM's results journal.
     * @param engines        opens its engine.
     * @param archiveDump    the JVM's class archive dump for the first slot, {@link ClassArchiveDump#none()} else.
     * @param coordinatorPid the coordinator's pid.
     * @param onFailure      called on the slot's thread when it fails, so the JVM stops its other slots.
     */
    WorkerSlot(
        final int workerId,
        final TaskRing tasks,
        final ResultJournal journal,
        final EpochEngines.Factory engines,
        final ClassArchiveDump archiveDump,
        final long coordinatorPid,
        final Runnable onFailure)
    {
        this.workerId = workerId;
        this.tasks = tasks;
        this.journal = journal;
        this.engines = engines;
        this.archiveDump = archiveDump;
        this.coordinatorPid = coordinatorPid;
        this.onFailure = onFailure;
        this.thread = new Thread(this, "worker-slot-" + workerId);
    }

    void start()
    {
        thread.start();
    }

    /**
     * Waits for the slot's thread to end.
     *
     * @param timeoutMs how long at most.
     * @return whether it has ended.
     * @throws InterruptedException when the waiting thread is interrupted.
     */
    boolean join(final long timeoutMs) throws InterruptedException
    {
        thread.join(timeoutMs);
        return !thread.isAlive();
    }

    boolean failed()
    {
        return failed;
    }

    /**
     * Asks the slot to end after the epoch in progress. A slot still starting (waiting for the data) is interrupted,
     * which ends that wait with an error; nothing it could finish is lost.
     */
    void requestStop()
    {
        stopRequested = true;
        final WorkerLoop running = loop;
        if (null != running)
        {
            running.requestStop();
        }
        else
        {
            thread.interrupt();
        }
    }

    @Override
    @SuppressWarnings("try") // the heartbeat only needs to live as long as the loop
    public void run()
    {
        try (ResultJournal.Appender results = journal.appender();
            EpochEvaluator evaluator = engines.open();
            Heartbeat heartbeat = Heartbeat.start(tasks))
        {
            final WorkerLoop slotLoop = new WorkerLoop(workerId, tasks, evaluator, results, coordinatorPid,
                archiveDump);
            loop = slotLoop;
            if (stopRequested)
            {
                // requestStop() saw no loop yet: the check after publishing it closes that race
                slotLoop.requestStop();
            }
            final String reason = slotLoop.run();
            System.err.println("hyperjet worker " + workerId + ": " + reason + " after " + slotLoop.evaluated() +
                " epochs");
        }
        catch (final Throwable ex)
        {
            failed = true;
            if (stopRequested)
            {
                System.err.println("hyperjet worker " + workerId + ": stopped while starting: " + ex);
            }
            else
            {
                System.err.println("hyperjet worker " + workerId + " failed: " + ex);
                ex.printStackTrace();
                onFailure.run();
            }
        }
    }
}
