package io.hyperjet.shm.channel;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.testing.TinyTmpfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChannelTest
{
    @TempDir
    Path dir;

    @Test
    void shouldCarryTasksThroughRingInOrder()
    {
        final File file = dir.resolve("tasks-1.ring").toFile();
        final List<EpochTask> received = new ArrayList<>();
        try (TaskRing producer = TaskRing.create(file, 4096); TaskRing consumer = TaskRing.attach(file))
        {
            final EpochTask.Encoder encoder = new EpochTask.Encoder();
            assertTrue(producer.offer(encoder.encode(new EpochTask(1, new double[] {1.5, -2}, "{\"a\":1}"))));
            assertTrue(producer.offer(encoder.encode(new EpochTask(2, new double[0], "{}", -0.5))));
            final int read = consumer.poll(
                (type, buffer, index, length) -> received.add(EpochTask.decode(buffer, index)), 10);
            assertEquals(2, read);
        }
        assertEquals(1, received.get(0).epoch());
        assertArrayEquals(new double[] {1.5, -2}, received.get(0).point());
        assertEquals("{\"a\":1}", received.get(0).paramsJson());
        assertEquals(2, received.get(1).epoch());
        assertEquals("{}", received.get(1).paramsJson());
        assertEquals(Double.POSITIVE_INFINITY, received.get(0).fullBelow());
        assertEquals(-0.5, received.get(1).fullBelow());
        assertTrue(received.get(1).wantsFull(-0.6));
        assertFalse(received.get(1).wantsFull(-0.5));
        assertFalse(received.get(0).wantsFull(Double.NaN));
    }

    @Test
    void shouldCreateAnOwnerOnlyRingFile() throws Exception
    {
        final File file = dir.resolve("tasks-9.ring").toFile();
        try (TaskRing ring = TaskRing.create(file, 4096))
        {
            assertEquals(file, ring.file());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.toPath())));
            assertEquals(4096 + RingBufferDescriptor.TRAILER_LENGTH, Files.size(file.toPath()));
        }
    }

    /*
     * Issue 13 item 2: a ring that does not fit fails with an exception, not a SIGBUS, and leaves no file.
     */
    @Test
    void shouldFailWithAnExceptionWhenTheRingDoesNotFit() throws Exception
    {
        try (TinyTmpfs tmpfs = TinyTmpfs.mount(dir.resolve("tiny"), 512))
        {
            final File file = tmpfs.path().resolve("tasks-1.ring").toFile();
            final UncheckedIOException ex = assertThrows(UncheckedIOException.class,
                () -> TaskRing.create(file, TaskRing.CAPACITY_DEFAULT));
            assertTrue(ex.getMessage().contains("No space left on device"), ex.getMessage());
            assertFalse(file.exists());
        }
    }

    @Test
    void shouldRefuseTaskWhenRingIsFull()
    {
        final File file = dir.resolve("tasks-2.ring").toFile();
        try (TaskRing ring = TaskRing.create(file, 1024))
        {
            final EpochTask.Encoder encoder = new EpochTask.Encoder();
            final String big = "x".repeat(100);
            int accepted = 0;
            while (ring.offer(encoder.encode(new EpochTask(accepted, new double[0], big))))
            {
                accepted++;
            }
            assertTrue(accepted > 0 && accepted < 20, "accepted " + accepted);
        }
    }

    @Test
    void shouldReplayResultsFromTwoAppendersInJournalOrder() throws Exception
    {
        final File journalDir = dir.resolve("journal").toFile();
        try (ResultJournal journal = ResultJournal.open(journalDir))
        {
            final Thread[] writers = new Thread[2];
            for (int w = 0; w < 2; w++)
            {
                final int workerId = w;
                writers[w] = new Thread(() ->
                {
                    try (ResultJournal.Appender appender = journal.appender())
                    {
                        for (int i = 0; i < 50; i++)
                        {
                            appender.append(result(workerId * 100 + i, workerId));
                        }
                    }
                });
                writers[w].start();
            }
            for (final Thread writer : writers)
            {
                writer.join();
            }
        }
        final List<EpochResult> results = new ArrayList<>();
        try (ResultJournal journal = ResultJournal.open(journalDir); ResultJournal.Reader reader = journal.reader())
        {
            while (reader.poll(results::add, 7) > 0)
            {
                assertFalse(results.isEmpty());
            }
        }
        assertEquals(100, results.size());
        final EpochResult first = results.stream().filter(r -> r.epoch() == 105).findFirst().orElseThrow();
        assertEquals(1, first.workerId());
        assertEquals(105.25, first.loss());
        assertArrayEquals(new double[] {105, 1}, first.point());
        assertNull(first.metricsJson(), "odd epochs carry no full metrics");
        assertEquals(new EpochFigures(3, 3, 0, 1, 1, 1, 0.01, 0.0, 0.02, 20.0, 95, true, 5.0, 0.005), first.figures());
        assertEquals("{\"metrics\":104}", results.stream().filter(r -> r.epoch() == 104).findFirst().orElseThrow()
            .metricsJson());
        assertEquals("{\"p\":105}", first.paramsJson());
    }

    private static EpochResult result(final long epoch, final int workerId)
    {
        return new EpochResult(epoch, workerId, false, epoch + 0.25, 1000, new double[] {epoch, workerId},
            "{\"p\":" + epoch + "}", new EpochFigures(3, 3, 0, 1, 1, 1, 0.01, 0.0, 0.02, 20.0, 95, true, 5.0, 0.005),
            epoch % 2 == 0 ? "{\"metrics\":" + epoch + "}" : null, "{}");
    }
}
