package io.hyperjet.coordinator.hyperopt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hyperjet.common.time.Timeframes;
import io.hyperjet.coordinator.search.Dimension;
import io.hyperjet.coordinator.search.HyperoptSpace;
import io.hyperjet.coordinator.search.Point;
import io.hyperjet.coordinator.search.SpaceAssembler;
import io.hyperjet.coordinator.search.SpaceName;
import io.hyperjet.coordinator.search.StrategyDimension;
import io.hyperjet.worker.epoch.TradingRules;
import io.hyperjet.worker.strategy.Parameter;
import io.hyperjet.worker.strategy.Space;
import io.hyperjet.worker.strategy.Strategy;

/**
 * The search of a hyperopt run: the space assembled from the selected spaces and the strategy's optimizable
 * parameters, and the epoch descriptor a task carries ({@code params_dict}, {@code params_details},
 * {@code params_not_optimized}, {@code is_random}) in Freqtrade's .fthypt layout.
 * <p>
 * Immutable after construction.
 */
public final class SearchSetup
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HyperoptSpace space;
    private final ObjectNode paramsNotOptimized;
    private final boolean unlimitedStake;
    private final int configMaxOpenTrades;

    /**
     * Builds the search.
     *
     * @param spaces             the selected spaces.
     * @param strategy           the strategy (its parameter values as loaded).
     * @param rules              the run's rules (current ROI, stoploss, trailing, max_open_trades).
     * @param ignoreMissingSpace hyperopt_ignore_missing_space.
     */
    public SearchSetup(
        final Set<SpaceName> spaces, final Strategy strategy, final TradingRules rules,
        final boolean ignoreMissingSpace)
    {
        final List<StrategyDimension> dimensions = new ArrayList<>();
        final List<Parameter> parameters = new ArrayList<>(strategy.parameters().list());
        parameters.sort(Comparator.comparing(Parameter::name));
        for (final Parameter p : parameters)
        {
            final SpaceName owner = spaceName(p.space());
            if (p.optimize() && spaces.contains(owner))
            {
                dimensions.add(new StrategyDimension(owner, dimension(p)));
            }
        }
        this.space = SpaceAssembler.assemble(spaces, dimensions,
            (int)Timeframes.minutes(rules.timeframe()), ignoreMissingSpace, strategy.name());
        this.unlimitedStake = rules.config().trading().isStakeAmountUnlimited();
        this.configMaxOpenTrades = rules.maxOpenTrades();
        this.paramsNotOptimized = notOptimized(spaces, parameters, rules);
    }

    private static SpaceName spaceName(final Space space)
    {
        return switch (space)
        {
            case BUY -> SpaceName.BUY;
            case SELL -> SpaceName.SELL;
            case PROTECTION -> SpaceName.PROTECTION;
        };
    }

    private static Dimension dimension(final Parameter p)
    {
        return switch (p.type())
        {
            case INT -> Dimension.integer(p.name(), (long)p.low(), (long)p.high());
            case DECIMAL -> Dimension.decimal(p.name(), p.low(), p.high(), p.decimals());
            case REAL -> Dimension.real(p.name(), p.low(), p.high());
            case CATEGORICAL -> Dimension.categorical(p.name(), p.categories());
            case BOOLEAN -> Dimension.categorical(p.name(), List.of(true, false));
        };
    }

    private static ObjectNode notOptimized(
        final Set<SpaceName> spaces, final List<Parameter> parameters, final TradingRules rules)
    {
        final ObjectNode out = MAPPER.createObjectNode();
        for (final Space s : Space.values())
        {
            final ObjectNode values = MAPPER.createObjectNode();
            for (final Parameter p : parameters)
            {
                if (p.space() == s && (!p.optimize() || !spaces.contains(spaceName(s))))
                {
                    values.set(p.name(), MAPPER.valueToTree(p.valueAsObject()));
                }
            }
            out.set(s.id(), values);
        }
        if (!spaces.contains(SpaceName.ROI))
        {
            final ObjectNode roi = out.putObject("roi");
            for (final Map.Entry<Integer, Double> e : rules.minimalRoi().entrySet())
            {
                roi.put(Integer.toString(e.getKey()), e.getValue());
            }
        }
        if (!spaces.contains(SpaceName.STOPLOSS))
        {
            out.putObject("stoploss").put("stoploss", rules.stoploss());
        }
        if (!spaces.contains(SpaceName.TRAILING))
        {
            final ObjectNode trailing = out.putObject("trailing");
            trailing.put("trailing_stop", rules.trailingStop());
            if (Double.isNaN(rules.trailingStopPositive()))
            {
                trailing.putNull("trailing_stop_positive");
            }
            else
            {
                trailing.put("trailing_stop_positive", rules.trailingStopPositive());
            }
            trailing.put("trailing_stop_positive_offset", rules.trailingStopPositiveOffset());
            trailing.put("trailing_only_offset_is_reached", rules.trailingOnlyOffsetIsReached());
        }
        if (!spaces.contains(SpaceName.TRADES))
        {
            final ObjectNode mot = out.putObject("max_open_trades");
            if (rules.maxOpenTrades() < 0)
            {
                mot.put("max_open_trades", Double.POSITIVE_INFINITY);
            }
            else
            {
                mot.put("max_open_trades", rules.maxOpenTrades());
            }
        }
        return out;
    }

    /**
     * The descriptor a task carries for a point.
     *
     * @param point the sampler's point.
     * @return {@code {params_dict, params_details, params_not_optimized, is_random}}.
     */
    public ObjectNode descriptor(final Point point)
    {
        final ObjectNode d = MAPPER.createObjectNode();
        d.set("params_dict", MAPPER.valueToTree(space.paramsDict(point)));
        final Map<String, Object> details = new LinkedHashMap<>(
            space.paramsDetails(point, unlimitedStake, configMaxOpenTrades));
        d.set("params_details", MAPPER.valueToTree(details));
        d.set("params_not_optimized", paramsNotOptimized);
        d.put("is_random", point.isRandom());
        return d;
    }

    public HyperoptSpace space()
    {
        return space;
    }

    public ObjectNode paramsNotOptimized()
    {
        return paramsNotOptimized;
    }
}
