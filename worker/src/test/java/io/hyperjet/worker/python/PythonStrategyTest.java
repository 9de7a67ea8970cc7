package io.hyperjet.worker.python;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.Parameter;
import io.hyperjet.worker.strategy.Phase;
import io.hyperjet.worker.strategy.Space;
import io.hyperjet.worker.strategy.Strategy;
import io.hyperjet.worker.strategy.StrategyLoader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PythonStrategyTest
{
    private static final long START_MS = 1_600_000_000_000L;

    @TempDir
    Path tmp;

    @AfterAll
    static void shouldLeaveNoBridgeProcess() throws InterruptedException
    {
        assertEquals(0, TestPython.bridgeProcesses());
    }

    private Strategy load(final String name, final Path dir) throws IOException
    {
        return StrategyLoader.load(name, TestPython.options(tmp, "backtest"), dir);
    }

    @Test
    void shouldReadAttributesAndParametersFromThePythonClass() throws IOException
    {
        try (PythonStrategy s = (PythonStrategy)load("PyMomentum", TestPython.STRATEGIES))
        {
            assertEquals("PyMomentum", s.name());
            assertEquals("5m", s.timeframe());
            assertEquals(Map.of(0, 0.04, 30, 0.02, 60, 0.01), s.minimalRoi());
            assertEquals(-0.10, s.stoploss());
            assertEquals(20, s.startupCandleCount());
            assertFalse(s.canShort());
            assertTrue(s.useExitSignal());
            final List<String> described = new ArrayList<>();
            for (final Parameter p : s.parameters().list())
            {
                described.add(p.name() + " " + p.type() + " " + p.space().id() + " " + p.low() + ".." + p.high() +
                    " " + p.valueAsObject());
            }
            assertEquals(List.of("buy_period INT buy 3.0..12.0 6", "buy_ratio DECIMAL buy 0.0..0.02 0.004",
                "sell_ratio DECIMAL sell 0.0..0.03 0.012"), described);
            assertEquals(TestPython.STRATEGIES.resolve("py_momentum.json"), s.paramsFile());
        }
    }

    @Test
    void shouldGiveTheSignalsOfItsJavaPort() throws IOException
    {
        final List<PairFrame> frames = List.of(TestPython.randomWalk("BTC/USDT", 3000, 1, START_MS),
            TestPython.randomWalk("ETH/USDT", 2000, 2, START_MS));
        try (PythonStrategy py = (PythonStrategy)load("PyMomentum", TestPython.STRATEGIES))
        {
            final Strategy java = load("JavaMomentum", TestPython.STRATEGIES);
            int entries = 0;
            for (final int period : new int[]{4, 6, 11})
            {
                for (final Strategy s : List.of(py, java))
                {
                    s.parameters().setValues(Map.of("buy_period", period, "buy_ratio", 0.002, "sell_ratio", 0.004));
                }
                for (final PairFrame frame : frames)
                {
                    final Signals fromPython = signals(py, frame, EnumSet.of(Space.BUY));
                    final Signals fromJava = signals(java, frame, EnumSet.of(Space.BUY));
                    assertArrayEquals(fromJava.enterLong(), fromPython.enterLong(), frame.pair());
                    assertArrayEquals(fromJava.exitLong(), fromPython.exitLong(), frame.pair());
                    assertArrayEquals(fromJava.enterShort(), fromPython.enterShort(), frame.pair());
                    assertArrayEquals(fromJava.exitShort(), fromPython.exitShort(), frame.pair());
                    assertArrayEquals(fromJava.enterTags().toArray(), fromPython.enterTags().toArray(), frame.pair());
                    assertArrayEquals(fromJava.exitTags().toArray(), fromPython.exitTags().toArray(), frame.pair());
                    for (final byte code : fromPython.enterLong())
                    {
                        entries += code;
                    }
                }
            }
            assertTrue(entries > 10, "the comparison must cover real entries: " + entries);
        }
    }

    private static Signals signals(final Strategy s, final PairFrame candles, final EnumSet<Space> spaces)
    {
        final PairFrame frame = s.runIndicators(candles, spaces).appendTo(candles);
        final Signals signals = new Signals(frame.rows());
        s.runSignals(frame, signals);
        return signals;
    }

    @Test
    void shouldSeeTheFullRangeOnlyInHyperoptIndicatorPhase() throws IOException
    {
        final PairFrame candles = TestPython.randomWalk("BTC/USDT", 100, 3, START_MS);
        try (PythonStrategy s = (PythonStrategy)load("PyMomentum", TestPython.STRATEGIES))
        {
            assertEquals(List.of("mom_6", "spread"), new ArrayList<>(s.runIndicators(candles).columns().keySet()));
            assertEquals(List.of("mom_3", "mom_4", "mom_5", "mom_6", "mom_7", "mom_8", "mom_9", "mom_10", "mom_11",
                "mom_12", "spread"), new ArrayList<>(s.runIndicators(candles, EnumSet.of(Space.BUY)).columns()
                .keySet()));
            assertEquals(List.of("mom_6", "spread"),
                new ArrayList<>(s.runIndicators(candles, EnumSet.of(Space.SELL)).columns().keySet()));
            final double[] mom = s.runIndicators(candles).get("mom_6");
            assertTrue(Double.isNaN(mom[5]));
            assertEquals(candles.close().get(50) - candles.close().get(44), mom[50], 0.0);
        }
    }

    @Test
    void shouldReportTheParametersEachPhaseRead() throws IOException
    {
        final PairFrame candles = TestPython.randomWalk("BTC/USDT", 200, 4, START_MS);
        try (PythonStrategy s = (PythonStrategy)load("PyMomentum", TestPython.STRATEGIES))
        {
            signals(s, candles, null);
            assertEquals(List.of("buy_period", "buy_ratio"), names(s.parameters().reads(Phase.ENTRY)));
            assertEquals(List.of("sell_ratio"), names(s.parameters().reads(Phase.EXIT)));
        }
    }

    private static List<String> names(final List<Parameter> parameters)
    {
        final List<String> names = new ArrayList<>();
        parameters.forEach(p -> names.add(p.name()));
        return names;
    }

    @Test
    void shouldLoadValuesFromBuyParamsThenTheParamsFile() throws IOException
    {
        final Path dir = Files.createDirectory(tmp.resolve("strategies"));
        Files.writeString(dir.resolve("mine.py"), Files.readString(TestPython.STRATEGIES.resolve("py_momentum.py"))
            .replace("class PyMomentum(IStrategy):", "class SampleStrategy(IStrategy):\n" +
                "    buy_params = {\"buy_period\": 8, \"buy_ratio\": 0.007}"));
        Files.writeString(dir.resolve("mine.json"), "{\"strategy_name\": \"SampleStrategy\", \"params\": {" +
            "\"buy\": {\"buy_ratio\": 0.009}, \"sell\": {\"sell_ratio\": 0.02}, \"stoploss\": {\"stoploss\": -0.05}}}");
        try (PythonStrategy s = assertInstanceOf(PythonStrategy.class, load("SampleStrategy", dir)))
        {
            assertEquals(8, s.parameters().byName("buy_period").valueAsObject());
            assertEquals(0.009, s.parameters().byName("buy_ratio").valueAsObject());
            assertEquals(0.02, s.parameters().byName("sell_ratio").valueAsObject());
            assertEquals(-0.05, s.stoploss());
        }
    }

    @Test
    void shouldReadTheProtectionsPropertyWithTheCurrentValues() throws IOException
    {
        final Path dir = Files.createDirectory(tmp.resolve("strategies"));
        Files.writeString(dir.resolve("guarded.py"), Files.readString(TestPython.STRATEGIES.resolve("py_momentum.py"))
            .replace("class PyMomentum(IStrategy):", "class Guarded(IStrategy):\n" +
                "    cooldown = IntParameter(1, 10, default=2, space=\"protection\")\n" +
                "    @property\n" +
                "    def protections(self):\n" +
                "        return [{\"method\": \"CooldownPeriod\", \"stop_duration_candles\": self.cooldown.value},\n" +
                "                {\"method\": \"StoplossGuard\", \"lookback_period\": 60, \"trade_limit\": 2,\n" +
                "                 \"stop_duration\": 30, \"only_per_pair\": True}]\n"));
        try (PythonStrategy s = assertInstanceOf(PythonStrategy.class, load("Guarded", dir));
            PythonStrategy none = (PythonStrategy)load("PyMomentum", TestPython.STRATEGIES))
        {
            assertEquals("[CooldownPeriod(stop for 2 candles, lookback 60 minutes), " +
                "StoplossGuard(stop for 30 minutes, lookback 60 minutes)]", s.protectionList(5).toString());
            s.parameters().setValues(Map.of("cooldown", 7));
            assertEquals("[CooldownPeriod(stop for 7 candles, lookback 60 minutes), " +
                "StoplossGuard(stop for 30 minutes, lookback 60 minutes)]", s.protectionList(5).toString());
            assertTrue(none.protectionList(5).isEmpty());
        }
    }

    @Test
    void shouldReportAnErrorInPopulateAsOneLine() throws IOException
    {
        final Path file = TestPython.STRATEGIES.resolve("broken_strategy.py");
        try (PythonStrategy s = (PythonStrategy)load("BrokenStrategy", TestPython.STRATEGIES))
        {
            final UserInputException ex = assertThrows(UserInputException.class,
                () -> signals(s, TestPython.randomWalk("BTC/USDT", 50, 5, START_MS), null));
            assertEquals(file + ":15: KeyError: 'no_such_column'", ex.getMessage());
            assertTrue(ex.getCause().getMessage().contains("Traceback"), ex.getCause().getMessage());
        }
    }

    @Test
    void shouldReportAMissingModuleAsOneLine()
    {
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> load("MissingModule", TestPython.STRATEGIES));
        assertEquals(TestPython.STRATEGIES.resolve("missing_module.py") +
            ":1: ModuleNotFoundError: No module named 'technical'", ex.getMessage());
    }

    @Test
    void shouldRefuseACallbackItCannotRun()
    {
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> load("CallbackStrategy", TestPython.STRATEGIES));
        assertEquals(TestPython.STRATEGIES.resolve("callback_strategy.py") + ": strategy CallbackStrategy " +
            "overrides adjust_trade_position, a callback Hyperjet does not call for Python strategies " +
            "(position_adjustment_enable: position adjustment is not simulated); remove it to run this strategy here",
            ex.getMessage());
    }

    @Test
    void shouldEndItsProcessOnClose() throws IOException
    {
        final PythonStrategy s = (PythonStrategy)load("PyMomentum", TestPython.STRATEGIES);
        final ProcessHandle process = ProcessHandle.of(s.pid()).orElseThrow();
        assertTrue(process.isAlive());
        s.close();
        assertFalse(process.isAlive());
        s.close();
    }

    @Test
    void shouldListPythonStrategies()
    {
        final List<String> names = StrategyLoader.available(TestPython.STRATEGIES);
        assertTrue(names.containsAll(List.of("PyMomentum", "BrokenStrategy", "JavaMomentum")), names.toString());
    }
}
