package io.hyperjet.coordinator.benchsuite;

/**
 * Times two variants of the same work in one run: warm-up rounds first, then repetitions that alternate the order
 * of the variants, so drift on a busy machine hits both alike.
 */
final class Timing
{
    private Timing()
    {
    }

    /**
     * Times {@code on} and {@code off}.
     *
     * @param warmups     untimed rounds of each.
     * @param repetitions timed rounds of each.
     * @param on          the feature on.
     * @param off         the feature off.
     * @return milliseconds, on then off.
     */
    static Measurement[] compare(final int warmups, final int repetitions, final Runnable on, final Runnable off)
    {
        for (int i = 0; i < warmups; i++)
        {
            on.run();
            off.run();
        }
        final double[] onMs = new double[repetitions];
        final double[] offMs = new double[repetitions];
        for (int i = 0; i < repetitions; i++)
        {
            if (i % 2 == 0)
            {
                onMs[i] = timeMs(on);
                offMs[i] = timeMs(off);
            }
            else
            {
                offMs[i] = timeMs(off);
                onMs[i] = timeMs(on);
            }
        }
        return new Measurement[] {Measurement.of(onMs, "ms"), Measurement.of(offMs, "ms")};
    }

    static double timeMs(final Runnable work)
    {
        final long startNs = System.nanoTime();
        work.run();
        return (System.nanoTime() - startNs) / 1e6;
    }
}
