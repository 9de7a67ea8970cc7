package io.hyperjet.coordinator.hyperopt;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.hyperjet.common.launch.JvmFlags;
import io.hyperjet.shm.channel.EpochTask;
import io.hyperjet.shm.channel.TaskRing;
import io.hyperjet.shm.run.RunFiles;
import io.hyperjet.worker.process.WorkerArgs;
import io.hyperjet.worker.process.WorkerLoop;
import io.hyperjet.worker.process.WorkerMain;

/**
 * The worker JVMs of one run: spawns them from the same install (same java binary, class path and JVM flags),
 * notices when one dies, and stops them all on close. A JVM hosts one or more worker slots (evaluator threads, see
 * the worker's {@code WorkerMain}); each slot is a worker to the rest of the coordinator, with its own id, task ring
 * and heartbeat. Slots live and die with their JVM: killing one kills its JVM, so every slot of it is gone.
 * <p>
 * Worker ids are never reused within a run, so a result from a dead worker can be told apart from its
 * replacement's. Single-threaded: the coordinator's loop owns it.
 */
public final class WorkerPool implements AutoCloseable
{
    private static final long STOP_GRACE_MS = 3_000;
    /** Workers check bounds exactly when this JVM does: off in production, on under the test runner. */
    private static final String BOUNDS_CHECKS_PROP_NAME = "agrona.disable.bounds.checks";

    private final File runDir;
    private final File runSpec;
    private final File journalDir;
    private final String javaBinary;
    private final String classPath;
    private final Map<Integer, Slot> workers = new LinkedHashMap<>();
    private final EpochTask.Encoder encoder = new EpochTask.Encoder();
    /** The flags of etc/jvm.properties every worker JVM gets (common, then worker). */
    private final List<String> workerFlags;
    private final WorkerAotCache aotCache;
    private final long heapBytes;
    private int nextWorkerId = 1;
    private boolean closed;
    private boolean stopRequested;

    /**
     * A pool with no workers yet.
     *
     * @param runDir     the run's directory (task rings and worker logs live here).
     * @param runSpec    the run spec file workers read.
     * @param journalDir the results journal.
     * @param heapBytes  each worker slot's heap, from the resource plan; a JVM gets it times its slots (-Xmx); 0 for
     *                   the JVM's default.
     */
    public WorkerPool(final File runDir, final File runSpec, final File journalDir, final long heapBytes)
    {
        this.heapBytes = heapBytes;
        this.runDir = runDir;
        this.runSpec = runSpec;
        this.journalDir = journalDir;
        this.javaBinary = ProcessHandle.current().info().command().orElse("java");
        this.classPath = System.getProperty("java.class.path");
        final List<String> flags = new ArrayList<>(JvmFlags.flags());
        flags.addAll(JvmFlags.flags(JvmFlags.WORKER_FLAGS_PROP_NAME));
        this.workerFlags = Collections.unmodifiableList(flags);
        this.aotCache = WorkerAotCache.forThisInstall(workerFlags, classPath);
    }

