package io.hyperjet.worker.strategy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrategyLoaderTest
{
    private static final String USER_STRATEGY = String.join("\n",
        "package user;",
        "import io.hyperjet.common.frame.PairFrame;",
        "import io.hyperjet.worker.signal.Signals;",
        "import io.hyperjet.worker.strategy.*;",
        "public class MyStrategy extends Strategy {",
        "    final IntParameter buyLevel = new IntParameter(1, 9, 5);",
        "    public MyStrategy() { stoploss = -0.07; timeframe = \"1h\"; }",
        "    @Override protected void populateEntryTrend(PairFrame frame, Signals signals) {",
        "        if (buyLevel.value() > 0) { signals.enterLong()[0] = Signals.ONE; }",
        "    }",
        "    @Override protected void populateExitTrend(PairFrame frame, Signals signals) { }",
        "    @Override protected String customExit(String pair, io.hyperjet.worker.backtest.Trade trade,",
        "        long timeMs, double rate, double profit) { return \"bye\"; }",
        "}",
        "");

    @TempDir
    Path dir;

    @Test
    void shouldLoadBuiltInByName()
    {
        final Strategy s = StrategyLoader.load("SampleStrategy");
        assertInstanceOf(SampleStrategy.class, s);
        assertEquals(4, s.parameters().size());
        assertNull(s.paramsFile());
    }

    @Test
    void shouldCompileUserStrategyFromDirectory() throws IOException
    {
        Files.writeString(dir.resolve("my_strategy.java"), USER_STRATEGY);
        final Strategy s = StrategyLoader.load("MyStrategy", dir);
        assertEquals("MyStrategy", s.name());
        assertEquals("1h", s.timeframe());
        assertEquals(-0.07, s.stoploss());
        assertEquals(dir.resolve("my_strategy.json"), s.paramsFile());
        final Signals signals = new Signals(3);
        s.runEntry(TestFrames.randomWalk("A/B", 3, 1), signals);
        assertEquals(Signals.ONE, signals.enterLong()[0]);
        assertNotNull(s.callbacks());
        assertTrue(s.callbacks().hasCustomExit());
        assertTrue(s.needsIterativeBacktester());
    }

    @Test
    void shouldNameTheFileAndLineOfAStrategyThatThrows() throws IOException
    {
        // line 11 of the file: the exit phase reads past an array, as a slip in a hand-written loop would
        final Path file = dir.resolve("MyStrategy.java");
        Files.writeString(file, USER_STRATEGY.replace("populateExitTrend(PairFrame frame, Signals signals) { }",
            "populateExitTrend(PairFrame frame, Signals signals) { signals.exitLong()[signals.rows()] = 1; }"));
        final Strategy s = StrategyLoader.load("MyStrategy", dir);
        final StrategyException ex = assertThrows(StrategyException.class,
            () -> s.runExit(TestFrames.randomWalk("A/B", 3, 1), new Signals(3)));
        assertEquals("strategy MyStrategy failed in populate_exit_trend on A/B at " + file + ":11: " +
            "ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 3", ex.getMessage());
    }

    @Test
    void shouldNameTheFileAndLineWhenInformativePairsThrows() throws IOException
    {
        // line 11 of the file: informative_pairs fails outside any pair's phase
        final Path file = dir.resolve("MyStrategy.java");
        Files.writeString(file, USER_STRATEGY.replace("populateExitTrend(PairFrame frame, Signals signals) { }",
            "populateExitTrend(PairFrame frame, Signals signals) { } @Override protected java.util.List<" +
            "io.hyperjet.worker.frame.informative.PairTimeframe> informativePairs() { " +
            "throw new IllegalStateException(\"no pairs\"); }"));
        final Strategy s = StrategyLoader.load("MyStrategy", dir);
        final StrategyException ex = assertThrows(StrategyException.class,
            () -> s.informativeNeeds(java.util.List.of("A/B")));
        assertEquals("strategy MyStrategy failed in informative_pairs at " + file + ":11: IllegalStateException: " +
            "no pairs", ex.getMessage());
    }

    @Test
    void shouldRefuseAPortConvertStrategyLeftUnfinished() throws IOException
    {
        final String header = "// 2 line(s) were not converted: see the TODO comments.";
        final Path file = dir.resolve("my_strategy.java");
        Files.writeString(file, "// Converted from my_strategy.py by hyperjet convert-strategy.\n" + header + "\n" +
            USER_STRATEGY);
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> StrategyLoader.load("MyStrategy", dir));
        assertEquals(file + ": convert-strategy left 2 line(s) unconverted (see its TODO comments): finish them " +
            "and delete the line '" + header + "', or move the file out of the strategy path to run the .py " +
            "strategy it came from", ex.getMessage());
        Files.writeString(file, Files.readString(file).replace(header + "\n", ""));
        assertEquals("MyStrategy", StrategyLoader.load("MyStrategy", dir).name());
    }

    @Test
    void shouldLoadValuesFromParamsFileBesideSource() throws IOException
    {
        Files.writeString(dir.resolve("my_strategy.java"), USER_STRATEGY);
        Files.writeString(dir.resolve("my_strategy.json"),
            "{\"strategy_name\": \"MyStrategy\", \"params\": {\"buy\": {\"buy_level\": 8}}}");
        assertEquals(8, StrategyLoader.load("MyStrategy", dir).parameters().byName("buy_level").valueAsObject());
    }

    @Test
    void shouldReportCompileErrorWithFileAndLine() throws IOException
    {
        final Path file = dir.resolve("Broken.java");
        Files.writeString(file, strategySource("Broken", "int x = \"text\";", ""));
        final UserInputException ex = assertThrows(UserInputException.class, () -> StrategyLoader.load("Broken", dir));
        assertTrue(ex.getMessage().startsWith(file + ":3: "), ex.getMessage());
        assertTrue(ex.getMessage().contains("incompatible types"), ex.getMessage());
        assertEquals(1, ex.getMessage().lines().count());
    }

    /* A strategy with a field line (line 3) and an entry body (line 5). */
    private static String strategySource(final String name, final String field, final String entryBody)
    {
        return String.join("\n",
            "import io.hyperjet.worker.strategy.Strategy;",
            "public class " + name + " extends Strategy {",
            "    " + field,
            "    @Override protected void populateEntryTrend(io.hyperjet.common.frame.PairFrame f,",
            "        io.hyperjet.worker.signal.Signals s) { " + entryBody + " }",
            "    @Override protected void populateExitTrend(io.hyperjet.common.frame.PairFrame f,",
            "        io.hyperjet.worker.signal.Signals s) { }",
            "}");
    }

    @Test
    void shouldNameTheMissingSymbolOnOneLine() throws IOException
    {
        final Path file = dir.resolve("Unknown.java");
        Files.writeString(file, strategySource("Unknown", "", "int y = missingThing;"));
        final UserInputException ex = assertThrows(UserInputException.class, () -> StrategyLoader.load("Unknown", dir));
        assertEquals(file + ":5: cannot find symbol (symbol: variable missingThing; location: class Unknown)",
            ex.getMessage());
    }

    @Test
    void shouldListAvailableStrategiesForUnknownName() throws IOException
    {
        Files.writeString(dir.resolve("my_strategy.java"), USER_STRATEGY);
        final UserInputException ex = assertThrows(UserInputException.class, () -> StrategyLoader.load("Nope", dir));
        assertEquals("unknown strategy 'Nope'; available: MyStrategy, SampleStrategy, SignalColumns", ex.getMessage());
    }

    @Test
    void shouldLoadStrategyClassFromJar() throws IOException
    {
        final Path src = Files.createDirectories(dir.resolve("src"));
        final Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.writeString(src.resolve("MyStrategy.java"), USER_STRATEGY);
        final javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "-proc:none", "-classpath", System.getProperty("java.class.path") +
            java.io.File.pathSeparator + Path.of(Strategy.class.getProtectionDomain().getCodeSource().getLocation()
            .getPath()) + java.io.File.pathSeparator + Path.of(PairFrame.class.getProtectionDomain().getCodeSource()
            .getLocation().getPath()), "-d", classes.toString(), src.resolve("MyStrategy.java").toString()));
        final Path jar = dir.resolve("strategies.jar");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar)))
        {
            out.putNextEntry(new java.util.jar.JarEntry("user/MyStrategy.class"));
            out.write(Files.readAllBytes(classes.resolve("user/MyStrategy.class")));
            out.closeEntry();
        }
        final Strategy s = StrategyLoader.load("MyStrategy", jar);
        assertEquals("user.MyStrategy", s.getClass().getName());
        assertEquals(dir.resolve("MyStrategy.json"), s.paramsFile());
        assertEquals(java.util.List.of("MyStrategy", "SampleStrategy", "SignalColumns"), StrategyLoader.available(jar));
    }

    @Test
    void shouldPreferUserFileOverBuiltInOfSameName() throws IOException
    {
        Files.writeString(dir.resolve("SampleStrategy.java"), USER_STRATEGY.replace("MyStrategy", "SampleStrategy"));
        final Strategy s = StrategyLoader.load("SampleStrategy", dir);
        assertEquals("user.SampleStrategy", s.getClass().getName());
    }

    static final class Failing extends ParameterTest.NoSignals
    {
        @Override
        protected void populateEntryTrend(final PairFrame frame, final Signals signals)
        {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void shouldNameStrategyPhaseAndPairWhenPhaseFails()
    {
        final StrategyException ex = assertThrows(StrategyException.class,
            () -> new Failing().runEntry(TestFrames.randomWalk("ETH/BTC", 3, 1), new Signals(3)));
        // the line of Failing's throw (the top frame of what it threw)
        assertEquals("strategy Failing failed in populate_entry_trend on ETH/BTC at StrategyLoaderTest.java:" +
            ex.getCause().getStackTrace()[0].getLineNumber() + ": IllegalStateException: boom", ex.getMessage());
    }

    /* As a bridged strategy: named as its Python class, so its Java frames are not the user's code. */
    static final class Bridged extends ParameterTest.NoSignals
    {
        @Override
        public String name()
        {
            return "MyPythonStrategy";
        }

        @Override
        protected void populateEntryTrend(final PairFrame frame, final Signals signals)
        {
            throw new IllegalStateException("bridge closed");
        }
    }

    @Test
    void shouldNameNoJavaLineForABridgedStrategy()
    {
        final StrategyException ex = assertThrows(StrategyException.class,
            () -> new Bridged().runEntry(TestFrames.randomWalk("ETH/BTC", 3, 1), new Signals(3)));
        assertEquals("strategy MyPythonStrategy failed in populate_entry_trend on ETH/BTC: IllegalStateException: " +
            "bridge closed", ex.getMessage());
    }

    @Test
    void shouldHaveNoCallbacksWithoutOverrides()
    {
        assertNull(new SampleStrategy().callbacks());
    }
}
