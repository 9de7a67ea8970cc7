package io.hyperjet.shm.channel;

/**
 * The outcome of one epoch as a worker appends it to the results journal: the loss, the parameters and the
 * {@link EpochFigures} always; the full {@code results_metrics} with every trade only when the task asked for it.
 *
 * @param epoch       1-based epoch number.
 * @param workerId    the worker that evaluated it.
 * @param failed      true when the strategy or engine threw for this epoch.
 * @param loss        the loss (meaningless when failed).
 * @param evalNanos   wall time the worker spent on the epoch.
 * @param point       the sampler's encoded point, echoed from the task.
 * @param paramsJson  the applied parameters, echoed from the task.
 * @param figures     the figures hyperopt-list shows ({@link EpochFigures#NONE} when failed).
 * @param metricsJson the epoch's full {@code results_metrics} object as JSON when asked for, else null; the error
 *                    message when failed.
 * @param extrasJson  engine facts for this epoch (backtester path, cache statistics) as a JSON object.
 */
public record EpochResult(
    long epoch,
    int workerId,
    boolean failed,
    double loss,
    long evalNanos,
    double[] point,
    String paramsJson,
    EpochFigures figures,
    String metricsJson,
    String extrasJson)
{
    /**
     * Number of trades.
     *
     * @return the count.
     */
    public int tradeCount()
    {
        return figures.totalTrades();
    }

    /**
     * Whether the full {@code results_metrics} came with this result.
     *
     * @return true when it did.
     */
    public boolean hasFullMetrics()
    {
        return !failed && null != metricsJson;
    }
}
