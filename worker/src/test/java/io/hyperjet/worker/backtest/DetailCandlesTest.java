package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.hyperjet.common.frame.PairFrame;

/**
 * {@code timeframe_detail} (backtest-semantics.md 3.8), worked out by hand: hourly main candles, 15-minute detail
 * candles, fee 0 and a stake of 100 so every price can be checked on paper. Both backtesters.
 */
class DetailCandlesTest
{
    private static final long QUARTER_MS = 900_000L;
    private static final double[] QUIET = {100.5, 101, 100, 100.5};

    static List<Backtester> backtesters()
    {
        return Engines.both();
    }

    private static BacktestSettings settings(final double stoploss, final Map<Integer, Double> roi)
    {
        return new BacktestSettings().timeframeSeconds(3600).fee(0.0).stakeAmount(100).dryRunWallet(1000)
            .startupCandleCount(0).stoploss(stoploss).minimalRoi(roi).conclude();
    }

    /*
     * Rows 1, 2 and 4 have an entry direction (signals on rows 0, 1, 3). Detail candles exist for rows 1 and 2 only.
     *  row 1: trade A opens on the first detail candle at its open 101 (the main open is 100); its stop 101 * 0.95
     *         is hit by the second detail candle (low 95; the main low 98 would not hit it), so A closes at the stop
     *         at that candle's date, 01:15. The last two detail candles still carry the entry signal but are not
     *         first: no entry.
     *  row 2: trade B opens on its first detail candle at 100.5, stop 100.5 * 0.95.
     *  row 3: no detail candles, so the main candle is used: its low 94 hits B's stop, close date 03:00.
     *  row 4: entry direction, but it is the last timestamp (maxDate): no entry.
     */
    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldEnterOnFirstDetailCandleOnlyAndStopInsideDetailCandle(final Backtester backtester)
    {
        final Candles main = Candles.hourly("A/USDT", new double[][]{
            {100, 101, 99, 100}, {100, 101, 98, 100}, {100, 101, 99, 100}, {100, 101, 94, 100},
            {100, 101, 99, 100}}).enterLong(0, 1, 3);
        final long d1 = main.dateMs(1);
        final PairFrame detail = Candles.frame("A/USDT", d1, QUARTER_MS, new double[][]{
            {101, 102, 100.5, 101.5}, {101.5, 102, 95, 96}, {96, 97, 95, 96}, {96, 97, 95, 96},
            QUIET, QUIET, QUIET, QUIET});
        final BacktestResult result = backtester.run(settings(-0.05, Map.of(0, 10.0)),
            List.of(main.build(detail)), null);

        assertEquals(2, result.trades().size());
        final Trade a = result.trades().get(0);
        assertEquals(d1, a.openTimeMs);
        assertEquals(101, a.openRate);
        assertEquals(d1 + QUARTER_MS, a.closeTimeMs);
        assertEquals(ExitReasons.STOP_LOSS, a.exitReason);
        assertEquals(101 * (1 - 0.05), a.closeRate);
        assertEquals(15, a.durationMinutes());
        assertEquals(102, a.maxRate);
        assertEquals(95, a.minRate);

        final Trade b = result.trades().get(1);
        assertEquals(main.dateMs(2), b.openTimeMs);
        assertEquals(100.5, b.openRate);
        assertEquals(main.dateMs(3), b.closeTimeMs);
        assertEquals(ExitReasons.STOP_LOSS, b.exitReason);
        assertEquals(100.5 * (1 - 0.05), b.closeRate);
        assertEquals(94, b.minRate);
    }

    /*
     * ROI {0: 10%, 30 min: 1%}. The trade opens at 01:00 on the first detail candle at 100. At 01:15 the high 102
     * is +2%, below the 10% in force. At 01:30 the duration is 30 minutes (a detail candle's own date), the 1% step
     * is in force and the high 101.5 is +1.5%: ROI exit at 100 * (1 + 0.01), clamped into [100, 101.5]: 101. With
     * main candles only, the 1% step would first apply at 02:00.
     */
    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldTimeRoiByDetailCandleDurations(final Backtester backtester)
    {
        final Candles main = Candles.hourly("A/USDT", new double[][]{
            {100, 101, 99, 100}, {100, 102, 99.5, 101}, {101, 101.5, 100.5, 101}, {101, 101.5, 100.5, 101}})
            .enterLong(0);
        final long d1 = main.dateMs(1);
        final PairFrame detail = Candles.frame("A/USDT", d1, QUARTER_MS, new double[][]{
            {100, 100.5, 99.5, 100}, {100, 102, 99.5, 101}, {100.5, 101.5, 100, 101}, {101, 101.5, 100.5, 101}});
        final BacktestResult result = backtester.run(settings(-0.5, Map.of(0, 0.10, 30, 0.01)),
            List.of(main.build(detail)), null);

        assertEquals(1, result.trades().size());
        final Trade t = result.trades().get(0);
        assertEquals(d1, t.openTimeMs);
        assertEquals(100, t.openRate);
        assertEquals(ExitReasons.ROI, t.exitReason);
        assertEquals(d1 + 2 * QUARTER_MS, t.closeTimeMs);
        assertEquals(30, t.durationMinutes());
        assertEquals(101.0, t.closeRate);
    }

