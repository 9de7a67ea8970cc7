package io.hyperjet.shm.metadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.hyperjet.common.UserInputException;
import io.hyperjet.common.frame.PairFrame;
import io.hyperjet.shm.segment.SegmentDescriptor;

/**
 * Reads, checks and atomically writes a run's {@code metadata.json}.
 * <p>
 * Every problem with a metadata file is a {@link UserInputException} whose one-line message starts with the file's
 * path. Reading checks the JSON and its internal consistency only; whether the segment files exist is the
 * attacher's check, so that {@code hyperjet inspect} can still show a run whose files are gone.
 */
public final class MetadataFile
{
    /**
     * The metadata format this build writes and reads. Raise it on any incompatible change.
     */
    public static final int FORMAT_VERSION = 1;

    /**
     * The file name inside a run directory.
     */
    public static final String FILE_NAME = "metadata.json";

    private static final String FORMAT_VERSION_KEY = "format_version";
    private static final ObjectMapper MAPPER = new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private MetadataFile()
    {
    }

    /**
     * The shared JSON mapper with the metadata's naming (snake_case, indented).
     *
     * @return the mapper; do not reconfigure it.
     */
    public static ObjectMapper mapper()
    {
        return MAPPER;
    }

    /**
     * Writes metadata to a temp file beside {@code file} (mode 0600) and renames it over {@code file}, so a reader
     * sees the old or the new content, never a part.
     *
     * @param file     the metadata file.
     * @param metadata the content.
     */
    public static void write(final Path file, final RunMetadata metadata)
    {
        final Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try
        {
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(temp, MAPPER.writeValueAsBytes(metadata));
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write metadata file " + file, ex);
        }
    }

    /**
     * Reads and checks a metadata file.
     *
     * @param file the metadata file.
     * @return the metadata.
     * @throws UserInputException when the file is missing, not JSON, of another format version or inconsistent.
     */
    public static RunMetadata read(final Path file)
    {
        final JsonNode tree = readTree(file);
        final JsonNode version = tree.get(FORMAT_VERSION_KEY);
        if (null == version || !version.isInt())
        {
            throw new UserInputException(file + ": not a hyperjet run metadata file (no integer " +
                FORMAT_VERSION_KEY + ")");
        }
        if (FORMAT_VERSION != version.intValue())
        {
            throw new UserInputException(file + ": unknown metadata " + FORMAT_VERSION_KEY + " " +
                version.intValue() + " (this hyperjet reads version " + FORMAT_VERSION + ")");
        }
        final RunMetadata metadata;
        try
        {
            metadata = MAPPER.treeToValue(tree, RunMetadata.class);
        }
        catch (final JsonProcessingException ex)
        {
            throw new UserInputException(file + ": invalid metadata: " + oneLine(ex.getOriginalMessage()), ex);
        }
        check(file, metadata);
        return metadata;
    }

    /**
     * Reads a file as a JSON tree, without checking it is metadata; for tools that must cope with any version.
     *
     * @param file the file.
     * @return the JSON tree.
     * @throws UserInputException when the file is missing or not a JSON object.
     */
    public static JsonNode readTree(final Path file)
    {
        final JsonNode tree;
        try
        {
            tree = MAPPER.readTree(Files.readAllBytes(file));
        }
        catch (final NoSuchFileException ex)
        {
            throw new UserInputException(file + ": metadata file not found", ex);
        }
        catch (final JsonProcessingException ex)
        {
            final String where = null == ex.getLocation() ? "" :
                " at line " + ex.getLocation().getLineNr() + " column " + ex.getLocation().getColumnNr();
            throw new UserInputException(file + ": malformed metadata JSON" + where + ": " +
                oneLine(ex.getOriginalMessage()), ex);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read metadata file " + file, ex);
        }
        if (null == tree || !tree.isObject())
        {
            throw new UserInputException(file + ": malformed metadata JSON: not a JSON object");
        }
        return tree;
    }

