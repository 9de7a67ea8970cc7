package io.hyperjet.worker.frame.ta;

import java.util.Arrays;
import java.util.SplittableRandom;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * TaRunner computes real outputs in place and shifts them to the lookback; a plain reference (separate output
 * arrays, copied into NaN- or 0-filled columns at the skipped rows plus TA-Lib's first output row) must give the
 * same bits for every function, with and without leading NaN rows.
 */
class TaRunnerTest
{
    @Test
    void shouldMatchThePlainReferenceForEveryFunction()
    {
        final TaRunner runner = new TaRunner();
        for (final int leadingNans : new int[] {0, 7})
        {
            final double[][] candles = candles(300, 23, leadingNans);
            for (final TaFunction function : TaFunctions.all().values())
            {
                final double[][] inputs = new double[function.inputCount()][];
                for (int i = 0; i < inputs.length; i++)
                {
                    inputs[i] = candles[column(function.defaultColumn(i))];
                }
                final double[] options = new double[function.optionCount()];
                for (int i = 0; i < options.length; i++)
                {
                    options[i] = function.optionDefault(i);
                }
                final double[][] expected = reference(function, inputs, options, leadingNans);
                final double[][] actual = runner.run(function, inputs, options);
                for (int k = 0; k < expected.length; k++)
                {
                    assertArrayEquals(expected[k], actual[k], function.name() + " output " + k + " nans "
                        + leadingNans);
                }
            }
        }
    }

    private static double[][] reference(
        final TaFunction function, final double[][] inputs, final double[] options, final int first)
    {
        final int n = inputs[0].length;
        final int count = n - first;
        final double[][] in = new double[inputs.length][];
        for (int k = 0; k < inputs.length; k++)
        {
            in[k] = Arrays.copyOfRange(inputs[k], first, n);
        }
        final Object[] out = new Object[function.outputCount()];
        for (int k = 0; k < out.length; k++)
        {
            out[k] = function.integerOutput(k) ? new int[count] : new double[count];
        }
        final MInteger begin = new MInteger();
        final MInteger length = new MInteger();
        function.invoke(new Core(), in, count, options, begin, length, out);
        final double[][] result = new double[out.length][n];
        for (int k = 0; k < out.length; k++)
        {
            Arrays.fill(result[k], function.integerOutput(k) ? 0.0 : Double.NaN);
            for (int i = 0; i < length.value; i++)
            {
                result[k][first + begin.value + i] = out[k] instanceof int[] ints ?
                    ints[i] + (function.outputsAreIndices() ? first : 0) : ((double[])out[k])[i];
            }
        }
        return result;
    }

    private static int column(final String name)
    {
        return switch (name)
        {
            case "open" -> 0;
            case "high" -> 1;
            case "low" -> 2;
            case "close" -> 3;
            case "volume" -> 4;
            default -> 5;
        };
    }

    private static double[][] candles(final int n, final long seed, final int leadingNans)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final double[][] c = new double[6][n];
        double price = 100.0;
        for (int i = 0; i < n; i++)
        {
            final double open = price;
            price *= 1.0 + (random.nextDouble() - 0.5) * 0.04;
            c[0][i] = open;
            c[1][i] = Math.max(open, price) * (1.0 + random.nextDouble() * 0.01);
            c[2][i] = Math.min(open, price) * (1.0 - random.nextDouble() * 0.01);
            c[3][i] = price;
            c[4][i] = 1.0 + random.nextDouble() * 10.0;
            c[5][i] = 2 + random.nextInt(20);
        }
        for (final double[] column : c)
        {
            Arrays.fill(column, 0, leadingNans, Double.NaN);
        }
        return c;
    }
}
