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
 * Freqtrade's --recursive-strategy-search: a strategy in a subfolder of the strategy folder is found by backtest and
 * listed by list-strategies with the flag (or the config key), and only then.
 */
class RecursiveStrategySearchTest
{
    @TempDir
    Path dir;

    private TestWorkspace workspace;
    private Path config;

    @BeforeEach
    void setUp() throws IOException
    {
        workspace = new TestWorkspace(dir).candles(2, 5, "5m", 3);
        config = workspace.config("config.json", "{\"stoploss\": -0.1}");
        final Path team = Files.createDirectories(workspace.userData.resolve("strategies/team/nested"));
        Files.writeString(team.resolve("NestedStrategy.java"), """
            import io.hyperjet.common.frame.PairFrame;
            import io.hyperjet.worker.signal.Signals;
            import io.hyperjet.worker.strategy.Strategy;

            public class NestedStrategy extends Strategy
            {
                public NestedStrategy()
                {
                    timeframe = "5m";
                    stoploss = -0.1;
                }

                @Override
                protected void populateEntryTrend(final PairFrame frame, final Signals signals)
                {
                }

                @Override
                protected void populateExitTrend(final PairFrame frame, final Signals signals)
                {
                }
            }
            """);
    }

    @Test
    void shouldBacktestAStrategyOfASubfolderWithTheFlagOnly()
    {
        final CliRun found = CliRun.run("backtest", "-c", config.toString(), "--strategy", "NestedStrategy",
            "--recursive-strategy-search", "--export", "none");
        assertEquals(0, found.exitCode, found.err);
        final CliRun missing = CliRun.run("backtest", "-c", config.toString(), "--strategy", "NestedStrategy",
            "--export", "none");
        assertEquals(2, missing.exitCode);
        assertTrue(missing.err.startsWith("hyperjet: unknown strategy 'NestedStrategy'"), missing.err);
    }

    @Test
    void shouldListTheStrategiesOfSubfoldersWithTheFlagOrTheConfigKey() throws IOException
    {
        final CliRun flag = CliRun.run("list-strategies", "-c", config.toString(), "-1",
            "--recursive-strategy-search");
        assertEquals(0, flag.exitCode, flag.err);
        assertTrue(flag.out.lines().anyMatch("NestedStrategy"::equals), flag.out);
        final Path keyed = workspace.config("keyed.json", "{\"recursive_strategy_search\": true}");
        final CliRun key = CliRun.run("list-strategies", "-c", keyed.toString(), "-1");
        assertTrue(key.out.lines().anyMatch("NestedStrategy"::equals), key.out);
        final CliRun plain = CliRun.run("list-strategies", "-c", config.toString(), "-1");
        assertEquals(0, plain.exitCode, plain.err);
        assertFalse(plain.out.lines().anyMatch("NestedStrategy"::equals), plain.out);
        // Freqtrade's --userdir without a config: its strategies folder
        final CliRun userdir = CliRun.run("list-strategies", "--userdir", workspace.userData.toString(), "-1",
            "--recursive-strategy-search");
        assertEquals(0, userdir.exitCode, userdir.err);
        assertTrue(userdir.out.lines().anyMatch("NestedStrategy"::equals), userdir.out);
    }
}
