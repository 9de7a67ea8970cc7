package io.hyperjet.coordinator.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DimensionTest
{
    @Test
    void shouldTruncateDecimalBoundsTowardZero()
    {
        final Dimension dimension = Dimension.decimal("x", -0.35, -0.0299, 3);
        assertEquals(-350, dimension.low());
        assertEquals(-29, dimension.high());
        assertEquals(322, dimension.cardinality());
    }

    @Test
    void shouldYieldDecimalValueAsGridIndexOverPowerOfTen()
    {
        final Dimension dimension = Dimension.decimal("x", 0.01, 0.35, 3);
        assertEquals(0.036, dimension.value(36));
        assertEquals(36 / 1000.0, dimension.doubleValue(36));
        assertEquals(36.0, dimension.encode(0.036));
    }

    @Test
    void shouldGiveIntegerValuesAsIntegers()
    {
        final Dimension dimension = Dimension.integer("n", -1, 10);
        assertEquals(Integer.valueOf(-1), dimension.value(-1));
        assertEquals(12, dimension.cardinality());
    }

    @Test
    void shouldGiveCategoryForIndex()
    {
        final Dimension dimension = Dimension.categorical("c", List.of("a", 2, Boolean.FALSE));
        assertEquals(Boolean.FALSE, dimension.value(2));
        assertEquals(1.0, dimension.encode(2));
        assertTrue(dimension.isCategorical());
    }

    @Test
    void shouldRejectValueOutsideDimension()
    {
        final Dimension dimension = Dimension.integer("n", 1, 3);
        assertThrows(IllegalArgumentException.class, () -> dimension.encode(4));
    }

    @Test
    void shouldMapUnitIntervalOntoEveryCellAndBack()
    {
        final Dimension dimension = Dimension.integer("n", 3, 7);
        for (int k = 3; k <= 7; k++)
        {
            assertEquals(k, dimension.fromUnit(dimension.toUnit(k)));
        }
        assertEquals(3, dimension.fromUnit(0));
        assertEquals(7, dimension.fromUnit(1));
    }

    @Test
    void shouldSnapDiscreteToNearestLegalValue()
    {
        final Dimension grid = Dimension.decimal("x", 0.0, 1.0, 1);
        assertEquals(4, grid.snap(3.6));
        assertEquals(10, grid.snap(12));
        final Dimension real = Dimension.real("r", 0, 1);
        assertEquals(0.36, real.snap(0.36));
        assertFalse(real.cardinality() < Long.MAX_VALUE);
    }
}
