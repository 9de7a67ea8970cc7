package io.hyperjet.worker.frame;

import java.util.Arrays;
import java.util.List;

import io.hyperjet.worker.metrics.PyMath;

/**
 * Freqtrade's vendored {@code qtpylib.indicators} over series and frames: {@code qtpylib.crossedAbove(a, b)},
 * {@code qtpylib.bollingerBands(qtpylib.typicalPrice(df), 20, 2)}. Python's snake_case names are camelCase here,
 * Python's default arguments are the shorter overloads, and multi-output functions return a {@link DataFrame} with
 * qtpylib's column names.
 * <p>
 * Each function computes what the Python one computes, row for row, including its choice of path: qtpylib's
 * {@code rolling_mean}/{@code rolling_std} (and so {@code sma}, {@code atr}, {@code keltner_channel},
 * {@code weighted_bollinger_bands}) use numpy windows when {@code min_periods} is the window and the series is
 * longer than it, and pandas' {@code rolling} otherwise; the numpy ones are computed with numpy's summation
 * ({@link NumpyReductions}), so the doubles match numpy's. {@code rolling_weighted_mean} (and {@code wma},
 * {@code hma}, {@code macd}) is pandas {@code ewm(span=window, min_periods=window)} with pandas' default
 * {@code adjust=True}. None of these depend on TA-Lib's unstable period; {@link #rsi} is qtpylib's own loop, seeded
 * from the first {@code window + 1} differences, so like TA-Lib's RSI it depends on where the data starts.
 * <p>
 * Not threadsafe when owned by a strategy (its series share the strategy's context).
 */
public final class QtpylibFunctions
{
    private final FrameContext context;

    /** Functions for use outside a strategy (tests, tools). */
    public QtpylibFunctions()
    {
        this(FrameContext.STANDALONE);
    }

    QtpylibFunctions(final FrameContext context)
    {
        this.context = context;
    }

    private Series series(final double[] values)
    {
        return new Series(context, values);
    }

    private static DataFrame frame(final List<String> names, final Series... series)
    {
        return DataFrame.ofColumns(names, List.of(series));
    }

    // crossings

    /** {@code crossed_above(a, b)}: {@code a > b} now and {@code a <= b} on the previous row. */
    public Mask crossedAbove(final Series a, final Series b)
    {
        return a.crossedAbove(b);
    }

    /** {@code crossed_above(a, level)}. */
    public Mask crossedAbove(final Series a, final double level)
    {
        return a.crossedAbove(level);
    }

    /** {@code crossed_below(a, b)}: {@code a < b} now and {@code a >= b} on the previous row. */
    public Mask crossedBelow(final Series a, final Series b)
    {
        return a.crossedBelow(b);
    }

    /** {@code crossed_below(a, level)}. */
    public Mask crossedBelow(final Series a, final double level)
    {
        return a.crossedBelow(level);
    }

    /** {@code crossed(a, b)}: crossed above or below. */
    public Mask crossed(final Series a, final Series b)
    {
        return a.crossedAbove(b).or(a.crossedBelow(b));
    }

    /** {@code crossed(a, level)}: crossed above or below. */
    public Mask crossed(final Series a, final double level)
    {
        return a.crossedAbove(level).or(a.crossedBelow(level));
    }

    // prices

    /** {@code typical_price(bars)}: {@code (high + low + close) / 3.0}. */
    public Series typicalPrice(final DataFrame bars)
    {
        return bars.get("high").add(bars.get("low")).add(bars.get("close")).div(3.0);
    }

    /** {@code mid_price(bars)}: {@code (high + low) / 2.0}. */
    public Series midPrice(final DataFrame bars)
    {
        return bars.get("high").add(bars.get("low")).div(2.0);
    }

