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
    private long shmFree = 4 * GIB;
    private long fallbackFree = 100 * GIB;
    private final StringWriter err = new StringWriter();

    /**
     * Runs like {@link Main#execute} with a fixed machine: 2 idle cores, 24 GiB, 4 GiB of /dev/shm free.
     */
    private int run(final String... args)
    {
        final CommandLine cli = new CommandLine(new Main());
        final ResourcesCommand command = cli.getSubcommands().get("resources").getCommand();
        command.profileSource = (root) -> new MachineProfile(2, 2, 24 * GIB, 23 * GIB, 0.1, root, shmFree, GIB);
        command.freeSpace = (directory) -> fallbackFree;
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

    /*
     * A hyperopt caps -j by hyperopt_lag (the most epochs ever in flight); the resources report must show the same
     * worker count the run would start, not one the run would then cut.
     */
    @Test
    void shouldCapTheJobsByTheEpochsInFlightAsAHyperoptDoes() throws IOException
    {
        final Path config = Files.writeString(dir.resolve("config.json"),
            "{\"hyperopt_jobs\": 2, \"hyperopt_lag\": 1}");

        assertEquals(0, run("resources", "-c", config.toString()), err.toString());

        final String text = out.toString();
        assertTrue(text.contains("workers             1 "), text);
        assertTrue(text.contains("WARNING workers: -j/hyperopt_jobs 2 capped to 1 (at most 1 epochs in flight)"),
            text);
    }

    /*
     * Issue 13 item 2: the dataset is the decoded columns plus the strategy's indicator columns, measured on the first
     * pair (not the compressed file sizes), and the shared-memory section compares what the run needs with the free
     * space of the configured directory.
     */
    @Test
    void shouldMeasureTheDecodedColumnsWithIndicatorsAgainstTheConfiguredDirectory() throws IOException
    {
        final Path config = dataConfig(3, 10, ", \"shared_memory_dir\": \"" + dir.resolve("shm") + "\"");
        assertEquals(0, run("resources", "-c", config.toString(), "--json"), err.toString());

        final JsonNode json = new ObjectMapper().readTree(out.toString());
        final long dataset = json.path("request").path("dataset_bytes").asLong();
        final long fileBytes = fileBytes(dir.resolve("user_data/data/binance"));
        final int rows = 10 * 288;
        final int columns = json.path("request").path("dataset_source").asText().contains(" x ") ?
            Integer.parseInt(json.path("request").path("dataset_source").asText().split(" x ")[1].split(" ")[0]) : 0;
        assertTrue(columns > 6, "indicator columns counted: " + json);
        assertEquals(3L * rows * 8 * columns, dataset, json.toString());
        assertTrue(dataset > 2 * fileBytes, "decoded " + dataset + " vs files " + fileBytes);
        final JsonNode shm = json.path("shared_memory");
        assertEquals(dir.resolve("shm").toString(), shm.path("directory").asText());
        assertEquals(dir.resolve("shm").toString(), json.path("machine").path("shared_memory_root").asText());
        assertTrue(shm.path("needed_bytes").asLong() > dataset, shm.toString());
        assertEquals(4 * GIB, shm.path("free_bytes").asLong());
        assertTrue(shm.path("fits").asBoolean());
    }

    @Test
    void shouldSayTheRunWouldStopOrFallBackWhenItDoesNotFit() throws IOException
    {
        shmFree = 1 << 20;
        final Path config = dataConfig(3, 10, "");
        assertEquals(0, run("resources", "-c", config.toString()), err.toString());
        assertTrue(out.toString().contains("free                1.0 MiB (statvfs)"), out.toString());
        assertTrue(out.toString().contains("fits                no: the run would stop; set " +
            "shared_memory_fallback_dir"), out.toString());

        out.getBuffer().setLength(0);
        final Path withFallback = dataConfig(3, 10, ", \"shared_memory_fallback_dir\": \"/var/tmp/hj\"");
        assertEquals(0, run("resources", "-c", withFallback.toString()), err.toString());
        assertTrue(out.toString().contains("fits                no: the run would use shared_memory_fallback_dir " +
            "/var/tmp/hj (100.0 GiB free)"), out.toString());
    }

    private Path dataConfig(final int pairs, final int days, final String extra) throws IOException
    {
        final Path datadir = dir.resolve("user_data/data/binance");
        assertEquals(0, CliRun.run("generate-data", "--datadir", datadir.toString(), "--pairs",
            Integer.toString(pairs), "--days", Integer.toString(days)).exitCode);
        return Files.writeString(dir.resolve("config.json"), "{\"strategy\": \"SampleStrategy\", " +
            "\"user_data_dir\": \"" + dir.resolve("user_data") + "\", \"timeframe\": \"5m\", " +
            "\"stake_currency\": \"USDT\", \"stake_amount\": 100, \"fee\": 0.001, " +
            "\"exchange\": {\"name\": \"binance\", \"pair_whitelist\": [\".*/USDT\"]}" + extra + "}");
    }

    private static long fileBytes(final Path datadir) throws IOException
    {
        try (var files = Files.list(datadir))
        {
            long bytes = 0;
            for (final Path file : (Iterable<Path>)files::iterator)
            {
                bytes += Files.size(file);
            }
            return bytes;
        }
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
