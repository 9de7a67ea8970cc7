package io.hyperjet.coordinator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.coordinator.testing.TestWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * plot-dataframe's Freqtrade flags: --userdir, --plot-limit, --trade-source file (the latest backtest-result file),
 * --no-trades, and the trade database (--trade-source DB, --db-url) refused in one line.
 */
class PlotDataframeCommandTest
{
    private static final String PAGE = "plot/freqtrade-plot-BTC_USDT-5m.html";

    @TempDir
    Path dir;

    private TestWorkspace workspace;
    private Path config;

    @BeforeEach
    void setUp() throws IOException
    {
        workspace = new TestWorkspace(dir).candles(2, 10, "5m", 3);
        // no user_data_dir: --userdir gives it
        config = workspace.config("config.json", "{\"strategy\": \"SampleStrategy\", \"stoploss\": -0.1, " +
            "\"user_data_dir\": null}");
    }

    private CliRun plot(final String... flags)
    {
        final String[] args = new String[flags.length + 5];
        System.arraycopy(new String[] {"plot-dataframe", "-c", config.toString(), "--userdir",
            workspace.userData.toString()}, 0, args, 0, 5);
        System.arraycopy(flags, 0, args, 5, flags.length);
        return CliRun.run(args);
    }

    private String page() throws IOException
    {
        return Files.readString(workspace.userData.resolve(PAGE));
    }

    @Test
    void shouldWriteThePagesUnderTheUserdirWithoutTrades() throws IOException
    {
        final CliRun run = plot("-p", "BTC/USDT", "--no-trades", "--plot-limit", "50");
        assertEquals(0, run.exitCode, run.err);
        assertTrue(page().contains("no trades (--no-trades)"));
        assertFalse(Files.exists(workspace.userData.resolve("plot/freqtrade-plot-ETH_USDT-5m.html")));
    }

    @Test
    void shouldTakeTheTradesOfTheLatestResultFileWithTradeSourceFile() throws IOException
    {
        final CliRun backtest = CliRun.run("backtest", "-c", config.toString(), "--userdir",
            workspace.userData.toString());
        assertEquals(0, backtest.exitCode, backtest.err);
        final CliRun run = plot("-p", "BTC/USDT", "--trade-source", "file");
        assertEquals(0, run.exitCode, run.err);
        assertTrue(page().contains("trades from " + workspace.userData.resolve("backtest_results")), page().length() +
            " chars");
    }

    @Test
    void shouldSkipAnIndicatorThatIsNotAColumnWithAWarningAndDrawTheOthers() throws IOException
    {
        final CliRun run = plot("-p", "BTC/USDT", "--no-trades", "--indicators1", "ema10", "close");
        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.err.contains("hyperjet: warning: BTC/USDT: indicator ema10 ignored: no such column"), run.err);
        assertTrue(page().contains("\"name\":\"close\""), "close drawn");
        assertFalse(page().contains("\"name\":\"ema10\""), "ema10 not drawn");
    }

    @Test
    void shouldRefuseTheTradeDatabaseInOneLine()
    {
        final CliRun db = plot("--trade-source", "DB");
        assertEquals(2, db.exitCode);
        assertEquals("hyperjet: --trade-source must be file (trades of a backtest-result file), was DB: Hyperjet " +
            "has no trade database\n", db.err);
        final CliRun url = plot("--db-url", "sqlite:///tradesv3.sqlite");
        assertEquals(2, url.exitCode);
        assertTrue(url.err.startsWith("hyperjet: --db-url: Hyperjet has no trade database") &&
            url.err.lines().count() == 1, url.err);
    }
}
