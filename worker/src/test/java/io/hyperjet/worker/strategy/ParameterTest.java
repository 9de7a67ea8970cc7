package io.hyperjet.worker.strategy;

import java.util.EnumSet;
import java.util.List;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterTest
{
    abstract static class NoSignals extends Strategy
    {
        @Override
        protected void populateEntryTrend(final PairFrame frame, final Signals signals)
        {
        }

        @Override
        protected void populateExitTrend(final PairFrame frame, final Signals signals)
        {
        }
    }

    static final class Mixed extends NoSignals
    {
        final IntParameter sellB = new IntParameter(1, 3, 2);
        final DecimalParameter buyZ = new DecimalParameter(0.1, 0.3, 0.2, 1);
        final BooleanParameter protectionOn = new BooleanParameter(true);
        final IntParameter buy_a = new IntParameter(1, 3, 2);
        final CategoricalParameter<String> mode = new CategoricalParameter<>(List.of("x", "y"), null, "sell");
        final RealParameter buyReal = new RealParameter(0.0, 1.0, 0.5);
    }

    static final class Contradiction extends NoSignals
    {
        final IntParameter buyRsi = new IntParameter(1, 3, 2, "sell");
    }

    static final class NoSpace extends NoSignals
    {
        final IntParameter period = new IntParameter(1, 3, 2);
    }

    @Test
    void shouldOrderBySpaceThenName()
    {
        final List<Parameter> list = new Mixed().parameters().list();
        final String[] names = new String[list.size()];
        for (int i = 0; i < names.length; i++)
        {
            names[i] = list.get(i).name() + "@" + list.get(i).space().id() + "#" + list.get(i).index();
        }
        assertArrayEquals(new String[]{"buy_a@buy#0", "buy_real@buy#1", "buy_z@buy#2", "mode@sell#3",
            "sell_b@sell#4", "protection_on@protection#5"}, names);
    }

    @Test
    void shouldDescribeDimensions()
    {
        final StrategyParameters p = new Mixed().parameters();
        final Parameter decimal = p.byName("buy_z");
        assertEquals(ParameterType.DECIMAL, decimal.type());
        assertEquals(0.1, decimal.low());
        assertEquals(0.3, decimal.high());
        assertEquals(1, decimal.decimals());
        assertEquals(List.of("x", "y"), p.byName("mode").categories());
        assertEquals(List.of(true, false), p.byName("protection_on").categories());
        assertEquals(ParameterType.REAL, p.byName("buy_real").type());
        assertTrue(p.byName("buy_a").optimize());
    }

    @Test
    void shouldRejectSpaceContradictingPrefix()
    {
        final UserInputException ex = assertThrows(UserInputException.class, () -> new Contradiction().parameters());
        assertEquals("strategy Contradiction: parameter buy_rsi declares space sell but its name implies buy",
            ex.getMessage());
    }

    @Test
    void shouldRejectParameterWithoutSpace()
    {
        assertThrows(UserInputException.class, () -> new NoSpace().parameters());
    }

    @Test
    void shouldRoundDecimalDefaultHalfEvenOnBinaryValue()
    {
        assertEquals(0.123, new DecimalParameter(0, 1, 0.12345, 3).defaultValue());
        assertEquals(2.67, new DecimalParameter(0, 5, 2.675, 2).defaultValue());
        assertEquals(0.12, new DecimalParameter(0, 1, 0.125, 2).defaultValue());
    }

    @Test
    void shouldGiveValueOnlyRangeOutsideHyperoptPreparation()
    {
        final Mixed s = new Mixed();
        s.parameters();
        assertArrayEquals(new int[]{2}, s.buy_a.range());
        assertArrayEquals(new double[]{0.2}, s.buyZ.range());
        assertArrayEquals(new boolean[]{true}, s.protectionOn.range());
        assertEquals(java.util.Collections.singletonList(null), s.mode.range());
    }

    @Test
    void shouldStartCategoricalWithoutDefaultAsNull()
    {
        assertNull(new Mixed().mode.value());
    }

    @Test
    void shouldRejectCategoricalWithOneItem()
    {
        assertThrows(IllegalArgumentException.class, () -> new CategoricalParameter<>(List.of("a"), "a", "buy"));
    }

    static final class Ranged extends NoSignals
    {
        final IntParameter buyPeriod = new IntParameter(5, 7, 6);
        final DecimalParameter sellLevel = new DecimalParameter(0.1, 0.35, 0.2, 1);
        final IntParameter buyFixed = new IntParameter(1, 9, 4, "buy", false, true);

        @Override
        protected void populateIndicators(final PairFrame frame, final IndicatorColumns out)
        {
            for (final int period : buyPeriod.range())
            {
                out.put("ema_" + period, ta().ema(frame.close().toArray(), period));
            }
            for (final int k : buyFixed.range())
            {
                out.put("fixed_" + k, new double[frame.rows()]);
            }
            for (final double level : sellLevel.range())
            {
                out.put("level_" + level, new double[frame.rows()]);
            }
        }
    }

    @Test
    void shouldGiveFullRangeOnlyWhilePreparingHyperoptForOptimizedSpaces()
    {
        final Ranged s = new Ranged();
        final PairFrame frame = TestFrames.randomWalk("A/B", 50, 1);
        assertEquals(List.of("ema_5", "ema_6", "ema_7", "fixed_4", "level_0.2"),
            List.copyOf(s.runIndicators(frame, EnumSet.of(Space.BUY)).columns().keySet()));
        assertEquals(List.of("ema_6", "fixed_4", "level_0.1", "level_0.2", "level_0.3"),
            List.copyOf(s.runIndicators(frame, EnumSet.of(Space.SELL)).columns().keySet()));
        assertEquals(List.of("ema_6", "fixed_4", "level_0.2"),
            List.copyOf(s.runIndicators(frame).columns().keySet()));
        assertArrayEquals(new int[]{6}, s.buyPeriod.range());
    }

    @Test
    void shouldBuildDecimalRangeFromTruncatedGrid()
    {
        final Ranged s = new Ranged();
        s.runIndicators(TestFrames.randomWalk("A/B", 5, 1), EnumSet.of(Space.SELL));
        assertEquals(1, s.sellLevel.gridLow());
        assertEquals(3, s.sellLevel.gridHigh());
    }

    @Test
    void shouldConvertJsonLikeValues()
    {
        final Mixed s = new Mixed();
        s.parameters().setValues(java.util.Map.of("buy_a", 3L, "mode", "y", "buy_z", 0.3, "protection_on", false));
        assertEquals(3, s.buy_a.value());
        assertEquals("y", s.mode.value());
        assertEquals(0.3, s.buyZ.value());
        assertEquals(false, s.protectionOn.value());
        assertThrows(IllegalArgumentException.class, () -> s.buy_a.set(2.5));
        assertThrows(IllegalArgumentException.class, () -> s.mode.set("z"));
    }
}
