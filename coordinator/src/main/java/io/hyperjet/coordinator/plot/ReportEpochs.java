package io.hyperjet.coordinator.plot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.hyperjet.common.UserInputException;
import io.hyperjet.worker.report.JsonSupport;

/**
 * The figures a hyperopt report draws, read from a .fthypt file one line at a time (a 100,000-epoch file is never
 * held whole): each epoch's number, loss and parameter values, and the whole line of the best (lowest-loss) epoch.
 * Works with lines that carry every trade and full results_metrics and with compact lines without {@code trades}.
 */
final class ReportEpochs
{
    /** One parameter's values over the epochs: numbers, or (categorical) indexes into {@link #labels}. */
    static final class Parameter
    {
        final String name;
        final List<String> labels = new ArrayList<>();
        private final Map<String, Integer> labelIndex = new LinkedHashMap<>();
        /** The number, NaN when the epoch has no value or a text one; after reading, a label index if categorical. */
        double[] values = new double[0];
        /** The text value's label index, -1 for a number or no value. */
        private int[] texts = new int[0];
        boolean categorical;

        Parameter(final String name)
        {
            this.name = name;
        }

        private void set(final int epoch, final JsonNode value)
        {
            if (epoch >= values.length)
            {
                final int old = values.length;
                final int size = Math.max(epoch + 1, Math.max(1024, old * 2));
                values = Arrays.copyOf(values, size);
                texts = Arrays.copyOf(texts, size);
                Arrays.fill(values, old, size, Double.NaN);
                Arrays.fill(texts, old, size, -1);
            }
            if (value.isNumber())
            {
                values[epoch] = value.asDouble();
            }
            else if (!value.isNull())
            {
                categorical = true;
                texts[epoch] = label(value.asText());
            }
        }

        private int label(final String text)
        {
            return labelIndex.computeIfAbsent(text, t ->
            {
                labels.add(t);
                return labels.size() - 1;
            });
        }

        /** After the last line: a categorical parameter's numbers become labels too, and values hold label indexes. */
        private void finish(final int count)
        {
            final int old = values.length;
            values = Arrays.copyOf(values, count);
            texts = Arrays.copyOf(texts, count);
            if (old < count)
            {
                Arrays.fill(values, old, count, Double.NaN);
                Arrays.fill(texts, old, count, -1);
            }
            if (!categorical)
            {
                return;
            }
            for (int i = 0; i < count; i++)
            {
                if (texts[i] >= 0)
                {
                    values[i] = texts[i];
                }
                else if (!Double.isNaN(values[i]))
                {
                    final double v = values[i];
                    values[i] = label(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) :
                        Double.toString(v));
                }
            }
            texts = null;
        }
    }

    final Path file;
    int count;
    int[] epoch = new int[1024];
    double[] loss = new double[1024];
    final Map<String, Parameter> parameters = new LinkedHashMap<>();
    /** Index of the lowest finite loss, -1 when no epoch has one. */
    int bestIndex = -1;
    /** The best epoch's whole line. */
    JsonNode bestLine;
    /** The first line: the run's settings when the best line is compact. */
    JsonNode firstLine;

    private ReportEpochs(final Path file)
    {
        this.file = file;
    }

    static ReportEpochs read(final Path file)
    {
        if (!Files.isRegularFile(file))
        {
            throw new UserInputException(file + ": hyperopt results file not found");
        }
        final ReportEpochs epochs = new ReportEpochs(file);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8))
        {
            int lineNumber = 0;
            String line;
            while (null != (line = reader.readLine()))
            {
                lineNumber++;
                if (!line.isBlank())
                {
                    epochs.add(parse(file, lineNumber, line));
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
        if (0 == epochs.count)
        {
            throw new UserInputException(file + ": no epochs in the hyperopt results file");
        }
        epochs.epoch = Arrays.copyOf(epochs.epoch, epochs.count);
        epochs.loss = Arrays.copyOf(epochs.loss, epochs.count);
        epochs.parameters.values().forEach(p -> p.finish(epochs.count));
        return epochs;
    }

    private static JsonNode parse(final Path file, final int lineNumber, final String line)
    {
        final JsonNode node;
        try
        {
            node = JsonSupport.mapper().readTree(line);
        }
        catch (final JsonProcessingException ex)
        {
            throw new UserInputException(file + ": line " + lineNumber + " is not valid JSON: " +
                ex.getOriginalMessage());
        }
        if (!node.isObject() || !node.has("loss"))
        {
            throw new UserInputException(file + ": line " + lineNumber + " is not a hyperopt epoch (no \"loss\")");
        }
        return node;
    }

    private void add(final JsonNode line)
    {
        if (count == epoch.length)
        {
            epoch = Arrays.copyOf(epoch, count * 2);
            loss = Arrays.copyOf(loss, count * 2);
        }
        final int i = count++;
        epoch[i] = line.path("current_epoch").asInt(i + 1);
        final JsonNode l = line.get("loss");
        loss[i] = l.isNumber() ? l.asDouble() : Double.NaN;
        for (final Map.Entry<String, JsonNode> p : line.path("params_dict").properties())
        {
            parameters.computeIfAbsent(p.getKey(), Parameter::new).set(i, p.getValue());
        }
        if (null == firstLine)
        {
            firstLine = line;
        }
        if (Double.isFinite(loss[i]) && (bestIndex < 0 || loss[i] < loss[bestIndex]))
        {
            bestIndex = i;
            bestLine = line;
        }
    }

    /** The best epoch's trades, or null when its line carries none (a compact line). */
    JsonNode bestTrades()
    {
        final JsonNode trades = null == bestLine ? null : bestLine.path("results_metrics").get("trades");
        return null != trades && trades.isArray() ? trades : null;
    }
}
