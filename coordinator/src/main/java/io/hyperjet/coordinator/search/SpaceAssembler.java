package io.hyperjet.coordinator.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hyperjet.common.UserInputException;

/**
 * Builds the search space of a run from the selected spaces: strategy parameters for buy, sell and protection, then
 * the generated roi, stoploss, trailing and trades dimensions, in Freqtrade's order. Stateless.
 */
public final class SpaceAssembler
{
    private SpaceAssembler()
    {
    }

    /**
     * @param spaces                selected spaces (see {@link SpaceName#select}).
     * @param strategyDimensions    the strategy's optimizable parameters, each space's already in alphabetical
     *                              order of attribute name; parameters of unselected spaces are skipped.
     * @param timeframeMinutes      the strategy timeframe, for the roi space.
     * @param ignoreMissingSpace    {@code hyperopt_ignore_missing_space}: skip a selected strategy space without
     *                              parameters instead of failing.
     * @param strategyName          named in the error message.
     * @return the search space with the space of each dimension.
     * @throws UserInputException if a selected buy/sell/protection space has no parameter, or nothing is left
     *                            to optimize.
     */
    public static HyperoptSpace assemble(
        final Set<SpaceName> spaces,
        final List<StrategyDimension> strategyDimensions,
        final int timeframeMinutes,
        final boolean ignoreMissingSpace,
        final String strategyName)
    {
        final List<Dimension> dimensions = new ArrayList<>();
        final List<SpaceName> owners = new ArrayList<>();
        for (final SpaceName space : SpaceName.values())
        {
            if (!spaces.contains(space))
            {
                continue;
            }
            switch (space)
            {
                case ROI:
                    dimensions.addAll(FreqtradeSpaces.roi(timeframeMinutes));
                    break;
                case STOPLOSS:
                    dimensions.addAll(FreqtradeSpaces.stoploss());
                    break;
                case TRAILING:
                    dimensions.addAll(FreqtradeSpaces.trailing());
                    break;
                case TRADES:
                    dimensions.addAll(FreqtradeSpaces.trades());
                    break;
                default:
                    addStrategySpace(space, strategyDimensions, ignoreMissingSpace, strategyName, dimensions);
                    break;
            }
            while (owners.size() < dimensions.size())
            {
                owners.add(space);
            }
        }
        if (dimensions.isEmpty())
        {
            throw new UserInputException("strategy " + strategyName + ": the selected hyperopt spaces hold no " +
                "parameter to optimize");
        }
        return new HyperoptSpace(new SearchSpace(dimensions), spaces, owners);
    }

    private static void addStrategySpace(
        final SpaceName space,
        final List<StrategyDimension> strategyDimensions,
        final boolean ignoreMissingSpace,
        final String strategyName,
        final List<Dimension> out)
    {
        final int before = out.size();
        for (final StrategyDimension parameter : strategyDimensions)
        {
            if (parameter.space() == space)
            {
                out.add(parameter.dimension());
            }
        }
        if (out.size() == before && !ignoreMissingSpace)
        {
            throw new UserInputException("strategy " + strategyName + ": the '" + space.id() + "' space is " +
                "selected for hyperopt but the strategy has no parameter to optimize in it " +
                "(remove the space or set hyperopt_ignore_missing_space)");
        }
    }
}
