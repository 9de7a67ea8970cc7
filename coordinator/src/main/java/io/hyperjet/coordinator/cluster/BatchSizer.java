package io.hyperjet.coordinator.cluster;

/**
 * How many epochs go in one batch to a node: enough that one batch takes about the target time on the node's
 * workers (an epoch takes milliseconds, a network round trip about as long), but never so many that the nodes
 * together would hold more than the lag allows in flight, two batches each.
 * <p>
 * Epoch time is the running mean of the workers' own evaluation times, so it does not count the network.
 */
final class BatchSizer
{
    static final int BATCHES_IN_FLIGHT_PER_NODE = 2;

    private final long targetNs;
    private final int lag;
    private double meanEpochNs;
    private long measured;

    /**
     * A sizer.
     *
     * @param targetMs how long a batch should take on a node.
     * @param lag      the run's hyperopt_lag, the cap on epochs in flight.
     */
    BatchSizer(final long targetMs, final int lag)
    {
        this.targetNs = targetMs * 1_000_000L;
        this.lag = lag;
    }

    /**
     * Records one epoch's evaluation time.
     *
     * @param evalNanos the worker's time for it.
     */
    void onEpoch(final long evalNanos)
    {
        measured++;
        meanEpochNs += (evalNanos - meanEpochNs) / Math.min(measured, 256);
    }

    /**
     * The batch size now.
     *
     * @param nodeWorkers the workers of the node the batch goes to.
     * @param readyNodes  the nodes sharing the lag.
     * @return at least 1.
     */
    int size(final int nodeWorkers, final int readyNodes)
    {
        final int cap = Math.max(1, lag / (BATCHES_IN_FLIGHT_PER_NODE * Math.max(1, readyNodes)));
        final long wanted = measured == 0 ? Math.max(1, nodeWorkers) :
            Math.max(1, Math.round(targetNs / Math.max(1.0, meanEpochNs) * Math.max(1, nodeWorkers)));
        return (int)Math.min(cap, wanted);
    }

    double meanEpochMs()
    {
        return meanEpochNs / 1e6;
    }
}