    /*
     * ROI {0: 10%, 60 min: 0%}: the 0% step comes into force at 02:00, the first detail candle of row 2, whose
     * open 101 is above the ROI price 100 (duration 60 == key 60, a multiple of the main timeframe): exit at that
     * detail candle's open and date.
     */
    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldExitAtDetailOpenWhenRoiStepStartsOnMainCandleBoundary(final Backtester backtester)
    {
        final Candles main = Candles.hourly("A/USDT", new double[][]{
            {100, 101, 99, 100}, {100, 101, 99.5, 101}, {102, 103, 101, 102}, {102, 103, 101, 102}})
            .enterLong(0);
        final long d1 = main.dateMs(1);
        final PairFrame detail = Candles.frame("A/USDT", d1, QUARTER_MS, new double[][]{
            {100, 100.5, 99.5, 100}, {100, 100.5, 99.5, 100}, {100, 100.5, 99.5, 100}, {100, 101, 99.5, 101},
            {101, 101.5, 100.5, 101}, QUIET, QUIET, QUIET});
        final BacktestResult result = backtester.run(settings(-0.5, Map.of(0, 0.10, 60, 0.0)),
            List.of(main.build(detail)), null);

        assertEquals(1, result.trades().size());
        final Trade t = result.trades().get(0);
        assertEquals(ExitReasons.ROI, t.exitReason);
        assertEquals(main.dateMs(2), t.closeTimeMs);
        assertEquals(101, t.closeRate);
    }

    /*
     * The same candles as the first test without detail candles: A opens at the main open 100 on row 1, its stop
     * 95 is never hit by a main low (98, 99, 94 hits at row 3): one trade, closed at 03:00. So the detail candles
     * of the first test really changed the result, and a pair without them runs on its main candles.
     */
    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldUseMainCandlesForPairWithoutDetailCandles(final Backtester backtester)
    {
        final Candles main = Candles.hourly("A/USDT", new double[][]{
            {100, 101, 99, 100}, {100, 101, 98, 100}, {100, 101, 99, 100}, {100, 101, 94, 100},
            {100, 101, 99, 100}}).enterLong(0, 1, 3);
        final BacktestResult result = backtester.run(settings(-0.05, Map.of(0, 10.0)),
            List.of(main.build()), null);

        assertEquals(1, result.trades().size());
        final Trade a = result.trades().get(0);
        assertEquals(main.dateMs(1), a.openTimeMs);
        assertEquals(100, a.openRate);
        assertEquals(main.dateMs(3), a.closeTimeMs);
        assertEquals(100 * (1 - 0.05), a.closeRate);
    }

    /*
     * Two pairs, one slot. A/USDT (first in the whitelist) opens on row 1 at its first detail candle's open 101 and
     * exits on its exit signal at the first detail candle of row 3, at that candle's open 104 and date. B/USDT has
     * an entry direction on row 1 too but no free slot: one rejected signal, counted on its first detail candle
     * only (entries are tried there and nowhere else), not once per detail candle.
     */
    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldTryEntriesOnlyOnTheFirstDetailCandle(final Backtester backtester)
    {
        final Candles a = Candles.hourly("A/USDT", Candles.rising(5)).enterLong(0).exitLong(2);
        final PairFrame aDetail = Candles.frame("A/USDT", a.dateMs(1), QUARTER_MS, new double[][]{
            {101, 102, 100, 101}, QUIET, QUIET, QUIET, {102, 103, 101, 102}, QUIET, QUIET, QUIET,
            {104, 105, 103, 104}, QUIET, QUIET, QUIET});
        final Candles b = Candles.hourly("B/USDT", Candles.flat(5, 50)).enterLong(0);
        final PairFrame bDetail = Candles.frame("B/USDT", b.dateMs(1), QUARTER_MS, Candles.flat(4, 50));
        final BacktestSettings s = new BacktestSettings().timeframeSeconds(3600).fee(0.0).stakeAmount(100)
            .dryRunWallet(1000).startupCandleCount(0).stoploss(-0.5).minimalRoi(Map.of(0, 10.0)).maxOpenTrades(1)
            .conclude();
        final BacktestResult result = backtester.run(s, List.of(a.build(aDetail), b.build(bDetail)),
            null);

        assertEquals(1, result.rejectedSignals());
        assertEquals(1, result.trades().size());
        final Trade t = result.trades().get(0);
        assertEquals("A/USDT", t.pair);
        assertEquals(a.dateMs(1), t.openTimeMs);
        assertEquals(101, t.openRate);
        assertEquals(ExitReasons.EXIT_SIGNAL, t.exitReason);
        assertEquals(a.dateMs(3), t.closeTimeMs);
        assertEquals(104, t.closeRate);
        assertEquals(100, t.minRate);
    }

    @Test
    void shouldRunDetailCandlesOnTheVectorizedBacktester()
    {
        final Candles main = Candles.hourly("A/USDT", Candles.rising(4)).enterLong(0);
        final PairFrame detail = Candles.frame("A/USDT", main.dateMs(1), QUARTER_MS, Candles.rising(4));
        final BacktestEngine engine = new BacktestEngine();
        engine.run(settings(-0.05, Map.of(0, 10.0)), List.of(main.build(detail)), null);
        assertNull(engine.lastFallbackReason());
    }
}
