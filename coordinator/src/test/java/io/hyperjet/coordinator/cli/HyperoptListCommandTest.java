package io.hyperjet.coordinator.cli;

import io.hyperjet.coordinator.results.FthyptFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HyperoptListCommandTest
{
    @TempDir
    Path dir;

    private Path userData()
    {
        FthyptFixtures.write(dir.resolve("ud"), "strategy_T_1.fthypt", FthyptFixtures.fiveEpochs());
        return dir.resolve("ud");
    }

    @Test
    void shouldListEveryEpochOfTheLatestFile()
    {
        final CliRun run = CliRun.run("hyperopt-list", "--userdir", userData().toString(), "--no-details");
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("| * Best |   1/5 |     10 |    5     0     5  50.0 |     -1.00% |"), run.out);
        assertTrue(run.out.contains("|   5/5 |      0 |"), run.out);
        assertTrue(run.out.contains("5 of 5 epochs listed"), run.out);
    }

    @Test
    void shouldTakeFreqtradesNoColorAndPrintTheSameUncolouredTable()
    {
        final Path userData = userData();
        final CliRun run = CliRun.run("hyperopt-list", "--userdir", userData.toString(), "--no-color");
        assertEquals(0, run.exitCode, run.err);
        assertEquals(CliRun.run("hyperopt-list", "--userdir", userData.toString()).out, run.out);
        assertFalse(run.out.contains("\u001b["), run.out);
    }

    @Test
    void shouldShowProfitAndDrawdownWithCurrency()
    {
        final CliRun run = CliRun.run("hyperopt-list", "--userdir", userData().toString(), "--no-details");
        assertTrue(run.out.contains("120.000 USDT   (12.00%)"), run.out);
        assertTrue(run.out.contains("50.000 USDT    (5.00%)"), run.out);
        assertTrue(run.out.contains("|       N/A |"), run.out);
    }

    @Test
    void shouldApplyFilters()
    {
        final CliRun run = CliRun.run("hyperopt-list", "--userdir", userData().toString(), "--best",
            "--min-trades", "15", "--no-details");
        assertEquals(0, run.exitCode, run.err);
        assertFalse(run.out.contains(" 1/5 "), run.out);
        assertTrue(run.out.contains(" 2/5 ") && run.out.contains(" 4/5 "), run.out);
        assertTrue(run.out.contains("2 of 5 epochs listed"), run.out);
    }

    @Test
    void shouldPrintTheLowestLossDetails()
    {
        final CliRun run = CliRun.run("hyperopt-list", "--userdir", userData().toString());
        assertTrue(run.out.contains("Best result:\n\n     4/5:     40 trades. Objective: 1.00000\n"), run.out);
        assertTrue(run.out.contains("\"buy_rsi\": 24,"), run.out);
    }

    @Test
    void shouldPrintTheBestParamsAsJson()
    {
        final CliRun run = CliRun.run("hyperopt-list", "--userdir", userData().toString(), "--print-json",
            "--max-objective", "2");
        assertTrue(run.out.contains("{\"params\":{\"buy_rsi\":22,\"sell_rsi\":70},\"minimal_roi\":{\"0\":0.05}," +
            "\"stoploss\":-0.1}\n"), run.out);
    }

    @Test
    void shouldExportCsvInsteadOfTheTable() throws IOException
    {
        final Path csv = dir.resolve("out.csv");
        final CliRun run = CliRun.run("hyperopt-list", "--userdir", userData().toString(), "--profitable",
            "--no-details", "--export-csv", csv.toString());
        assertEquals(0, run.exitCode, run.err);
        assertFalse(run.out.contains("| Best"), run.out);
        final String[] lines = Files.readString(csv).split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[1].startsWith("* Best,2,20,2.00%,"), lines[1]);
    }

    @Test
    void shouldReadUserDataDirFromConfig() throws IOException
    {
        final Path config = Files.writeString(dir.resolve("config.json"),
            "{\"user_data_dir\": \"" + userData().toString().replace("\\", "\\\\") + "\"}");
        final CliRun run = CliRun.run("hyperopt-list", "-c", config.toString(), "--no-details");
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("5 of 5 epochs listed"), run.out);
    }

    @Test
    void shouldFailWithExitTwoWithoutLastResult() throws IOException
    {
        Files.createDirectories(dir.resolve("empty/hyperopt_results"));
        final CliRun run = CliRun.run("hyperopt-list", "--userdir", dir.resolve("empty").toString());
        assertEquals(2, run.exitCode);
        assertEquals("hyperjet: " + dir.resolve("empty/hyperopt_results/.last_result.json") +
            ": not found; run hyperopt first or pass --hyperopt-filename\n", run.err);
    }

    @Test
    void shouldListFreqtradesSampleFile() throws IOException
    {
        final Path sample = FthyptFixtures.freqtradeSample();
        Assumptions.assumeTrue(null != sample, "shared data absent");
        final Path results = Files.createDirectories(dir.resolve("ud2/hyperopt_results"));
        Files.copy(sample, results.resolve("sample.fthypt"));
        final CliRun run = CliRun.run("hyperopt-list", "--userdir", dir.resolve("ud2").toString(),
            "--hyperopt-filename", "sample.fthypt", "--best");
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("| * Best |   4/5 |     10 |    8     1     1  80.0 |      1.46% |"), run.out);
        assertTrue(run.out.contains("Objective: -4.95444"), run.out);
    }
}
