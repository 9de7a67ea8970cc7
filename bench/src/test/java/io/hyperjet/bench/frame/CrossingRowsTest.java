package io.hyperjet.bench.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.frame.DoubleColumn;

class CrossingRowsTest
{
    @Test
    void shouldFindRowsCrossingAboveLikeCrossedAbove()
    {
        // row:                                     0   1   2    3   4   5           6   7   8   9
        final DoubleColumn x = DoubleColumn.copyOf(new double[]{29, 31, 30, 30.5, 30, 31, Double.NaN, 31, 29, 30});
        final CrossingRows crossings = new CrossingRows();
        // 1: 29 -> 31; 3: from exactly 30 counts (previous <= level); 5: 30 -> 31; 7: NaN before never crosses;
        // 9: 30 is not above 30
        assertArrayEquals(new int[]{1, 3, 5}, crossings.above(x, 30));
        assertArrayEquals(new int[]{1, 9}, crossings.above(x, 29));
        assertArrayEquals(new int[]{}, crossings.above(x, 31));
        assertSame(crossings.above(x, 30), crossings.above(x, 30));
    }
}
