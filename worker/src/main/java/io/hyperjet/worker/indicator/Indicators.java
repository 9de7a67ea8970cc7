package io.hyperjet.worker.indicator;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.cache.IndicatorCache;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * TA-Lib indicators (the Java port, {@code com.tictactec.ta.lib.Core}) returning full-length columns the way
 * Python's {@code talib} does: the output has the input's length, NaN for the lookback rows, and leading NaN rows
 * of the input (e.g. a TEMA of an RSI) are skipped before the call and added to the lookback, as the Python wrapper
 * does. Defaults of the no-period overloads are talib's.
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

    @FunctionalInterface
    private interface Call
    {
        RetCode run(double[][] in, int end, MInteger begin, MInteger count, double[][] out);
    }

    private final Core core = new Core();
    private final MInteger begin = new MInteger();
    private final MInteger count = new MInteger();
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

    public double[] rsi(final double[] close, final int period)
    {
        return one((in, end, b, c, out) -> core.rsi(0, end, in[0], period, b, c, out[0]), close);
    }

    public double[] sma(final double[] close, final int period)
    {
        return one((in, end, b, c, out) -> core.sma(0, end, in[0], period, b, c, out[0]), close);
    }

    public double[] ema(final double[] close, final int period)
    {
        return one((in, end, b, c, out) -> core.ema(0, end, in[0], period, b, c, out[0]), close);
    }

    public double[] tema(final double[] close, final int period)
    {
        return one((in, end, b, c, out) -> core.tema(0, end, in[0], period, b, c, out[0]), close);
    }

    /** talib {@code BBANDS(close, timeperiod, nbdevup, nbdevdn, matype=SMA)}. */
    public Bands bbands(final double[] close, final int period, final double devUp, final double devDown)
    {
        final double[][] r = run(3, (in, end, b, c, out) ->
            core.bbands(0, end, in[0], period, devUp, devDown, MAType.Sma, b, c, out[0], out[1], out[2]), close);
        return new Bands(r[0], r[1], r[2]);
    }

    /** talib {@code MACD(close, fastperiod, slowperiod, signalperiod)}. */
    public Macd macd(final double[] close, final int fast, final int slow, final int signal)
    {
        final double[][] r = run(3, (in, end, b, c, out) ->
            core.macd(0, end, in[0], fast, slow, signal, b, c, out[0], out[1], out[2]), close);
        return new Macd(r[0], r[1], r[2]);
    }

    public double[] atr(final double[] high, final double[] low, final double[] close, final int period)
    {
        return one((in, end, b, c, out) -> core.atr(0, end, in[0], in[1], in[2], period, b, c, out[0]),
            high, low, close);
    }

    public double[] adx(final double[] high, final double[] low, final double[] close, final int period)
    {
        return one((in, end, b, c, out) -> core.adx(0, end, in[0], in[1], in[2], period, b, c, out[0]),
            high, low, close);
    }

    public double[] plusDi(final double[] high, final double[] low, final double[] close, final int period)
    {
        return one((in, end, b, c, out) -> core.plusDI(0, end, in[0], in[1], in[2], period, b, c, out[0]),
            high, low, close);
    }

    public double[] minusDi(final double[] high, final double[] low, final double[] close, final int period)
    {
        return one((in, end, b, c, out) -> core.minusDI(0, end, in[0], in[1], in[2], period, b, c, out[0]),
            high, low, close);
    }

    public double[] cci(final double[] high, final double[] low, final double[] close, final int period)
    {
        return one((in, end, b, c, out) -> core.cci(0, end, in[0], in[1], in[2], period, b, c, out[0]),
            high, low, close);
    }

    public double[] mfi(
        final double[] high, final double[] low, final double[] close, final double[] volume, final int period)
    {
        return one((in, end, b, c, out) -> core.mfi(0, end, in[0], in[1], in[2], in[3], period, b, c, out[0]),
            high, low, close, volume);
    }

    /** talib {@code STOCH(high, low, close, fastk_period, slowk_period, SMA, slowd_period, SMA)}. */
    public Stoch stoch(
        final double[] high, final double[] low, final double[] close,
        final int fastK, final int slowK, final int slowD)
    {
        final double[][] r = run(2, (in, end, b, c, out) -> core.stoch(
            0, end, in[0], in[1], in[2], fastK, slowK, MAType.Sma, slowD, MAType.Sma, b, c, out[0], out[1]),
            high, low, close);
        return new Stoch(r[0], r[1]);
    }

    /** talib {@code STOCHF(high, low, close, fastk_period, fastd_period, SMA)}. */
    public Stoch stochf(final double[] high, final double[] low, final double[] close, final int fastK, final int fastD)
    {
        final double[][] r = run(2, (in, end, b, c, out) -> core.stochF(
            0, end, in[0], in[1], in[2], fastK, fastD, MAType.Sma, b, c, out[0], out[1]), high, low, close);
        return new Stoch(r[0], r[1]);
    }

    /** talib {@code SAR(high, low, acceleration, maximum)}. */
    public double[] sar(final double[] high, final double[] low, final double acceleration, final double maximum)
    {
        return one((in, end, b, c, out) -> core.sar(0, end, in[0], in[1], acceleration, maximum, b, c, out[0]),
            high, low);
    }

    /** talib {@code HT_SINE(close)}: Hilbert transform sine wave (no parameters; lookback 63). */
    public Sine htSine(final double[] close)
    {
        final double[][] r = run(2, (in, end, b, c, out) -> core.htSine(0, end, in[0], b, c, out[0], out[1]), close);
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

    private double[] one(final Call call, final double[]... inputs)
    {
        return run(1, call, inputs)[0];
    }

    private double[][] run(final int outputs, final Call call, final double[]... inputs)
    {
        final int n = inputs[0].length;
        for (final double[] input : inputs)
        {
            if (input.length != n)
            {
                throw new IllegalArgumentException("inputs differ in length: " + input.length + " vs " + n);
            }
        }
        final double[][] result = new double[outputs][n];
        for (final double[] column : result)
        {
            Arrays.fill(column, Double.NaN);
        }
        final int first = firstValidRow(inputs, n);
        if (first >= n)
        {
            return result;
        }
        final double[][] in = new double[inputs.length][];
        for (int k = 0; k < inputs.length; k++)
        {
            in[k] = first == 0 ? inputs[k] : Arrays.copyOfRange(inputs[k], first, n);
        }
        final double[][] out = new double[outputs][n - first];
        final RetCode code = call.run(in, n - first - 1, begin, count, out);
        if (code != RetCode.Success)
        {
            throw new IllegalArgumentException("TA-Lib call failed: " + code);
        }
        for (int k = 0; k < outputs; k++)
        {
            System.arraycopy(out[k], 0, result[k], first + begin.value, count.value);
        }
        return result;
    }

    private static int firstValidRow(final double[][] inputs, final int n)
    {
        for (int i = 0; i < n; i++)
        {
            boolean valid = true;
            for (final double[] input : inputs)
            {
                if (Double.isNaN(input[i]))
                {
                    valid = false;
                    break;
                }
            }
            if (valid)
            {
                return i;
            }
        }
        return n;
    }
}
