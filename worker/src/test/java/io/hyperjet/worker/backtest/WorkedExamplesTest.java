package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The three worked examples of backtest-semantics.md section 11, every stated figure, on both backtesters. */
class WorkedExamplesTest
{
    static List<Backtester> backtesters()
    {
        return Engines.both();
    }

    private static BacktestSettings common()
    {
        return new BacktestSettings().timeframeSeconds(3600).fee(0.001).stakeAmount(100).dryRunWallet(1000)
            .startupCandleCount(0);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldMatchExample1EntryShiftAndExitSignal(final Backtester backtester)
    {
        final Candles c = Candles.hourly("A/USDT", new double[][]{
            {100, 101, 99, 100.5}, {100.5, 102, 100, 101.5}, {101.5, 103, 101, 102.8}, {102.6, 103.5, 102, 103},
            {103, 104, 102.5, 103.5}}).enterLong(0).exitLong(2);
        final BacktestSettings s = common().stoploss(-0.10).minimalRoi(Map.of(0, 0.10)).useExitSignal(true)
            .conclude();
        final BacktestResult result = backtester.run(s, List.of(c.build()), null);
        assertEquals(1, result.trades().size());
        final Trade t = result.trades().get(0);
        assertEquals(c.dateMs(1), t.openTimeMs);
        assertEquals(100.5, t.openRate);
        assertEquals(0.99502488, Round8.round8(t.amount));
        assertEquals(100.1, TradeValues.openValue(t.amount, t.openRate, 0.001, false), 1e-12);
        assertEquals(90.45, t.stopLossAbs, 1e-12);
        assertEquals(c.dateMs(3), t.closeTimeMs);
        assertEquals(102.6, t.closeRate);
        assertEquals(101.98746269, Round8.round8(TradeValues.closeValue(t.amount, 102.6, 0.001, false)));
        assertEquals(1.88746269, t.profitAbs);
        assertEquals(0.0188558, t.profitRatio, 5e-8);
        assertEquals(120, t.durationMinutes());
        assertEquals(ExitReasons.EXIT_SIGNAL, t.exitReason);
        assertEquals(103.5, t.maxRate);
        assertEquals(100, t.minRate);
        assertEquals("", t.enterTag);
        assertEquals(c.dateMs(0), result.minDateMs());
        assertEquals(c.dateMs(4), result.maxDateMs());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldMatchExample2StoplossBeatsRoiAndRoiStepAtOpen(final Backtester backtester)
    {
        final Candles c = Candles.hourly("A/USDT", new double[][]{
            {200, 201, 199, 200.5}, {200, 203, 199, 202}, {202, 212, 193, 205}, {204, 206, 203, 205.5},
            {205, 209, 204.5, 208}, {209, 211, 207, 210}, {210, 211, 209, 210.5}}).enterLong(0, 2);
        final BacktestSettings s = common().stoploss(-0.03).minimalRoi(Map.of(0, 0.05, 120, 0.02)).conclude();
        final BacktestResult result = backtester.run(s, List.of(c.build()), null);
        assertEquals(2, result.trades().size());
        final Trade a = result.trades().get(0);
        assertEquals(c.dateMs(1), a.openTimeMs);
        assertEquals(200, a.openRate);
        assertEquals(0.5, a.amount);
        assertEquals(194, a.stopLossAbs, 1e-12);
        assertEquals(c.dateMs(2), a.closeTimeMs);
        assertEquals(ExitReasons.STOP_LOSS, a.exitReason);
        assertEquals(194, a.closeRate, 1e-12);
        assertEquals(96.903, Round8.round8(TradeValues.closeValue(a.amount, a.closeRate, 0.001, false)));
        assertEquals(-3.197, a.profitAbs);
        assertEquals(-0.0319381, a.profitRatio, 5e-8);

        final Trade b = result.trades().get(1);
        assertEquals(c.dateMs(3), b.openTimeMs);
        assertEquals(204, b.openRate);
        assertEquals(0.49019608, Round8.round8(b.amount));
        assertEquals(197.88, b.initialStopLossAbs, 1e-12);
        assertEquals(c.dateMs(5), b.closeTimeMs);
        assertEquals(ExitReasons.ROI, b.exitReason);
        assertEquals(209, b.closeRate);
        assertEquals(2.24852941, b.profitAbs);
        assertEquals(0.0224628, b.profitRatio, 5e-8);
        assertEquals(-0.94847059, Round8.round8(a.profitAbs + b.profitAbs));
        assertEquals(999.05152941, Round8.round8(result.finalBalance(1000)));
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldPriceRoiAtTargetWhenStepKeyIsNotOnCandleOpen(final Backtester backtester)
    {
        final Candles c = Candles.hourly("A/USDT", new double[][]{
            {200, 201, 199, 200.5}, {200, 203, 199, 202}, {202, 212, 193, 205}, {204, 206, 203, 205.5},
            {205, 209, 204.5, 208}, {209, 211, 207, 210}, {210, 211, 209, 210.5}}).enterLong(0, 2);
        final BacktestSettings s = common().stoploss(-0.03).minimalRoi(Map.of(0, 0.05, 119, 0.02)).conclude();
        final Trade b = backtester.run(s, List.of(c.build()), null).trades().get(1);
        assertEquals(ExitReasons.ROI, b.exitReason);
        assertEquals(208.4925, b.closeRate, 1e-4);
        assertEquals(204 * 1.021 / 0.999, b.closeRate, 1e-9);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldMatchExample3TrailingStopWithOffset(final Backtester backtester)
    {
        final BacktestResult result = backtester.run(example3Settings(), List.of(example3(51.8, 52.0).build()), null);
        assertEquals(1, result.trades().size());
        final Trade t = result.trades().get(0);
        assertEquals(50, t.openRate);
        assertEquals(2, t.amount);
        assertEquals(47.5, t.initialStopLossAbs);
        assertEquals(-0.05, t.initialStopLossRatio);
        assertEquals(ExitReasons.TRAILING_STOP_LOSS, t.exitReason);
        assertEquals(51.5, t.closeRate);
        assertEquals(102.897, Round8.round8(TradeValues.closeValue(2, 51.5, 0.001, false)));
        assertEquals(2.797, t.profitAbs);
        assertEquals(0.0279421, t.profitRatio, 5e-8);
        assertEquals(51.94, t.stopLossAbs, 1e-12);
        assertEquals(-0.02, t.stopLossRatio);
        assertEquals(53.0, t.maxRate);
        assertEquals(49.6, t.minRate);
        assertEquals(180, t.durationMinutes());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldExitExample3AtRaisedStopWhenCandleReachesIt(final Backtester backtester)
    {
        final Trade t = backtester.run(example3Settings(), List.of(example3(52.0, 52.0).build()), null).trades()
            .get(0);
        assertEquals(ExitReasons.TRAILING_STOP_LOSS, t.exitReason);
        assertEquals(51.94, t.closeRate, 1e-12);
        assertEquals(Candles.MARCH_1_2024_MS + 4 * 3_600_000L, t.closeTimeMs);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldHitExample3RaisedStopOnTheCandleThatRaisedIt(final Backtester backtester)
    {
        final Trade t = backtester.run(example3Settings(), List.of(example3(51.8, 51.9).build()), null).trades()
            .get(0);
        assertEquals(ExitReasons.TRAILING_STOP_LOSS, t.exitReason);
        assertEquals(51.94, t.closeRate, 1e-12);
        assertEquals(Candles.MARCH_1_2024_MS + 3 * 3_600_000L, t.closeTimeMs);
    }

    private static BacktestSettings example3Settings()
    {
        return common().stoploss(-0.05).trailingStop(true).trailingStopPositive(0.02).trailingStopPositiveOffset(0.04)
            .trailingOnlyOffsetIsReached(true).minimalRoi(Map.of(0, 1.0)).conclude();
    }

    private static Candles example3(final double high4, final double low3)
    {
        return Candles.hourly("A/USDT", new double[][]{
            {50, 50.6, 49.8, 50.2}, {50, 51, 49.6, 50.8}, {51.5, 52.3, 51.4, 52.1}, {52.2, 53.0, low3, 52.8},
            {51.5, high4, 50.9, 51.2}, {51.2, 51.6, 50.8, 51.0}}).enterLong(0);
    }
}
