package io.hyperjet.worker.frame;

import io.hyperjet.worker.array.ArrayOps;

/**
 * What the series and masks of one strategy share: the array ops chosen by {@code numpy_optimizations} (rolling
 * windows) and the crossing rows memoized over the run (the sparse path of {@link Mask} selection). Every series
 * derived from a frame keeps its frame's context, so a strategy's switch reaches every operation without a global.
 * <p>
 * One per strategy instance; not threadsafe (a strategy instance runs on one worker thread).
 */
final class FrameContext
{
    /** Context of series built outside a strategy: optimized ops, nothing memoized, so masks evaluate densely. */
    static final FrameContext STANDALONE = new FrameContext(null);

    private final CrossingCache crossings;
    private ArrayOps ops = ArrayOps.optimized();
    private int[] selection = new int[0];

    FrameContext(final CrossingCache crossings)
    {
        this.crossings = crossings;
    }

    ArrayOps ops()
    {
        return ops;
    }

    void ops(final ArrayOps ops)
    {
        this.ops = ops;
    }

    /**
     * The memoized crossings, or null when masks must evaluate every row: outside a strategy, or with
     * {@code numpy_optimizations} off (the dense path is then the reference the sparse one is checked against).
     */
    CrossingCache crossings()
    {
        return ops.isOptimized() ? crossings : null;
    }

    /**
     * A scratch selection vector of at least {@code rows} entries, reused across epochs so selecting rows allocates
     * nothing per candle. The standalone context is shared, so it always answers a fresh array.
     */
    int[] selection(final int rows)
    {
        if (this == STANDALONE)
        {
            return new int[rows];
        }
        if (selection.length < rows)
        {
            selection = new int[rows];
        }
        return selection;
    }
}
