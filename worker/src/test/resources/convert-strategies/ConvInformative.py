# Test strategy for `hyperjet convert-strategy` (ConvertedStrategyTradesTest): informative candles the classic way
# (informative_pairs, dp.get_pair_dataframe, TA-Lib on the informative frame, merge_informative_pair), the pair
# from metadata, buy_params/sell_params defaults, a parameter whose name does not round-trip through camelCase.
from pandas import DataFrame

import talib.abstract as ta
from freqtrade.strategy import DecimalParameter, IntParameter, IStrategy, merge_informative_pair


class ConvInformative(IStrategy):
    INTERFACE_VERSION = 3
    timeframe = "5m"
    minimal_roi = {"0": 0.04}
    stoploss = -0.06
    startup_candle_count = 30

    buy_params = {"buy_rsi_1h": 55}
    sell_params = {"sell_gap": 0.006}

    buy_rsi_1h = IntParameter(40, 70, default=50, space="buy")
    sell_gap = DecimalParameter(0.0, 0.02, default=0.004, decimals=3, space="sell")

    def informative_pairs(self):
        return [("BTC/USDT", "1h")]

    def populate_indicators(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        informative = self.dp.get_pair_dataframe(pair="BTC/USDT", timeframe="1h")
        informative["rsi"] = ta.RSI(informative, timeperiod=14)
        informative["sma"] = ta.SMA(informative, timeperiod=6)
        dataframe = merge_informative_pair(dataframe, informative, self.timeframe, "1h", ffill=True)
        dataframe["ema"] = ta.EMA(dataframe, timeperiod=12)
        if metadata["pair"] == "BTC/USDT":
            dataframe["weight"] = 1.0
        else:
            dataframe["weight"] = 0.5
        return dataframe

    def populate_entry_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        btc_up = (dataframe["rsi_1h"] > self.buy_rsi_1h.value) & (dataframe["close_1h"] > dataframe["sma_1h"])
        dataframe.loc[btc_up & (dataframe["close"] < dataframe["ema"]) & (dataframe["weight"] > 0.7),
                      ["enter_long", "enter_tag"]] = (1, "btc_strong")
        dataframe.loc[btc_up & (dataframe["close"] < dataframe["ema"]) & (dataframe["weight"] < 0.7),
                      ["enter_long", "enter_tag"]] = (1, "alt_follow")
        return dataframe

    def populate_exit_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe.loc[(dataframe["close"] > dataframe["ema"] * (1 + self.sell_gap.value)) | (dataframe["rsi_1h"] < 35),
                      "exit_long"] = 1
        return dataframe
