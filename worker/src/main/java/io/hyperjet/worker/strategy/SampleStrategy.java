package io.hyperjet.worker.strategy;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;

/**
 * Built-in port of the logic of Freqtrade's sample strategy: RSI(14), Bollinger bands (20, 2) on the typical price,
 * TEMA(9).
 * <ul>
 * <li>enter long: RSI crosses above {@code buy_rsi}, TEMA at or below the middle band, TEMA rising, volume > 0;</li>
 * <li>exit long: RSI crosses above {@code sell_rsi}, TEMA above the middle band, TEMA falling, volume > 0;</li>
 * <li>enter short: RSI crosses above {@code short_rsi}, TEMA above the middle band, TEMA falling, volume > 0;</li>
 * <li>exit short: RSI crosses above {@code exit_short_rsi}, TEMA at or below the middle band, TEMA rising,
 * volume > 0.</li>
 * </ul>
 * Short signals are always computed; the backtester ignores them unless shorting is enabled.
 */
public final class SampleStrategy extends Strategy
{
    final IntParameter buyRsi = new IntParameter(10, 40, 30, "buy");
    final IntParameter exitShortRsi = new IntParameter(1, 50, 30, "buy");
    final IntParameter sellRsi = new IntParameter(60, 90, 70, "sell");
    final IntParameter shortRsi = new IntParameter(51, 100, 70, "sell");

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
        final double[] close = frame.close().toArray();
        out.put("rsi", ta().rsi(close, 14));

        final double[] typical = new double[n];
        for (int i = 0; i < n; i++)
        {
            typical[i] = (frame.high().get(i) + frame.low().get(i) + close[i]) / 3.0;
        }
        final double[] middle = ops().rollingMean(typical, 20, new double[n]);
        final double[] std = ops().rollingStd(typical, 20, new double[n]);
        final double[] upper = new double[n];
        final double[] lower = new double[n];
        for (int i = 0; i < n; i++)
        {
            upper[i] = middle[i] + 2.0 * std[i];
            lower[i] = middle[i] - 2.0 * std[i];
        }
        out.put("bb_lowerband", lower);
        out.put("bb_middleband", middle);
        out.put("bb_upperband", upper);
        out.put("tema", ta().tema(close, 9));
    }

    @Override
    protected void populateEntryTrend(final PairFrame frame, final Signals signals)
    {
        conditions(frame, buyRsi.value(), true, signals.enterLong());
        conditions(frame, shortRsi.value(), false, signals.enterShort());
    }

    @Override
    protected void populateExitTrend(final PairFrame frame, final Signals signals)
    {
        conditions(frame, sellRsi.value(), false, signals.exitLong());
        conditions(frame, exitShortRsi.value(), true, signals.exitShort());
    }

    /**
     * {@code crossed_above(rsi, level) & (tema <= mid if below else tema > mid) & (tema rising if below else
     * falling) & (volume > 0)}, one pass.
     */
    private static void conditions(final PairFrame frame, final int level, final boolean below, final byte[] codes)
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
