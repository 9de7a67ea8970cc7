package io.hyperjet.worker.strategy;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.array.CrossingRows;
import io.hyperjet.worker.indicator.Indicators;
import io.hyperjet.worker.indicator.Qtpylib;
import io.hyperjet.worker.signal.Signals;

/**
 * Built-in port of Freqtrade 2024.10's {@code templates/sample_strategy.py} ({@code SampleStrategy}, interface
 * version 3), so its results compare one to one with Freqtrade's.
 * <p>
 * Attributes as in the template: ROI {@code {"60": 0.01, "30": 0.02, "0": 0.04}}, stoploss -0.10, no trailing
 * stop, timeframe 5m, {@code can_short = False}, {@code use_exit_signal = True}, {@code exit_profit_only = False},
 * {@code ignore_roi_if_entry_signal = False}, 200 startup candles. The template's limit entry/exit orders, market
 * stoploss without {@code stoploss_on_exchange} and GTC time in force are what a backtest assumes anyway, and
 * {@code process_only_new_candles} does not apply to a backtest.
 * <p>
 * Parameters (all {@code optimize=True, load=True}): {@code buy_rsi} 1..50 (30) and {@code exit_short_rsi} 1..50
 * (30) in space buy, {@code sell_rsi} 50..100 (70) and {@code short_rsi} 51..100 (70) in space sell.
 * <p>
 * Indicators, TA-Lib defaults unless given: {@code adx} ADX(14), {@code rsi} RSI(14), {@code fastd}/{@code fastk}
 * STOCHF(5, 3), {@code macd}/{@code macdsignal}/{@code macdhist} MACD(12, 26, 9), {@code mfi} MFI(14), Bollinger
 * bands {@code bb_lowerband}/{@code bb_middleband}/{@code bb_upperband} of qtpylib on the typical price (window 20,
 * 2 deviations; see {@link Qtpylib#bollingerBands}), {@code bb_percent = (close - lower) / (upper - lower)},
 * {@code bb_width = (upper - lower) / middle}, {@code sar} SAR(0.02, 0.2), {@code tema} TEMA(9), and
 * {@code htsine}/{@code htleadsine} HT_SINE.
 * <p>
 * Signals ({@code crossed_above(a, b)} = {@code a > b} now and {@code a <= b} on the previous candle):
 * <ul>
 * <li>enter long: RSI crosses above {@code buy_rsi}, TEMA at or below the middle band, TEMA rising, volume > 0;</li>
 * <li>enter short: RSI crosses above {@code short_rsi}, TEMA above the middle band, TEMA falling, volume > 0;</li>
 * <li>exit long: RSI crosses above {@code sell_rsi}, TEMA above the middle band, TEMA falling, volume > 0;</li>
 * <li>exit short: RSI crosses above {@code exit_short_rsi}, TEMA at or below the middle band, TEMA rising,
 * volume > 0.</li>
 * </ul>
 * Short signals are computed only when the strategy can short ({@code can_short}): otherwise no backtest reads
 * them (a run with shorts needs {@code can_short} and a non-spot trading mode, backtest-semantics.md 2.3), so an
 * epoch skips half the signal work and leaves the short columns unset, and {@code short_rsi} / {@code exit_short_rsi}
 * are not read, which lets the signal cache key on {@code buy_rsi} and {@code sell_rsi} alone. Freqtrade's template
 * fills the short columns either way; its backtest ignores them the same way.
 */
public final class SampleStrategy extends Strategy
{
    final IntParameter buyRsi = new IntParameter(1, 50, 30, "buy", true, true);
    final IntParameter sellRsi = new IntParameter(50, 100, 70, "sell", true, true);
    final IntParameter shortRsi = new IntParameter(51, 100, 70, "sell", true, true);
    final IntParameter exitShortRsi = new IntParameter(1, 50, 30, "buy", true, true);
    private final CrossingRows crossings = new CrossingRows();

    public SampleStrategy()
    {
        timeframe = "5m";
        minimalRoi = roi(60, 0.01, 30, 0.02, 0, 0.04);
        stoploss = -0.10;
        trailingStop = false;
        useExitSignal = true;
        exitProfitOnly = false;
        ignoreRoiIfEntrySignal = false;
        canShort = false;
        startupCandleCount = 200;
    }

