package io.hyperjet.coordinator.search;

/**
 * The four kinds of search dimension and how each is encoded in a point's {@code double[]}.
 */
public enum DimensionKind
{
    /** Inclusive integer range; encoded as the integer itself. */
    INTEGER,
    /** Integer grid {@code k / 10^d}; encoded as k. */
    DECIMAL,
    /** Continuous range; encoded as the value itself. */
    REAL,
    /** A list of values; encoded as the index into the list. */
    CATEGORICAL
}
