package io.hyperjet.shm.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.shm.attach.AttachedRun;
import io.hyperjet.shm.metadata.MetadataFile;
import io.hyperjet.shm.metadata.RunMetadata;
import io.hyperjet.shm.test.ShmTempDirFactory;
import io.hyperjet.shm.test.TestFrames;

class SharedRunTest
{
    @TempDir(factory = ShmTempDirFactory.class)
    Path root;

    @Test
    void shouldCreateAnOwnerOnlyRunDirectoryWithOwnerOnlyFiles() throws IOException
    {
        try (SharedRun run = SharedRun.create(root, 4096, SharedRun.STDERR_LOG))
        {
            run.addPair(TestFrames.frame("BTC/USDT", 100, 1));
            run.publish();
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(run.directory())));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                run.directory().resolve("segment-000.dat"))));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                run.metadataFile())));
        }
    }

    @Test
    void shouldNameTheRunAfterItsCoordinator()
    {
        try (SharedRun run = SharedRun.create(root, SharedRun.STDERR_LOG))
        {
            assertTrue(run.runId().startsWith("run-" + ProcessHandle.current().pid() + "-"), run.runId());
            assertEquals(root.resolve(run.runId()), run.directory());
        }
    }

    @Test
    void shouldDescribeEveryPairAndColumnInTheMetadata()
    {
        try (SharedRun run = SharedRun.create(root, 4096, SharedRun.STDERR_LOG))
        {
            run.addPair(TestFrames.frame("BTC/USDT", 100, 1));
            final int eth = run.addPair(TestFrames.frame("ETH/USDT", 50, 2));
            run.addColumn(eth, "rsi", DoubleColumn.copyOf(TestFrames.indicator(50, 3)));
            final RunMetadata metadata = MetadataFile.read(run.publish());

            assertEquals(MetadataFile.FORMAT_VERSION, metadata.formatVersion());
            assertEquals(run.runId(), metadata.runId());
            assertEquals(ProcessHandle.current().pid(), metadata.coordinator().pid());
            assertEquals(2, metadata.pairs().size());
            final RunMetadata.Pair ethEntry = metadata.pairs().get(1);
            assertEquals("ETH/USDT", ethEntry.pair());
            assertEquals(50, ethEntry.rows());
            assertEquals(TestFrames.START_MS, ethEntry.firstMs());
            assertEquals(TestFrames.START_MS + 49 * TestFrames.STEP_MS, ethEntry.lastMs());
            final List<String> names = ethEntry.columns().stream().map(RunMetadata.Column::name).toList();
            assertEquals(List.of("date", "open", "high", "low", "close", "volume", "enter_long", "rsi"), names);
            assertTrue(metadata.segments().size() >= 2, "100 rows * 7 columns do not fit in 4 KiB");
        }
    }

    @Test
    void shouldSizeSegmentFilesToTheirDataOnPublish() throws IOException
    {
        try (SharedRun run = SharedRun.create(root, SharedRun.STDERR_LOG))
        {
            run.addPair(TestFrames.frame("BTC/USDT", 999, 1));
            final RunMetadata metadata = MetadataFile.read(run.publish());
            assertEquals(1, metadata.segments().size());
            assertEquals(metadata.segments().get(0).bytes(), Files.size(run.directory().resolve("segment-000.dat")));
            assertEquals(6 * 8000 + 7992, metadata.segments().get(0).bytes());
        }
    }

    @Test
    void shouldRemoveTheRootWithItsLastRunButNeverWhileAnotherRunIsThere()
    {
        final Path shm = root.resolve("hyperjet-test");
        try (SharedRun first = SharedRun.create(shm, SharedRun.STDERR_LOG))
        {
            try (SharedRun second = SharedRun.create(shm, SharedRun.STDERR_LOG))
            {
                assertTrue(Files.isDirectory(second.directory()));
            }
            assertTrue(Files.isDirectory(first.directory()), "a live run's root was removed");
        }
        assertFalse(Files.exists(shm), "an empty root was left behind");
        try (SharedRun again = SharedRun.create(shm, SharedRun.STDERR_LOG))
        {
            assertTrue(Files.isDirectory(again.directory()), "the root must be made again");
        }
    }

    @Test
    void shouldDeleteTheRunDirectoryOnClose()
    {
        final Path directory;
        try (SharedRun run = SharedRun.create(root, SharedRun.STDERR_LOG))
        {
            run.addPair(TestFrames.frame("BTC/USDT", 10, 1));
            run.publish();
            directory = run.directory();
            assertTrue(Files.isDirectory(directory));
        }
        assertFalse(Files.exists(directory));
    }

    @Test
    void shouldRejectAColumnOfTheWrongLength()
    {
        try (SharedRun run = SharedRun.create(root, SharedRun.STDERR_LOG))
        {
            final int btc = run.addPair(TestFrames.frame("BTC/USDT", 10, 1));
            assertThrows(IllegalArgumentException.class,
                () -> run.addColumn(btc, "rsi", DoubleColumn.copyOf(new double[9])));
        }
    }

    @Test
    void shouldRejectAColumnNameThePairAlreadyHas()
    {
        try (SharedRun run = SharedRun.create(root, SharedRun.STDERR_LOG))
        {
            final int btc = run.addPair(TestFrames.frame("BTC/USDT", 10, 1));
            assertThrows(IllegalArgumentException.class,
                () -> run.addColumn(btc, "close", DoubleColumn.copyOf(new double[10])));
        }
    }

    @Test
    void shouldRejectAPairAddedTwice()
    {
        try (SharedRun run = SharedRun.create(root, SharedRun.STDERR_LOG))
        {
            run.addPair(TestFrames.frame("BTC/USDT", 10, 1));
            assertThrows(IllegalArgumentException.class, () -> run.addPair(TestFrames.frame("BTC/USDT", 10, 2)));
        }
    }

    @Test
    void shouldMoveEveryBlockToAnotherRootAndGoOnWritingThere() throws IOException
    {
        final Path other = root.resolve("fallback");
        try (SharedRun run = SharedRun.create(root.resolve("first"), 4096, SharedRun.STDERR_LOG))
        {
            run.addPair(TestFrames.frame("BTC/USDT", 100, 1));
            final Path before = run.directory();
            final Path moved = run.moveTo(other);
            assertEquals(other.resolve(run.runId()), moved);
            assertFalse(Files.exists(before), "the old run directory was left");
            assertFalse(Files.exists(root.resolve("first")), "the old, empty root was left");
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(moved)));
            run.addPair(TestFrames.frame("ETH/USDT", 50, 2));
            try (AttachedRun attached = AttachedRun.attach(run.publish()))
            {
                assertEquals(List.of(), attached.verify());
                assertArrayEquals(TestFrames.frame("BTC/USDT", 100, 1).column("close").toArray(),
                    attached.pair("BTC/USDT", "5m").column("close").toArray());
                assertArrayEquals(TestFrames.frame("ETH/USDT", 50, 2).column("close").toArray(),
                    attached.pair("ETH/USDT", "5m").column("close").toArray());
            }
        }
        assertFalse(Files.exists(other), "the run was not deleted from its new root");
    }

    @Test
    void shouldTakeWhatTheLayoutSaysItWill() throws IOException
    {
        final RunLayout layout = new RunLayout(4096).addPairs(3, 100, 6);
        try (SharedRun run = SharedRun.create(root, 4096, SharedRun.STDERR_LOG))
        {
            for (int i = 0; i < 3; i++)
            {
                run.addPair(TestFrames.frame("P" + i + "/USDT", 100, i));
            }
            run.publish();
            long bytes = 0;
            try (var files = Files.list(run.directory()))
            {
                for (final Path file : (Iterable<Path>)files::iterator)
                {
                    bytes += RunLayout.pages(Files.size(file));
                }
            }
            final long metadataPages = RunLayout.pages(Files.size(run.metadataFile()));
            assertTrue(bytes <= layout.bytes(), bytes + " bytes written, layout said " + layout.bytes());
            assertTrue(layout.bytes() - bytes <= 2 * metadataPages + 4096, "layout " + layout.bytes() +
                " is far above the " + bytes + " bytes written");
        }
    }
}