    /** {@code ibs(bars)}: internal bar strength {@code round((close - low) / (high - low), 2)} (numpy rounding). */
    public Series ibs(final DataFrame bars)
    {
        final double[] ratio = bars.get("close").sub(bars.get("low")).div(bars.get("high").sub(bars.get("low")))
            .values();
        final double[] out = new double[ratio.length];
        for (int i = 0; i < out.length; i++)
        {
            out[i] = PyMath.roundNp(ratio[i], 2);
        }
        return series(out);
    }

    /**
     * {@code heikinashi(bars)}: {@code close = (open + high + low + close) / 4}, {@code open[0] = (open + close) / 2}
     * then {@code (open[i-1] + close[i-1]) / 2} of the Heikin-Ashi candles, {@code high}/{@code low} the extreme of
     * the candle's high/low and the Heikin-Ashi open and close (NaN skipped, as pandas' row max/min does).
     *
     * @return columns {@code open}, {@code high}, {@code low}, {@code close}.
     */
    public DataFrame heikinashi(final DataFrame bars)
    {
        final double[] open = bars.get("open").values();
        final double[] high = bars.get("high").values();
        final double[] low = bars.get("low").values();
        final double[] haClose = bars.get("open").add(bars.get("high")).add(bars.get("low")).add(bars.get("close"))
            .div(4.0).values();
        final int n = open.length;
        final double[] haOpen = new double[n];
        final double[] haHigh = new double[n];
        final double[] haLow = new double[n];
        for (int i = 0; i < n; i++)
        {
            haOpen[i] = i == 0 ? (open[0] + bars.get("close").get(0)) / 2 : (haOpen[i - 1] + haClose[i - 1]) / 2;
            haHigh[i] = rowExtreme(true, high[i], haOpen[i], haClose[i]);
            haLow[i] = rowExtreme(false, low[i], haOpen[i], haClose[i]);
        }
        return frame(List.of("open", "high", "low", "close"), series(haOpen), series(haHigh), series(haLow),
            series(haClose));
    }

    /** pandas' {@code max(axis=1)} / {@code min(axis=1)} of a row: NaN skipped, NaN when all are. */
    private static double rowExtreme(final boolean max, final double... values)
    {
        double best = Double.NaN;
        for (final double v : values)
        {
            if (!Double.isNaN(v) && (Double.isNaN(best) || (max ? v > best : v < best)))
            {
                best = v;
            }
        }
        return best;
    }

    // rolling windows

    /** {@code rolling_mean(series, window)}: {@code min_periods = window}. */
    public Series rollingMean(final Series series, final int window)
    {
        return rollingMean(series, window, window);
    }

    /**
     * {@code rolling_mean(series, window, min_periods)}: numpy windows when {@code minPeriods == window} and the
     * series is longer than the window, else pandas {@code rolling(window, min_periods).mean()}.
     */
    public Series rollingMean(final Series series, final int window, final int minPeriods)
    {
        if (minPeriods == window && series.size() > window)
        {
            return series(NumpyReductions.rollingMean(series.values(), window));
        }
        return series.rolling(window, minPeriods).mean();
    }

    /** {@code rolling_std(series, window)}: {@code min_periods = window}. */
    public Series rollingStd(final Series series, final int window)
    {
        return rollingStd(series, window, window);
    }

    /** {@code rolling_std(series, window, min_periods)} (ddof 1); paths as {@link #rollingMean}. */
    public Series rollingStd(final Series series, final int window, final int minPeriods)
    {
        if (minPeriods == window && series.size() > window)
        {
            return series(NumpyReductions.rollingStd(series.values(), window));
        }
        return series.rolling(window, minPeriods).std();
    }

    /** {@code rolling_min(series, window)}: pandas {@code rolling(window).min()}. */
    public Series rollingMin(final Series series, final int window)
    {
        return series.rolling(window).min();
    }

    /** {@code rolling_min(series, window, min_periods)}: pandas {@code rolling(window, min_periods).min()}. */
    public Series rollingMin(final Series series, final int window, final int minPeriods)
    {
        return series.rolling(window, minPeriods).min();
    }

