package io.hyperjet.common.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Freqtrade's config from environment variables: {@code FREQTRADE__SECTION__KEY=value} sets {@code section.key}
 * over every config file (command-line flags still win). Keys are lower-cased; a value becomes an integer, a float,
 * a boolean ({@code true}/{@code t}/{@code false}/{@code f}, any case) or a JSON list when it reads as one, else
 * it stays text; {@code CHAT_ID} and {@code PASSWORD} stay text, as in Freqtrade.
 */
final class EnvironmentConfig
{
    /** The prefix Freqtrade reads. */
    static final String PREFIX = "FREQTRADE__";

    private static final Set<String> NO_CONVERT = Set.of("CHAT_ID", "PASSWORD");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EnvironmentConfig()
    {
    }

    /**
     * The variables of the environment that set config keys, in name order (Freqtrade's), each as its own
     * one-key tree so that messages can name the variable that set a key.
     *
     * @param environment the environment, e.g. {@link System#getenv()}.
     * @return variable name to its nested object.
     */
    static Map<String, ObjectNode> read(final Map<String, String> environment)
    {
        final Map<String, ObjectNode> out = new TreeMap<>();
        for (final Map.Entry<String, String> e : new TreeMap<>(environment).entrySet())
        {
            if (!e.getKey().startsWith(PREFIX) || e.getKey().length() == PREFIX.length())
            {
                continue;
            }
            final List<String> parts = new ArrayList<>(List.of(e.getKey().substring(PREFIX.length()).split("__")));
            final String last = parts.get(parts.size() - 1);
            JsonNode value = NO_CONVERT.contains(last) ? JsonNodeFactory.instance.textNode(e.getValue()) :
                typed(e.getValue());
            for (int i = parts.size() - 1; i >= 0; i--)
            {
                final ObjectNode level = JsonNodeFactory.instance.objectNode();
                level.set(parts.get(i).toLowerCase(Locale.ROOT), value);
                value = level;
            }
            out.put(e.getKey(), (ObjectNode)value);
        }
        return out;
    }

    /* Python's int(), then float(), then the booleans, then a JSON list, else the text. */
    static JsonNode typed(final String text)
    {
        final JsonNodeFactory f = JsonNodeFactory.instance;
        final String trimmed = text.strip();
        try
        {
            return f.numberNode(Long.parseLong(trimmed.replace("_", "")));
        }
        catch (final NumberFormatException notInteger)
        {
            final Double number = pythonFloat(trimmed);
            if (null != number)
            {
                return f.numberNode(number);
            }
        }
        final String lower = text.toLowerCase(Locale.ROOT);
        if ("t".equals(lower) || "true".equals(lower))
        {
            return f.booleanNode(true);
        }
        if ("f".equals(lower) || "false".equals(lower))
        {
            return f.booleanNode(false);
        }
        try
        {
            final JsonNode json = MAPPER.readTree(text);
            if (null != json && json.isArray())
            {
                return json;
            }
        }
        catch (final JsonProcessingException notJson)
        {
            // kept as text below, as Freqtrade keeps it
        }
        return f.textNode(text);
    }

    private static Double pythonFloat(final String text)
    {
        final String lower = text.toLowerCase(Locale.ROOT).replace("_", "");
        final String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        if ("inf".equals(unsigned) || "infinity".equals(unsigned) || "nan".equals(unsigned))
        {
            final double v = "nan".equals(unsigned) ? Double.NaN : Double.POSITIVE_INFINITY;
            return lower.startsWith("-") ? -v : v;
        }
        // Java also reads hex floats and a trailing 'd' or 'f', which Python's float() refuses
        if (unsigned.isEmpty() || !unsigned.matches("[0-9.e+\\-]+"))
        {
            return null;
        }
        try
        {
            return Double.parseDouble(lower);
        }
        catch (final NumberFormatException ex)
        {
            return null;
        }
    }
}
