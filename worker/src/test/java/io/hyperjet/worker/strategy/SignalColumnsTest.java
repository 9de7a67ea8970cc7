package io.hyperjet.worker.strategy;

import java.util.LinkedHashMap;
import java.util.Map;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
}
