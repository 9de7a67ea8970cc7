package io.hyperjet.coordinator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.coordinator.python.PythonWorkspace;
import io.hyperjet.coordinator.testing.TestWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Python strategies end to end through {@code hyperjet backtest}: a strategy with callbacks gives its Java port's
 * trades, {@code --python} chooses the interpreter, and a wrong interpreter is one line.
 */
class PythonCliTest
{
    @TempDir
    Path dir;

    private PythonWorkspace python;
    private Path config;

    @BeforeEach
    void setUp() throws IOException
    {
        final TestWorkspace workspace = new TestWorkspace(dir).candles(3, 20, "5m", 1);
        python = new PythonWorkspace(dir);
        config = workspace.config("config.json", "{}");
        python.configure(config);
    }

    @AfterEach
    void noBridgeLeft() throws InterruptedException
    {
        assertEquals(0, python.bridgesAfter(5).size(), "bridge processes outlived the run");
    }

    private String lastErr;

    private JsonNode trades(final String strategy, final String... extra) throws IOException
    {
        final Path export = dir.resolve("out-" + strategy + ".json");
        final String[] args = new String[6 + extra.length];
        System.arraycopy(new String[]{"backtest", "-c", config.toString(), "--strategy", strategy,
            "--export-filename=" + export}, 0, args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        final CliRun run = CliRun.run(args);
        assertEquals(0, run.exitCode, run.err);
        lastErr = run.err;
        return new ObjectMapper().readTree(export.toFile()).path("strategy").path(strategy).path("trades");
    }

    @Test
    void shouldGiveTheTradesOfTheJavaPortWithCallbacks() throws IOException
    {
        final JsonNode fromJava = trades("JavaGuarded");
        final JsonNode fromPython = trades("PyGuarded");
        assertTrue(lastErr.contains("iterative backtester: the strategy has a custom_stoploss callback"), lastErr);
        assertTrue(fromJava.size() > 20, "too few trades to compare: " + fromJava.size());
        assertEquals(fromJava, fromPython);
        assertTrue(fromPython.toString().contains("\"exit_reason\":\"cut\""), "custom_exit 'cut' never fired");
    }

    @Test
    void shouldApplyTheProtectionsPropertyWithEnableProtections() throws IOException
    {
        Files.writeString(python.strategies.resolve("py_cooldown.py"), """
            from freqtrade.strategy import IntParameter
            from py_momentum import PyMomentum


            class PyCooldown(PyMomentum):
                cooldown = IntParameter(1, 10, default=4, space="protection")

                @property
                def protections(self):
                    return [{"method": "CooldownPeriod", "stop_duration_candles": self.cooldown.value}]
            """);
        final Path export = dir.resolve("out-PyCooldown.json");
        trades("PyCooldown", "--enable-protections");
        final JsonNode on = new ObjectMapper().readTree(export.toFile()).path("strategy").path("PyCooldown");
        assertTrue(lastErr.contains("iterative backtester: protections are enabled"), lastErr);
        assertTrue(on.path("total_trades").asInt() > 5, on.path("total_trades").toString());
        assertEquals(on.path("total_trades").asInt(), on.path("locks").size());
        assertEquals("Cooldown period for for 4 candles.", on.path("locks").get(0).path("reason").asText());
        final JsonNode off = trades("PyCooldown");
        assertTrue(off.size() > on.path("total_trades").asInt(), off.size() + " trades without protections");
    }

    @Test
    void shouldRunThePythonNamedByTheFlag() throws IOException
    {
        final JsonNode fromConfig = trades("PyMomentum");
        final Path other = dir.resolve("other-python");
        Files.writeString(other, "#!/bin/sh\ntouch '" + dir.resolve("other-used") + "'\nexec '" + python.python +
            "' \"$@\"\n");
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rwx------"));
        assertEquals(fromConfig, trades("PyMomentum", "--python", other.toString()));
        assertTrue(Files.exists(dir.resolve("other-used")), "--python was not used");
    }

    @Test
    void shouldRefuseAMissingPythonInOneLine()
    {
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "--strategy", "PyMomentum",
            "--python", dir.resolve("no-such-python").toString());
        assertEquals(2, run.exitCode, run.err);
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertTrue(run.err.contains("cannot start python_executable") && run.err.contains("no-such-python") &&
            run.err.contains("--python"), run.err);
    }

    @Test
    void shouldRefuseAPythonWithoutPandasInOneLine() throws IOException
    {
        final Path bare = dir.resolve("bare-python");
        Files.writeString(bare, "#!/bin/sh\nexec python3 -S \"$@\"\n"); // -S: no site-packages, so no numpy/pandas
        Files.setPosixFilePermissions(bare, PosixFilePermissions.fromString("rwx------"));
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "--strategy", "PyMomentum",
            "--python", bare.toString());
        assertEquals(2, run.exitCode, run.err);
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertTrue(run.err.contains("cannot import numpy") && run.err.contains("--python"), run.err);
    }
}
