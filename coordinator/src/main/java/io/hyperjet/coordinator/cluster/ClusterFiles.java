package io.hyperjet.coordinator.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.hyperjet.shm.metadata.MetadataFile;

/**
 * The files a coordinator ships to each node, by the name they get in the node's run directory: the run's metadata
 * (under {@link #METADATA}, since the node's own {@code metadata.json} is written from it), every segment file it
 * lists, and the user's strategy files (so a node needs no copy of the strategy folder).
 */
final class ClusterFiles
{
    /** Where the coordinator's metadata lands on a node before the node rewrites it as its own. */
    static final String METADATA = "coordinator-metadata.json";
    static final String STRATEGIES_PREFIX = "strategies-";
    private static final Set<String> STRATEGY_EXTENSIONS = Set.of(".java", ".py", ".json");

    private ClusterFiles()
    {
    }

    /**
     * The files to ship.
     *
     * @param runDir        the coordinator's shared-memory run directory (published).
     * @param strategyPaths the run spec's strategy paths.
     * @return name on the node to local file, in shipping order.
     */
    static Map<String, Path> toShip(final Path runDir, final Iterable<String> strategyPaths)
    {
        final Map<String, Path> files = new LinkedHashMap<>();
        final Path metadata = runDir.resolve(MetadataFile.FILE_NAME);
        files.put(METADATA, metadata);
        final JsonNode segments;
        try
        {
            segments = new ObjectMapper().readTree(metadata.toFile()).path("segments");
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + metadata, ex);
        }
        for (final JsonNode segment : segments)
        {
            final String name = segment.path("file").asText();
            files.put(name, runDir.resolve(name));
        }
        int index = 0;
        for (final String p : strategyPaths)
        {
            final Path path = Path.of(p);
            final String dir = STRATEGIES_PREFIX + index++ + "/";
            if (Files.isRegularFile(path))
            {
                files.put(dir + path.getFileName(), path);
            }
            else if (Files.isDirectory(path))
            {
                try (Stream<Path> list = Files.list(path))
                {
                    list.filter(Files::isRegularFile).filter(ClusterFiles::isStrategyFile).sorted()
                        .forEach(f -> files.put(dir + f.getFileName(), f));
                }
                catch (final IOException ex)
                {
                    throw new UncheckedIOException("cannot list strategy folder " + path, ex);
                }
            }
        }
        return files;
    }

    /**
     * The strategy folders among shipped names, in order.
     *
     * @param names the shipped names.
     * @return {@code strategies-N} names.
     */
    static Set<String> strategyDirs(final Set<String> names)
    {
        final Set<String> dirs = new TreeSet<>((a, b) -> Integer.compare(index(a), index(b)));
        for (final String name : names)
        {
            final int slash = name.indexOf('/');
            if (name.startsWith(STRATEGIES_PREFIX) && slash > 0)
            {
                dirs.add(name.substring(0, slash));
            }
        }
        return dirs;
    }

    private static int index(final String dir)
    {
        return Integer.parseInt(dir.substring(STRATEGIES_PREFIX.length()));
    }

    private static boolean isStrategyFile(final Path file)
    {
        final String name = file.getFileName().toString();
        final int dot = name.lastIndexOf('.');
        return dot > 0 && STRATEGY_EXTENSIONS.contains(name.substring(dot));
    }
}
