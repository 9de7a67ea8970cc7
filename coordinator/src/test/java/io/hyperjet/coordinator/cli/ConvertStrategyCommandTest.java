package io.hyperjet.coordinator.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code hyperjet convert-strategy}: the test strategies convert fully, the Java it writes for each construct, the
 * lines it cannot convert are listed and marked, and bad input is one line with exit code 2.
 */
class ConvertStrategyCommandTest
{
    static final Path TEST_STRATEGIES =
        Path.of("../worker/src/test/resources/convert-strategies").toAbsolutePath().normalize();
    static final List<String> NAMES =
        List.of("ConvTaTrend", "ConvQtpylib", "ConvConditions", "ConvInformative", "ConvDecorated");

    @TempDir
    Path dir;

    private Path copy(final String name) throws IOException
    {
        return Files.copy(TEST_STRATEGIES.resolve(name + ".py"), dir.resolve(name + ".py"));
    }

    private Path write(final String name, final String body) throws IOException
    {
        return Files.writeString(dir.resolve(name + ".py"), body);
    }

    @Test
    void shouldConvertEveryTestStrategyFully() throws IOException
    {
        for (final String name : NAMES)
        {
            final CliRun run = CliRun.run("convert-strategy", copy(name).toString());
            assertEquals(0, run.exitCode, run.out + run.err);
            assertTrue(run.out.contains("Every line converted. Run it with --strategy " + name + "."), run.out);
            final String java = Files.readString(dir.resolve(name + ".java"));
            assertTrue(java.contains("public final class " + name + " extends FrameStrategy"), java);
            assertFalse(java.contains("TODO"), java);
        }
    }

    @Test
    void shouldWriteEachConstructAsTheColumnApi() throws IOException
    {
        final Path py = write("Constructs", """
            import talib.abstract as ta
            import freqtrade.vendor.qtpylib.indicators as qtpylib
            from freqtrade.strategy import IStrategy, IntParameter, DecimalParameter, CategoricalParameter
            class Constructs(IStrategy):
                timeframe = '15m'
                minimal_roi = {"40": 0.01, "0": 0.03}
                stoploss = -0.1
                trailing_stop = True
                buy_rsi = IntParameter([10, 40], default=30, space='buy', optimize=False)
                sell_x = DecimalParameter(0, 1, default=0.1234, decimals=2, space='sell', load=False)
                buy_kind = CategoricalParameter(['a', 'b'], default='b', space='buy')
                def populate_indicators(self, dataframe, metadata):
                    for n in self.buy_rsi.range:
                        dataframe[f'rsi_{n}'] = ta.RSI(dataframe, timeperiod=n)
                    bb = qtpylib.bollinger_bands(qtpylib.typical_price(dataframe), window=20)
                    dataframe['w'] = (bb['upper'] - bb['lower']) / 2 - 1 / dataframe['close']
                    return dataframe
                def populate_entry_trend(self, dataframe, metadata):
                    dataframe.loc[(dataframe['w'] > 0) & ~(dataframe['close'] <= 5) | (3 > dataframe['open']),
                                  ['enter_long', 'enter_tag']] = (1, 'x')
                    return dataframe
                def populate_exit_trend(self, dataframe, metadata):
                    if self.buy_kind.value == 'a':
                        dataframe.loc[qtpylib.crossed_below(dataframe['close'], 7), 'exit_long'] = 1
                    dataframe.loc[dataframe['w'].isna() & dataframe['w'].shift(2).notna(), 'exit_long'] = 1
                    return dataframe
            """);
        final CliRun run = CliRun.run("convert-strategy", py.toString());
        assertEquals(0, run.exitCode, run.out + run.err);
        final String java = Files.readString(dir.resolve("Constructs.java"));
        for (final String expected : List.of(
            "    final IntParameter buyRsi = new IntParameter(10, 40, 30, \"buy\", false, true);",
            "    final DecimalParameter sellX = new DecimalParameter(0.0, 1.0, 0.1234, 2, \"sell\", true, false);",
            "    final CategoricalParameter<String> buyKind = new CategoricalParameter<>(List.of(\"a\", \"b\"), \"b\", " +
                "\"buy\", true, true);",
            "        timeframe = \"15m\";",
            "        minimalRoi = roi(40, 0.01, 0, 0.03);",
            "        stoploss = -0.1;",
            "        trailingStop = true;",
            "        for (final var n : buyRsi.range())",
            "            df.set(\"rsi_\" + n, ta.RSI(df, \"timeperiod\", n));",
            "        final var bb = qtpylib.bollingerBands(qtpylib.typicalPrice(df), 20, 2.0);",
            "        df.set(\"w\", bb.get(\"upper\").sub(bb.get(\"lower\")).div(2).sub(df.get(\"close\").rdiv(1)));",
            "            final Mask rows = df.get(\"w\").gt(0).and(df.get(\"close\").le(5).not()).or(df.get(\"open\").lt(3));",
            "            df.loc(rows, \"enter_long\", 1.0);",
            "            df.loc(rows, \"enter_tag\", \"x\");",
            "        if (buyKind.value().equals(\"a\"))",
            "            df.loc(qtpylib.crossedBelow(df.get(\"close\"), 7.0), \"exit_long\", 1.0);",
            "        df.loc(df.get(\"w\").ne(df.get(\"w\")).and(df.get(\"w\").shift(2).eq(df.get(\"w\").shift(2))), " +
                "\"exit_long\", 1.0);"))
        {
            assertTrue(java.contains(expected + "\n"), "missing:\n" + expected + "\nin:\n" + java);
        }
    }