    /** {@code rolling_max(series, window)}: pandas {@code rolling(window).max()}. */
    public Series rollingMax(final Series series, final int window)
    {
        return series.rolling(window).max();
    }

    /** {@code rolling_max(series, window, min_periods)}: pandas {@code rolling(window, min_periods).max()}. */
    public Series rollingMax(final Series series, final int window, final int minPeriods)
    {
        return series.rolling(window, minPeriods).max();
    }

    /**
     * {@code numpy_rolling_mean(series, window)}: numpy's mean of each full window (numpy's summation, infinities
     * kept), NaN for the first {@code window - 1} rows.
     *
     * @throws IllegalArgumentException unless {@code 1 <= window <= rows}, where numpy fails too.
     */
    public Series numpyRollingMean(final Series series, final int window)
    {
        return series(NumpyReductions.rollingMean(series.values(), window));
    }

    /** {@code numpy_rolling_std(series, window)}: as {@link #numpyRollingMean}, numpy's std with ddof 1. */
    public Series numpyRollingStd(final Series series, final int window)
    {
        return series(NumpyReductions.rollingStd(series.values(), window));
    }

    /** {@code rolling_weighted_mean(series, window)}: pandas {@code ewm(span=window, min_periods=window).mean()}. */
    public Series rollingWeightedMean(final Series series, final int window)
    {
        return rollingWeightedMean(series, window, window);
    }

    /** {@code rolling_weighted_mean(series, window, min_periods)}: {@code ewm(span=window, adjust=True)}. */
    public Series rollingWeightedMean(final Series series, final double window, final int minPeriods)
    {
        return series.ewm(window, true).minPeriods(minPeriods).mean();
    }

    /** {@code sma(series, window)}: {@link #rollingMean}. */
    public Series sma(final Series series, final int window)
    {
        return rollingMean(series, window);
    }

    /** {@code sma(series, window, min_periods)}: {@link #rollingMean(Series, int, int)}. */
    public Series sma(final Series series, final int window, final int minPeriods)
    {
        return rollingMean(series, window, minPeriods);
    }

    /** {@code wma(series, window)}: {@link #rollingWeightedMean} (an EMA, despite the name). */
    public Series wma(final Series series, final int window)
    {
        return rollingWeightedMean(series, window, window);
    }

    /** {@code wma(series, window, min_periods)}: {@link #rollingWeightedMean(Series, double, int)}. */
    public Series wma(final Series series, final int window, final int minPeriods)
    {
        return rollingWeightedMean(series, window, minPeriods);
    }

    /**
     * {@code hma(series, window)} ({@code hull_moving_average}): {@code ma = 2 * rwm(window / 2) - rwm(window)},
     * then {@code rwm(ma, sqrt(window))}, every {@code min_periods = window}.
     */
    public Series hma(final Series series, final int window)
    {
        final Series ma = rollingWeightedMean(series, window / 2.0, window).mul(2.0)
            .sub(rollingWeightedMean(series, window, window));
        return rollingWeightedMean(ma, Math.sqrt(window), window);
    }

    /** {@code hma(series, window, min_periods)}: {@link #hma(Series, int)} with every window's min_periods given. */
    public Series hma(final Series series, final int window, final int minPeriods)
    {
        final Series ma = rollingWeightedMean(series, window / 2.0, minPeriods).mul(2.0)
            .sub(rollingWeightedMean(series, window, minPeriods));
        return rollingWeightedMean(ma, Math.sqrt(window), minPeriods);
    }

    /**
     * {@code zlema(series, window)}: Ehlers' zero-lag EMA, {@code wma(2 * series - series.shift(lag), lag,
     * min_periods=window)} with {@code lag = (window - 1) // 2}.
     */
    public Series zlema(final Series series, final int window)
    {
        return zlema(series, window, window);
    }

    /** {@code zlema(series, window, min_periods)}. */
    public Series zlema(final Series series, final int window, final int minPeriods)
    {
        final int lag = zeroLag(window);
        return rollingWeightedMean(zeroLagInput(series, lag), lag, minPeriods);
    }

