package io.hyperjet.coordinator.search;

/**
 * A strategy parameter to optimize: its space (buy, sell or protection) and its dimension, named after the
 * parameter's attribute.
 *
 * @param space     buy, sell or protection.
 * @param dimension the dimension.
 */
public record StrategyDimension(SpaceName space, Dimension dimension)
{
    public StrategyDimension
    {
        if (!space.isStrategySpace())
        {
            throw new IllegalArgumentException("strategy parameter " + dimension.name() + " in space " + space.id() +
                "; only buy, sell and protection hold strategy parameters");
        }
    }
}
