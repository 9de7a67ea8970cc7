package io.hyperjet.coordinator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.coordinator.testing.TestWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code hyperopt --print-all}: one line per epoch, as Freqtrade prints them; a new best is not printed twice.
 */
class HyperoptPrintAllCliTest
{
    private static final Pattern EPOCH = Pattern.compile("^(?:Best |[ *])\\s*(\\d+)/12: ", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void shouldPrintEachEpochOnce() throws IOException
    {
        assertEquals(0, CliRun.run("generate-data", "--datadir", dir.resolve("user_data/data/binance").toString(),
            "--pairs", "2", "--days", "20").exitCode);
        final Path config = new TestWorkspace(dir).config("config.json", """
            {"strategy": "SampleStrategy", "stoploss": -0.1, "shared_memory_dir": "%s"}
            """.formatted(dir.resolve("shm")));
        final CliRun run = CliRun.run("hyperopt", "-c", config.toString(), "--spaces", "buy", "sell", "-e", "12",
            "--random-state", "3", "--print-all", "--in-process");
        assertEquals(0, run.exitCode, run.err);
        final String epochLines = run.out.substring(0, run.out.indexOf("Best result:"));
        final Matcher m = EPOCH.matcher(epochLines);
        final int[] seen = new int[13];
        while (m.find())
        {
            seen[Integer.parseInt(m.group(1))]++;
        }
        for (int epoch = 1; epoch <= 12; epoch++)
        {
            assertEquals(1, seen[epoch], "epoch " + epoch + " lines in:\n" + run.out);
        }
        assertTrue(List.of(epochLines.split("\n")).stream().anyMatch(l -> l.startsWith("Best ")), run.out);
    }
}
