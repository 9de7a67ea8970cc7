package io.hyperjet.worker.epoch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.config.ConfigLoader;
import io.hyperjet.common.config.HyperjetConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The strategy paths: the strategy folder, and with recursive_strategy_search its subfolders in name order, depth
 * first, without {@code __pycache__}-like and hidden ones.
 */
class RunInputsTest
{
    @TempDir
    Path dir;

    private HyperjetConfig config(final String extra)
    {
        return ConfigLoader.fromJson("{\"strategy_path\": \"" + dir + "\"" + extra + "}", "config.json");
    }

    @Test
    void shouldAddTheSubfoldersWithRecursiveStrategySearch() throws IOException
    {
        for (final String sub : List.of("b", "a/inner", "__pycache__", ".git", "a/__init__dir"))
        {
            Files.createDirectories(dir.resolve(sub));
        }
        Files.writeString(dir.resolve("c.py"), "");
        final Path root = dir.toAbsolutePath();
        assertEquals(List.of(root, root.resolve("a"), root.resolve("a/inner"), root.resolve("b")),
            List.of(RunInputs.strategyPaths(config(", \"recursive_strategy_search\": true"))));
        assertEquals(List.of(root), List.of(RunInputs.strategyPaths(config(""))));
        assertEquals(List.of(root), List.of(RunInputs.strategyPaths(config(", \"recursive_strategy_search\": false"))));
    }
}
