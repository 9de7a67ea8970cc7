package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.hyperjet.common.UserInputException;
import io.hyperjet.worker.signal.Signals;

/** Hand-made cases for trimming, the shift, entries, slots, stake and the pair order (sections 1.5 to 3, 6). */
class EntryRulesTest
{
    static List<Backtester> backtesters()
    {
        return Engines.both();
    }

    static BacktestSettings base()
    {
        return new BacktestSettings().timeframeSeconds(3600).fee(0).stakeAmount(100).dryRunWallet(1000)
            .stoploss(-0.5).minimalRoi(Map.of()).maxOpenTrades(-1);
    }

    private static BacktestResult run(final Backtester b, final BacktestSettings s, final Candles... candles)
    {
        final BacktestPair[] pairs = new BacktestPair[candles.length];
        for (int i = 0; i < candles.length; i++)
        {
            pairs[i] = candles[i].build();
        }
        return b.run(s.conclude(), List.of(pairs), null);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldDropStartupCandlesByCountAndNeverUseTheLastStartupSignal(final Backtester b)
    {
        final Candles c = Candles.hourly("A/USDT", Candles.rising(6)).enterLong(1);
        final BacktestResult r = run(b, base().startupCandleCount(2), c);
        assertEquals(0, r.trades().size());
        assertEquals(c.dateMs(2), r.minDateMs());
        assertEquals(2, r.trimStartRow(0));
        assertEquals(6, r.trimEndRow(0));
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldEnterAtNextOpenOnSignalOfFirstTrimmedRow(final Backtester b)
    {
        final Candles c = Candles.hourly("A/USDT", Candles.rising(6)).enterLong(2);
        final Trade t = run(b, base().startupCandleCount(2), c).trades().get(0);
        assertEquals(c.dateMs(3), t.openTimeMs);
        assertEquals(103, t.openRate);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldTrimByTimerangeWithoutStartupCandles(final Backtester b)
    {
        final Candles c = Candles.hourly("A/USDT", Candles.rising(7)).enterLong(1, 2);
        final BacktestResult r = run(b, base().timerangeMs(c.dateMs(2), c.dateMs(4)), c);
        assertEquals(c.dateMs(2), r.minDateMs());
        assertEquals(c.dateMs(4), r.maxDateMs());
        final Trade t = r.trades().get(0);
        assertEquals(c.dateMs(3), t.openTimeMs);
        assertEquals(ExitReasons.FORCE_EXIT, t.exitReason);
        assertEquals(c.dateMs(4), t.closeTimeMs);
        assertEquals(104, t.closeRate);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldNotEnterWhenEnterAndExitShareACandle(final Backtester b)
    {
        final Candles c = Candles.hourly("A/USDT", Candles.rising(5)).enterLong(1).exitLong(1);
        assertEquals(0, run(b, base(), c).trades().size());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldNotEnterWhenLongAndShortShareACandle(final Backtester b)
    {
        final Candles c = Candles.hourly("A/USDT", Candles.rising(5)).enterLong(1).enterShort(1);
        final BacktestSettings s = base().canShort(true).tradingMode(BacktestSettings.TradingMode.FUTURES);
        assertEquals(0, run(b, s, c).trades().size());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldIgnoreShortSignalsInSpot(final Backtester b)
    {
        final Candles c = Candles.hourly("A/USDT", Candles.rising(5)).enterLong(1).enterShort(1);
        final Trade t = run(b, base().canShort(true), c).trades().get(0);
        assertEquals(false, t.isShort);
        assertEquals(c.dateMs(2), t.openTimeMs);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldEnterShortInFutures(final Backtester b)
    {
        final Candles c = Candles.hourly("A/USDT", Candles.rising(5)).enterShort(1);
        final BacktestSettings s = base().canShort(true).tradingMode(BacktestSettings.TradingMode.FUTURES);
        final Trade t = run(b, s, c).trades().get(0);
        assertTrue(t.isShort);
        assertEquals(102 * 1.5, t.initialStopLossAbs);
        assertEquals(-0.5, t.initialStopLossRatio);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldRequireEntryValueExactlyOne(final Backtester b)
    {
        final Candles c = Candles.hourly("A/USDT", Candles.rising(5));
        c.signals().enterLong()[1] = Signals.code(2.0);
        assertEquals(0, run(b, base(), c).trades().size());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldNotEnterOrRejectOnTheLastTimestamp(final Backtester b)
    {
        final Candles a = Candles.hourly("A/USDT", Candles.rising(4)).enterLong(0);
        final Candles c = Candles.hourly("B/USDT", Candles.rising(4)).enterLong(2);
        final BacktestResult r = run(b, base().maxOpenTrades(1), a, c);
        assertEquals(1, r.trades().size());
        assertEquals(0, r.rejectedSignals());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldRejectSignalWhenNoSlotIsFree(final Backtester b)
    {
        final Candles a = Candles.hourly("A/USDT", Candles.rising(4)).enterLong(0);
        final Candles c = Candles.hourly("B/USDT", Candles.rising(4)).enterLong(1);
        final BacktestResult r = run(b, base().maxOpenTrades(1), a, c);
        assertEquals(1, r.trades().size());
        assertEquals("A/USDT", r.trades().get(0).pair);
        assertEquals(1, r.rejectedSignals());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldNotCountStakeFailureAsRejection(final Backtester b)
    {
        final Candles a = Candles.hourly("A/USDT", Candles.rising(4)).enterLong(0);
        final BacktestResult r = run(b, base().dryRunWallet(50), a);
        assertEquals(0, r.trades().size());
        assertEquals(0, r.rejectedSignals());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldProcessPairsWithOpenTradesFirst(final Backtester b)
    {
        final Candles a = Candles.hourly("A/USDT", Candles.rising(5)).enterLong(2);
        final Candles c = Candles.hourly("B/USDT", Candles.rising(5)).enterLong(0).exitLong(2);
        final BacktestResult r = run(b, base().maxOpenTrades(1), a, c);
        assertEquals(0, r.rejectedSignals());
        assertEquals(2, r.trades().size());
        assertEquals("B/USDT", r.trades().get(0).pair);
        assertEquals(c.dateMs(3), r.trades().get(0).closeTimeMs);
        assertEquals("A/USDT", r.trades().get(1).pair);
        assertEquals(a.dateMs(3), r.trades().get(1).openTimeMs);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldSplitUnlimitedStakeOverSlotsWithTradableBalanceRatio(final Backtester b)
    {
        final Candles a = Candles.hourly("A/USDT", Candles.flat(4, 100)).enterLong(0);
        final Trade t = run(b, base().unlimitedStake().maxOpenTrades(3).tradableBalanceRatio(0.99), a).trades().get(0);
        assertEquals(330, t.stakeAmount, 1e-9);
        assertEquals(3.3, t.amount, 1e-12);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldOpenNothingWithUnlimitedStakeAndUnlimitedSlots(final Backtester b)
    {
        final Candles a = Candles.hourly("A/USDT", Candles.flat(4, 100)).enterLong(0);
        assertEquals(0, run(b, base().unlimitedStake().maxOpenTrades(-1), a).trades().size());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldAmendLastStakeToAvailableBalance(final Backtester b)
    {
        final BacktestResult r = run(b, base().dryRunWallet(260).tradableBalanceRatio(1).amendLastStakeAmount(true),
            threePairs());
        assertEquals(3, r.trades().size());
        assertEquals(60, r.trades().get(2).stakeAmount, 1e-9);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldSkipAmendedStakeBelowMinRatio(final Backtester b)
    {
        final BacktestResult r = run(b, base().dryRunWallet(250).tradableBalanceRatio(1).amendLastStakeAmount(true),
            threePairs());
        assertEquals(2, r.trades().size());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldNotOpenLastTradeWithoutAmendWhenBalanceIsShort(final Backtester b)
    {
        final BacktestResult r = run(b, base().dryRunWallet(260).tradableBalanceRatio(1), threePairs());
        assertEquals(2, r.trades().size());
        assertEquals(0, r.rejectedSignals());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldRaiseStakeToMinStakeWithinThirtyPercent(final Backtester b)
    {
        final Candles a = Candles.hourly("A/USDT", Candles.flat(4, 100)).enterLong(0);
        final Trade t = run(b, base().stakeAmount(10).minStake(12), a).trades().get(0);
        assertEquals(12, t.stakeAmount, 1e-12);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldRefuseStakeFarBelowMinStake(final Backtester b)
    {
        final Candles a = Candles.hourly("A/USDT", Candles.flat(4, 100)).enterLong(0);
        assertEquals(0, run(b, base().stakeAmount(10).minStake(14), a).trades().size());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldForceExitAtThePairsOwnLastRowAfterAllOtherTrades(final Backtester b)
    {
        final Candles a = Candles.hourly("A/USDT", Candles.rising(6)).enterLong(0).exitLong(3);
        final Candles c = Candles.hourly("B/USDT", Candles.rising(4)).enterLong(0);
        final BacktestResult r = run(b, base(), a, c);
        assertEquals(2, r.trades().size());
        final Trade first = r.trades().get(0);
        assertEquals("A/USDT", first.pair);
        assertEquals(a.dateMs(4), first.closeTimeMs);
        final Trade forced = r.trades().get(1);
        assertEquals("B/USDT", forced.pair);
        assertEquals(ExitReasons.FORCE_EXIT, forced.exitReason);
        assertEquals(c.dateMs(3), forced.closeTimeMs);
        assertEquals(103, forced.closeRate);
        assertEquals(a.dateMs(5), r.maxDateMs());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldWaitForAPairThatStartsLate(final Backtester b)
    {
        final Candles a = Candles.hourly("A/USDT", Candles.rising(8));
        final Candles late = new Candles("B/USDT", a.dateMs(3), 3_600_000L, Candles.rising(5)).enterLong(0);
        final BacktestResult r = run(b, base(), a, late);
        final Trade t = r.trades().get(0);
        assertEquals(a.dateMs(4), t.openTimeMs);
        assertEquals(101, t.openRate);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldOrderForceExitsByFirstSeenPair(final Backtester b)
    {
        final Candles late = new Candles("A/USDT", Candles.MARCH_1_2024_MS + 2 * 3_600_000L, 3_600_000L,
            Candles.rising(5)).enterLong(0);
        final Candles early = Candles.hourly("B/USDT", Candles.rising(7)).enterLong(3);
        final BacktestResult r = run(b, base(), late, early);
        assertEquals(2, r.trades().size());
        assertEquals("B/USDT", r.trades().get(0).pair);
        assertEquals("A/USDT", r.trades().get(1).pair);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldStackPositionsWhenAllowed(final Backtester b)
    {
        final Candles a = Candles.hourly("A/USDT", Candles.rising(5)).enterLong(0, 1);
        final BacktestResult r = run(b, base().positionStacking(true), a);
        assertEquals(2, r.trades().size());
        assertEquals(a.dateMs(1), r.trades().get(0).openTimeMs);
        assertEquals(a.dateMs(2), r.trades().get(1).openTimeMs);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldKeepOneTradePerPairWithoutStacking(final Backtester b)
    {
        final Candles a = Candles.hourly("A/USDT", Candles.rising(5)).enterLong(0, 1);
        final BacktestResult r = run(b, base(), a);
        assertEquals(1, r.trades().size());
        assertEquals(0, r.rejectedSignals());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldRecordEnterTagOfSignalCandle(final Backtester b)
    {
        final Candles a = Candles.hourly("A/USDT", Candles.rising(4)).enterLong(1)
            .enterTags(null, "breakout", null, null);
        assertEquals("breakout", run(b, base(), a).trades().get(0).enterTag);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldLimitStakesToAvailableCapital(final Backtester b)
    {
        final BacktestResult r = run(b, base().availableCapital(150), threePairs());
        assertEquals(1, r.trades().size());
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldFailWhenNoPairHasRowsAfterTrimming(final Backtester b)
    {
        final Candles a = Candles.hourly("A/USDT", Candles.rising(3));
        final UserInputException e = assertThrows(UserInputException.class,
            () -> run(b, base().startupCandleCount(3), a));
        assertEquals("no data left after adjusting for startup candles", e.getMessage());
    }

    private static Candles[] threePairs()
    {
        return new Candles[]{
            Candles.hourly("A/USDT", Candles.flat(4, 100)).enterLong(0),
            Candles.hourly("B/USDT", Candles.flat(4, 100)).enterLong(0),
            Candles.hourly("C/USDT", Candles.flat(4, 100)).enterLong(0)};
    }
}
