package io.hyperjet.coordinator.cluster;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NodeDeadlineTest
{
    private static final long S = 1_000_000_000L;

    @Test
    void shouldAllowFiveTimeoutsPerRoundAndOneRecoveryWhileNoEpochIsMeasured()
    {
        // 5 epochs on 2 workers: 3 rounds of 5 x 60 s, two hangs of 5 x 60 s, a replacement's start-up of 300 s
        assertEquals(3 * 300 * S + 2 * 300 * S + 300 * S, new NodeDeadline(60).limitNs(5, 2, 0));
    }

    @Test
    void shouldScaleTheWorkWithTheLongestEpochOnceMeasured()
    {
        // 40 epochs on 4 workers of at most 2 s: 10 rounds of 40 s, two hangs of max(60 s, 40 s), start-up 300 s
        assertEquals(10 * 40 * S + 2 * 60 * S + 300 * S, new NodeDeadline(60).limitNs(40, 4, 2 * S));
        // epochs of 10 s: the epoch limit is 200 s, above worker_timeout_s
        assertEquals(200 * S + 2 * 200 * S + 300 * S, new NodeDeadline(60).limitNs(1, 1, 10 * S));
    }

    @Test
    void shouldGiveAReplacementWorkerAtLeastTwoMinutesToStart()
    {
        assertEquals(20 * 1_000_000L + 2 * S + 120 * S, new NodeDeadline(1).limitNs(1, 1, 1_000_000L));
    }

    @Test
    void shouldRefuseANonPositiveTimeout()
    {
        assertThrows(IllegalArgumentException.class, () -> new NodeDeadline(0));
    }
}
