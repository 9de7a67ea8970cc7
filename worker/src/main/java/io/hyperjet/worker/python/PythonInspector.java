package io.hyperjet.worker.python;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.hyperjet.common.UserInputException;

/**
 * Finds the strategy classes of {@code .py} files the way Freqtrade's {@code list-strategies} does: by importing each
 * file in the user's Python (through one bridge process for all files) and keeping the {@code IStrategy} subclasses
 * it defines. Importing runs the file's top-level code, as Freqtrade does too; a file that fails to import is
 * reported with its one-line error. Close it to end the process.
 */
public final class PythonInspector implements AutoCloseable
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path scratch;
    private final PythonProcess python;

    /**
     * One class a file defines.
     *
     * @param name         the class name.
     * @param hyperoptable how many hyperoptable parameters it declares (buy, sell, protection).
     */
    public record PythonClass(String name, int hyperoptable)
    {
    }

    /**
     * What importing a file gave.
     *
     * @param classes the classes, possibly none.
     * @param error   the import's one-line error, or null.
     */
    public record Inspection(List<PythonClass> classes, String error)
    {
    }

    /**
     * Starts the bridge.
     *
     * @param executable the Python executable.
     * @throws UserInputException when it cannot be started.
     */
    public PythonInspector(final String executable)
    {
        scratch = PythonStrategy.scratchDirectory();
        try
        {
            PythonStrategy.extractBridge(scratch);
            python = PythonProcess.start(executable, scratch.resolve(PythonStrategy.BRIDGE_RESOURCE), scratch,
                "list-strategies");
        }
        catch (final RuntimeException ex)
        {
            PythonStrategy.deleteDirectory(scratch);
            throw ex;
        }
    }

    /**
     * Imports one file.
     *
     * @param file the {@code .py} file.
     * @return its classes or its error.
     * @throws UserInputException when the Python itself is unusable (no numpy/pandas) or the process died.
     */
    public Inspection inspect(final Path file)
    {
        final JsonNode reply = python.call(MAPPER.createObjectNode().put("op", "inspect")
            .put("file", file.toAbsolutePath().toString()));
        final List<PythonClass> classes = new ArrayList<>();
        for (final JsonNode c : reply.path("classes"))
        {
            classes.add(new PythonClass(c.path("name").asText(), c.path("hyperoptable").asInt()));
        }
        final JsonNode error = reply.path("error");
        return new Inspection(classes, error.isTextual() ? error.asText() : null);
    }

    /** Ends the process and deletes the scratch directory. */
    @Override
    public void close()
    {
        try
        {
            python.close();
        }
        finally
        {
            PythonStrategy.deleteDirectory(scratch);
        }
    }
}
