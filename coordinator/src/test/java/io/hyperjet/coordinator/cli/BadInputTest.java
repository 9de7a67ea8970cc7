package io.hyperjet.coordinator.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.coordinator.testing.TestWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a Freqtrade user mistypes first: command names (Freqtrade's {@code backtesting}), option names, and a
 * relative {@code --python}.
 */
class BadInputTest
{
    @Test
    void shouldTakeFreqtradesBacktestingAsBacktest()
    {
        final CliRun run = CliRun.run("backtesting", "--help");
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("Usage: hyperjet backtest"), run.out);
    }

    @Test
    void shouldTakeFreqtradesVerbosityFlagsAsVerbose()
    {
        for (final String flag : new String[] {"-v", "-vv", "-vvv"})
        {
            final CliRun run = CliRun.run(flag, "backtesting", "--help", flag);
            assertEquals(0, run.exitCode, flag + ": " + run.err);
            assertTrue(run.out.contains("Usage: hyperjet backtest"), run.out);
        }
    }

    @Test
    void shouldNameAnUnknownCommandAndSuggestTheNearestInOneLine()
    {
        final CliRun run = CliRun.run("hyperopt-lst", "--best");
        assertEquals(2, run.exitCode);
        assertEquals("hyperjet: unknown command 'hyperopt-lst'; did you mean 'hyperopt-list'? (see 'hyperjet --help')",
            run.err.strip());
    }

    @Test
    void shouldSayWhatToDoInsteadOfAFreqtradeCommandHyperjetLacks()
    {
        final CliRun run = CliRun.run("download-data", "--exchange", "binance", "-t", "5m");
        assertEquals(2, run.exitCode);
        assertEquals("hyperjet: 'download-data' is a Freqtrade command Hyperjet does not have: Hyperjet does not " +
            "download (it has no exchange connection): run 'freqtrade download-data' and point datadir at its " +
            "files, or 'hyperjet generate-data' for synthetic candles", run.err.strip());
        final CliRun losses = CliRun.run("list-hyperoptloss");
        assertEquals(2, losses.exitCode);
        assertTrue(losses.err.contains("SharpeHyperOptLoss, SharpeHyperOptLossDaily, ShortTradeDurHyperOptLoss"), losses.err);
    }

    @Test
    void shouldSuggestTheOptionAMisspeltOneMeant()
    {
        final CliRun run = CliRun.run("hyperopt", "--epoch", "5");
        assertEquals(2, run.exitCode);
        assertEquals("hyperjet: Unknown options: '--epoch', '5'; did you mean '--epochs'?", run.err.strip());
    }

    @Test
    void shouldStopWithoutAConfigInOneLineNamingFreqtradesDefault()
    {
        final CliRun run = CliRun.run("backtest", "--strategy", "SampleStrategy");
        assertEquals(2, run.exitCode);
        assertEquals("hyperjet: no config file: pass -c config.json (Freqtrade's default config.json is not in " +
            Path.of("").toAbsolutePath() + ")", run.err.strip());
    }

    @Test
    void shouldNameTheMissingWhitelistKeyAndTheConfigFile(@TempDir final Path dir) throws IOException
    {
        final TestWorkspace workspace = new TestWorkspace(dir).candles(1, 2, "5m", 1);
        final Path missing = workspace.config("missing.json", "{\"exchange\": {\"name\": \"binance\"}}");
        final CliRun run = CliRun.run("backtest", "-c", missing.toString(), "--strategy", "SampleStrategy");
        assertEquals(2, run.exitCode, run.out + run.err);
        assertEquals("hyperjet: exchange.pair_whitelist is missing from " + missing + "; list the pairs to test",
            run.err.strip());
        final Path empty = workspace.config("empty.json",
            "{\"exchange\": {\"name\": \"binance\", \"pair_whitelist\": []}}");
        final CliRun emptyRun = CliRun.run("backtest", "-c", empty.toString(), "--strategy", "SampleStrategy");
        assertEquals(2, emptyRun.exitCode, emptyRun.out + emptyRun.err);
        assertEquals("hyperjet: " + empty + ": exchange.pair_whitelist is empty; list the pairs to test",
            emptyRun.err.strip());
    }

    @Test
    void shouldMakeARelativePythonAbsoluteAndLeaveANameForThePath()
    {
        final ExecutablePath converter = new ExecutablePath();
        assertEquals(Path.of("venv/bin/python").toAbsolutePath().toString(), converter.convert("./venv/bin/python"));
        assertEquals("/usr/bin/python3", converter.convert("/usr/bin/python3"));
        assertEquals("python3", converter.convert("python3"));
    }
}
