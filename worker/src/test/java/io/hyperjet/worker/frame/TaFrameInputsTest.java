package io.hyperjet.worker.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.worker.strategy.IndicatorColumns;

/**
 * {@link Ta} keeps the frame columns it read as inputs for the frame it read last: every output must equal the one
 * computed from freshly materialized inputs (the series overload on a new instance), whatever the order in which
 * frames, functions and input columns come, including frames alternating call by call and a strategy column that
 * hides nothing of the frame's.
 */
class TaFrameInputsTest
{
    private static final String[] FUNCTIONS = {"RSI", "MFI", "ADX", "SAR", "TEMA", "MACD", "STOCHF", "BBANDS", "SMA",
        "HT_SINE", "ATR", "CCI"};

    @Test
    void shouldGiveTheOutputsOfFreshInputsForAnyOrderOfFramesAndFunctions()
    {
        final PairFrame[] frames = {FrameStrategyTest.candles(700, 1), FrameStrategyTest.candles(700, 2),
            FrameStrategyTest.candles(500, 3)};
        final DataFrame[] dfs = new DataFrame[frames.length];
        for (int f = 0; f < frames.length; f++)
        {
            dfs[f] = DataFrame.forIndicators(FrameContext.STANDALONE, frames[f], new IndicatorColumns(frames[f].rows()));
            // a strategy column: read through the same path, never through the frame's column arrays
            dfs[f].set("mid", dfs[f].get("high").add(dfs[f].get("low")).div(2));
        }
        final Ta ta = new Ta();
        final Random random = new Random(7);
        for (int call = 0; call < 300; call++)
        {
            // mostly the same frame for a while (the cached case), sometimes another one
            final int f = random.nextInt(4) == 0 ? random.nextInt(frames.length) : call / 25 % frames.length;
            final String name = FUNCTIONS[random.nextInt(FUNCTIONS.length)];
            final boolean onMid = random.nextInt(5) == 0 && isOneInput(name);
            final DataFrame got = onMid ? ta.call(name, dfs[f], "price", "mid") : ta.call(name, dfs[f]);
            final DataFrame want = fresh(name, dfs[f], onMid);
            for (final String column : want.columns())
            {
                final double[] a = want.get(column).values();
                final double[] b = got.get(column).values();
                assertEquals(a.length, b.length);
                for (int r = 0; r < a.length; r++)
                {
                    assertEquals(Double.doubleToRawLongBits(a[r]), Double.doubleToRawLongBits(b[r]),
                        "call " + call + " " + name + " on frame " + f + ", " + column + " row " + r);
                }
            }
        }
    }

    private static boolean isOneInput(final String name)
    {
        return "RSI".equals(name) || "TEMA".equals(name) || "SMA".equals(name) || "HT_SINE".equals(name) ||
            "MACD".equals(name) || "BBANDS".equals(name);
    }

    /* The same function on a new instance over copies of the input columns (the series overload). */
    private static DataFrame fresh(final String name, final DataFrame df, final boolean onMid)
    {
        final String[] inputs = switch (name)
        {
            case "MFI" -> new String[]{"high", "low", "close", "volume"};
            case "ADX", "ATR", "CCI" -> new String[]{"high", "low", "close"};
            case "SAR" -> new String[]{"high", "low"};
            case "STOCHF" -> new String[]{"high", "low", "close"};
            default -> new String[]{onMid ? "mid" : "close"};
        };
        final Series[] series = new Series[inputs.length];
        for (int i = 0; i < inputs.length; i++)
        {
            series[i] = new Series(df.get(inputs[i]).values().clone());
        }
        return new Ta().call(name, series);
    }
}
