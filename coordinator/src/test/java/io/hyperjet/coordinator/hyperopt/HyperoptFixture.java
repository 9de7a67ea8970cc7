package io.hyperjet.coordinator.hyperopt;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.coordinator.testing.TestWorkspace;
import io.hyperjet.coordinator.runconfig.RunConfigOptions;

/**
 * A small hyperopt workspace in a temp directory: generated candles, a config with a private shared-memory root,
 * and helpers to run a hyperopt in this JVM and read its .fthypt file.
 */
final class HyperoptFixture
{
    static final long START_MS = TestWorkspace.START_MS;
    private static final long SEED = 7;

    final Path dir;
    final Path shmRoot;
    final Path config;
    private final TestWorkspace workspace;

    HyperoptFixture(final Path dir, final int pairs, final int days) throws IOException
    {
        this(dir, pairs, days, "SampleStrategy");
    }

    /**
     * A workspace of {@code pairs} pairs of {@code days} days of 5m candles (seed 7) whose config names
     * {@code strategy}.
     */
    HyperoptFixture(final Path dir, final int pairs, final int days, final String strategy) throws IOException
    {
        this.dir = dir;
        this.shmRoot = dir.resolve("shm");
        this.workspace = new TestWorkspace(dir).candles(pairs, days, "5m", SEED);
        this.config = workspace.config("config.json", EpochCommitter.MAPPER.createObjectNode()
            .put("strategy", strategy).put("shared_memory_dir", shmRoot.toString()).toString());
    }

    /** Writes 1m candles for the first {@code pairs} pairs, over the same days as the 5m candles. */
    HyperoptFixture withDetail(final int pairs, final int days) throws IOException
    {
        workspace.candles(pairs, days, "1m", SEED);
        return this;
    }

    /** Like {@link #options} with {@code --timeframe-detail}; {@code jobs} 0 means --in-process. */
    HyperoptOptions detailOptions(final int epochs, final int jobs, final String timeframeDetail)
    {
        return new HyperoptOptions(RunConfigOptions.of(List.of(config)).withTimeframeDetail(timeframeDetail),
            epochs, Math.max(1, jobs), List.of("roi", "stoploss", "trailing"), null, null, 5L, null, 0, null, false,
            false, false, jobs == 0, false, null);
    }

    HyperoptOptions options(final int epochs, final int jobs, final String resume)
    {
        return new HyperoptOptions(RunConfigOptions.of(List.of(config)), epochs, jobs, null, null, null, 5L,
            null, 0, resume, false, false, false, false, false, null);
    }

    HyperoptOptions inProcess(final int epochs)
    {
        return new HyperoptOptions(RunConfigOptions.of(List.of(config)), epochs, 1, null, null, null, 5L,
            null, 0, null, false, false, false, true, false, null);
    }

    int run(final HyperoptOptions options, final StringWriter out)
    {
        return new HyperoptRun(options, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), false)
            .run();
    }

    Path resultsDir()
    {
        return dir.resolve("user_data/hyperopt_results");
    }

    List<Path> fthyptFiles() throws IOException
    {
        try (Stream<Path> files = Files.list(resultsDir()))
        {
            return files.filter(p -> p.toString().endsWith(".fthypt")).sorted().toList();
        }
    }

    /** The .fthypt lines without the wall-clock fields, which differ between any two runs. */
    static List<String> comparableLines(final Path fthypt) throws IOException
    {
        final List<String> lines = new ArrayList<>();
        for (final String line : Files.readAllLines(fthypt, StandardCharsets.UTF_8))
        {
            final JsonNode node = EpochCommitter.MAPPER.readTree(line);
            final ObjectNode metrics = (ObjectNode)node.get("results_metrics");
            metrics.remove("backtest_run_start_ts");
            metrics.remove("backtest_run_end_ts");
            lines.add(node.toString());
        }
        return lines;
    }

    /** Fails with the first differing epoch and field, not a wall of JSON. */
    static void assertSameEpochs(final Path expected, final Path actual) throws IOException
    {
        final List<String> a = comparableLines(expected);
        final List<String> b = comparableLines(actual);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++)
        {
            if (!a.get(i).equals(b.get(i)))
            {
                final JsonNode x = EpochCommitter.MAPPER.readTree(a.get(i));
                final JsonNode y = EpochCommitter.MAPPER.readTree(b.get(i));
                final StringBuilder fields = new StringBuilder();
                diff("", x, y, fields);
                throw new AssertionError("epoch " + (i + 1) + " differs: " + fields);
            }
        }
        if (a.size() != b.size())
        {
            throw new AssertionError("epoch counts differ: " + a.size() + " vs " + b.size());
        }
    }

    private static void diff(final String path, final JsonNode x, final JsonNode y, final StringBuilder out)
    {
        if (x.isObject() && y.isObject())
        {
            x.fieldNames().forEachRemaining(f ->
            {
                if (!x.get(f).equals(y.get(f)))
                {
                    diff(path + "." + f, x.get(f), null == y.get(f) ? EpochCommitter.MAPPER.nullNode() : y.get(f),
                        out);
                }
            });
        }
        else if (x.isArray() && y.isArray() && x.size() == y.size())
        {
            for (int i = 0; i < x.size(); i++)
            {
                if (!x.get(i).equals(y.get(i)))
                {
                    diff(path + "[" + i + "]", x.get(i), y.get(i), out);
                }
            }
        }
        else
        {
            out.append(path).append(": ").append(abbreviate(x)).append(" vs ").append(abbreviate(y)).append("; ");
        }
    }

    private static String abbreviate(final JsonNode node)
    {
        final String text = String.valueOf(node);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    static long childJvms()
    {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count();
    }

    boolean shmRootEmpty() throws IOException
    {
        if (!Files.isDirectory(shmRoot))
        {
            return true;
        }
        try (Stream<Path> entries = Files.list(shmRoot))
        {
            return entries.findAny().isEmpty();
        }
    }
}
