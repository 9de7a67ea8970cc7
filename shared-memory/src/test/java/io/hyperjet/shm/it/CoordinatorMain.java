package io.hyperjet.shm.it;

import java.nio.file.Path;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.shm.run.SharedRun;
import io.hyperjet.shm.test.TestFrames;

/**
 * A stand-in coordinator JVM for the multi-process tests: shares a few pairs, prints {@code METADATA <path>} and
 * holds the run until the process is terminated. It never closes the run itself, so the directory is removed only
 * by the shutdown hook (SIGTERM, SIGINT) or by the next start under the same root (after kill -9).
 * <p>
 * Arguments: {@code <shared-memory root> <pairs> <rows>}.
 */
public final class CoordinatorMain
{
    private CoordinatorMain()
    {
    }

    public static void main(final String[] args) throws InterruptedException
    {
        final Path root = Path.of(args[0]);
        final int pairs = Integer.parseInt(args[1]);
        final int rows = Integer.parseInt(args[2]);
        final SharedRun run = SharedRun.create(root, SharedRun.STDERR_LOG);
        for (int i = 0; i < pairs; i++)
        {
            final int pair = run.addPair(TestFrames.frame("PAIR" + i + "/USDT", rows, i));
            run.addColumn(pair, "rsi", DoubleColumn.copyOf(TestFrames.indicator(rows, i)));
        }
        System.out.println("METADATA " + run.publish());
        System.out.flush();
        while (true)
        {
            Thread.sleep(60_000);
        }
    }
}
