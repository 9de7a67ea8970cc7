package io.hyperjet.worker.cache;

/**
 * Byte estimates for cache weighing: array payloads plus a fixed per-object overhead, so many small entries are
 * not free. Estimates, not measurements: strings referenced by tag arrays are not counted (they are usually shared
 * literals).
 */
final class Weights
{
    /** Header and bookkeeping charged for each array or entry object. */
    static final int OBJECT_OVERHEAD_BYTES = 16;
    /** A reference in an object array (8 without compressed oops; the larger figure keeps the budget honest). */
    static final int REFERENCE_BYTES = 8;

    private Weights()
    {
    }

    static long of(final double[] array)
    {
        return null == array ? 0 : OBJECT_OVERHEAD_BYTES + (long)array.length * Double.BYTES;
    }

    static long of(final byte[] array)
    {
        return null == array ? 0 : OBJECT_OVERHEAD_BYTES + array.length;
    }

    static long of(final Object[] array)
    {
        return null == array ? 0 : OBJECT_OVERHEAD_BYTES + (long)array.length * REFERENCE_BYTES;
    }

    /**
     * A weight for Caffeine, which takes an int.
     *
     * @param bytes the estimate.
     * @return the estimate, capped at {@link Integer#MAX_VALUE}.
     */
    static int clamp(final long bytes)
    {
        return (int)Math.min(Integer.MAX_VALUE, bytes);
    }
}
