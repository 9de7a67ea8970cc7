package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hyperjet.worker.protection.Lock;
import io.hyperjet.worker.protection.Protections;

/**
 * The worked examples of protections.md section 5 (verified against Freqtrade 2024.10), every stated lock start, end
 * and reason and the entries they block. Hours 0..19 are S F S F R F S S S F F F F F F F F F F F, repeated.
 */
class ProtectionExamplesTest
{
    private static final long HOUR_MS = 3_600_000L;
    private static final double[] S = {100, 100.5, 94, 95};
    private static final double[] R = {100, 104, 99.5, 103};
    private static final double[] F = {100, 100.5, 99.5, 100};
    private static final String PATTERN = "SFSFRFSSSFFFFFFFFFFF";
    private static final int HOURS = 60;

    private static long at(final int hour)
    {
        return Candles.MARCH_1_2024_MS + hour * HOUR_MS;
    }

    private static BacktestPair pair(final String name)
    {
        final double[][] rows = new double[HOURS][];
        final int[] all = new int[HOURS];
        for (int i = 0; i < HOURS; i++)
        {
            final char type = PATTERN.charAt(i % PATTERN.length());
            rows[i] = type == 'S' ? S : type == 'R' ? R : F;
            all[i] = i;
        }
        return Candles.hourly(name, rows).enterLong(all).build();
    }

    private static BacktestResult run(final List<BacktestPair> pairs, final List<Map<String, ?>> protections)
    {
        final BacktestSettings s = new BacktestSettings().timeframeSeconds(3600).fee(0.001).stakeAmount(100)
            .dryRunWallet(1000).maxOpenTrades(2).stoploss(-0.05).minimalRoi(Map.of(0, 0.03)).startupCandleCount(0)
            .protections(Protections.of(protections, 60, "strategy Test")).conclude();
        return new IterativeBacktester().run(s, pairs, null);
    }

    private static BacktestResult runOne(final List<Map<String, ?>> protections)
    {
        return run(List.of(pair("AAA/USDT")), protections);
    }

    /** Open and close hours of the trades of one pair, "01-02" each. */
    private static List<String> trades(final BacktestResult result, final String pair, final int count)
    {
        final List<String> out = new ArrayList<>();
        for (final Trade t : result.trades())
        {
            if (t.pair.equals(pair) && out.size() < count)
            {
                out.add(String.format("%02d-%02d", (t.openTimeMs - at(0)) / HOUR_MS, (t.closeTimeMs - at(0)) / HOUR_MS));
            }
        }
        return out;
    }

    private static Lock lockAt(final BacktestResult result, final String pair, final int hour)
    {
        for (final Lock l : result.locks())
        {
            if (l.pair().equals(pair) && l.lockTimeMs() == at(hour))
            {
                return l;
            }
        }
        return null;
    }

    @Test
    void shouldTradeThePatternWithoutProtections()
    {
        final BacktestResult result = runOne(List.of());
        assertEquals(List.of("01-02", "03-04", "05-06", "07-07", "08-08", "09-20", "21-22", "23-24"),
            trades(result, "AAA/USDT", 8));
        assertEquals(-0.0518981, result.trades().get(0).profitRatio, 5e-8);
        assertEquals(0.0299700, result.trades().get(1).profitRatio, 5e-8);
        assertEquals(List.of(), result.locks());
    }

    @Test
    void shouldMatchExampleACooldownPeriod()
    {
        final BacktestResult result = runOne(List.of(Map.of("method", "CooldownPeriod", "stop_duration_candles", 2)));
        assertEquals(List.of("01-02", "06-06", "10-20", "24-24"), trades(result, "AAA/USDT", 4));
        final Lock first = result.locks().get(0);
        assertEquals(new Lock("AAA/USDT", 1_709_258_400_000L, 1_709_269_200_000L, "Cooldown period for for 2 candles.",
            "*"), first);
        assertEquals(at(9), lockAt(result, "AAA/USDT", 6).lockEndMs());
        assertEquals(at(23), lockAt(result, "AAA/USDT", 20).lockEndMs());
        final Trade last = result.trades().get(result.trades().size() - 1);
        assertEquals(ExitReasons.FORCE_EXIT, last.exitReason);
        final Lock after = result.locks().get(result.locks().size() - 1);
        assertEquals(last.closeTimeMs, after.lockTimeMs());
        assertEquals(last.closeTimeMs + 3 * HOUR_MS, after.lockEndMs());
    }

