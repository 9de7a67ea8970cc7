package io.hyperjet.worker.indicator;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.cache.IndicatorCache;
import io.hyperjet.worker.frame.ta.TaFunctions;
import io.hyperjet.worker.frame.ta.TaRunner;

import java.util.function.Supplier;

/**
 * The TA-Lib indicators of the array-level strategy API (SampleStrategy, IndicatorColumns), over arrays and
 * {@link PairFrame}s. They run through {@link TaRunner}, the engine behind the column API's
 * {@link io.hyperjet.worker.frame.Ta}, so both give the same numbers bit for bit: full-length columns the way
 * Python's {@code talib} returns them (NaN for the lookback rows, leading NaN input rows skipped and added to the
 * lookback). Defaults of the no-period overloads are talib's.
 * <p>
 * Allocates its outputs (the indicator phase runs once per pair, not per epoch). Not threadsafe: one instance per
 * thread, since TA-Lib's {@code Core} holds settings.
 * <p>
 * The overloads that take a frame know its pair and timeframe, so with an {@link IndicatorCache} set they are
 * memoized per (pair, timeframe, indicator, arguments): a strategy that computes indicators in its entry or exit
 * phase computes each one once per worker. The array overloads are never cached (an array has no identity to key
 * on).
 */
public final class Indicators
{
    /** TA-Lib's moving-average type 0. */
    private static final double SMA = 0;

    /** Upper, middle and lower Bollinger bands. */
    public record Bands(double[] upper, double[] middle, double[] lower)
    {
    }

    /** MACD line, signal line and histogram. */
    public record Macd(double[] macd, double[] signal, double[] hist)
    {
    }

    /** A %K and a %D line (STOCH: slowk/slowd; STOCHF: fastk/fastd). */
    public record Stoch(double[] k, double[] d)
    {
    }

    /** HT_SINE's sine and lead sine (lead by 45 degrees). */
    public record Sine(double[] sine, double[] leadSine)
    {
    }

    private final TaRunner runner = new TaRunner();
    private IndicatorCache cache;

    /**
     * Sets the cache the frame overloads use, or null for none.
     *
     * @param cache the cache or null.
     * @return this.
     */
    public Indicators cache(final IndicatorCache cache)
    {
        this.cache = cache;
        return this;
    }

    /**
     * The cache the frame overloads use, or null for none; a column-API strategy hands it to its {@code Ta}.
     *
     * @return the cache or null.
     */
    public IndicatorCache cache()
    {
        return cache;
    }

    public double[] rsi(final double[] close, final int period)
    {
        return run("RSI", period, close)[0];
    }

    public double[] sma(final double[] close, final int period)
    {
        return run("SMA", period, close)[0];
    }

    public double[] ema(final double[] close, final int period)
    {
        return run("EMA", period, close)[0];
    }

    public double[] tema(final double[] close, final int period)
    {
        return run("TEMA", period, close)[0];
    }

    /** talib {@code BBANDS(close, timeperiod, nbdevup, nbdevdn, matype=SMA)}. */
    public Bands bbands(final double[] close, final int period, final double devUp, final double devDown)
    {
        final double[][] r = runner.run(TaFunctions.get("BBANDS"), new double[][] {close},
            new double[] {period, devUp, devDown, SMA});
        return new Bands(r[0], r[1], r[2]);
    }

    /** talib {@code MACD(close, fastperiod, slowperiod, signalperiod)}. */
    public Macd macd(final double[] close, final int fast, final int slow, final int signal)
    {
        final double[][] r = runner.run(TaFunctions.get("MACD"), new double[][] {close},
            new double[] {fast, slow, signal});
        return new Macd(r[0], r[1], r[2]);
    }

    public double[] atr(final double[] high, final double[] low, final double[] close, final int period)
    {
        return run("ATR", period, high, low, close)[0];
    }

    public double[] adx(final double[] high, final double[] low, final double[] close, final int period)
    {
        return run("ADX", period, high, low, close)[0];
    }

    public double[] plusDi(final double[] high, final double[] low, final double[] close, final int period)
    {
        return run("PLUS_DI", period, high, low, close)[0];
    }

    public double[] minusDi(final double[] high, final double[] low, final double[] close, final int period)
    {
        return run("MINUS_DI", period, high, low, close)[0];
    }

    public double[] cci(final double[] high, final double[] low, final double[] close, final int period)
    {
        return run("CCI", period, high, low, close)[0];
    }

    public double[] mfi(
        final double[] high, final double[] low, final double[] close, final double[] volume, final int period)
    {
        return run("MFI", period, high, low, close, volume)[0];
    }

    /** talib {@code STOCH(high, low, close, fastk_period, slowk_period, SMA, slowd_period, SMA)}. */
    public Stoch stoch(
        final double[] high, final double[] low, final double[] close,
        final int fastK, final int slowK, final int slowD)
    {
        final double[][] r = runner.run(TaFunctions.get("STOCH"), new double[][] {high, low, close},
            new double[] {fastK, slowK, SMA, slowD, SMA});
        return new Stoch(r[0], r[1]);
    }

    /** talib {@code STOCHF(high, low, close, fastk_period, fastd_period, SMA)}. */
    public Stoch stochf(final double[] high, final double[] low, final double[] close, final int fastK, final int fastD)
    {
        final double[][] r = runner.run(TaFunctions.get("STOCHF"), new double[][] {high, low, close},
            new double[] {fastK, fastD, SMA});
        return new Stoch(r[0], r[1]);
    }

