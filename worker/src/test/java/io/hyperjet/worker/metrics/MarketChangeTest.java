package io.hyperjet.worker.metrics;

import io.hyperjet.common.frame.PairFrame;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarketChangeTest
{
    private static PairFrame frame(final String pair, final double... close)
    {
        final long[] date = new long[close.length];
        for (int i = 0; i < date.length; i++)
        {
            date[i] = i * 300_000L;
        }
        final Map<String, double[]> values = new LinkedHashMap<>();
        for (final String name : List.of(PairFrame.OPEN, PairFrame.HIGH, PairFrame.LOW, PairFrame.CLOSE))
        {
            values.put(name, close);
        }
        values.put(PairFrame.VOLUME, new double[close.length]);
        return PairFrame.ofArrays(pair, "5m", date, values);
    }

    @Test
    void shouldAverageRelativeChangeSkippingNaNCloses()
    {
        final double change = MarketChange.of(List.of(frame("A/B", Double.NaN, 2.0, 3.0, Double.NaN),
            frame("C/B", 4.0, 5.0, 3.0)));
        assertEquals((0.5 + -0.25) / 2.0, change, 1e-15);
    }

    @Test
    void shouldLeaveOutPairsWithoutCloses()
    {
        assertEquals(1.0, MarketChange.of(List.of(frame("A/B", Double.NaN), frame("C/B", 1.0, 2.0))));
        assertEquals(0.0, MarketChange.of(List.of()));
    }
}
