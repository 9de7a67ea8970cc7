package io.hyperjet.worker.loss;

import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.metrics.MetricsContext;
import io.hyperjet.worker.metrics.StatsCalculator;
import io.hyperjet.worker.metrics.StrategyStats;
import io.hyperjet.worker.metrics.TestTrades;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.hyperjet.worker.metrics.TestTrades.DAY_MS;
import static io.hyperjet.worker.metrics.TestTrades.MINUTE_MS;
import static io.hyperjet.worker.metrics.TestTrades.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every ratio of the report stats and every built-in loss on degenerate results, with the values Freqtrade
 * 2024.10's formulas give (backtest-semantics.md 7 and 9; {@code freqtrade/data/metrics.py} and
 * {@code freqtrade/optimize/hyperopt_loss/}). Each case says why each value is what it is.
 * <p>
 * Common ground: balance 1000, stake 100, so {@code profit_ratio = profit_abs / 100} and the per-trade return of
 * Sharpe/Sortino is {@code r = profit_abs / 1000}. {@code D = max(1, whole days of the range)}. The guards that
 * matter here:
 * <ul>
 *     <li>Sharpe/Sortino/Calmar: 0 without trades; -100 when the (downside) population std is 0 or NaN (no losers:
 *     NumPy's std of nothing is NaN) or the account drawdown is 0 (no drawdown: the running max starts at the first
 *     trade, so a first-trade loss is not a drawdown). Their losses are the negation: +100.</li>
 *     <li>profit_factor 0.0 without losing profit; expectancy 0 and expectancy_ratio 100 without trades,
 *     expectancy_ratio 100 without losses; CAGR uses {@code backtest_days = days or 1}.</li>
 *     <li>Sharpe/Sortino daily losses: +20 when the (sample / downside) std of the daily series is 0; the sample std
 *     of a single day is NaN, and so is the loss.</li>
 *     <li>Drawdown losses fall back to {@code -profit} when there is no drawdown (or no trade).</li>
 * </ul>
 * Losses are called directly here, as with {@code hyperopt_min_trades = 0}; with the default (1) a result without
 * trades scores {@link LossRules#MAX_LOSS} and no loss is called.
 */
class DegenerateStatsTest
{
    private static final double SQRT_365 = Math.sqrt(365.0);
    private static final double SLIP = 0.0005;
    /** The losses in the order of the expected-value arrays below. */
    private static final String[] LOSSES = {
        "ShortTradeDurHyperOptLoss", "OnlyProfitHyperOptLoss", "SharpeHyperOptLoss", "SortinoHyperOptLoss",
        "CalmarHyperOptLoss", "MaxDrawDownHyperOptLoss", "MaxDrawDownRelativeHyperOptLoss",
        "ProfitDrawDownHyperOptLoss", "MultiMetricHyperOptLoss", "SharpeHyperOptLossDaily",
        "SortinoHyperOptLossDaily"};

    /** ShortTradeDur's trade-count term for n trades. */
    private static double tradeTerm(final int n)
    {
        return 1.0 - 0.25 * Math.exp(-((n - 600.0) * (n - 600.0)) / Math.pow(10.0, 5.8));
    }

    /** MultiMetric's trade-count penalty below 50 trades: max(0.1, 1 - |n - 50| / 50). */
    private static double penalty(final int n)
    {
        return Math.max(0.1, 1.0 - Math.abs(n - 50) / 50.0);
    }

    private static double mean(final double... x)
    {
        double s = 0;
        for (final double v : x)
        {
            s += v;
        }
        return s / x.length;
    }

    private static double sampleStd(final double... x)
    {
        final double m = mean(x);
        double s = 0;
        for (final double v : x)
        {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    private static Trade closingAt(final long closeMs, final long durationMin, final double profitAbs)
    {
        return TestTrades.trade("A/USDT", closeMs - durationMin * MINUTE_MS, closeMs, profitAbs, profitAbs / 100.0);
    }

    /** Asserts sharpe, sortino, calmar, cagr, expectancy, expectancy_ratio, profit_factor of the report stats. */
    private static void assertRatios(final List<Trade> trades, final MetricsContext ctx, final double... expected)
    {
        final StrategyStats s = new StatsCalculator().compute(trades, ctx);
        final double[] actual = {s.sharpe, s.sortino, s.calmar, s.cagr, s.expectancy, s.expectancyRatio,
            s.profitFactor};
        final String[] names = {"sharpe", "sortino", "calmar", "cagr", "expectancy", "expectancy_ratio",
            "profit_factor"};
        for (int i = 0; i < names.length; i++)
        {
            assertEquals(expected[i], actual[i], Math.abs(expected[i]) * 1e-12, names[i]);
        }
    }

    /** Asserts every built-in loss; NaN expects NaN, and ±0.0 are not told apart. */
    private static void assertLosses(final List<Trade> trades, final MetricsContext ctx, final double... expected)
    {
        final LossInput input = new LossInput(ctx, null).reset(trades);
        for (int i = 0; i < LOSSES.length; i++)
        {
            final double actual = LossFunctions.create(LOSSES[i], null).loss(input);
            if (Double.isNaN(expected[i]))
            {
                assertEquals(Double.NaN, actual, LOSSES[i]);
            }
            else
            {
                assertEquals(expected[i], actual, Math.abs(expected[i]) * 1e-12, LOSSES[i]);
            }
        }
        assertEquals(LossFunctions.create("ShortTradeDurHyperOptLoss", null).loss(input),
            LossFunctions.create("DefaultHyperOptLoss", null).loss(input), "alias");
    }

    @Test
    void shouldHandleZeroTrades()
    {
        final MetricsContext ctx = TestTrades.context(3);
        final List<Trade> none = List.of();
        // Ratios: 0 without trades. CAGR: (1000 / 1000)^(365 / 3) - 1 = 0. Expectancy 0 and ratio 100 (their
        // initial values); profit factor 0.0 (no losing profit).
        assertRatios(none, ctx, 0.0, 0.0, 0.0, 0.0, 0.0, 100.0, 0.0);
        assertLosses(none, ctx,
            // ShortTradeDur: the mean duration of no trades is NaN, and min(NaN, 1) stays NaN.
            Double.NaN,
            // OnlyProfit, Sharpe, Sortino, Calmar: -(sum of nothing) and -(ratio 0).
            0.0, 0.0, 0.0, 0.0,
            // Drawdown losses: calculate_max_drawdown / calculate_underwater raise on no trades -> -profit = 0.
            0.0, 0.0,
            // ProfitDrawDown: R = 0 -> -(0).
            0.0,
            // MultiMetric: winrate = 0 / 0. Freqtrade raises ZeroDivisionError; Hyperjet gives NaN, which is never
            // best. Only reachable with hyperopt_min_trades = 0.
            Double.NaN,
            // Daily losses: 4 calendar days (T0 .. T0 + 3d), all 0 -> std 0 -> 20.
            20.0, 20.0);
        assertEquals(LossRules.MAX_LOSS, new LossRules(LossRules.MIN_TRADES_DEFAULT)
            .evaluate(new SharpeHyperOptLoss(), new LossInput(ctx, null).reset(none)));
    }

    @Test
    void shouldHandleOneLosingTrade()
    {
        final MetricsContext ctx = TestTrades.context(3);
        final List<Trade> one = List.of(closingAt(T0 + 60 * MINUTE_MS, 60, -5.0));
        // Sharpe: std of one return is 0 -> -100. Sortino: std of the one loser is 0 -> -100. Calmar: one trade
        // is no drawdown (k = 0) -> -100. CAGR: (995 / 1000)^(365 / 3) - 1. Expectancy: loserate 1 x avg loss 5
        // -> -5; ratio (1 + 0 / 5) x winrate 0 - 1 = -1; profit factor 0 / 5 = 0.
        assertRatios(one, ctx, -100.0, -100.0, -100.0, Math.pow(0.995, 1.0 / (3 / 365.0)) - 1.0, -5.0, -1.0, 0.0);
        final double day0 = -0.05 - SLIP;
        final double dailyMean = day0 / 4;
        assertLosses(one, ctx,
            // profit ratio sum -0.05 -> pl = 1 + 0.05 / 3; duration 60 -> 0.4 x 60 / 300.
            tradeTerm(1) + (1.0 + 0.05 / 3.0) + 0.4 * (60.0 / 300.0),
            5.0, 100.0, 100.0, 100.0,
            // No drawdown with one trade -> -profit = 5, for both drawdown losses and ProfitDrawDown (R = 0).
            5.0, 5.0, 5.0,
            // MultiMetric: profit factor 0 -> ln(0 + 1) = 0 zeroes the product.
            0.0,
            // Daily: 4 days [-0.0505, 0, 0, 0]; Sortino's downside std = sqrt(0.0505^2 / 4) = 0.0505 / 2.
            -dailyMean / sampleStd(day0, 0, 0, 0) * SQRT_365,
            -dailyMean / (-day0 / 2) * SQRT_365);
    }

    @Test
    void shouldHandleAllTradesOnOneDay()
    {
        // Range T0 .. T0 + 20 h: whole days 0, so D = 1 and backtest_days = 1; the daily series has one day.
        final MetricsContext ctx = TestTrades.context(3).maxDateMs(T0 + 20 * 60 * MINUTE_MS);
        final List<Trade> trades = List.of(closingAt(T0 + 60 * MINUTE_MS, 30, 20.0),
            closingAt(T0 + 120 * MINUTE_MS, 30, -10.0), closingAt(T0 + 180 * MINUTE_MS, 30, 5.0));
        // r = 0.02, -0.01, 0.005: sum 0.015, population std sqrt(((0.015)^2 + (0.015)^2 + 0) / 3).
        final double sharpe = 0.015 / Math.sqrt(2 * 0.015 * 0.015 / 3) * SQRT_365;
        // cum 20, 10, 15, running max 20: the drawdown is at the 2nd trade, rel = 10 / (1000 + 20).
        final double accountDd = 10.0 / 1020.0;
        final double calmar = (15.0 / 1000.0 / 1 * 100.0) / accountDd * SQRT_365;
        // wins 20, 5 (avg 12.5), loss 10: expectancy 2/3 x 12.5 - 1/3 x 10 = 5; ratio (1 + 1.25) x 2/3 - 1 = 0.5.
        // Sortino: one loser, std 0 -> -100. CAGR: 1.015^(365 / 1) - 1.
        assertRatios(trades, ctx, sharpe, -100.0, calmar, Math.pow(1.015, 365.0) - 1.0, 5.0, 0.5, 2.5);
        final double pf = 25.0 / (10.0 + 1e-6);
        assertLosses(trades, ctx,
            tradeTerm(3) + (1.0 - 0.15 / 3.0) + 0.4 * (30.0 / 300.0),
            -15.0, -sharpe, 100.0, -calmar,
            // MaxDrawDown (start 0): drawdown_abs 10 -> -15 / 10. Relative: -15 / 10 / (10 / 1020).
            -1.5, -15.0 / 10.0 / accountDd,
            -(15.0 - accountDd * 15.0 * (1.0 - 0.075)),
            -((15.0 - accountDd * 15.0 * (1.0 - 0.055)) * Math.log(pf + 1.0) * Math.log(0.5 + 2.0) *
                Math.log(1.2 + 2.0 / 3.0) * penalty(3)),
            // One day: the sample std of one value is NaN -> NaN. Its sum 0.1485 is not negative -> downside 0
            // -> 20.
            Double.NaN, 20.0);
    }

    @Test
    void shouldHandleNoLosingTrade()
    {
        final MetricsContext ctx = TestTrades.context(3);
        final List<Trade> trades = List.of(closingAt(T0 + 60 * MINUTE_MS, 60, 20.0),
            closingAt(T0 + DAY_MS + 60 * MINUTE_MS, 60, 0.0), closingAt(T0 + 2 * DAY_MS + 60 * MINUTE_MS, 60, 10.0));
        // r = 0.02, 0, 0.01: sum / D = 0.01, population std sqrt(2 x 0.01^2 / 3).
        final double sharpe = 0.03 / 3 / Math.sqrt(2 * 0.01 * 0.01 / 3) * SQRT_365;
        // Sortino: no loser -> NaN std -> -100. Calmar: cum 20, 20, 30 never falls -> no drawdown -> -100.
        // Expectancy 2/3 x 15 = 10; no loss -> ratio 100 and profit factor 0.0 (the draw is neither).
        assertRatios(trades, ctx, sharpe, -100.0, -100.0, Math.pow(1.03, 365.0 / 3) - 1.0, 10.0, 100.0, 0.0);
        // Days [0.1995, -0.0005, 0.0995, 0]: the draw's slippage makes a losing day.
        final double[] days = {0.2 - SLIP, 0.0 - SLIP, 0.1 - SLIP, 0.0};
        final double m = mean(days);
        assertLosses(trades, ctx,
            tradeTerm(3) + (1.0 - 0.3 / 3.0) + 0.4 * (60.0 / 300.0),
            -30.0, -sharpe, 100.0, 100.0,
            -30.0, -30.0, -30.0,
            // Profit factor 30 / 1e-6; expectancy ratio 100 > 10 -> ln(1.01); winrate 2/3.
            -(30.0 * Math.log(30.0 / 1e-6 + 1.0) * Math.log(1.01) * Math.log(1.2 + 2.0 / 3.0) * penalty(3)),
            -m / sampleStd(days) * SQRT_365,
            -m / Math.sqrt(SLIP * SLIP / 4) * SQRT_365);
    }

    @Test
    void shouldGiveMinus100SortinoWhenAllLosersLoseTheSame()
    {
        final MetricsContext ctx = TestTrades.context(3);
        final List<Trade> trades = List.of(closingAt(T0 + 60 * MINUTE_MS, 60, 40.0),
            closingAt(T0 + DAY_MS, 60, -10.0), closingAt(T0 + 2 * DAY_MS, 60, -10.0),
            closingAt(T0 + 2 * DAY_MS + 60 * MINUTE_MS, 60, -10.0));
        // Losers r = -0.01 three times: the mean (-0.03 / 3) is exactly -0.01, so the std is exactly 0 and
        // Freqtrade's Sortino is -100 (issue 10, item 11), its loss +100.
        final StrategyStats s = new StatsCalculator().compute(trades, ctx);
        assertEquals(-100.0, s.sortino);
        assertEquals(100.0, new SortinoHyperOptLoss().loss(new LossInput(ctx, null).reset(trades)));
        // cum 40, 30, 20, 10 below the high 40: drawdown_abs 30, account drawdown 30 / 1040.
        final double calmar = (10.0 / 1000.0 / 3 * 100.0) / (30.0 / 1040.0) * SQRT_365;
        assertEquals(calmar, s.calmar, calmar * 1e-12);
        // Expectancy 1/4 x 40 - 3/4 x 10 = 2.5; ratio (1 + 40 / 10) x 1/4 - 1 = 0.25; profit factor 40 / 30.
        assertEquals(2.5, s.expectancy, 1e-12);
        assertEquals(0.25, s.expectancyRatio, 1e-12);
        assertEquals(40.0 / 30.0, s.profitFactor, 1e-12);
    }

    @Test
    void shouldKeepPandasRoundingWhenEqualLosersDoNotAverageExactly()
    {
        // Seven losers of -0.1 (r = -0.0001): the two-pass std first takes the mean, which for seven copies is 1 ulp
        // off (-0.00010000000000000002), so the std is 1.3552527156068805e-20, not 0, and Freqtrade's Sortino is
        // the huge quotient, not -100: (0.0043 / 3) / 1.3552527156068805e-20 x sqrt(365) = 2.0205674239323635e+18
        // (below 8 values NumPy's and bottleneck's sums are the same left-to-right loop, so both give this).
        final List<Trade> trades = winnerAndLosers(5.0, 7, -0.1);
        assertEquals(2.0205674239323635e+18, new StatsCalculator().compute(trades, TestTrades.context(3)).sortino);
    }

    @Test
    void shouldGiveMinus100SortinoWhereBottleneckSumsEqualLosersExactly()
    {
        // 22 losers of -0.1: pandas (with bottleneck, as Freqtrade installs it) sums plainly and gets the mean
        // exactly, so the downside std is 0.0 and Sortino -100, the loss +100. NumPy's pairwise sum would be 1 ulp
        // off, the std 1.3552527156068805e-20 and the Sortino 1.3157183225606093e+18: the kind of number issue 10
        // saw where Freqtrade printed -100. Sharpe over all 23 returns: 17.14468571632749 (pandas with bottleneck,
        // Freqtrade's calculate_sharpe on these trades); pairwise sums would give 17.144685716327494.
        final MetricsContext ctx = TestTrades.context(3);
        final List<Trade> trades = winnerAndLosers(5.0, 22, -0.1);
        final StrategyStats s = new StatsCalculator().compute(trades, ctx);
        assertEquals(-100.0, s.sortino);
        assertEquals(17.14468571632749, s.sharpe);
        assertEquals(100.0, new SortinoHyperOptLoss().loss(new LossInput(ctx, null).reset(trades)));
    }

    @Test
    void shouldGiveTheHugeSortinoWhereBottleneckSumsAreOff()
    {
        // 47 losers of -0.1199: now the plain sum is off by an ulp (downside std 2.710505431213761e-20) while the
        // pairwise one is exact; Freqtrade (pandas with bottleneck) prints Sortino -1.4926354470049203e+17 and
        // Sharpe -5.53267121644326 for these trades.
        final List<Trade> trades = winnerAndLosers(5.0, 47, -0.1199);
        final StrategyStats s = new StatsCalculator().compute(trades, TestTrades.context(3));
        assertEquals(-1.4926354470049203e+17, s.sortino);
        assertEquals(-5.53267121644326, s.sharpe);
    }

    /** One winner closing first, then the losers, all within the 3-day range. */
    private static List<Trade> winnerAndLosers(final double win, final int losers, final double loss)
    {
        final List<Trade> trades = new ArrayList<>();
        trades.add(closingAt(T0 + 60 * MINUTE_MS, 60, win));
        for (int i = 1; i <= losers; i++)
        {
            trades.add(closingAt(T0 + 60 * MINUTE_MS + i * 60 * MINUTE_MS, 60, loss));
        }
        return trades;
    }

    @Test
    void shouldHandleAllTradesEqual()
    {
        final MetricsContext ctx = TestTrades.context(3);
        final List<Trade> trades = List.of(closingAt(T0 + 60 * MINUTE_MS, 60, 10.0),
            closingAt(T0 + DAY_MS + 60 * MINUTE_MS, 60, 10.0), closingAt(T0 + 2 * DAY_MS + 60 * MINUTE_MS, 60, 10.0));
        // r = 0.01 three times: mean exactly 0.01, std exactly 0 -> Sharpe -100. No loser -> Sortino -100. cum
        // 10, 20, 30 never falls -> Calmar -100. Expectancy 1 x 10; ratio 100; profit factor 0.0.
        assertRatios(trades, ctx, -100.0, -100.0, -100.0, Math.pow(1.03, 365.0 / 3) - 1.0, 10.0, 100.0, 0.0);
        final double[] days = {0.1 - SLIP, 0.1 - SLIP, 0.1 - SLIP, 0.0};
        assertLosses(trades, ctx,
            tradeTerm(3) + (1.0 - 0.3 / 3.0) + 0.4 * (60.0 / 300.0),
            -30.0, 100.0, 100.0, 100.0,
            -30.0, -30.0, -30.0,
            // winrate 1 -> ln(2.2).
            -(30.0 * Math.log(30.0 / 1e-6 + 1.0) * Math.log(1.01) * Math.log(1.2 + 1.0) * penalty(3)),
            // The empty 4th day makes the daily series vary; no day is negative -> Sortino daily 20.
            -mean(days) / sampleStd(days) * SQRT_365, 20.0);
    }
}
