package io.hyperjet.worker.process;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.hyperjet.shm.channel.ResultJournal;
import io.hyperjet.shm.channel.TaskRing;
import io.hyperjet.worker.epoch.EpochEngines;
import io.hyperjet.worker.epoch.EpochEvaluator;

/**
 * The worker JVM's entry point. Opens, in order, the task ring, the results journal and the epoch engine (which waits
 * for the data when started early, then attaches shared memory read-only), then starts the {@link Heartbeat} (the
 * coordinator's sign that start-up is over);
 * runs the {@link WorkerLoop}; closes in reverse order. A failure is reported once
 * on stderr (the coordinator keeps it in the worker's log) with exit code 1. A SIGTERM lets the epoch in progress
 * finish; a watchdog halts the JVM if that takes too long.
 */
public final class WorkerMain
{
    static final long SHUTDOWN_WATCHDOG_MS = 5_000;

    private WorkerMain()
    {
    }

    public static void main(final String[] args)
    {
        final WorkerArgs workerArgs;
        try
        {
            workerArgs = WorkerArgs.parse(args);
        }
        catch (final IllegalArgumentException ex)
        {
            System.err.println("hyperjet worker: " + ex.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(workerArgs));
    }

    @SuppressWarnings("try") // the heartbeat only needs to live as long as the loop
    static int run(final WorkerArgs args)
    {
        final CountDownLatch closed = new CountDownLatch(1);
        final WorkerLoop[] loop = new WorkerLoop[1];
        final Thread hook = new Thread(() -> onShutdown(loop, closed), "worker-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        // The ring and the journal first: a worker started while the coordinator still prepares the data opens them
        // (Chronicle's start-up is a good part of a worker's) while it waits inside EpochEngines.open.
        try (TaskRing tasks = TaskRing.attach(args.tasks());
            ResultJournal journal = ResultJournal.open(args.journal());
            ResultJournal.Appender results = journal.appender();
            EpochEvaluator evaluator = EpochEngines.open(args.runSpec());
            Heartbeat heartbeat = Heartbeat.start(tasks))
        {
            synchronized (loop)
            {
                loop[0] = new WorkerLoop(args.workerId(), tasks, evaluator, results, args.coordinatorPid());
            }
            final String reason = loop[0].run();
            System.err.println("hyperjet worker " + args.workerId() + ": " + reason + " after " +
                loop[0].evaluated() + " epochs");
            return 0;
        }
        catch (final Throwable ex)
        {
            System.err.println("hyperjet worker " + args.workerId() + " failed: " + ex);
            ex.printStackTrace();
            return 1;
        }
        finally
        {
            closed.countDown();
        }
    }

    /*
     * The hook must not join the main thread: main ends in System.exit, which waits for the hooks. It waits for the
     * resources to be closed instead, then lets the JVM go; the watchdog halts a JVM whose epoch does not end.
     */
    private static void onShutdown(final WorkerLoop[] loop, final CountDownLatch closed)
    {
        synchronized (loop)
        {
            if (null != loop[0])
            {
                loop[0].requestStop();
            }
        }
        try
        {
            if (!closed.await(SHUTDOWN_WATCHDOG_MS, TimeUnit.MILLISECONDS))
            {
                System.err.println("hyperjet worker: shutdown took over " +
                    TimeUnit.MILLISECONDS.toSeconds(SHUTDOWN_WATCHDOG_MS) + " s, halting");
                Runtime.getRuntime().halt(3);
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }
}
