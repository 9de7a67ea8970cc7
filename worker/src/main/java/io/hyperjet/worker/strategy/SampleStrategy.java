package io.hyperjet.worker.strategy;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.frame.DataFrame;
import io.hyperjet.worker.frame.FrameStrategy;
import io.hyperjet.worker.frame.Metadata;
import io.hyperjet.worker.frame.Series;
import io.hyperjet.worker.indicator.Indicators;

/**
 * Built-in port of Freqtrade 2024.10's {@code templates/sample_strategy.py} ({@code SampleStrategy}, interface
 * version 3), so its results compare one to one with Freqtrade's; written in the column API
 * ({@link FrameStrategy}) line for line as the Python template, and the worked example of {@code docs/strategies.md}.
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
 * 2 deviations), {@code bb_percent = (close - lower) / (upper - lower)}, {@code bb_width = (upper - lower) / middle},
 * {@code sar} SAR(0.02, 0.2), {@code tema} TEMA(9), and {@code htsine}/{@code htleadsine} HT_SINE.
 * <p>
 * Signals ({@code crossed_above(a, b)} = {@code a > b} now and {@code a <= b} on the previous candle):
 * <ul>
 * <li>enter long: RSI crosses above {@code buy_rsi}, TEMA at or below the middle band, TEMA rising, volume > 0;</li>
 * <li>enter short: RSI crosses above {@code short_rsi}, TEMA above the middle band, TEMA falling, volume > 0;</li>
 * <li>exit long: RSI crosses above {@code sell_rsi}, TEMA above the middle band, TEMA falling, volume > 0;</li>
 * <li>exit short: RSI crosses above {@code exit_short_rsi}, TEMA at or below the middle band, TEMA rising,
 * volume > 0.</li>
 * </ul>
 * The crossing masks start each epoch's selection (memoized per level with {@code numpy_optimizations}), so an
 * epoch visits only the rows where the RSI crosses the level. Short signals are computed only when the strategy can
 * short ({@code can_short}): otherwise no backtest reads them (a run with shorts needs {@code can_short} and a
 * non-spot trading mode, backtest-semantics.md 2.3), so an epoch skips half the signal work and leaves the short
 * columns unset, and {@code short_rsi} / {@code exit_short_rsi} are not read, which lets the signal cache key on
 * {@code buy_rsi} and {@code sell_rsi} alone. Freqtrade's template fills the short columns either way; its backtest
 * ignores them the same way.
 */
public final class SampleStrategy extends FrameStrategy
{
    final IntParameter buyRsi = new IntParameter(1, 50, 30, "buy", true, true);
    final IntParameter sellRsi = new IntParameter(50, 100, 70, "sell", true, true);
    final IntParameter shortRsi = new IntParameter(51, 100, 70, "sell", true, true);
    final IntParameter exitShortRsi = new IntParameter(1, 50, 30, "buy", true, true);

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
    protected void populateIndicators(final DataFrame df, final Metadata md)
    {
        final PairFrame candles = df.pairFrame();
        df.set("adx", new Series(ta().adx(candles, 14)));
        df.set("rsi", new Series(ta().rsi(candles, 14)));
        final Indicators.Stoch stochFast = ta().stochf(candles);
        df.set("fastd", new Series(stochFast.d()));
        df.set("fastk", new Series(stochFast.k()));
        final Indicators.Macd macd = ta().macd(candles);
        df.set("macd", new Series(macd.macd()));
        df.set("macdsignal", new Series(macd.signal()));
        df.set("macdhist", new Series(macd.hist()));
        df.set("mfi", new Series(ta().mfi(candles, 14)));

        final DataFrame bollinger = qtpylib.bollingerBands(qtpylib.typicalPrice(df), 20, 2);
        df.set("bb_lowerband", bollinger.get("lower"));
        df.set("bb_middleband", bollinger.get("mid"));
        df.set("bb_upperband", bollinger.get("upper"));
        df.set("bb_percent", df.get("close").sub(df.get("bb_lowerband"))
            .div(df.get("bb_upperband").sub(df.get("bb_lowerband"))));
        df.set("bb_width", df.get("bb_upperband").sub(df.get("bb_lowerband")).div(df.get("bb_middleband")));

        df.set("sar", new Series(ta().sar(candles)));
        df.set("tema", new Series(ta().tema(candles, 9)));
        final Indicators.Sine hilbert = ta().htSine(candles);
        df.set("htsine", new Series(hilbert.sine()));
        df.set("htleadsine", new Series(hilbert.leadSine()));
    }

    @Override
    protected void populateEntryTrend(final DataFrame df, final Metadata md)
    {
        df.loc(qtpylib.crossedAbove(df.get("rsi"), buyRsi.value())
                .and(df.get("tema").le(df.get("bb_middleband")))
                .and(df.get("tema").gt(df.get("tema").shift(1)))
                .and(df.get("volume").gt(0)),
            "enter_long", 1);
        if (canShort())
        {
            df.loc(qtpylib.crossedAbove(df.get("rsi"), shortRsi.value())
                    .and(df.get("tema").gt(df.get("bb_middleband")))
                    .and(df.get("tema").lt(df.get("tema").shift(1)))
                    .and(df.get("volume").gt(0)),
                "enter_short", 1);
        }
    }

    @Override
    protected void populateExitTrend(final DataFrame df, final Metadata md)
    {
        df.loc(qtpylib.crossedAbove(df.get("rsi"), sellRsi.value())
                .and(df.get("tema").gt(df.get("bb_middleband")))
                .and(df.get("tema").lt(df.get("tema").shift(1)))
                .and(df.get("volume").gt(0)),
            "exit_long", 1);
        if (canShort())
        {
            df.loc(qtpylib.crossedAbove(df.get("rsi"), exitShortRsi.value())
                    .and(df.get("tema").le(df.get("bb_middleband")))
                    .and(df.get("tema").gt(df.get("tema").shift(1)))
                    .and(df.get("volume").gt(0)),
                "exit_short", 1);
        }
    }
}
