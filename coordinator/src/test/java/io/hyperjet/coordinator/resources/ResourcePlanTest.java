package io.hyperjet.coordinator.resources;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResourcePlanTest
{
    private static final long MS = 1_000_000L;

    private static ResourcePlan adaptive()
    {
        return new ResourcePlan(2, 2, 10, 2, false, 5 * MS, 1L << 29, 1L << 30, List.of());
    }

    @Test
    void shouldKeepTheMinimumWindowForEpochsLongerThanTheRoundTrip()
    {
        assertEquals(2, adaptive().adaptWindow(100 * MS));
        assertEquals(2, adaptive().adaptWindow(5 * MS));
    }

    @Test
    void shouldGrowTheWindowToCoverTheRoundTrip()
    {
        assertEquals(3, adaptive().adaptWindow(2_500_000L));
        assertEquals(6, adaptive().adaptWindow(MS));
    }

    @Test
    void shouldClampTheWindowForVeryShortEpochs()
    {
        assertEquals(16, adaptive().adaptWindow(100_000L));
        assertEquals(16, adaptive().adaptWindow(0));
    }

    @Test
    void shouldNotAdaptAFixedWindow()
    {
        final ResourcePlan fixed = new ResourcePlan(2, 2, 10, 3, true, 5 * MS, 1L << 29, 1L << 30, List.of());

        assertEquals(3, fixed.adaptWindow(1000L));
    }

    @Test
    void shouldExplainTheAdaptation()
    {
        final String text = adaptive().adaptReason(MS).text();

        assertTrue(text.contains("median epoch 1.000 ms"), text);
        assertTrue(text.contains("window 6"), text);
    }

    @Test
    void shouldMeasureTwoEpochsPerWorkerBeforeAdapting()
    {
        assertEquals(4, adaptive().adaptAfterEpochs());
        assertEquals(3, new ResourcePlan(1, 1, 1, 2, false, 5 * MS, 1, 1, List.of()).adaptAfterEpochs());
    }
}
