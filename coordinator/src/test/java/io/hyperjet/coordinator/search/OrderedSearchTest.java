package io.hyperjet.coordinator.search;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderedSearchTest
{
    private static final int EPOCHS = 120;
    private static final int LAG = 4;

    @ParameterizedTest
    @EnumSource(SamplerKind.class)
    void shouldGiveSamePointsWhateverTheArrivalOrder(final SamplerKind kind)
    {
        final List<Point> inOrder = run(kind, 1, 0);
        for (final int workers : new int[]{2, 3, LAG})
        {
            for (long timing = 1; timing <= 3; timing++)
            {
                assertEquals(inOrder, run(kind, workers, timing), "workers=" + workers + " timing=" + timing);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SamplerKind.class)
    void shouldContinueIdenticallyAfterResume(final SamplerKind kind)
    {
        final List<Point> uninterrupted = run(kind, 3, 7);
        final OrderedSearch first = search(kind);
        final SimulatedWorkers workers = new SimulatedWorkers(first, 3, 8);
        final List<EpochResult> journal = new ArrayList<>();
        workers.run(EPOCHS, 50, journal);
        assertTrue(workers.inFlight() > 0, "want epochs in flight at the stop");

        final OrderedSearch resumed = search(kind);
        resumed.restore(journal);
        assertTrue(resumed.reissuePending() > 0, "want a gap below the last recorded epoch");
        final SimulatedWorkers after = new SimulatedWorkers(resumed, 3, 9);
        final List<EpochResult> rest = new ArrayList<>();
        after.run(EPOCHS, Integer.MAX_VALUE, rest);

        final Point[] points = new Point[EPOCHS + 1];
        for (final EpochResult result : journal)
        {
            points[result.epoch()] = result.point();
        }
        for (final EpochResult result : rest)
        {
            assertEquals(null, points[result.epoch()], "epoch " + result.epoch() + " evaluated twice");
            points[result.epoch()] = result.point();
        }
        for (int epoch = 1; epoch <= EPOCHS; epoch++)
        {
            assertEquals(uninterrupted.get(epoch - 1), points[epoch], "epoch " + epoch);
        }
    }

    @Test
    void shouldWaitForResultsOlderThanTheLag()
    {
        final OrderedSearch search = search(SamplerKind.TPE);
        for (int epoch = 1; epoch <= LAG; epoch++)
        {
            assertTrue(search.canAsk());
            assertEquals(epoch, search.ask().epoch());
        }
        assertFalse(search.canAsk());
        search.tell(2, 1.0);
        assertFalse(search.canAsk());
        final IllegalStateException ex = assertThrows(IllegalStateException.class, search::ask);
        assertEquals("epoch 5 needs the results through epoch 1, received through 0", ex.getMessage());
        search.tell(1, 1.0);
        assertEquals(2, search.receivedThrough());
        assertEquals(5, search.ask().epoch());
        assertEquals(6, search.ask().epoch());
        assertFalse(search.canAsk());
    }

    @Test
    void shouldRejectJournalWithResultMissingBeyondTheLag()
    {
        final OrderedSearch search = search(SamplerKind.RANDOM);
        final List<EpochResult> journal = new ArrayList<>();
        for (int epoch = 1; epoch <= LAG + 2; epoch++)
        {
            final EpochPoint point = search.ask();
            search.tell(point.epoch(), 1.0);
            if (epoch != 2)
            {
                journal.add(new EpochResult(point.epoch(), point.point(), 1.0));
            }
        }
        final IllegalStateException ex =
            assertThrows(IllegalStateException.class, () -> search(SamplerKind.RANDOM).restore(journal));
        assertEquals("result of epoch 2 missing while generating epoch 6", ex.getMessage());
    }

    @Test
    void shouldRefuseJournalOfAnotherSeed()
    {
        final List<EpochResult> journal = new ArrayList<>();
        new SimulatedWorkers(search(SamplerKind.TPE), 3, 5).run(EPOCHS, 30, journal);
        final OrderedSearch otherSeed = new OrderedSearch(SamplerTest.sampler(SamplerKind.TPE, 78), LAG);
        final IllegalStateException ex = assertThrows(IllegalStateException.class, () -> otherSeed.restore(journal));
        assertTrue(ex.getMessage().startsWith("journal does not match this search"), ex.getMessage());
    }

    @Test
    void shouldIgnoreSecondResultOfAnEpoch()
    {
        final OrderedSearch search = search(SamplerKind.RANDOM);
        search.ask();
        assertTrue(search.tell(1, 1.0));
        assertFalse(search.tell(1, 2.0));
        assertThrows(IllegalArgumentException.class, () -> search.tell(2, 1.0));
    }

    @Test
    void shouldReportExhaustedSmallSpace()
    {
        final SearchSpace space = new SearchSpace(List.of(Dimension.integer("a", 1, 3)));
        final OrderedSearch search = new OrderedSearch(
            Samplers.create(SamplerKind.TPE, space, 1, new SamplerOptions()), 2);
        for (int epoch = 1; epoch <= 3; epoch++)
        {
            final EpochPoint point = search.ask();
            search.tell(point.epoch(), point.point().coordinate(0));
        }
        assertTrue(search.exhausted());
        assertFalse(search.canAsk());
    }

    private static OrderedSearch search(final SamplerKind kind)
    {
        return new OrderedSearch(SamplerTest.sampler(kind, 77), LAG);
    }

    /**
     * Runs with {@code workers} simulated workers whose completion order is shuffled by {@code timing} (0: each
     * result arrives before the next ask).
     */
    private static List<Point> run(final SamplerKind kind, final int workers, final long timing)
    {
        final OrderedSearch search = search(kind);
        final List<EpochResult> results = new ArrayList<>();
        new SimulatedWorkers(search, workers, timing).run(EPOCHS, Integer.MAX_VALUE, results);
        final Point[] points = new Point[EPOCHS];
        for (final EpochResult result : results)
        {
            points[result.epoch() - 1] = result.point();
        }
        return List.of(points);
    }
}
