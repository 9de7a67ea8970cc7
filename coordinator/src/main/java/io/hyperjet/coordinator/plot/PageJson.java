package io.hyperjet.coordinator.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Page data as JSON a browser's {@code JSON.parse} accepts: a value that is not finite becomes null (the project's
 * mapper writes Python's bare NaN, which is not JSON).
 */
final class PageJson
{
    private PageJson()
    {
    }

    static ObjectNode object()
    {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array()
    {
        return JsonNodeFactory.instance.arrayNode();
    }

    static void add(final ArrayNode array, final double value)
    {
        if (Double.isFinite(value))
        {
            array.add(value);
        }
        else
        {
            array.addNull();
        }
    }

    static void put(final ObjectNode object, final String key, final double value)
    {
        if (Double.isFinite(value))
        {
            object.put(key, value);
        }
        else
        {
            object.putNull(key);
        }
    }

    /** A [x, y] pair. */
    static ArrayNode pair(final double x, final double y)
    {
        final ArrayNode p = array();
        add(p, x);
        add(p, y);
        return p;
    }
}
