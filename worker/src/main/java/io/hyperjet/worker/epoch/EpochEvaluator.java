package io.hyperjet.worker.epoch;

import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;

/**
 * Evaluates epochs: applies a task's parameters, computes signals, backtests, and scores the result. One instance
 * per thread; it reuses its buffers across epochs.
 */
public interface EpochEvaluator extends AutoCloseable
{
    /**
     * Evaluates one epoch. A strategy failure does not throw: it comes back as a failed result with its message.
     *
     * @param task     the epoch.
     * @param workerId the id to stamp on the result.
     * @return the result.
     */
    EpochResult evaluate(EpochTask task, int workerId);

    @Override
    void close();
}
