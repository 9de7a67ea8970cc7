package io.hyperjet.worker.python;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test tree's stand-in of the TA-Lib Python wrapper (src/test/python-talib/talib) gives TA-Lib's doubles bit for bit:
 * each function it offers, through {@code talib.abstract}, against the TA-Lib Java library on a random walk, with
 * default and other parameters. The convert-strategy tests compare Python and Java trades on top of this.
 */
class TalibStandInTest
{
    private static final int ROWS = 700;
    private static final Core CORE = new Core();
    /* Off the stand-in's default path: other tests need `import talib` to fail. */
    private static final Path TALIB = Path.of("src/test/python-talib").toAbsolutePath();

    @TempDir
    Path dir;

    private interface Function
    {
        RetCode run(int end, double[] in, MInteger begin, MInteger count, double[][] out);
    }

    @Test
    void shouldGiveTaLibsDoublesBitForBit() throws Exception
    {
        final double[] close = randomWalk(ROWS, 11);
        // high and low around the close, the same range on some rows (STOCH's window extremes move and tie)
        final double[] high = new double[ROWS];
        final double[] low = new double[ROWS];
        final java.util.SplittableRandom spread = new java.util.SplittableRandom(12);
        for (int i = 0; i < ROWS; i++)
        {
            high[i] = close[i] + (i % 50 < 5 ? 0.5 : spread.nextDouble() * 2);
            low[i] = close[i] - (i % 50 < 5 ? 0.5 : spread.nextDouble() * 2);
        }
        final List<String> calls = new ArrayList<>();
        final List<double[]> expected = new ArrayList<>();
        add(calls, expected, close, "SMA(frame)", 1, (e, in, b, n, o) -> CORE.sma(0, e, in, 30, b, n, o[0]));
        add(calls, expected, close, "SMA(frame['close'], timeperiod=7)", 1,
            (e, in, b, n, o) -> CORE.sma(0, e, in, 7, b, n, o[0]));
        add(calls, expected, close, "EMA(frame, 9)", 1, (e, in, b, n, o) -> CORE.ema(0, e, in, 9, b, n, o[0]));
        add(calls, expected, close, "EMA(frame)", 1, (e, in, b, n, o) -> CORE.ema(0, e, in, 30, b, n, o[0]));
        add(calls, expected, close, "RSI(frame)", 1, (e, in, b, n, o) -> CORE.rsi(0, e, in, 14, b, n, o[0]));
        add(calls, expected, close, "RSI(frame, timeperiod=5)", 1,
            (e, in, b, n, o) -> CORE.rsi(0, e, in, 5, b, n, o[0]));
        add(calls, expected, close, "TEMA(frame, timeperiod=9)", 1,
            (e, in, b, n, o) -> CORE.tema(0, e, in, 9, b, n, o[0]));
        add(calls, expected, close, "MACD(frame)", 3,
            (e, in, b, n, o) -> CORE.macd(0, e, in, 12, 26, 9, b, n, o[0], o[1], o[2]));
        add(calls, expected, close, "MACD(frame, fastperiod=20, slowperiod=8, signalperiod=4)", 3,
            (e, in, b, n, o) -> CORE.macd(0, e, in, 20, 8, 4, b, n, o[0], o[1], o[2]));
        add(calls, expected, close, "BBANDS(frame)", 3,
            (e, in, b, n, o) -> CORE.bbands(0, e, in, 5, 2.0, 2.0, MAType.Sma, b, n, o[0], o[1], o[2]));
        add(calls, expected, close, "BBANDS(frame, timeperiod=20, nbdevup=1.0, nbdevdn=2.5)", 3,
            (e, in, b, n, o) -> CORE.bbands(0, e, in, 20, 1.0, 2.5, MAType.Sma, b, n, o[0], o[1], o[2]));
        add(calls, expected, close, "BBANDS(frame, timeperiod=10, nbdevup=1.0, nbdevdn=1.0)", 3,
            (e, in, b, n, o) -> CORE.bbands(0, e, in, 10, 1.0, 1.0, MAType.Sma, b, n, o[0], o[1], o[2]));

        add(calls, expected, close, "STOCH(frame)", 2, (e, in, b, n, o) -> CORE.stoch(0, e, high, low, close,
            5, 3, MAType.Sma, 3, MAType.Sma, b, n, o[0], o[1]));
        add(calls, expected, close, "STOCH(frame, fastk_period=14, slowk_period=4, slowd_period=2)", 2,
            (e, in, b, n, o) -> CORE.stoch(0, e, high, low, close, 14, 4, MAType.Sma, 2, MAType.Sma, b, n, o[0], o[1]));
        add(calls, expected, close, "STOCH(frame['high'], frame['low'], frame['close'], 9, 1)", 2,
            (e, in, b, n, o) -> CORE.stoch(0, e, high, low, close, 9, 1, MAType.Sma, 3, MAType.Sma, b, n, o[0], o[1]));

        final List<String> lines = python(close, high, low, calls);
        assertEquals(expected.size(), lines.size(), String.join("\n", lines));
        int compared = 0;
        for (int k = 0; k < expected.size(); k++)
        {
            final String[] hex = lines.get(k).split(" ");
            assertEquals(ROWS, hex.length, "output " + k);
            for (int i = 0; i < ROWS; i++)
            {
                final double fromPython = "nan".equals(hex[i]) ? Double.NaN : Double.parseDouble(hex[i]);
                assertEquals(Double.doubleToLongBits(expected.get(k)[i]), Double.doubleToLongBits(fromPython),
                    "output " + k + " row " + i + ": TA-Lib " + expected.get(k)[i] + ", stand-in " + fromPython);
                compared += Double.isNaN(fromPython) ? 0 : 1;
            }
        }
        assertTrue(compared > 20 * 600, "too few values compared: " + compared);
    }

