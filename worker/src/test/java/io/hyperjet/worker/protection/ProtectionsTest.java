package io.hyperjet.worker.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.UserInputException;

/** Parameter conversion, validation and lock rules of protections.md 1.3, 2, 3.3 and 4.2 on hand-made exits. */
class ProtectionsTest
{
    private static final long HOUR_MS = 3_600_000L;
    private static final long T0 = 1_709_251_200_000L;

    @SafeVarargs
    private static Protections of(final Map<String, ?>... entries)
    {
        final List<Map<String, ?>> list = new ArrayList<>();
        for (final Map<String, ?> e : entries)
        {
            list.add(e);
        }
        return Protections.of(list, 60, "strategy Test");
    }

    private static ProtectionManager manager(final Protections p)
    {
        final ProtectionManager m = new ProtectionManager();
        m.reset(p, new String[]{"AAA/USDT", "BBB/USDT"}, 3600);
        return m;
    }

    @Test
    void shouldDefaultToSixtyMinutesOnEveryTimeframe()
    {
        final Protection p = of(Map.of("method", "CooldownPeriod")).get(0);
        assertEquals(60, p.stopMinutes);
        assertEquals(60, p.lookbackMinutes);
        assertEquals("for 60 minutes", p.durationText);
        assertEquals(10.0, of(Map.of("method", "StoplossGuard")).get(0).tradeLimit);
        assertEquals(1.0, of(Map.of("method", "MaxDrawdown")).get(0).tradeLimit);
    }

    @Test
    void shouldTruncateMinutesAndScaleCandles()
    {
        final Protection p = of(Map.of("method", "CooldownPeriod", "stop_duration", 90.9,
            "lookback_period_candles", 1)).get(0);
        assertEquals(90, p.stopMinutes);
        assertEquals(60, p.lookbackMinutes);
        assertEquals("for 90 minutes", p.durationText);
        assertEquals("1 candle", p.lookbackText);
        assertEquals("for 1 minute", of(Map.of("method", "CooldownPeriod", "stop_duration", 1)).get(0).durationText);
    }

    @Test
    void shouldRefuseBothDurationKeysWithOneLine()
    {
        final UserInputException ex = assertThrows(UserInputException.class, () -> of(Map.of("method",
            "CooldownPeriod", "stop_duration", 5, "stop_duration_candles", 2)));
        assertEquals("strategy Test: protections[0]: set stop_duration or stop_duration_candles, not both",
            ex.getMessage());
        assertThrows(UserInputException.class, () -> of(Map.of("method", "MaxDrawdown", "lookback_period", 5,
            "lookback_period_candles", 2)));
        assertThrows(UserInputException.class, () -> of(Map.of("method", "MaxDrawdown", "unlock_at", "08:00",
            "stop_duration", 5)));
    }

    @Test
    void shouldRefuseABadUnlockAtBeforeAnUnknownMethod()
    {
        final UserInputException ex = assertThrows(UserInputException.class, () -> of(
            Map.of("method", "Nope"), Map.of("method", "CooldownPeriod", "unlock_at", "25:00")));
        assertTrue(ex.getMessage().startsWith("strategy Test: protections[1]: invalid date format for unlock_at"),
            ex.getMessage());
        final UserInputException unknown = assertThrows(UserInputException.class, () -> of(Map.of("method",
            "Nope")));
        assertEquals("strategy Test: protections[0]: method 'Nope' is not a protection (use CooldownPeriod, " +
            "StoplossGuard, MaxDrawdown or LowProfitPairs)", unknown.getMessage());
    }

    @Test
    void shouldUnlockAtTheGivenTimeOfDayThenRoundUp()
    {
        // Exit at 02:00: unlock 08:00 the same day, rounded up past the boundary to 09:00; exit at 10:00: next day.
        final ProtectionManager m = manager(of(Map.of("method", "CooldownPeriod", "unlock_at", "08:00")));
        m.onExitFilled(0, T0 + 2 * HOUR_MS, false, -0.01, "stop_loss");
        m.onExitFilled(1, T0 + 10 * HOUR_MS, false, -0.01, "stop_loss");
        assertEquals(new Lock("AAA/USDT", T0 + 2 * HOUR_MS, T0 + 9 * HOUR_MS, "Cooldown period for until 08:00.",
            "*"), m.locks().get(0));
        assertEquals(T0 + 33 * HOUR_MS, m.locks().get(1).lockEndMs());
    }

