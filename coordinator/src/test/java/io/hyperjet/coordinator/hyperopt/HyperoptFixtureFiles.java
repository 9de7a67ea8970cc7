package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Directory listings for the hyperopt tests. */
final class HyperoptFixtureFiles
{
    private HyperoptFixtureFiles()
    {
    }

    /**
     * The entries of a directory, sorted.
     *
     * @param dir the directory.
     * @return its entries.
     * @throws IOException when it cannot be listed.
     */
    static List<Path> list(final Path dir) throws IOException
    {
        try (Stream<Path> files = Files.list(dir))
        {
            return files.sorted().toList();
        }
    }
}