    /**
     * Starts one more worker JVM hosting {@code slots} workers, with consecutive ids.
     *
     * @param slots how many workers (evaluator threads) the JVM runs, at least 1.
     * @return their ids.
     */
    public List<Integer> spawn(final int slots)
    {
        if (slots < 1)
        {
            throw new IllegalArgumentException("a worker JVM needs at least 1 slot, was " + slots);
        }
        final int firstId = nextWorkerId;
        nextWorkerId += slots;
        final File log = logFile(firstId);
        RunFiles.createOwnerOnlyFile(log.toPath());
        final List<TaskRing> rings = new ArrayList<>(slots);
        for (int i = 0; i < slots; i++)
        {
            rings.add(TaskRing.create(WorkerArgs.taskRing(runDir, firstId + i), TaskRing.CAPACITY_DEFAULT));
        }
        final WorkerArgs args = new WorkerArgs(runSpec, firstId, slots, runDir, journalDir,
            ProcessHandle.current().pid());
        final List<String> command = new ArrayList<>();
        command.add(javaBinary);
        // The common flags, then the collector and JIT settings of a batch-throughput JVM (etc/jvm.properties says why).
        command.addAll(workerFlags);
        command.add("-D" + BOUNDS_CHECKS_PROP_NAME + "=" + Boolean.getBoolean(BOUNDS_CHECKS_PROP_NAME));
        if (heapBytes > 0)
        {
            // The JVM default (a quarter of RAM) lets every worker's heap grow to gigabytes of garbage; the plan
            // sized it for one slot's working set plus its caches, and each slot has its own.
            command.add("-Xmx" + Math.max(1, (heapBytes * slots) >> 20) + "m");
        }
        aotCache.addFlags(command, ProcessHandle.current().pid());
        command.addAll(JvmFlags.split(System.getenv(JvmFlags.WORKER_OPTS_ENV_NAME)));
        command.add("-cp");
        command.add(classPath);
        command.add(WorkerMain.class.getName());
        Collections.addAll(command, args.toArgs());
        try
        {
            final Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .start();
            final List<Integer> ids = new ArrayList<>(slots);
            final Jvm jvm = new Jvm(process, log);
            for (int i = 0; i < slots; i++)
            {
                workers.put(firstId + i, new Slot(firstId + i, jvm, rings.get(i)));
                ids.add(firstId + i);
            }
            return ids;
        }
        catch (final IOException ex)
        {
            rings.forEach(Slot::release);
            throw new UncheckedIOException("cannot start worker JVM " + javaBinary, ex);
        }
    }

    /**
     * Ids of the live workers, in start order.
     *
     * @return the ids.
     */
    public List<Integer> liveWorkers()
    {
        final List<Integer> ids = new ArrayList<>();
        for (final Slot worker : workers.values())
        {
            if (worker.jvm.process.isAlive())
            {
                ids.add(worker.id);
            }
        }
        return ids;
    }

    /**
     * A worker whose process has ended; the other slots of that process end with it and share its pid.
     *
     * @param id       worker id.
     * @param pid      its process id.
     * @param exitCode its exit code (128 + signal number when a signal ended it).
     */
    public record Exited(int id, long pid, int exitCode)
    {
    }

    /**
     * Removes workers whose process has ended and returns them.
     *
     * @return the workers that died since the last call, the slots of one JVM next to each other.
     */
    public List<Exited> reapDead()
    {
        final List<Exited> dead = new ArrayList<>();
        Jvm checked = null;
        boolean alive = true;
        for (final Slot worker : new ArrayList<>(workers.values()))
        {
            if (worker.jvm != checked)
            {
                // once per JVM, so that a JVM ending during this loop is reaped with all its slots or none
                checked = worker.jvm;
                alive = checked.process.isAlive();
            }
            if (!alive)
            {
                dead.add(new Exited(worker.id, worker.jvm.process.pid(), worker.jvm.process.exitValue()));
                workers.remove(worker.id);
                worker.release();
            }
        }
        return dead;
    }

