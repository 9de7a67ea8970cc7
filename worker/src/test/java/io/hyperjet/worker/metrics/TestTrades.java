package io.hyperjet.worker.metrics;

import io.hyperjet.worker.backtest.Trade;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Hand-made trades for tests.
 */
public final class TestTrades
{
    public static final long MINUTE_MS = 60_000L;
    public static final long DAY_MS = 86_400_000L;
    /** 2024-03-01 00:00 UTC (a Friday). */
    public static final long T0 = LocalDateTime.of(2024, 3, 1, 0, 0).toInstant(ZoneOffset.UTC).toEpochMilli();

    private TestTrades()
    {
    }

    /**
     * A long trade with stake 100 and fee 0.
     *
     * @param pair        the pair.
     * @param openMs      open time.
     * @param closeMs     close time.
     * @param profitAbs   absolute profit.
     * @param profitRatio profit ratio.
     * @return the trade.
     */
    public static Trade trade(final String pair, final long openMs, final long closeMs, final double profitAbs,
        final double profitRatio)
    {
        final Trade t = new Trade();
        t.pair = pair;
        t.openTimeMs = openMs;
        t.closeTimeMs = closeMs;
        t.openRate = 10.0;
        t.entryPrice = 10.0;
        t.closeRate = 10.0 * (1.0 + profitRatio);
        t.amount = 10.0;
        t.stakeAmount = 100.0;
        t.profitAbs = profitAbs;
        t.profitRatio = profitRatio;
        t.exitReason = "roi";
        t.enterTag = null;
        return t;
    }

    /**
     * A trade on "A/USDT" whose ratio is profitAbs / 100, closing {@code closeMin} minutes after T0 and open for
     * {@code durationMin}.
     *
     * @param closeMin    close offset from T0 in minutes.
     * @param durationMin duration in minutes.
     * @param profitAbs   absolute profit.
     * @return the trade.
     */
    public static Trade simple(final long closeMin, final long durationMin, final double profitAbs)
    {
        final long close = T0 + closeMin * MINUTE_MS;
        return trade("A/USDT", close - durationMin * MINUTE_MS, close, profitAbs, profitAbs / 100.0);
    }

    /**
     * A context with start 1000, USDT, range T0 .. T0 + days.
     *
     * @param days range length in days.
     * @return the context.
     */
    public static MetricsContext context(final int days)
    {
        return new MetricsContext().startingBalance(1000.0).minDateMs(T0).maxDateMs(T0 + days * DAY_MS)
            .stakeCurrency("USDT").timeframe("5m").pairlist(java.util.List.of("A/USDT", "B/USDT", "C/USDT"));
    }
}
