package io.hyperjet.worker.strategy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SignalColumnsTest
{
    private static PairFrame frame(final Map<String, double[]> extras)
    {
        final Map<String, double[]> columns = new LinkedHashMap<>();
        for (final String c : new String[]{"open", "high", "low", "close", "volume"})
        {
            columns.put(c, new double[]{1, 1, 1, 1});
        }
        columns.putAll(extras);
        return PairFrame.ofArrays("A/B", "5m", new long[]{0, 300_000, 600_000, 900_000}, columns);
    }

    @Test
    void shouldReadSignalColumnsAsCodes()
    {
        final Map<String, double[]> extras = new LinkedHashMap<>();
        extras.put("enter_long", new double[]{1, 0, Double.NaN, 2});
        extras.put("exit_short", new double[]{0, 1, -1, 1});
        final Signals signals = new Signals(4);
        new SignalColumns().runSignals(frame(extras), signals);
        assertArrayEquals(new byte[]{Signals.ONE, Signals.UNSET, Signals.UNSET, Signals.OTHER}, signals.enterLong());
        assertArrayEquals(new byte[]{Signals.UNSET, Signals.ONE, Signals.OTHER, Signals.ONE}, signals.exitShort());
    }

    @Test
    void shouldReadMissingColumnsAsZero()
    {
        final Signals signals = new Signals(4);
        signals.exitLong()[2] = Signals.ONE;
        new SignalColumns().runSignals(frame(Map.of()), signals);
        assertArrayEquals(new byte[4], signals.enterLong());
        assertArrayEquals(new byte[4], signals.exitLong());
        assertArrayEquals(new byte[4], signals.enterShort());
    }

    @Test
    void shouldReadLegacyBuyAndSellColumns()
    {
        final Map<String, double[]> extras = new LinkedHashMap<>();
        extras.put("buy", new double[]{0, 1, 0, 0});
        extras.put("sell", new double[]{0, 0, 1, 0});
        final Signals signals = new Signals(4);
        new SignalColumns().runSignals(frame(extras), signals);
        assertArrayEquals(new byte[]{0, 1, 0, 0}, signals.enterLong());
        assertArrayEquals(new byte[]{0, 0, 1, 0}, signals.exitLong());
    }

    @Test
    void shouldTakeTagsFromTextColumnsWithNoTextAsANullTag()
    {
        final Map<String, double[]> extras = new LinkedHashMap<>();
        extras.put("enter_long", new double[]{1, 0, 1, 1});
        extras.put("enter_tag", new double[]{0, Double.NaN, 1, 0});
        extras.put("exit_tag", new double[]{Double.NaN, 0, Double.NaN, 0});
        final PairFrame plain = frame(extras);
        final Map<String, double[]> values = new LinkedHashMap<>();
        plain.columns().forEach((name, column) -> values.put(name, column.toArray()));
        final PairFrame tagged = PairFrame.ofArrays("A/B", "5m", plain.date().toArray(), values,
            Map.of("enter_tag", List.of("dip", "breakout"), "exit_tag", List.of("take")));
        final Signals signals = new Signals(4);
        new SignalColumns().runSignals(tagged, signals);
        assertArrayEquals(new String[]{"dip", null, "breakout", "dip"}, signals.enterTags().toArray());
        assertArrayEquals(new String[]{null, "take", null, "take"}, signals.exitTags().toArray());
    }

    @Test
    void shouldReadTheLegacyBuyTagColumn()
    {
        final Map<String, double[]> extras = new LinkedHashMap<>();
        extras.put("buy", new double[]{1, 0, 0, 1});
        extras.put("buy_tag", new double[]{0, Double.NaN, Double.NaN, 0});
        final PairFrame plain = frame(extras);
        final Map<String, double[]> values = new LinkedHashMap<>();
        plain.columns().forEach((name, column) -> values.put(name, column.toArray()));
        final PairFrame tagged = PairFrame.ofArrays("A/B", "5m", plain.date().toArray(), values,
            Map.of("buy_tag", List.of("old")));
        final Signals signals = new Signals(4);
        new SignalColumns().runSignals(tagged, signals);
        assertArrayEquals(new String[]{"old", null, null, "old"}, signals.enterTags().toArray());
        assertNull(signals.exitTags().toArray());
    }

    @Test
    void shouldLeaveEveryTagEmptyWithoutTagColumns()
    {
        final Signals signals = new Signals(4);
        new SignalColumns().runSignals(frame(Map.of("enter_tag", new double[]{1, 1, 1, 1})), signals);
        assertNull(signals.enterTags().toArray(), "a numeric enter_tag column is not text");
        assertNull(signals.exitTags().toArray());
    }
}
