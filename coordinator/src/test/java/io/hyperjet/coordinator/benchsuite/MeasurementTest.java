package io.hyperjet.coordinator.benchsuite;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeasurementTest
{
    @Test
    void shouldTakeTheMiddleValueOfAnOddCount()
    {
        final Measurement m = Measurement.of(new double[] {9, 1, 5}, "ms");
        assertEquals(5, m.median());
        assertEquals(1, m.min());
        assertEquals(9, m.max());
    }

    @Test
    void shouldAverageTheTwoMiddleValuesOfAnEvenCount()
    {
        assertEquals(4, Measurement.of(new double[] {8, 1, 3, 5}, "ms").median());
    }

    @Test
    void shouldComputeSpeedupAsOffOverOn()
    {
        final FeatureResult r = FeatureResult.speedup("x", "t", Measurement.of(new double[] {2}, "ms"),
            Measurement.of(new double[] {10}, "ms"), "");
        assertEquals(5.0, r.ratio());
        assertEquals("5.00x faster", r.resultText());
    }

    @Test
    void shouldComputeReductionAsOneMinusOnOverOff()
    {
        final FeatureResult r = FeatureResult.reduction("x", "m", Measurement.of(new double[] {30}, "MiB"),
            Measurement.of(new double[] {120}, "MiB"), "");
        assertEquals(0.75, r.ratio());
        assertEquals("75.0% less memory", r.resultText());
    }
}
