package io.hyperjet.coordinator.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.coordinator.python.PythonWorkspace;
import io.hyperjet.coordinator.testing.TestWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test strategies of convert-strategy, end to end through {@code hyperjet}: each {@code .py} is converted, its
 * {@code .java} is compiled and backtested from its own strategy path, and the trades (pairs, times, rates, profits,
 * entry tags, exit reasons) equal those of the {@code .py} backtested through the Python strategy support, with the
 * test tree's freqtrade, qtpylib and TA-Lib stand-ins (worker/src/test/python, python-talib).
 */
class ConvertedStrategyTradesTest
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private PythonWorkspace python;
    private Path pythonConfig;
    private Path javaConfig;
    private Path javaStrategies;

    @BeforeEach
    void setUp() throws IOException
    {
        final TestWorkspace workspace = new TestWorkspace(dir).candles(3, 30, "5m", 1).candles(3, 30, "1h", 2);
        python = new PythonWorkspace(dir.resolve("py"), true);
        javaStrategies = Files.createDirectories(dir.resolve("java"));
        pythonConfig = workspace.config("config-py.json", "{}");
        python.configure(pythonConfig);
        javaConfig = workspace.config("config-java.json",
            MAPPER.createObjectNode().put("strategy_path", javaStrategies.toString()).toString());
    }

    @AfterEach
    void noBridgeLeft() throws InterruptedException
    {
        assertEquals(0, python.bridgesAfter(5).size(), "bridge processes outlived the run");
    }

    @Test
    void shouldTradeAsThePythonTaTrend() throws IOException
    {
        assertSameTrades("ConvTaTrend", 20);
    }

    @Test
    void shouldTradeAsThePythonQtpylib() throws IOException
    {
        final JsonNode trades = assertSameTrades("ConvQtpylib", 20);
        // three_red reads a column of np.where(cond, 1, 0): a wrong or missing conversion changes or drops these exits
        assertTrue(trades.toString().contains("\"exit_reason\":\"three_red\""), "the np.where exit never traded");
        assertTrue(trades.toString().contains("\"enter_tag\":\"stoch_up\""), "the STOCH entry never traded");
    }

    @Test
    void shouldTradeAsThePythonConditions() throws IOException
    {
        final JsonNode trades = assertSameTrades("ConvConditions", 20);
        assertTrue(trades.toString().contains("\"enter_tag\":\"momentum\""), "the tagged entry never traded");
    }

    @Test
    void shouldTradeAsThePythonInformative() throws IOException
    {
        final String trades = assertSameTrades("ConvInformative", 10).toString();
        assertTrue(trades.contains("\"enter_tag\":\"btc_strong\"") && trades.contains("\"enter_tag\":\"alt_follow\""),
            "both entry tags must trade: " + trades);
    }

    @Test
    void shouldTradeAsThePythonDecorated() throws IOException
    {
        assertSameTrades("ConvDecorated", 10);
    }

    @Test
    void shouldReadTheParamsFileInPopulateIndicatorsAsTheJava() throws IOException
    {
        final JsonNode withDefaults = assertSameTrades("ConvTaTrend", 20);
        // buy_ema is looped over by .range in populate_indicators: ema_11 exists only if the indicators see the file
        final String params = "{\"strategy_name\": \"ConvTaTrend\", \"params\": {\"buy\": {\"buy_ema\": 11}," +
            " \"sell\": {\"sell_rsi\": 71.5}}}";
        Files.writeString(python.strategies.resolve("ConvTaTrend.json"), params);
        Files.writeString(javaStrategies.resolve("ConvTaTrend.json"), params);
        Files.delete(python.strategies.resolve("ConvTaTrend.py"));
        Files.delete(javaStrategies.resolve("ConvTaTrend.java"));
        final JsonNode withFile = assertSameTrades("ConvTaTrend", 10);
        assertFalse(withDefaults.equals(withFile), "the params file changed no trade");
    }

    @Test
    void shouldHyperoptWithTheParamsFileAsTheJava() throws IOException
    {
        assertSameTrades("ConvTaTrend", 20);
        // buy is not optimized: its buy_ema comes from the file, and populate_indicators loops over its .range
        final String params = "{\"strategy_name\": \"ConvTaTrend\", \"params\": {\"buy\": {\"buy_ema\": 11}}}";
        Files.writeString(python.strategies.resolve("ConvTaTrend.json"), params);
        Files.writeString(javaStrategies.resolve("ConvTaTrend.json"), params);
        final List<String> fromPython = epochs(pythonConfig);
        final List<String> fromJava = epochs(javaConfig);
        assertEquals(8, fromJava.size());
        assertEquals(fromJava, fromPython);
    }

    /* Each epoch's loss and parameters from a short sell-space hyperopt; the run's .fthypt is removed. */
    private List<String> epochs(final Path config) throws IOException
    {
        final CliRun run = CliRun.run("hyperopt", "-c", config.toString(), "--strategy", "ConvTaTrend", "-e", "8",
            "--spaces", "sell", "--random-state", "1", "--disable-param-export", "-j", "1");
        assertEquals(0, run.exitCode, run.out + run.err);
        final List<String> epochs = new ArrayList<>();
        final Path results = dir.resolve("user_data/hyperopt_results");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(results, "*.fthypt"))
        {
            for (final Path file : files)
            {
                for (final String line : Files.readAllLines(file))
                {
                    final JsonNode epoch = MAPPER.readTree(line);
                    epochs.add(epoch.path("loss").asText() + " " + epoch.path("params_dict"));
                }
                Files.delete(file);
            }
        }
        return epochs;
    }

    private JsonNode assertSameTrades(final String name, final int minTrades) throws IOException
    {
        final Path py = Files.copy(ConvertStrategyCommandTest.TEST_STRATEGIES.resolve(name + ".py"),
            python.strategies.resolve(name + ".py"));
        final CliRun convert = CliRun.run("convert-strategy", py.toString(), "-o",
            javaStrategies.resolve(name + ".java").toString());
        assertEquals(0, convert.exitCode, convert.out + convert.err);
        final JsonNode fromPython = trades(pythonConfig, name, "py");
        final JsonNode fromJava = trades(javaConfig, name, "java");
        assertTrue(fromJava.size() >= minTrades, name + ": too few trades to compare: " + fromJava.size());
        assertFalse(fromPython.isMissingNode());
        for (int i = 0; i < Math.min(fromPython.size(), fromJava.size()); i++)
        {
            assertEquals(fromPython.get(i), fromJava.get(i), name + ": trade " + i + " differs");
        }
        assertEquals(fromPython.size(), fromJava.size(), name + ": trade count");
        return fromJava;
    }

    private JsonNode trades(final Path config, final String strategy, final String tag) throws IOException
    {
        final Path export = dir.resolve("trades-" + tag + "-" + strategy + ".json");
        final CliRun run = CliRun.run("backtest", "-c", config.toString(), "--strategy", strategy,
            "--export-filename=" + export);
        assertEquals(0, run.exitCode, tag + ": " + run.out + run.err);
        final Path params = (tag.equals("py") ? python.strategies : javaStrategies).resolve(strategy + ".json");
        assertEquals(Files.exists(params), run.out.contains("Loading parameters from file " + params + "\n"),
            tag + ": " + run.out);
        return MAPPER.readTree(export.toFile()).path("strategy").path(strategy).path("trades");
    }
}
