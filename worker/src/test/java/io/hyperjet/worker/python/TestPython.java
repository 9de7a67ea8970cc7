package io.hyperjet.worker.python;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.hyperjet.common.frame.PairFrame;

/**
 * The Python the tests run strategies in: the first of {@code python3}, {@code /usr/bin/python3} that imports numpy
 * and pandas, behind a wrapper script that puts the test tree's freqtrade stand-in on PYTHONPATH (so the
 * {@code python_executable} setting is exercised too). Fails when no such Python exists: CI installs Debian's.
 */
public final class TestPython
{
    /** The test strategies (PyMomentum, its Java port JavaMomentum, error cases). */
    public static final Path STRATEGIES = Path.of("src/test/resources/python-strategies").toAbsolutePath();
    static final Path STAND_IN = Path.of("src/test/python").toAbsolutePath();
    /* An extra argument (ignored by the bridge) that tags the bridges of this test JVM: other runs on the machine
     * may have bridges of their own. */
    private static final String MARKER = "--hyperjet-test-jvm=" + ProcessHandle.current().pid();

    private TestPython()
    {
    }

    /**
     * Writes the wrapper script into a directory.
     *
     * @param dir a temporary directory.
     * @return the script, to use as {@code python_executable}.
     * @throws IOException on a write failure.
     */
    public static Path wrapper(final Path dir) throws IOException
    {
        final Path script = dir.resolve("python-with-stand-in");
        Files.writeString(script, "#!/bin/sh\nPYTHONPATH='" + STAND_IN + "' exec '" + interpreter() + "' \"$@\" '" +
            MARKER + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    /**
     * Options for a test run.
     *
     * @param dir     where the wrapper goes.
     * @param runmode backtest or hyperopt.
     * @return the options.
     * @throws IOException on a write failure.
     */
    public static PythonOptions options(final Path dir, final String runmode) throws IOException
    {
        return new PythonOptions(wrapper(dir).toString(), JsonNodeFactory.instance.objectNode(), runmode);
    }

    /**
     * How many bridge processes this test JVM started are alive, after giving orphans the bridge's parent check
     * time to notice (it looks once a second).
     *
     * @return the count.
     * @throws InterruptedException if interrupted.
     */
    public static long bridgeProcesses() throws InterruptedException
    {
        long count = 0;
        for (int attempt = 0; attempt < 30; attempt++)
        {
            count = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(MARKER))
                .count();
            if (count == 0)
            {
                return 0;
            }
            Thread.sleep(100);
        }
        return count;
    }

    private static String interpreter()
    {
        for (final String candidate : List.of("python3", "/usr/bin/python3"))
        {
            try
            {
                final Process p = new ProcessBuilder(candidate, "-c", "import numpy, pandas")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0)
                {
                    return candidate;
                }
                p.destroyForcibly();
            }
            catch (final IOException ignore)
            {
                // not installed under this name; try the next
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("no python3 with numpy and pandas: apt-get install python3-numpy python3-pandas");
    }

    /**
     * Random-walk candles on the 5m grid (2 % of them without volume).
     *
     * @param pair    the pair.
     * @param rows    how many.
     * @param seed    the random seed.
     * @param startMs the first candle's date.
     * @return the frame.
     */
    public static PairFrame randomWalk(final String pair, final int rows, final long seed, final long startMs)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final long[] date = new long[rows];
        final double[][] ohlcv = new double[5][rows];
        double price = 100.0;
        for (int i = 0; i < rows; i++)
        {
            date[i] = startMs + i * 300_000L;
            ohlcv[0][i] = price;
            price *= 1.0 + (random.nextDouble() - 0.5) * 0.01;
            ohlcv[3][i] = price;
            ohlcv[1][i] = Math.max(ohlcv[0][i], price) * (1.0 + random.nextDouble() * 0.004);
            ohlcv[2][i] = Math.min(ohlcv[0][i], price) * (1.0 - random.nextDouble() * 0.004);
            ohlcv[4][i] = random.nextDouble() < 0.02 ? 0.0 : 1.0 + random.nextDouble() * 100.0;
        }
        final Map<String, double[]> columns = new LinkedHashMap<>();
        final String[] names = {PairFrame.OPEN, PairFrame.HIGH, PairFrame.LOW, PairFrame.CLOSE, PairFrame.VOLUME};
        for (int k = 0; k < names.length; k++)
        {
            columns.put(names[k], ohlcv[k]);
        }
        return PairFrame.ofArrays(pair, "5m", date, columns);
    }
}
