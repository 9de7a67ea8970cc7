package io.hyperjet.shm.measure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import io.hyperjet.common.frame.DoubleColumn;
import io.hyperjet.common.frame.LongColumn;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.shm.attach.AttachedRun;
import io.hyperjet.shm.it.ChildJvm;
import io.hyperjet.shm.run.SharedRun;
import io.hyperjet.shm.test.TestFrames;

/**
 * Measures worker attach time and the memory of attached workers; not a test, run by hand:
 * <pre>
 * java -cp ... io.hyperjet.shm.measure.ShmMeasureMain run &lt;root&gt; &lt;dataset MB&gt; &lt;workers&gt; [pairs]
 * </pre>
 * The parent shares a dataset of about the given size: 1-year 5m pairs (105,120 rows, date + 6 value columns), or
 * the given number of pairs with as many rows as the size needs,
 * spawns worker JVMs that attach (timed), read every column once and wait; then it reads each worker's
 * {@code /proc/<pid>/smaps_rollup} and the PSS/RSS of the segment mappings in {@code /proc/<pid>/smaps}.
 */
public final class ShmMeasureMain
{
    private static final int ROWS = 105_120;
    private static final int REATTACHES = 21;
    private static final Pattern MAPPING_HEADER = Pattern.compile("[0-9a-f]+-[0-9a-f]+ ");

    private ShmMeasureMain()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        if ("worker".equals(args[0]))
        {
            worker(Path.of(args[1]));
        }
        else
        {
            parent(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                args.length > 4 ? Integer.parseInt(args[4]) : 0);
        }
    }

    private static void parent(final Path root, final int datasetMb, final int workers, final int fixedPairs)
        throws Exception
    {
        final int rows = 0 == fixedPairs ? ROWS : (int)(((long)datasetMb << 20) / (7L * Long.BYTES * fixedPairs));
        final PairFrame frame = TestFrames.frame("X", rows, 1);
        final long pairBytes = 7L * rows * Long.BYTES;
        final int pairs = 0 == fixedPairs ? (int)Math.max(1, ((long)datasetMb << 20) / pairBytes) : fixedPairs;
        try (SharedRun run = SharedRun.create(root, SharedRun.STDERR_LOG))
        {
            for (int i = 0; i < pairs; i++)
            {
                run.addPair(new PairFrame("P" + i + "/USDT", "5m", frame.date(), frame.columns()));
            }
            final Path metadata = run.publish();
            System.out.printf("dataset: %d pairs x %d rows x 7 columns = %,d bytes in %s%n",
                pairs, rows, pairs * pairBytes, run.directory());
            final List<Process> processes = new ArrayList<>();
            final List<BufferedReader> outputs = new ArrayList<>();
            for (int i = 0; i < workers; i++)
            {
                final Process process = ChildJvm.start(ShmMeasureMain.class, "worker", metadata.toString());
                processes.add(process);
                outputs.add(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
            }
            final String[] ready = new String[workers];
            for (int i = 0; i < workers; i++)
            {
                String line;
                while (null != (line = outputs.get(i).readLine()) && !line.startsWith("READY"))
                {
                    System.out.println("worker " + processes.get(i).pid() + ": " + line);
                }
                ready[i] = line;
            }
            // PSS splits each page among the processes mapping it at the time of reading: read it once all are READY
            long segmentPssSumKb = 0;
            for (int i = 0; i < workers; i++)
            {
                final Process process = processes.get(i);
                final String line = ready[i];
                final long[] segment = segmentKb(process.pid(), run.directory().toString());
                segmentPssSumKb += segment[1];
                System.out.printf("worker %d: %s | smaps_rollup Rss %,d kB Pss %,d kB | segment mappings Rss %,d kB " +
                    "Pss %,d kB%n", process.pid(), line, rollupKb(process.pid(), "Rss:"),
                    rollupKb(process.pid(), "Pss:"), segment[0], segment[1]);
            }
            final long[] coordinator = segmentKb(ProcessHandle.current().pid(), run.directory().toString());
            System.out.printf("coordinator (still maps its last segment): segment Rss %,d kB Pss %,d kB%n",
                coordinator[0], coordinator[1]);
            System.out.printf("segment PSS: workers %,d kB + coordinator %,d kB = %,d kB; data size %,d kB%n",
                segmentPssSumKb, coordinator[1], segmentPssSumKb + coordinator[1], pairs * pairBytes / 1024);
            for (final Process process : processes)
            {
                process.getOutputStream().close();
                process.waitFor();
            }
        }
    }

    private static void worker(final Path metadata) throws IOException
    {
        final long startNs = System.nanoTime();
        final AttachedRun first = AttachedRun.attach(metadata);
        final long firstNs = System.nanoTime() - startNs;
        final long segmentRssAfterAttachKb = segmentKb(ProcessHandle.current().pid(),
            metadata.getParent().toString())[0];
        final long[] reattachNs = new long[REATTACHES];
        for (int i = 0; i < REATTACHES; i++)
        {
            final long t0 = System.nanoTime();
            final AttachedRun again = AttachedRun.attach(metadata);
            reattachNs[i] = System.nanoTime() - t0;
            again.close();
        }
        Arrays.sort(reattachNs);
        System.out.printf("attach: first %.1f ms (cold JVM), median of %d re-attaches %.2f ms; segment RSS right " +
            "after attach %d kB%n", firstNs / 1e6, REATTACHES, reattachNs[REATTACHES / 2] / 1e6,
            segmentRssAfterAttachKb);
        double sum = 0;
        for (final PairFrame frame : first.pairs())
        {
            final LongColumn date = frame.date();
            for (int i = 0; i < date.rows(); i++)
            {
                sum += date.get(i);
            }
            for (final DoubleColumn column : frame.columns().values())
            {
                for (int i = 0; i < column.rows(); i++)
                {
                    sum += column.get(i);
                }
            }
        }
        System.out.println("READY read every column once, sum=" + sum);
        System.out.flush();
        System.in.read();
        first.close();
    }

    private static long rollupKb(final long pid, final String key) throws IOException
    {
        for (final String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup")))
        {
            if (line.startsWith(key))
            {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static long[] segmentKb(final long pid, final String runDirectory) throws IOException
    {
        long rssKb = 0;
        long pssKb = 0;
        boolean inSegment = false;
        for (final String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps")))
        {
            if (MAPPING_HEADER.matcher(line).lookingAt())
            {
                inSegment = line.contains(runDirectory);
            }
            else if (inSegment && line.startsWith("Rss:"))
            {
                rssKb += Long.parseLong(line.replaceAll("\\D", ""));
            }
            else if (inSegment && line.startsWith("Pss:"))
            {
                pssKb += Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return new long[]{rssKb, pssKb};
    }
}