    /**
     * {@code zlsma(series, window, min_periods)}: {@code sma(2 * series - series.shift(lag), lag, min_periods)}.
     * Without {@code min_periods} it is {@code window}, more than the window of {@code lag} rows, which pandas
     * refuses; so there is no overload without it.
     */
    public Series zlsma(final Series series, final int window, final int minPeriods)
    {
        final int lag = zeroLag(window);
        return rollingMean(zeroLagInput(series, lag), lag, minPeriods);
    }

    /** {@code zlhma(series, window)}: {@code hma(2 * series - series.shift(lag), lag, min_periods=window)}. */
    public Series zlhma(final Series series, final int window)
    {
        return zlhma(series, window, window);
    }

    /** {@code zlhma(series, window, min_periods)}. */
    public Series zlhma(final Series series, final int window, final int minPeriods)
    {
        final int lag = zeroLag(window);
        return hma(zeroLagInput(series, lag), lag, minPeriods);
    }

    /**
     * {@code zlma(series, window, min_periods, kind)}: the zero-lag average of that kind, {@code "ema"} or
     * {@code "ewm"} as {@link #zlema}, {@code "hma"} as {@link #zlhma}, any other as {@link #zlsma} (qtpylib's
     * fallback).
     */
    public Series zlma(final Series series, final int window, final int minPeriods, final String kind)
    {
        switch (kind)
        {
            case "ema":
            case "ewm":
                return zlema(series, window, minPeriods);
            case "hma":
                return zlhma(series, window, minPeriods);
            default:
                return zlsma(series, window, minPeriods);
        }
    }

    private static int zeroLag(final int window)
    {
        if (window < 3)
        {
            throw new IllegalArgumentException("zero-lag averages need window >= 3 (lag (window - 1) // 2 >= 1), " +
                "window=" + window);
        }
        return (window - 1) / 2;
    }

    private static Series zeroLagInput(final Series series, final int lag)
    {
        return series.mul(2.0).sub(series.shift(lag));
    }

    /**
     * {@code tdi(series, rsi_lookback, rsi_smooth_len, rsi_signal_len, bb_lookback, bb_std)}: the Traders Dynamic
     * Index, qtpylib's {@link #rsi} with its {@link #sma} smoothings and {@link #bollingerBands} over it.
     *
     * @return columns {@code rsi}, {@code rsi_signal}, {@code rsi_smooth}, {@code rsi_bb_upper},
     * {@code rsi_bb_lower}, {@code rsi_bb_mid}.
     */
    public DataFrame tdi(final Series series, final int rsiLookback, final int rsiSmoothLength,
        final int rsiSignalLength, final int bbLookback, final double bbStds)
    {
        final Series rsi = rsi(series, rsiLookback);
        final DataFrame bands = bollingerBands(rsi, bbLookback, bbStds);
        return DataFrame.ofColumns(
            List.of("rsi", "rsi_signal", "rsi_smooth", "rsi_bb_upper", "rsi_bb_lower", "rsi_bb_mid"),
            List.of(rsi, sma(rsi, rsiSignalLength), sma(rsi, rsiSmoothLength), bands.get("upper"),
                bands.get("lower"), bands.get("mid")));
    }

    /** {@code tdi(series)}: lookback 13, smoothing 2, signal 7, bands of 34 rows at 1.6185 deviations. */
    public DataFrame tdi(final Series series)
    {
        return tdi(series, 13, 2, 7, 34, 1.6185);
    }

    /** {@code hull_moving_average(series, window)}: {@link #hma}. */
    public Series hullMovingAverage(final Series series, final int window)
    {
        return hma(series, window);
    }

    /** {@code hull_moving_average(series, window, min_periods)}: {@link #hma(Series, int, int)}. */
    public Series hullMovingAverage(final Series series, final int window, final int minPeriods)
    {
        return hma(series, window, minPeriods);
    }

