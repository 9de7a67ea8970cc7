package io.hyperjet.shm.segment;

/**
 * Where a {@link SegmentWriter} put one column block, and the CRC32C of its bytes.
 *
 * @param segment index of the segment file.
 * @param offset  byte offset of the block in the segment, 64-byte aligned.
 * @param length  byte length of the block.
 * @param crc32c  CRC32C of the block's bytes.
 */
public record BlockLocation(int segment, long offset, long length, int crc32c)
{
}
