package io.hyperjet.coordinator.search;

/**
 * An evaluated epoch as recorded in a run's journal, for {@link OrderedSearch#restore}.
 *
 * @param epoch epoch number, from 1.
 * @param point the parameters it was evaluated with.
 * @param loss  its loss.
 */
public record EpochResult(int epoch, Point point, double loss)
{
}
