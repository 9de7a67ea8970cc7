package io.hyperjet.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.data.CandleFiles;
import io.hyperjet.common.data.DataFormat;
import io.hyperjet.common.frame.PairFrame;

class GenerateDataCommandTest
{
    @TempDir
    Path dir;

    @Test
    void shouldWriteOneFilePerPairWithExpectedCandles()
    {
        final Path data = dir.resolve("data");
        final CliRun run = CliRun.run("generate-data", "--datadir", data.toString(), "--pairs", "3", "--days", "2",
            "--timeframe", "1h", "--format", "csv", "--start", "20240301");
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.startsWith("Wrote 3 pairs x 48 candles of 1h (csv)"), run.out);
        final PairFrame eth = CandleFiles.read(data.resolve("ETH_USDT-1h.csv"), DataFormat.CSV, "ETH/USDT", "1h");
        assertEquals(48, eth.rows());
        assertEquals(1_709_251_200_000L, eth.date().get(0));
        assertTrue(Files.isRegularFile(data.resolve("BNB_USDT-1h.csv")));
    }

    @Test
    void shouldWriteSameBytesForSameSeed() throws IOException
    {
        for (final String sub : new String[]{"a", "b"})
        {
            assertEquals(0, CliRun.run("generate-data", "--datadir", dir.resolve(sub).toString(), "--pairs", "2",
                "--days", "1", "--seed", "9", "--quote", "BTC").exitCode);
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/ETH_BTC-5m.feather")),
            Files.readAllBytes(dir.resolve("b/ETH_BTC-5m.feather")));
    }

    @Test
    void shouldRejectBadArgumentsWithExitCode2AndOneLine()
    {
        final CliRun run = CliRun.run("generate-data", "--datadir", dir.toString(), "--pairs", "0", "--days", "1");
        assertEquals(2, run.exitCode);
        assertEquals("hyperjet: --pairs must be >= 1, was 0", run.err.strip());
    }

    @Test
    void shouldRejectUnknownFormat()
    {
        final CliRun run = CliRun.run("generate-data", "--datadir", dir.toString(), "--pairs", "1", "--days", "1",
            "--format", "hdf5");
        assertEquals(2, run.exitCode);
        assertTrue(run.err.startsWith("hyperjet: --format: unsupported data format 'hdf5'"), run.err);
    }
}
