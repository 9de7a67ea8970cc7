package io.hyperjet.worker.backtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hyperjet.common.UserInputException;

class BacktestSettingsTest
{
    private static BacktestSettings valid()
    {
        return new BacktestSettings().timeframeSeconds(300).fee(0.001).stakeAmount(100).stoploss(-0.1);
    }

    @Test
    void shouldNameTheSettingAndItsValueInOneLine()
    {
        // the texts are made only when a check fails; they must stay what they were
        assertEquals("invalid backtest setting: fee must be within [0, 0.1], got 0.5",
            assertThrows(UserInputException.class, () -> valid().fee(0.5).conclude()).getMessage());
        assertEquals("invalid backtest setting: timeframe must be a positive whole number of minutes, got 90 s",
            assertThrows(UserInputException.class, () -> valid().timeframeSeconds(90).conclude()).getMessage());
        assertEquals("invalid backtest setting: minimal_roi value at 20 is NaN",
            assertThrows(UserInputException.class,
                () -> valid().minimalRoi(Map.of(0, 0.1, 20, Double.NaN)).conclude()).getMessage());
        assertEquals("invalid backtest setting: max_open_trades must be >= -1, got -2",
            assertThrows(UserInputException.class, () -> valid().maxOpenTrades(-2).conclude()).getMessage());
    }

    @Test
    void shouldSortRoiKeys()
    {
        final BacktestSettings s = valid().minimalRoi(Map.of(60, 0.01, 0, 0.05, 30, 0.02)).conclude();
        assertArrayEquals(new int[]{0, 30, 60}, s.roiMinutes());
        assertArrayEquals(new double[]{0.05, 0.02, 0.01}, s.roiRatios());
    }

    @Test
    void shouldDefaultRoiToTen()
    {
        assertArrayEquals(new double[]{10.0}, valid().conclude().roiRatios());
    }

    @Test
    void shouldTurnMinusOneSlotsIntoInfinity()
    {
        assertEquals(Double.POSITIVE_INFINITY, valid().maxOpenTrades(-1).conclude().maxOpenTrades());
    }

    @Test
    void shouldRejectPositiveStoploss()
    {
        final UserInputException e = assertThrows(UserInputException.class, () -> valid().stoploss(0.1).conclude());
        assertTrue(e.getMessage().contains("stoploss"), e.getMessage());
    }

    @Test
    void shouldRejectMissingStake()
    {
        assertThrows(UserInputException.class,
            () -> new BacktestSettings().timeframeSeconds(300).stoploss(-0.1).conclude());
    }

    @Test
    void shouldIgnoreShortsInSpot()
    {
        assertEquals(false, valid().canShort(true).conclude().shortsEnabled());
        assertEquals(true,
            valid().canShort(true).tradingMode(BacktestSettings.TradingMode.FUTURES).conclude().shortsEnabled());
    }

    @Test
    void shouldRefuseChangesAfterConclude()
    {
        final BacktestSettings s = valid().conclude();
        assertThrows(IllegalStateException.class, () -> s.fee(0.002));
    }
}
