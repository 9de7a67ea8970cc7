package io.hyperjet.common.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.UserInputException;

/**
 * Builds a {@link HyperjetConfig} from JSON files and command-line overrides: files deep-merge in order (objects
 * merge key by key, anything else is replaced), each after the files its {@code add_config_files} lists, then
 * overrides replace single keys. Every key remembers which file
 * (or the command line) set it last, and the result is validated before it is returned. Comments and trailing commas
 * are allowed, as Freqtrade allows them. Credentials ({@link ConfigSecrets}) are removed before anything else sees
 * the config.
 */
public final class ConfigLoader
{
    /** Freqtrade's key listing more config files, relative to the file that lists them. */
    static final String ADD_CONFIG_FILES = "add_config_files";
    /* Freqtrade's guard against a file that lists itself: at most this many levels of listed files. */
    private static final int MAX_ADD_LEVELS = 5;
    private static final String PYTHON_EXECUTABLE = "python_executable";
    /** The source named for keys set by command-line flags. */
    public static final String COMMAND_LINE = "command line";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();

    private final List<Path> files = new ArrayList<>();
    private final Map<String, Object> overrides = new LinkedHashMap<>();
    private final Map<String, String> overrideSources = new LinkedHashMap<>();
    private Map<String, String> environment = System.getenv();

    /**
     * Adds a config file; later files override earlier ones.
     *
     * @param file a JSON config file.
     * @return this.
     */
    public ConfigLoader file(final Path file)
    {
        files.add(file);
        return this;
    }

    /**
     * Sets a key from the command line, overriding every file. A null value is ignored (flag not given).
     *
     * @param dottedKey e.g. {@code timeframe} or {@code exchange.pair_whitelist}.
     * @param value     a String, Number, Boolean, List or Map.
     * @return this.
     */
    public ConfigLoader override(final String dottedKey, final Object value)
    {
        return override(dottedKey, COMMAND_LINE, value);
    }

    /**
     * Sets a key from a command-line flag, overriding every file; messages about the key name the flag. A null
     * value is ignored (flag not given).
     *
     * @param dottedKey the key.
     * @param flag      the flag that set it, e.g. {@code --timerange}.
     * @param value     a String, Number, Boolean, List or Map.
     * @return this.
     */
    public ConfigLoader override(final String dottedKey, final String flag, final Object value)
    {
        if (null != value)
        {
            overrides.put(dottedKey, value);
            overrideSources.put(dottedKey, flag);
        }
        return this;
    }

    /**
     * The environment whose {@code FREQTRADE__...} variables set keys over the files ({@link System#getenv()} unless
     * set); for tests.
     *
     * @param variables the environment.
     * @return this.
     */
    public ConfigLoader environment(final Map<String, String> variables)
    {
        environment = variables;
        return this;
    }

    /**
     * Reads, merges and validates.
     *
     * @return the validated config.
     * @throws UserInputException naming the file (and key) for a missing file, bad JSON, a wrong type or a value
     *                            out of range.
     */
    public HyperjetConfig load()
    {
        final ObjectNode root = MAPPER.createObjectNode();
        final Map<String, String> sources = new LinkedHashMap<>();
        for (final Path file : files)
        {
            mergeFile(root, file, 0, sources);
        }
        // Freqtrade puts FREQTRADE__SECTION__KEY variables over the files; flags still win
        for (final Map.Entry<String, ObjectNode> e : EnvironmentConfig.read(environment).entrySet())
        {
            merge(root, e.getValue(), "", "environment variable " + e.getKey(), sources);
        }
        absolutePython(root);
        for (final Map.Entry<String, Object> e : overrides.entrySet())
        {
            set(root, e.getKey(), MAPPER.valueToTree(e.getValue()));
            sources.put(e.getKey(), overrideSources.get(e.getKey()));
        }
        final HyperjetConfig config = new HyperjetConfig(ConfigSecrets.strip(root), sources);
        config.validate();
        return config;
    }

    /**
     * A config from an in-memory JSON text; for tests and tools.
     *
     * @param json   the JSON object text.
     * @param source the name used in messages.
     * @return the validated config.
     */
    public static HyperjetConfig fromJson(final String json, final String source)
    {
        final ObjectNode root;
        try
        {
            final JsonNode node = MAPPER.readTree(json);
            if (!node.isObject())
            {
                throw new UserInputException(source + ": config must be a JSON object");
            }
            root = (ObjectNode)node;
        }
        catch (final IOException ex)
        {
            throw new UserInputException(source + ": invalid JSON: " + firstLine(ex.getMessage()), ex);
        }
        final Map<String, String> sources = new LinkedHashMap<>();
        recordSources(root, "", source, sources);
        final HyperjetConfig config = new HyperjetConfig(ConfigSecrets.strip(root), sources);
        config.validate();
        return config;
    }

