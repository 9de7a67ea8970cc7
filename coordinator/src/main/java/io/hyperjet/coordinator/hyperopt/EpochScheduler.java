package io.hyperjet.coordinator.hyperopt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;

/**
 * The coordinator's bookkeeping of a hyperopt: which epochs each worker holds, which results are waiting for their
 * turn, and when the run is done. It keeps every worker fed with up to {@code window} tasks and never waits for a
 * batch: a free slot is filled as soon as the epoch source can draw. Results are committed strictly in epoch order,
 * so files and the best epoch do not depend on which worker was faster.
 * <p>
 * A worker that dies hands its unfinished epochs back with {@link #onWorkerLost(int)}; they are given to the next
 * worker with room, before any new epoch. A late duplicate result of a handed-back epoch is ignored.
 * <p>
 * Single-threaded: the coordinator's loop owns it.
 */
public final class EpochScheduler
{
    private final EpochSource source;
    private final long totalEpochs;
    private int window;
    private final Consumer<EpochResult> onCommit;
    private final Map<Long, Integer> holderByEpoch = new HashMap<>();
    private final Map<Long, EpochTask> taskByEpoch = new HashMap<>();
    private final Map<Integer, Integer> heldByWorker = new HashMap<>();
    private final ArrayDeque<EpochTask> handedBack = new ArrayDeque<>();
    private final TreeMap<Long, EpochResult> waiting = new TreeMap<>();
    private long asked;
    private long nextToCommit = 1;
    private long stopAfterEpoch = Long.MAX_VALUE;

    /**
     * A scheduler.
     *
     * @param source         draws epochs.
     * @param firstEpoch     the first epoch still to run (above 1 when resuming).
     * @param totalEpochs    the last epoch number to run.
     * @param window         most tasks a worker holds at once.
     * @param onCommit       receives results in epoch order.
     */
    public EpochScheduler(
        final EpochSource source,
        final long firstEpoch,
        final long totalEpochs,
        final int window,
        final Consumer<EpochResult> onCommit)
    {
        if (window < 1)
        {
            throw new IllegalArgumentException("window must be >= 1, was " + window);
        }
        this.source = source;
        this.totalEpochs = totalEpochs;
        this.window = window;
        this.onCommit = onCommit;
        this.asked = firstEpoch - 1;
        this.nextToCommit = firstEpoch;
    }

    /**
     * The tasks to send to a worker now: handed-back epochs first, then new ones, up to its free room.
     *
     * @param workerId the worker.
     * @return tasks to send, possibly empty; not to be modified.
     */
    public List<EpochTask> tasksFor(final int workerId)
    {
        int held = heldByWorker.getOrDefault(workerId, 0);
        if (held >= window)
        {
            // the common case of the coordinator's loop (a full window): no list, no map write
            return List.of();
        }
        final List<EpochTask> tasks = new ArrayList<>();
        while (held < window)
        {
            EpochTask task = handedBack.pollFirst();
            if (null == task)
            {
                if (asked >= lastEpoch() || source.exhausted() || !source.canAsk())
                {
                    break;
                }
                task = source.ask();
                asked = task.epoch();
                taskByEpoch.put(task.epoch(), task);
            }
            holderByEpoch.put(task.epoch(), workerId);
            held++;
            tasks.add(task);
        }
        heldByWorker.put(workerId, held);
        return tasks;
    }

    /**
     * Takes a result from the journal. Results that nobody waits for (a duplicate of an epoch that was handed back
     * and done again, or beyond an early stop) are dropped.
     *
     * @param result the result.
     * @return true when it was accepted.
     */
    public boolean onResult(final EpochResult result)
    {
        final long epoch = result.epoch();
        final Integer holder = holderByEpoch.get(epoch);
        if (epoch < nextToCommit || waiting.containsKey(epoch) || null == holder || holder != result.workerId())
        {
            return false;
        }
        holderByEpoch.remove(epoch);
        heldByWorker.merge(holder, -1, Integer::sum);
        waiting.put(epoch, result);
        while (!waiting.isEmpty() && waiting.firstKey() == nextToCommit && nextToCommit <= lastEpoch())
        {
            final EpochResult next = waiting.pollFirstEntry().getValue();
            taskByEpoch.remove(next.epoch());
            nextToCommit++;
            source.tell(next);
            onCommit.accept(next);
        }
        return true;
    }

    /**
     * Hands back every epoch a worker held; call when it died.
     *
     * @param workerId the lost worker.
     * @return the number of epochs handed back.
     */
    public int onWorkerLost(final int workerId)
    {
        final List<Long> epochs = new ArrayList<>();
        for (final Map.Entry<Long, Integer> e : holderByEpoch.entrySet())
        {
            if (e.getValue() == workerId)
            {
                epochs.add(e.getKey());
            }
        }
        epochs.sort(null);
        for (int i = epochs.size() - 1; i >= 0; i--)
        {
            final long epoch = epochs.get(i);
            holderByEpoch.remove(epoch);
            handedBack.addFirst(taskByEpoch.get(epoch));
        }
        heldByWorker.remove(workerId);
        return epochs.size();
    }

    /**
     * Stops drawing new epochs and ends the run once every epoch up to {@code epoch} is committed (early stop).
     *
     * @param epoch the last epoch to keep.
     */
    public void stopAfter(final long epoch)
    {
        stopAfterEpoch = Math.min(stopAfterEpoch, epoch);
    }

    /**
     * Whether every epoch to run has been committed, or the source ran out and nothing is outstanding.
     *
     * @return true when the run is complete.
     */
    public boolean isDone()
    {
        if (nextToCommit > lastEpoch())
        {
            return true;
        }
        return source.exhausted() && asked < nextToCommit && handedBack.isEmpty();
    }

    /**
     * Changes the number of tasks each worker may hold (the resource optimizer adapts it to the epoch cost). Workers
     * holding more than the new window keep their tasks; they just get no more until below it.
     *
     * @param window most tasks a worker holds at once, at least 1.
     */
    public void window(final int window)
    {
        if (window < 1)
        {
            throw new IllegalArgumentException("window must be >= 1, was " + window);
        }
        this.window = window;
    }

    public int window()
    {
        return window;
    }

    public long committed()
    {
        return nextToCommit - 1;
    }

    public long lastEpoch()
    {
        return Math.min(totalEpochs, stopAfterEpoch);
    }

    /**
     * Epochs handed to workers and not yet back.
     *
     * @return the count.
     */
    public int outstanding()
    {
        return holderByEpoch.size();
    }
}
