package io.hyperjet.common.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.common.time.Timeframes;

/**
 * Deterministic synthetic candles for demos, tests and benchmarks: log returns from a GARCH(1,1) process (volatility
 * clusters), fat-ish tails from a scaled Student-t draw, wicks beyond open/close, and volume that rises with the size
 * of the move. Each pair draws from its own generator seeded by (seed, pair index), so a pair's candles do not depend
 * on how many pairs are generated, and the same inputs always give the same values: only {@link StrictMath} and a
 * hand-written Gaussian draw are used, so the bytes do not depend on the JDK or CPU.
 */
public final class SyntheticCandles
{
    private static final String[] BASES = {
        "BTC", "ETH", "BNB", "SOL", "XRP", "ADA", "DOGE", "AVAX", "DOT", "LINK", "LTC", "TRX", "ATOM", "UNI", "XLM",
        "ETC", "NEAR", "FIL", "APT", "ARB"};
    private static final double[] START_PRICES = {
        42_000, 2_300, 310, 100, 0.62, 0.58, 0.09, 36, 7.5, 15, 72, 0.11, 9.8, 6.2, 0.12, 21, 3.5, 5.6, 9.1, 1.9};
    private static final double ANNUAL_VOLATILITY = 0.75;
    private static final double GARCH_ALPHA = 0.08;
    private static final double GARCH_BETA = 0.90;
    private static final double STUDENT_DOF = 5.0;
    private static final double SECONDS_PER_YEAR = 365.0 * 86_400.0;

    private SyntheticCandles()
    {
    }

    /**
     * The name of the pair at an index: real base currencies first (BTC, ETH, ...), then {@code SYN021}, ...
     *
     * @param index the pair index, from 0.
     * @param quote the quote currency, e.g. {@code USDT}.
     * @return e.g. {@code BTC/USDT}.
     */
    public static String pairName(final int index, final String quote)
    {
        final String base = index < BASES.length ? BASES[index] : String.format("SYN%03d", index + 1);
        return base + "/" + quote;
    }

    /**
     * Generates one pair's candles.
     *
     * @param pair      the pair name put on the frame.
     * @param pairIndex the pair's index (selects its generator and start price).
     * @param seed      the run seed.
     * @param startMs   the first candle's open time, epoch ms.
     * @param timeframe the timeframe, e.g. {@code 5m}.
     * @param rows      the number of candles.
     * @return a heap frame with valid OHLC ({@code low <= min(open, close) <= max(open, close) <= high}).
     */
    public static PairFrame generate(
        final String pair, final int pairIndex, final long seed, final long startMs, final String timeframe,
        final int rows)
    {
        final SplittableRandom random = new SplittableRandom(mix(seed, pairIndex));
        final long tfSec = Timeframes.seconds(timeframe);
        final double longRunVariance = ANNUAL_VOLATILITY * ANNUAL_VOLATILITY * tfSec / SECONDS_PER_YEAR;
        final double omega = longRunVariance * (1 - GARCH_ALPHA - GARCH_BETA);
        final double studentScale = StrictMath.sqrt((STUDENT_DOF - 2) / STUDENT_DOF);
        final double baseVolume = 1_000_000.0 / startPrice(pairIndex) * (0.5 + random.nextDouble());
        final long[] date = new long[rows];
        final double[] open = new double[rows];
        final double[] high = new double[rows];
        final double[] low = new double[rows];
        final double[] close = new double[rows];
        final double[] volume = new double[rows];
        double price = startPrice(pairIndex);
        double variance = longRunVariance;
        double shock = 0;
        for (int r = 0; r < rows; r++)
        {
            variance = omega + GARCH_ALPHA * shock * shock + GARCH_BETA * variance;
            final double sigma = StrictMath.sqrt(variance);
            shock = sigma * studentT(random) * studentScale;
            final double o = round(price);
            final double c = round(price * StrictMath.exp(shock));
            final double wickUp = StrictMath.abs(gaussian(random)) * sigma * 0.6;
            final double wickDown = StrictMath.abs(gaussian(random)) * sigma * 0.6;
            date[r] = startMs + r * tfSec * 1000L;
            open[r] = o;
            close[r] = c;
            high[r] = StrictMath.max(StrictMath.max(o, c), round(StrictMath.max(o, c) * StrictMath.exp(wickUp)));
            low[r] = StrictMath.min(StrictMath.min(o, c), round(StrictMath.min(o, c) * StrictMath.exp(-wickDown)));
            final double activity = 1 + 3 * StrictMath.abs(shock) / StrictMath.sqrt(longRunVariance);
            final double rawVolume = baseVolume * activity * StrictMath.exp(0.5 * gaussian(random));
            volume[r] = StrictMath.round(rawVolume * 1000) / 1000.0;
            price = c;
        }
        final Map<String, double[]> values = new LinkedHashMap<>();
        values.put(PairFrame.OPEN, open);
        values.put(PairFrame.HIGH, high);
        values.put(PairFrame.LOW, low);
        values.put(PairFrame.CLOSE, close);
        values.put(PairFrame.VOLUME, volume);
        return PairFrame.ofArrays(pair, timeframe, date, values);
    }

    private static double startPrice(final int pairIndex)
    {
        return pairIndex < START_PRICES.length ?
            START_PRICES[pairIndex] : StrictMath.pow(10, -2 + 5 * new SplittableRandom(pairIndex * 7919L).nextDouble());
    }

    /**
     * A Student-t draw with {@link #STUDENT_DOF} degrees of freedom: a normal over the root of a scaled chi-square.
     */
    private static double studentT(final SplittableRandom random)
    {
        double chi2 = 0;
        for (int i = 0; i < (int)STUDENT_DOF; i++)
        {
            final double g = gaussian(random);
            chi2 += g * g;
        }
        return gaussian(random) / StrictMath.sqrt(chi2 / STUDENT_DOF);
    }

    /**
     * A standard normal draw by the Marsaglia polar method.
     */
    private static double gaussian(final SplittableRandom random)
    {
        double u;
        double v;
        double s;
        do
        {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        }
        while (s >= 1 || s == 0);
        return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    }

    /**
     * Six significant digits, like exchange tick sizes roughly scale with price.
     */
    private static double round(final double price)
    {
        final double scale = StrictMath.pow(10, 5 - StrictMath.floor(StrictMath.log10(price)));
        return StrictMath.round(price * scale) / scale;
    }

    private static long mix(final long seed, final int index)
    {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
