package io.hyperjet.worker.metrics;

import io.hyperjet.worker.backtest.Trade;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.hyperjet.worker.metrics.TestTrades.DAY_MS;
import static io.hyperjet.worker.metrics.TestTrades.MINUTE_MS;
import static io.hyperjet.worker.metrics.TestTrades.T0;
import static io.hyperjet.worker.metrics.TestTrades.context;
import static io.hyperjet.worker.metrics.TestTrades.trade;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatsCalculatorTest
{
    private static Trade t(final String pair, final long closeMs, final long durationMin, final double abs,
        final double ratio, final String tag, final String reason)
    {
        final Trade t = trade(pair, closeMs - durationMin * MINUTE_MS, closeMs, abs, ratio);
        t.enterTag = tag;
        t.exitReason = reason;
        return t;
    }

    /** Five trades over four days (see the expectations in each test). */
    static List<Trade> fiveTrades()
    {
        final List<Trade> trades = new ArrayList<>();
        trades.add(t("A/USDT", T0 + 60 * MINUTE_MS, 30, 20.0, 0.02, "t1", "roi"));
        trades.add(t("B/USDT", T0 + 120 * MINUTE_MS, 60, -10.0, -0.01, "t2", "stop_loss"));
        trades.add(t("A/USDT", T0 + DAY_MS + 10 * MINUTE_MS, 90, 0.0, 0.0, "t1", "exit_signal"));
        final Trade shortTrade = t("B/USDT", T0 + DAY_MS + 20 * MINUTE_MS, 45, 30.0, 0.03, null, "roi");
        shortTrade.isShort = true;
        trades.add(shortTrade);
        trades.add(t("A/USDT", T0 + 3 * DAY_MS, 15, -5.0, -0.005, "t2", "force_exit"));
        return trades;
    }

    private final StrategyStats s = new StatsCalculator().compute(fiveTrades(), context(3).periodicBreakdown(true));

    @Test
    void shouldSumProfitsAndSplitLongShort()
    {
        assertEquals(5, s.totalTrades);
        assertEquals(35.0, s.profitTotalAbs);
        assertEquals(0.035, s.profitTotal);
        assertEquals(4, s.tradeCountLong);
        assertEquals(1, s.tradeCountShort);
        assertEquals(5.0, s.profitTotalLongAbs);
        assertEquals(30.0, s.profitTotalShortAbs);
        assertEquals(1035.0, s.finalBalance);
        assertEquals(500.0, s.totalVolume);
        assertEquals(100.0, s.avgStakeAmount);
        assertEquals(0.0, s.profitMedian);
    }

    @Test
    void shouldCountWinsDrawsLossesByProfitRatio()
    {
        assertEquals(2, s.wins);
        assertEquals(1, s.draws);
        assertEquals(2, s.losses);
        assertEquals(0.4, s.winrate);
    }

    @Test
    void shouldComputeProfitFactorAndExpectancy()
    {
        assertEquals(50.0 / 15.0, s.profitFactor);
        assertEquals(0.4 * 25.0 - 0.4 * 7.5, s.expectancy, 1e-12);
        assertEquals((1.0 + 25.0 / 7.5) * 0.4 - 1.0, s.expectancyRatio, 1e-12);
    }

    @Test
    void shouldCountDrawsAsLossesInStreaks()
    {
        assertEquals(1, s.maxConsecutiveWins);
        assertEquals(2, s.maxConsecutiveLosses);
    }

    @Test
    void shouldRoundTradesPerDayAndHoldingAverages()
    {
        assertEquals(1.67, s.tradesPerDay);
        assertEquals(3, s.backtestDays);
        assertEquals(48, s.holdingAvgMinutes);
        assertEquals(38, s.winnerHoldingAvgMinutes, "37.5 rounds half to even");
        assertEquals(38, s.loserHoldingAvgMinutes);
    }

    @Test
    void shouldFillDrawdownFields()
    {
        assertTrue(s.hasDrawdown);
        assertEquals(10.0, s.maxDrawdownAbs);
        assertEquals(20.0, s.maxDrawdownHigh);
        assertEquals(10.0, s.maxDrawdownLow);
        assertEquals((1020.0 - 1010.0) / 1020.0, s.maxDrawdownAccount);
        assertEquals((1020.0 - 1010.0) / 1020.0, s.maxRelativeDrawdown);
        assertEquals(T0 + 60 * MINUTE_MS, s.drawdownStartMs);
        assertEquals(T0 + 120 * MINUTE_MS, s.drawdownEndMs);
        assertEquals(1010.0, s.csumMin);
        assertEquals(1040.0, s.csumMax);
    }

    @Test
    void shouldBuildDailySeriesWithEmptyDaysAsDraws()
    {
        assertEquals(4, s.daily.dayCount);
        assertArrayEquals(new double[]{10.0, 30.0, 0.0, -5.0}, s.daily.profitAbs);
        assertEquals(2, s.daily.winningDays);
        assertEquals(1, s.daily.drawDays);
        assertEquals(1, s.daily.losingDays);
        assertEquals(0.03, s.daily.bestDay);
        assertEquals(-0.005, s.daily.worstDay);
        assertEquals(30.0, s.daily.bestDayAbs);
        assertEquals(-5.0, s.daily.worstDayAbs);
    }

    @Test
    void shouldListEveryPairSortedByProfitThenTotal()
    {
        assertEquals(List.of("B/USDT", "A/USDT", "C/USDT", "TOTAL"), keys(s.resultsPerPair));
        final StatsLine a = s.resultsPerPair.get(1);
        assertEquals(3, a.trades);
        assertEquals(15.0, a.profitTotalAbs);
        assertEquals(0.015, a.profitSum, 1e-15);
        assertEquals(0.5, a.profitMeanPct);
        assertEquals(1.5, a.profitSumPct);
        assertEquals("0:45:00", a.durationAvg);
        assertEquals(1, a.wins);
        assertEquals(1, a.draws);
        assertEquals(1, a.losses);
        final StatsLine c = s.resultsPerPair.get(2);
        assertEquals(0, c.trades);
        assertEquals("0:00", c.durationAvg);
        assertEquals(0.0, c.profitMean);
        assertEquals(5, s.resultsPerPair.get(3).trades);
    }

    @Test
    void shouldPickBestAndWorstPairByProfitSum()
    {
        assertEquals("B/USDT", s.bestPair.key);
        assertEquals("C/USDT", s.worstPair.key);
    }

    @Test
    void shouldGroupTagsLeavingNullTagsOut()
    {
        assertEquals(List.of("t1", "t2", "TOTAL"), keys(s.resultsPerEnterTag));
        assertEquals(5, s.resultsPerEnterTag.get(2).trades);
        assertEquals(List.of("roi", "exit_signal", "force_exit", "stop_loss", "TOTAL"), keys(s.exitReasonSummary));
        final List<String> mix = new ArrayList<>();
        s.mixTagStats.forEach(l -> mix.add(l.displayKey()));
        assertEquals(List.of("t1 roi", "t1 exit_signal", "t2 force_exit", "t2 stop_loss", "TOTAL"), mix);
    }

    @Test
    void shouldListOnlyForceExitedPairsInLeftOpenTrades()
    {
        assertEquals(List.of("A/USDT", "TOTAL"), keys(s.leftOpenTrades));
        assertEquals(1, s.leftOpenTrades.get(1).trades);
        assertEquals(-5.0, s.leftOpenTrades.get(1).profitTotalAbs);
    }

    @Test
    void shouldBucketWeeksTuesdayToMondayAndMonthsByLastDay()
    {
        final List<PeriodStats> weeks = s.periodicBreakdown.get(PeriodicBreakdown.Period.WEEK);
        assertEquals(1, weeks.size());
        assertEquals(LocalDate.of(2024, 3, 4).toEpochDay(), weeks.get(0).labelEpochDay);
        assertEquals(35.0, weeks.get(0).profitAbs);
        assertEquals(2, weeks.get(0).wins);
        assertEquals(1, weeks.get(0).draws);
        assertEquals(2, weeks.get(0).loses);
        final List<PeriodStats> days = s.periodicBreakdown.get(PeriodicBreakdown.Period.DAY);
        assertEquals(4, days.size());
        assertEquals(0, days.get(2).wins + days.get(2).draws + days.get(2).loses);
        assertEquals(LocalDate.of(2024, 3, 31).toEpochDay(),
            s.periodicBreakdown.get(PeriodicBreakdown.Period.MONTH).get(0).labelEpochDay);
    }

    @Test
    void shouldLabelWeeksWithTheFollowingMonday()
    {
        final long monday = LocalDate.of(2024, 3, 4).toEpochDay();
        assertEquals(monday, PeriodicBreakdown.label(PeriodicBreakdown.Period.WEEK, monday));
        assertEquals(monday, PeriodicBreakdown.label(PeriodicBreakdown.Period.WEEK, monday - 6));
        assertEquals(monday + 7, PeriodicBreakdown.label(PeriodicBreakdown.Period.WEEK, monday + 1));
        assertEquals(LocalDate.of(2024, 2, 29).toEpochDay(),
            PeriodicBreakdown.label(PeriodicBreakdown.Period.MONTH, LocalDate.of(2024, 2, 3).toEpochDay()));
    }

    @Test
    void shouldReportZerosWithoutTrades()
    {
        final StrategyStats empty = new StatsCalculator().compute(List.of(), context(3));
        assertEquals(0, empty.totalTrades);
        assertEquals(0.0, empty.profitMean);
        assertEquals(0.0, empty.expectancy);
        assertEquals(100.0, empty.expectancyRatio);
        assertEquals(0.0, empty.profitFactor);
        assertFalse(empty.hasDrawdown);
        assertEquals(0.0, empty.csumMin);
        assertEquals(0, empty.daily.dayCount);
        assertEquals(0.0, empty.sharpe);
        assertEquals(1000.0, empty.finalBalance);
        assertEquals(List.of("A/USDT", "B/USDT", "C/USDT", "TOTAL"), keys(empty.resultsPerPair));
        assertEquals("A/USDT", empty.bestPair.key);
        assertNull(empty.periodicBreakdown);
    }

    @Test
    void shouldReportNoDrawdownWhenOnlyTheFirstTradeLoses()
    {
        final List<Trade> trades = List.of(t("A/USDT", T0 + MINUTE_MS, 1, -5.0, -0.05, null, "roi"),
            t("A/USDT", T0 + 2 * MINUTE_MS, 1, 5.0, 0.05, null, "roi"));
        final StrategyStats r = new StatsCalculator().compute(trades, context(3));
        assertFalse(r.hasDrawdown);
        assertEquals(0.0, r.maxDrawdownAccount);
        assertEquals(0L, r.drawdownStartMs);
        assertEquals(-100.0, r.calmar);
    }

    private static List<String> keys(final List<StatsLine> lines)
    {
        final List<String> keys = new ArrayList<>();
        lines.forEach(l -> keys.add(l.key));
        return keys;
    }
    @Test
    void shouldGiveTheSummaryFiguresOfTheFullStats()
    {
        // summary() runs every hyperopt epoch and computes only the figures a compact epoch record carries; they
        // must be the full computation's to the bit (ties, draws, shorts, runs without a drawdown, empty runs)
        final java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
        final StatsCalculator summaries = new StatsCalculator();
        final StatsCalculator full = new StatsCalculator();
        for (int c = 0; c < 400; c++)
        {
            final List<Trade> trades = new ArrayList<>();
            final int n = rnd.nextInt(c < 100 ? 6 : 300);
            final boolean rising = rnd.nextInt(5) == 0;
            long close = T0;
            for (int i = 0; i < n; i++)
            {
                close += rnd.nextInt(3) * 37 * MINUTE_MS;
                final double abs = rising ? rnd.nextInt(3) : rnd.nextInt(4) == 0 ? 0.0 :
                    Math.round((rnd.nextDouble() - 0.45) * 1e6) / 1e4;
                final Trade t = t(rnd.nextBoolean() ? "A/USDT" : "B/USDT", close, 5 + rnd.nextInt(900), abs,
                    abs / 100.0, "", "roi");
                t.isShort = rnd.nextInt(3) == 0;
                trades.add(t);
            }
            final StrategyStats a = summaries.summary(trades, context(30));
            final StrategyStats b = full.compute(trades, context(30));
            final String what = "case " + c;
            // the counts and the median by plain loops and a sort, the rest as the full stats give them
            int shorts = 0;
            int wins = 0;
            int draws = 0;
            final double[] ratios = new double[n];
            for (int i = 0; i < n; i++)
            {
                final Trade t = trades.get(i);
                shorts += t.isShort ? 1 : 0;
                wins += t.profitRatio > 0.0 ? 1 : 0;
                draws += t.profitRatio == 0.0 ? 1 : 0;
                ratios[i] = t.profitRatio;
            }
            java.util.Arrays.sort(ratios);
            final double median = n == 0 ? 0.0 : (n & 1) == 1 ? ratios[n / 2] :
                (ratios[n / 2 - 1] + ratios[n / 2]) / 2.0;
            assertEquals(n, a.totalTrades, what);
            assertEquals(n - shorts, a.tradeCountLong, what);
            assertEquals(shorts, a.tradeCountShort, what);
            assertEquals(wins, a.wins, what);
            assertEquals(draws, a.draws, what);
            assertEquals(n - wins - draws, a.losses, what);
            assertEquals(Double.doubleToLongBits(median), Double.doubleToLongBits(a.profitMedian), what);
            assertEquals(Double.doubleToLongBits(b.profitMean), Double.doubleToLongBits(a.profitMean), what);
            assertEquals(Double.doubleToLongBits(b.profitTotal), Double.doubleToLongBits(a.profitTotal), what);
            assertEquals(Double.doubleToLongBits(b.profitTotalAbs), Double.doubleToLongBits(a.profitTotalAbs), what);
            assertEquals(b.holdingAvgMinutes, a.holdingAvgMinutes, what);
            assertEquals(b.hasDrawdown, a.hasDrawdown, what);
            assertEquals(Double.doubleToLongBits(b.maxDrawdownAbs), Double.doubleToLongBits(a.maxDrawdownAbs), what);
            assertEquals(Double.doubleToLongBits(b.maxDrawdownAccount), Double.doubleToLongBits(a.maxDrawdownAccount),
                what);
        }
    }
}
