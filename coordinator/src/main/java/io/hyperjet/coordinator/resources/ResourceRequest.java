package io.hyperjet.coordinator.resources;

/**
 * What a hyperopt asks of the machine: the configuration keys the optimizer honours and the size of the data.
 *
 * @param datasetBytes       bytes of shared data (candles and indicator columns), counted once: workers share it.
 * @param hyperoptJobs       {@value #AUTO} to let the optimizer choose, else the fixed worker count (>= 1).
 * @param hyperoptBatchSize  {@value #AUTO} to let the optimizer choose, else the fixed task window (>= 1).
 * @param epochs             epochs the hyperopt will run (>= 1).
 * @param cacheSizeMb        each worker's indicator + signal cache budget (>= 0).
 * @param useSharedMemory    whether the data goes to the shared-memory root (checked for free space).
 * @param maxInFlight        most epochs the search ever has out at once (>= 1); more workers than that would idle.
 * @param forceJobs          start a fixed {@code hyperoptJobs} even above what the run can use
 *                           ({@code --force-jobs}).
 * @param candleRows         candle rows of all the run's pairs (>= 0): each worker's backtester keeps a heap copy
 *                           of them, so its heap grows with the data.
 */
public record ResourceRequest(
    long datasetBytes,
    int hyperoptJobs,
    int hyperoptBatchSize,
    long epochs,
    long cacheSizeMb,
    boolean useSharedMemory,
    long maxInFlight,
    boolean forceJobs,
    long candleRows)
{
    /**
     * The value of {@code hyperopt_jobs} and {@code hyperopt_batch_size} that asks the optimizer to choose.
     */
    public static final int AUTO = -1;

    /**
     * {@code cache_size_mb} when the config does not set it.
     */
    public static final long CACHE_SIZE_MB_DEFAULT = 256;

    /**
     * Epochs when neither the command line nor the config sets them (Freqtrade's default).
     */
    public static final long EPOCHS_DEFAULT = 100;

    /** A request without a bound on the epochs in flight, not forcing the jobs. */
    public ResourceRequest(
        final long datasetBytes, final int hyperoptJobs, final int hyperoptBatchSize, final long epochs,
        final long cacheSizeMb, final boolean useSharedMemory)
    {
        this(datasetBytes, hyperoptJobs, hyperoptBatchSize, epochs, cacheSizeMb, useSharedMemory, Long.MAX_VALUE,
            false, 0);
    }

    public ResourceRequest
    {
        if (maxInFlight < 1)
        {
            throw new IllegalArgumentException("maxInFlight must be >= 1, was " + maxInFlight);
        }
        if (datasetBytes < 0)
        {
            throw new IllegalArgumentException("datasetBytes must be >= 0, was " + datasetBytes);
        }
        if (AUTO != hyperoptJobs && hyperoptJobs < 1)
        {
            throw new IllegalArgumentException("hyperopt_jobs must be -1 or >= 1, was " + hyperoptJobs);
        }
        if (AUTO != hyperoptBatchSize && hyperoptBatchSize < 1)
        {
            throw new IllegalArgumentException("hyperopt_batch_size must be -1 or >= 1, was " + hyperoptBatchSize);
        }
        if (epochs < 1)
        {
            throw new IllegalArgumentException("epochs must be >= 1, was " + epochs);
        }
        if (cacheSizeMb < 0)
        {
            throw new IllegalArgumentException("cache_size_mb must be >= 0, was " + cacheSizeMb);
        }
        if (candleRows < 0)
        {
            throw new IllegalArgumentException("candleRows must be >= 0, was " + candleRows);
        }
    }

    /**
     * A request with every key on auto and the default cache budget.
     *
     * @param datasetBytes shared data size.
     * @param epochs       epochs to run.
     * @return the request.
     */
    public static ResourceRequest auto(final long datasetBytes, final long epochs)
    {
        return new ResourceRequest(datasetBytes, AUTO, AUTO, epochs, CACHE_SIZE_MB_DEFAULT, true);
    }

    public ResourceRequest withHyperoptJobs(final int jobs)
    {
        return new ResourceRequest(datasetBytes, jobs, hyperoptBatchSize, epochs, cacheSizeMb, useSharedMemory,
            maxInFlight, forceJobs, candleRows);
    }

    public ResourceRequest withHyperoptBatchSize(final int batchSize)
    {
        return new ResourceRequest(datasetBytes, hyperoptJobs, batchSize, epochs, cacheSizeMb, useSharedMemory,
            maxInFlight, forceJobs, candleRows);
    }

    public ResourceRequest withCacheSizeMb(final long mb)
    {
        return new ResourceRequest(datasetBytes, hyperoptJobs, hyperoptBatchSize, epochs, mb, useSharedMemory,
            maxInFlight, forceJobs, candleRows);
    }

    public ResourceRequest withUseSharedMemory(final boolean use)
    {
        return new ResourceRequest(datasetBytes, hyperoptJobs, hyperoptBatchSize, epochs, cacheSizeMb, use,
            maxInFlight, forceJobs, candleRows);
    }

    /**
     * @param max most epochs the search has out at once.
     * @return this request with that bound.
     */
    public ResourceRequest withMaxInFlight(final long max)
    {
        return new ResourceRequest(datasetBytes, hyperoptJobs, hyperoptBatchSize, epochs, cacheSizeMb, useSharedMemory,
            max, forceJobs, candleRows);
    }

    /**
     * @param force whether a fixed hyperopt_jobs is started even above what the run can use.
     * @return this request with that choice.
     */
    public ResourceRequest withForceJobs(final boolean force)
    {
        return new ResourceRequest(datasetBytes, hyperoptJobs, hyperoptBatchSize, epochs, cacheSizeMb, useSharedMemory,
            maxInFlight, force, candleRows);
    }

    /**
     * @param rows candle rows of all the run's pairs.
     * @return this request with that data length.
     */
    public ResourceRequest withCandleRows(final long rows)
    {
        return new ResourceRequest(datasetBytes, hyperoptJobs, hyperoptBatchSize, epochs, cacheSizeMb, useSharedMemory,
            maxInFlight, forceJobs, rows);
    }
}
