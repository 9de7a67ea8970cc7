package io.hyperjet.coordinator.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FreqtradeSpacesTest
{
    @ParameterizedTest
    @CsvSource({
        "1, 2, 24, 2, 12, 2, 8, 3, 15, 3, 27, 3, 77",
        "5, 10, 120, 10, 60, 10, 40, 10, 40, 10, 70, 10, 200",
        "15, 30, 360, 30, 180, 30, 120, 15, 61, 15, 108, 15, 309",
        "60, 120, 1440, 120, 720, 120, 480, 22, 91, 22, 160, 22, 458",
        "240, 480, 5760, 480, 2880, 480, 1920, 30, 122, 30, 214, 30, 612",
        "1440, 2880, 34560, 2880, 17280, 2880, 11520, 40, 162, 40, 284, 40, 811"})
    void shouldMatchRoiBoundsTable(
        final int minutes,
        final long t1Lo, final long t1Hi, final long t2Lo, final long t2Hi, final long t3Lo, final long t3Hi,
        final long p1Lo, final long p1Hi, final long p2Lo, final long p2Hi, final long p3Lo, final long p3Hi)
    {
        final List<Dimension> roi = FreqtradeSpaces.roi(minutes);
        final long[] expected = {t1Lo, t1Hi, t2Lo, t2Hi, t3Lo, t3Hi, p1Lo, p1Hi, p2Lo, p2Hi, p3Lo, p3Hi};
        final String[] names = {"roi_t1", "roi_t2", "roi_t3", "roi_p1", "roi_p2", "roi_p3"};
        for (int i = 0; i < 6; i++)
        {
            assertEquals(names[i], roi.get(i).name());
            assertEquals(expected[2 * i], (long)roi.get(i).low(), names[i] + " low");
            assertEquals(expected[2 * i + 1], (long)roi.get(i).high(), names[i] + " high");
            assertEquals(i < 3 ? DimensionKind.INTEGER : DimensionKind.DECIMAL, roi.get(i).kind());
        }
    }

    @Test
    void shouldBuildRoiTableWithPlainDoubleSums()
    {
        final Map<Integer, Double> table = FreqtradeSpaces.roiTable(100, 50, 20, 0.010, 0.010, 0.016);
        assertEquals(List.of(0, 20, 70, 170), List.copyOf(table.keySet()));
        assertEquals(0.036000000000000004, table.get(0));
        assertEquals(0.02, table.get(20));
        assertEquals(0.01, table.get(70));
        assertEquals(0.0, table.get(170));
    }

    @Test
    void shouldBuildRoiTableFromPointValues()
    {
        final SearchSpace space = new SearchSpace(FreqtradeSpaces.roi(5));
        final Map<String, Object> values = space.values(new Point(new double[]{100, 50, 20, 10, 10, 16}, false));
        assertEquals(FreqtradeSpaces.roiTable(100, 50, 20, 0.010, 0.010, 0.016), FreqtradeSpaces.roiTable(values));
    }

    @Test
    void shouldGenerateStoplossGrid()
    {
        final Dimension stoploss = FreqtradeSpaces.stoploss().get(0);
        assertEquals(-350, stoploss.low());
        assertEquals(-20, stoploss.high());
        assertEquals(-0.35, stoploss.value(-350));
    }

    @Test
    void shouldGenerateTrailingSpace()
    {
        final List<Dimension> trailing = FreqtradeSpaces.trailing();
        assertEquals(List.of(Boolean.TRUE), trailing.get(0).categories());
        assertEquals(10, trailing.get(1).low());
        assertEquals(350, trailing.get(1).high());
        assertEquals(1, trailing.get(2).low());
        assertEquals(100, trailing.get(2).high());
        assertEquals(List.of(Boolean.TRUE, Boolean.FALSE), trailing.get(3).categories());
        assertEquals(0.02 + 0.011, FreqtradeSpaces.trailingStopPositiveOffset(0.02, 0.011));
    }

    @Test
    void shouldTurnMinusOneAndZeroMaxOpenTradesIntoUnlimited()
    {
        assertEquals(Double.POSITIVE_INFINITY, FreqtradeSpaces.maxOpenTrades(-1, false, 3));
        assertEquals(Double.POSITIVE_INFINITY, FreqtradeSpaces.maxOpenTrades(0, false, 3));
        assertEquals(7, FreqtradeSpaces.maxOpenTrades(7, false, 3));
    }

    @Test
    void shouldUseConfigMaxOpenTradesForUnlimitedStake()
    {
        assertEquals(3, FreqtradeSpaces.maxOpenTrades(-1, true, 3));
        assertEquals(3, FreqtradeSpaces.maxOpenTrades(0, true, 3));
        assertEquals(5, FreqtradeSpaces.maxOpenTrades(5, true, 3));
        final Dimension trades = FreqtradeSpaces.trades().get(0);
        assertEquals(-1, trades.low());
        assertEquals(10, trades.high());
    }
}
