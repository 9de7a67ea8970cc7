package io.hyperjet.worker.frame.informative;

/**
 * A (pair, timeframe) of informative candles, as Freqtrade's {@code informative_pairs()} lists them:
 * {@code PairTimeframe.of("BTC/USDT", "1h")} for {@code ("BTC/USDT", "1h")}.
 *
 * @param pair      the pair, e.g. {@code BTC/USDT}.
 * @param timeframe the timeframe, e.g. {@code 1h}.
 */
public record PairTimeframe(String pair, String timeframe)
{
    /**
     * @param pair      the pair.
     * @param timeframe the timeframe.
     * @return the (pair, timeframe).
     */
    public static PairTimeframe of(final String pair, final String timeframe)
    {
        return new PairTimeframe(pair, timeframe);
    }

    @Override
    public String toString()
    {
        return pair + " " + timeframe;
    }
}
