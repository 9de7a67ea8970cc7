package io.hyperjet.shm.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SegmentDescriptorTest
{
    @Test
    void shouldAlignUpToSixtyFourBytes()
    {
        assertEquals(0, SegmentDescriptor.align(0));
        assertEquals(64, SegmentDescriptor.align(1));
        assertEquals(64, SegmentDescriptor.align(64));
        assertEquals(128, SegmentDescriptor.align(65));
        assertEquals(3L << 30, SegmentDescriptor.align((3L << 30) - 5));
    }

    @Test
    void shouldNameSegmentFilesByIndex()
    {
        assertEquals("segment-000.dat", SegmentDescriptor.fileName(0));
        assertEquals("segment-012.dat", SegmentDescriptor.fileName(12));
    }

    @Test
    void shouldRejectSegmentLengthsAboveOneGibOrUnaligned()
    {
        SegmentDescriptor.checkSegmentLength(SegmentDescriptor.MAX_SEGMENT_LENGTH);
        SegmentDescriptor.checkSegmentLength(4096);
        assertThrows(IllegalArgumentException.class,
            () -> SegmentDescriptor.checkSegmentLength(SegmentDescriptor.MAX_SEGMENT_LENGTH + 64));
        assertThrows(IllegalArgumentException.class, () -> SegmentDescriptor.checkSegmentLength(100));
        assertThrows(IllegalArgumentException.class, () -> SegmentDescriptor.checkSegmentLength(0));
    }

    @Test
    void shouldAcceptAnAlignedBlockInsideItsSegment()
    {
        assertNull(SegmentDescriptor.blockProblem(128, 80, 10, 208));
    }

    @Test
    void shouldReportMisalignedShortOrOverrunningBlocks()
    {
        assertTrue(SegmentDescriptor.blockProblem(8, 80, 10, 1000).contains("multiple of 64"));
        assertTrue(SegmentDescriptor.blockProblem(0, 72, 10, 1000).contains("rows*8=80"));
        assertTrue(SegmentDescriptor.blockProblem(128, 80, 10, 200).contains("ends past the segment length 200"));
    }
}
