package io.hyperjet.coordinator.search;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search space of a hyperopt run together with the Freqtrade space of each dimension, and the conversion of a
 * point into the {@code params_dict} and {@code params_details} objects of a results file (backtest-semantics.md
 * 10.4). Built by {@link SpaceAssembler}. Immutable.
 */
public final class HyperoptSpace
{
    private final SearchSpace searchSpace;
    private final Set<SpaceName> spaces;
    private final SpaceName[] spaceOfDimension;

    HyperoptSpace(final SearchSpace searchSpace, final Set<SpaceName> spaces, final List<SpaceName> spaceOfDimension)
    {
        this.searchSpace = searchSpace;
        this.spaces = Collections.unmodifiableSet(EnumSet.copyOf(spaces));
        this.spaceOfDimension = spaceOfDimension.toArray(new SpaceName[0]);
    }

    public SearchSpace searchSpace()
    {
        return searchSpace;
    }

    /**
     * @return the selected spaces, including strategy spaces skipped for having no parameters.
     */
    public Set<SpaceName> spaces()
    {
        return spaces;
    }

    /**
     * @param dimension index into {@link #searchSpace()}.
     * @return the space the dimension belongs to.
     */
    public SpaceName spaceOf(final int dimension)
    {
        return spaceOfDimension[dimension];
    }

    /**
     * @param point a point of the search space.
     * @return {@code params_dict}: every dimension's typed value, in dimension order.
     */
    public Map<String, Object> paramsDict(final Point point)
    {
        return searchSpace.values(point);
    }

    /**
     * {@code params_details}: per optimized space in Freqtrade's order, buy/sell/protection as {name: value}, roi as
     * the generated table with string keys, stoploss as {stoploss: v}, trailing as the four applied settings, and
     * {@code max_open_trades} as {max_open_trades: n} with unlimited written as -1.
     *
     * @param point                a point of the search space.
     * @param stakeAmountUnlimited whether the config's stake_amount is "unlimited" (see
     *                             {@link FreqtradeSpaces#maxOpenTrades}).
     * @param configMaxOpenTrades  the config's max_open_trades.
     * @return space id to its object.
     */
    public Map<String, Object> paramsDetails(
        final Point point, final boolean stakeAmountUnlimited, final double configMaxOpenTrades)
    {
        final Map<String, Object> values = paramsDict(point);
        final Map<String, Object> details = new LinkedHashMap<>();
        for (final SpaceName space : spaces)
        {
            switch (space)
            {
                case ROI:
                    details.put(space.id(), roiDetails(values));
                    break;
                case STOPLOSS:
                    details.put(space.id(), Map.of(FreqtradeSpaces.STOPLOSS, values.get(FreqtradeSpaces.STOPLOSS)));
                    break;
                case TRAILING:
                    details.put(space.id(), trailingDetails(values));
                    break;
                case TRADES:
                    final double applied = FreqtradeSpaces.maxOpenTrades(
                        ((Number)values.get(FreqtradeSpaces.MAX_OPEN_TRADES)).intValue(),
                        stakeAmountUnlimited,
                        configMaxOpenTrades);
                    details.put(FreqtradeSpaces.MAX_OPEN_TRADES, Map.of(FreqtradeSpaces.MAX_OPEN_TRADES,
                        Double.isInfinite(applied) ? -1 : (int)applied));
                    break;
                default:
                    details.put(space.id(), strategyDetails(space, values));
                    break;
            }
        }
        return details;
    }

    private Map<String, Object> strategyDetails(final SpaceName space, final Map<String, Object> values)
    {
        final Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < spaceOfDimension.length; i++)
        {
            if (spaceOfDimension[i] == space)
            {
                final String name = searchSpace.dimension(i).name();
                params.put(name, values.get(name));
            }
        }
        return params;
    }

    private static Map<String, Object> roiDetails(final Map<String, Object> values)
    {
        final Map<String, Object> roi = new LinkedHashMap<>();
        for (final Map.Entry<Integer, Double> entry : FreqtradeSpaces.roiTable(values).entrySet())
        {
            roi.put(String.valueOf(entry.getKey()), entry.getValue());
        }
        return roi;
    }

    private static Map<String, Object> trailingDetails(final Map<String, Object> values)
    {
        final double positive = ((Number)values.get(FreqtradeSpaces.TRAILING_STOP_POSITIVE)).doubleValue();
        final double offsetP1 = ((Number)values.get(FreqtradeSpaces.TRAILING_STOP_POSITIVE_OFFSET_P1)).doubleValue();
        final Map<String, Object> trailing = new LinkedHashMap<>();
        trailing.put(FreqtradeSpaces.TRAILING_STOP, values.get(FreqtradeSpaces.TRAILING_STOP));
        trailing.put(FreqtradeSpaces.TRAILING_STOP_POSITIVE, positive);
        trailing.put("trailing_stop_positive_offset", FreqtradeSpaces.trailingStopPositiveOffset(positive, offsetP1));
        trailing.put(FreqtradeSpaces.TRAILING_ONLY_OFFSET_IS_REACHED,
            values.get(FreqtradeSpaces.TRAILING_ONLY_OFFSET_IS_REACHED));
        return trailing;
    }
}
