package io.hyperjet.worker.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.hyperjet.common.UserInputException;
import io.hyperjet.worker.epoch.EpochParams;
import io.hyperjet.worker.strategy.BooleanParameter;
import io.hyperjet.worker.strategy.CategoricalParameter;
import io.hyperjet.worker.strategy.DecimalParameter;
import io.hyperjet.worker.strategy.IntParameter;
import io.hyperjet.worker.strategy.Parameter;
import io.hyperjet.worker.strategy.RealParameter;

/**
 * The Java side of a Python strategy's parameters: one Hyperjet {@link Parameter} per parameter the bridge detected
 * (Freqtrade's detection, python-strategies.md 5.2), so hyperopt builds its dimensions, loads the params file and
 * keys the signal cache exactly as for a Java strategy. The values live here; the bridge gets them with each
 * signal request, and reports which ones each phase read, which {@link #markRead} replays as reads of these
 * objects.
 */
final class BridgedParameters
{
    private BridgedParameters()
    {
    }

    /**
     * Builds the parameters the bridge described.
     *
     * @param descriptions the bridge's {@code parameters} list.
     * @param file         the strategy file, for messages.
     * @return name to parameter, in the bridge's order.
     */
    static Map<String, Parameter> of(final JsonNode descriptions, final String file)
    {
        final Map<String, Parameter> out = new LinkedHashMap<>();
        for (final JsonNode d : descriptions)
        {
            try
            {
                out.put(d.path("name").asText(), mirror(d));
            }
            catch (final IllegalArgumentException ex)
            {
                throw new UserInputException(file + ": parameter " + d.path("name").asText() + ": " + ex.getMessage());
            }
        }
        return out;
    }

    private static Parameter mirror(final JsonNode d)
    {
        final String space = d.path("space").asText();
        final boolean optimize = d.path("optimize").asBoolean(true);
        final boolean load = d.path("load").asBoolean(true);
        final JsonNode value = d.path("default");
        switch (d.path("type").asText())
        {
            case "IntParameter":
                return new IntParameter(d.path("low").asInt(), d.path("high").asInt(), value.asInt(), space, optimize,
                    load);
            case "DecimalParameter":
                return new DecimalParameter(d.path("low").asDouble(), d.path("high").asDouble(), value.asDouble(),
                    d.path("decimals").asInt(DecimalParameter.DECIMALS_DEFAULT), space, optimize, load);
            case "RealParameter":
                return new RealParameter(d.path("low").asDouble(), d.path("high").asDouble(), value.asDouble(), space,
                    optimize, load);
            case "BooleanParameter":
                return new BooleanParameter(value.asBoolean(), space, optimize, load);
            default:
                final List<Object> categories = new ArrayList<>();
                for (final JsonNode c : d.path("categories"))
                {
                    categories.add(EpochParams.plain(c));
                }
                return new CategoricalParameter<>(categories, value.isNull() ? null : matching(categories, value),
                    space, optimize, load);
        }
    }

    /* The category equal to the default (JSON reads 3 where the category list holds 3 as well). */
    private static Object matching(final List<Object> categories, final JsonNode value)
    {
        final Object plain = EpochParams.plain(value);
        for (final Object c : categories)
        {
            if (c.equals(plain) || (c instanceof Number && plain instanceof Number &&
                ((Number)c).doubleValue() == ((Number)plain).doubleValue()))
            {
                return c;
            }
        }
        return plain;
    }

    /**
     * Records a read of a parameter as its typed accessor does (so the running phase's read set includes it).
     *
     * @param p the parameter.
     */
    static void markRead(final Parameter p)
    {
        switch (p.type())
        {
            case INT:
                ((IntParameter)p).value();
                break;
            case DECIMAL:
                ((DecimalParameter)p).value();
                break;
            case REAL:
                ((RealParameter)p).value();
                break;
            case BOOLEAN:
                ((BooleanParameter)p).value();
                break;
            default:
                ((CategoricalParameter<?>)p).value();
        }
    }

    /**
     * Whether the indicator phase must see a parameter's full {@code .range}: its typed {@code range()} answers
     * every candidate exactly then (hyperopt's indicator preparation of an optimized space).
     *
     * @param p the parameter.
     * @return true for a full range.
     */
    static boolean fullRange(final Parameter p)
    {
        switch (p.type())
        {
            case INT:
                return ((IntParameter)p).range().length > 1;
            case DECIMAL:
                return ((DecimalParameter)p).range().length > 1;
            case BOOLEAN:
                return ((BooleanParameter)p).range().length > 1;
            case CATEGORICAL:
                return ((CategoricalParameter<?>)p).range().size() > 1;
            default:
                return false;
        }
    }
}
