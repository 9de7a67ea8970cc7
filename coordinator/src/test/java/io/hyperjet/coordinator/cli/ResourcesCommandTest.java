package io.hyperjet.coordinator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.coordinator.resources.MachineProfile;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResourcesCommandTest
{
    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /**
     * Runs like {@link Main#execute} with a fixed machine: 2 idle cores, 24 GiB, 4 GiB of /dev/shm free.
     */
    private int run(final String... args)
    {
        final CommandLine cli = new CommandLine(new Main());
        final ResourcesCommand command = cli.getSubcommands().get("resources").getCommand();
        command.profileSource = () ->
            new MachineProfile(2, 2, 24 * GIB, 23 * GIB, 0.1, Path.of("/dev/shm"), 4 * GIB, GIB);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((ex, a) -> Main.onBadInput(ex, false));
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> Main.onFailure(ex, cmd, false));
        return cli.execute(args);
    }

    @Test
    void shouldPrintWhatItReadWhatItChoseAndWhy()
    {
        assertEquals(0, run("resources", "--dataset-mb", "1024", "--epochs", "100"), err.toString());

        final String text = out.toString();
        assertTrue(text.contains("cores               2 physical, 2 logical"), text);
        assertTrue(text.contains("dataset             1.0 GiB (--dataset-mb 1024)"), text);
        assertTrue(text.contains("workers             2 (cores allow 2, memory allows 24)"), text);
        assertTrue(text.contains("batch size          2 tasks per worker to start"), text);
        assertTrue(text.contains("workers: chose 2 (hyperopt_jobs -1): bound by cores"), text);
    }

    @Test
    void shouldPrintTheSameAsJson() throws IOException
    {
        assertEquals(0, run("resources", "--dataset-mb", "10240", "--json"), err.toString());

        final JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(2, json.path("machine").path("logical_cores").asInt());
        assertEquals(10240L << 20, json.path("request").path("dataset_bytes").asLong());
        assertEquals(2, json.path("plan").path("workers").asInt());
        boolean shmWarning = false;
        for (final JsonNode reason : json.path("reasons"))
        {
            shmWarning |= "warning".equals(reason.path("severity").asText()) &&
                reason.path("text").asText().contains("use_shared_memory: false");
        }
        assertTrue(shmWarning, out.toString());
    }

    @Test
    void shouldHonourTheConfigKeys() throws IOException
    {
        final Path config = Files.writeString(dir.resolve("config.json"),
            "{\"hyperopt_jobs\": 5, \"hyperopt_batch_size\": 3, \"cache_size_mb\": 100}");

        assertEquals(0, run("resources", "-c", config.toString()), err.toString());

        final String text = out.toString();
        assertTrue(text.contains("workers             2 (cores allow 2"), text);
        assertTrue(text.contains("batch size          3 tasks per worker (fixed)"), text);
        assertTrue(text.contains("WARNING workers: -j/hyperopt_jobs 5 capped to 2 (2 logical cores)"), text);
        assertTrue(text.contains("cache_size_mb       100"), text);
    }

    @Test
    void shouldEstimateTheDatasetFromTheConfigsDatadir() throws IOException
    {
        final Path datadir = Files.createDirectories(dir.resolve("data"));
        Files.write(datadir.resolve("ETH_BTC-5m.feather"), new byte[3 << 20]);
        final Path config = Files.writeString(dir.resolve("config.json"), "{\"datadir\": \"" + datadir +
            "\", \"timeframe\": \"5m\", \"exchange\": {\"name\": \"binance\", \"pair_whitelist\": [\"ETH/BTC\"]}}");

        assertEquals(0, run("resources", "-c", config.toString(), "--json"), err.toString());

        assertEquals(3L << 20, new ObjectMapper().readTree(out.toString()).path("request").path("dataset_bytes")
            .asLong());
    }

    @Test
    void shouldExitTwoWithOneLineForEpochsBelowOne()
    {
        assertEquals(2, run("resources", "--epochs", "0"));

        assertEquals("hyperjet: --epochs must be >= 1, was 0" + System.lineSeparator(), err.toString());
    }

    @Test
    void shouldExitTwoWithOneLineForAnUnreadableConfig()
    {
        final Path missing = dir.resolve("missing.json");

        assertEquals(2, run("resources", "-c", missing.toString()));

        assertEquals("hyperjet: " + missing + ": config file not found" + System.lineSeparator(), err.toString());
    }

    @Test
    void shouldExitTwoForANegativeDatasetSize()
    {
        assertEquals(2, run("resources", "--dataset-mb", "-5"));

        assertEquals("hyperjet: --dataset-mb must be >= 0, was -5" + System.lineSeparator(), err.toString());
    }
}
