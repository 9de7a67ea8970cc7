package io.hyperjet.worker.frame.ta;

import java.util.Arrays;

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
        return Arrays.asList(RandomCandles.NAMES).indexOf(name);
    }

    private static double[][] candles(final int n, final long seed, final int leadingNans)
    {
        final double[][] c = RandomCandles.of(n, seed);
        for (final double[] column : c)
        {
            Arrays.fill(column, 0, leadingNans, Double.NaN);
        }
        return c;
    }
}
