package io.hyperjet.worker.frame;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.cache.IndicatorCache;
import io.hyperjet.worker.frame.ta.TaArguments;
import io.hyperjet.worker.frame.ta.TaFunction;
import io.hyperjet.worker.frame.ta.TaFunctions;
import io.hyperjet.worker.frame.ta.TaRunner;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.hyperjet.common.frame.DoubleColumn;

/**
 * TA-Lib's functions by their {@code talib.abstract} names, over frames and series, from TA-Lib's Java library:
 * {@code ta.RSI(df)}, {@code ta.EMA(df, 9)} (= {@code ta.EMA(df, "timeperiod", 9)}), {@code ta.SMA(df, "price",
 * "high")}, {@code ta.RSI(df.get("close"), "timeperiod", 14)}, {@code ta.MACD(df).get("macdsignal")}.
 * <p>
 * As in talib.abstract: parameters default to TA-Lib's own defaults (read from the library's metadata, listed on
 * each method); leading numbers are the parameters in order, then name/value pairs; single-input functions read
 * {@code close} unless {@code "price"} names another column, two-input ones (BETA, CORREL, ADD, ...) read
 * {@code high} and {@code low} ({@code "price0"}, {@code "price1"}); candle inputs read open/high/low/close/volume.
 * A one-output function returns a {@link Series}, a multi-output one a {@link DataFrame} of talib.abstract's output
 * names (MACD: macd, macdsignal, macdhist; BBANDS: upperband, middleband, lowerband; STOCH: slowk, slowd; ...).
 * Outputs have the input's length with NaN before the lookback; integer outputs (candle patterns: -100/0/100,
 * HT_TRENDMODE, *INDEX) are doubles with 0 before the lookback, as talib fills them.
 * <p>
 * Unstable period: functions TA-Lib flags as such ({@link TaFunction#unstable()}: EMA, KAMA, MAMA, T3, RSI, CMO,
 * ADX, ADXR, DX, PLUS_DI/DM, MINUS_DI/DM, ATR, NATR, MFI, STOCHRSI, HT_*) smooth recursively, and so do those built
 * on them (MACD, DEMA, TEMA, TRIX, PPO/APO with an EMA): a value depends on every earlier candle, so results depend
 * on the startup candles before the first row, exactly as with Freqtrade's talib (TA-Lib's unstable period is 0
 * here, talib's default).
 * <p>
 * With an {@link IndicatorCache} set ({@code enable_indicator_cache}), a frame overload whose inputs are all candle
 * columns of the pair (open, high, low, close, volume, which never change within a run) is memoized per pair,
 * function, input columns and parameters: an indicator phase that hyperopt reruns each epoch for its parameters
 * computes each distinct call once per worker. Inputs set by the strategy, indicator columns and the series
 * overloads are never cached: their values can change from one epoch to the next under the same name.
 * <p>
 * Functions are resolved by name once (the table is static); each call allocates its outputs. Not threadsafe:
 * TA-Lib's core holds settings, so one instance per strategy instance. TA-Lib 0.4.0's Java library has 158
 * functions; ACCBANDS, AVGDEV and IMI (added in TA-Lib 0.6) are not among them.
 * <p>
 * The methods below are generated from TA-Lib's metadata; {@code TaTest} checks there is one per function.
 */
public final class Ta
{
    private static final String[] CANDLES = {"open", "high", "low", "close", "volume"};

    private final TaRunner runner = new TaRunner();
    private IndicatorCache cache;
    /*
     * The frame columns read as inputs, as arrays, for the frame read last: nearly every call reads close (or
     * high, low, volume) of the same frame, and materializing a frame column copies it (0.8 MB for a year of 5m
     * candles) each time. Keyed by the column object: frame columns never change (heap frames are built once, shared
     * memory is mapped read-only) and TA-Lib only reads its inputs. Cleared when another frame is read, so at most
     * one frame's candle columns are held.
     */
    private final Map<DoubleColumn, double[]> frameInputs = new IdentityHashMap<>();
    private PairFrame frameInputsOf;

    /**
     * Sets the cache the frame overloads use for candle inputs, or null for none; results are the same either way.
     *
     * @param cache the worker's indicator cache or null.
     * @return this.
     */
    public Ta cache(final IndicatorCache cache)
    {
        this.cache = cache;
        return this;
    }

    /**
     * Calls a TA-Lib function by name with every output: the generic form behind the named methods.
     *
     * @param name   the function ({@code "MACD"}).
     * @param df     the candles.
     * @param kwargs parameters and input columns as on the named methods.
     * @return a frame of the outputs by talib.abstract's names.
     */
    public DataFrame call(final String name, final DataFrame df, final Object... kwargs)
    {
        final TaFunction function = TaFunctions.get(name);
        return toFrame(function, compute(function, df, kwargs));
    }

    /**
     * Calls a TA-Lib function by name over series with every output.
     *
     * @param name   the function ({@code "MACD"}).
     * @param inputs one series per input, in talib's order ({@code high, low, close} for ATR).
     * @param kwargs parameters as on the named methods.
     * @return a frame of the outputs by talib.abstract's names.
     */
    public DataFrame call(final String name, final Series[] inputs, final Object... kwargs)
    {
        final TaFunction function = TaFunctions.get(name);
        return toFrame(function, compute(function, inputs, kwargs));
    }

    private double[][] compute(final TaFunction function, final DataFrame df, final Object[] kwargs)
    {
        final TaArguments args = TaArguments.parse(function, kwargs, true);
        final PairFrame frame = df.pairFrame();
        if (null == cache || null == frame || !readsCandlesOnly(function, df, args))
        {
            return run(function, df, args);
        }
        final StringBuilder arguments = new StringBuilder();
        for (int i = 0; i < function.inputCount(); i++)
        {
            arguments.append(args.column(i)).append(',');
        }
        for (final double option : args.options())
        {
            arguments.append(option).append(',');
        }
        return cache.get(frame, "ta." + function.name(), arguments.toString(), () -> run(function, df, args));
    }

    private double[][] run(final TaFunction function, final DataFrame df, final TaArguments args)
    {
        final double[][] inputs = new double[function.inputCount()][];
        for (int i = 0; i < inputs.length; i++)
        {
            inputs[i] = input(df, args.column(i));
        }
        return runner.run(function, inputs, args.options());
    }

    /** Lets go of the input arrays kept for the frame read last (see {@link #input}). */
    void forgetFrameInputs()
    {
        frameInputs.clear();
        frameInputsOf = null;
    }

    private double[] input(final DataFrame df, final String name)
    {
        final Series series = df.get(name);
        if (!(series.expr() instanceof SeriesExpr.Column column))
        {
            return series.values();
        }
        if (df.pairFrame() != frameInputsOf)
        {
            frameInputs.clear();
            frameInputsOf = df.pairFrame();
        }
        final double[] cached = frameInputs.get(column.column);
        if (null != cached && cached.length == series.size())
        {
            return cached;
        }
        final double[] values = series.values();
        frameInputs.put(column.column, values);
        return values;
    }

    private static boolean readsCandlesOnly(final TaFunction function, final DataFrame df, final TaArguments args)
    {
        for (int i = 0; i < function.inputCount(); i++)
        {
            final String column = args.column(i);
            if (!java.util.Arrays.asList(CANDLES).contains(column) || !df.readsFrameColumn(column))
            {
                return false;
            }
        }
        return true;
    }