    private static void add(
        final List<String> calls, final List<double[]> expected, final double[] in, final String call,
        final int outputs, final Function f)
    {
        final double[][] out = new double[outputs][in.length];
        final MInteger begin = new MInteger();
        final MInteger count = new MInteger();
        assertEquals(RetCode.Success, f.run(in.length - 1, in, begin, count, out));
        calls.add(call);
        for (final double[] o : out)
        {
            final double[] aligned = new double[in.length];
            java.util.Arrays.fill(aligned, Double.NaN);
            System.arraycopy(o, 0, aligned, begin.value, count.value);
            expected.add(aligned);
        }
    }

    private List<String> python(final double[] close, final double[] high, final double[] low,
        final List<String> calls) throws IOException, InterruptedException
    {
        final StringBuilder values = new StringBuilder();
        for (int i = 0; i < close.length; i++)
        {
            values.append(Double.toHexString(close[i])).append(' ').append(Double.toHexString(high[i])).append(' ')
                .append(Double.toHexString(low[i])).append('\n');
        }
        final Path input = Files.writeString(dir.resolve("close.txt"), values);
        final StringBuilder script = new StringBuilder("""
            import sys
            sys.path.insert(0, %s)
            import pandas as pd
            import talib.abstract as ta
            rows = [[float.fromhex(v) for v in line.split()] for line in open(%s).read().splitlines()]
            frame = pd.DataFrame({"close": [r[0] for r in rows], "high": [r[1] for r in rows],
                                  "low": [r[2] for r in rows]})
            def show(result):
                columns = [result[c] for c in result.columns] if isinstance(result, pd.DataFrame) else [result]
                for column in columns:
                    print(" ".join(float(v).hex() for v in column))
            """.formatted("'" + TALIB + "'", "'" + input + "'"));
        for (final String call : calls)
        {
            script.append("show(ta.").append(call).append(")\n");
        }
        final Process p = new ProcessBuilder(TestPython.wrapper(dir).toString(), "-c", script.toString())
            .redirectErrorStream(true).start();
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python did not finish");
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }

    private static double[] randomWalk(final int rows, final long seed)
    {
        final Random random = new Random(seed);
        final double[] v = new double[rows];
        double price = 100.0;
        for (int i = 0; i < rows; i++)
        {
            price *= 1.0 + (random.nextGaussian() * 0.01);
            v[i] = price;
            if (i % 97 == 50)
            {
                v[i] = v[i - 1]; // flat steps: RSI's zero-change branch and TA-Lib's near-zero checks
            }
        }
        return v;
    }
}
