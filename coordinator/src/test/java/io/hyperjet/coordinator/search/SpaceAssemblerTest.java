package io.hyperjet.coordinator.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.hyperjet.common.UserInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SpaceAssemblerTest
{
    private static final List<StrategyDimension> PARAMETERS = List.of(
        new StrategyDimension(SpaceName.BUY, Dimension.integer("buy_rsi", 10, 40)),
        new StrategyDimension(SpaceName.BUY, Dimension.categorical("buy_trigger", List.of("bb", "macd"))),
        new StrategyDimension(SpaceName.SELL, Dimension.decimal("sell_rsi", 0.5, 0.9, 2)),
        new StrategyDimension(SpaceName.PROTECTION, Dimension.integer("protection_lookback", 1, 5)));

    @Test
    void shouldExpandDefaultToBuySellRoiStoploss()
    {
        assertEquals(EnumSet.of(SpaceName.BUY, SpaceName.SELL, SpaceName.ROI, SpaceName.STOPLOSS),
            SpaceName.select(List.of("default"), "--spaces"));
    }

    @Test
    void shouldExpandAllToEverySpace()
    {
        assertEquals(EnumSet.allOf(SpaceName.class), SpaceName.select(List.of("roi", "all"), "--spaces"));
    }

    @Test
    void shouldRejectUnknownSpaceName()
    {
        final UserInputException ex =
            assertThrows(UserInputException.class, () -> SpaceName.select(List.of("buy", "sel"), "--spaces"));
        assertEquals("--spaces: unknown hyperopt space 'sel' (expected buy, sell, protection, roi, stoploss, " +
            "trailing, trades, default or all)", ex.getMessage());
    }

    @Test
    void shouldOrderDimensionsBySpaceThenGivenOrder()
    {
        final HyperoptSpace space = SpaceAssembler.assemble(
            SpaceName.select(List.of("trades", "trailing", "stoploss", "roi", "protection", "sell", "buy"), "x"),
            PARAMETERS, 5, false, "S");
        assertEquals(List.of("buy_rsi", "buy_trigger", "sell_rsi", "protection_lookback",
            "roi_t1", "roi_t2", "roi_t3", "roi_p1", "roi_p2", "roi_p3", "stoploss",
            "trailing_stop", "trailing_stop_positive", "trailing_stop_positive_offset_p1",
            "trailing_only_offset_is_reached", "max_open_trades"), names(space));
    }

    @Test
    void shouldLeaveOutUnselectedSpaces()
    {
        final HyperoptSpace space =
            SpaceAssembler.assemble(SpaceName.select(List.of("sell", "stoploss"), "x"), PARAMETERS, 5, false, "S");
        assertEquals(List.of("sell_rsi", "stoploss"), names(space));
    }

    @Test
    void shouldRejectSelectedStrategySpaceWithoutParameters()
    {
        final UserInputException ex = assertThrows(UserInputException.class, () -> SpaceAssembler.assemble(
            SpaceName.select(List.of("default"), "x"), PARAMETERS.subList(0, 2), 5, false, "Sample"));
        assertEquals("strategy Sample: the 'sell' space is selected for hyperopt but the strategy has no parameter " +
            "to optimize in it (remove the space or set hyperopt_ignore_missing_space)", ex.getMessage());
    }

    @Test
    void shouldSkipMissingStrategySpaceWhenIgnored()
    {
        final HyperoptSpace space = SpaceAssembler.assemble(
            SpaceName.select(List.of("default"), "x"), PARAMETERS.subList(0, 2), 5, true, "Sample");
        assertEquals(List.of("buy_rsi", "buy_trigger", "roi_t1", "roi_t2", "roi_t3", "roi_p1", "roi_p2", "roi_p3",
            "stoploss"), names(space));
    }

    @Test
    void shouldTellTheSpaceOfEachDimension()
    {
        final HyperoptSpace space =
            SpaceAssembler.assemble(SpaceName.select(List.of("buy", "roi"), "x"), PARAMETERS, 5, false, "S");
        assertEquals(SpaceName.BUY, space.spaceOf(1));
        assertEquals(SpaceName.ROI, space.spaceOf(2));
        assertEquals(SpaceName.ROI, space.spaceOf(7));
    }

    @Test
    void shouldBuildParamsDetailsPerSpace()
    {
        final HyperoptSpace space = SpaceAssembler.assemble(
            SpaceName.select(List.of("all"), "x"), PARAMETERS, 5, false, "S");
        final Point point = new Point(new double[]{
            25, 1, 70, 3,
            100, 50, 20, 10, 10, 16, -100,
            0, 20, 11, 1,
            0}, false);
        final Map<String, Object> details = space.paramsDetails(point, false, 3);
        assertEquals(List.of("buy", "sell", "protection", "roi", "stoploss", "trailing", "max_open_trades"),
            List.copyOf(details.keySet()));
        assertEquals(Map.of("buy_rsi", 25, "buy_trigger", "macd"), details.get("buy"));
        assertEquals(Map.of("sell_rsi", 0.7), details.get("sell"));
        assertEquals(Map.of("protection_lookback", 3), details.get("protection"));
        assertEquals(Map.of("0", 0.036000000000000004, "20", 0.02, "70", 0.01, "170", 0.0), details.get("roi"));
        assertEquals(Map.of("stoploss", -0.1), details.get("stoploss"));
        assertEquals(Map.of("trailing_stop", true, "trailing_stop_positive", 0.02,
            "trailing_stop_positive_offset", 0.02 + 0.011, "trailing_only_offset_is_reached", false),
            details.get("trailing"));
        assertEquals(Map.of("max_open_trades", -1), details.get("max_open_trades"));
        assertEquals(Map.of("max_open_trades", 3),
            space.paramsDetails(point, true, 3).get("max_open_trades"));
        assertEquals(16, space.paramsDict(point).size());
    }

    private static List<String> names(final HyperoptSpace hyperoptSpace)
    {
        final List<String> names = new ArrayList<>();
        for (final Dimension dimension : hyperoptSpace.searchSpace().dimensions())
        {
            names.add(dimension.name());
        }
        return names;
    }
}
