package io.hyperjet.coordinator.resources;

import java.nio.file.Path;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.config.OptimizationSettings;


import io.hyperjet.common.UserInputException;

/**
 * The few config keys the resource optimizer honours, read straight from a Freqtrade-style JSON config. A stop-gap
 * kept apart on purpose: when the project's config model lands, build a {@link ResourceRequest} from it instead and
 * delete this class.
 *
 * @param hyperoptJobs      {@code hyperopt_jobs}, {@link ResourceRequest#AUTO} when absent.
 * @param hyperoptBatchSize {@code hyperopt_batch_size}, {@link ResourceRequest#AUTO} when absent.
 * @param cacheSizeMb       {@code cache_size_mb}, {@link ResourceRequest#CACHE_SIZE_MB_DEFAULT} when absent.
 * @param useSharedMemory   {@code use_shared_memory}, true when absent.
 * @param config            the whole config, for the data measurement and the shared-memory keys.
 */
public record ResourceConfig(
    int hyperoptJobs,
    int hyperoptBatchSize,
    long cacheSizeMb,
    boolean useSharedMemory,
    HyperjetConfig config)
{
    /**
     * Reads the keys.
     *
     * @param configFile a JSON config.
     * @return the keys.
     * @throws UserInputException naming the file when it cannot be read or a key is wrong.
     */
    public static ResourceConfig read(final Path configFile)
    {
        final HyperjetConfig config = new ConfigLoader().file(configFile).load();
        final OptimizationSettings keys = config.optimization();
        return new ResourceConfig(keys.hyperoptJobs(), keys.hyperoptBatchSize(), (long)keys.cacheSizeMb(),
            keys.useSharedMemory(), config);
    }

    /**
     * @param datasetBytes shared data size to use (the estimate or an override).
     * @param epochs       epochs to run.
     * @return the request these keys make, bounded by {@code hyperopt_lag} epochs in flight as a hyperopt is.
     */
    public ResourceRequest request(final long datasetBytes, final long epochs)
    {
        // The same bound a hyperopt applies: workers beyond the epochs the search has out at once would idle.
        return new ResourceRequest(datasetBytes, hyperoptJobs, hyperoptBatchSize, epochs, cacheSizeMb, useSharedMemory)
            .withMaxInFlight(config.optimization().hyperoptLag());
    }
}
