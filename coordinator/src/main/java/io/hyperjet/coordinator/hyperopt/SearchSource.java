package io.hyperjet.coordinator.hyperopt;

import java.util.function.DoubleSupplier;

import io.hyperjet.coordinator.search.EpochPoint;
import io.hyperjet.coordinator.search.OrderedSearch;
import io.hyperjet.shm.channel.EpochResult;
import io.hyperjet.shm.channel.EpochTask;

/**
 * Epochs drawn from the ordered search: each task carries the sampler's point and the epoch descriptor
 * ({@link SearchSetup#descriptor}) as JSON.
 */
public final class SearchSource implements EpochSource
{
    private final OrderedSearch search;
    private final SearchSetup setup;
    private final DoubleSupplier fullBelow;

    public SearchSource(final OrderedSearch search, final SearchSetup setup)
    {
        this(search, setup, () -> Double.POSITIVE_INFINITY);
    }

    /**
     * A source whose tasks ask for full results below a loss threshold.
     *
     * @param search    the ordered search.
     * @param setup     turns points into parameters.
     * @param fullBelow the threshold when an epoch is handed out ({@link ResultsTrades#fullBelow}).
     */
    public SearchSource(final OrderedSearch search, final SearchSetup setup, final DoubleSupplier fullBelow)
    {
        this.search = search;
        this.setup = setup;
        this.fullBelow = fullBelow;
    }

    @Override
    public boolean canAsk()
    {
        return search.canAsk();
    }

    @Override
    public boolean exhausted()
    {
        return search.exhausted();
    }

    @Override
    public EpochTask ask()
    {
        final EpochPoint next = search.ask();
        return new EpochTask(next.epoch(), next.point().coordinates(), setup.descriptor(next.point()).toString(),
            fullBelow.getAsDouble());
    }

    @Override
    public void tell(final EpochResult result)
    {
        search.tell((int)result.epoch(), result.loss());
    }
}