    @Test
    void shouldMatchExampleBStoplossGuardOverTwoPairs()
    {
        final BacktestResult result = run(List.of(pair("AAA/USDT"), pair("BBB/USDT")),
            List.of(Map.of("method", "StoplossGuard", "lookback_period_candles", 6, "trade_limit", 3,
                "stop_duration_candles", 1)));
        final Lock global = result.locks().get(0);
        assertEquals(new Lock("*", at(6), at(8), "3 stoplosses in 360 min, locking for 1 candle.", "*"), global);
        assertEquals(1, result.locks().stream().filter(l -> l.lockTimeMs() == at(6)).count());
        assertEquals(List.of("01-02", "03-04", "05-06", "09-20"), trades(result, "AAA/USDT", 4));
        assertEquals(List.of("01-02", "03-04", "05-06", "09-20"), trades(result, "BBB/USDT", 4));
        assertNotNull(lockAt(result, "*", 26));
        assertEquals(at(28), lockAt(result, "*", 26).lockEndMs());
    }

    @Test
    void shouldMatchExampleCLowProfitPairs()
    {
        final BacktestResult result = runOne(List.of(Map.of("method", "LowProfitPairs", "lookback_period_candles", 6,
            "trade_limit", 2, "stop_duration", 90, "required_profit", 0.0)));
        assertNull(lockAt(result, "AAA/USDT", 2));
        assertEquals(new Lock("AAA/USDT", at(4), at(6), "-0.02192807192807193 < 0.0 in 6 candles, locking for " +
            "90 minutes.", "*"), result.locks().get(0));
        assertEquals(List.of("01-02", "03-04", "07-07"), trades(result, "AAA/USDT", 3));
    }

    @Test
    void shouldMatchExampleDMaxDrawdown()
    {
        final BacktestResult result = runOne(List.of(Map.of("method", "MaxDrawdown", "lookback_period_candles", 10,
            "trade_limit", 3, "stop_duration_candles", 3, "max_allowed_drawdown", 0.08)));
        assertNull(lockAt(result, "*", 6));
        assertEquals(new Lock("*", at(7), at(11), "0.10379620379620381 passed 0.08 in 10 candles, locking for " +
            "3 candles.", "*"), result.locks().get(0));
        assertEquals(List.of("01-02", "03-04", "05-06", "07-07", "12-20"), trades(result, "AAA/USDT", 5));
    }

    @Test
    void shouldSkipALockThatAnEarlierOneCoversAsExampleE()
    {
        final Map<String, ?> two = Map.of("method", "CooldownPeriod", "stop_duration_candles", 2);
        final Map<String, ?> three = Map.of("method", "CooldownPeriod", "stop_duration_candles", 3);
        final Map<String, ?> four = Map.of("method", "CooldownPeriod", "stop_duration_candles", 4);

        final BacktestResult twoThree = runOne(List.of(two, three));
        assertEquals(at(5), twoThree.locks().get(0).lockEndMs());
        assertEquals(at(6), twoThree.locks().get(1).lockTimeMs());
        assertEquals("06-06", trades(twoThree, "AAA/USDT", 2).get(1));

        final BacktestResult threeTwo = runOne(List.of(three, two));
        assertEquals(at(6), threeTwo.locks().get(0).lockEndMs());
        assertEquals(at(7), threeTwo.locks().get(1).lockTimeMs());
        assertEquals("07-07", trades(threeTwo, "AAA/USDT", 2).get(1));

        final BacktestResult twoFour = runOne(List.of(two, four));
        assertEquals(at(5), twoFour.locks().get(0).lockEndMs());
        assertEquals(at(2), twoFour.locks().get(1).lockTimeMs());
        assertEquals(at(7), twoFour.locks().get(1).lockEndMs());
        assertEquals("Cooldown period for for 4 candles.", twoFour.locks().get(1).reason());
    }

    @Test
    void shouldNotCountATradeClosedExactlyOneLookbackAgo()
    {
        // lookback 0: the window (close_date > now - 0) is empty, so not even the trade just closed is in it.
        final BacktestResult result = runOne(List.of(Map.of("method", "CooldownPeriod", "stop_duration_candles", 2,
            "lookback_period", 0)));
        assertEquals(List.of(), result.locks());
        assertFalse(result.trades().isEmpty());
    }
}