    // bands and channels

    /**
     * {@code bollinger_bands(series, window, stds)}: {@code mid} the rolling mean, {@code upper}/{@code lower}
     * {@code mid ± std * stds}, both windows with {@code min_periods=1} (so pandas' rolling: the head rows use the
     * rows seen so far, and the deviation (ddof 1) of a single row is NaN).
     *
     * @return columns {@code upper}, {@code mid}, {@code lower}.
     */
    public DataFrame bollingerBands(final Series series, final int window, final double stds)
    {
        final Series mid = rollingMean(series, window, 1);
        final Series std = rollingStd(series, window, 1);
        return frame(List.of("upper", "mid", "lower"), mid.add(std.mul(stds)), mid, mid.sub(std.mul(stds)));
    }

    /**
     * {@code weighted_bollinger_bands(series, window, stds)}: {@code mid = rolling_weighted_mean(window)},
     * {@code ± rolling_std(window) * stds}.
     *
     * @return columns {@code upper}, {@code mid}, {@code lower}.
     */
    public DataFrame weightedBollingerBands(final Series series, final int window, final double stds)
    {
        final Series ema = rollingWeightedMean(series, window, window);
        final Series std = rollingStd(series, window);
        return frame(List.of("upper", "mid", "lower"), ema.add(std.mul(stds)), ema, ema.sub(std.mul(stds)));
    }

    /**
     * {@code keltner_channel(bars, window, atrs)}: {@code mid = rolling_mean(typical_price, window)},
     * {@code ± atr(bars, window) * atrs}.
     *
     * @return columns {@code upper}, {@code mid}, {@code lower}.
     */
    public DataFrame keltnerChannel(final DataFrame bars, final int window, final double atrs)
    {
        final Series mid = rollingMean(typicalPrice(bars), window);
        final Series atr = atr(bars, window).mul(atrs);
        return frame(List.of("upper", "mid", "lower"), mid.add(atr), mid, mid.sub(atr));
    }

    /** {@code keltner_channel(bars)}: window 14, 2 ATRs. */
    public DataFrame keltnerChannel(final DataFrame bars)
    {
        return keltnerChannel(bars, 14, 2);
    }

    // volatility

    /**
     * {@code true_range(bars)}: the row max of {@code high - low}, {@code |high - close.shift(1)|},
     * {@code |low - close.shift(1)|}, NaN skipped (row 0 is {@code high - low}).
     */
    public Series trueRange(final DataFrame bars)
    {
        final double[] hl = bars.get("high").sub(bars.get("low")).values();
        final double[] hc = bars.get("high").sub(bars.get("close").shift(1)).abs().values();
        final double[] lc = bars.get("low").sub(bars.get("close").shift(1)).abs().values();
        final double[] out = new double[hl.length];
        for (int i = 0; i < out.length; i++)
        {
            out[i] = rowExtreme(true, hl[i], hc[i], lc[i]);
        }
        return series(out);
    }

    /** {@code atr(bars, window)}: {@code rolling_mean(true_range, window)}. */
    public Series atr(final DataFrame bars, final int window)
    {
        return rollingMean(trueRange(bars), window);
    }

    /** {@code atr(bars, window, exp)}: with {@code exp}, {@code rolling_weighted_mean(true_range, window)}. */
    public Series atr(final DataFrame bars, final int window, final boolean exp)
    {
        return exp ? rollingWeightedMean(trueRange(bars), window, window) : atr(bars, window);
    }

    /**
     * {@code chopiness(bars, window)}: {@code 100 * log10(sum(true_range, window) / (max(high) - min(low))) /
     * log10(window)}, pandas windows.
     */
    public Series chopiness(final DataFrame bars, final int window)
    {
        final double[] ratio = trueRange(bars).rolling(window).sum()
            .div(bars.get("high").rolling(window).max().sub(bars.get("low").rolling(window).min())).values();
        final double[] out = new double[ratio.length];
        final double scale = Math.log10(window);
        for (int i = 0; i < out.length; i++)
        {
            out[i] = 100 * Math.log10(ratio[i]) / scale;
        }
        return series(out);
    }

