package io.hyperjet.coordinator.hyperopt;

import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;

/**
 * Where epochs come from: numbers them 1, 2, 3, ... and draws each one's parameters. An implementation that
 * depends on earlier results says so through {@link #canAsk()}; results are told strictly in epoch order.
 */
public interface EpochSource
{
    /**
     * Whether the next epoch can be drawn now (for example: every result it depends on has been told).
     *
     * @return true when {@link #ask()} may be called.
     */
    boolean canAsk();

    /**
     * Whether the source cannot give any more distinct epochs (a small search space ran out).
     *
     * @return true when exhausted.
     */
    boolean exhausted();

    /**
     * Draws the next epoch.
     *
     * @return the task, numbered one above the previous.
     */
    EpochTask ask();

    /**
     * Reports the result of an epoch; called in epoch order.
     *
     * @param result the result.
     */
    void tell(EpochResult result);
}