    /*
     * The Python bridge starts in a directory of its own, where a relative python_executable ("./venv/bin/python")
     * would name nothing: like every relative path of a config, it means the directory the user runs from. A bare
     * name ("python3") is left for the PATH.
     */
    private static void absolutePython(final ObjectNode root)
    {
        final JsonNode python = root.get(PYTHON_EXECUTABLE);
        if (null != python && python.isTextual() && python.asText().indexOf('/') >= 0)
        {
            root.put(PYTHON_EXECUTABLE, Path.of(python.asText()).toAbsolutePath().normalize().toString());
        }
    }

    /*
     * Freqtrade's add_config_files: the files a config lists (relative to its own directory) merge first, in order,
     * and the listing file's own keys override theirs; a listed file may list more, up to MAX_ADD_LEVELS deep.
     */
    private static void mergeFile(
        final ObjectNode root, final Path file, final int level, final Map<String, String> sources)
    {
        final ObjectNode node = read(file);
        final JsonNode added = node.get(ADD_CONFIG_FILES);
        if (null != added)
        {
            final String where = "config key '" + ADD_CONFIG_FILES + "' in " + file + ": ";
            final String expected = ConfigKeys.stringList(added);
            if (null != expected)
            {
                throw new UserInputException(where + "expected " + expected + ", got " + added);
            }
            if (level >= MAX_ADD_LEVELS && !added.isEmpty())
            {
                throw new UserInputException(where + "more than " + MAX_ADD_LEVELS +
                    " levels of add_config_files (does a file list itself?)");
            }
            final Path dir = file.toAbsolutePath().getParent();
            for (final JsonNode name : added)
            {
                final Path listed = dir.resolve(name.asText()).normalize();
                if (!Files.isRegularFile(listed))
                {
                    throw new UserInputException(where + listed + ": config file not found");
                }
                mergeFile(root, listed, level + 1, sources);
            }
        }
        merge(root, node, "", file.toString(), sources);
    }

    private static ObjectNode read(final Path file)
    {
        if (Files.isDirectory(file))
        {
            throw new UserInputException(file + ": is a directory, not a config file; give the JSON file " +
                "(e.g. -c " + file.resolve("config.json") + ")");
        }
        if (!Files.isRegularFile(file))
        {
            throw new UserInputException(file + ": config file not found");
        }
        try (JsonParser parser = MAPPER.createParser(file.toFile()))
        {
            final JsonNode node = MAPPER.readTree(parser);
            if (null == node || !node.isObject())
            {
                throw new UserInputException(file + ": config must be a JSON object");
            }
            return (ObjectNode)node;
        }
        catch (final JsonParseException ex)
        {
            throw new UserInputException(file + ": invalid JSON at line " + ex.getLocation().getLineNr() +
                ", column " + ex.getLocation().getColumnNr() + ": " + firstLine(ex.getOriginalMessage()), ex);
        }
        catch (final IOException ex)
        {
            throw new UserInputException(file + ": cannot read config: " + firstLine(ex.getMessage()), ex);
        }
    }

    private static void merge(
        final ObjectNode target, final ObjectNode source, final String prefix, final String origin,
        final Map<String, String> sources)
    {
        for (final Map.Entry<String, JsonNode> e : source.properties())
        {
            final String path = prefix + e.getKey();
            final JsonNode existing = target.get(e.getKey());
            if (e.getValue().isObject() && null != existing && existing.isObject())
            {
                merge((ObjectNode)existing, (ObjectNode)e.getValue(), path + ".", origin, sources);
                sources.put(path, origin);
            }
            else
            {
                target.set(e.getKey(), e.getValue().deepCopy());
                sources.keySet().removeIf((k) -> k.startsWith(path + "."));
                recordSources(e.getValue(), path, origin, sources);
            }
        }
    }

    private static void recordSources(
        final JsonNode node, final String path, final String origin, final Map<String, String> sources)
    {
        if (!path.isEmpty())
        {
            sources.put(path, origin);
        }
        if (node.isObject())
        {
            for (final Map.Entry<String, JsonNode> e : node.properties())
            {
                recordSources(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), origin, sources);
            }
        }
    }

    private static void set(final ObjectNode root, final String dottedKey, final JsonNode value)
    {
        final String[] parts = dottedKey.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++)
        {
            final JsonNode child = node.get(parts[i]);
            node = null != child && child.isObject() ? (ObjectNode)child : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }

    private static String firstLine(final String message)
    {
        if (null == message)
        {
            return "";
        }
        final int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
