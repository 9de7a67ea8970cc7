package io.hyperjet.coordinator.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import io.hyperjet.common.frame.PairFrame;

/**
 * Frames and a CLI runner for the shared-memory subcommand tests.
 */
final class ShmCliFixtures
{
    static final long START_MS = 1_704_067_200_000L;

    private ShmCliFixtures()
    {
    }

    static PairFrame frame(final String pair, final int rows)
    {
        final long[] date = new long[rows];
        final Map<String, double[]> values = new LinkedHashMap<>();
        for (final String name : new String[]{"open", "high", "low", "close", "volume"})
        {
            values.put(name, new double[rows]);
        }
        for (int i = 0; i < rows; i++)
        {
            date[i] = START_MS + i * 300_000L;
            for (final double[] column : values.values())
            {
                column[i] = 100 + i;
            }
        }
        return PairFrame.ofArrays(pair, "5m", date, values);
    }

    record Result(int exitCode, String out, String err)
    {
    }

    static Result run(final String... args)
    {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int exitCode = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exitCode, out.toString(), err.toString());
    }
}
