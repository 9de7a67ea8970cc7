package io.hyperjet.worker.protection;

/**
 * One lock a protection created during a backtest, as Freqtrade exports it in {@code locks} (protections.md 4.5).
 *
 * @param pair       the pair, or {@code "*"} for a global lock.
 * @param lockTimeMs when it was created (the exit's candle date), epoch ms.
 * @param lockEndMs  its end, rounded up to the next candle boundary, epoch ms; entries at or before it are blocked.
 * @param reason     Freqtrade's reason text.
 * @param side       {@code "*"}, {@code "long"} or {@code "short"}.
 */
public record Lock(String pair, long lockTimeMs, long lockEndMs, String reason, String side)
{
    /** The pair of a global lock. */
    public static final String ALL_PAIRS = "*";
}
