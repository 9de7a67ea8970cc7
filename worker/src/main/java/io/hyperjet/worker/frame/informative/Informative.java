package io.hyperjet.worker.frame.informative;

import java.util.ArrayList;
import java.util.List;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.frame.DataFrame;
import io.hyperjet.worker.frame.Series;

/**
 * Freqtrade's {@code merge_informative_pair} for Java strategies: joins informative candles (and any indicator
 * columns computed on them) to a strategy's frame without look-ahead. An informative candle is usable from its
 * close: the candle opening at {@code date} is joined to the base candle opening at
 * {@code date + informative timeframe - timeframe} (the base candle that closes with it), then repeated on the
 * following rows when {@code ffill} is set; rows before the first join are NaN. Details, including what a gap in
 * the base candles does, in {@link MergeRows}.
 * <pre>{@code
 * final DataFrame informative = dp.getPairDataframe("BTC/USDT", "1h");
 * informative.set("rsi", ta.RSI(informative, 14));
 * final DataFrame merged = Informative.mergeInformativePair(df, informative, timeframe, "1h", true);
 * df.set("rsi_1h", merged.get("rsi_1h"));
 * }</pre>
 */
public final class Informative
{
    private Informative()
    {
    }

    /**
     * Freqtrade's {@code merge_informative_pair(dataframe, informative, timeframe, timeframe_inf, ffill)} with
     * {@code append_timeframe=True}.
     *
     * @param df           the strategy's frame (needs {@code date}).
     * @param informative  the informative frame (needs {@code date}, ascending).
     * @param timeframe    the strategy's timeframe.
     * @param infTimeframe the informative timeframe, not shorter than {@code timeframe}.
     * @param ffill        repeat each joined informative row until the next one (Freqtrade's default is true).
     * @return a new frame: {@code df}'s columns, then every informative column suffixed {@code _<infTimeframe>}
     * ({@code date_1h}, {@code open_1h}, ..., {@code rsi_1h}); {@code df} itself is unchanged.
     * @throws IllegalArgumentException when the informative timeframe is the shorter one, or a suffixed name is
     * already a column of {@code df}.
     */
    public static DataFrame mergeInformativePair(final DataFrame df, final DataFrame informative,
        final String timeframe, final String infTimeframe, final boolean ffill)
    {
        final int[] rows = MergeRows.of(df.get(PairFrame.DATE).values(), informative.get(PairFrame.DATE).values(),
            timeframe, infTimeframe, ffill);
        final List<String> names = new ArrayList<>(df.columns());
        final List<Series> series = new ArrayList<>(names.size() + informative.columns().size());
        for (final String name : names)
        {
            series.add(df.get(name));
        }
        for (final String name : informative.columns())
        {
            final String merged = name + "_" + infTimeframe;
            if (names.contains(merged))
            {
                throw new IllegalArgumentException("mergeInformativePair: the frame already has a column '" + merged
                    + "'");
            }
            final double[] from = informative.get(name).values();
            final double[] to = new double[rows.length];
            for (int i = 0; i < to.length; i++)
            {
                to[i] = rows[i] == MergeRows.NONE ? Double.NaN : from[rows[i]];
            }
            names.add(merged);
            series.add(new Series(to));
        }
        return DataFrame.ofColumns(names, series);
    }
}
