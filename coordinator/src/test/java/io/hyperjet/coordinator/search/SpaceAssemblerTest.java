package io.hyperjet.coordinator.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

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
        final SearchSpace space = SpaceAssembler.assemble(
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
        final SearchSpace space =
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
        final SearchSpace space = SpaceAssembler.assemble(
            SpaceName.select(List.of("default"), "x"), PARAMETERS.subList(0, 2), 5, true, "Sample");
        assertEquals(List.of("buy_rsi", "buy_trigger", "roi_t1", "roi_t2", "roi_t3", "roi_p1", "roi_p2", "roi_p3",
            "stoploss"), names(space));
    }

    private static List<String> names(final SearchSpace space)
    {
        final List<String> names = new ArrayList<>();
        for (final Dimension dimension : space.dimensions())
        {
            names.add(dimension.name());
        }
        return names;
    }
}