    private static void check(final Path file, final RunMetadata metadata)
    {
        require(file, null != metadata.runId() && null != metadata.coordinator() && null != metadata.segments() &&
            null != metadata.pairs(), "run_id, coordinator, segments and pairs are required");
        for (final RunMetadata.Segment segment : metadata.segments())
        {
            require(file, null != segment && null != segment.file() && !segment.file().contains("/") &&
                segment.bytes() >= 0 && segment.bytes() <= SegmentDescriptor.MAX_SEGMENT_LENGTH,
                "bad segment entry " + segment);
        }
        final Set<String> pairKeys = new HashSet<>();
        for (final RunMetadata.Pair pair : metadata.pairs())
        {
            require(file, null != pair && null != pair.pair() && null != pair.timeframe() && null != pair.columns() &&
                pair.rows() >= 0, "bad pair entry " + pair);
            final String where = "pair " + pair.pair() + " " + pair.timeframe();
            require(file, pairKeys.add(pair.pair() + " " + pair.timeframe()), where + " appears twice");
            require(file, !pair.columns().isEmpty() && PairFrame.DATE.equals(pair.columns().get(0).name()) &&
                SegmentDescriptor.TYPE_INT64.equals(pair.columns().get(0).type()),
                where + ": the first column must be date of type int64");
            final Set<String> names = new HashSet<>();
            for (final RunMetadata.Column column : pair.columns())
            {
                checkColumn(file, metadata, pair, column, where);
                if (!names.add(column.name()))
                {
                    require(file, false, where + ": column " + column.name() + " appears twice");
                }
            }
        }
    }

    /*
     * Called for every column of every pair on each attach, in a worker that has just started: the messages are
     * built only when a check fails.
     */
    private static void checkColumn(
        final Path file,
        final RunMetadata metadata,
        final RunMetadata.Pair pair,
        final RunMetadata.Column column,
        final String where)
    {
        if (null == column || null == column.name() || null == column.crc32c())
        {
            require(file, false, where + ": bad column entry " + column);
            return;
        }
        if (!SegmentDescriptor.TYPE_INT64.equals(column.type()) && !SegmentDescriptor.TYPE_FLOAT64.equals(column.type()))
        {
            require(file, false, at(where, column) + ": unknown type " + column.type());
        }
        if (column.segment() < 0 || column.segment() >= metadata.segments().size())
        {
            require(file, false, at(where, column) + ": segment " + column.segment() + " is not in the segment list");
        }
        final String problem = SegmentDescriptor.blockProblem(column.offset(), column.length(), pair.rows(),
            metadata.segments().get(column.segment()).bytes());
        if (null != problem)
        {
            require(file, false, at(where, column) + ": " + problem);
        }
        if (!isCrc(column.crc32c()))
        {
            require(file, false, at(where, column) + ": crc32c must be 8 hex digits");
        }
        if (null != column.labels() && !SegmentDescriptor.TYPE_FLOAT64.equals(column.type()))
        {
            require(file, false, at(where, column) + ": only a float64 column can have labels");
        }
        if (null != column.labels() && column.labels().contains(null))
        {
            require(file, false, at(where, column) + ": a label is null");
        }
    }

    private static String at(final String where, final RunMetadata.Column column)
    {
        return where + " column " + column.name();
    }

    /* What formatCrc writes: 8 lowercase hex digits. */
    private static boolean isCrc(final String text)
    {
        if (text.length() != 8)
        {
            return false;
        }
        for (int i = 0; i < 8; i++)
        {
            final char c = text.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f'))
            {
                return false;
            }
        }
        return true;
    }

    private static void require(final Path file, final boolean condition, final String problem)
    {
        if (!condition)
        {
            throw new UserInputException(file + ": invalid metadata: " + oneLine(problem));
        }
    }

    private static String oneLine(final String message)
    {
        return null == message ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /**
     * Formats a CRC32C as the 8 hex digits the metadata stores.
     *
     * @param crc32c the checksum.
     * @return 8 lowercase hex digits.
     */
    public static String formatCrc(final int crc32c)
    {
        return String.format("%08x", crc32c);
    }
}
