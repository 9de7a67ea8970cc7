# A Freqtrade strategy with pandas indicators whose arithmetic is exact (one subtraction, one product), so its
# Java port JavaMomentum.java computes bit-identical signals. The file name differs from the class name on
# purpose: Freqtrade finds the class inside whatever file defines it.
from pandas import DataFrame

from freqtrade.strategy import DecimalParameter, IStrategy, IntParameter


class PyMomentum(IStrategy):
    INTERFACE_VERSION = 3
    timeframe = "5m"
    minimal_roi = {"60": 0.01, "30": 0.02, "0": 0.04}
    stoploss = -0.10
    startup_candle_count = 20

    buy_period = IntParameter(3, 12, default=6, space="buy")
    buy_ratio = DecimalParameter(0.0, 0.02, default=0.004, decimals=3, space="buy")
    sell_ratio = DecimalParameter(0.0, 0.03, default=0.012, decimals=3, space="sell")

    def populate_indicators(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        for n in self.buy_period.range:
            dataframe[f"mom_{n}"] = dataframe["close"] - dataframe["close"].shift(n)
        dataframe["spread"] = dataframe["high"] - dataframe["low"]
        return dataframe

    def populate_entry_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        mom = dataframe[f"mom_{self.buy_period.value}"]
        level = dataframe["close"] * self.buy_ratio.value
        dataframe.loc[(mom > level) & (mom.shift(1) <= level.shift(1)) & (dataframe["volume"] > 0),
                      ["enter_long", "enter_tag"]] = (1, "mom")
        return dataframe

    def populate_exit_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe.loc[(dataframe["spread"] > dataframe["close"] * self.sell_ratio.value)
                      & (dataframe["volume"] > 0), "exit_long"] = 1
        return dataframe
