package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.hyperjet.worker.signal.Signals;

class SignalWordsTest
{
    /** Mostly the three codes, sometimes any byte, so a test that only works for 0/1/2 or leaks a carry fails. */
    private static byte randomCode(final SplittableRandom rnd)
    {
        return rnd.nextInt(4) == 0 ? (byte)rnd.nextInt(256) : (byte)rnd.nextInt(3);
    }

    @Test
    void shouldMarkExactlyTheEntryCandidatesOfEachByte()
    {
        final SplittableRandom rnd = new SplittableRandom(3);
        final byte[][] codes = new byte[4][16];
        for (int i = 0; i < 200_000; i++)
        {
            for (final byte[] column : codes)
            {
                for (int b = 0; b < column.length; b++)
                {
                    column[b] = randomCode(rnd);
                }
            }
            final int at = rnd.nextInt(9);
            final long el = SignalWords.word(codes[0], at);
            final long xl = SignalWords.word(codes[1], at);
            final long es = SignalWords.word(codes[2], at);
            final long xs = SignalWords.word(codes[3], at);
            for (int b = 0; b < Long.BYTES; b++)
            {
                final boolean eL = codes[0][at + b] == Signals.ONE;
                final boolean xL = codes[1][at + b] == Signals.ONE;
                final boolean eS = codes[2][at + b] == Signals.ONE;
                final boolean xS = codes[3][at + b] == Signals.ONE;
                assertEquals(eL, SignalWords.marked(SignalWords.ones(el), b));
                assertEquals(eL && !xL, SignalWords.marked(SignalWords.longOnly(el, xl), b));
                assertEquals(eL && !xL && !eS, SignalWords.marked(SignalWords.longs(el, xl, es), b));
                assertEquals(eS && !xS && !eL, SignalWords.marked(SignalWords.shorts(es, xs, el), b));
            }
            final long marks = SignalWords.longOnly(el, xl);
            assertEquals(Long.bitCount(marks & 0x8080808080808080L), Long.bitCount(marks), "marks outside bit 7");
            if (marks != 0L)
            {
                int first = 0;
                while (!SignalWords.marked(marks, first))
                {
                    first++;
                }
                assertEquals(first, SignalWords.first(marks));
            }
        }
    }

    @Test
    void shouldReadCodesInIncreasingBytes()
    {
        final byte[] codes = {0, 0, 1, 0, 0, 0, 0, 0, 0};
        assertEquals(1, SignalWords.first(SignalWords.ones(SignalWords.word(codes, 1))));
    }
}
