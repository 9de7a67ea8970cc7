package io.hyperjet.coordinator.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.hyperjet.common.UserInputException;
import io.hyperjet.worker.report.JsonSupport;

/**
 * One strategy's part of a backtest-result file (Freqtrade's layout), found as Freqtrade's plot commands find it: a
 * .json file given, or in a directory the file its {@code .last_result.json} names.
 *
 * @param file     the file read.
 * @param strategy the strategy's name.
 * @param result   its {@code strategy.<name>} object.
 */
record BacktestResultFile(Path file, String strategy, JsonNode result)
{
    /**
     * @param fileOrDir a backtest-result .json file or the directory holding them.
     * @param strategy  the strategy to take, or null for the file's first.
     * @return the result.
     */
    static BacktestResultFile read(final Path fileOrDir, final String strategy)
    {
        final Path file = Files.isDirectory(fileOrDir) ? latest(fileOrDir) : fileOrDir;
        if (!Files.isRegularFile(file))
        {
            throw new UserInputException(file + ": backtest result file not found; run hyperjet backtest first or " +
                "pass --export-filename");
        }
        final JsonNode strategies = json(file).path("strategy");
        if (!strategies.isObject() || strategies.isEmpty())
        {
            throw new UserInputException(file + ": no \"strategy\" results in the backtest result file");
        }
        if (null != strategy)
        {
            if (!strategies.has(strategy))
            {
                throw new UserInputException(file + ": no results of strategy " + strategy);
            }
            return new BacktestResultFile(file, strategy, strategies.get(strategy));
        }
        final Iterator<String> names = strategies.fieldNames();
        final String name = names.next();
        return new BacktestResultFile(file, name, strategies.get(name));
    }

    private static Path latest(final Path dir)
    {
        final Path last = dir.resolve(".last_result.json");
        if (!Files.isRegularFile(last))
        {
            throw new UserInputException(last + ": not found; run hyperjet backtest first or pass --export-filename");
        }
        final JsonNode name = json(last).path("latest_backtest");
        if (!name.isTextual() || name.asText().isEmpty())
        {
            throw new UserInputException(last + ": no \"latest_backtest\" file name");
        }
        return dir.resolve(name.asText());
    }

    private static JsonNode json(final Path file)
    {
        try
        {
            return JsonSupport.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        }
        catch (final JsonProcessingException ex)
        {
            throw new UserInputException(file + ": not valid JSON: " + ex.getOriginalMessage());
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
    }

    List<PlotTrade> trades()
    {
        final List<PlotTrade> out = new ArrayList<>();
        result.path("trades").forEach(t -> out.add(PlotTrade.of(t)));
        return out;
    }
}
