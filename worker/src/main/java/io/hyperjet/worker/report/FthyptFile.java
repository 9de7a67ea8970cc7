package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An open {@code .fthypt} results file: appends one line per epoch in evaluation order, flushes it, and points
 * {@code .last_result.json} at the file (backtest-semantics.md 10.4).
 * <p>
 * Not thread-safe: the coordinator's result thread owns it. Close it once; closing again does nothing.
 */
public final class FthyptFile implements AutoCloseable
{
    private final Path file;
    private final BufferedWriter writer;
    private boolean lastResultWritten;
    private boolean closed;

    /**
     * Open (create or append to) a results file.
     *
     * @param resultsDir    {@code user_data/hyperopt_results}, created if missing.
     * @param strategyClass strategy class name.
     * @param runTime       local time text {@code YYYY-mm-dd_HH-MM-SS}.
     */
    public FthyptFile(final Path resultsDir, final String strategyClass, final String runTime)
    {
        file = resultsDir.resolve(FthyptLine.fileName(strategyClass, runTime));
        try
        {
            Files.createDirectories(resultsDir);
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot open " + file, ex);
        }
    }

    public Path file()
    {
        return file;
    }

    /**
     * Append one epoch as a line and flush it.
     *
     * @param epoch the epoch object from {@link FthyptLine#epoch}.
     */
    public void append(final ObjectNode epoch)
    {
        try
        {
            writer.write(FthyptLine.line(epoch));
            writer.write('\n');
            writer.flush();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
        if (!lastResultWritten)
        {
            FthyptLine.writeLastResult(file.getParent(), file.getFileName().toString());
            lastResultWritten = true;
        }
    }

    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        try
        {
            writer.close();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot close " + file, ex);
        }
    }
}
