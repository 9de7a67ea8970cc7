import java.util.HashMap;
import java.util.Map;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.backtest.Trade;
import io.hyperjet.worker.signal.Signals;
import io.hyperjet.worker.strategy.DecimalParameter;
import io.hyperjet.worker.strategy.IndicatorColumns;
import io.hyperjet.worker.strategy.IntParameter;
import io.hyperjet.worker.strategy.Strategy;

/**
 * The Java port of py_guarded.py's PyGuarded: JavaMomentum's signals plus the same three callbacks; where PyGuarded
 * reads the last row of dp.get_analyzed_dataframe, this reads the row before the current candle.
 */
public final class JavaGuarded extends Strategy
{
    private final Map<String, PairFrame> frames = new HashMap<>();
    final IntParameter buyPeriod = new IntParameter(3, 12, 6, "buy");
    final DecimalParameter buyRatio = new DecimalParameter(0.0, 0.02, 0.004, 3, "buy");
    final DecimalParameter sellRatio = new DecimalParameter(0.0, 0.03, 0.012, 3, "sell");

    public JavaGuarded()
    {
        timeframe = "5m";
        minimalRoi = roi(60, 0.01, 30, 0.02, 0, 0.04);
        stoploss = -0.10;
        startupCandleCount = 20;
        useCustomStoploss = true;
    }

    @Override
    protected void populateIndicators(final PairFrame frame, final IndicatorColumns out)
    {
        final int rows = frame.rows();
        for (final int n : buyPeriod.range())
        {
            final double[] mom = new double[rows];
            for (int i = 0; i < rows; i++)
            {
                mom[i] = i < n ? Double.NaN : frame.close().get(i) - frame.close().get(i - n);
            }
            out.put("mom_" + n, mom);
        }
        final double[] spread = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            spread[i] = frame.high().get(i) - frame.low().get(i);
        }
        out.put("spread", spread);
    }

    @Override
    protected void populateEntryTrend(final PairFrame frame, final Signals signals)
    {
        frames.put(frame.pair(), frame);
        final DoubleColumn mom = column(frame, "mom_" + buyPeriod.value());
        final double ratio = buyRatio.value();
        final String[] tags = new String[frame.rows()];
        java.util.Arrays.fill(tags, "");
        boolean tagged = false;
        for (int i = 1; i < frame.rows(); i++)
        {
            final double level = frame.close().get(i) * ratio;
            final double previousLevel = frame.close().get(i - 1) * ratio;
            if (mom.get(i) > level && mom.get(i - 1) <= previousLevel && frame.volume().get(i) > 0)
            {
                signals.enterLong()[i] = Signals.ONE;
                tags[i] = "mom";
                tagged = true;
            }
        }
        signals.enterTag(tagged ? tags : null);
    }

    @Override
    protected void populateExitTrend(final PairFrame frame, final Signals signals)
    {
        final DoubleColumn spread = column(frame, "spread");
        final double ratio = sellRatio.value();
        for (int i = 0; i < frame.rows(); i++)
        {
            if (spread.get(i) > frame.close().get(i) * ratio && frame.volume().get(i) > 0)
            {
                signals.exitLong()[i] = Signals.ONE;
            }
        }
    }

    @Override
    protected double customStoploss(
        final String pair, final Trade trade, final long timeMs, final double currentRate, final double currentProfit)
    {
        if (currentProfit > 0.01)
        {
            return -0.005;
        }
        return timeMs - trade.openTimeMs > 3_600_000L ? -0.03 : Double.NaN;
    }

    @Override
    protected String customExit(
        final String pair, final Trade trade, final long timeMs, final double currentRate, final double currentProfit)
    {
        if (currentProfit < -0.02 && trade.maxRate < trade.openRate * 1.002)
        {
            return "cut";
        }
        final PairFrame frame = frames.get(pair);
        int row = 0;
        while (frame.date().get(row) < timeMs)
        {
            row++;
        }
        final double mom = column(frame, "mom_" + buyPeriod.value()).get(row - 1);
        if (mom < -frame.close().get(row - 1) * 0.01)
        {
            return "mom_down";
        }
        return timeMs - trade.openTimeMs >= 6 * 3_600_000L ? "" : null;
    }

    @Override
    protected boolean confirmTradeEntry(final String pair, final double amount, final double rate, final long timeMs,
        final String entryTag, final boolean isShort)
    {
        return (timeMs / 60_000L) % 60 != 0 && amount * rate <= 1000 && "mom".equals(entryTag) && !isShort;
    }
}
