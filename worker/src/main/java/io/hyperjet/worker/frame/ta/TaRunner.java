package io.hyperjet.worker.frame.ta;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;

import java.util.Arrays;

/**
 * Runs TA-Lib functions the way Python's talib does, so results match it row for row: each output has the input's
 * length; leading rows where any input is NaN (a TEMA of an RSI) are skipped before the call and count towards the
 * lookback; rows before the lookback are NaN, or 0 for integer outputs (candle patterns); integer outputs come back
 * as doubles; the *INDEX functions' indices count from row 0 of the full input.
 * <p>
 * Allocates its outputs (plus a scratch array per integer output) and, when leading rows are skipped, copies of the
 * inputs. Not threadsafe: TA-Lib's
 * {@link Core} holds settings (unstable periods, candle settings), so keep one runner per thread.
 */
public final class TaRunner
{
    private final Core core = new Core();
    private final MInteger begin = new MInteger();
    private final MInteger length = new MInteger();

    /**
     * @param function the function.
     * @param inputs   one array per {@link TaFunction#inputCount() input}, all of one length.
     * @param options  one value per {@link TaFunction#optionCount() parameter} (see {@link TaArguments}).
     * @return one full-length array per output.
     * @throws IllegalArgumentException when the inputs differ in length or a parameter is out of TA-Lib's range.
     */
    public double[][] run(final TaFunction function, final double[][] inputs, final double[] options)
    {
        if (inputs.length != function.inputCount() || options.length != function.optionCount())
        {
            throw new IllegalArgumentException(function.name() + " takes " + function.inputCount() + " inputs and "
                + function.optionCount() + " parameters, not " + inputs.length + " and " + options.length);
        }
        final int n = inputs[0].length;
        for (final double[] input : inputs)
        {
            if (input.length != n)
            {
                throw new IllegalArgumentException(function.name() + ": inputs differ in length: " + input.length
                    + " vs " + n);
            }
        }
        final int outputs = function.outputCount();
        // zero-filled: integer outputs keep 0 before the lookback; real ones get NaN around their values below
        final double[][] result = new double[outputs][n];
        if (n == 0)
        {
            return result;
        }
        // talib starts at the first row where every input is a number; with none, at the last row.
        final int first = firstValidRow(inputs, n);
        final int count = n - first;
        final double[][] in = new double[inputs.length][];
        for (int k = 0; k < inputs.length; k++)
        {
            in[k] = first == 0 ? inputs[k] : Arrays.copyOfRange(inputs[k], first, n);
        }
        // Real outputs are computed straight into the result arrays (n >= count rows) and moved into place after:
        // TA-Lib writes from index 0, where talib's C pointer arithmetic would start at the lookback.
        final Object[] out = new Object[outputs];
        for (int k = 0; k < outputs; k++)
        {
            out[k] = function.integerOutput(k) ? new int[count] : result[k];
        }
        function.invoke(core, in, count, options, begin, length, out);
        final int from = Math.min(n, first + begin.value);
        final int offset = function.outputsAreIndices() ? first : 0;
        for (int k = 0; k < outputs; k++)
        {
            final double[] target = result[k];
            if (out[k] instanceof int[] ints)
            {
                for (int i = 0; i < length.value; i++)
                {
                    target[from + i] = ints[i] + offset;
                }
            }
            else
            {
                System.arraycopy(target, 0, target, from, length.value);
                Arrays.fill(target, 0, from, Double.NaN);
                Arrays.fill(target, from + length.value, n, Double.NaN);
            }
        }
        return result;
    }

    private static int firstValidRow(final double[][] inputs, final int n)
    {
        for (int i = 0; i < n; i++)
        {
            boolean valid = true;
            for (final double[] input : inputs)
            {
                if (Double.isNaN(input[i]))
                {
                    valid = false;
                    break;
                }
            }
            if (valid)
            {
                return i;
            }
        }
        return n - 1;
    }
}
