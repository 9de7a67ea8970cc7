package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.UserInputException;

/** The contract between the two backtesters: identical results, field by field and bit for bit, on random cases. */
class BacktesterEqualityTest
{
    private static final int CASES = 15_000;

    @Test
    void shouldGiveIdenticalTradesOnRandomCases()
    {
        final IterativeBacktester iterative = new IterativeBacktester();
        final VectorizedBacktester vectorized = new VectorizedBacktester();
        long trades = 0;
        long truncated = 0;
        for (long seed = 1; seed <= CASES; seed++)
        {
            final RandomCases c = new RandomCases(seed);
            final BacktestResult expected;
            try
            {
                expected = iterative.run(c.settings, c.pairs, null);
            }
            catch (final UserInputException ex)
            {
                continue;
            }
            final BacktestResult actual = vectorized.run(c.settings, c.pairs, null);
            final String diff = diff(expected, actual);
            if (null != diff)
            {
                fail("seed " + seed + ": " + diff);
            }
            trades += expected.trades().size();
            for (final Trade t : expected.trades())
            {
                truncated += t.openRate != t.entryPrice ? 1 : 0;
            }
        }
        assertTrue(trades > CASES, "too few trades to mean anything: " + trades);
        assertTrue(truncated > trades / 20, "too few truncated open rates (13.4): " + truncated + " of " + trades);
    }

    @Test
    void shouldGiveIdenticalTradesWithDetailCandlesOnRandomCases()
    {
        final VectorizedBacktester vectorized = new VectorizedBacktester();
        final long trades = tradesOfVariants(CASES / 3,
            (c, seed) -> vectorized.irregularPair(c.settings, c.pairs) >= 0 ? null : c.withDetail(seed));
        assertTrue(trades > CASES / 3, "too few trades to mean anything: " + trades);
    }

    @Test
    void shouldGiveIdenticalTradesOnUnevenlySpacedDates()
    {
        final long trades = tradesOfVariants(CASES / 3, RandomCases::withUnevenDates);
        assertTrue(trades > CASES / 3, "too few trades to mean anything: " + trades);
    }

    @Test
    void shouldGiveIdenticalTradesWithDeclaredSetRows()
    {
        final long trades = tradesOfVariants(CASES / 3, RandomCases::withDeclaredSetRows);
        assertTrue(trades > CASES / 3, "too few trades to mean anything: " + trades);
    }

    /** Runs both backtesters on a variant of each case's pairs (null skips the case); fails on the first difference. */
    private static long tradesOfVariants(
        final long cases, final BiFunction<RandomCases, Long, List<BacktestPair>> variant)
    {
        final IterativeBacktester iterative = new IterativeBacktester();
        final VectorizedBacktester vectorized = new VectorizedBacktester();
        long trades = 0;
        for (long seed = 1; seed <= cases; seed++)
        {
            final RandomCases c = new RandomCases(seed);
            final List<BacktestPair> pairs = variant.apply(c, seed);
            if (null == pairs)
            {
                continue;
            }
            final BacktestResult expected;
            try
            {
                expected = iterative.run(c.settings, pairs, null);
            }
            catch (final UserInputException ex)
            {
                continue;
            }
            final String diff = diff(expected, vectorized.run(c.settings, pairs, null));
            if (null != diff)
            {
                fail("seed " + seed + ": " + diff);
            }
            trades += expected.trades().size();
        }
        return trades;
    }

