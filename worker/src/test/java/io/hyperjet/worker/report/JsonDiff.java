package io.hyperjet.worker.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.TreeMap;

/**
 * Field-by-field comparison of a reference JSON tree with ours: numbers within a relative tolerance (int and
 * float compare by value), everything else exactly. Only the reference's keys are compared; array indices are
 * folded to {@code []} so a differing column of a table shows once.
 */
final class JsonDiff
{
    static final double REL_TOLERANCE = 1e-9;

    private final Map<String, String> differences = new TreeMap<>();

    static Map<String, String> diff(final JsonNode reference, final JsonNode ours)
    {
        final JsonDiff d = new JsonDiff();
        d.compare("", reference, ours);
        return d.differences;
    }

    private void compare(final String path, final JsonNode ref, final JsonNode ours)
    {
        if (ours == null || ours.isMissingNode())
        {
            differences.putIfAbsent(path, "missing in ours");
            return;
        }
        if (ref.isNumber() && ours.isNumber())
        {
            final double a = ref.asDouble();
            final double b = ours.asDouble();
            if (a != b && Math.abs(a - b) > REL_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)))
            {
                differences.putIfAbsent(path, "reference " + ref + ", ours " + ours);
            }
            return;
        }
        if (ref.isObject() && ours.isObject())
        {
            for (final Map.Entry<String, JsonNode> e : ref.properties())
            {
                compare(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), ours.get(e.getKey()));
            }
            return;
        }
        if (ref.isArray() && ours.isArray())
        {
            if (ref.size() != ours.size())
            {
                differences.putIfAbsent(path, "sizes " + ref.size() + " vs " + ours.size());
                return;
            }
            for (int i = 0; i < ref.size(); i++)
            {
                compare(path + "[]", ref.get(i), ours.get(i));
            }
            return;
        }
        if (!ref.equals(ours))
        {
            differences.putIfAbsent(path, "reference " + ref + ", ours " + ours);
        }
    }
}