    /** {@code zscore(bars, window, stds, col)}: {@code (x - numpy mean) / (numpy std * stds)} over the window. */
    public Series zscore(final DataFrame bars, final int window, final double stds, final String column)
    {
        final Series x = bars.get(column);
        final Series std = series(NumpyReductions.rollingStd(x.values(), window));
        final Series mean = series(NumpyReductions.rollingMean(x.values(), window));
        return x.sub(mean).div(std.mul(stds));
    }

    /** {@code zscore(bars)}: window 20, 1 deviation, close. */
    public Series zscore(final DataFrame bars)
    {
        return zscore(bars, 20, 1, "close");
    }

    // momentum

    /**
     * {@code rsi(series, window)}: qtpylib's own RSI: averages of gains and losses seeded from the first
     * {@code window + 1} differences (sum / window), then {@code avg = (avg * (window - 1) + x) / window}; rows
     * before {@code window} repeat the seed's value. Not TA-Lib's RSI.
     */
    public Series rsi(final Series series, final int window)
    {
        final double[] x = series.values();
        final int n = x.length;
        final double[] seedUps = new double[Math.min(window + 1, Math.max(n - 1, 0))];
        final double[] seedDowns = new double[seedUps.length];
        int ups = 0;
        int downs = 0;
        for (int i = 0; i < seedUps.length; i++)
        {
            final double delta = x[i + 1] - x[i];
            if (delta > 0)
            {
                seedUps[ups++] = delta;
            }
            else if (delta < 0)
            {
                seedDowns[downs++] = delta;
            }
        }
        // numpy sums the selected values: seed[seed > 0].sum() / window, -seed[seed < 0].sum() / window
        double up = PyMath.sum(seedUps, 0, ups) / window;
        double down = -PyMath.sum(seedDowns, 0, downs) / window;
        final double[] out = new double[n];
        final double first = 100.0 - 100.0 / (1.0 + up / down);
        for (int i = 0; i < Math.min(window, n); i++)
        {
            out[i] = first;
        }
        for (int i = window; i < n; i++)
        {
            final double delta = x[i] - x[i - 1];
            final double upValue = delta > 0 ? delta : 0;
            final double downValue = delta > 0 ? 0 : -delta;
            up = (up * (window - 1) + upValue) / window;
            down = (down * (window - 1.0) + downValue) / window;
            out[i] = 100.0 - 100.0 / (1.0 + up / down);
        }
        return series(out);
    }

    /** {@code rsi(series)}: window 14. */
    public Series rsi(final Series series)
    {
        return rsi(series, 14);
    }

    /**
     * {@code macd(series, fast, slow, smooth)}: {@code rwm(fast) - rwm(slow)}, its {@code rwm(smooth)} signal and
     * the difference (qtpylib's defaults are 3, 10, 16).
     *
     * @return columns {@code macd}, {@code signal}, {@code histogram}.
     */
    public DataFrame macd(final Series series, final int fast, final int slow, final int smooth)
    {
        final Series line = rollingWeightedMean(series, fast, fast).sub(rollingWeightedMean(series, slow, slow));
        final Series signal = rollingWeightedMean(line, smooth, smooth);
        return frame(List.of("macd", "signal", "histogram"), line, signal, line.sub(signal));
    }

    /** {@code roc(series, window)}: {@code (x - x.shift(window)) / x.shift(window)}. */
    public Series roc(final Series series, final int window)
    {
        return series.sub(series.shift(window)).div(series.shift(window));
    }

