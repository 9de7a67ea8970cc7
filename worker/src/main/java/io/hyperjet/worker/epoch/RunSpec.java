package io.hyperjet.worker.epoch;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.UserInputException;
import io.hyperjet.shm.run.RunFiles;

/**
 * What a worker needs to evaluate epochs, written by the coordinator into the run directory: the resolved config,
 * the strategy and where to find it, the pairs in order, the shared-memory metadata file (null when workers read
 * the data files themselves), the optimized spaces and the loss.
 *
 * @param config        the merged config (CLI flags applied, paths absolute).
 * @param strategy      strategy class name.
 * @param strategyPaths where user strategies live.
 * @param strategyState the strategy's values at the start of the run ({@link StrategyState}).
 * @param pairs         the pairs, in whitelist order.
 * @param metadata      the shared-memory metadata file, or null.
 * @param spaces        the optimized spaces (buy, sell, protection, roi, stoploss, trailing, trades).
 * @param loss          the hyperopt loss name.
 * @param minTrades     hyperopt_min_trades.
 * @param dataPendingPid 0 when {@code pairs} and {@code metadata} are final; else the pid of the coordinator that is
 *                      still preparing the data and will replace this file with the final spec (workers started
 *                      early load the config and strategy from this one, then wait: {@link EpochEngines}).
 */
public record RunSpec(
    ObjectNode config,
    String strategy,
    List<String> strategyPaths,
    ObjectNode strategyState,
    List<String> pairs,
    String metadata,
    List<String> spaces,
    String loss,
    int minTrades,
    long dataPendingPid)
{
    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * A spec with the final pairs and metadata.
     *
     * @param config        the merged config.
     * @param strategy      strategy class name.
     * @param strategyPaths where user strategies live.
     * @param strategyState the strategy's values at the start of the run.
     * @param pairs         the pairs, in whitelist order.
     * @param metadata      the shared-memory metadata file, or null.
     * @param spaces        the optimized spaces.
     * @param loss          the hyperopt loss name.
     * @param minTrades     hyperopt_min_trades.
     */
    public RunSpec(
        final ObjectNode config,
        final String strategy,
        final List<String> strategyPaths,
        final ObjectNode strategyState,
        final List<String> pairs,
        final String metadata,
        final List<String> spaces,
        final String loss,
        final int minTrades)
    {
        this(config, strategy, strategyPaths, strategyState, pairs, metadata, spaces, loss, minTrades, 0);
    }

    /**
     * This spec before its data is ready: no pairs or metadata yet, and the pid of the coordinator preparing them.
     *
     * @param coordinatorPid the coordinator's pid, which workers watch while they wait.
     * @return the pending spec.
     */
    public RunSpec pending(final long coordinatorPid)
    {
        return new RunSpec(config, strategy, strategyPaths, strategyState, List.of(), null, spaces, loss, minTrades,
            coordinatorPid);
    }

    /**
     * @return true when {@link #pairs()} and {@link #metadata()} are final.
     */
    public boolean dataReady()
    {
        return 0 == dataPendingPid;
    }

    /**
     * Whether {@code ready} is this pending spec with its data: everything but the pairs and metadata equal.
     *
     * @param ready the final spec.
     * @return true when only the data fields differ.
     */
    public boolean sameRunAs(final RunSpec ready)
    {
        return config.equals(ready.config) && strategy.equals(ready.strategy) &&
            strategyPaths.equals(ready.strategyPaths) && strategyState.equals(ready.strategyState) &&
            spaces.equals(ready.spaces) && loss.equals(ready.loss) && minTrades == ready.minTrades;
    }

    /**
     * Writes the spec atomically (temp file, then rename).
     *
     * @param file where.
     */
    public void write(final Path file)
    {
        final ObjectNode root = MAPPER.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.set("config", config);
        root.put("strategy", strategy);
        putStrings(root.putArray("strategy_paths"), strategyPaths);
        root.set("strategy_state", strategyState);
        putStrings(root.putArray("pairs"), pairs);
        root.put("metadata", metadata);
        putStrings(root.putArray("spaces"), spaces);
        root.put("loss", loss);
        root.put("min_trades", minTrades);
        if (!dataReady())
        {
            root.put("data_pending_pid", dataPendingPid);
        }
        final Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try
        {
            // It holds the config: owner-only like every file of the run (credentials are stripped on load anyway).
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(RunFiles.OWNER_ONLY_FILE));
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
            try
            {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            catch (final AtomicMoveNotSupportedException ex)
            {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write run spec " + file, ex);
        }
    }

    /**
     * Reads a spec.
     *
     * @param file the spec file.
     * @return the spec.
     */
    public static RunSpec read(final File file)
    {
        final JsonNode root;
        try
        {
            root = MAPPER.readTree(file);
        }
        catch (final IOException ex)
        {
            throw new UserInputException(file + ": unreadable run spec: " + ex.getMessage(), ex);
        }
        if (root.path("format_version").asInt(-1) != FORMAT_VERSION)
        {
            throw new UserInputException(file + ": run spec format_version " + root.path("format_version") +
                " is not " + FORMAT_VERSION);
        }
        return new RunSpec(
            (ObjectNode)root.get("config"),
            root.path("strategy").asText(),
            strings(root.path("strategy_paths")),
            (ObjectNode)root.get("strategy_state"),
            strings(root.path("pairs")),
            root.path("metadata").isTextual() ? root.path("metadata").asText() : null,
            strings(root.path("spaces")),
            root.path("loss").asText(),
            root.path("min_trades").asInt(1),
            root.path("data_pending_pid").asLong(0));
    }

    private static void putStrings(final ArrayNode array, final List<String> values)
    {
        for (final String v : values)
        {
            array.add(v);
        }
    }

    private static List<String> strings(final JsonNode node)
    {
        final List<String> out = new ArrayList<>();
        for (final JsonNode n : node)
        {
            out.add(n.asText());
        }
        return out;
    }
}