    /**
     * Kills a worker's JVM (SIGKILL, which also ends a stopped process) and removes every worker it hosted; their
     * task rings are released.
     *
     * @param id worker id.
     * @return the ids removed: {@code id} and the other slots of its JVM, in id order; empty when unknown.
     */
    public List<Integer> kill(final int id)
    {
        final Slot worker = workers.get(id);
        if (null == worker)
        {
            return List.of();
        }
        try
        {
            worker.jvm.process.destroyForcibly().waitFor(STOP_GRACE_MS, TimeUnit.MILLISECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        final List<Integer> removed = new ArrayList<>();
        for (final Slot slot : new ArrayList<>(workers.values()))
        {
            if (slot.jvm == worker.jvm)
            {
                workers.remove(slot.id);
                slot.release();
                removed.add(slot.id);
            }
        }
        return removed;
    }

    /**
     * A worker's heartbeat, which changes while it answers (see the worker's Heartbeat).
     *
     * @param id worker id.
     * @return the value, 0 before its first beat or when the worker is gone.
     */
    public long heartbeat(final int id)
    {
        final Slot worker = workers.get(id);
        return null == worker ? 0 : worker.ring.heartbeat();
    }

    /**
     * The last lines of a worker's log, for error messages.
     *
     * @param id worker id.
     * @param lines most lines.
     * @return the tail, possibly empty.
     */
    public String logTail(final int id, final int lines)
    {
        final Slot worker = workers.get(id);
        final File log = null != worker ? worker.jvm.log : logFile(id);
        try
        {
            final List<String> all = Files.readAllLines(log.toPath(), StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        }
        catch (final IOException ex)
        {
            return "";
        }
    }

    /**
     * Sends a task to a worker.
     *
     * @param id   worker id.
     * @param task the task.
     * @return false when the worker is gone or its ring is full.
     */
    public boolean send(final int id, final EpochTask task)
    {
        final Slot worker = workers.get(id);
        return null != worker && worker.ring.offer(encoder.encode(task));
    }

    /**
     * The pid of a worker, for tests and diagnostics.
     *
     * @param id worker id.
     * @return the pid, or -1 when unknown.
     */
    public long pid(final int id)
    {
        final Slot worker = workers.get(id);
        return null == worker ? -1 : worker.jvm.process.pid();
    }

    /**
     * Asks every worker to finish after its current task, without waiting: the caller does its own end-of-run work
     * (the summary) while the worker JVMs exit, and {@link #close()} then waits for them. Idempotent.
     */
    public void requestStop()
    {
        if (stopRequested || closed)
        {
            return;
        }
        stopRequested = true;
        final EpochTask stop = new EpochTask(WorkerLoop.STOP_EPOCH, new double[0], "{}");
        for (final Slot worker : workers.values())
        {
            worker.ring.offer(encoder.encode(stop));
        }
    }

    /**
     * Asks every worker to finish (unless {@link #requestStop()} did), waits a short grace period, then kills what is left; a JVM none of whose workers
     * has started (no heartbeat yet, e.g. waiting for data that will never come) has no epoch to finish and is
     * killed at once. Idempotent.
     */
    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        final EpochTask stop = new EpochTask(WorkerLoop.STOP_EPOCH, new double[0], "{}");
        final Map<Jvm, Boolean> started = new LinkedHashMap<>();
        for (final Slot worker : workers.values())
        {
            started.merge(worker.jvm, 0 != worker.ring.heartbeat(), Boolean::logicalOr);
            if (!stopRequested)
            {
                worker.ring.offer(encoder.encode(stop));
            }
        }
        started.forEach((jvm, anyStarted) ->
        {
            if (!anyStarted)
            {
                jvm.process.destroyForcibly();
            }
        });
        final long deadlineNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_GRACE_MS);
        for (final Jvm jvm : started.keySet())
        {
            final long leftNs = deadlineNs - System.nanoTime();
            try
            {
                if (leftNs <= 0 || !jvm.process.waitFor(leftNs, TimeUnit.NANOSECONDS))
                {
                    jvm.process.destroyForcibly().waitFor(STOP_GRACE_MS, TimeUnit.MILLISECONDS);
                }
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                jvm.process.destroyForcibly();
            }
        }
        workers.values().forEach(worker -> worker.release());
        workers.clear();
        aotCache.discardUnusedTraining();
    }

    private File logFile(final int firstId)
    {
        return new File(runDir, "worker-" + firstId + ".log");
    }

    /* One worker JVM; its slots hold it. Identity equality: one object per process. */
    private static final class Jvm
    {
        final Process process;
        final File log;

        Jvm(final Process process, final File log)
        {
            this.process = process;
            this.log = log;
        }
    }

    private static final class Slot
    {
        final int id;
        final Jvm jvm;
        final TaskRing ring;

        Slot(final int id, final Jvm jvm, final TaskRing ring)
        {
            this.id = id;
            this.jvm = jvm;
            this.ring = ring;
        }

        void release()
        {
            release(ring);
        }

        static void release(final TaskRing ring)
        {
            ring.close();
            if (!ring.file().delete() && ring.file().exists())
            {
                ring.file().deleteOnExit();
            }
        }
    }
}