    /*
     * Detail candles that are the main candles themselves (one per main candle, same date and OHLC) must change
     * nothing: the expansion of 3.8 then processes the same candle with the same signals. Checked against the
     * vectorized backtester without detail, which runs a different loop, so the detail path cannot drift from it.
     */
    @Test
    void shouldGiveIdenticalTradesWhenDetailCandlesAreTheMainCandles()
    {
        final BacktestEngine engine = new BacktestEngine();
        final VectorizedBacktester vectorized = new VectorizedBacktester();
        long trades = 0;
        for (long seed = 1; seed <= CASES / 5; seed++)
        {
            final RandomCases c = new RandomCases(seed);
            final List<BacktestPair> detailed = new ArrayList<>();
            for (final BacktestPair pair : c.pairs)
            {
                detailed.add(new BacktestPair(pair.pair(), pair.frame(), pair.signals(), pair.frame()));
            }
            final BacktestResult expected;
            try
            {
                expected = vectorized.irregularPair(c.settings, c.pairs) < 0 ?
                    vectorized.run(c.settings, c.pairs, null) :
                    new IterativeBacktester().run(c.settings, c.pairs, null);
            }
            catch (final UserInputException ex)
            {
                continue;
            }
            final BacktestResult actual = engine.run(c.settings, detailed, null);
            final String diff = diff(expected, actual);
            if (null != diff)
            {
                fail("seed " + seed + ": " + diff);
            }
            trades += expected.trades().size();
        }
        assertTrue(trades > CASES / 5, "too few trades to mean anything: " + trades);
    }

    static String diff(final BacktestResult a, final BacktestResult b)
    {
        if (a.rejectedSignals() != b.rejectedSignals())
        {
            return "rejected " + a.rejectedSignals() + " vs " + b.rejectedSignals();
        }
        if (a.minDateMs() != b.minDateMs() || a.maxDateMs() != b.maxDateMs())
        {
            return "bounds differ";
        }
        final List<Trade> x = a.trades();
        final List<Trade> y = b.trades();
        for (int i = 0; i < Math.min(x.size(), y.size()); i++)
        {
            final String d = diff(x.get(i), y.get(i));
            if (null != d)
            {
                return "trade " + i + " " + d + "\n  iterative:  " + x.get(i) + "\n  vectorized: " + y.get(i);
            }
        }
        if (x.size() != y.size())
        {
            return "trade count " + x.size() + " vs " + y.size() + (x.size() > y.size() ?
                "; first extra iterative " + x.get(y.size()) : "; first extra vectorized " + y.get(x.size()));
        }
        return null;
    }

    static String diff(final Trade a, final Trade b)
    {
        final StringBuilder sb = new StringBuilder();
        check(sb, "pair", Objects.equals(a.pair, b.pair));
        check(sb, "isShort", a.isShort == b.isShort);
        check(sb, "openTimeMs", a.openTimeMs == b.openTimeMs);
        check(sb, "closeTimeMs", a.closeTimeMs == b.closeTimeMs);
        check(sb, "openRate", same(a.openRate, b.openRate));
        check(sb, "entryPrice", same(a.entryPrice, b.entryPrice));
        check(sb, "closeRate", same(a.closeRate, b.closeRate));
        check(sb, "amount", same(a.amount, b.amount));
        check(sb, "stakeAmount", same(a.stakeAmount, b.stakeAmount));
        check(sb, "fee", same(a.fee, b.fee));
        check(sb, "profitAbs", same(a.profitAbs, b.profitAbs));
        check(sb, "profitRatio", same(a.profitRatio, b.profitRatio));
        check(sb, "exitReason", Objects.equals(a.exitReason, b.exitReason));
        check(sb, "enterTag", Objects.equals(a.enterTag, b.enterTag));
        check(sb, "initialStopLossAbs", same(a.initialStopLossAbs, b.initialStopLossAbs));
        check(sb, "initialStopLossRatio", same(a.initialStopLossRatio, b.initialStopLossRatio));
        check(sb, "stopLossAbs", same(a.stopLossAbs, b.stopLossAbs));
        check(sb, "stopLossRatio", same(a.stopLossRatio, b.stopLossRatio));
        check(sb, "minRate", same(a.minRate, b.minRate));
        check(sb, "maxRate", same(a.maxRate, b.maxRate));
        return sb.length() == 0 ? null : sb.toString();
    }

    private static boolean same(final double a, final double b)
    {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }

    private static void check(final StringBuilder sb, final String field, final boolean equal)
    {
        if (!equal)
        {
            sb.append(sb.length() == 0 ? "differs in " : ", ").append(field);
        }
    }
}
