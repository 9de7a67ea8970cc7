package io.hyperjet.coordinator.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.agrona.CloseHelper;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.coordinator.hyperopt.WorkerPool;
import io.hyperjet.coordinator.hyperopt.WorkerWatch;
import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;
import io.hyperjet.shm.channel.ResultJournal;
import io.hyperjet.shm.metadata.MetadataFile;
import io.hyperjet.shm.run.RunFiles;
import io.hyperjet.shm.run.SharedRun;

/**
 * One coordinator's run on a node: the run's files received from the coordinator into this node's own shared-memory
 * run directory (same {@code metadata.json} layout, owned by this node's process), the node's local worker JVMs
 * attached to it, and a dispatcher thread that feeds them the epochs of incoming batches and completes each batch
 * when its last result is in the node's journal.
 * <p>
 * Threads: {@link #receive} and {@link #open} are called by the Hazelcast task threads in that order;
 * {@link #submit} from any thread; the pool, journal reader and bookkeeping belong to the dispatcher thread alone.
 */
final class NodeRun implements AutoCloseable
{
    static final String SPEC_FILE = "run-spec.json";
    private static final int TASKS_PER_WORKER = 2;
    private static final int MAX_DEATHS_WITHOUT_PROGRESS = 3;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String key;
    private final UUID coordinator;
    private final SharedRun shared;
    private final Consumer<String> log;
    private final AtomicLong nodeEpochs;
    private final ConcurrentLinkedQueue<Batch> incoming = new ConcurrentLinkedQueue<>();
    private final AtomicLong epochsDone = new AtomicLong();
    private volatile boolean running;
    private volatile int liveWorkers;
    private volatile String failure;
    private Thread dispatcher;
    private WorkerPool pool;
    private WorkerWatch watch;
    private ResultJournal journal;
    private ResultJournal.Reader reader;

    private NodeRun(final String key, final UUID coordinator, final SharedRun shared, final Consumer<String> log,
        final AtomicLong nodeEpochs)
    {
        this.key = key;
        this.coordinator = coordinator;
        this.shared = shared;
        this.log = log;
        this.nodeEpochs = nodeEpochs;
    }

    /**
     * A new, empty run directory under the node's shared-memory root.
     *
     * @param key         the coordinator's run key.
     * @param coordinator the coordinator member; the run ends when it leaves.
     * @param shmRoot     this node's shared-memory root.
     * @param log         receives the node's log lines.
     * @param nodeEpochs  the node's count of epochs done, shared by its runs.
     * @return the run.
     */
    static NodeRun create(
        final String key, final UUID coordinator, final Path shmRoot, final Consumer<String> log,
        final AtomicLong nodeEpochs)
    {
        return new NodeRun(key, coordinator, SharedRun.create(shmRoot, log), log, nodeEpochs);
    }

    String key()
    {
        return key;
    }

    UUID coordinator()
    {
        return coordinator;
    }

    Path directory()
    {
        return shared.directory();
    }

    long epochsDone()
    {
        return epochsDone.get();
    }

    int liveWorkers()
    {
        return liveWorkers;
    }

