package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.hyperjet.common.data.JsonCandleReader;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;

/** The worked values of backtest-semantics.md 13 (Freqtrade's exact arithmetic), on both backtesters. */
class ExactArithmeticTest
{
    /** A json file's {@code 6.027e-05} as Freqtrade reads it (13.2); its open rate is {@code 6.027e-05} (13.4). */
    private static final double P = 6.0270000000000004e-05;
    private static final long HOUR_MS = 3_600_000L;

    @TempDir
    Path dir;

    static List<Backtester> backtesters()
    {
        return Engines.both();
    }

    private static Trade only(final Backtester b, final BacktestSettings s, final BacktestPair pair)
    {
        final BacktestResult r = b.run(s.conclude(), List.of(pair), null);
        assertEquals(1, r.trades().size());
        return r.trades().get(0);
    }

    /** The measured case of 13.6: entry candle with high = P, the next candle falls through the stop. */
    private static BacktestPair measuredCase()
    {
        return Candles.hourly("A/BTC", new double[][]{
            {P, P, P, P},
            {P, P, P, P},
            {P, P, 5.8e-05, 5.8e-05},
            {5.8e-05, 5.8e-05, 5.8e-05, 5.8e-05}}).enterLong(0).build();
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldRaiseStopFromRawHighAboveStopFromTruncatedOpenRate(final Backtester b)
    {
        final Trade t = only(b, EntryRulesTest.base().stoploss(-0.03).trailingStop(true), measuredCase());
        assertEquals(6.027e-05, t.openRate);
        assertEquals(P, t.entryPrice);
        assertEquals(5.84619e-05, t.initialStopLossAbs); // R × 0.97
        assertEquals(5.8461900000000003e-05, t.stopLossAbs); // h × 0.97 = P × 0.97, one ulp higher: a raise
        assertEquals(ExitReasons.TRAILING_STOP_LOSS, t.exitReason);
        assertEquals(5.8461900000000003e-05, t.closeRate);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldExitAtStopFromTruncatedOpenRateWithoutTrailing(final Backtester b)
    {
        final Trade t = only(b, EntryRulesTest.base().stoploss(-0.03), measuredCase());
        assertEquals(ExitReasons.STOP_LOSS, t.exitReason);
        assertEquals(5.84619e-05, t.closeRate);
        assertEquals(5.84619e-05, t.stopLossAbs);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldTakeStakeFromEntryPriceAndProfitFromOpenRate(final Backtester b)
    {
        final double fee = 0.001;
        final Trade t = only(b, EntryRulesTest.base().stoploss(-0.03).fee(fee), measuredCase());
        final double amount = 100 / P;
        assertEquals(amount, t.amount);
        final BigDecimal a = new BigDecimal(Double.toString(amount));
        final BigDecimal f = new BigDecimal("0.001");
        final BigDecimal price = new BigDecimal("0.000060270000000000004");
        assertEquals(a.multiply(price).doubleValue(), t.stakeAmount);
        final double openValue = a.multiply(new BigDecimal("0.00006027")).multiply(BigDecimal.ONE.add(f)).doubleValue();
        final double totalStake = a.multiply(price).multiply(BigDecimal.ONE.add(f)).doubleValue();
        final double closeValue = a.multiply(new BigDecimal("0.0000584619")).multiply(BigDecimal.ONE.subtract(f))
            .doubleValue();
        final double profitAbs = new BigDecimal(closeValue - openValue).setScale(8, java.math.RoundingMode.HALF_EVEN)
            .doubleValue();
        assertEquals(profitAbs, t.profitAbs);
        assertEquals(profitAbs / totalStake, t.profitRatio);
        assertNotEquals(openValue, totalStake);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldComputeRoiPriceInFreqtradesOperationOrder(final Backtester b)
    {
        final Trade t = only(b, EntryRulesTest.base().fee(0.002).stoploss(-0.1).minimalRoi(Map.of(0, 0.021)),
            Candles.hourly("A/USDT", new double[][]{
                {915.95322, 916, 915, 915.95322},
                {915.95322, 950, 915, 940},
                {940, 941, 939, 940}}).enterLong(0).build());
        assertEquals(ExitReasons.ROI, t.exitReason);
        assertEquals(0, t.durationMinutes());
        assertEquals(938.8979399398797, t.closeRate); // x = R × roi, y = R × (1 + f), (x + y) / (1 − f)
        assertNotEquals(915.95322 * (1 + 0.002 + 0.021) / (1 - 0.002), t.closeRate); // 4.6's form: ...796
    }

    /** Hourly json candles from the texts given; one long entry on the candle after the first. */
    private BacktestPair fromJson(final String... rows) throws IOException
    {
        final StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows.length; i++)
        {
            sb.append(i == 0 ? "" : ",").append('[').append(Candles.MARCH_1_2024_MS + i * HOUR_MS).append(',')
                .append(rows[i]).append(",0]");
        }
        final Path file = dir.resolve("A_BTC-1h.json");
        Files.writeString(file, sb.append(']').toString());
        final PairFrame frame = JsonCandleReader.read(file, false).toFrame("A/BTC", "1h");
        final Signals signals = new Signals(frame.rows());
        signals.enterLong()[0] = Signals.ONE;
        return new BacktestPair("A/BTC", frame, signals);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldVetoRoiOnRedEntryCandleWhenTruncatedOpenRateIsBelowOpen(final Backtester b) throws IOException
    {
        final BacktestPair pair = fromJson(
            "6.027e-05,6.03e-05,6.02e-05,6.027e-05",
            "6.027e-05,6.2e-05,5.9e-05,6e-05",
            "6.05e-05,6.2e-05,6e-05,6.1e-05",
            "6.1e-05,6.1e-05,6.1e-05,6.1e-05");
        final Trade t = only(b, EntryRulesTest.base().stoploss(-0.1).minimalRoi(Map.of(0, 0.01)), pair);
        assertEquals(P, t.entryPrice);
        assertEquals(6.027e-05, t.openRate);
        assertEquals(ExitReasons.ROI, t.exitReason);
        assertEquals(60, t.durationMinutes());
        assertEquals((6.027e-05 * 0.01 + 6.027e-05 * (1 + 0.0)) / (1 - 0.0), t.closeRate);
    }

    @ParameterizedTest
    @MethodSource("backtesters")
    void shouldTakeRoiOnRedEntryCandleWhenOpenRateIsTheOpen(final Backtester b)
    {
        final Trade t = only(b, EntryRulesTest.base().stoploss(-0.1).minimalRoi(Map.of(0, 0.01)),
            Candles.hourly("A/BTC", new double[][]{
                {6.027e-05, 6.03e-05, 6.02e-05, 6.027e-05},
                {6.027e-05, 6.2e-05, 5.9e-05, 6e-05},
                {6.05e-05, 6.2e-05, 6e-05, 6.1e-05}}).enterLong(0).build());
        assertEquals(6.027e-05, t.openRate);
        assertEquals(ExitReasons.ROI, t.exitReason);
        assertEquals(0, t.durationMinutes());
    }
}