    @Test
    void shouldWriteInformativePairsAndKeepParameterNamesHyperjetMapsBack() throws IOException
    {
        assertEquals(0, CliRun.run("convert-strategy", copy("ConvInformative").toString()).exitCode);
        final String java = Files.readString(dir.resolve("ConvInformative.java"));
        for (final String expected : List.of(
            // buy_rsi_1h would come back from buyRsi1h as buy_rsi1h: the Python name stays
            "    final IntParameter buy_rsi_1h = new IntParameter(40, 70, 50, \"buy\", true, true);",
            "    final DecimalParameter sellGap = new DecimalParameter(0.0, 0.02, 0.004, 3, \"sell\", true, true);",
            "        buyParams = Map.of(\"buy_rsi_1h\", 55);",
            "    protected List<PairTimeframe> informativePairs()\n    {\n" +
                "        return List.of(PairTimeframe.of(\"BTC/USDT\", \"1h\"));",
            "        final var informative = dp.getPairDataframe(\"BTC/USDT\", \"1h\");",
            "        informative.set(\"rsi\", ta.RSI(informative, \"timeperiod\", 14));",
            "            final DataFrame merged = Informative.mergeInformativePair(df, informative, timeframe, \"1h\", " +
                "true);",
            "                    df.set(column, merged.get(column));",
            "        if (md.pair().equals(\"BTC/USDT\"))"))
        {
            assertTrue(java.contains(expected + "\n"), "missing:\n" + expected + "\nin:\n" + java);
        }
    }

    @Test
    void shouldRenameLegacySignalColumns() throws IOException
    {
        final Path py = write("Legacy", """
            from freqtrade.strategy import IStrategy
            class Legacy(IStrategy):
                use_sell_signal = False
                ticker_interval = '1h'
                def populate_indicators(self, dataframe, metadata):
                    return dataframe
                def populate_buy_trend(self, dataframe, metadata):
                    dataframe.loc[dataframe['close'] > 1, ['buy', 'buy_tag']] = (1, 'up')
                    return dataframe
                def populate_sell_trend(self, dataframe, metadata):
                    dataframe.loc[dataframe['close'] < 1, 'sell'] = 1
                    return dataframe
            """);
        assertEquals(0, CliRun.run("convert-strategy", py.toString()).exitCode);
        final String java = Files.readString(dir.resolve("Legacy.java"));
        for (final String expected : List.of("        useExitSignal = false;", "        timeframe = \"1h\";",
            "    protected void populateEntryTrend(final DataFrame df, final Metadata md)",
            "            df.loc(rows, \"enter_long\", 1.0);", "            df.loc(rows, \"enter_tag\", \"up\");",
            "    protected void populateExitTrend(final DataFrame df, final Metadata md)",
            "        df.loc(df.get(\"close\").lt(1), \"exit_long\", 1.0);"))
        {
            assertTrue(java.contains(expected + "\n"), "missing:\n" + expected + "\nin:\n" + java);
        }
    }

