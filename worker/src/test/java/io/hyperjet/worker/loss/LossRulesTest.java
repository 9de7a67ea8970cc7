package io.hyperjet.worker.loss;

import io.hyperjet.worker.metrics.TestTrades;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hyperjet.worker.metrics.TestTrades.simple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LossRulesTest
{
    private final LossInput twoTrades = new LossInput(TestTrades.context(3), null)
        .reset(List.of(simple(10, 5, 1.0), simple(20, 5, 2.0)));

    @Test
    void shouldGiveMaxLossBelowMinTradesWithoutCallingTheLoss()
    {
        final int[] calls = {0};
        final HyperoptLoss counting = input ->
        {
            calls[0]++;
            return -1.0;
        };
        assertEquals(100_000.0, new LossRules(3).evaluate(counting, twoTrades));
        assertEquals(0, calls[0]);
        assertEquals(-1.0, new LossRules(2).evaluate(counting, twoTrades));
        assertEquals(1, calls[0]);
    }

    @Test
    void shouldRequireOneTradeByDefault()
    {
        final LossInput none = new LossInput(TestTrades.context(3), null).reset(List.of());
        assertEquals(100_000.0, new LossRules(LossRules.MIN_TRADES_DEFAULT).evaluate(input -> 0.0, none));
    }

    @Test
    void shouldNeverMakeALossOf100OrMoreBest()
    {
        final LossRules rules = new LossRules(1);
        assertFalse(rules.offer(100.0));
        assertFalse(rules.offer(100_000.0));
        assertTrue(rules.offer(99.99));
    }

    @Test
    void shouldRequireStrictlyLowerLossForANewBest()
    {
        final LossRules rules = new LossRules(1);
        assertTrue(rules.offer(5.0));
        assertFalse(rules.offer(5.0));
        assertFalse(rules.offer(6.0));
        assertTrue(rules.offer(-1.0));
        assertEquals(-1.0, rules.currentBest());
    }

    @Test
    void shouldNeverMakeNaNBest()
    {
        final LossRules rules = new LossRules(1);
        assertFalse(rules.offer(Double.NaN));
        assertEquals(100.0, rules.currentBest());
    }
}