    /**
     * {@code cci(bars, window)} as qtpylib writes it: {@code (tp - rolling_mean(tp)) / (0.015 * np.std(mean))}, the
     * deviation taken once over the whole mean series. numpy hands that to pandas' {@code Series.std(ddof=0)},
     * which skips NaN and (with bottleneck installed, as Freqtrade's images have it) sums one value after another:
     * {@code mean = sum / count}, {@code std = sqrt(sum((x - mean)²) / count)}. So every row depends on the whole
     * series, future rows included; TA-Lib's {@code ta.CCI} is the usual indicator.
     */
    public Series cci(final DataFrame bars, final int window)
    {
        final Series price = typicalPrice(bars);
        final Series mean = rollingMean(price, window);
        return price.sub(mean).div(0.015 * seriesStd(mean.values()));
    }

    private static double seriesStd(final double[] values)
    {
        final double[] present = new double[values.length];
        int count = 0;
        for (final double v : values)
        {
            if (!Double.isNaN(v))
            {
                present[count++] = v;
            }
        }
        return PyMath.std(present, count, 0);
    }

    /**
     * {@code stoch(df, window, d, k, fast)}: {@code fast_k = 100 * (close - min(low)) / (max(high) - min(low))}
     * over {@code window}, {@code fast_d} its {@code d} mean; slow: {@code slow_k} the {@code k} mean of fast_k,
     * {@code slow_d} its {@code d} mean (pandas windows).
     *
     * @return columns {@code fast_k}, {@code fast_d} when fast, else {@code slow_k}, {@code slow_d}.
     */
    public DataFrame stoch(final DataFrame bars, final int window, final int d, final int k, final boolean fast)
    {
        final Series max = bars.get("high").rolling(window).max();
        final Series min = bars.get("low").rolling(window).min();
        final Series fastK = bars.get("close").sub(min).mul(100).div(max.sub(min));
        if (fast)
        {
            return frame(List.of("fast_k", "fast_d"), fastK, fastK.rolling(d).mean());
        }
        final Series slowK = fastK.rolling(k).mean();
        return frame(List.of("slow_k", "slow_d"), slowK, slowK.rolling(d).mean());
    }

    /** {@code stoch(df)}: window 14, d 3, k 3, slow. */
    public DataFrame stoch(final DataFrame bars)
    {
        return stoch(bars, 14, 3, 3, false);
    }

    /**
     * {@code awesome_oscillator(df, weighted, fast, slow)} of the mid price {@code (high + low) / 2}: numpy window
     * means {@code fast - slow}, or when weighted pandas {@code ewm(com=fast) - ewm(com=slow)} (qtpylib passes the
     * periods positionally, which pandas reads as the centre of mass).
     */
    public Series awesomeOscillator(final DataFrame bars, final boolean weighted, final int fast, final int slow)
    {
        final Series mid = bars.get("high").add(bars.get("low")).div(2);
        if (weighted)
        {
            return Ewm.ofCom(mid, fast, true).mean().sub(Ewm.ofCom(mid, slow, true).mean());
        }
        return series(NumpyReductions.rollingMean(mid.values(), fast))
            .sub(series(NumpyReductions.rollingMean(mid.values(), slow)));
    }

    /** {@code awesome_oscillator(df)}: not weighted, 5 and 34. */
    public Series awesomeOscillator(final DataFrame bars)
    {
        return awesomeOscillator(bars, false, 5, 34);
    }

    // volume

    /**
     * {@code vwap(bars)}: Freqtrade's qtpylib refuses it (it looks ahead over the whole series) and so does this.
     *
     * @throws UnsupportedOperationException always, with qtpylib's advice.
     */
    public Series vwap(final DataFrame bars)
    {
        throw new UnsupportedOperationException("using `qtpylib.vwap` facilitates lookahead bias. Please use " +
            "`qtpylib.rollingVwap` instead, which calculates vwap in a rolling manner.");
    }