    @Test
    void shouldWriteEveryQtpylibHelperAndCompile() throws IOException
    {
        final Path py = write("Helpers", """
            import freqtrade.vendor.qtpylib.indicators as qtpylib
            from freqtrade.strategy import IStrategy
            class Helpers(IStrategy):
                def populate_indicators(self, dataframe, metadata):
                    dataframe['iv'] = qtpylib.implied_volatility(dataframe['close'], window=30)
                    dataframe['iv252'] = qtpylib.implied_volatility(dataframe['close'])
                    dataframe['zl'] = qtpylib.zlma(dataframe['close'], 20, kind='hma')
                    dataframe['zs'] = qtpylib.zlma(dataframe['close'], 20, 5, 'sma')
                    dataframe['ze'] = qtpylib.zlma(dataframe['close'])
                    dataframe['lo'] = qtpylib.rolling_min(dataframe['low'], 14, min_periods=3)
                    dataframe['hull'] = qtpylib.hull_moving_average(dataframe['close'], 16, 4)
                    dataframe['np'] = qtpylib.numpy_rolling_std(dataframe['close'], 10)
                    dataframe['tdi'] = qtpylib.tdi(dataframe['close'])['rsi_signal']
                    dataframe['wma'] = qtpylib.wma(dataframe['close'], 10, 5)
                    evening = qtpylib.session(dataframe, start='18:00')
                    return dataframe
                def populate_entry_trend(self, dataframe, metadata):
                    return dataframe
                def populate_exit_trend(self, dataframe, metadata):
                    return dataframe
            """);
        final CliRun run = CliRun.run("convert-strategy", py.toString());
        assertEquals(0, run.exitCode, run.out + run.err);
        assertTrue(run.out.contains("  note: line 15: qtpylib.session reads a DatetimeIndex in Python"), run.out);
        final Path javaFile = dir.resolve("Helpers.java");
        final String java = Files.readString(javaFile);
        for (final String expected : List.of(
            "        df.set(\"iv\", qtpylib.impliedVolatility(df.get(\"close\"), 30));",
            "        df.set(\"iv252\", qtpylib.impliedVolatility(df.get(\"close\"), 252));",
            "        df.set(\"zl\", qtpylib.zlhma(df.get(\"close\"), 20));",
            "        df.set(\"zs\", qtpylib.zlsma(df.get(\"close\"), 20, 5));",
            "        df.set(\"ze\", qtpylib.zlema(df.get(\"close\"), 20));",
            "        df.set(\"lo\", qtpylib.rollingMin(df.get(\"low\"), 14, 3));",
            "        df.set(\"hull\", qtpylib.hullMovingAverage(df.get(\"close\"), 16, 4));",
            "        df.set(\"np\", qtpylib.numpyRollingStd(df.get(\"close\"), 10));",
            "        df.set(\"tdi\", qtpylib.tdi(df.get(\"close\"), 13, 2, 7, 34, 1.6185).get(\"rsi_signal\"));",
            "        df.set(\"wma\", qtpylib.wma(df.get(\"close\"), 10, 5));",
            "        final var evening = qtpylib.session(df, \"18:00\", \"16:00\");"))
        {
            assertTrue(java.contains(expected + "\n"), "missing:\n" + expected + "\nin:\n" + java);
        }
        assertCompiles(javaFile);
    }

