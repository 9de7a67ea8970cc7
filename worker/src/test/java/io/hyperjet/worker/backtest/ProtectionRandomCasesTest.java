package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.UserInputException;
import io.hyperjet.worker.protection.Lock;
import io.hyperjet.worker.protection.Protections;

/**
 * Protections on the random cases of {@link BacktesterEqualityTest}. The vectorized backtester never runs with
 * protections (the engine falls back), so these check the iterative one against what must hold: protections that
 * cannot lock change nothing, and a cooldown locks after every exit and no entry falls inside a lock.
 */
class ProtectionRandomCasesTest
{
    private static final int CASES = 3_000;

    @Test
    void shouldGiveTheVectorizedTradesWhenNoProtectionCanLock()
    {
        final Protections never = Protections.of(List.of(
            Map.of("method", "LowProfitPairs", "required_profit", -1e9),
            Map.of("method", "StoplossGuard", "trade_limit", 1_000_000, "lookback_period", 100_000),
            Map.of("method", "MaxDrawdown", "max_allowed_drawdown", 1e9, "lookback_period", 100_000)), 60, "test");
        final IterativeBacktester iterative = new IterativeBacktester();
        final VectorizedBacktester vectorized = new VectorizedBacktester();
        long trades = 0;
        for (long seed = 1; seed <= CASES; seed++)
        {
            final RandomCases plain = new RandomCases(seed);
            final BacktestResult expected;
            try
            {
                expected = vectorized.run(plain.settings, plain.pairs, null);
            }
            catch (final UserInputException ex)
            {
                continue;
            }
            final RandomCases guarded = new RandomCases(seed, never);
            final BacktestResult actual = iterative.run(guarded.settings, guarded.pairs, null);
            final String diff = BacktesterEqualityTest.diff(expected, actual);
            if (null != diff)
            {
                fail("seed " + seed + ": " + diff);
            }
            assertEquals(List.of(), actual.locks());
            trades += expected.trades().size();
        }
        assertTrue(trades > CASES, "too few trades to mean anything: " + trades);
    }

    @Test
    void shouldLockAfterEveryExitAndNeverEnterInsideACooldown()
    {
        final IterativeBacktester iterative = new IterativeBacktester();
        long locks = 0;
        for (long seed = 1; seed <= CASES; seed++)
        {
            final int candles = (int)(seed % 4);
            final RandomCases c = new RandomCases(seed, Protections.of(List.of(Map.of("method", "CooldownPeriod",
                "stop_duration_candles", candles)), 60, "test"));
            final BacktestResult result;
            try
            {
                result = iterative.run(c.settings, c.pairs, null);
            }
            catch (final UserInputException ex)
            {
                continue;
            }
            final long tfMs = c.settings.timeframeMs();
            for (final Trade t : result.trades())
            {
                final long until = t.closeTimeMs + candles * tfMs;
                final Lock covering = covering(result.locks(), t.pair, t.closeTimeMs, until);
                assertNotNull(covering, "seed " + seed + ": no lock after " + t);
                for (final Lock l : result.locks())
                {
                    if (l.pair().equals(t.pair) && t.openTimeMs > l.lockTimeMs() && t.openTimeMs <= l.lockEndMs())
                    {
                        fail("seed " + seed + ": " + t + " opened inside " + l);
                    }
                }
            }
            for (final Lock l : result.locks())
            {
                assertEquals(0, Math.floorMod(l.lockEndMs(), tfMs), "seed " + seed + ": end off the grid " + l);
            }
            locks += result.locks().size();
        }
        assertTrue(locks > CASES, "too few locks to mean anything: " + locks);
    }

    /** The lock made at this exit, or an earlier one on the pair that already covered its end (4.2). */
    private static Lock covering(final List<Lock> locks, final String pair, final long nowMs, final long untilMs)
    {
        for (final Lock l : locks)
        {
            if (l.pair().equals(pair) && l.lockTimeMs() <= nowMs &&
                (l.lockTimeMs() == nowMs ? l.lockEndMs() > untilMs : l.lockEndMs() >= untilMs))
            {
                return l;
            }
        }
        return null;
    }
}
