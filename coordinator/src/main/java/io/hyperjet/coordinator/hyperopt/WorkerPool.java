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
 * gives each its own task ring, notices when one dies, and stops them all on close.
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
    private final Map<Integer, Worker> workers = new LinkedHashMap<>();
    private final EpochTask.Encoder encoder = new EpochTask.Encoder();
    private final ClassDataSharing cds = ClassDataSharing.forThisInstall();
    private final long heapBytes;
    private int nextWorkerId = 1;
    private boolean closed;

    /**
     * A pool with no workers yet.
     *
     * @param runDir     the run's directory (task rings and worker logs live here).
     * @param runSpec    the run spec file workers read.
     * @param journalDir the results journal.
     * @param heapBytes  each worker's maximum heap (-Xmx), from the resource plan; 0 for the JVM's default.
     */
    public WorkerPool(final File runDir, final File runSpec, final File journalDir, final long heapBytes)
    {
        this.heapBytes = heapBytes;
        this.runDir = runDir;
        this.runSpec = runSpec;
        this.journalDir = journalDir;
        this.javaBinary = ProcessHandle.current().info().command().orElse("java");
        this.classPath = System.getProperty("java.class.path");
    }

    /**
     * Starts one more worker.
     *
     * @return its id.
     */
    public int spawn()
    {
        final int id = nextWorkerId++;
        final File ringFile = new File(runDir, "tasks-" + id + ".ring");
        final File log = new File(runDir, "worker-" + id + ".log");
        RunFiles.createOwnerOnlyFile(log.toPath());
        final TaskRing ring = TaskRing.create(ringFile, TaskRing.CAPACITY_DEFAULT);
        final WorkerArgs args = new WorkerArgs(runSpec, id, ringFile, journalDir, ProcessHandle.current().pid());
        final List<String> command = new ArrayList<>();
        command.add(javaBinary);
        command.addAll(JvmFlags.flags());
        cds.addFlags(command);
        command.add("-D" + BOUNDS_CHECKS_PROP_NAME + "=" + Boolean.getBoolean(BOUNDS_CHECKS_PROP_NAME));
        // Collector and JIT settings of a batch-throughput JVM (etc/jvm.properties says why).
        command.addAll(JvmFlags.flags(JvmFlags.WORKER_FLAGS_PROP_NAME));
        if (heapBytes > 0)
        {
            // The JVM default (a quarter of RAM) lets every worker's heap grow to gigabytes of garbage; the plan
            // sized it for the working set plus the caches.
            command.add("-Xmx" + Math.max(1, heapBytes >> 20) + "m");
        }
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
            workers.put(id, new Worker(id, process, ring, log));
            return id;
        }
        catch (final IOException ex)
        {
            ring.close();
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
        for (final Worker worker : workers.values())
        {
            if (worker.process.isAlive())
            {
                ids.add(worker.id);
            }
        }
        return ids;
    }

    /**
     * A worker whose process has ended.
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
     * @return the workers that died since the last call.
     */
    public List<Exited> reapDead()
    {
        final List<Exited> dead = new ArrayList<>();
        for (final Worker worker : new ArrayList<>(workers.values()))
        {
            if (!worker.process.isAlive())
            {
                dead.add(new Exited(worker.id, worker.process.pid(), worker.process.exitValue()));
                workers.remove(worker.id);
                worker.release();
            }
        }
        return dead;
    }

    /**
     * Kills a worker (SIGKILL, which also ends a stopped process) and removes it; its task ring is released.
     *
     * @param id worker id.
     */
    public void kill(final int id)
    {
        final Worker worker = workers.remove(id);
        if (null == worker)
        {
            return;
        }
        try
        {
            worker.process.destroyForcibly().waitFor(STOP_GRACE_MS, TimeUnit.MILLISECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        worker.release();
    }

    /**
     * A worker's heartbeat, which changes while it answers (see the worker's Heartbeat).
     *
     * @param id worker id.
     * @return the value, 0 before its first beat or when the worker is gone.
     */
    public long heartbeat(final int id)
    {
        final Worker worker = workers.get(id);
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
        final File log = new File(runDir, "worker-" + id + ".log");
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
        final Worker worker = workers.get(id);
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
        final Worker worker = workers.get(id);
        return null == worker ? -1 : worker.process.pid();
    }

    /**
     * Asks every worker to finish, waits a short grace period, then kills what is left; a worker still starting (no
     * heartbeat yet, e.g. one waiting for data that will never come) has no epoch to finish and is killed at once.
     * Idempotent.
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
        for (final Worker worker : workers.values())
        {
            if (0 == worker.ring.heartbeat())
            {
                worker.process.destroyForcibly();
            }
            else
            {
                worker.ring.offer(encoder.encode(stop));
            }
        }
        final long deadlineNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_GRACE_MS);
        for (final Worker worker : workers.values())
        {
            final long leftNs = deadlineNs - System.nanoTime();
            try
            {
                if (leftNs <= 0 || !worker.process.waitFor(leftNs, TimeUnit.NANOSECONDS))
                {
                    worker.process.destroyForcibly().waitFor(STOP_GRACE_MS, TimeUnit.MILLISECONDS);
                }
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                worker.process.destroyForcibly();
            }
            worker.release();
        }
        workers.clear();
    }

    private static final class Worker
    {
        final int id;
        final Process process;
        final TaskRing ring;
        final File log;

        Worker(final int id, final Process process, final TaskRing ring, final File log)
        {
            this.id = id;
            this.process = process;
            this.ring = ring;
            this.log = log;
        }

        void release()
        {
            ring.close();
            if (!ring.file().delete() && ring.file().exists())
            {
                ring.file().deleteOnExit();
            }
        }
    }
}
