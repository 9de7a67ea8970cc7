package io.hyperjet.coordinator.hyperopt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Run names: runs started in the same second, even at the same moment from several threads, get distinct names
 * that keep the full time and add a suffix after it.
 */
class RunFolderTest
{
    @TempDir
    Path dir;

    @Test
    void shouldNameRunsStartedTogetherDistinctlyKeepingTheSeconds() throws Exception
    {
        final int runs = 8;
        final CountDownLatch start = new CountDownLatch(1);
        final ConcurrentLinkedQueue<String> names = new ConcurrentLinkedQueue<>();
        final List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < runs; i++)
        {
            final Thread thread = new Thread(() ->
            {
                try
                {
                    start.await();
                }
                catch (final InterruptedException ex)
                {
                    Thread.currentThread().interrupt();
                }
                names.add(RunFolder.create(dir, "S", EpochCommitter.MAPPER.createObjectNode()).runName());
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (final Thread thread : threads)
        {
            thread.join();
        }
        final Set<String> distinct = new HashSet<>(names);
        assertEquals(runs, distinct.size(), names.toString());
        final Set<String> times = new HashSet<>();
        for (final String name : names)
        {
            assertTrue(name.matches("strategy_S_\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d(-[1-9]\\d*)?"), name);
            times.add(name.substring(0, "strategy_S_2024-01-01_14-00-00".length()));
        }
        assertTrue(times.size() < runs, "some runs shared a second: " + names);
    }
}
