package io.hyperjet.coordinator.hyperopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.common.testing.TinyTmpfs;
import io.hyperjet.shm.attach.AttachedRun;
import io.hyperjet.shm.run.FreeSpace;

/**
 * Issue 13 item 2 at unit level: the check before writing (through the free-space seam), the fallback to a directory
 * on disk, and the race where the space runs out while writing (a real tiny tmpfs whose free space the seam
 * overstates): one line with both numbers, then the fallback or a clean stop, never a SIGBUS, nothing left behind.
 */
class SharedDataTargetTest
{
    private static final int ROWS = 20_000;
    private static final long FRAME_BYTES = 7L * ROWS * 8;

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    @Test
    void shouldStopWithOneLineWhenTheCheckFindsTooLittleSpace() throws IOException
    {
        final Path root = dir.resolve("shm");
        final FreeSpace free = (d) -> 1_000_000;
        final UserInputException ex;
        try (SharedDataTarget target = SharedDataTarget.create(root, null, free, log::add))
        {
            target.sizeBy((first) -> 3 * FRAME_BYTES);
            ex = assertThrows(UserInputException.class, () -> target.addPair(frame("BTC/USDT", 1)));
            assertFalse(Files.exists(target.directory().resolve("segment-000.dat")), "written before checking");
        }
        assertEquals("shared memory " + root + ": the data needs 3.2 MiB, 976.6 KiB free; stopping: set " +
            "shared_memory_fallback_dir to a directory on disk or make room (docker: --shm-size)", ex.getMessage());
        assertFalse(Files.exists(root), "the shared-memory root was left behind");
    }

    @Test
    void shouldMoveToTheFallbackDirectoryWhenTheCheckFindsTooLittleSpace() throws IOException
    {
        final Path root = dir.resolve("shm");
        final Path fallback = dir.resolve("disk");
        final FreeSpace free = (d) -> d.startsWith(fallback) ? Long.MAX_VALUE : 1_000_000;
        try (SharedDataTarget target = SharedDataTarget.create(root, fallback, free, log::add))
        {
            target.sizeBy((first) -> 3 * FRAME_BYTES);
            addAndVerify(target, 3);
            assertTrue(target.directory().startsWith(fallback), target.directory().toString());
        }
        assertEquals(List.of("shared memory " + root + ": the data needs 3.2 MiB, 976.6 KiB free; using " +
            "shared_memory_fallback_dir " + fallback + " (memory-mapped files on disk)"), log);
        assertFalse(Files.exists(root));
        assertFalse(Files.exists(fallback), "the fallback run was left behind");
    }

    @Test
    void shouldStopWhenTheFallbackIsTooSmallToo()
    {
        final Path fallback = dir.resolve("disk");
        try (SharedDataTarget target = SharedDataTarget.create(dir.resolve("shm"), fallback, (d) -> 1000, log::add))
        {
            target.sizeBy((first) -> 3 * FRAME_BYTES);
            final UserInputException ex = assertThrows(UserInputException.class,
                () -> target.addPair(frame("BTC/USDT", 1)));
            assertTrue(ex.getMessage().endsWith("; shared_memory_fallback_dir " + fallback + " has only 1000 B " +
                "free: stopping"), ex.getMessage());
        }
    }

    @Test
    void shouldStopWithTheSameLineWhenTheSpaceRunsOutWhileWriting() throws Exception
    {
        try (TinyTmpfs tmpfs = TinyTmpfs.mount(dir.resolve("tiny"), 2048))
        {
            final Path root = tmpfs.path().resolve("hj");
            final UserInputException ex;
            try (SharedDataTarget target = SharedDataTarget.create(root, null, (d) -> Long.MAX_VALUE, log::add))
            {
                target.sizeBy((first) -> 3 * FRAME_BYTES);
                target.addPair(frame("P0/USDT", 0));
                ex = assertThrows(UserInputException.class, () ->
                {
                    target.addPair(frame("P1/USDT", 1));
                    target.addPair(frame("P2/USDT", 2));
                });
            }
            assertTrue(ex.getMessage().startsWith("shared memory " + root + ": the data needs 3.2 MiB, "),
                ex.getMessage());
            assertTrue(ex.getMessage().contains(" free (a write failed: No space left on device); stopping"),
                ex.getMessage());
            assertEquals(1, ex.getMessage().lines().count());
            assertEmpty(tmpfs.path());
        }
    }

    @Test
    void shouldMoveWhatIsWrittenToTheFallbackWhenTheSpaceRunsOutWhileWriting() throws Exception
    {
        final Path fallback = dir.resolve("disk");
        try (TinyTmpfs tmpfs = TinyTmpfs.mount(dir.resolve("tiny"), 2048))
        {
            try (SharedDataTarget target = SharedDataTarget.create(tmpfs.path().resolve("hj"), fallback,
                (d) -> Long.MAX_VALUE, log::add))
            {
                target.sizeBy((first) -> 3 * FRAME_BYTES);
                addAndVerify(target, 3);
                assertTrue(target.directory().startsWith(fallback), target.directory().toString());
            }
            assertEquals(1, log.size());
            assertTrue(log.get(0).contains("(a write failed: No space left on device); using " +
                "shared_memory_fallback_dir " + fallback), log.get(0));
            assertEmpty(tmpfs.path());
        }
        assertFalse(Files.exists(fallback));
    }

    private static void addAndVerify(final SharedDataTarget target, final int pairs)
    {
        for (int i = 0; i < pairs; i++)
        {
            target.addPair(frame("P" + i + "/USDT", i));
        }
        try (AttachedRun attached = AttachedRun.attach(target.publish()))
        {
            assertEquals(List.of(), attached.verify());
            for (int i = 0; i < pairs; i++)
            {
                assertEquals(frame("P" + i + "/USDT", i).column("close").get(ROWS - 1),
                    attached.pair("P" + i + "/USDT", "5m").column("close").get(ROWS - 1));
            }
        }
    }

    private static PairFrame frame(final String pair, final int seed)
    {
        final long[] date = new long[ROWS];
        final Map<String, double[]> values = new LinkedHashMap<>();
        for (final String name : new String[]{PairFrame.OPEN, PairFrame.HIGH, PairFrame.LOW, PairFrame.CLOSE,
            PairFrame.VOLUME, "rsi"})
        {
            final double[] column = new double[ROWS];
            for (int i = 0; i < ROWS; i++)
            {
                column[i] = seed * 1000.0 + i + name.length();
            }
            values.put(name, column);
        }
        for (int i = 0; i < ROWS; i++)
        {
            date[i] = 1_704_067_200_000L + i * 300_000L;
        }
        return PairFrame.ofArrays(pair, "5m", date, values);
    }

    private static void assertEmpty(final Path directory) throws IOException
    {
        try (Stream<Path> entries = Files.list(directory))
        {
            assertEquals(List.of(), entries.toList());
        }
    }
}
