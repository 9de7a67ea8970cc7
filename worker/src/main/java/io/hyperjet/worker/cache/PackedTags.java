package io.hyperjet.worker.cache;

import io.hyperjet.worker.signal.TagColumn;

/**
 * A cached copy of one tag column ({@link TagColumn}): its written rows with their tags, and what the other rows
 * read. Why not the codes: they index the pair's own table, which differs between the worker threads that share the
 * cache and is dropped when it grows, so an entry keeps the strings (shared, not copied).
 * <p>
 * Immutable.
 */
final class PackedTags
{
    private static final int[] NO_ROWS = new int[0];
    private static final String[] NO_TAGS = new String[0];

    private final String defaultTag;
    private final int[] rows;
    private final String[] tags;

    private PackedTags(final String defaultTag, final int[] rows, final String[] tags)
    {
        this.defaultTag = defaultTag;
        this.rows = rows;
        this.tags = tags;
    }

    /**
     * A copy of a tag column.
     *
     * @param column the column (not kept).
     * @return the copy.
     */
    static PackedTags of(final TagColumn column)
    {
        final int n = column.written();
        if (0 == n)
        {
            return new PackedTags(column.defaultTag(), NO_ROWS, NO_TAGS);
        }
        final int[] rows = new int[n];
        final String[] tags = new String[n];
        for (int k = 0; k < n; k++)
        {
            final int row = column.writtenRow(k);
            rows[k] = row;
            tags[k] = column.tag(row);
        }
        return new PackedTags(column.defaultTag(), rows, tags);
    }

    /**
     * Replaces a column's content with this copy.
     *
     * @param column a column of the same length.
     */
    void copyTo(final TagColumn column)
    {
        column.clear();
        column.defaultTag(defaultTag);
        final int[] rows = this.rows;
        final String[] tags = this.tags;
        for (int k = 0; k < rows.length; k++)
        {
            column.set(rows[k], tags[k]);
        }
    }

    /**
     * The estimated heap size of this copy, for the cache's weigher (the strings are shared, not counted).
     *
     * @return bytes.
     */
    long bytes()
    {
        return Weights.OBJECT_OVERHEAD_BYTES + (0 == rows.length ? 0 :
            Weights.OBJECT_OVERHEAD_BYTES + (long)rows.length * Integer.BYTES + Weights.of(tags));
    }
}