    /** talib {@code SAR(high, low, acceleration, maximum)}. */
    public double[] sar(final double[] high, final double[] low, final double acceleration, final double maximum)
    {
        return runner.run(TaFunctions.get("SAR"), new double[][] {high, low}, new double[] {acceleration, maximum})[0];
    }

    /** talib {@code HT_SINE(close)}: Hilbert transform sine wave (no parameters; lookback 63). */
    public Sine htSine(final double[] close)
    {
        final double[][] r = runner.run(TaFunctions.get("HT_SINE"), new double[][] {close}, new double[0]);
        return new Sine(r[0], r[1]);
    }

    // talib's defaults, on a frame, for line-by-line ports of `ta.XXX(dataframe)`.

    public double[] rsi(final PairFrame frame, final int period)
    {
        return cachedOne(frame, "rsi", Integer.toString(period), () -> rsi(frame.close().toArray(), period));
    }

    public double[] atr(final PairFrame frame, final int period)
    {
        return cachedOne(frame, "atr", Integer.toString(period),
            () -> atr(frame.high().toArray(), frame.low().toArray(), frame.close().toArray(), period));
    }

    public double[] adx(final PairFrame frame, final int period)
    {
        return cachedOne(frame, "adx", Integer.toString(period),
            () -> adx(frame.high().toArray(), frame.low().toArray(), frame.close().toArray(), period));
    }

    public double[] plusDi(final PairFrame frame, final int period)
    {
        return cachedOne(frame, "plus_di", Integer.toString(period),
            () -> plusDi(frame.high().toArray(), frame.low().toArray(), frame.close().toArray(), period));
    }

    public double[] minusDi(final PairFrame frame, final int period)
    {
        return cachedOne(frame, "minus_di", Integer.toString(period),
            () -> minusDi(frame.high().toArray(), frame.low().toArray(), frame.close().toArray(), period));
    }

    public double[] cci(final PairFrame frame, final int period)
    {
        return cachedOne(frame, "cci", Integer.toString(period),
            () -> cci(frame.high().toArray(), frame.low().toArray(), frame.close().toArray(), period));
    }

    public double[] mfi(final PairFrame frame, final int period)
    {
        return cachedOne(frame, "mfi", Integer.toString(period), () -> mfi(frame.high().toArray(),
            frame.low().toArray(), frame.close().toArray(), frame.volume().toArray(), period));
    }

    /** talib {@code STOCH(dataframe)} defaults: 5, 3, 3. */
    public Stoch stoch(final PairFrame frame)
    {
        final double[][] r = cached(frame, "stoch", "5,3,3", () ->
        {
            final Stoch s = stoch(frame.high().toArray(), frame.low().toArray(), frame.close().toArray(), 5, 3, 3);
            return new double[][] {s.k(), s.d()};
        });
        return new Stoch(r[0], r[1]);
    }

    /** talib {@code STOCHF(dataframe)} defaults: 5, 3. */
    public Stoch stochf(final PairFrame frame)
    {
        final double[][] r = cached(frame, "stochf", "5,3", () ->
        {
            final Stoch s = stochf(frame.high().toArray(), frame.low().toArray(), frame.close().toArray(), 5, 3);
            return new double[][] {s.k(), s.d()};
        });
        return new Stoch(r[0], r[1]);
    }

    /** talib {@code SAR(dataframe)} defaults: acceleration 0.02, maximum 0.2. */
    public double[] sar(final PairFrame frame)
    {
        return cachedOne(frame, "sar", "0.02,0.2", () -> sar(frame.high().toArray(), frame.low().toArray(), 0.02, 0.2));
    }

    /** talib {@code MACD(dataframe)} defaults: 12, 26, 9. */
    public Macd macd(final PairFrame frame)
    {
        final double[][] r = cached(frame, "macd", "12,26,9", () ->
        {
            final Macd m = macd(frame.close().toArray(), 12, 26, 9);
            return new double[][] {m.macd(), m.signal(), m.hist()};
        });
        return new Macd(r[0], r[1], r[2]);
    }

    public double[] tema(final PairFrame frame, final int period)
    {
        return cachedOne(frame, "tema", Integer.toString(period), () -> tema(frame.close().toArray(), period));
    }

    /** talib {@code HT_SINE(dataframe)} on the close. */
    public Sine htSine(final PairFrame frame)
    {
        final double[][] r = cached(frame, "ht_sine", "", () ->
        {
            final Sine s = htSine(frame.close().toArray());
            return new double[][] {s.sine(), s.leadSine()};
        });
        return new Sine(r[0], r[1]);
    }

    private double[] cachedOne(
        final PairFrame frame, final String indicator, final String arguments, final Supplier<double[]> compute)
    {
        if (null == cache)
        {
            return compute.get();
        }
        return cache.get(frame, indicator, arguments, () -> new double[][] {compute.get()})[0];
    }

    private double[][] cached(
        final PairFrame frame, final String indicator, final String arguments, final Supplier<double[][]> compute)
    {
        return null == cache ? compute.get() : cache.get(frame, indicator, arguments, compute);
    }

    /** The one-period functions: {@code name(inputs..., timeperiod)}. */
    private double[][] run(final String name, final int period, final double[]... inputs)
    {
        return runner.run(TaFunctions.get(name), inputs, new double[] {period});
    }
}
