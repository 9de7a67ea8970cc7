package io.hyperjet.shm.attach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.shm.metadata.RunMetadata;
import io.hyperjet.shm.run.SharedRun;
import io.hyperjet.shm.segment.SegmentDescriptor;
import io.hyperjet.shm.test.ShmTempDirFactory;
import io.hyperjet.shm.test.TestFrames;

/**
 * A dataset above 2 GiB, so offsets past the int range and several 1 GiB segments are exercised for real.
 */
class LargeDatasetTest
{
    private static final int ROWS = 2_000_000;
    private static final int PAIRS = 20;
    private static final long DATA_BYTES = (long)PAIRS * 7 * ROWS * Long.BYTES;
    private static final long NEEDED_BYTES = DATA_BYTES + (1L << 30);

    @TempDir(factory = ShmTempDirFactory.class)
    Path root;

    @Test
    void shouldShareMoreThanTwoGibInSeveralSegments() throws IOException
    {
        Assumptions.assumeTrue(Files.getFileStore(root).getUsableSpace() > NEEDED_BYTES,
            "needs " + NEEDED_BYTES + " free bytes in " + root);
        Assumptions.assumeTrue(availableMemoryBytes() > NEEDED_BYTES, "needs " + NEEDED_BYTES + " bytes of memory");
        final PairFrame even = TestFrames.frame("EVEN", ROWS, 1);
        final PairFrame odd = TestFrames.frame("ODD", ROWS, 2);
        try (SharedRun run = SharedRun.create(root, SharedRun.STDERR_LOG))
        {
            for (int i = 0; i < PAIRS; i++)
            {
                final PairFrame source = 0 == i % 2 ? even : odd;
                run.addPair(new PairFrame("P" + i + "/USDT", "5m", source.date(), source.columns()));
            }
            try (AttachedRun attached = AttachedRun.attach(run.publish()))
            {
                final List<RunMetadata.Segment> segments = attached.metadata().segments();
                long total = 0;
                for (final RunMetadata.Segment segment : segments)
                {
                    assertTrue(segment.bytes() <= SegmentDescriptor.MAX_SEGMENT_LENGTH);
                    total += segment.bytes();
                }
                assertTrue(total > 2L << 30, "total " + total);
                assertEquals(3, segments.size());
                assertEquals(List.of(), attached.verify());
                AttachedRunTest.assertSameFrame(odd, renamed(attached.pair("P19/USDT", "5m"), "ODD"));
                AttachedRunTest.assertSameFrame(even, renamed(attached.pair("P10/USDT", "5m"), "EVEN"));
            }
        }
    }

    private static PairFrame renamed(final PairFrame frame, final String pair)
    {
        return new PairFrame(pair, frame.timeframe(), frame.date(), frame.columns());
    }

    private static long availableMemoryBytes() throws IOException
    {
        final Path meminfo = Path.of("/proc/meminfo");
        if (!Files.exists(meminfo))
        {
            return Long.MAX_VALUE;
        }
        for (final String line : Files.readAllLines(meminfo))
        {
            if (line.startsWith("MemAvailable:"))
            {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return Long.MAX_VALUE;
    }
}