    /**
     * Writes one chunk of a file the coordinator ships.
     *
     * @param name   the file's name inside the run directory (a plain name or {@code strategies-N/name}).
     * @param offset where the chunk goes.
     * @param bytes  the chunk.
     */
    synchronized void receive(final String name, final long offset, final byte[] bytes)
    {
        final Path file = resolve(name);
        try
        {
            // chunks may arrive in any order: whichever comes first creates the file (a run's directory is new)
            if (!Files.exists(file))
            {
                Files.createDirectories(file.getParent());
                Files.createFile(file, PosixFilePermissions.asFileAttribute(RunFiles.OWNER_ONLY_FILE));
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE))
            {
                final ByteBuffer buffer = ByteBuffer.wrap(bytes);
                long at = offset;
                while (buffer.hasRemaining())
                {
                    at += channel.write(buffer, at);
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("node cannot write " + file, ex);
        }
    }

    /**
     * Checks every shipped file against the coordinator's checksum, takes the run over as this node's (its own run
     * id and process in the metadata, its own paths in the spec) and starts the local workers.
     *
     * @param checksums     file name to CRC32C of the whole file.
     * @param specJson      the coordinator's run spec.
     * @param workers       worker JVMs to start.
     * @param workerHeapMb  -Xmx of each, 0 for the JVM default.
     * @return the number of workers started.
     */
    synchronized int open(
        final Map<String, Long> checksums, final String specJson, final int workers, final long workerHeapMb)
    {
        if (running)
        {
            return liveWorkers;
        }
        for (final Map.Entry<String, Long> e : checksums.entrySet())
        {
            final long actual = crc32c(resolve(e.getKey()));
            if (actual != e.getValue())
            {
                throw new IllegalStateException("shipped file " + e.getKey() + " has CRC32C " +
                    Long.toHexString(actual) + ", the coordinator's is " + Long.toHexString(e.getValue()));
            }
        }
        try
        {
            final Path metadata = shared.metadataFile();
            final ObjectNode own = (ObjectNode)MetadataFile.readTree(metadata);
            final ObjectNode received = (ObjectNode)MAPPER.readTree(resolve(ClusterFiles.METADATA).toFile());
            // the run belongs to this node's process: stale-run cleanup and workers' liveness checks look at it
            received.set("run_id", own.get("run_id"));
            received.set("coordinator", own.get("coordinator"));
            received.set("created", own.get("created"));
            Files.delete(resolve(ClusterFiles.METADATA));
            final Path tmp = metadata.resolveSibling(MetadataFile.FILE_NAME + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(RunFiles.OWNER_ONLY_FILE));
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), received);
            Files.move(tmp, metadata, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);

            final ObjectNode spec = (ObjectNode)MAPPER.readTree(specJson);
            spec.put("metadata", metadata.toString());
            final ArrayNode paths = spec.putArray("strategy_paths");
            for (final String name : ClusterFiles.strategyDirs(checksums.keySet()))
            {
                paths.add(resolve(name).toString());
            }
            final Path specFile = shared.directory().resolve(SPEC_FILE);
            Files.createFile(specFile, PosixFilePermissions.asFileAttribute(RunFiles.OWNER_ONLY_FILE));
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(specFile.toFile(), spec);

            final Path journalDir = shared.directory().resolve("journal");
            Files.createDirectories(journalDir);
            journal = ResultJournal.open(journalDir.toFile());
            reader = journal.reader();
            pool = new WorkerPool(shared.directory().toFile(), specFile.toFile(), journalDir.toFile(),
                workerHeapMb << 20);
            // the run's own worker_timeout_seconds, as its local workers would be watched
            watch = new WorkerWatch(ConfigLoader.fromJson(spec.get("config").toString(), SPEC_FILE)
                .optimization().workerTimeoutSeconds());
            // one worker JVM hosting every worker of the run, as on one machine: its JIT is paid once
            spawn(workers);
            liveWorkers = workers;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("node cannot prepare run " + key + " in " + shared.directory(), ex);
        }
        running = true;
        dispatcher = new Thread(this::dispatch, "hyperjet-node-run");
        dispatcher.setDaemon(true);
        dispatcher.start();
        return workers;
    }

    /**
     * Queues a batch for the local workers.
     *
     * @param tasks the epochs.
     * @return completes with the encoded results, in epoch order, once every epoch is back.
     */
    CompletableFuture<byte[]> submit(final List<EpochTask> tasks)
    {
        final Batch batch = new Batch(tasks.size());
        if (!running)
        {
            batch.future.completeExceptionally(new IllegalStateException(null != failure ? failure :
                "run " + key + " is not open on this node"));
            return batch.future;
        }
        for (final EpochTask task : tasks)
        {
            batch.tasks.add(task);
        }
        incoming.add(batch);
        if (!running)
        {
            // closed between the check and the add: the dispatcher may never see it
            batch.future.completeExceptionally(new IllegalStateException("run " + key + " ended on this node"));
        }
        return batch.future;
    }

    /** Stops the workers and removes the run's shared memory. Idempotent. */
    @Override
    public synchronized void close()
    {
        running = false;
        if (null != dispatcher)
        {
            try
            {
                dispatcher.join(TimeUnit.SECONDS.toMillis(10));
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
            dispatcher = null;
        }
        CloseHelper.closeAll(pool, reader, journal, shared);
        pool = null;
        reader = null;
        journal = null;
        liveWorkers = 0;
        Batch b;
        while (null != (b = incoming.poll()))
        {
            b.future.completeExceptionally(new IllegalStateException("run " + key + " ended on this node"));
        }
    }

    /*
     * The dispatcher: fills each worker's small window from the queue of epochs, reads results from the node's
     * journal, completes batches, and replaces workers that die (their epochs go first to the next free worker).
     */
    private void dispatch()
    {
        final Dispatch state = new Dispatch();
        final IdleStrategy idle = new BackoffIdleStrategy(
            10, 20, TimeUnit.MICROSECONDS.toNanos(10), TimeUnit.MILLISECONDS.toNanos(1));
        try
        {
            while (running)
            {
                int work = 0;
                Batch b;
                while (null != (b = incoming.poll()))
                {
                    for (final EpochTask task : b.tasks)
                    {
                        state.pending.addLast(new Pending(task, b));
                    }
                    state.batches.add(b);
                    work++;
                }
                work += replaceDead(state);
                work += killUnresponsive(state);
                final long nowNs = System.nanoTime();
                for (final int id : pool.liveWorkers())
                {
                    watch.onHeartbeat(id, pool.heartbeat(id), nowNs);
                    while (state.heldBy(id) < TASKS_PER_WORKER && !state.pending.isEmpty())
                    {
                        final Pending p = state.pending.peekFirst();
                        if (!pool.send(id, p.task))
                        {
                            break;
                        }
                        watch.onSent(id, p.task, nowNs);
                        state.pending.pollFirst();
                        state.held.put(p.task.epoch(), new Held(id, p));
                        state.heldCount.merge(id, 1, Integer::sum);
                        work++;
                    }
                }
                work += reader.poll(r -> onResult(state, r), 256);
                idle.idle(work);
            }
        }
        catch (final RuntimeException ex)
        {
            failure = "node run " + key + " failed: " + ex.getMessage();
            log.accept(failure);
            running = false;
        }
        for (final Batch b : state.batches)
        {
            b.future.completeExceptionally(new IllegalStateException(null != failure ? failure :
                "run " + key + " ended on this node"));
        }
    }

    private int replaceDead(final Dispatch state)
    {
        final List<WorkerPool.Exited> dead = pool.reapDead();
        int i = 0;
        while (i < dead.size())
        {
            // the workers of one JVM are next to each other and share its pid; they died together
            final WorkerPool.Exited exited = dead.get(i);
            final List<Integer> ids = new ArrayList<>();
            int handedBack = 0;
            while (i < dead.size() && dead.get(i).pid() == exited.pid())
            {
                final int id = dead.get(i++).id();
                ids.add(id);
                watch.onGone(id);
                handedBack += handBack(state, id);
            }
            if (epochsDone.get() == state.doneAtLastDeath)
            {
                state.deathsWithoutProgress++;
            }
            else
            {
                state.deathsWithoutProgress = 1;
                state.doneAtLastDeath = epochsDone.get();
            }
            if (state.deathsWithoutProgress >= MAX_DEATHS_WITHOUT_PROGRESS)
            {
                throw new IllegalStateException("workers keep dying without progress; last worker log:" +
                    System.lineSeparator() + pool.logTail(exited.id(), 15));
            }
            log.accept("run " + key + ": workers " + ids + " (pid " + exited.pid() + ") died (exit code " +
                exited.exitCode() + "); " + handedBack + " epochs handed out again; replaced by workers " +
                spawn(ids.size()));
        }
        liveWorkers = pool.liveWorkers().size();
        return dead.size();
    }

    /*
     * Workers the watch gives up on (stopped answering, or holding an epoch far longer than epochs take) are killed
     * with every other worker of their JVM and replaced as on one machine; an epoch that hung on two workers in a
     * row is recorded as failed.
     */
    private int killUnresponsive(final Dispatch state)
    {
        final List<WorkerWatch.Verdict> verdicts = watch.check(System.nanoTime());
        int killed = 0;
        for (final WorkerWatch.Verdict verdict : verdicts)
        {
            final int id = verdict.workerId();
            final List<Integer> ids = pool.kill(id);
            if (ids.isEmpty())
            {
                // its JVM was killed for another of its workers a moment ago
                continue;
            }
            killed++;
            final EpochTask stuck = verdict.stuckTask();
            if (null != stuck && watch.hungOnceMore(stuck.epoch()))
            {
                onResult(state, WorkerWatch.hungResult(stuck, id, "no result: the worker " + verdict.reason() +
                    " (on two workers in a row; the strategy may loop forever for these parameters)"));
            }
            int handedBack = 0;
            for (final int gone : ids)
            {
                watch.onGone(gone);
                handedBack += handBack(state, gone);
            }
            log.accept("run " + key + ": workers " + ids + " killed: worker " + id + " " + verdict.reason() + "; " +
                handedBack + " epochs handed out again; replaced by workers " + spawn(ids.size()));
        }
        return killed;
    }

    private int handBack(final Dispatch state, final int workerId)
    {
        final List<Long> epochs = new ArrayList<>();
        for (final Map.Entry<Long, Held> e : state.held.entrySet())
        {
            if (e.getValue().workerId == workerId)
            {
                epochs.add(e.getKey());
            }
        }
        epochs.sort(Comparator.reverseOrder());
        for (final long epoch : epochs)
        {
            state.pending.addFirst(state.held.remove(epoch).pending);
        }
        state.heldCount.remove(workerId);
        return epochs.size();
    }

    private List<Integer> spawn(final int slots)
    {
        return watch.onSpawned(pool.spawn(slots), System.nanoTime());
    }

    private void onResult(final Dispatch state, final EpochResult result)
    {
        final Held held = state.held.get(result.epoch());
        if (null == held || held.workerId != result.workerId())
        {
            return;
        }
        state.held.remove(result.epoch());
        state.heldCount.merge(held.workerId, -1, Integer::sum);
        watch.onResult(result, System.nanoTime());
        epochsDone.incrementAndGet();
        nodeEpochs.incrementAndGet();
        final Batch batch = held.pending.batch;
        batch.results.add(result);
        if (batch.results.size() == batch.size)
        {
            batch.results.sort(Comparator.comparingLong(EpochResult::epoch));
            state.batches.remove(batch);
            batch.future.complete(BatchCodec.encodeResults(batch.results));
        }
    }

    private Path resolve(final String name)
    {
        final Path file = shared.directory().resolve(name).normalize();
        if (!file.startsWith(shared.directory()) || file.equals(shared.directory()))
        {
            throw new IllegalArgumentException("file name " + name + " leaves the run directory");
        }
        return file;
    }

    static long crc32c(final Path file)
    {
        final CRC32C crc = new CRC32C();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ))
        {
            final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
            while (channel.read(buffer) > 0)
            {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
        return crc.getValue();
    }

    /** The dispatcher thread's bookkeeping. */
    private static final class Dispatch
    {
        final ArrayDeque<Pending> pending = new ArrayDeque<>();
        final Map<Long, Held> held = new HashMap<>();
        final Map<Integer, Integer> heldCount = new HashMap<>();
        final List<Batch> batches = new ArrayList<>();
        int deathsWithoutProgress;
        long doneAtLastDeath = -1;

        int heldBy(final int id)
        {
            return heldCount.getOrDefault(id, 0);
        }
    }

    private static final class Batch
    {
        final int size;
        final List<EpochTask> tasks = new ArrayList<>();
        final List<EpochResult> results = new ArrayList<>();
        final CompletableFuture<byte[]> future = new CompletableFuture<>();

        Batch(final int size)
        {
            this.size = size;
        }
    }

    private record Pending(EpochTask task, Batch batch)
    {
    }

    private record Held(int workerId, Pending pending)
    {
    }
}
