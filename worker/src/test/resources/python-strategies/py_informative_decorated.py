# Informative candles through @informative: the pair's own 1h candles ({column}_1h) and BTC/{stake}'s 1h candles
# (btc_usdt_{column}_1h), each with an indicator computed on the 1h frame before the merge. Entries when the pair
# closes below its last closed 1h midpoint by buy_gap while that BTC hour was green; exits above the midpoint.
from pandas import DataFrame

from freqtrade.strategy import DecimalParameter, IStrategy, informative


class PyInformativeDecorated(IStrategy):
    INTERFACE_VERSION = 3
    timeframe = "5m"
    minimal_roi = {"0": 10}
    stoploss = -0.99
    startup_candle_count = 0

    buy_gap = DecimalParameter(0.0, 0.02, default=0.001, decimals=3, space="buy")

    @informative("1h", "BTC/{stake}")
    def populate_indicators_btc_1h(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe["green"] = (dataframe["close"] > dataframe["open"]).astype("float64")
        return dataframe

    @informative("1h")
    def populate_indicators_1h(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe["mid"] = (dataframe["high"] + dataframe["low"]) / 2
        return dataframe

    def populate_indicators(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        return dataframe

    def populate_entry_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe.loc[(dataframe["close"] < dataframe["mid_1h"] * (1 - self.buy_gap.value))
                      & (dataframe["btc_usdt_green_1h"] == 1), "enter_long"] = 1
        return dataframe

    def populate_exit_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe.loc[dataframe["close"] > dataframe["mid_1h"], "exit_long"] = 1
        return dataframe
