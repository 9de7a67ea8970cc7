package io.hyperjet.worker.frame;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;

import com.sun.management.ThreadMXBean;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.signal.Signals;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Assigning tags by mask allocates nothing per row once the pair's tag columns exist: the bytes a thread allocates
 * over many signal phases of a tagging strategy, measured with {@link ThreadMXBean#getThreadAllocatedBytes}, stay
 * far below one row-length reference array per epoch (what a {@code String[]} of tags cost before). Bytes, not time.
 */
class TagAllocationTest
{
    private static final int ROWS = 100_000;
    private static final int EPOCHS = 40;

    @Test
    void shouldAllocateLessThanARowPerEpochWhenTagging()
    {
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        final PairFrame candles = FrameStrategyTest.candles(ROWS, 5);
        final FrameStrategyTest.Mixed strategy = new FrameStrategyTest.Mixed();
        final PairFrame frame = strategy.runIndicators(candles).appendTo(candles);
        final Signals signals = new Signals(ROWS);
        final SplittableRandom random = new SplittableRandom(3);
        int tagged = 0;
        long bytes = 0;
        for (int epoch = 0; epoch < 2 * EPOCHS; epoch++)
        {
            strategy.buyLevel.value(5 + random.nextInt(9) * 10);
            strategy.sellLevel.value(55 + random.nextInt(4) * 10);
            final long before = threads.getCurrentThreadAllocatedBytes();
            strategy.runSignals(frame, signals);
            final long after = threads.getCurrentThreadAllocatedBytes();
            if (epoch >= EPOCHS)
            {
                bytes += after - before;
                tagged += signals.enterTags().written();
            }
        }
        assertTrue(tagged > EPOCHS, "tagged rows " + tagged);
        final long perEpoch = bytes / EPOCHS;
        assertTrue(perEpoch < ROWS, "bytes per epoch " + perEpoch + ", rows " + ROWS);
    }
}
