# Informative candles the classic way: informative_pairs() names them, populate_indicators asks the data provider
# and merges with merge_informative_pair. Entries when a pair dips below the last closed BTC/USDT 1h close by
# buy_gap, exits when it is above it by sell_gap; one product and one comparison, so Java recomputes the signals
# exactly (InformativeDataTest, InformativeCliTest).
from pandas import DataFrame

from freqtrade.strategy import DecimalParameter, IStrategy, merge_informative_pair


class PyInformative(IStrategy):
    INTERFACE_VERSION = 3
    timeframe = "5m"
    minimal_roi = {"0": 10}
    stoploss = -0.99
    startup_candle_count = 0

    buy_gap = DecimalParameter(0.0, 0.02, default=0.002, decimals=3, space="buy")
    sell_gap = DecimalParameter(0.0, 0.02, default=0.002, decimals=3, space="sell")

    def informative_pairs(self):
        return [("BTC/USDT", "1h")]

    def populate_indicators(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        informative = self.dp.get_pair_dataframe("BTC/USDT", "1h")
        dataframe = merge_informative_pair(dataframe, informative, self.timeframe, "1h", ffill=True)
        return dataframe

    def populate_entry_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe.loc[dataframe["close"] < dataframe["close_1h"] * (1 - self.buy_gap.value), "enter_long"] = 1
        return dataframe

    def populate_exit_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe.loc[dataframe["close"] > dataframe["close_1h"] * (1 + self.sell_gap.value), "exit_long"] = 1
        return dataframe
