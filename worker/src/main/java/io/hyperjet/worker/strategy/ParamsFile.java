package io.hyperjet.worker.strategy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyperjet.common.UserInputException;

/**
 * Loads parameter values into a strategy: the Freqtrade params file {@code <strategy file>.json}
 * (backtest-semantics.md 10.5) over the strategy's {@code buyParams}/{@code sellParams}/{@code protectionParams}
 * over each parameter's default (8.4); a parameter with {@code load = false} keeps its default. The file's
 * {@code roi}, {@code stoploss}, {@code trailing} and {@code max_open_trades} sections replace the strategy's
 * attributes (the config, applied later by the caller, overrides them again).
 */
public final class ParamsFile
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ParamsFile()
    {
    }

    /**
     * Names the params file a strategy's values were loaded from, as Freqtrade does, so a file left beside the
     * strategy (by hyperopt or {@code demo}) never changes a run unnoticed. Says nothing without a file.
     *
     * @param strategy a strategy from {@link StrategyLoader}.
     * @param out      receives the line.
     */
    public static void announce(final Strategy strategy, final Consumer<String> out)
    {
        final Path file = strategy.paramsFile();
        if (null != file && Files.isRegularFile(file))
        {
            out.accept("Loading parameters from file " + file);
        }
    }

    /**
     * Applies values to a strategy's parameters and attributes.
     *
     * @param strategy the strategy.
     * @param file     its params file; null or absent means strategy defaults only.
     * @throws UserInputException naming the file when it is malformed, names another strategy or holds a value
     *                            that does not fit.
     */
    public static void apply(final Strategy strategy, final Path file)
    {
        final JsonNode params = null != file && Files.isRegularFile(file) ? read(strategy, file) : null;
        final String source = null == params ? "strategy " + strategy.name() : file.toString();
        for (final Parameter p : strategy.parameters().list())
        {
            p.reset();
            if (!p.load())
            {
                continue;
            }
            final JsonNode section = null == params ? null : params.get(p.space().id());
            final JsonNode fromFile = null == section ? null : section.get(p.name());
            try
            {
                if (null != fromFile)
                {
                    p.set(scalar(fromFile));
                }
                else if (strategy.defaultParams(p.space()).containsKey(p.name()))
                {
                    p.set(strategy.defaultParams(p.space()).get(p.name()));
                }
            }
            catch (final IllegalArgumentException ex)
            {
                throw new UserInputException(source + ": " + ex.getMessage());
            }
        }
        if (null != params)
        {
            applyAttributes(strategy, params, file);
        }
    }

    private static JsonNode read(final Strategy strategy, final Path file)
    {
        final JsonNode root;
        try
        {
            root = MAPPER.readTree(file.toFile());
        }
        catch (final JsonProcessingException ex)
        {
            throw new UserInputException(file + ": not valid JSON: " + ex.getOriginalMessage());
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
        final JsonNode name = root.get("strategy_name");
        if (null == name || !strategy.name().equals(name.asText()))
        {
            throw new UserInputException(file + ": strategy_name " + name + " does not match strategy " +
                strategy.name());
        }
        final JsonNode params = root.get("params");
        if (null == params || !params.isObject())
        {
            throw new UserInputException(file + ": missing \"params\" object");
        }
        return params;
    }

    private static void applyAttributes(final Strategy strategy, final JsonNode params, final Path file)
    {
        final JsonNode roi = params.get("roi");
        if (null != roi && roi.isObject() && roi.size() > 0)
        {
            final Map<Integer, Double> table = new TreeMap<>();
            for (final Map.Entry<String, JsonNode> e : roi.properties())
            {
                try
                {
                    table.put(Integer.parseInt(e.getKey()), number(e.getValue(), "roi." + e.getKey(), file));
                }
                catch (final NumberFormatException ex)
                {
                    throw new UserInputException(file + ": roi key '" + e.getKey() + "' is not whole minutes");
                }
            }
            strategy.minimalRoi(table);
        }
        final JsonNode stoploss = section(params, "stoploss");
        if (stoploss.has("stoploss"))
        {
            strategy.stoploss(number(stoploss.get("stoploss"), "stoploss", file));
        }
        final JsonNode trailing = section(params, "trailing");
        if (trailing.has("trailing_stop"))
        {
            strategy.trailingStop(trailing.get("trailing_stop").asBoolean());
        }
        if (trailing.has("trailing_stop_positive"))
        {
            final JsonNode v = trailing.get("trailing_stop_positive");
            strategy.trailingStopPositive(v.isNull() ? Double.NaN : number(v, "trailing_stop_positive", file));
        }
        if (trailing.has("trailing_stop_positive_offset"))
        {
            strategy.trailingStopPositiveOffset(
                number(trailing.get("trailing_stop_positive_offset"), "trailing_stop_positive_offset", file));
        }
        if (trailing.has("trailing_only_offset_is_reached"))
        {
            strategy.trailingOnlyOffsetIsReached(trailing.get("trailing_only_offset_is_reached").asBoolean());
        }
        final JsonNode trades = section(params, "max_open_trades");
        if (trades.has("max_open_trades"))
        {
            strategy.maxOpenTrades((int)number(trades.get("max_open_trades"), "max_open_trades", file));
        }
    }

    private static JsonNode section(final JsonNode params, final String name)
    {
        final JsonNode node = params.get(name);
        return null == node ? MAPPER.createObjectNode() : node;
    }

    private static double number(final JsonNode node, final String key, final Path file)
    {
        if (!node.isNumber())
        {
            throw new UserInputException(file + ": " + key + " must be a number, got " + node);
        }
        return node.doubleValue();
    }

    private static Object scalar(final JsonNode node)
    {
        if (node.isIntegralNumber())
        {
            return node.longValue();
        }
        if (node.isNumber())
        {
            return node.doubleValue();
        }
        if (node.isBoolean())
        {
            return node.booleanValue();
        }
        if (node.isTextual())
        {
            return node.textValue();
        }
        if (node.isNull())
        {
            return null;
        }
        throw new IllegalArgumentException("a parameter value must be a number, boolean or string, got " + node);
    }
}
