package io.hyperjet.worker.protection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The protections of one backtest run or epoch, in declaration order (order changes results: protections.md 5 E),
 * validated as Freqtrade validates them when it builds its handlers (1.3). Immutable; safe to share.
 */
public final class Protections
{
    /** No protections: what a run uses when they are disabled. */
    public static final Protections NONE = new Protections(List.of());

    private final List<Protection> list;

    private Protections(final List<Protection> list)
    {
        this.list = Collections.unmodifiableList(list);
    }

    /**
     * Validates and converts a strategy's {@code protections}: every entry is checked first (unlock_at format, the
     * exclusive duration keys), then each method is resolved, as Freqtrade does.
     *
     * @param entries          the entries, each a map with {@code method} and that protection's keys.
     * @param timeframeMinutes the strategy timeframe, for the {@code *_candles} keys.
     * @param owner            named in error messages, e.g. {@code strategy MyStrategy}.
     * @return the protections.
     * @throws io.hyperjet.common.UserInputException naming the entry and the key.
     */
    public static Protections of(
        final List<? extends Map<String, ?>> entries, final long timeframeMinutes, final String owner)
    {
        if (entries.isEmpty())
        {
            return NONE;
        }
        for (int i = 0; i < entries.size(); i++)
        {
            Protection.validate(entries.get(i), where(owner, i));
        }
        final List<Protection> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++)
        {
            out.add(Protection.of(entries.get(i), timeframeMinutes, where(owner, i)));
        }
        return new Protections(out);
    }

    private static String where(final String owner, final int index)
    {
        return owner + ": protections[" + index + "]";
    }

    public boolean isEmpty()
    {
        return list.isEmpty();
    }

    public int size()
    {
        return list.size();
    }

    public Protection get(final int index)
    {
        return list.get(index);
    }

    @Override
    public String toString()
    {
        return list.toString();
    }
}
