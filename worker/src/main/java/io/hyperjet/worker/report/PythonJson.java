package io.hyperjet.worker.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes JSON the way Python's {@code json.dumps} lays it out: compact lines, or {@code indent=n} with
 * {@code "key": value} and {@code {}} for empty objects. Files are written to a temporary name and renamed.
 */
public final class PythonJson
{
    private static final ObjectWriter COMPACT = JsonSupport.mapper().writer();

    private PythonJson()
    {
    }

    /**
     * One-line JSON.
     *
     * @param node the value.
     * @return the text without a line break.
     */
    public static String compact(final JsonNode node)
    {
        try
        {
            return COMPACT.writeValueAsString(node);
        }
        catch (final JsonProcessingException ex)
        {
            throw new IllegalStateException("cannot serialise JSON tree", ex);
        }
    }

    /**
     * Indented JSON.
     *
     * @param node   the value.
     * @param indent spaces per level.
     * @return the text.
     */
    public static String indented(final JsonNode node, final int indent)
    {
        final DefaultIndenter indenter = new DefaultIndenter(" ".repeat(indent), "\n");
        final Separators separators = Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
        final DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
        try
        {
            return JsonSupport.mapper().writer(printer).writeValueAsString(node);
        }
        catch (final JsonProcessingException ex)
        {
            throw new IllegalStateException("cannot serialise JSON tree", ex);
        }
    }

    /**
     * Write text to a file atomically (temporary file in the same directory, then rename).
     *
     * @param file the target.
     * @param text the content.
     */
    public static void writeAtomically(final Path file, final String text)
    {
        final Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try
        {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
    }
}