    private double[][] compute(final TaFunction function, final Series[] inputs, final Object[] kwargs)
    {
        final TaArguments args = TaArguments.parse(function, kwargs, false);
        final double[][] values = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++)
        {
            values[i] = inputs[i].values();
        }
        return runner.run(function, values, args.options());
    }

    private static DataFrame toFrame(final TaFunction function, final double[][] outputs)
    {
        final List<String> names = new ArrayList<>(outputs.length);
        final List<Series> series = new ArrayList<>(outputs.length);
        for (int k = 0; k < outputs.length; k++)
        {
            names.add(function.outputName(k));
            series.add(new Series(outputs[k]));
        }
        return DataFrame.ofColumns(names, series);
    }

    private Series series(final String name, final DataFrame df, final Object[] kwargs)
    {
        return new Series(compute(TaFunctions.get(name), df, kwargs)[0]);
    }

    private Series series(final String name, final Series[] inputs, final Object[] kwargs)
    {
        return new Series(compute(TaFunctions.get(name), inputs, kwargs)[0]);
    }

    private DataFrame frame(final String name, final DataFrame df, final Object[] kwargs)
    {
        return call(name, df, kwargs);
    }

    private DataFrame frame(final String name, final Series[] inputs, final Object[] kwargs)
    {
        return call(name, inputs, kwargs);
    }

    /**
     * {@code ACOS} (Math Transform): reads close ({@code "price"} picks another column); parameters none; output real.
     */
    public Series ACOS(final DataFrame df, final Object... kwargs)
    {
        return series("ACOS", df, kwargs);
    }

    /** Over series: {@code ACOS(real, ...)}. */
    public Series ACOS(final Series real, final Object... kwargs)
    {
        return series("ACOS", new Series[] {real}, kwargs);
    }

    /**
     * {@code AD} (Volume Indicators): reads high, low, close, volume; parameters none; output real.
     */
    public Series AD(final DataFrame df, final Object... kwargs)
    {
        return series("AD", df, kwargs);
    }

    /** Over series: {@code AD(high, low, close, volume, ...)}. */
    public Series AD(
        final Series high, final Series low, final Series close, final Series volume, final Object... kwargs)
    {
        return series("AD", new Series[] {high, low, close, volume}, kwargs);
    }

    /**
     * {@code ADD} (Math Operators): reads high, low ({@code "price0"}, {@code "price1"} pick another column);
     * parameters none; output real.
     */
    public Series ADD(final DataFrame df, final Object... kwargs)
    {
        return series("ADD", df, kwargs);
    }

    /** Over series: {@code ADD(real0, real1, ...)}. */
    public Series ADD(final Series real0, final Series real1, final Object... kwargs)
    {
        return series("ADD", new Series[] {real0, real1}, kwargs);
    }

    /**
     * {@code ADOSC} (Volume Indicators): reads high, low, close, volume; parameters fastperiod=3, slowperiod=10; output
     * real.
     */
    public Series ADOSC(final DataFrame df, final Object... kwargs)
    {
        return series("ADOSC", df, kwargs);
    }

    /** Over series: {@code ADOSC(high, low, close, volume, ...)}. */
    public Series ADOSC(
        final Series high, final Series low, final Series close, final Series volume, final Object... kwargs)
    {
        return series("ADOSC", new Series[] {high, low, close, volume}, kwargs);
    }

    /**
     * {@code ADX} (Momentum Indicators): reads high, low, close; parameters timeperiod=14; output real. Unstable
     * period: depends on the startup candles.
     */
    public Series ADX(final DataFrame df, final Object... kwargs)
    {
        return series("ADX", df, kwargs);
    }

    /** Over series: {@code ADX(high, low, close, ...)}. */
    public Series ADX(final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("ADX", new Series[] {high, low, close}, kwargs);
    }

    /**
     * {@code ADXR} (Momentum Indicators): reads high, low, close; parameters timeperiod=14; output real. Unstable
     * period: depends on the startup candles.
     */
    public Series ADXR(final DataFrame df, final Object... kwargs)
    {
        return series("ADXR", df, kwargs);
    }

    /** Over series: {@code ADXR(high, low, close, ...)}. */
    public Series ADXR(final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("ADXR", new Series[] {high, low, close}, kwargs);
    }

    /**
     * {@code APO} (Momentum Indicators): reads close ({@code "price"} picks another column); parameters fastperiod=12,
     * slowperiod=26, matype=0 (SMA); output real.
     */
    public Series APO(final DataFrame df, final Object... kwargs)
    {
        return series("APO", df, kwargs);
    }

    /** Over series: {@code APO(real, ...)}. */
    public Series APO(final Series real, final Object... kwargs)
    {
        return series("APO", new Series[] {real}, kwargs);
    }

    /**
     * {@code AROON} (Momentum Indicators): reads high, low; parameters timeperiod=14; outputs aroondown, aroonup.
     */
    public DataFrame AROON(final DataFrame df, final Object... kwargs)
    {
        return frame("AROON", df, kwargs);
    }

    /** Over series: {@code AROON(high, low, ...)}. */
    public DataFrame AROON(final Series high, final Series low, final Object... kwargs)
    {
        return frame("AROON", new Series[] {high, low}, kwargs);
    }

    /**
     * {@code AROONOSC} (Momentum Indicators): reads high, low; parameters timeperiod=14; output real.
     */
    public Series AROONOSC(final DataFrame df, final Object... kwargs)
    {
        return series("AROONOSC", df, kwargs);
    }

    /** Over series: {@code AROONOSC(high, low, ...)}. */
    public Series AROONOSC(final Series high, final Series low, final Object... kwargs)
    {
        return series("AROONOSC", new Series[] {high, low}, kwargs);
    }

    /**
     * {@code ASIN} (Math Transform): reads close ({@code "price"} picks another column); parameters none; output real.
     */
    public Series ASIN(final DataFrame df, final Object... kwargs)
    {
        return series("ASIN", df, kwargs);
    }

    /** Over series: {@code ASIN(real, ...)}. */
    public Series ASIN(final Series real, final Object... kwargs)
    {
        return series("ASIN", new Series[] {real}, kwargs);
    }

    /**
     * {@code ATAN} (Math Transform): reads close ({@code "price"} picks another column); parameters none; output real.
     */
    public Series ATAN(final DataFrame df, final Object... kwargs)
    {
        return series("ATAN", df, kwargs);
    }

    /** Over series: {@code ATAN(real, ...)}. */
    public Series ATAN(final Series real, final Object... kwargs)
    {
        return series("ATAN", new Series[] {real}, kwargs);
    }

    /**
     * {@code ATR} (Volatility Indicators): reads high, low, close; parameters timeperiod=14; output real. Unstable
     * period: depends on the startup candles.
     */
    public Series ATR(final DataFrame df, final Object... kwargs)
    {
        return series("ATR", df, kwargs);
    }

    /** Over series: {@code ATR(high, low, close, ...)}. */
    public Series ATR(final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("ATR", new Series[] {high, low, close}, kwargs);
    }

    /**
     * {@code AVGPRICE} (Price Transform): reads open, high, low, close; parameters none; output real.
     */
    public Series AVGPRICE(final DataFrame df, final Object... kwargs)
    {
        return series("AVGPRICE", df, kwargs);
    }

    /** Over series: {@code AVGPRICE(open, high, low, close, ...)}. */
    public Series AVGPRICE(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("AVGPRICE", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code BBANDS} (Overlap Studies): reads close ({@code "price"} picks another column); parameters timeperiod=5,
     * nbdevup=2.0, nbdevdn=2.0, matype=0 (SMA); outputs upperband, middleband, lowerband.
     */
    public DataFrame BBANDS(final DataFrame df, final Object... kwargs)
    {
        return frame("BBANDS", df, kwargs);
    }

    /** Over series: {@code BBANDS(real, ...)}. */
    public DataFrame BBANDS(final Series real, final Object... kwargs)
    {
        return frame("BBANDS", new Series[] {real}, kwargs);
    }

    /**
     * {@code BETA} (Statistic Functions): reads high, low ({@code "price0"}, {@code "price1"} pick another column);
     * parameters timeperiod=5; output real.
     */
    public Series BETA(final DataFrame df, final Object... kwargs)
    {
        return series("BETA", df, kwargs);
    }

    /** Over series: {@code BETA(real0, real1, ...)}. */
    public Series BETA(final Series real0, final Series real1, final Object... kwargs)
    {
        return series("BETA", new Series[] {real0, real1}, kwargs);
    }

    /**
     * {@code BOP} (Momentum Indicators): reads open, high, low, close; parameters none; output real.
     */
    public Series BOP(final DataFrame df, final Object... kwargs)
    {
        return series("BOP", df, kwargs);
    }

    /** Over series: {@code BOP(open, high, low, close, ...)}. */
    public Series BOP(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("BOP", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CCI} (Momentum Indicators): reads high, low, close; parameters timeperiod=14; output real.
     */
    public Series CCI(final DataFrame df, final Object... kwargs)
    {
        return series("CCI", df, kwargs);
    }

    /** Over series: {@code CCI(high, low, close, ...)}. */
    public Series CCI(final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CCI", new Series[] {high, low, close}, kwargs);
    }

    /**
     * {@code CDL2CROWS} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDL2CROWS(final DataFrame df, final Object... kwargs)
    {
        return series("CDL2CROWS", df, kwargs);
    }

    /** Over series: {@code CDL2CROWS(open, high, low, close, ...)}. */
    public Series CDL2CROWS(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDL2CROWS", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDL3BLACKCROWS} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDL3BLACKCROWS(final DataFrame df, final Object... kwargs)
    {
        return series("CDL3BLACKCROWS", df, kwargs);
    }

    /** Over series: {@code CDL3BLACKCROWS(open, high, low, close, ...)}. */
    public Series CDL3BLACKCROWS(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDL3BLACKCROWS", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDL3INSIDE} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDL3INSIDE(final DataFrame df, final Object... kwargs)
    {
        return series("CDL3INSIDE", df, kwargs);
    }

    /** Over series: {@code CDL3INSIDE(open, high, low, close, ...)}. */
    public Series CDL3INSIDE(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDL3INSIDE", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDL3LINESTRIKE} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDL3LINESTRIKE(final DataFrame df, final Object... kwargs)
    {
        return series("CDL3LINESTRIKE", df, kwargs);
    }

    /** Over series: {@code CDL3LINESTRIKE(open, high, low, close, ...)}. */
    public Series CDL3LINESTRIKE(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDL3LINESTRIKE", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDL3OUTSIDE} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDL3OUTSIDE(final DataFrame df, final Object... kwargs)
    {
        return series("CDL3OUTSIDE", df, kwargs);
    }

    /** Over series: {@code CDL3OUTSIDE(open, high, low, close, ...)}. */
    public Series CDL3OUTSIDE(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDL3OUTSIDE", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDL3STARSINSOUTH} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDL3STARSINSOUTH(final DataFrame df, final Object... kwargs)
    {
        return series("CDL3STARSINSOUTH", df, kwargs);
    }

    /** Over series: {@code CDL3STARSINSOUTH(open, high, low, close, ...)}. */
    public Series CDL3STARSINSOUTH(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDL3STARSINSOUTH", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDL3WHITESOLDIERS} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDL3WHITESOLDIERS(final DataFrame df, final Object... kwargs)
    {
        return series("CDL3WHITESOLDIERS", df, kwargs);
    }

    /** Over series: {@code CDL3WHITESOLDIERS(open, high, low, close, ...)}. */
    public Series CDL3WHITESOLDIERS(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDL3WHITESOLDIERS", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLABANDONEDBABY} (Pattern Recognition): reads open, high, low, close; parameters penetration=0.3; output
     * integer (-100/0/100, 0 before the lookback).
     */
    public Series CDLABANDONEDBABY(final DataFrame df, final Object... kwargs)
    {
        return series("CDLABANDONEDBABY", df, kwargs);
    }

    /** Over series: {@code CDLABANDONEDBABY(open, high, low, close, ...)}. */
    public Series CDLABANDONEDBABY(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLABANDONEDBABY", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLADVANCEBLOCK} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLADVANCEBLOCK(final DataFrame df, final Object... kwargs)
    {
        return series("CDLADVANCEBLOCK", df, kwargs);
    }

    /** Over series: {@code CDLADVANCEBLOCK(open, high, low, close, ...)}. */
    public Series CDLADVANCEBLOCK(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLADVANCEBLOCK", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLBELTHOLD} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLBELTHOLD(final DataFrame df, final Object... kwargs)
    {
        return series("CDLBELTHOLD", df, kwargs);
    }

    /** Over series: {@code CDLBELTHOLD(open, high, low, close, ...)}. */
    public Series CDLBELTHOLD(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLBELTHOLD", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLBREAKAWAY} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLBREAKAWAY(final DataFrame df, final Object... kwargs)
    {
        return series("CDLBREAKAWAY", df, kwargs);
    }

    /** Over series: {@code CDLBREAKAWAY(open, high, low, close, ...)}. */
    public Series CDLBREAKAWAY(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLBREAKAWAY", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLCLOSINGMARUBOZU} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLCLOSINGMARUBOZU(final DataFrame df, final Object... kwargs)
    {
        return series("CDLCLOSINGMARUBOZU", df, kwargs);
    }

    /** Over series: {@code CDLCLOSINGMARUBOZU(open, high, low, close, ...)}. */
    public Series CDLCLOSINGMARUBOZU(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLCLOSINGMARUBOZU", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLCONCEALBABYSWALL} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLCONCEALBABYSWALL(final DataFrame df, final Object... kwargs)
    {
        return series("CDLCONCEALBABYSWALL", df, kwargs);
    }

    /** Over series: {@code CDLCONCEALBABYSWALL(open, high, low, close, ...)}. */
    public Series CDLCONCEALBABYSWALL(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLCONCEALBABYSWALL", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLCOUNTERATTACK} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLCOUNTERATTACK(final DataFrame df, final Object... kwargs)
    {
        return series("CDLCOUNTERATTACK", df, kwargs);
    }

    /** Over series: {@code CDLCOUNTERATTACK(open, high, low, close, ...)}. */
    public Series CDLCOUNTERATTACK(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLCOUNTERATTACK", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLDARKCLOUDCOVER} (Pattern Recognition): reads open, high, low, close; parameters penetration=0.5; output
     * integer (-100/0/100, 0 before the lookback).
     */
    public Series CDLDARKCLOUDCOVER(final DataFrame df, final Object... kwargs)
    {
        return series("CDLDARKCLOUDCOVER", df, kwargs);
    }

    /** Over series: {@code CDLDARKCLOUDCOVER(open, high, low, close, ...)}. */
    public Series CDLDARKCLOUDCOVER(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLDARKCLOUDCOVER", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLDOJI} (Pattern Recognition): reads open, high, low, close; parameters none; output integer (-100/0/100,
     * 0 before the lookback).
     */
    public Series CDLDOJI(final DataFrame df, final Object... kwargs)
    {
        return series("CDLDOJI", df, kwargs);
    }

    /** Over series: {@code CDLDOJI(open, high, low, close, ...)}. */
    public Series CDLDOJI(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLDOJI", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLDOJISTAR} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLDOJISTAR(final DataFrame df, final Object... kwargs)
    {
        return series("CDLDOJISTAR", df, kwargs);
    }

    /** Over series: {@code CDLDOJISTAR(open, high, low, close, ...)}. */
    public Series CDLDOJISTAR(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLDOJISTAR", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLDRAGONFLYDOJI} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLDRAGONFLYDOJI(final DataFrame df, final Object... kwargs)
    {
        return series("CDLDRAGONFLYDOJI", df, kwargs);
    }

    /** Over series: {@code CDLDRAGONFLYDOJI(open, high, low, close, ...)}. */
    public Series CDLDRAGONFLYDOJI(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLDRAGONFLYDOJI", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLENGULFING} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLENGULFING(final DataFrame df, final Object... kwargs)
    {
        return series("CDLENGULFING", df, kwargs);
    }

    /** Over series: {@code CDLENGULFING(open, high, low, close, ...)}. */
    public Series CDLENGULFING(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLENGULFING", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLEVENINGDOJISTAR} (Pattern Recognition): reads open, high, low, close; parameters penetration=0.3;
     * output integer (-100/0/100, 0 before the lookback).
     */
    public Series CDLEVENINGDOJISTAR(final DataFrame df, final Object... kwargs)
    {
        return series("CDLEVENINGDOJISTAR", df, kwargs);
    }

    /** Over series: {@code CDLEVENINGDOJISTAR(open, high, low, close, ...)}. */
    public Series CDLEVENINGDOJISTAR(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLEVENINGDOJISTAR", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLEVENINGSTAR} (Pattern Recognition): reads open, high, low, close; parameters penetration=0.3; output
     * integer (-100/0/100, 0 before the lookback).
     */
    public Series CDLEVENINGSTAR(final DataFrame df, final Object... kwargs)
    {
        return series("CDLEVENINGSTAR", df, kwargs);
    }

    /** Over series: {@code CDLEVENINGSTAR(open, high, low, close, ...)}. */
    public Series CDLEVENINGSTAR(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLEVENINGSTAR", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLGAPSIDESIDEWHITE} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLGAPSIDESIDEWHITE(final DataFrame df, final Object... kwargs)
    {
        return series("CDLGAPSIDESIDEWHITE", df, kwargs);
    }

    /** Over series: {@code CDLGAPSIDESIDEWHITE(open, high, low, close, ...)}. */
    public Series CDLGAPSIDESIDEWHITE(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLGAPSIDESIDEWHITE", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLGRAVESTONEDOJI} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLGRAVESTONEDOJI(final DataFrame df, final Object... kwargs)
    {
        return series("CDLGRAVESTONEDOJI", df, kwargs);
    }

    /** Over series: {@code CDLGRAVESTONEDOJI(open, high, low, close, ...)}. */
    public Series CDLGRAVESTONEDOJI(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLGRAVESTONEDOJI", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLHAMMER} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLHAMMER(final DataFrame df, final Object... kwargs)
    {
        return series("CDLHAMMER", df, kwargs);
    }

    /** Over series: {@code CDLHAMMER(open, high, low, close, ...)}. */
    public Series CDLHAMMER(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLHAMMER", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLHANGINGMAN} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLHANGINGMAN(final DataFrame df, final Object... kwargs)
    {
        return series("CDLHANGINGMAN", df, kwargs);
    }

    /** Over series: {@code CDLHANGINGMAN(open, high, low, close, ...)}. */
    public Series CDLHANGINGMAN(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLHANGINGMAN", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLHARAMI} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLHARAMI(final DataFrame df, final Object... kwargs)
    {
        return series("CDLHARAMI", df, kwargs);
    }

    /** Over series: {@code CDLHARAMI(open, high, low, close, ...)}. */
    public Series CDLHARAMI(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLHARAMI", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLHARAMICROSS} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLHARAMICROSS(final DataFrame df, final Object... kwargs)
    {
        return series("CDLHARAMICROSS", df, kwargs);
    }

    /** Over series: {@code CDLHARAMICROSS(open, high, low, close, ...)}. */
    public Series CDLHARAMICROSS(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLHARAMICROSS", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLHIGHWAVE} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLHIGHWAVE(final DataFrame df, final Object... kwargs)
    {
        return series("CDLHIGHWAVE", df, kwargs);
    }

    /** Over series: {@code CDLHIGHWAVE(open, high, low, close, ...)}. */
    public Series CDLHIGHWAVE(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLHIGHWAVE", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLHIKKAKE} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLHIKKAKE(final DataFrame df, final Object... kwargs)
    {
        return series("CDLHIKKAKE", df, kwargs);
    }

    /** Over series: {@code CDLHIKKAKE(open, high, low, close, ...)}. */
    public Series CDLHIKKAKE(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLHIKKAKE", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLHIKKAKEMOD} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLHIKKAKEMOD(final DataFrame df, final Object... kwargs)
    {
        return series("CDLHIKKAKEMOD", df, kwargs);
    }

    /** Over series: {@code CDLHIKKAKEMOD(open, high, low, close, ...)}. */
    public Series CDLHIKKAKEMOD(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLHIKKAKEMOD", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLHOMINGPIGEON} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLHOMINGPIGEON(final DataFrame df, final Object... kwargs)
    {
        return series("CDLHOMINGPIGEON", df, kwargs);
    }

    /** Over series: {@code CDLHOMINGPIGEON(open, high, low, close, ...)}. */
    public Series CDLHOMINGPIGEON(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLHOMINGPIGEON", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLIDENTICAL3CROWS} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLIDENTICAL3CROWS(final DataFrame df, final Object... kwargs)
    {
        return series("CDLIDENTICAL3CROWS", df, kwargs);
    }

    /** Over series: {@code CDLIDENTICAL3CROWS(open, high, low, close, ...)}. */
    public Series CDLIDENTICAL3CROWS(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLIDENTICAL3CROWS", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLINNECK} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLINNECK(final DataFrame df, final Object... kwargs)
    {
        return series("CDLINNECK", df, kwargs);
    }

    /** Over series: {@code CDLINNECK(open, high, low, close, ...)}. */
    public Series CDLINNECK(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLINNECK", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLINVERTEDHAMMER} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLINVERTEDHAMMER(final DataFrame df, final Object... kwargs)
    {
        return series("CDLINVERTEDHAMMER", df, kwargs);
    }

    /** Over series: {@code CDLINVERTEDHAMMER(open, high, low, close, ...)}. */
    public Series CDLINVERTEDHAMMER(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLINVERTEDHAMMER", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLKICKING} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLKICKING(final DataFrame df, final Object... kwargs)
    {
        return series("CDLKICKING", df, kwargs);
    }

    /** Over series: {@code CDLKICKING(open, high, low, close, ...)}. */
    public Series CDLKICKING(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLKICKING", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLKICKINGBYLENGTH} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLKICKINGBYLENGTH(final DataFrame df, final Object... kwargs)
    {
        return series("CDLKICKINGBYLENGTH", df, kwargs);
    }

    /** Over series: {@code CDLKICKINGBYLENGTH(open, high, low, close, ...)}. */
    public Series CDLKICKINGBYLENGTH(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLKICKINGBYLENGTH", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLLADDERBOTTOM} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLLADDERBOTTOM(final DataFrame df, final Object... kwargs)
    {
        return series("CDLLADDERBOTTOM", df, kwargs);
    }

    /** Over series: {@code CDLLADDERBOTTOM(open, high, low, close, ...)}. */
    public Series CDLLADDERBOTTOM(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLLADDERBOTTOM", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLLONGLEGGEDDOJI} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLLONGLEGGEDDOJI(final DataFrame df, final Object... kwargs)
    {
        return series("CDLLONGLEGGEDDOJI", df, kwargs);
    }

    /** Over series: {@code CDLLONGLEGGEDDOJI(open, high, low, close, ...)}. */
    public Series CDLLONGLEGGEDDOJI(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLLONGLEGGEDDOJI", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLLONGLINE} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLLONGLINE(final DataFrame df, final Object... kwargs)
    {
        return series("CDLLONGLINE", df, kwargs);
    }

    /** Over series: {@code CDLLONGLINE(open, high, low, close, ...)}. */
    public Series CDLLONGLINE(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLLONGLINE", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLMARUBOZU} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLMARUBOZU(final DataFrame df, final Object... kwargs)
    {
        return series("CDLMARUBOZU", df, kwargs);
    }

    /** Over series: {@code CDLMARUBOZU(open, high, low, close, ...)}. */
    public Series CDLMARUBOZU(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLMARUBOZU", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLMATCHINGLOW} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLMATCHINGLOW(final DataFrame df, final Object... kwargs)
    {
        return series("CDLMATCHINGLOW", df, kwargs);
    }

    /** Over series: {@code CDLMATCHINGLOW(open, high, low, close, ...)}. */
    public Series CDLMATCHINGLOW(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLMATCHINGLOW", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLMATHOLD} (Pattern Recognition): reads open, high, low, close; parameters penetration=0.5; output
     * integer (-100/0/100, 0 before the lookback).
     */
    public Series CDLMATHOLD(final DataFrame df, final Object... kwargs)
    {
        return series("CDLMATHOLD", df, kwargs);
    }

    /** Over series: {@code CDLMATHOLD(open, high, low, close, ...)}. */
    public Series CDLMATHOLD(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLMATHOLD", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLMORNINGDOJISTAR} (Pattern Recognition): reads open, high, low, close; parameters penetration=0.3;
     * output integer (-100/0/100, 0 before the lookback).
     */
    public Series CDLMORNINGDOJISTAR(final DataFrame df, final Object... kwargs)
    {
        return series("CDLMORNINGDOJISTAR", df, kwargs);
    }

    /** Over series: {@code CDLMORNINGDOJISTAR(open, high, low, close, ...)}. */
    public Series CDLMORNINGDOJISTAR(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLMORNINGDOJISTAR", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLMORNINGSTAR} (Pattern Recognition): reads open, high, low, close; parameters penetration=0.3; output
     * integer (-100/0/100, 0 before the lookback).
     */
    public Series CDLMORNINGSTAR(final DataFrame df, final Object... kwargs)
    {
        return series("CDLMORNINGSTAR", df, kwargs);
    }

    /** Over series: {@code CDLMORNINGSTAR(open, high, low, close, ...)}. */
    public Series CDLMORNINGSTAR(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLMORNINGSTAR", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLONNECK} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLONNECK(final DataFrame df, final Object... kwargs)
    {
        return series("CDLONNECK", df, kwargs);
    }

    /** Over series: {@code CDLONNECK(open, high, low, close, ...)}. */
    public Series CDLONNECK(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLONNECK", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLPIERCING} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLPIERCING(final DataFrame df, final Object... kwargs)
    {
        return series("CDLPIERCING", df, kwargs);
    }

    /** Over series: {@code CDLPIERCING(open, high, low, close, ...)}. */
    public Series CDLPIERCING(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLPIERCING", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLRICKSHAWMAN} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLRICKSHAWMAN(final DataFrame df, final Object... kwargs)
    {
        return series("CDLRICKSHAWMAN", df, kwargs);
    }

    /** Over series: {@code CDLRICKSHAWMAN(open, high, low, close, ...)}. */
    public Series CDLRICKSHAWMAN(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLRICKSHAWMAN", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLRISEFALL3METHODS} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLRISEFALL3METHODS(final DataFrame df, final Object... kwargs)
    {
        return series("CDLRISEFALL3METHODS", df, kwargs);
    }

    /** Over series: {@code CDLRISEFALL3METHODS(open, high, low, close, ...)}. */
    public Series CDLRISEFALL3METHODS(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLRISEFALL3METHODS", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLSEPARATINGLINES} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLSEPARATINGLINES(final DataFrame df, final Object... kwargs)
    {
        return series("CDLSEPARATINGLINES", df, kwargs);
    }

    /** Over series: {@code CDLSEPARATINGLINES(open, high, low, close, ...)}. */
    public Series CDLSEPARATINGLINES(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLSEPARATINGLINES", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLSHOOTINGSTAR} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLSHOOTINGSTAR(final DataFrame df, final Object... kwargs)
    {
        return series("CDLSHOOTINGSTAR", df, kwargs);
    }

    /** Over series: {@code CDLSHOOTINGSTAR(open, high, low, close, ...)}. */
    public Series CDLSHOOTINGSTAR(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLSHOOTINGSTAR", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLSHORTLINE} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLSHORTLINE(final DataFrame df, final Object... kwargs)
    {
        return series("CDLSHORTLINE", df, kwargs);
    }

    /** Over series: {@code CDLSHORTLINE(open, high, low, close, ...)}. */
    public Series CDLSHORTLINE(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLSHORTLINE", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLSPINNINGTOP} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLSPINNINGTOP(final DataFrame df, final Object... kwargs)
    {
        return series("CDLSPINNINGTOP", df, kwargs);
    }

    /** Over series: {@code CDLSPINNINGTOP(open, high, low, close, ...)}. */
    public Series CDLSPINNINGTOP(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLSPINNINGTOP", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLSTALLEDPATTERN} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLSTALLEDPATTERN(final DataFrame df, final Object... kwargs)
    {
        return series("CDLSTALLEDPATTERN", df, kwargs);
    }

    /** Over series: {@code CDLSTALLEDPATTERN(open, high, low, close, ...)}. */
    public Series CDLSTALLEDPATTERN(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLSTALLEDPATTERN", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLSTICKSANDWICH} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLSTICKSANDWICH(final DataFrame df, final Object... kwargs)
    {
        return series("CDLSTICKSANDWICH", df, kwargs);
    }

    /** Over series: {@code CDLSTICKSANDWICH(open, high, low, close, ...)}. */
    public Series CDLSTICKSANDWICH(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLSTICKSANDWICH", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLTAKURI} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLTAKURI(final DataFrame df, final Object... kwargs)
    {
        return series("CDLTAKURI", df, kwargs);
    }

    /** Over series: {@code CDLTAKURI(open, high, low, close, ...)}. */
    public Series CDLTAKURI(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLTAKURI", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLTASUKIGAP} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLTASUKIGAP(final DataFrame df, final Object... kwargs)
    {
        return series("CDLTASUKIGAP", df, kwargs);
    }

    /** Over series: {@code CDLTASUKIGAP(open, high, low, close, ...)}. */
    public Series CDLTASUKIGAP(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLTASUKIGAP", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLTHRUSTING} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLTHRUSTING(final DataFrame df, final Object... kwargs)
    {
        return series("CDLTHRUSTING", df, kwargs);
    }

    /** Over series: {@code CDLTHRUSTING(open, high, low, close, ...)}. */
    public Series CDLTHRUSTING(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLTHRUSTING", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLTRISTAR} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLTRISTAR(final DataFrame df, final Object... kwargs)
    {
        return series("CDLTRISTAR", df, kwargs);
    }

    /** Over series: {@code CDLTRISTAR(open, high, low, close, ...)}. */
    public Series CDLTRISTAR(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLTRISTAR", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLUNIQUE3RIVER} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLUNIQUE3RIVER(final DataFrame df, final Object... kwargs)
    {
        return series("CDLUNIQUE3RIVER", df, kwargs);
    }

    /** Over series: {@code CDLUNIQUE3RIVER(open, high, low, close, ...)}. */
    public Series CDLUNIQUE3RIVER(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLUNIQUE3RIVER", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLUPSIDEGAP2CROWS} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLUPSIDEGAP2CROWS(final DataFrame df, final Object... kwargs)
    {
        return series("CDLUPSIDEGAP2CROWS", df, kwargs);
    }

    /** Over series: {@code CDLUPSIDEGAP2CROWS(open, high, low, close, ...)}. */
    public Series CDLUPSIDEGAP2CROWS(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLUPSIDEGAP2CROWS", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CDLXSIDEGAP3METHODS} (Pattern Recognition): reads open, high, low, close; parameters none; output integer
     * (-100/0/100, 0 before the lookback).
     */
    public Series CDLXSIDEGAP3METHODS(final DataFrame df, final Object... kwargs)
    {
        return series("CDLXSIDEGAP3METHODS", df, kwargs);
    }

    /** Over series: {@code CDLXSIDEGAP3METHODS(open, high, low, close, ...)}. */
    public Series CDLXSIDEGAP3METHODS(
        final Series open, final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("CDLXSIDEGAP3METHODS", new Series[] {open, high, low, close}, kwargs);
    }

    /**
     * {@code CEIL} (Math Transform): reads close ({@code "price"} picks another column); parameters none; output real.
     */
    public Series CEIL(final DataFrame df, final Object... kwargs)
    {
        return series("CEIL", df, kwargs);
    }

    /** Over series: {@code CEIL(real, ...)}. */
    public Series CEIL(final Series real, final Object... kwargs)
    {
        return series("CEIL", new Series[] {real}, kwargs);
    }

    /**
     * {@code CMO} (Momentum Indicators): reads close ({@code "price"} picks another column); parameters timeperiod=14;
     * output real. Unstable period: depends on the startup candles.
     */
    public Series CMO(final DataFrame df, final Object... kwargs)
    {
        return series("CMO", df, kwargs);
    }

    /** Over series: {@code CMO(real, ...)}. */
    public Series CMO(final Series real, final Object... kwargs)
    {
        return series("CMO", new Series[] {real}, kwargs);
    }

    /**
     * {@code CORREL} (Statistic Functions): reads high, low ({@code "price0"}, {@code "price1"} pick another column);
     * parameters timeperiod=30; output real.
     */
    public Series CORREL(final DataFrame df, final Object... kwargs)
    {
        return series("CORREL", df, kwargs);
    }

    /** Over series: {@code CORREL(real0, real1, ...)}. */
    public Series CORREL(final Series real0, final Series real1, final Object... kwargs)
    {
        return series("CORREL", new Series[] {real0, real1}, kwargs);
    }

    /**
     * {@code COS} (Math Transform): reads close ({@code "price"} picks another column); parameters none; output real.
     */
    public Series COS(final DataFrame df, final Object... kwargs)
    {
        return series("COS", df, kwargs);
    }

    /** Over series: {@code COS(real, ...)}. */
    public Series COS(final Series real, final Object... kwargs)
    {
        return series("COS", new Series[] {real}, kwargs);
    }

    /**
     * {@code COSH} (Math Transform): reads close ({@code "price"} picks another column); parameters none; output real.
     */
    public Series COSH(final DataFrame df, final Object... kwargs)
    {
        return series("COSH", df, kwargs);
    }

    /** Over series: {@code COSH(real, ...)}. */
    public Series COSH(final Series real, final Object... kwargs)
    {
        return series("COSH", new Series[] {real}, kwargs);
    }

    /**
     * {@code DEMA} (Overlap Studies): reads close ({@code "price"} picks another column); parameters timeperiod=30;
     * output real.
     */
    public Series DEMA(final DataFrame df, final Object... kwargs)
    {
        return series("DEMA", df, kwargs);
    }

    /** Over series: {@code DEMA(real, ...)}. */
    public Series DEMA(final Series real, final Object... kwargs)
    {
        return series("DEMA", new Series[] {real}, kwargs);
    }

    /**
     * {@code DIV} (Math Operators): reads high, low ({@code "price0"}, {@code "price1"} pick another column);
     * parameters none; output real.
     */
    public Series DIV(final DataFrame df, final Object... kwargs)
    {
        return series("DIV", df, kwargs);
    }

    /** Over series: {@code DIV(real0, real1, ...)}. */
    public Series DIV(final Series real0, final Series real1, final Object... kwargs)
    {
        return series("DIV", new Series[] {real0, real1}, kwargs);
    }

    /**
     * {@code DX} (Momentum Indicators): reads high, low, close; parameters timeperiod=14; output real. Unstable period:
     * depends on the startup candles.
     */
    public Series DX(final DataFrame df, final Object... kwargs)
    {
        return series("DX", df, kwargs);
    }

    /** Over series: {@code DX(high, low, close, ...)}. */
    public Series DX(final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("DX", new Series[] {high, low, close}, kwargs);
    }

    /**
     * {@code EMA} (Overlap Studies): reads close ({@code "price"} picks another column); parameters timeperiod=30;
     * output real. Unstable period: depends on the startup candles.
     */
    public Series EMA(final DataFrame df, final Object... kwargs)
    {
        return series("EMA", df, kwargs);
    }

    /** Over series: {@code EMA(real, ...)}. */
    public Series EMA(final Series real, final Object... kwargs)
    {
        return series("EMA", new Series[] {real}, kwargs);
    }

    /**
     * {@code EXP} (Math Transform): reads close ({@code "price"} picks another column); parameters none; output real.
     */
    public Series EXP(final DataFrame df, final Object... kwargs)
    {
        return series("EXP", df, kwargs);
    }

    /** Over series: {@code EXP(real, ...)}. */
    public Series EXP(final Series real, final Object... kwargs)
    {
        return series("EXP", new Series[] {real}, kwargs);
    }

    /**
     * {@code FLOOR} (Math Transform): reads close ({@code "price"} picks another column); parameters none; output real.
     */
    public Series FLOOR(final DataFrame df, final Object... kwargs)
    {
        return series("FLOOR", df, kwargs);
    }

    /** Over series: {@code FLOOR(real, ...)}. */
    public Series FLOOR(final Series real, final Object... kwargs)
    {
        return series("FLOOR", new Series[] {real}, kwargs);
    }

    /**
     * {@code HT_DCPERIOD} (Cycle Indicators): reads close ({@code "price"} picks another column); parameters none;
     * output real. Unstable period: depends on the startup candles.
     */
    public Series HT_DCPERIOD(final DataFrame df, final Object... kwargs)
    {
        return series("HT_DCPERIOD", df, kwargs);
    }

    /** Over series: {@code HT_DCPERIOD(real, ...)}. */
    public Series HT_DCPERIOD(final Series real, final Object... kwargs)
    {
        return series("HT_DCPERIOD", new Series[] {real}, kwargs);
    }

    /**
     * {@code HT_DCPHASE} (Cycle Indicators): reads close ({@code "price"} picks another column); parameters none;
     * output real. Unstable period: depends on the startup candles.
     */
    public Series HT_DCPHASE(final DataFrame df, final Object... kwargs)
    {
        return series("HT_DCPHASE", df, kwargs);
    }

    /** Over series: {@code HT_DCPHASE(real, ...)}. */
    public Series HT_DCPHASE(final Series real, final Object... kwargs)
    {
        return series("HT_DCPHASE", new Series[] {real}, kwargs);
    }

    /**
     * {@code HT_PHASOR} (Cycle Indicators): reads close ({@code "price"} picks another column); parameters none;
     * outputs inphase, quadrature. Unstable period: depends on the startup candles.
     */
    public DataFrame HT_PHASOR(final DataFrame df, final Object... kwargs)
    {
        return frame("HT_PHASOR", df, kwargs);
    }

    /** Over series: {@code HT_PHASOR(real, ...)}. */
    public DataFrame HT_PHASOR(final Series real, final Object... kwargs)
    {
        return frame("HT_PHASOR", new Series[] {real}, kwargs);
    }

    /**
     * {@code HT_SINE} (Cycle Indicators): reads close ({@code "price"} picks another column); parameters none; outputs
     * sine, leadsine. Unstable period: depends on the startup candles.
     */
    public DataFrame HT_SINE(final DataFrame df, final Object... kwargs)
    {
        return frame("HT_SINE", df, kwargs);
    }

    /** Over series: {@code HT_SINE(real, ...)}. */
    public DataFrame HT_SINE(final Series real, final Object... kwargs)
    {
        return frame("HT_SINE", new Series[] {real}, kwargs);
    }

    /**
     * {@code HT_TRENDLINE} (Overlap Studies): reads close ({@code "price"} picks another column); parameters none;
     * output real. Unstable period: depends on the startup candles.
     */
    public Series HT_TRENDLINE(final DataFrame df, final Object... kwargs)
    {
        return series("HT_TRENDLINE", df, kwargs);
    }

    /** Over series: {@code HT_TRENDLINE(real, ...)}. */
    public Series HT_TRENDLINE(final Series real, final Object... kwargs)
    {
        return series("HT_TRENDLINE", new Series[] {real}, kwargs);
    }

    /**
     * {@code HT_TRENDMODE} (Cycle Indicators): reads close ({@code "price"} picks another column); parameters none;
     * output integer (whole numbers, 0 before the lookback). Unstable period: depends on the startup candles.
     */
    public Series HT_TRENDMODE(final DataFrame df, final Object... kwargs)
    {
        return series("HT_TRENDMODE", df, kwargs);
    }

    /** Over series: {@code HT_TRENDMODE(real, ...)}. */
    public Series HT_TRENDMODE(final Series real, final Object... kwargs)
    {
        return series("HT_TRENDMODE", new Series[] {real}, kwargs);
    }

    /**
     * {@code KAMA} (Overlap Studies): reads close ({@code "price"} picks another column); parameters timeperiod=30;
     * output real. Unstable period: depends on the startup candles.
     */
    public Series KAMA(final DataFrame df, final Object... kwargs)
    {
        return series("KAMA", df, kwargs);
    }

    /** Over series: {@code KAMA(real, ...)}. */
    public Series KAMA(final Series real, final Object... kwargs)
    {
        return series("KAMA", new Series[] {real}, kwargs);
    }

    /**
     * {@code LINEARREG} (Statistic Functions): reads close ({@code "price"} picks another column); parameters
     * timeperiod=14; output real.
     */
    public Series LINEARREG(final DataFrame df, final Object... kwargs)
    {
        return series("LINEARREG", df, kwargs);
    }

    /** Over series: {@code LINEARREG(real, ...)}. */
    public Series LINEARREG(final Series real, final Object... kwargs)
    {
        return series("LINEARREG", new Series[] {real}, kwargs);
    }

    /**
     * {@code LINEARREG_ANGLE} (Statistic Functions): reads close ({@code "price"} picks another column); parameters
     * timeperiod=14; output real.
     */
    public Series LINEARREG_ANGLE(final DataFrame df, final Object... kwargs)
    {
        return series("LINEARREG_ANGLE", df, kwargs);
    }

    /** Over series: {@code LINEARREG_ANGLE(real, ...)}. */
    public Series LINEARREG_ANGLE(final Series real, final Object... kwargs)
    {
        return series("LINEARREG_ANGLE", new Series[] {real}, kwargs);
    }

    /**
     * {@code LINEARREG_INTERCEPT} (Statistic Functions): reads close ({@code "price"} picks another column); parameters
     * timeperiod=14; output real.
     */
    public Series LINEARREG_INTERCEPT(final DataFrame df, final Object... kwargs)
    {
        return series("LINEARREG_INTERCEPT", df, kwargs);
    }

    /** Over series: {@code LINEARREG_INTERCEPT(real, ...)}. */
    public Series LINEARREG_INTERCEPT(final Series real, final Object... kwargs)
    {
        return series("LINEARREG_INTERCEPT", new Series[] {real}, kwargs);
    }

    /**
     * {@code LINEARREG_SLOPE} (Statistic Functions): reads close ({@code "price"} picks another column); parameters
     * timeperiod=14; output real.
     */
    public Series LINEARREG_SLOPE(final DataFrame df, final Object... kwargs)
    {
        return series("LINEARREG_SLOPE", df, kwargs);
    }

    /** Over series: {@code LINEARREG_SLOPE(real, ...)}. */
    public Series LINEARREG_SLOPE(final Series real, final Object... kwargs)
    {
        return series("LINEARREG_SLOPE", new Series[] {real}, kwargs);
    }

    /**
     * {@code LN} (Math Transform): reads close ({@code "price"} picks another column); parameters none; output real.
     */
    public Series LN(final DataFrame df, final Object... kwargs)
    {
        return series("LN", df, kwargs);
    }

    /** Over series: {@code LN(real, ...)}. */
    public Series LN(final Series real, final Object... kwargs)
    {
        return series("LN", new Series[] {real}, kwargs);
    }

    /**
     * {@code LOG10} (Math Transform): reads close ({@code "price"} picks another column); parameters none; output real.
     */
    public Series LOG10(final DataFrame df, final Object... kwargs)
    {
        return series("LOG10", df, kwargs);
    }

    /** Over series: {@code LOG10(real, ...)}. */
    public Series LOG10(final Series real, final Object... kwargs)
    {
        return series("LOG10", new Series[] {real}, kwargs);
    }

    /**
     * {@code MA} (Overlap Studies): reads close ({@code "price"} picks another column); parameters timeperiod=30,
     * matype=0 (SMA); output real.
     */
    public Series MA(final DataFrame df, final Object... kwargs)
    {
        return series("MA", df, kwargs);
    }

    /** Over series: {@code MA(real, ...)}. */
    public Series MA(final Series real, final Object... kwargs)
    {
        return series("MA", new Series[] {real}, kwargs);
    }

    /**
     * {@code MACD} (Momentum Indicators): reads close ({@code "price"} picks another column); parameters fastperiod=12,
     * slowperiod=26, signalperiod=9; outputs macd, macdsignal, macdhist.
     */
    public DataFrame MACD(final DataFrame df, final Object... kwargs)
    {
        return frame("MACD", df, kwargs);
    }

    /** Over series: {@code MACD(real, ...)}. */
    public DataFrame MACD(final Series real, final Object... kwargs)
    {
        return frame("MACD", new Series[] {real}, kwargs);
    }

    /**
     * {@code MACDEXT} (Momentum Indicators): reads close ({@code "price"} picks another column); parameters
     * fastperiod=12, fastmatype=0 (SMA), slowperiod=26, slowmatype=0 (SMA), signalperiod=9, signalmatype=0 (SMA);
     * outputs macd, macdsignal, macdhist.
     */
    public DataFrame MACDEXT(final DataFrame df, final Object... kwargs)
    {
        return frame("MACDEXT", df, kwargs);
    }

    /** Over series: {@code MACDEXT(real, ...)}. */
    public DataFrame MACDEXT(final Series real, final Object... kwargs)
    {
        return frame("MACDEXT", new Series[] {real}, kwargs);
    }

    /**
     * {@code MACDFIX} (Momentum Indicators): reads close ({@code "price"} picks another column); parameters
     * signalperiod=9; outputs macd, macdsignal, macdhist.
     */
    public DataFrame MACDFIX(final DataFrame df, final Object... kwargs)
    {
        return frame("MACDFIX", df, kwargs);
    }

    /** Over series: {@code MACDFIX(real, ...)}. */
    public DataFrame MACDFIX(final Series real, final Object... kwargs)
    {
        return frame("MACDFIX", new Series[] {real}, kwargs);
    }

    /**
     * {@code MAMA} (Overlap Studies): reads close ({@code "price"} picks another column); parameters fastlimit=0.5,
     * slowlimit=0.05; outputs mama, fama. Unstable period: depends on the startup candles.
     */
    public DataFrame MAMA(final DataFrame df, final Object... kwargs)
    {
        return frame("MAMA", df, kwargs);
    }

    /** Over series: {@code MAMA(real, ...)}. */
    public DataFrame MAMA(final Series real, final Object... kwargs)
    {
        return frame("MAMA", new Series[] {real}, kwargs);
    }

    /**
     * {@code MAVP} (Overlap Studies): reads close, periods ({@code "price"}, {@code "periods"} pick another column);
     * parameters minperiod=2, maxperiod=30, matype=0 (SMA); output real.
     */
    public Series MAVP(final DataFrame df, final Object... kwargs)
    {
        return series("MAVP", df, kwargs);
    }

    /** Over series: {@code MAVP(real, periods, ...)}. */
    public Series MAVP(final Series real, final Series periods, final Object... kwargs)
    {
        return series("MAVP", new Series[] {real, periods}, kwargs);
    }

    /**
     * {@code MAX} (Math Operators): reads close ({@code "price"} picks another column); parameters timeperiod=30;
     * output real.
     */
    public Series MAX(final DataFrame df, final Object... kwargs)
    {
        return series("MAX", df, kwargs);
    }

    /** Over series: {@code MAX(real, ...)}. */
    public Series MAX(final Series real, final Object... kwargs)
    {
        return series("MAX", new Series[] {real}, kwargs);
    }

    /**
     * {@code MAXINDEX} (Math Operators): reads close ({@code "price"} picks another column); parameters timeperiod=30;
     * output integer (whole numbers, 0 before the lookback).
     */
    public Series MAXINDEX(final DataFrame df, final Object... kwargs)
    {
        return series("MAXINDEX", df, kwargs);
    }

    /** Over series: {@code MAXINDEX(real, ...)}. */
    public Series MAXINDEX(final Series real, final Object... kwargs)
    {
        return series("MAXINDEX", new Series[] {real}, kwargs);
    }

    /**
     * {@code MEDPRICE} (Price Transform): reads high, low; parameters none; output real.
     */
    public Series MEDPRICE(final DataFrame df, final Object... kwargs)
    {
        return series("MEDPRICE", df, kwargs);
    }

    /** Over series: {@code MEDPRICE(high, low, ...)}. */
    public Series MEDPRICE(final Series high, final Series low, final Object... kwargs)
    {
        return series("MEDPRICE", new Series[] {high, low}, kwargs);
    }

    /**
     * {@code MFI} (Momentum Indicators): reads high, low, close, volume; parameters timeperiod=14; output real.
     * Unstable period: depends on the startup candles.
     */
    public Series MFI(final DataFrame df, final Object... kwargs)
    {
        return series("MFI", df, kwargs);
    }

    /** Over series: {@code MFI(high, low, close, volume, ...)}. */
    public Series MFI(
        final Series high, final Series low, final Series close, final Series volume, final Object... kwargs)
    {
        return series("MFI", new Series[] {high, low, close, volume}, kwargs);
    }

    /**
     * {@code MIDPOINT} (Overlap Studies): reads close ({@code "price"} picks another column); parameters timeperiod=14;
     * output real.
     */
    public Series MIDPOINT(final DataFrame df, final Object... kwargs)
    {
        return series("MIDPOINT", df, kwargs);
    }

    /** Over series: {@code MIDPOINT(real, ...)}. */
    public Series MIDPOINT(final Series real, final Object... kwargs)
    {
        return series("MIDPOINT", new Series[] {real}, kwargs);
    }

    /**
     * {@code MIDPRICE} (Overlap Studies): reads high, low; parameters timeperiod=14; output real.
     */
    public Series MIDPRICE(final DataFrame df, final Object... kwargs)
    {
        return series("MIDPRICE", df, kwargs);
    }

    /** Over series: {@code MIDPRICE(high, low, ...)}. */
    public Series MIDPRICE(final Series high, final Series low, final Object... kwargs)
    {
        return series("MIDPRICE", new Series[] {high, low}, kwargs);
    }

    /**
     * {@code MIN} (Math Operators): reads close ({@code "price"} picks another column); parameters timeperiod=30;
     * output real.
     */
    public Series MIN(final DataFrame df, final Object... kwargs)
    {
        return series("MIN", df, kwargs);
    }

    /** Over series: {@code MIN(real, ...)}. */
    public Series MIN(final Series real, final Object... kwargs)
    {
        return series("MIN", new Series[] {real}, kwargs);
    }

    /**
     * {@code MININDEX} (Math Operators): reads close ({@code "price"} picks another column); parameters timeperiod=30;
     * output integer (whole numbers, 0 before the lookback).
     */
    public Series MININDEX(final DataFrame df, final Object... kwargs)
    {
        return series("MININDEX", df, kwargs);
    }

    /** Over series: {@code MININDEX(real, ...)}. */
    public Series MININDEX(final Series real, final Object... kwargs)
    {
        return series("MININDEX", new Series[] {real}, kwargs);
    }

    /**
     * {@code MINMAX} (Math Operators): reads close ({@code "price"} picks another column); parameters timeperiod=30;
     * outputs min, max.
     */
    public DataFrame MINMAX(final DataFrame df, final Object... kwargs)
    {
        return frame("MINMAX", df, kwargs);
    }

    /** Over series: {@code MINMAX(real, ...)}. */
    public DataFrame MINMAX(final Series real, final Object... kwargs)
    {
        return frame("MINMAX", new Series[] {real}, kwargs);
    }

    /**
     * {@code MINMAXINDEX} (Math Operators): reads close ({@code "price"} picks another column); parameters
     * timeperiod=30; outputs minidx, maxidx (whole numbers, 0 before the lookback).
     */
    public DataFrame MINMAXINDEX(final DataFrame df, final Object... kwargs)
    {
        return frame("MINMAXINDEX", df, kwargs);
    }

    /** Over series: {@code MINMAXINDEX(real, ...)}. */
    public DataFrame MINMAXINDEX(final Series real, final Object... kwargs)
    {
        return frame("MINMAXINDEX", new Series[] {real}, kwargs);
    }

    /**
     * {@code MINUS_DI} (Momentum Indicators): reads high, low, close; parameters timeperiod=14; output real. Unstable
     * period: depends on the startup candles.
     */
    public Series MINUS_DI(final DataFrame df, final Object... kwargs)
    {
        return series("MINUS_DI", df, kwargs);
    }

    /** Over series: {@code MINUS_DI(high, low, close, ...)}. */
    public Series MINUS_DI(final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("MINUS_DI", new Series[] {high, low, close}, kwargs);
    }

    /**
     * {@code MINUS_DM} (Momentum Indicators): reads high, low; parameters timeperiod=14; output real. Unstable period:
     * depends on the startup candles.
     */
    public Series MINUS_DM(final DataFrame df, final Object... kwargs)
    {
        return series("MINUS_DM", df, kwargs);
    }

    /** Over series: {@code MINUS_DM(high, low, ...)}. */
    public Series MINUS_DM(final Series high, final Series low, final Object... kwargs)
    {
        return series("MINUS_DM", new Series[] {high, low}, kwargs);
    }

    /**
     * {@code MOM} (Momentum Indicators): reads close ({@code "price"} picks another column); parameters timeperiod=10;
     * output real.
     */
    public Series MOM(final DataFrame df, final Object... kwargs)
    {
        return series("MOM", df, kwargs);
    }

    /** Over series: {@code MOM(real, ...)}. */
    public Series MOM(final Series real, final Object... kwargs)
    {
        return series("MOM", new Series[] {real}, kwargs);
    }

    /**
     * {@code MULT} (Math Operators): reads high, low ({@code "price0"}, {@code "price1"} pick another column);
     * parameters none; output real.
     */
    public Series MULT(final DataFrame df, final Object... kwargs)
    {
        return series("MULT", df, kwargs);
    }

    /** Over series: {@code MULT(real0, real1, ...)}. */
    public Series MULT(final Series real0, final Series real1, final Object... kwargs)
    {
        return series("MULT", new Series[] {real0, real1}, kwargs);
    }

    /**
     * {@code NATR} (Volatility Indicators): reads high, low, close; parameters timeperiod=14; output real. Unstable
     * period: depends on the startup candles.
     */
    public Series NATR(final DataFrame df, final Object... kwargs)
    {
        return series("NATR", df, kwargs);
    }

    /** Over series: {@code NATR(high, low, close, ...)}. */
    public Series NATR(final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("NATR", new Series[] {high, low, close}, kwargs);
    }

    /**
     * {@code OBV} (Volume Indicators): reads close, volume ({@code "price"} picks another column); parameters none;
     * output real.
     */
    public Series OBV(final DataFrame df, final Object... kwargs)
    {
        return series("OBV", df, kwargs);
    }

    /** Over series: {@code OBV(real, volume, ...)}. */
    public Series OBV(final Series real, final Series volume, final Object... kwargs)
    {
        return series("OBV", new Series[] {real, volume}, kwargs);
    }

    /**
     * {@code PLUS_DI} (Momentum Indicators): reads high, low, close; parameters timeperiod=14; output real. Unstable
     * period: depends on the startup candles.
     */
    public Series PLUS_DI(final DataFrame df, final Object... kwargs)
    {
        return series("PLUS_DI", df, kwargs);
    }

    /** Over series: {@code PLUS_DI(high, low, close, ...)}. */
    public Series PLUS_DI(final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("PLUS_DI", new Series[] {high, low, close}, kwargs);
    }

    /**
     * {@code PLUS_DM} (Momentum Indicators): reads high, low; parameters timeperiod=14; output real. Unstable period:
     * depends on the startup candles.
     */
    public Series PLUS_DM(final DataFrame df, final Object... kwargs)
    {
        return series("PLUS_DM", df, kwargs);
    }

    /** Over series: {@code PLUS_DM(high, low, ...)}. */
    public Series PLUS_DM(final Series high, final Series low, final Object... kwargs)
    {
        return series("PLUS_DM", new Series[] {high, low}, kwargs);
    }

    /**
     * {@code PPO} (Momentum Indicators): reads close ({@code "price"} picks another column); parameters fastperiod=12,
     * slowperiod=26, matype=0 (SMA); output real.
     */
    public Series PPO(final DataFrame df, final Object... kwargs)
    {
        return series("PPO", df, kwargs);
    }

    /** Over series: {@code PPO(real, ...)}. */
    public Series PPO(final Series real, final Object... kwargs)
    {
        return series("PPO", new Series[] {real}, kwargs);
    }

    /**
     * {@code ROC} (Momentum Indicators): reads close ({@code "price"} picks another column); parameters timeperiod=10;
     * output real.
     */
    public Series ROC(final DataFrame df, final Object... kwargs)
    {
        return series("ROC", df, kwargs);
    }

    /** Over series: {@code ROC(real, ...)}. */
    public Series ROC(final Series real, final Object... kwargs)
    {
        return series("ROC", new Series[] {real}, kwargs);
    }

    /**
     * {@code ROCP} (Momentum Indicators): reads close ({@code "price"} picks another column); parameters timeperiod=10;
     * output real.
     */
    public Series ROCP(final DataFrame df, final Object... kwargs)
    {
        return series("ROCP", df, kwargs);
    }

    /** Over series: {@code ROCP(real, ...)}. */
    public Series ROCP(final Series real, final Object... kwargs)
    {
        return series("ROCP", new Series[] {real}, kwargs);
    }

    /**
     * {@code ROCR} (Momentum Indicators): reads close ({@code "price"} picks another column); parameters timeperiod=10;
     * output real.
     */
    public Series ROCR(final DataFrame df, final Object... kwargs)
    {
        return series("ROCR", df, kwargs);
    }

    /** Over series: {@code ROCR(real, ...)}. */
    public Series ROCR(final Series real, final Object... kwargs)
    {
        return series("ROCR", new Series[] {real}, kwargs);
    }

    /**
     * {@code ROCR100} (Momentum Indicators): reads close ({@code "price"} picks another column); parameters
     * timeperiod=10; output real.
     */
    public Series ROCR100(final DataFrame df, final Object... kwargs)
    {
        return series("ROCR100", df, kwargs);
    }

    /** Over series: {@code ROCR100(real, ...)}. */
    public Series ROCR100(final Series real, final Object... kwargs)
    {
        return series("ROCR100", new Series[] {real}, kwargs);
    }

    /**
     * {@code RSI} (Momentum Indicators): reads close ({@code "price"} picks another column); parameters timeperiod=14;
     * output real. Unstable period: depends on the startup candles.
     */
    public Series RSI(final DataFrame df, final Object... kwargs)
    {
        return series("RSI", df, kwargs);
    }

    /** Over series: {@code RSI(real, ...)}. */
    public Series RSI(final Series real, final Object... kwargs)
    {
        return series("RSI", new Series[] {real}, kwargs);
    }

    /**
     * {@code SAR} (Overlap Studies): reads high, low; parameters acceleration=0.02, maximum=0.2; output real.
     */
    public Series SAR(final DataFrame df, final Object... kwargs)
    {
        return series("SAR", df, kwargs);
    }

    /** Over series: {@code SAR(high, low, ...)}. */
    public Series SAR(final Series high, final Series low, final Object... kwargs)
    {
        return series("SAR", new Series[] {high, low}, kwargs);
    }

    /**
     * {@code SAREXT} (Overlap Studies): reads high, low; parameters startvalue=0.0, offsetonreverse=0.0,
     * accelerationinitlong=0.02, accelerationlong=0.02, accelerationmaxlong=0.2, accelerationinitshort=0.02,
     * accelerationshort=0.02, accelerationmaxshort=0.2; output real.
     */
    public Series SAREXT(final DataFrame df, final Object... kwargs)
    {
        return series("SAREXT", df, kwargs);
    }

    /** Over series: {@code SAREXT(high, low, ...)}. */
    public Series SAREXT(final Series high, final Series low, final Object... kwargs)
    {
        return series("SAREXT", new Series[] {high, low}, kwargs);
    }

    /**
     * {@code SIN} (Math Transform): reads close ({@code "price"} picks another column); parameters none; output real.
     */
    public Series SIN(final DataFrame df, final Object... kwargs)
    {
        return series("SIN", df, kwargs);
    }

    /** Over series: {@code SIN(real, ...)}. */
    public Series SIN(final Series real, final Object... kwargs)
    {
        return series("SIN", new Series[] {real}, kwargs);
    }

    /**
     * {@code SINH} (Math Transform): reads close ({@code "price"} picks another column); parameters none; output real.
     */
    public Series SINH(final DataFrame df, final Object... kwargs)
    {
        return series("SINH", df, kwargs);
    }

    /** Over series: {@code SINH(real, ...)}. */
    public Series SINH(final Series real, final Object... kwargs)
    {
        return series("SINH", new Series[] {real}, kwargs);
    }

    /**
     * {@code SMA} (Overlap Studies): reads close ({@code "price"} picks another column); parameters timeperiod=30;
     * output real.
     */
    public Series SMA(final DataFrame df, final Object... kwargs)
    {
        return series("SMA", df, kwargs);
    }

    /** Over series: {@code SMA(real, ...)}. */
    public Series SMA(final Series real, final Object... kwargs)
    {
        return series("SMA", new Series[] {real}, kwargs);
    }

    /**
     * {@code SQRT} (Math Transform): reads close ({@code "price"} picks another column); parameters none; output real.
     */
    public Series SQRT(final DataFrame df, final Object... kwargs)
    {
        return series("SQRT", df, kwargs);
    }

    /** Over series: {@code SQRT(real, ...)}. */
    public Series SQRT(final Series real, final Object... kwargs)
    {
        return series("SQRT", new Series[] {real}, kwargs);
    }

    /**
     * {@code STDDEV} (Statistic Functions): reads close ({@code "price"} picks another column); parameters
     * timeperiod=5, nbdev=1.0; output real.
     */
    public Series STDDEV(final DataFrame df, final Object... kwargs)
    {
        return series("STDDEV", df, kwargs);
    }

    /** Over series: {@code STDDEV(real, ...)}. */
    public Series STDDEV(final Series real, final Object... kwargs)
    {
        return series("STDDEV", new Series[] {real}, kwargs);
    }

    /**
     * {@code STOCH} (Momentum Indicators): reads high, low, close; parameters fastk_period=5, slowk_period=3,
     * slowk_matype=0 (SMA), slowd_period=3, slowd_matype=0 (SMA); outputs slowk, slowd.
     */
    public DataFrame STOCH(final DataFrame df, final Object... kwargs)
    {
        return frame("STOCH", df, kwargs);
    }

    /** Over series: {@code STOCH(high, low, close, ...)}. */
    public DataFrame STOCH(final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return frame("STOCH", new Series[] {high, low, close}, kwargs);
    }

    /**
     * {@code STOCHF} (Momentum Indicators): reads high, low, close; parameters fastk_period=5, fastd_period=3,
     * fastd_matype=0 (SMA); outputs fastk, fastd.
     */
    public DataFrame STOCHF(final DataFrame df, final Object... kwargs)
    {
        return frame("STOCHF", df, kwargs);
    }

    /** Over series: {@code STOCHF(high, low, close, ...)}. */
    public DataFrame STOCHF(final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return frame("STOCHF", new Series[] {high, low, close}, kwargs);
    }

    /**
     * {@code STOCHRSI} (Momentum Indicators): reads close ({@code "price"} picks another column); parameters
     * timeperiod=14, fastk_period=5, fastd_period=3, fastd_matype=0 (SMA); outputs fastk, fastd. Unstable period:
     * depends on the startup candles.
     */
    public DataFrame STOCHRSI(final DataFrame df, final Object... kwargs)
    {
        return frame("STOCHRSI", df, kwargs);
    }

    /** Over series: {@code STOCHRSI(real, ...)}. */
    public DataFrame STOCHRSI(final Series real, final Object... kwargs)
    {
        return frame("STOCHRSI", new Series[] {real}, kwargs);
    }

    /**
     * {@code SUB} (Math Operators): reads high, low ({@code "price0"}, {@code "price1"} pick another column);
     * parameters none; output real.
     */
    public Series SUB(final DataFrame df, final Object... kwargs)
    {
        return series("SUB", df, kwargs);
    }

    /** Over series: {@code SUB(real0, real1, ...)}. */
    public Series SUB(final Series real0, final Series real1, final Object... kwargs)
    {
        return series("SUB", new Series[] {real0, real1}, kwargs);
    }

    /**
     * {@code SUM} (Math Operators): reads close ({@code "price"} picks another column); parameters timeperiod=30;
     * output real.
     */
    public Series SUM(final DataFrame df, final Object... kwargs)
    {
        return series("SUM", df, kwargs);
    }

    /** Over series: {@code SUM(real, ...)}. */
    public Series SUM(final Series real, final Object... kwargs)
    {
        return series("SUM", new Series[] {real}, kwargs);
    }

    /**
     * {@code T3} (Overlap Studies): reads close ({@code "price"} picks another column); parameters timeperiod=5,
     * vfactor=0.7; output real. Unstable period: depends on the startup candles.
     */
    public Series T3(final DataFrame df, final Object... kwargs)
    {
        return series("T3", df, kwargs);
    }

    /** Over series: {@code T3(real, ...)}. */
    public Series T3(final Series real, final Object... kwargs)
    {
        return series("T3", new Series[] {real}, kwargs);
    }

    /**
     * {@code TAN} (Math Transform): reads close ({@code "price"} picks another column); parameters none; output real.
     */
    public Series TAN(final DataFrame df, final Object... kwargs)
    {
        return series("TAN", df, kwargs);
    }

    /** Over series: {@code TAN(real, ...)}. */
    public Series TAN(final Series real, final Object... kwargs)
    {
        return series("TAN", new Series[] {real}, kwargs);
    }

    /**
     * {@code TANH} (Math Transform): reads close ({@code "price"} picks another column); parameters none; output real.
     */
    public Series TANH(final DataFrame df, final Object... kwargs)
    {
        return series("TANH", df, kwargs);
    }

    /** Over series: {@code TANH(real, ...)}. */
    public Series TANH(final Series real, final Object... kwargs)
    {
        return series("TANH", new Series[] {real}, kwargs);
    }

    /**
     * {@code TEMA} (Overlap Studies): reads close ({@code "price"} picks another column); parameters timeperiod=30;
     * output real.
     */
    public Series TEMA(final DataFrame df, final Object... kwargs)
    {
        return series("TEMA", df, kwargs);
    }

    /** Over series: {@code TEMA(real, ...)}. */
    public Series TEMA(final Series real, final Object... kwargs)
    {
        return series("TEMA", new Series[] {real}, kwargs);
    }

    /**
     * {@code TRANGE} (Volatility Indicators): reads high, low, close; parameters none; output real.
     */
    public Series TRANGE(final DataFrame df, final Object... kwargs)
    {
        return series("TRANGE", df, kwargs);
    }

    /** Over series: {@code TRANGE(high, low, close, ...)}. */
    public Series TRANGE(final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("TRANGE", new Series[] {high, low, close}, kwargs);
    }

    /**
     * {@code TRIMA} (Overlap Studies): reads close ({@code "price"} picks another column); parameters timeperiod=30;
     * output real.
     */
    public Series TRIMA(final DataFrame df, final Object... kwargs)
    {
        return series("TRIMA", df, kwargs);
    }

    /** Over series: {@code TRIMA(real, ...)}. */
    public Series TRIMA(final Series real, final Object... kwargs)
    {
        return series("TRIMA", new Series[] {real}, kwargs);
    }

    /**
     * {@code TRIX} (Momentum Indicators): reads close ({@code "price"} picks another column); parameters timeperiod=30;
     * output real.
     */
    public Series TRIX(final DataFrame df, final Object... kwargs)
    {
        return series("TRIX", df, kwargs);
    }

    /** Over series: {@code TRIX(real, ...)}. */
    public Series TRIX(final Series real, final Object... kwargs)
    {
        return series("TRIX", new Series[] {real}, kwargs);
    }

    /**
     * {@code TSF} (Statistic Functions): reads close ({@code "price"} picks another column); parameters timeperiod=14;
     * output real.
     */
    public Series TSF(final DataFrame df, final Object... kwargs)
    {
        return series("TSF", df, kwargs);
    }

    /** Over series: {@code TSF(real, ...)}. */
    public Series TSF(final Series real, final Object... kwargs)
    {
        return series("TSF", new Series[] {real}, kwargs);
    }

    /**
     * {@code TYPPRICE} (Price Transform): reads high, low, close; parameters none; output real.
     */
    public Series TYPPRICE(final DataFrame df, final Object... kwargs)
    {
        return series("TYPPRICE", df, kwargs);
    }

    /** Over series: {@code TYPPRICE(high, low, close, ...)}. */
    public Series TYPPRICE(final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("TYPPRICE", new Series[] {high, low, close}, kwargs);
    }

    /**
     * {@code ULTOSC} (Momentum Indicators): reads high, low, close; parameters timeperiod1=7, timeperiod2=14,
     * timeperiod3=28; output real.
     */
    public Series ULTOSC(final DataFrame df, final Object... kwargs)
    {
        return series("ULTOSC", df, kwargs);
    }

    /** Over series: {@code ULTOSC(high, low, close, ...)}. */
    public Series ULTOSC(final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("ULTOSC", new Series[] {high, low, close}, kwargs);
    }

    /**
     * {@code VAR} (Statistic Functions): reads close ({@code "price"} picks another column); parameters timeperiod=5,
     * nbdev=1.0; output real.
     */
    public Series VAR(final DataFrame df, final Object... kwargs)
    {
        return series("VAR", df, kwargs);
    }

    /** Over series: {@code VAR(real, ...)}. */
    public Series VAR(final Series real, final Object... kwargs)
    {
        return series("VAR", new Series[] {real}, kwargs);
    }

    /**
     * {@code WCLPRICE} (Price Transform): reads high, low, close; parameters none; output real.
     */
    public Series WCLPRICE(final DataFrame df, final Object... kwargs)
    {
        return series("WCLPRICE", df, kwargs);
    }

    /** Over series: {@code WCLPRICE(high, low, close, ...)}. */
    public Series WCLPRICE(final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("WCLPRICE", new Series[] {high, low, close}, kwargs);
    }

    /**
     * {@code WILLR} (Momentum Indicators): reads high, low, close; parameters timeperiod=14; output real.
     */
    public Series WILLR(final DataFrame df, final Object... kwargs)
    {
        return series("WILLR", df, kwargs);
    }

    /** Over series: {@code WILLR(high, low, close, ...)}. */
    public Series WILLR(final Series high, final Series low, final Series close, final Object... kwargs)
    {
        return series("WILLR", new Series[] {high, low, close}, kwargs);
    }

    /**
     * {@code WMA} (Overlap Studies): reads close ({@code "price"} picks another column); parameters timeperiod=30;
     * output real.
     */
    public Series WMA(final DataFrame df, final Object... kwargs)
    {
        return series("WMA", df, kwargs);
    }

    /** Over series: {@code WMA(real, ...)}. */
    public Series WMA(final Series real, final Object... kwargs)
    {
        return series("WMA", new Series[] {real}, kwargs);
    }
}
