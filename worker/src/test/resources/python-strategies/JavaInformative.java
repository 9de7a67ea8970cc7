import java.util.List;

import io.hyperjet.worker.frame.DataFrame;
import io.hyperjet.worker.frame.FrameStrategy;
import io.hyperjet.worker.frame.Metadata;
import io.hyperjet.worker.frame.informative.Informative;
import io.hyperjet.worker.frame.informative.PairTimeframe;
import io.hyperjet.worker.strategy.DecimalParameter;

/** The Java port of py_informative.py's PyInformative, line by line (same parameters, same arithmetic). */
public final class JavaInformative extends FrameStrategy
{
    final DecimalParameter buyGap = new DecimalParameter(0.0, 0.02, 0.002, 3, "buy");
    final DecimalParameter sellGap = new DecimalParameter(0.0, 0.02, 0.002, 3, "sell");

    public JavaInformative()
    {
        timeframe = "5m";
        minimalRoi = roi(0, 10);
        stoploss = -0.99;
        startupCandleCount = 0;
    }

    @Override
    protected List<PairTimeframe> informativePairs()
    {
        return List.of(PairTimeframe.of("BTC/USDT", "1h"));
    }

    @Override
    protected void populateIndicators(final DataFrame df, final Metadata md)
    {
        final DataFrame informative = dp.getPairDataframe("BTC/USDT", "1h");
        final DataFrame merged = Informative.mergeInformativePair(df, informative, timeframe, "1h", true);
        df.set("close_1h", merged.get("close_1h"));
    }

    @Override
    protected void populateEntryTrend(final DataFrame df, final Metadata md)
    {
        df.loc(df.get("close").lt(df.get("close_1h").mul(1 - buyGap.value())), "enter_long", 1);
    }

    @Override
    protected void populateExitTrend(final DataFrame df, final Metadata md)
    {
        df.loc(df.get("close").gt(df.get("close_1h").mul(1 + sellGap.value())), "exit_long", 1);
    }
}
