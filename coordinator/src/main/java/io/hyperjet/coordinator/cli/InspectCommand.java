package io.hyperjet.coordinator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.shm.attach.AttachedRun;
import io.hyperjet.shm.metadata.MetadataFile;
import io.hyperjet.shm.metadata.RunMetadata;
import io.hyperjet.shm.run.ProcessIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hyperjet inspect <metadata.json> [--verify] [--json]}: shows a shared-memory run, the first stop when
 * debugging one.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
        "Show a shared-memory run: pairs, rows, first/last candle, columns, bytes, segment files present or",
        "missing, and whether its coordinator is alive or the run is stale."})
final class InspectCommand implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<metadata.json>", description = "The run's metadata file.")
    Path metadataFile;

    @Option(names = "--verify", description = "Map the segments and recompute every checksum (reads all data).")
    boolean verify;

    @Option(names = "--json", description = "Print a machine-readable JSON document instead of the table.")
    boolean json;

    @Override
    public Integer call()
    {
        final RunMetadata metadata = MetadataFile.read(metadataFile);
        final Path directory = metadataFile.toAbsolutePath().getParent();
        final ProcessIdentity coordinator =
            new ProcessIdentity(metadata.coordinator().pid(), metadata.coordinator().startMs());
        final String deathReason = coordinator.deathReason();
        final List<Long> actualBytes = new ArrayList<>();
        for (final RunMetadata.Segment segment : metadata.segments())
        {
            actualBytes.add(fileSize(directory.resolve(segment.file())));
        }
        List<String> mismatches = null;
        if (verify)
        {
            try (AttachedRun run = AttachedRun.attach(metadataFile))
            {
                mismatches = run.verify();
            }
        }
        final PrintWriter out = spec.commandLine().getOut();
        if (json)
        {
            printJson(out, metadata, deathReason, actualBytes, mismatches);
        }
        else
        {
            printTable(out, metadata, deathReason, actualBytes, mismatches);
        }
        out.flush();
        return null == mismatches || mismatches.isEmpty() ? ExitCode.OK : ExitCode.SOFTWARE;
    }

    private void printTable(
        final PrintWriter out,
        final RunMetadata metadata,
        final String deathReason,
        final List<Long> actualBytes,
        final List<String> mismatches)
    {
        final RunMetadata.Coordinator coordinator = metadata.coordinator();
        out.printf("run          %s%n", metadata.runId());
        out.printf("metadata     %s (format %d)%n", metadataFile, metadata.formatVersion());
        out.printf("created      %s%n", metadata.created());
        out.printf("coordinator  pid %d started %s: %s%n", coordinator.pid(), coordinator.start(),
            null == deathReason ? "alive" : "STALE, " + deathReason);
        long dataBytes = 0;
        for (final RunMetadata.Segment segment : metadata.segments())
        {
            dataBytes += segment.bytes();
        }
        out.printf("segments     %d files, %,d bytes%n", metadata.segments().size(), dataBytes);
        for (int i = 0; i < metadata.segments().size(); i++)
        {
            final RunMetadata.Segment segment = metadata.segments().get(i);
            final long actual = actualBytes.get(i);
            final String state = actual < 0 ? "MISSING" :
                actual < segment.bytes() ? "SHORT (" + actual + " bytes on disk)" : "present";
            out.printf("  %-18s %,16d bytes  %s%n", segment.file(), segment.bytes(), state);
        }
        out.println();
        out.printf("%-20s %-9s %12s  %-20s  %-20s  %7s  %16s%n",
            "PAIR", "TIMEFRAME", "ROWS", "FIRST CANDLE", "LAST CANDLE", "COLUMNS", "BYTES");
        long rows = 0;
        for (final RunMetadata.Pair pair : metadata.pairs())
        {
            rows += pair.rows();
            out.printf("%-20s %-9s %,12d  %-20s  %-20s  %7d  %,16d%n", pair.pair(), pair.timeframe(), pair.rows(),
                candle(pair.rows(), pair.firstMs()), candle(pair.rows(), pair.lastMs()), pair.columns().size(),
                pairBytes(pair));
        }
        out.printf("%d pairs, %,d rows%n", metadata.pairs().size(), rows);
        printColumns(out, metadata);
        if (null != mismatches)
        {
            out.println();
            for (final String mismatch : mismatches)
            {
                out.println(mismatch);
            }
            out.printf("verify: %d columns checked, %s%n", columnCount(metadata),
                mismatches.isEmpty() ? "every checksum matches" : mismatches.size() + " checksum mismatches");
        }
    }

    private static void printColumns(final PrintWriter out, final RunMetadata metadata)
    {
        out.println();
        String previous = null;
        for (final RunMetadata.Pair pair : metadata.pairs())
        {
            final List<String> names = new ArrayList<>();
            for (final RunMetadata.Column column : pair.columns())
            {
                names.add(column.name() + ":" + column.type());
            }
            final String joined = String.join(", ", names);
            if (!joined.equals(previous))
            {
                out.printf("columns of %s %s%s: %s%n", pair.pair(), pair.timeframe(),
                    null == previous ? " (and following pairs unless listed)" : "", joined);
                previous = joined;
            }
        }
    }

    private void printJson(
        final PrintWriter out,
        final RunMetadata metadata,
        final String deathReason,
        final List<Long> actualBytes,
        final List<String> mismatches)
    {
        final ObjectNode root = MetadataFile.mapper().valueToTree(metadata);
        root.put("metadata_file", metadataFile.toString());
        final ObjectNode coordinator = (ObjectNode)root.get("coordinator");
        coordinator.put("status", null == deathReason ? "live" : "stale");
        if (null != deathReason)
        {
            coordinator.put("reason", deathReason);
        }
        final ArrayNode segments = (ArrayNode)root.get("segments");
        for (int i = 0; i < segments.size(); i++)
        {
            final ObjectNode segment = (ObjectNode)segments.get(i);
            segment.put("present", actualBytes.get(i) >= 0);
            segment.put("file_bytes", actualBytes.get(i));
        }
        if (null != mismatches)
        {
            final ObjectNode verified = root.putObject("verify");
            verified.put("columns_checked", columnCount(metadata));
            final ArrayNode list = verified.putArray("mismatches");
            for (final String mismatch : mismatches)
            {
                list.add(mismatch);
            }
        }
        try
        {
            out.println(MetadataFile.mapper().writeValueAsString(root));
        }
        catch (final JsonProcessingException ex)
        {
            throw new IllegalStateException("cannot print the metadata of " + metadataFile, ex);
        }
    }

    private static long pairBytes(final RunMetadata.Pair pair)
    {
        long bytes = 0;
        for (final RunMetadata.Column column : pair.columns())
        {
            bytes += column.length();
        }
        return bytes;
    }

    private static int columnCount(final RunMetadata metadata)
    {
        int columns = 0;
        for (final RunMetadata.Pair pair : metadata.pairs())
        {
            columns += pair.columns().size();
        }
        return columns;
    }

    private static String candle(final int rows, final long epochMs)
    {
        return 0 == rows ? "-" : Instant.ofEpochMilli(epochMs).toString().replace('T', ' ').replace("Z", "");
    }

    private static long fileSize(final Path file)
    {
        try
        {
            return Files.isRegularFile(file) ? Files.size(file) : -1;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read the size of " + file, ex);
        }
    }
}
