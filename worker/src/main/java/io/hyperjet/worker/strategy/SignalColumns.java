package io.hyperjet.worker.strategy;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.hyperjet.common.config.HyperjetConfig;
import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;

/**
 * Built-in strategy for externally computed signals: its signals are the frame's own {@code enter_long},
 * {@code exit_long}, {@code enter_short} and {@code exit_short} columns (extra columns of the data file), or the
 * legacy {@code buy} / {@code sell} for the long side. A missing column reads as 0; values map through
 * {@link Signals#code(double)} (1 is ONE, 0 and NaN UNSET, anything else OTHER). No indicators, no parameters;
 * ROI and stoploss come from the config.
 * <p>
 * Tags: the text columns {@code enter_tag} (legacy {@code buy_tag}) and {@code exit_tag} of a csv, feather or
 * parquet file become the rows' tags, so a trade's {@code enter_tag} is the tag on its entry signal and an
 * exit-signal exit's reason is the exit tag. An empty field or a null is no tag (null, as Freqtrade has a NaN tag:
 * the trade's {@code enter_tag} is null and an exit falls back to {@code exit_signal}). Without a tag column every
 * tag is {@code ""}, as for a Freqtrade strategy that sets none.
 * <p>
 * Shorting: this strategy's own rule, since the data file cannot say it: {@code can_short} is the config's
 * {@code "can_short"} key (default false), and as for any strategy it takes effect only outside spot trading mode.
 * Not threadsafe (it keeps each frame's decoded tags); one instance per worker thread, as for every strategy.
 */
public final class SignalColumns extends Strategy
{
    /** The config key this strategy reads its {@code can_short} from. */
    public static final String CAN_SHORT_KEY = "can_short";

    private final Map<DoubleColumn, String[]> decodedTags = new IdentityHashMap<>();

    @Override
    public boolean canShort(final HyperjetConfig config)
    {
        return config.bool(CAN_SHORT_KEY, false);
    }

    @Override
    protected void populateEntryTrend(final PairFrame frame, final Signals signals)
    {
        copy(frame, "enter_long", "buy", signals.enterLong());
        copy(frame, "enter_short", null, signals.enterShort());
        signals.enterTag(tags(frame, "enter_tag", "buy_tag"));
    }

    @Override
    protected void populateExitTrend(final PairFrame frame, final Signals signals)
    {
        copy(frame, "exit_long", "sell", signals.exitLong());
        copy(frame, "exit_short", null, signals.exitShort());
        signals.exitTag(tags(frame, "exit_tag", null));
    }

    private static DoubleColumn column(final PairFrame frame, final String name, final String legacy)
    {
        final DoubleColumn column = frame.column(name);
        return null == column && null != legacy ? frame.column(legacy) : column;
    }

    private static void copy(final PairFrame frame, final String name, final String legacy, final byte[] codes)
    {
        final DoubleColumn column = column(frame, name, legacy);
        if (null == column)
        {
            return;
        }
        final int n = column.rows();
        for (int i = 0; i < n; i++)
        {
            codes[i] = Signals.code(column.get(i));
        }
    }

    /**
     * The per-row tags of a text column, decoded once per frame and reused by every epoch; null (every tag "")
     * when the frame has no such text column.
     */
    private String[] tags(final PairFrame frame, final String name, final String legacy)
    {
        final String used = null != frame.labels(name) ? name : legacy;
        final List<String> labels = null == used ? null : frame.labels(used);
        if (null == labels)
        {
            return null;
        }
        final DoubleColumn codes = frame.column(used);
        return decodedTags.computeIfAbsent(codes, (c) ->
        {
            final String[] tags = new String[c.rows()];
            for (int i = 0; i < tags.length; i++)
            {
                final double code = c.get(i);
                tags[i] = Double.isNaN(code) ? null : labels.get((int)code);
            }
            return tags;
        });
    }
}