    @Override
    protected void populateIndicators(final PairFrame frame, final IndicatorColumns out)
    {
        final int n = frame.rows();
        out.put("adx", ta().adx(frame, 14));
        out.put("rsi", ta().rsi(frame, 14));
        final Indicators.Stoch stochFast = ta().stochf(frame);
        out.put("fastd", stochFast.d());
        out.put("fastk", stochFast.k());
        final Indicators.Macd macd = ta().macd(frame);
        out.put("macd", macd.macd());
        out.put("macdsignal", macd.signal());
        out.put("macdhist", macd.hist());
        out.put("mfi", ta().mfi(frame, 14));

        final Indicators.Bands bands = Qtpylib.bollingerBands(Qtpylib.typicalPrice(frame), 20, 2.0, ops());
        final double[] lower = bands.lower();
        final double[] middle = bands.middle();
        final double[] upper = bands.upper();
        final double[] percent = new double[n];
        final double[] width = new double[n];
        for (int i = 0; i < n; i++)
        {
            percent[i] = (frame.close().get(i) - lower[i]) / (upper[i] - lower[i]);
            width[i] = (upper[i] - lower[i]) / middle[i];
        }
        out.put("bb_lowerband", lower);
        out.put("bb_middleband", middle);
        out.put("bb_upperband", upper);
        out.put("bb_percent", percent);
        out.put("bb_width", width);

        out.put("sar", ta().sar(frame));
        out.put("tema", ta().tema(frame, 9));
        final Indicators.Sine hilbert = ta().htSine(frame);
        out.put("htsine", hilbert.sine());
        out.put("htleadsine", hilbert.leadSine());
    }

    @Override
    protected void populateEntryTrend(final PairFrame frame, final Signals signals)
    {
        conditions(frame, buyRsi.value(), true, signals.enterLong());
        if (canShort())
        {
            conditions(frame, shortRsi.value(), false, signals.enterShort());
        }
    }

    @Override
    protected void populateExitTrend(final PairFrame frame, final Signals signals)
    {
        conditions(frame, sellRsi.value(), false, signals.exitLong());
        if (canShort())
        {
            conditions(frame, exitShortRsi.value(), true, signals.exitShort());
        }
    }

    /**
     * {@code crossed_above(rsi, level) & (tema <= mid if below else tema > mid) & (tema rising if below else
     * falling) & (volume > 0)}. With the array optimizations on (the default) only the rows where the RSI crosses the
     * level are visited, from {@link CrossingRows}; otherwise one pass over every row. Both set the same codes.
     */
    private void conditions(final PairFrame frame, final int level, final boolean below, final byte[] codes)
    {
        if (!ops().isOptimized())
        {
            allRows(frame, level, below, codes);
            return;
        }
        final DoubleColumn tema = column(frame, "tema");
        final DoubleColumn middle = column(frame, "bb_middleband");
        final DoubleColumn volume = frame.volume();
        for (final int i : crossings.above(column(frame, "rsi"), level))
        {
            if (volume.get(i) > 0.0)
            {
                final double t = tema.get(i);
                final double m = middle.get(i);
                final double temaPrevious = tema.get(i - 1);
                final boolean band = below ? t <= m : t > m;
                final boolean trend = below ? t > temaPrevious : t < temaPrevious;
                if (band && trend)
                {
                    codes[i] = Signals.ONE;
                }
            }
        }
    }

    /** {@link #conditions} row by row, the reference. */
    private static void allRows(final PairFrame frame, final int level, final boolean below, final byte[] codes)
    {
        final DoubleColumn rsi = column(frame, "rsi");
        final DoubleColumn tema = column(frame, "tema");
        final DoubleColumn middle = column(frame, "bb_middleband");
        final DoubleColumn volume = frame.volume();
        final int n = frame.rows();
        double rsiPrevious = n > 0 ? rsi.get(0) : Double.NaN;
        double temaPrevious = n > 0 ? tema.get(0) : Double.NaN;
        for (int i = 1; i < n; i++)
        {
            final double r = rsi.get(i);
            final double t = tema.get(i);
            if (r > level && rsiPrevious <= level && volume.get(i) > 0.0)
            {
                final double m = middle.get(i);
                final boolean band = below ? t <= m : t > m;
                final boolean trend = below ? t > temaPrevious : t < temaPrevious;
                if (band && trend)
                {
                    codes[i] = Signals.ONE;
                }
            }
            rsiPrevious = r;
            temaPrevious = t;
        }
    }
}