    @Test
    void shouldConvertTheProtectionsPropertyAndCompile() throws IOException
    {
        final Path py = write("Guarded", """
            from freqtrade.strategy import IStrategy, IntParameter
            class Guarded(IStrategy):
                cooldown = IntParameter(1, 10, default=3, space="protection")
                @property
                def protections(self):
                    \"\"\"Cool down, and stop after losses.\"\"\"
                    return [
                        {"method": "CooldownPeriod", "stop_duration_candles": self.cooldown.value},
                        {"method": "StoplossGuard", "lookback_period_candles": 24, "trade_limit": 4,
                         "stop_duration": 60.5, "only_per_pair": False},
                    ]
                def populate_indicators(self, dataframe, metadata):
                    return dataframe
                def populate_entry_trend(self, dataframe, metadata):
                    return dataframe
                def populate_exit_trend(self, dataframe, metadata):
                    return dataframe
            """);
        final CliRun run = CliRun.run("convert-strategy", py.toString());
        assertEquals(0, run.exitCode, run.out + run.err);
        final Path javaFile = dir.resolve("Guarded.java");
        final String java = Files.readString(javaFile);
        assertTrue(java.contains("""
                @Override
                protected List<Map<String, Object>> protections()
                {
                    return List.of(
                        protection("CooldownPeriod", "stop_duration_candles", cooldown.value()),
                        protection("StoplossGuard", "lookback_period_candles", 24, "trade_limit", 4, "stop_duration", \
            60.5, "only_per_pair", false));
                }
            """), java);
        assertCompiles(javaFile);

        final Path computed = write("Computed", Files.readString(py).replace("Guarded", "Computed")
            .replace("return [", "return [] + ["));
        final CliRun partial = CliRun.run("convert-strategy", computed.toString());
        assertEquals(1, partial.exitCode, partial.out + partial.err);
        assertTrue(partial.out.contains("  Computed.py:5: protections must be one return of a list of dicts: " +
            "def protections(self): ...\n"), partial.out);
    }

