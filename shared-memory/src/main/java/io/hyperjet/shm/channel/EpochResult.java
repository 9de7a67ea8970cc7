package io.hyperjet.shm.channel;

/**
 * The outcome of one epoch as a worker appends it to the results journal.
 *
 * @param epoch       1-based epoch number.
 * @param workerId    the worker that evaluated it.
 * @param failed      true when the strategy or engine threw for this epoch.
 * @param loss        the loss (meaningless when failed).
 * @param tradeCount  number of trades.
 * @param evalNanos   wall time the worker spent on the epoch.
 * @param point       the sampler's encoded point, echoed from the task.
 * @param paramsJson  the applied parameters, echoed from the task.
 * @param metricsJson the epoch's {@code results_metrics} object as JSON, or the error message when failed.
 * @param extrasJson  engine facts for this epoch (backtester path, cache statistics) as a JSON object.
 */
public record EpochResult(
    long epoch,
    int workerId,
    boolean failed,
    double loss,
    int tradeCount,
    long evalNanos,
    double[] point,
    String paramsJson,
    String metricsJson,
    String extrasJson)
{
}
