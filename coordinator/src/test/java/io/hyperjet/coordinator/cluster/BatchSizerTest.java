package io.hyperjet.coordinator.cluster;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BatchSizerTest
{
    @Test
    void shouldStartWithOneEpochPerWorker()
    {
        assertEquals(4, new BatchSizer(200, 1000).size(4, 1));
    }

    @Test
    void shouldSizeBatchesToTheTargetTimeFromMeasuredEpochs()
    {
        final BatchSizer sizer = new BatchSizer(200, 1000);
        for (int i = 0; i < 10; i++)
        {
            sizer.onEpoch(10_000_000L);
        }
        // 200 ms / 10 ms per epoch, 2 workers in parallel
        assertEquals(40, sizer.size(2, 1));
        assertEquals(10.0, sizer.meanEpochMs(), 1e-9);
    }

    @Test
    void shouldNeverLetTheNodesHoldMoreThanTheLag()
    {
        final BatchSizer sizer = new BatchSizer(200, 16);
        sizer.onEpoch(1_000L);
        // 3 nodes, two batches each, 16 epochs in flight at most
        assertEquals(2, sizer.size(8, 3));
        assertEquals(1, new BatchSizer(200, 1).size(8, 3));
    }

    @Test
    void shouldTakeAtLeastOneEpochWhenEpochsAreSlow()
    {
        final BatchSizer sizer = new BatchSizer(200, 1000);
        sizer.onEpoch(60_000_000_000L);
        assertEquals(1, sizer.size(1, 1));
    }
}
