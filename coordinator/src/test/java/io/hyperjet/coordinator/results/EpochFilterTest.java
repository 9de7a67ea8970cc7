package io.hyperjet.coordinator.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import io.hyperjet.common.UserInputException;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EpochFilterTest
{
    private static final List<JsonNode> EPOCHS = new ArrayList<>(FthyptFixtures.fiveEpochs());

    private static List<Integer> numbers(final EpochFilter filter)
    {
        return numbers(filter, EPOCHS);
    }

    private static List<Integer> numbers(final EpochFilter filter, final List<JsonNode> epochs)
    {
        final List<Integer> out = new ArrayList<>();
        for (final JsonNode e : filter.apply(epochs))
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
    void shouldCompareTheAverageDurationInWholeMinutesAsFreqtradeDoes()
    {
        final List<JsonNode> timed = new ArrayList<>();
        final double[] seconds = {3599, 3600, 7259, 7260, 0};
        for (int i = 0; i < EPOCHS.size(); i++)
        {
            final ObjectNode e = EPOCHS.get(i).deepCopy();
            ((ObjectNode)e.get("results_metrics")).put("holding_avg_s", seconds[i]);
            timed.add(e);
        }
        // minutes 59, 60, 120, 121 and no trades; bounds are strict
        assertEquals(List.of(2, 3, 4), numbers(new EpochFilter().avgMinutes(59.0, null), timed));
        assertEquals(List.of(1, 2), numbers(new EpochFilter().avgMinutes(null, 120.0), timed));
        assertEquals(List.of(3), numbers(new EpochFilter().avgMinutes(60.0, 121.0), timed));
        final UserInputException ex = assertThrows(UserInputException.class,
            () -> new EpochFilter().avgMinutes(1.0, null).apply(EPOCHS));
        assertEquals("epoch 1 has no holding_avg_s (average trade duration); omit --min-avg-time/--max-avg-time " +
            "for this file", ex.getMessage());
    }

    @Test
    void shouldCombineFilters()
    {
        assertEquals(List.of(4), numbers(new EpochFilter().onlyBest(true).minTrades(20)));
    }
}
