package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-made cases for exits (section 4), shorts (5) and profit (6.4). Fee 0, stake 100, so amount = 100 / open. */
class ExitRulesTest
{
    private static final double[] ENTRY_100 = {100, 101, 99.5, 100};

    static List<Backtester> backtesters()
    {
        return Engines.both();
    }

    private static Trade only(final Backtester b, final BacktestSettings s, final Candles c)
    {
        final BacktestResult r = b.run(s.conclude(), List.of(c.build()), null);
        assertEquals(1, r.trades().size());
        return r.trades().get(0);
    }

    private static Candles candles(final double[]... rows)
    {
        final double[][] all = new double[rows.length + 1][];
        all[0] = new double[]{100, 101, 99, 100};
        System.arraycopy(rows, 0, all, 1, rows.length);
        return Candles.hourly("A/USDT", all).enterLong(0);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldExitOnEntryCandleAtStop(final Backtester b)
    {
        final Trade t = only(b, EntryRulesTest.base().stoploss(-0.05), candles(new double[]{100, 101, 94, 96},
            ENTRY_100));
        assertEquals(ExitReasons.STOP_LOSS, t.exitReason);
        assertEquals(95, t.closeRate);
        assertEquals(0, t.durationMinutes());
        assertEquals(-5, t.profitAbs);
        assertEquals(-0.05, t.profitRatio);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldExitAtOpenWhenCandleGapsBelowStop(final Backtester b)
    {
        final Trade t = only(b, EntryRulesTest.base().stoploss(-0.05),
            candles(ENTRY_100, new double[]{90, 92, 89, 91}, ENTRY_100));
        assertEquals(ExitReasons.STOP_LOSS, t.exitReason);
        assertEquals(90, t.closeRate);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldLetNeverRaisedStopBeatRoi(final Backtester b)
    {
        final Trade t = only(b, EntryRulesTest.base().stoploss(-0.05).minimalRoi(Map.of(0, 0.1)),
            candles(ENTRY_100, new double[]{100, 120, 90, 100}, ENTRY_100));
        assertEquals(ExitReasons.STOP_LOSS, t.exitReason);
        assertEquals(95, t.closeRate);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldLetRaisedStopLoseToRoi(final Backtester b)
    {
        final Trade t = only(b, EntryRulesTest.base().stoploss(-0.05).trailingStop(true).minimalRoi(Map.of(0, 0.1)),
            candles(ENTRY_100, new double[]{100, 120, 90, 100}, ENTRY_100));
        assertEquals(ExitReasons.ROI, t.exitReason);
        assertEquals(110, t.closeRate);
        assertEquals(101 * 0.95, t.stopLossAbs);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldExitAtOpenForRoiMinusOneOnCandleKey(final Backtester b)
    {
        final Trade t = only(b, EntryRulesTest.base().minimalRoi(Map.of(0, 10.0, 120, -1.0)),
            candles(ENTRY_100, ENTRY_100, new double[]{97, 98, 96, 97}, ENTRY_100));
        assertEquals(ExitReasons.ROI, t.exitReason);
        assertEquals(97, t.closeRate);
        assertEquals(120, t.durationMinutes());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldExitAtLowForRoiMinusOneOffCandleKey(final Backtester b)
    {
        final Trade t = only(b, EntryRulesTest.base().minimalRoi(Map.of(0, 10.0, 90, -1.0)),
            candles(ENTRY_100, ENTRY_100, new double[]{97, 98, 96, 97}, ENTRY_100));
        assertEquals(ExitReasons.ROI, t.exitReason);
        assertEquals(96, t.closeRate);
        assertEquals(120, t.durationMinutes());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldClampRoiPriceToLowWhenCandleIsAboveTarget(final Backtester b)
    {
        final Trade t = only(b, EntryRulesTest.base().minimalRoi(Map.of(0, 0.5, 30, 0.01)),
            candles(ENTRY_100, new double[]{105, 106, 104, 105}, ENTRY_100));
        assertEquals(ExitReasons.ROI, t.exitReason);
        assertEquals(104, t.closeRate);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldPriceEntryCandleTrailingExitAtOffsetWorstCase(final Backtester b)
    {
        final Trade t = only(b, EntryRulesTest.base().stoploss(-0.05).trailingStop(true).trailingStopPositive(0.01)
            .trailingStopPositiveOffset(0.02).trailingOnlyOffsetIsReached(true),
            candles(new double[]{100, 105, 99, 100}, ENTRY_100));
        assertEquals(ExitReasons.TRAILING_STOP_LOSS, t.exitReason);
        assertEquals(0, t.durationMinutes());
        assertEquals(100 * (1.0 + 0.02 - 0.01), t.closeRate);
        assertEquals(105 * 0.99, t.stopLossAbs);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldPriceEntryCandleTrailingExitAtStopDistanceClampedToLow(final Backtester b)
    {
        final Trade t = only(b, EntryRulesTest.base().stoploss(-0.05).trailingStop(true),
            candles(new double[]{100, 105, 99, 100}, ENTRY_100));
        assertEquals(ExitReasons.TRAILING_STOP_LOSS, t.exitReason);
        assertEquals(99, t.closeRate);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldUsePositiveOnlyAboveOffset(final Backtester b)
    {
        assertEquals(104 * 0.98, trailingStopAfterHigh104(b, 0.039));
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldTrailAtStoplossDistanceWhenProfitEqualsOffset(final Backtester b)
    {
        assertEquals(104 * 0.95, trailingStopAfterHigh104(b, 0.04));
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldNotTrailBelowOffsetWhenOnlyOffsetIsReached(final Backtester b)
    {
        assertEquals(95, trailingStopAfterHigh104(b, 0.041));
    }

    private static double trailingStopAfterHigh104(final Backtester b, final double offset)
    {
        final Trade t = only(b, EntryRulesTest.base().stoploss(-0.05).trailingStop(true).trailingStopPositive(0.02)
                .trailingStopPositiveOffset(offset).trailingOnlyOffsetIsReached(true),
            candles(ENTRY_100, new double[]{102, 104, 102, 103}, new double[]{103, 103.5, 102.5, 103},
                new double[]{103, 103.5, 102.5, 103}));
        assertEquals(ExitReasons.FORCE_EXIT, t.exitReason);
        return t.stopLossAbs;
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldExitOnSignalAtOpen(final Backtester b)
    {
        final Trade t = only(b, EntryRulesTest.base(), exitSignals());
        assertEquals(ExitReasons.EXIT_SIGNAL, t.exitReason);
        assertEquals(100.5, t.closeRate);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldBlockExitSignalUntilProfitAtOpenBeatsOffset(final Backtester b)
    {
        final Trade t = only(b, EntryRulesTest.base().exitProfitOnly(true).exitProfitOffset(0.01), exitSignals());
        assertEquals(ExitReasons.EXIT_SIGNAL, t.exitReason);
        assertEquals(102, t.closeRate);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldIgnoreExitSignalWhenDisabled(final Backtester b)
    {
        final Trade t = only(b, EntryRulesTest.base().useExitSignal(false), exitSignals());
        assertEquals(ExitReasons.FORCE_EXIT, t.exitReason);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldUseExitTagAsExitReason(final Backtester b)
    {
        final Candles c = exitSignals().exitTags(null, "tp", "", null, null, null);
        assertEquals("tp", only(b, EntryRulesTest.base(), c).exitReason);
    }

    private static Candles exitSignals()
    {
        return candles(ENTRY_100, new double[]{100.5, 101, 100, 100.5}, new double[]{102, 102.5, 101.5, 102},
            ENTRY_100, ENTRY_100).exitLong(1, 2);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldIgnoreRoiOnRowWithEntrySignal(final Backtester b)
    {
        final Candles c = candles(ENTRY_100, new double[]{100, 105, 99.5, 100}, new double[]{100, 104, 99.5, 100},
            ENTRY_100).enterLong(1);
        final Trade t = only(b, EntryRulesTest.base().minimalRoi(Map.of(0, 0.01)).ignoreRoiIfEntrySignal(true), c);
        assertEquals(ExitReasons.ROI, t.exitReason);
        assertEquals(c.dateMs(3), t.closeTimeMs);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldTakeRoiOnRowWithEntrySignalByDefault(final Backtester b)
    {
        final Candles c = candles(ENTRY_100, new double[]{100, 105, 99.5, 100}, new double[]{100, 104, 99.5, 100},
            ENTRY_100).enterLong(1);
        final Trade t = only(b, EntryRulesTest.base().minimalRoi(Map.of(0, 0.01)), c);
        assertEquals(c.dateMs(2), t.closeTimeMs);
        assertEquals(101, t.closeRate);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldMirrorRoiForShorts(final Backtester b)
    {
        final Candles c = Candles.hourly("A/USDT", new double[][]{
            {100, 101, 99, 100}, {100, 101, 99, 100}, {99, 100, 96, 97}, {97, 98, 96, 97}}).enterShort(0);
        final Trade t = only(b, shortSettings().minimalRoi(Map.of(0, 0.03)), c);
        assertTrue(t.isShort);
        assertEquals(105, t.initialStopLossAbs);
        assertEquals(ExitReasons.ROI, t.exitReason);
        assertEquals(97, t.closeRate);
        assertEquals(3, t.profitAbs);
        assertEquals(101, t.maxRate);
        assertEquals(96, t.minRate);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldStopShortWhenHighReachesStop(final Backtester b)
    {
        final Candles c = Candles.hourly("A/USDT", new double[][]{
            {100, 101, 99, 100}, {100, 101, 99, 100}, {101, 106, 100, 104}, {97, 98, 96, 97}}).enterShort(0);
        final Trade t = only(b, shortSettings(), c);
        assertEquals(ExitReasons.STOP_LOSS, t.exitReason);
        assertEquals(105, t.closeRate);
        assertEquals(-5, t.profitAbs);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldTrailShortStopDownFromLow(final Backtester b)
    {
        final Candles c = Candles.hourly("A/USDT", new double[][]{
            {100, 101, 99, 100}, {100, 101, 99, 100}, {95, 96, 90, 95}, {95, 96, 94, 95}}).enterShort(0);
        final Trade t = only(b, shortSettings().trailingStop(true), c);
        assertEquals(ExitReasons.TRAILING_STOP_LOSS, t.exitReason);
        assertEquals(90 * 1.05, t.stopLossAbs);
        assertEquals(90 * 1.05, t.closeRate);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldChargeFeesOnBothSidesOfAShort(final Backtester b)
    {
        final Candles c = Candles.hourly("A/USDT", new double[][]{
            {100, 101, 99, 100}, {100, 101, 99, 100}, {100, 101, 99, 100}}).enterShort(0);
        final Trade t = only(b, shortSettings().fee(0.001), c);
        assertEquals(ExitReasons.FORCE_EXIT, t.exitReason);
        assertEquals(-0.2, t.profitAbs);
        assertEquals(-0.2 / 99.9, t.profitRatio);
    }

    private static BacktestSettings shortSettings()
    {
        return EntryRulesTest.base().stoploss(-0.05).canShort(true).tradingMode(BacktestSettings.TradingMode.FUTURES);
    }
}
