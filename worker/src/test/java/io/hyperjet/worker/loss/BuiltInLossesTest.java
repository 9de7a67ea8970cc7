package io.hyperjet.worker.loss;

import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.metrics.MetricsContext;
import io.hyperjet.worker.metrics.TestTrades;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.hyperjet.worker.metrics.TestTrades.DAY_MS;
import static io.hyperjet.worker.metrics.TestTrades.MINUTE_MS;
import static io.hyperjet.worker.metrics.TestTrades.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuiltInLossesTest
{
    private static final double SQRT_365 = Math.sqrt(365.0);
    /** max_drawdown_account of the five trades: cum 20 -> 10 on a 1000 balance. */
    private static final double ACCOUNT_DD = (1020.0 - 1010.0) / 1020.0;

    private final MetricsContext context = TestTrades.context(3);

    private static Trade t(final long closeMs, final long durationMin, final double abs, final double ratio)
    {
        return TestTrades.trade("A/USDT", closeMs - durationMin * MINUTE_MS, closeMs, abs, ratio);
    }

    /** abs 20, -10, 0, 30, -5; ratio 0.02, -0.01, 0, 0.03, -0.005; closing on days 0, 0, 1, 1, 3. */
    private LossInput five()
    {
        final List<Trade> trades = new ArrayList<>();
        trades.add(t(T0 + 60 * MINUTE_MS, 30, 20.0, 0.02));
        trades.add(t(T0 + 120 * MINUTE_MS, 60, -10.0, -0.01));
        trades.add(t(T0 + DAY_MS + 10 * MINUTE_MS, 90, 0.0, 0.0));
        trades.add(t(T0 + DAY_MS + 20 * MINUTE_MS, 45, 30.0, 0.03));
        trades.add(t(T0 + 3 * DAY_MS, 15, -5.0, -0.005));
        return new LossInput(context, null).reset(trades);
    }

    private LossInput winners()
    {
        return new LossInput(context, null).reset(List.of(t(T0 + 60 * MINUTE_MS, 30, 20.0, 0.02),
            t(T0 + DAY_MS, 30, 10.0, 0.01)));
    }

    @Test
    void shouldComputeShortTradeDurationLoss()
    {
        final double tl = 1.0 - 0.25 * Math.exp(-(595.0 * 595.0) / Math.pow(10.0, 5.8));
        final double pl = Math.max(0.0, 1.0 - 0.035 / 3.0);
        final double dl = 0.4 * Math.min(48.0 / 300.0, 1.0);
        assertEquals(tl + pl + dl, new ShortTradeDurHyperOptLoss().loss(five()), 1e-12);
    }

    @Test
    void shouldCapDurationAndProfitTermsOfShortTradeDurationLoss()
    {
        final List<Trade> trades = List.of(t(T0 + 1000 * MINUTE_MS, 600, 5000.0, 5.0));
        final double tl = 1.0 - 0.25 * Math.exp(-(599.0 * 599.0) / Math.pow(10.0, 5.8));
        assertEquals(tl + 0.0 + 0.4,
            new ShortTradeDurHyperOptLoss().loss(new LossInput(context, null).reset(trades)), 1e-12);
    }

    @Test
    void shouldComputeOnlyProfitLoss()
    {
        assertEquals(-35.0, new OnlyProfitHyperOptLoss().loss(five()));
    }

    @Test
    void shouldComputeSharpeLoss()
    {
        final double[] r = {0.02, -0.01, 0.0, 0.03, -0.005};
        final double mean = 0.035 / 5.0;
        double var = 0.0;
        for (final double x : r)
        {
            var += (x - mean) * (x - mean);
        }
        final double sharpe = 0.035 / 3.0 / Math.sqrt(var / 5.0) * SQRT_365;
        assertEquals(-sharpe, new SharpeHyperOptLoss().loss(five()), 1e-9);
    }

    @Test
    void shouldGivePlus100SharpeLossForOneTrade()
    {
        final LossInput one = new LossInput(context, null).reset(List.of(t(T0 + DAY_MS, 5, 1.0, 0.01)));
        assertEquals(100.0, new SharpeHyperOptLoss().loss(one));
    }

    @Test
    void shouldComputeSortinoLoss()
    {
        assertEquals(-(0.035 / 3.0 / 0.0025 * SQRT_365), new SortinoHyperOptLoss().loss(five()), 1e-9);
        assertEquals(100.0, new SortinoHyperOptLoss().loss(winners()));
    }

    @Test
    void shouldComputeCalmarLoss()
    {
        final double calmar = 35.0 / 1000.0 / 3.0 * 100.0 / ACCOUNT_DD * SQRT_365;
        assertEquals(-calmar, new CalmarHyperOptLoss().loss(five()), 1e-9);
        assertEquals(100.0, new CalmarHyperOptLoss().loss(winners()));
    }

    @Test
    void shouldComputeMaxDrawDownLossWithoutStartingBalance()
    {
        assertEquals(-35.0 / 10.0, new MaxDrawDownHyperOptLoss().loss(five()));
        assertEquals(-30.0, new MaxDrawDownHyperOptLoss().loss(winners()));
    }

    @Test
    void shouldComputeMaxDrawDownRelativeLoss()
    {
        assertEquals(-35.0 / 10.0 / ACCOUNT_DD, new MaxDrawDownRelativeHyperOptLoss().loss(five()), 1e-9);
        assertEquals(-30.0, new MaxDrawDownRelativeHyperOptLoss().loss(winners()));
    }

    @Test
    void shouldComputeProfitDrawDownLoss()
    {
        assertEquals(-(35.0 - ACCOUNT_DD * 35.0 * 0.925), new ProfitDrawDownHyperOptLoss().loss(five()), 1e-12);
        assertEquals(-30.0, new ProfitDrawDownHyperOptLoss().loss(winners()));
    }

    @Test
    void shouldComputeMultiMetricLoss()
    {
        final double a = Math.log(50.0 / (15.0 + 1e-6) + 1.0);
        final double b = Math.log((1.0 + 25.0 / 7.5) * 0.4 - 1.0 + 2.0);
        final double c = Math.log(1.2 + 0.4);
        final double penalty = 0.1;
        final double expected = -((35.0 - ACCOUNT_DD * 35.0 * 0.945) * a * b * c * penalty);
        assertEquals(expected, new MultiMetricHyperOptLoss().loss(five()), 1e-9);
    }

    @Test
    void shouldCapExpectancyTermOfMultiMetricLoss()
    {
        // no losers: expectancy ratio 100 > 10 -> ln(1.01); PF = 30 / 1e-6; winrate 1; 2 trades -> penalty 0.1
        final double expected = -(30.0 * Math.log(30.0 / 1e-6 + 1.0) * Math.log(1.01) * Math.log(2.2) * 0.1);
        assertEquals(expected, new MultiMetricHyperOptLoss().loss(winners()), 1e-9);
    }

    @Test
    void shouldComputeSharpeDailyLossWithSampleStd()
    {
        final double[] days = {0.009, 0.029, 0.0, -0.0055};
        final double mean = (0.009 + 0.029 - 0.0055) / 4.0;
        double var = 0.0;
        for (final double d : days)
        {
            var += (d - mean) * (d - mean);
        }
        final double expected = -(mean / Math.sqrt(var / 3.0) * SQRT_365);
        assertEquals(expected, new SharpeHyperOptLossDaily().loss(five()), 1e-9);
    }

    @Test
    void shouldGive20SharpeDailyLossForFlatDaysAndNaNForOneDay()
    {
        final MetricsContext twoDays = TestTrades.context(1);
        final LossInput flat = new LossInput(twoDays, null).reset(List.of(t(T0 + MINUTE_MS, 1, 1.0, 0.01),
            t(T0 + DAY_MS + MINUTE_MS, 1, 1.0, 0.01)));
        assertEquals(20.0, new SharpeHyperOptLossDaily().loss(flat));
        final MetricsContext oneDay = TestTrades.context(0);
        final LossInput single = new LossInput(oneDay, null).reset(List.of(t(T0 + MINUTE_MS, 1, 1.0, 0.01)));
        assertTrue(Double.isNaN(new SharpeHyperOptLossDaily().loss(single)));
    }

    @Test
    void shouldComputeSortinoDailyLossOverAllDays()
    {
        final double mean = (0.009 + 0.029 - 0.0055) / 4.0;
        final double downside = Math.sqrt(0.0055 * 0.0055 / 4.0);
        assertEquals(-(mean / downside * SQRT_365), new SortinoHyperOptLossDaily().loss(five()), 1e-9);
    }

    @Test
    void shouldGive20SortinoDailyLossWithoutLosingDays()
    {
        final MetricsContext twoDays = TestTrades.context(1);
        final LossInput up = new LossInput(twoDays, null).reset(List.of(t(T0 + MINUTE_MS, 1, 1.0, 0.01)));
        assertEquals(20.0, new SortinoHyperOptLossDaily().loss(up));
    }
}
