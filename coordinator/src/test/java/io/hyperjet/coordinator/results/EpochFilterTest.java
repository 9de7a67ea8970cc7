package io.hyperjet.coordinator.results;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EpochFilterTest
{
    private static final List<JsonNode> EPOCHS = new ArrayList<>(FthyptFixtures.fiveEpochs());

    private static List<Integer> numbers(final EpochFilter filter)
    {
        final List<Integer> out = new ArrayList<>();
        for (final JsonNode e : filter.apply(EPOCHS))
        {
            out.add(e.path("current_epoch").asInt());
        }
        return out;
    }

    @Test
    void shouldKeepEverythingWithoutBounds()
    {
        assertEquals(List.of(1, 2, 3, 4, 5), numbers(new EpochFilter()));
    }

    @Test
    void shouldKeepOnlyBestEpochs()
    {
        assertEquals(List.of(1, 2, 4), numbers(new EpochFilter().onlyBest(true)));
    }

    @Test
    void shouldKeepOnlyProfitableEpochs()
    {
        assertEquals(List.of(2, 3, 4), numbers(new EpochFilter().onlyProfitable(true)));
    }

    @Test
    void shouldApplyTradeBoundsStrictly()
    {
        assertEquals(List.of(3, 4), numbers(new EpochFilter().minTrades(20)));
        assertEquals(List.of(1, 2, 5), numbers(new EpochFilter().maxTrades(30)));
    }

    @Test
    void shouldCompareAverageProfitInPercent()
    {
        assertEquals(List.of(2, 4), numbers(new EpochFilter().avgProfitPct(1.0, null)));
        assertEquals(List.of(1, 3), numbers(new EpochFilter().avgProfitPct(null, 1.0)));
    }

    @Test
    void shouldCompareTotalProfitInStakeCurrency()
    {
        assertEquals(List.of(2, 4), numbers(new EpochFilter().totalProfit(15.0, null)));
        assertEquals(List.of(1, 3), numbers(new EpochFilter().totalProfit(null, 40.0)));
    }

    @Test
    void shouldTreatMinObjectiveAsAnUpperBoundOnTheLossAsFreqtradeDoes()
    {
        assertEquals(List.of(2, 4), numbers(new EpochFilter().objective(4.0, null)));
        assertEquals(List.of(1, 3), numbers(new EpochFilter().objective(null, 3.0)));
    }

    @Test
    void shouldDropEpochsWithoutTradesOnAnyValueBound()
    {
        assertEquals(List.of(1, 2, 3, 4), numbers(new EpochFilter().totalProfit(-1000.0, null)));
    }

    @Test
    void shouldCombineFilters()
    {
        assertEquals(List.of(4), numbers(new EpochFilter().onlyBest(true).minTrades(20)));
    }
}
