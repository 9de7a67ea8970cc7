package io.hyperjet.worker.backtest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import io.hyperjet.worker.signal.Signals;

/**
 * Eight signal codes read as one {@code long} and tested together (SWAR), for the entry search of
 * {@link VectorizedBacktester}: which of eight rows are entry candidates (backtest-semantics.md 2.3), without a branch
 * per row.
 * <p>
 * Words are read little-endian whatever the platform, so byte {@code i} of a word is code {@code index + i} and the
 * lowest marked byte is the first row. A mark is bit 7 of a byte; every test is exact for any byte value (no carry
 * crosses a byte), so codes other than {@link Signals#UNSET}, {@link Signals#ONE} and {@link Signals#OTHER} cannot
 * leak into a neighbour.
 */
final class SignalWords
{
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private SignalWords()
    {
    }

    /**
     * Codes {@code index .. index + 7} as one word, code {@code index} in the lowest byte.
     *
     * @param codes a signal column.
     * @param index the first code; {@code index + 8 <= codes.length}.
     * @return the word.
     */
    static long word(final byte[] codes, final int index)
    {
        return (long)WORD.get(codes, index);
    }

    /**
     * Marks the bytes of a word that are exactly {@link Signals#ONE}.
     *
     * @param word eight codes.
     * @return 0x80 in every byte equal to 1, 0 elsewhere.
     */
    static long ones(final long word)
    {
        final long x = word ^ ONES;
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /**
     * Long entry candidates in a long-only run: enter_long exactly 1 and exit_long not exactly 1.
     *
     * @param enterLong eight enter_long codes.
     * @param exitLong  the same rows' exit_long codes.
     * @return the marks.
     */
    static long longOnly(final long enterLong, final long exitLong)
    {
        return ones(enterLong) & ~ones(exitLong);
    }

    /**
     * Long entry candidates with shorts enabled: also no enter_short exactly 1 on the row.
     *
     * @return the marks.
     */
    static long longs(final long enterLong, final long exitLong, final long enterShort)
    {
        return ones(enterLong) & ~ones(exitLong) & ~ones(enterShort);
    }

    /**
     * Short entry candidates: enter_short exactly 1, exit_short and enter_long not exactly 1.
     *
     * @return the marks.
     */
    static long shorts(final long enterShort, final long exitShort, final long enterLong)
    {
        return ones(enterShort) & ~ones(exitShort) & ~ones(enterLong);
    }

    /**
     * The byte index (0 to 7) of the lowest mark.
     *
     * @param marks a non-zero mark word.
     * @return the index.
     */
    static int first(final long marks)
    {
        return Long.numberOfTrailingZeros(marks) >>> 3;
    }

    /**
     * Whether byte {@code index} of a mark word is marked.
     *
     * @param marks a mark word.
     * @param index 0 to 7.
     * @return true when marked.
     */
    static boolean marked(final long marks, final int index)
    {
        return (marks >>> (index << 3) & 0x80L) != 0;
    }
}
