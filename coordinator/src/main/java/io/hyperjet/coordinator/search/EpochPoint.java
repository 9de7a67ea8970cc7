package io.hyperjet.coordinator.search;

/**
 * A point handed out for evaluation as epoch {@code epoch}.
 *
 * @param epoch epoch number, from 1.
 * @param point the parameters.
 */
public record EpochPoint(int epoch, Point point)
{
}
