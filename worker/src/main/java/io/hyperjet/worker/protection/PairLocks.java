package io.hyperjet.worker.protection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The locks of one run: the list in creation order for the export, and per pair and side the latest lock end, which
 * is all the blocking test needs (a lock blocks while its end is at or after the date, protections.md 4.3), so
 * testing is O(1) however many locks a run makes. Mutable; one per backtester.
 */
final class PairLocks
{
    static final int ANY = 0;
    static final int LONG = 1;
    static final int SHORT = 2;
    private static final String[] SIDE_NAMES = {"*", "long", "short"};

    private final ArrayList<Lock> locks = new ArrayList<>();
    private final ArrayList<String> pairNames = new ArrayList<>();
    /** {@code [pair * 3 + side]}: latest lock end, {@link Long#MIN_VALUE} for none. */
    private long[] pairEnd = new long[0];
    private final long[] globalEnd = new long[3];

    void reset(final String[] pairs)
    {
        locks.clear();
        pairNames.clear();
        pairNames.addAll(Arrays.asList(pairs));
        if (pairEnd.length != pairs.length * 3)
        {
            pairEnd = new long[pairs.length * 3];
        }
        Arrays.fill(pairEnd, Long.MIN_VALUE);
        Arrays.fill(globalEnd, Long.MIN_VALUE);
    }

    /**
     * Freqtrade's {@code is_pair_locked}: a lock of this pair or a global one, with side {@code *} or this side
     * (side {@code *} matches only {@code *} locks), ending at or after {@code dateMs}.
     */
    boolean isPairLocked(final int pair, final long dateMs, final int side)
    {
        final int base = pair * 3;
        if (pairEnd[base] >= dateMs || (side != ANY && pairEnd[base + side] >= dateMs))
        {
            return true;
        }
        return isGlobalLocked(dateMs, side);
    }

    /** Freqtrade's {@code is_global_lock}: only locks of pair {@code *}. */
    boolean isGlobalLocked(final long dateMs, final int side)
    {
        return globalEnd[ANY] >= dateMs || (side != ANY && globalEnd[side] >= dateMs);
    }

    void lockPair(final int pair, final long nowMs, final long endMs, final int side, final String reason)
    {
        final int i = pair * 3 + side;
        pairEnd[i] = Math.max(pairEnd[i], endMs);
        locks.add(new Lock(pairNames.get(pair), nowMs, endMs, reason, SIDE_NAMES[side]));
    }

    void lockGlobal(final long nowMs, final long endMs, final int side, final String reason)
    {
        globalEnd[side] = Math.max(globalEnd[side], endMs);
        locks.add(new Lock(Lock.ALL_PAIRS, nowMs, endMs, reason, SIDE_NAMES[side]));
    }

    List<Lock> locks()
    {
        return List.copyOf(locks);
    }
}