    @Test
    void shouldBlockUpToAndIncludingTheLockEnd()
    {
        final ProtectionManager m = manager(of(Map.of("method", "CooldownPeriod", "stop_duration_candles", 1)));
        m.onExitFilled(0, T0, false, 0.01, "roi");
        assertTrue(m.isLocked(0, T0 + 2 * HOUR_MS, false));
        assertTrue(m.isLocked(0, T0 + 2 * HOUR_MS, true));
        assertEquals(false, m.isLocked(0, T0 + 3 * HOUR_MS, false));
        assertEquals(false, m.isLocked(1, T0 + HOUR_MS, false));
    }

    @Test
    void shouldLockOnlyTheExitingSideWithOnlyPerSide()
    {
        final ProtectionManager m = manager(of(Map.of("method", "StoplossGuard", "trade_limit", 1,
            "only_per_side", true, "only_per_pair", true, "stop_duration_candles", 1)));
        m.onExitFilled(0, T0, true, -0.02, "trailing_stop_loss");
        assertEquals(List.of(new Lock("AAA/USDT", T0, T0 + 2 * HOUR_MS, "1 stoplosses in 60 min, locking for " +
            "1 candle.", "short")), m.locks());
        assertTrue(m.isLocked(0, T0 + HOUR_MS, true));
        assertEquals(false, m.isLocked(0, T0 + HOUR_MS, false));
    }

    @Test
    void shouldNotCountZeroProfitOrNonStopExitsAsStoplosses()
    {
        final ProtectionManager m = manager(of(Map.of("method", "StoplossGuard", "trade_limit", 1)));
        m.onExitFilled(0, T0, false, 0.0, "stop_loss");
        m.onExitFilled(0, T0, false, -0.01, "exit_signal");
        m.onExitFilled(0, T0, false, -0.01, "force_exit");
        assertEquals(List.of(), m.locks());
        m.onExitFilled(1, T0, false, -0.01, "stop_loss");
        assertEquals(2, m.locks().size());
        assertEquals("BBB/USDT", m.locks().get(0).pair());
        assertEquals("*", m.locks().get(1).pair());
    }

    @Test
    void shouldPrintAnEmptyProfitSumAsPythonsIntegerZero()
    {
        final ProtectionManager m = manager(of(Map.of("method", "LowProfitPairs", "required_profit", 0.01)));
        m.onExitFilled(0, T0, false, 0.0, "exit_signal");
        assertEquals("0 < 0.01 in 60 minutes, locking for 60 minutes.", m.locks().get(0).reason());
    }

    @Test
    void shouldIgnoreAFirstTradeLossInMaxDrawdown()
    {
        // One losing trade: the running peak starts at the first trade, so there is no drawdown (3.2 step 4).
        final ProtectionManager m = manager(of(Map.of("method", "MaxDrawdown", "max_allowed_drawdown", 0.0)));
        m.onExitFilled(0, T0, false, -0.5, "stop_loss");
        assertEquals(List.of(), m.locks());
        m.onExitFilled(1, T0 + HOUR_MS / 2, false, -0.25, "stop_loss");
        assertEquals(new Lock("*", T0 + HOUR_MS / 2, T0 + 2 * HOUR_MS, "0.25 passed 0.0 in 60 minutes, locking for " +
            "60 minutes.", "*"), m.locks().get(0));
    }

    @Test
    void shouldForgetLocksAndTradesOnReset()
    {
        final ProtectionManager m = manager(of(Map.of("method", "CooldownPeriod")));
        m.onExitFilled(0, T0, false, 0.01, "roi");
        m.reset(Protections.NONE, new String[]{"AAA/USDT"}, 3600);
        assertEquals(List.of(), m.locks());
        assertEquals(false, m.isLocked(0, T0 + HOUR_MS, false));
    }
}
