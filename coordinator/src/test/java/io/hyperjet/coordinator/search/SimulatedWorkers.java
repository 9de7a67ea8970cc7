package io.hyperjet.coordinator.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Drives an {@link OrderedSearch} like a coordinator with workers whose results arrive in a pseudo-random order.
 */
final class SimulatedWorkers
{
    private final OrderedSearch search;
    private final int workers;
    private final SeededRandom timing;
    private final boolean immediate;
    private final List<EpochPoint> inFlight = new ArrayList<>();

    /**
     * @param timingSeed 0: every result arrives before the next ask; otherwise seeds the shuffle of asks and
     *                   completions.
     */
    SimulatedWorkers(final OrderedSearch search, final int workers, final long timingSeed)
    {
        this.search = search;
        this.workers = workers;
        this.timing = new SeededRandom(timingSeed);
        this.immediate = timingSeed == 0;
    }

    int inFlight()
    {
        return inFlight.size();
    }

    /**
     * Hands out epochs up to {@code lastEpoch} and collects results until none is left or {@code stopAfter} have
     * been collected; results still in flight then are dropped, as by a killed run.
     */
    void run(final int lastEpoch, final int stopAfter, final List<EpochResult> results)
    {
        int collected = 0;
        while (collected < stopAfter)
        {
            final boolean more = search.reissuePending() > 0 || search.nextEpoch() <= lastEpoch;
            final boolean ask = search.canAsk() && more &&
                (inFlight.isEmpty() || (!immediate && timing.nextInt(3) > 0));
            if (ask)
            {
                inFlight.add(search.ask());
                continue;
            }
            if (inFlight.isEmpty())
            {
                return;
            }
            final int pick = immediate ? 0 : timing.nextInt(Math.min(workers, inFlight.size()));
            final EpochPoint done = inFlight.remove(pick);
            final double loss = SearchFixtures.mixedLoss(done.point());
            search.tell(done.epoch(), loss);
            results.add(new EpochResult(done.epoch(), done.point(), loss));
            collected++;
        }
    }
}
