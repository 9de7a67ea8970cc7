package io.hyperjet.shm.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hyperjet.common.testing.TinyTmpfs;
import io.hyperjet.shm.test.ShmTempDirFactory;

class SegmentWriterTest
{
    @TempDir(factory = ShmTempDirFactory.class)
    Path dir;

    @Test
    void shouldAlignEveryBlockToSixtyFourBytes()
    {
        try (SegmentWriter writer = new SegmentWriter(dir, 4096))
        {
            assertEquals(0, writer.append(bytes(24, 1), 0, 24).offset());
            assertEquals(64, writer.append(bytes(8, 2), 0, 8).offset());
            assertEquals(128, writer.append(bytes(64, 3), 0, 64).offset());
            assertEquals(192, writer.append(bytes(8, 4), 0, 8).offset());
        }
    }

    @Test
    void shouldStartANewSegmentWhenABlockDoesNotFit() throws IOException
    {
        final BlockLocation third;
        try (SegmentWriter writer = new SegmentWriter(dir, 256))
        {
            writer.append(bytes(100, 1), 0, 100);
            writer.append(bytes(100, 2), 0, 100);
            third = writer.append(bytes(100, 3), 0, 100);
            assertEquals(List.of(228L, 100L), writer.segmentLengths());
        }
        assertEquals(1, third.segment());
        assertEquals(0, third.offset());
        assertArrayEquals(bytes(100, 3).byteArray(),
            Arrays.copyOfRange(Files.readAllBytes(dir.resolve("segment-001.dat")), 0, 100));
    }

    @Test
    void shouldKeepEachFileExactlyAsLongAsItsData() throws IOException
    {
        try (SegmentWriter writer = new SegmentWriter(dir, 1 << 20))
        {
            writer.append(bytes(100, 1), 0, 100);
            assertEquals(100, Files.size(dir.resolve("segment-000.dat")));
            final BlockLocation second = writer.append(bytes(50, 2), 0, 50);
            assertEquals(128 + 50, Files.size(dir.resolve("segment-000.dat")));
            assertArrayEquals(bytes(50, 2).byteArray(),
                Arrays.copyOfRange(Files.readAllBytes(dir.resolve("segment-000.dat")), 128, 178));
            assertEquals(0, second.segment());
        }
    }

    @Test
    void shouldCopyBlocksLongerThanOneChunk() throws IOException
    {
        final UnsafeBuffer big = bytes(SegmentWriter.CHUNK_LENGTH * 2 + 100, 5);
        final CRC32C expected = new CRC32C();
        expected.update(big.byteArray());
        try (SegmentWriter writer = new SegmentWriter(dir, SegmentDescriptor.MAX_SEGMENT_LENGTH))
        {
            writer.append(bytes(10, 1), 0, 10);
            assertEquals((int)expected.getValue(), writer.append(big, 0, big.capacity()).crc32c());
        }
        assertArrayEquals(big.byteArray(), Arrays.copyOfRange(Files.readAllBytes(dir.resolve("segment-000.dat")), 64,
            64 + big.capacity()));
    }

    /*
     * Issue 13 item 2: a full tmpfs is an exception the caller can handle, never a SIGBUS, and the writer can go on
     * once there is room again (the failed block's partial bytes are given back).
     */
    @Test
    void shouldFailWithAnExceptionOnAFullFileSystemAndStayUsable() throws Exception
    {
        try (TinyTmpfs tmpfs = TinyTmpfs.mount(dir.resolve("tiny"), 1024);
            SegmentWriter writer = new SegmentWriter(tmpfs.path(), SegmentDescriptor.MAX_SEGMENT_LENGTH))
        {
            writer.append(bytes(4096, 1), 0, 4096);
            final UnsafeBuffer tooBig = new UnsafeBuffer(new byte[2 << 20]);
            final SegmentWriteException ex = assertThrows(SegmentWriteException.class,
                () -> writer.append(tooBig, 0, tooBig.capacity()));
            assertTrue(ex.getMessage().contains("No space left on device"), ex.getMessage());
            assertEquals(List.of(4096L), writer.segmentLengths());
            assertEquals(4096, Files.size(tmpfs.path().resolve("segment-000.dat")));
            assertEquals(4096, writer.append(bytes(100, 2), 0, 100).offset());
        }
    }

    @Test
    void shouldChecksumTheBlockBytes()
    {
        final UnsafeBuffer source = bytes(1000, 7);
        final CRC32C expected = new CRC32C();
        expected.update(source.byteArray(), 0, 1000);
        try (SegmentWriter writer = new SegmentWriter(dir, 4096))
        {
            writer.append(bytes(10, 1), 0, 10);
            assertEquals((int)expected.getValue(), writer.append(source, 0, 1000).crc32c());
        }
    }

    @Test
    void shouldRejectABlockLongerThanASegment()
    {
        try (SegmentWriter writer = new SegmentWriter(dir, 256))
        {
            assertThrows(IllegalArgumentException.class, () -> writer.append(bytes(300, 1), 0, 300));
        }
    }

    private static UnsafeBuffer bytes(final int length, final int seed)
    {
        final byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            bytes[i] = (byte)(seed * 31 + i);
        }
        return new UnsafeBuffer(bytes);
    }
}
