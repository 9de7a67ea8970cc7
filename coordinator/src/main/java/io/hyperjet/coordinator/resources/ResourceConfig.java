package io.hyperjet.coordinator.resources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

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
 * @param dataset           the data files of the whitelist found in the datadir.
 */
public record ResourceConfig(
    int hyperoptJobs,
    int hyperoptBatchSize,
    long cacheSizeMb,
    boolean useSharedMemory,
    DatasetEstimate dataset)
{
    /**
     * Reads the keys and estimates the data size from the datadir.
     *
     * @param configFile a JSON config.
     * @return the keys.
     * @throws UserInputException naming the file when it cannot be read or a key is wrong.
     */
    public static ResourceConfig read(final Path configFile)
    {
        final JsonNode root = parse(configFile);
        final int jobs = jobsOrBatch(configFile, root, "hyperopt_jobs");
        final int batch = jobsOrBatch(configFile, root, "hyperopt_batch_size");
        final JsonNode cache = root.get("cache_size_mb");
        long cacheSizeMb = ResourceRequest.CACHE_SIZE_MB_DEFAULT;
        if (null != cache && !cache.isNull())
        {
            if (!cache.canConvertToLong() || !cache.isIntegralNumber() || cache.asLong() < 0)
            {
                throw new UserInputException(configFile + ": cache_size_mb must be an integer >= 0, was " + cache);
            }
            cacheSizeMb = cache.asLong();
        }
        final JsonNode shm = root.get("use_shared_memory");
        if (null != shm && !shm.isNull() && !shm.isBoolean())
        {
            throw new UserInputException(configFile + ": use_shared_memory must be true or false, was " + shm);
        }
        final boolean useSharedMemory = null == shm || shm.isNull() || shm.asBoolean();
        return new ResourceConfig(jobs, batch, cacheSizeMb, useSharedMemory, DatasetEstimate.of(configFile, root));
    }

    /**
     * @param datasetBytes shared data size to use (the estimate or an override).
     * @param epochs       epochs to run.
     * @return the request these keys make.
     */
    public ResourceRequest request(final long datasetBytes, final long epochs)
    {
        return new ResourceRequest(datasetBytes, hyperoptJobs, hyperoptBatchSize, epochs, cacheSizeMb, useSharedMemory);
    }

    // Freqtrade's configs may carry comments and trailing commas; its own loader accepts both.
    private static JsonNode parse(final Path configFile)
    {
        try
        {
            final JsonNode root = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
                .build()
                .readTree(Files.readAllBytes(configFile));
            if (null == root || !root.isObject())
            {
                throw new UserInputException(configFile + ": a config must be a JSON object");
            }
            return root;
        }
        catch (final NoSuchFileException ex)
        {
            throw new UserInputException(configFile + ": config file not found", ex);
        }
        catch (final JsonProcessingException ex)
        {
            throw new UserInputException(configFile + ": not valid JSON: " +
                ex.getOriginalMessage().replace('\n', ' '), ex);
        }
        catch (final IOException ex)
        {
            throw new UserInputException(configFile + ": cannot read the config file: " + ex.getMessage(), ex);
        }
    }

    private static int jobsOrBatch(final Path configFile, final JsonNode root, final String key)
    {
        final JsonNode node = root.get(key);
        if (null == node || node.isNull())
        {
            return ResourceRequest.AUTO;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() ||
            (ResourceRequest.AUTO != node.asInt() && node.asInt() < 1))
        {
            throw new UserInputException(configFile + ": " + key + " must be -1 (auto) or an integer >= 1, was " + node);
        }
        return node.asInt();
    }
}
