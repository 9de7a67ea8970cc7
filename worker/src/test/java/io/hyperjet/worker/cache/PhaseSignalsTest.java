package io.hyperjet.worker.cache;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.frame.DataFrame;
import io.hyperjet.worker.frame.FrameStrategy;
import io.hyperjet.worker.frame.Metadata;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.IntParameter;
import io.hyperjet.worker.strategy.SampleStrategy;
import io.hyperjet.worker.strategy.Strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhaseSignalsTest
{
    private static final long BUDGET_BYTES = 16L * 1024 * 1024;

    private final PairFrame frame = Frames.candles(0, 2_000);
    private final PairFrame other = Frames.candles(1, 2_000);
    private final SignalCache cache = new SignalCache(BUDGET_BYTES);

    private static void assertSameSignals(final Signals expected, final Signals actual, final String what)
    {
        assertArrayEquals(expected.enterLong(), actual.enterLong(), what);
        assertArrayEquals(expected.exitLong(), actual.exitLong(), what);
        assertArrayEquals(expected.enterShort(), actual.enterShort(), what);
        assertArrayEquals(expected.exitShort(), actual.exitShort(), what);
        assertArrayEquals(expected.enterTags().toArray(), actual.enterTags().toArray(), what);
        assertArrayEquals(expected.exitTags().toArray(), actual.exitTags().toArray(), what);
    }

    private static Signals direct(final Strategy fresh, final PairFrame frame)
    {
        final Signals out = new Signals(frame.rows());
        fresh.runSignals(frame, out);
        return out;
    }

    @Test
    void shouldMatchBothPhasesRunOverRandomEpochsAndHitPerPhase()
    {
        final ConditionalStrategy strategy = new ConditionalStrategy();
        final PhaseSignals phases = new PhaseSignals(cache, strategy);
        final SplittableRandom random = new SplittableRandom(5);
        final Signals[] out = {new Signals(frame.rows()), new Signals(other.rows())};
        int restored = 0;
        for (int epoch = 0; epoch < 150; epoch++)
        {
            final boolean filter = random.nextBoolean();
            final int level = 1 + random.nextInt(6);
            final int sell = 1 + random.nextInt(6);
            strategy.values(filter, level, sell);
            final ConditionalStrategy fresh = new ConditionalStrategy();
            fresh.values(filter, level, sell);
            int p = 0;
            for (final PairFrame pair : new PairFrame[] {frame, other})
            {
                restored += phases.fill(pair, out[p]) ? 1 : 0;
                assertSameSignals(direct(fresh, pair), out[p], "epoch " + epoch + " " + pair.pair());
                p++;
            }
        }
        assertTrue(phases.separable());
        // per pair: entry keyed on use_filter (1 run) until use_filter=true is read, then on (use_filter, level): 12
        // more; exit on sell_level: 6. Keys over both phases would need up to 12 x 6 runs per pair.
        assertEquals(2 * (1 + 12 + 6), cache.stats().misses());
        assertTrue(restored > 200, "restored " + restored);
    }

    @Test
    void shouldNoticeAnExitPhaseWritingAnEntryCodeThatChangesNothing()
    {
        // UNSET written over rows the entry left unset: the signals are those of both phases in order either way
        assertFallsBackWhenTheExitPhaseWritesTheEntrySide(
            new CrossPhaseStrategy(CrossPhaseStrategy.Write.ENTRY_CODE, Signals.UNSET, 8),
            new CrossPhaseStrategy(CrossPhaseStrategy.Write.ENTRY_CODE, Signals.UNSET, 8));
    }

    @Test
    void shouldNoticeAnExitPhaseWritingEntryCodes()
    {
        assertFallsBackWhenTheExitPhaseWritesTheEntrySide(
            new CrossPhaseStrategy(CrossPhaseStrategy.Write.ENTRY_CODE, Signals.OTHER, 8),
            new CrossPhaseStrategy(CrossPhaseStrategy.Write.ENTRY_CODE, Signals.OTHER, 8));
    }

    @Test
    void shouldNoticeAnExitPhaseWritingEntryTags()
    {
        assertFallsBackWhenTheExitPhaseWritesTheEntrySide(
            new CrossPhaseStrategy(CrossPhaseStrategy.Write.ENTRY_TAG, Signals.UNSET, 8),
            new CrossPhaseStrategy(CrossPhaseStrategy.Write.ENTRY_TAG, Signals.UNSET, 8));
    }

    @Test
    void shouldTakeOnlyStrategiesWithoutMutableFieldsOfTheirOwnAsStateless()
    {
        assertTrue(PhaseSignals.stateless(SampleStrategy.class, FrameStrategy.class));
        assertTrue(PhaseSignals.stateless(Constants.class, FrameStrategy.class));
        assertFalse(PhaseSignals.stateless(KeepsALevel.class, FrameStrategy.class), "a non-final field");
        assertFalse(PhaseSignals.stateless(KeepsAnArray.class, FrameStrategy.class), "a final array");
        assertFalse(PhaseSignals.stateless(InheritsState.class, FrameStrategy.class), "a superclass's field");
    }

    /** Final parameters and constants only. */
    static class Constants extends FrameStrategy
    {
        static final String NAME = "constants";
        final IntParameter level = new IntParameter(1, 20, 10, "buy");
        final double offset = 0.5;

        @Override
        protected void populateEntryTrend(final DataFrame df, final Metadata md)
        {
        }

        @Override
        protected void populateExitTrend(final DataFrame df, final Metadata md)
        {
        }
    }

    /** Could hand the entry's level to the exit phase. */
    static final class KeepsALevel extends Constants
    {
        double lastLevel;
    }

    /** Could hand rows from one phase to the other. */
    static class KeepsAnArray extends FrameStrategy
    {
        final double[] rows = new double[4];

        @Override
        protected void populateEntryTrend(final DataFrame df, final Metadata md)
        {
        }

        @Override
        protected void populateExitTrend(final DataFrame df, final Metadata md)
        {
        }
    }

    /** A final class whose superclass keeps state. */
    static final class InheritsState extends KeepsAnArray
    {
    }

    private void assertFallsBackWhenTheExitPhaseWritesTheEntrySide(
        final CrossPhaseStrategy strategy, final CrossPhaseStrategy reference)
    {
        final PhaseSignals phases = new PhaseSignals(cache, strategy);
        final Signals out = new Signals(frame.rows());
        for (int sell = 1; sell < 8; sell++)
        {
            strategy.values(3, sell);
            reference.values(3, sell);
            phases.fill(frame, out);
            assertSameSignals(direct(reference, frame), out, "sell " + sell);
            assertTrue(phases.separable(), "sell " + sell + " writes no entry column");
        }
        strategy.values(3, 9);
        reference.values(3, 9);
        assertFalse(phases.fill(frame, out));
        assertFalse(phases.separable(), "the exit phase wrote the entry side");
        assertSameSignals(direct(reference, frame), out, "sell 9");
    }
}
