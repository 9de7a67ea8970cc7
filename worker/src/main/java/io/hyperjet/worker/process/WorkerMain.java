package io.hyperjet.worker.process;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.agrona.CloseHelper;

import io.hyperjet.shm.channel.ResultJournal;
import io.hyperjet.shm.channel.TaskRing;
import io.hyperjet.worker.epoch.EpochEngines;

/**
 * The worker JVM's entry point. Attaches, in order, every slot's task ring and the results journal, reads the run
 * spec and finds the strategy once, then starts one {@link WorkerSlot} thread per worker slot; each opens its own
 * epoch engine (which waits for the data when started early, then attaches shared memory read-only), starts its
 * {@link Heartbeat} (the coordinator's sign that the slot's start-up is over) and runs its {@link WorkerLoop}.
 * Closes in reverse order once every slot has ended. A slot that fails is reported on stderr (the coordinator keeps
 * it in the worker's log) and stops the other slots, and the JVM exits with code 1: the coordinator then sees every
 * slot of this JVM gone at once and hands their epochs out again. A SIGTERM lets the epochs in progress finish; a
 * watchdog halts the JVM if that takes too long.
 */
public final class WorkerMain
{
    static final long SHUTDOWN_WATCHDOG_MS = 5_000;
    /** How often the main thread, waiting for the slots, looks whether the class archive is due. */
    static final long JOIN_POLL_MS = 100;

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

    static int run(final WorkerArgs args)
    {
        final CountDownLatch closed = new CountDownLatch(1);
        final List<WorkerSlot> slots = new CopyOnWriteArrayList<>();
        final Thread hook = new Thread(() -> onShutdown(slots, closed), "worker-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        final List<TaskRing> rings = new ArrayList<>(args.slots());
        // The rings and the journal first: a worker started while the coordinator still prepares the data opens them
        // (Chronicle's start-up is a good part of a worker's) while its slots wait inside EpochEngines.Factory.open.
        try (ResultJournal journal = ResultJournal.open(args.journal()))
        {
            for (int slot = 0; slot < args.slots(); slot++)
            {
                rings.add(TaskRing.attach(WorkerArgs.taskRing(args.tasksDir(), args.workerId(slot))));
            }
            final EpochEngines.Factory engines = EpochEngines.prepare(args.runSpec());
            final Runnable stopAll = () -> slots.forEach(WorkerSlot::requestStop);
            final ClassArchiveDump archiveDump = ClassArchiveDump.fromSystemProperties();
            for (int slot = 0; slot < args.slots(); slot++)
            {
                slots.add(new WorkerSlot(args.workerId(slot), rings.get(slot), journal, engines,
                    0 == slot ? archiveDump : ClassArchiveDump.none(), args.coordinatorPid(), stopAll));
            }
            slots.forEach(WorkerSlot::start);
            boolean failed = false;
            for (final WorkerSlot slot : slots)
            {
                while (!slot.join(JOIN_POLL_MS))
                {
                    archiveDump.dumpIfRequested();
                }
                failed |= slot.failed();
            }
            return failed ? 1 : 0;
        }
        catch (final Throwable ex)
        {
            System.err.println("hyperjet worker " + args.workerId() + " failed: " + ex);
            ex.printStackTrace();
            return 1;
        }
        finally
        {
            CloseHelper.closeAll(rings);
            closed.countDown();
        }
    }

    /*
     * The hook must not join the main thread: main ends in System.exit, which waits for the hooks. It waits for the
     * resources to be closed instead, then lets the JVM go; the watchdog halts a JVM whose epoch does not end.
     */
    private static void onShutdown(final List<WorkerSlot> slots, final CountDownLatch closed)
    {
        slots.forEach(WorkerSlot::requestStop);
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