    /**
     * {@code rolling_vwap(bars, window, min_periods)}: {@code sum(volume * typical) / sum(volume)} over pandas
     * windows, infinities as NaN, then forward-filled.
     */
    public Series rollingVwap(final DataFrame bars, final int window, final int minPeriods)
    {
        final Series typical = bars.get("high").add(bars.get("low")).add(bars.get("close")).div(3);
        final Series volume = bars.get("volume");
        final double[] ratio = volume.mul(typical).rolling(window, minPeriods).sum()
            .div(volume.rolling(window, minPeriods).sum()).values().clone();
        for (int i = 0; i < ratio.length; i++)
        {
            ratio[i] = Double.isInfinite(ratio[i]) ? Double.NaN : ratio[i];
        }
        return series(ratio).ffill();
    }

    /** {@code rolling_vwap(bars, window)}: {@code min_periods = window}. */
    public Series rollingVwap(final DataFrame bars, final int window)
    {
        return rollingVwap(bars, window, window);
    }

    /** {@code pvt(bars)}: price volume trend, the running sum of {@code (close - prev) / prev * volume}. */
    public Series pvt(final DataFrame bars)
    {
        final Series close = bars.get("close");
        return close.sub(close.shift(1)).div(close.shift(1)).mul(bars.get("volume")).cumsum();
    }

    // returns

    /** {@code returns(series)}: {@code x / x.shift(1) - 1}, infinities as NaN. */
    public Series returns(final Series series)
    {
        return finiteOrNaN(series.div(series.shift(1)).sub(1));
    }

    /** {@code log_returns(series)}: {@code log(x / x.shift(1))}, infinities as NaN. */
    public Series logReturns(final Series series)
    {
        final double[] ratio = series.div(series.shift(1)).values();
        final double[] out = new double[ratio.length];
        for (int i = 0; i < out.length; i++)
        {
            out[i] = Math.log(ratio[i]);
        }
        return finiteOrNaN(series(out));
    }

    private Series finiteOrNaN(final Series series)
    {
        final double[] out = series.values().clone();
        for (int i = 0; i < out.length; i++)
        {
            out[i] = Double.isInfinite(out[i]) ? Double.NaN : out[i];
        }
        return series(out);
    }

    /**
     * {@code implied_volatility(series, window)}: the numpy rolling deviation (ddof 1) of {@link #logReturns} times
     * {@code sqrt(window)}. qtpylib catches any failure and answers NaN rows, so a window outside
     * {@code [1, rows]} (where numpy's window view fails) gives all NaN here too.
     */
    public Series impliedVolatility(final Series series, final int window)
    {
        if (window < 1 || window > series.size())
        {
            return nans(series.size());
        }
        final double[] out = NumpyReductions.rollingStd(logReturns(series).values(), window);
        final double scale = Math.sqrt(window);
        for (int i = 0; i < out.length; i++)
        {
            out[i] *= scale;
        }
        return series(out);
    }

    /** {@code implied_volatility(series)}: window 252. */
    public Series impliedVolatility(final Series series)
    {
        return impliedVolatility(series, 252);
    }

    /** {@code nans(length)}: a series of NaN. */
    public Series nans(final int length)
    {
        final double[] out = new double[length];
        Arrays.fill(out, Double.NaN);
        return series(out);
    }

    // sessions

    /**
     * {@code session(df, start, end)}: the rows from the start of the session the last row is in; the times are the
     * {@code date} column where qtpylib reads a {@code DatetimeIndex}. Rule and quirks in {@link QtpylibSession}.
     *
     * @param bars  a frame with a {@code date} column (epoch ms, UTC).
     * @param start the session's start, {@code HH:MM[:SS]}.
     * @param end   the session's end, {@code HH:MM[:SS]}.
     * @return a new frame of every column, the session's rows only (the same frame when it has no rows).
     */
    public DataFrame session(final DataFrame bars, final String start, final String end)
    {
        return QtpylibSession.session(bars, start, end);
    }

    /** {@code session(df)}: a 17:00 to 16:00 (next day) session, as globex futures. */
    public DataFrame session(final DataFrame bars)
    {
        return session(bars, "17:00", "16:00");
    }

    FrameContext context()
    {
        return context;
    }
}
