package io.hyperjet.coordinator.hyperopt;

/**
 * What the later epochs of a run will add to its .fthypt, per epoch, for the full-disk message. With
 * {@code hyperopt_results_trades} {@code best} or {@code none} most later epochs are compact lines, while the first
 * epochs of a run are nearly all new bests carrying every trade: a mean over the lines so far said "about 2198 MB"
 * for 1998 epochs that needed ~11 MB. So every epoch's compact size is counted, measured on compact lines and
 * computed for full ones (the line without its trades), and used unless every epoch is stored full.
 */
final class LineSizeEstimate
{
    private final boolean everyEpochFull;
    private long lines;
    private long lineBytes;
    private long compactBytes;

    /**
     * @param everyEpochFull whether every epoch's line carries its trades ({@code all}).
     */
    LineSizeEstimate(final boolean everyEpochFull)
    {
        this.everyEpochFull = everyEpochFull;
    }

    /**
     * Counts one committed line.
     *
     * @param lineLength    the line as written, in bytes.
     * @param compactLength the same epoch's compact line, in bytes (equal to lineLength for a compact line).
     */
    void onLine(final long lineLength, final long compactLength)
    {
        lines++;
        lineBytes += lineLength;
        compactBytes += compactLength;
    }

    /**
     * @return bytes per later epoch, 0 before the first line.
     */
    long bytesPerLaterEpoch()
    {
        if (0 == lines)
        {
            return 0;
        }
        return (everyEpochFull ? lineBytes : compactBytes) / lines;
    }
}
