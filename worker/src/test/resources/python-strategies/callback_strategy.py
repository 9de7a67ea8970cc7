from pandas import DataFrame

from freqtrade.strategy import IStrategy


class CallbackStrategy(IStrategy):
    timeframe = "5m"
    minimal_roi = {"0": 0.04}
    stoploss = -0.10
    position_adjustment_enable = True

    def populate_indicators(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        return dataframe

    def populate_entry_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        return dataframe

    def populate_exit_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        return dataframe

    def adjust_trade_position(self, trade, current_time, current_rate, current_profit, min_stake, max_stake,
                              **kwargs):
        return None