    private void assertCompiles(final Path javaFile) throws IOException
    {
        final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final int status = javac.run(null, null, err, "-d", Files.createDirectories(dir.resolve("classes")).toString(),
            "-cp", System.getProperty("java.class.path"), javaFile.toString());
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldListAndMarkTheLinesItCannotConvert() throws IOException
    {
        final Path py = write("Partial", """
            from freqtrade.strategy import IStrategy
            class Partial(IStrategy):
                timeframe = '5m'
                def populate_indicators(self, dataframe, metadata):
                    level = dataframe['close'].mean()
                    dataframe['above'] = dataframe['close'] - level
                    dataframe['ok'] = dataframe['close'] * 2
                    return dataframe
                def populate_entry_trend(self, dataframe, metadata):
                    dataframe.loc[dataframe['ok'] > 1, 'enter_long'] = 1
                    return dataframe
                def populate_exit_trend(self, dataframe, metadata):
                    return dataframe
                def custom_exit(self, pair, trade, current_time, current_rate, current_profit, **kwargs):
                    return None
            """);
        final CliRun run = CliRun.run("convert-strategy", py.toString());
        assertEquals(1, run.exitCode, run.out + run.err);
        assertTrue(run.out.contains("3 line(s) not converted (marked TODO in the Java file):\n" +
            "  Partial.py:5: .mean() outside rolling()/ewm() (a whole-column reduction): " +
            "level = dataframe['close'].mean()\n" +
            "  Partial.py:6: uses level, whose line 5 was not converted: " +
            "dataframe['above'] = dataframe['close'] - level\n" +
            "  Partial.py:14: method custom_exit is not converted (callbacks stay in Python): " +
            "def custom_exit(self, pair, trade, current_time, current_rate, current_profit, **kwargs): ...\n"), run.out);
        assertTrue(run.out.contains("Until the TODOs are done (and the line saying how many were left is " +
            "deleted), --strategy Partial stops at this incomplete Partial.java instead of running Partial.py (.java " +
            "files come first in the strategy path); move it out (or convert with -o into another folder) to keep " +
            "running the .py."), run.out);
        final String java = Files.readString(dir.resolve("Partial.java"));
        assertTrue(java.contains("        // TODO convert-strategy: line 5 not converted"), java);
        assertTrue(java.contains("        df.set(\"ok\", df.get(\"close\").mul(2));"), java);
        assertTrue(java.contains("        df.loc(df.get(\"ok\").gt(1), \"enter_long\", 1.0);"), java);
    }

    @Test
    void shouldCheckTaLibCallsAgainstHyperjetsTa() throws IOException
    {
        final Path py = write("TaCalls", """
            import talib.abstract as ta
            from freqtrade.strategy import IStrategy
            class TaCalls(IStrategy):
                def populate_indicators(self, dataframe, metadata):
                    dataframe['fastk'] = ta.STOCHF(dataframe, 5, 3, 0, 3, 0)['fastk']
                    dataframe['x'] = ta.NOSUCH(dataframe)
                    dataframe['y'] = ta.RSI(dataframe, timeperiods=3)
                    dataframe['z'] = ta.RSI(dataframe, price='open', timeperiod=3)
                    return dataframe
                def populate_entry_trend(self, dataframe, metadata):
                    return dataframe
                def populate_exit_trend(self, dataframe, metadata):
                    return dataframe
            """);
        final CliRun run = CliRun.run("convert-strategy", py.toString());
        assertEquals(1, run.exitCode, run.out + run.err);
        assertTrue(run.out.contains("  note: line 5: ta.STOCHF: positional parameter 4 dropped (STOCHF takes 3: " +
            "fastk_period, fastd_period, fastd_matype), as talib.abstract ignores it\n"), run.out);
        assertTrue(run.out.contains("2 line(s) not converted (marked TODO in the Java file):\n" +
            "  TaCalls.py:6: ta.NOSUCH is not a TA-Lib function: dataframe['x'] = ta.NOSUCH(dataframe)\n" +
            "  TaCalls.py:7: ta.RSI has no parameter timeperiods: dataframe['y'] = ta.RSI(dataframe, timeperiods=3)\n"),
            run.out);
        final String java = Files.readString(dir.resolve("TaCalls.java"));
        assertTrue(java.contains("        df.set(\"fastk\", ta.STOCHF(df, 5, 3, 0).get(\"fastk\"));\n"), java);
        assertTrue(java.contains("        df.set(\"z\", ta.RSI(df, \"price\", \"open\", \"timeperiod\", 3));\n"), java);
    }

    @Test
    void shouldRefuseBadInputInOneLine() throws IOException
    {
        assertOneLine(2, "Broken.py: Python syntax error at line 2", "convert-strategy",
            write("Broken", "class Broken(IStrategy):\n    x = (\n").toString());
        assertOneLine(2, "NoStrategy.py: no class derived from IStrategy", "convert-strategy",
            write("NoStrategy", "class NoStrategy:\n    pass\n").toString());
        assertOneLine(2, "Missing.py: no such file", "convert-strategy", dir.resolve("Missing.py").toString());
        final Path py = copy("ConvConditions");
        assertOneLine(2, "ConvConditions.py: convert-strategy needs python3: cannot start '" +
            dir.resolve("no-python") + "'",
            "convert-strategy", py.toString(), "--python", dir.resolve("no-python").toString());
        assertEquals(0, CliRun.run("convert-strategy", py.toString()).exitCode);
        assertOneLine(2, "ConvConditions.java exists; pass --force to overwrite it", "convert-strategy", py.toString());
        assertEquals(0, CliRun.run("convert-strategy", py.toString(), "--force").exitCode);
        assertOneLine(2, "must end in .java", "convert-strategy", py.toString(), "-o", dir.resolve("x.txt").toString());
        assertOneLine(2, "--output " + dir.resolve("nodir/X.java") + ": directory " + dir.resolve("nodir") +
            " does not exist", "convert-strategy", py.toString(), "-o", dir.resolve("nodir/X.java").toString());
    }

    private static void assertOneLine(final int exitCode, final String fragment, final String... args)
    {
        final CliRun run = CliRun.run(args);
        assertEquals(exitCode, run.exitCode, run.out + run.err);
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertTrue(run.err.startsWith("hyperjet: ") && run.err.contains(fragment), run.err);
    }
}
