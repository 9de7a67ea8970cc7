package io.hyperjet.coordinator.benchsuite;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A finished bench run and its three renderings: the terminal table, Markdown and JSON.
 *
 * @param command     the command line as typed (for reproducing).
 * @param machine     one line about the machine and JVM.
 * @param data        one line about the data.
 * @param warmups     warm-up rounds.
 * @param repetitions timed rounds.
 * @param results     the rows in table order.
 */
public record BenchReport(
    String command, String machine, String data, int warmups, int repetitions, List<FeatureResult> results)
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] HEADER = {"feature", "measured", "on", "off", "result", "notes"};

    public BenchReport
    {
        results = List.copyOf(results);
    }

    /**
     * The terminal table: fixed-width columns, notes last.
     *
     * @return the text, ending with a newline.
     */
    public String text()
    {
        final List<String[]> rows = rows();
        final int[] widths = new int[HEADER.length - 1];
        for (final String[] row : rows)
        {
            for (int c = 0; c < widths.length; c++)
            {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        final StringBuilder out = new StringBuilder();
        out.append("Hyperjet bench: ").append(data).append('\n');
        out.append("machine: ").append(machine).append('\n');
        out.append("warm-up ").append(warmups).append(", repetitions ").append(repetitions)
            .append("; on/off are medians (min-max)\n\n");
        for (int r = 0; r < rows.size(); r++)
        {
            final String[] row = rows.get(r);
            for (int c = 0; c < widths.length; c++)
            {
                out.append(String.format("%-" + widths[c] + "s  ", row[c]));
            }
            out.append(row[HEADER.length - 1]).append('\n');
            if (0 == r)
            {
                int total = 0;
                for (final int w : widths)
                {
                    total += w + 2;
                }
                out.append("-".repeat(total + HEADER[HEADER.length - 1].length())).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * A Markdown section with the same table.
     *
     * @return the Markdown text.
     */
    public String markdown()
    {
        final StringBuilder out = new StringBuilder();
        out.append("Command: `").append(command).append("`\n\n");
        out.append("- data: ").append(data).append('\n');
        out.append("- machine: ").append(machine).append('\n');
        out.append("- warm-up ").append(warmups).append(", repetitions ").append(repetitions)
            .append("; on/off are medians (min-max)\n\n");
        final List<String[]> rows = rows();
        for (int r = 0; r < rows.size(); r++)
        {
            out.append('|');
            for (final String cell : rows.get(r))
            {
                out.append(' ').append(cell.replace("|", "\\|")).append(" |");
            }
            out.append('\n');
            if (0 == r)
            {
                out.append("|---".repeat(HEADER.length)).append("|\n");
            }
        }
        return out.toString();
    }

    /**
     * The report as a JSON tree.
     *
     * @return the root object.
     */
    public ObjectNode json()
    {
        final ObjectNode root = MAPPER.createObjectNode();
        root.put("command", command);
        root.put("machine", machine);
        root.put("data", data);
        root.put("warmups", warmups);
        root.put("repetitions", repetitions);
        final ArrayNode array = root.putArray("results");
        for (final FeatureResult result : results)
        {
            final ObjectNode node = array.addObject();
            node.put("feature", result.feature());
            node.put("metric", result.metric());
            node.put("status", result.status());
            putMeasurement(node, "on", result.on());
            putMeasurement(node, "off", result.off());
            node.put("comparison", result.comparison());
            if (Double.isNaN(result.ratio()))
            {
                node.putNull("ratio");
            }
            else
            {
                node.put("ratio", result.ratio());
            }
            node.put("notes", result.notes());
        }
        return root;
    }

    private static void putMeasurement(final ObjectNode node, final String name, final Measurement m)
    {
        if (null == m)
        {
            node.putNull(name);
            return;
        }
        final ObjectNode child = node.putObject(name);
        child.put("median", m.median());
        child.put("min", m.min());
        child.put("max", m.max());
        child.put("repetitions", m.repetitions());
        child.put("unit", m.unit());
    }

    private List<String[]> rows()
    {
        final List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (final FeatureResult r : results)
        {
            rows.add(new String[] {r.feature(), r.metric(), null == r.on() ? "-" : r.on().text(),
                null == r.off() ? "-" : r.off().text(), r.resultText(), r.notes()});
        }
        return rows;
    }
}
