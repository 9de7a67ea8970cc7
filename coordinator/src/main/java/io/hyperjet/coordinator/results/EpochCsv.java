package io.hyperjet.coordinator.results;

import com.fasterxml.jackson.databind.JsonNode;
import io.hyperjet.common.UserInputException;
import io.hyperjet.worker.report.PythonJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code hyperopt-list --export-csv}: the listed epochs with Freqtrade's CSV columns, then one column per key of the
 * first epoch's {@code params_dict}. Refuses to overwrite an existing file, as Freqtrade does.
 */
public final class EpochCsv
{
    private static final String[] BASE_COLUMNS = {
        "Best", "Epoch", "Trades", "Avg profit", "Median profit", "Total profit", "Stake currency", "Profit",
        "Avg duration", "Trade count long", "Trade count short", "Objective",
    };

    private EpochCsv()
    {
    }

    /**
     * Write the CSV file.
     *
     * @param file          the file to create.
     * @param epochs        the listed epochs (at least one).
     * @param stakeCurrency the stake currency column's value.
     * @throws UserInputException when the file already exists.
     */
    public static void write(final Path file, final List<JsonNode> epochs, final String stakeCurrency)
    {
        try
        {
            Files.writeString(file, text(epochs, stakeCurrency), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
        catch (final FileAlreadyExistsException ex)
        {
            throw new UserInputException(file + ": CSV file already exists");
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
    }

    /**
     * The CSV text.
     *
     * @param epochs        the epochs (at least one).
     * @param stakeCurrency the stake currency column's value.
     * @return header and rows, each ending with a line break.
     */
    public static String text(final List<JsonNode> epochs, final String stakeCurrency)
    {
        final List<String> paramNames = new ArrayList<>();
        for (final Map.Entry<String, JsonNode> e : epochs.get(0).path("params_dict").properties())
        {
            paramNames.add(e.getKey());
        }
        final StringBuilder sb = new StringBuilder();
        final List<String> header = new ArrayList<>(List.of(BASE_COLUMNS));
        header.addAll(paramNames);
        line(sb, header);
        for (final JsonNode epoch : epochs)
        {
            final JsonNode m = epoch.path("results_metrics");
            final List<String> row = new ArrayList<>();
            row.add(marker(epoch));
            row.add(epoch.path("current_epoch").asText());
            row.add(m.path("total_trades").asText());
            row.add(isNumber(m.path("profit_mean")) ? PyFormat.grouped(m.path("profit_mean").asDouble() * 100.0, 2) +
                "%" : "");
            row.add(isNumber(m.path("profit_median")) ? PyFormat.repr(m.path("profit_median").asDouble() * 100.0) : "");
            final double profitTotal = m.path("profit_total").asDouble(0.0);
            row.add(profitTotal != 0.0 ? PyFormat.grouped(profitTotal, 8) : "");
            row.add(stakeCurrency);
            row.add(isNumber(m.path("profit_total_abs")) ? PyFormat.grouped(m.path("profit_total_abs").asDouble(), 2) :
                "");
            row.add(cell(m.path("holding_avg")));
            row.add(cell(m.path("trade_count_long")));
            row.add(cell(m.path("trade_count_short")));
            final double loss = epoch.path("loss").asDouble();
            row.add(loss != EpochTable.MAX_LOSS ? PyFormat.grouped(loss, 5) : "");
            final JsonNode params = epoch.path("params_dict");
            for (final String name : paramNames)
            {
                row.add(cell(params.path(name)));
            }
            line(sb, row);
        }
        return sb.toString();
    }

    private static String marker(final JsonNode epoch)
    {
        final boolean initial = epoch.path("is_initial_point").asBoolean(false);
        final boolean best = epoch.path("is_best").asBoolean(false);
        if (best)
        {
            return initial ? "* Best" : "Best";
        }
        return initial ? "*" : "";
    }

    private static String cell(final JsonNode v)
    {
        if (v.isMissingNode() || v.isNull())
        {
            return "";
        }
        if (v.isBoolean())
        {
            return v.asBoolean() ? "True" : "False";
        }
        if (v.isFloatingPointNumber())
        {
            return PyFormat.repr(v.asDouble());
        }
        if (v.isValueNode())
        {
            return v.asText();
        }
        return PythonJson.compact(v);
    }

    private static boolean isNumber(final JsonNode n)
    {
        return n.isNumber() && !Double.isNaN(n.asDouble());
    }

    private static void line(final StringBuilder sb, final List<String> cells)
    {
        for (int i = 0; i < cells.size(); i++)
        {
            if (i > 0)
            {
                sb.append(',');
            }
            final String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0)
            {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            }
            else
            {
                sb.append(c);
            }
        }
        sb.append('\n');
    }
}
