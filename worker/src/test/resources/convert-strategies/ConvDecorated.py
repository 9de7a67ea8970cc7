# Test strategy for `hyperjet convert-strategy` (ConvertedStrategyTradesTest): informative candles through
# @informative, the pair's own 1h candles ({column}_1h) and BTC/USDT's ({base}_{quote}_{column}_{timeframe}), each
# with TA-Lib on the 1h frame before Freqtrade merges it. Converts fully; its Java gives the same trades.
from pandas import DataFrame

import talib.abstract as ta
from freqtrade.strategy import IntParameter, IStrategy, informative


class ConvDecorated(IStrategy):
    INTERFACE_VERSION = 3
    timeframe = "5m"
    minimal_roi = {"0": 0.03}
    stoploss = -0.05
    startup_candle_count = 30

    buy_rsi = IntParameter(30, 70, default=50, space="buy")

    @informative("1h")
    def populate_indicators_1h(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe["rsi"] = ta.RSI(dataframe, timeperiod=14)
        return dataframe

    @informative("1h", "BTC/USDT")
    def populate_indicators_btc_1h(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe["sma"] = ta.SMA(dataframe, timeperiod=6)
        return dataframe

    def populate_indicators(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe["ema"] = ta.EMA(dataframe, timeperiod=12)
        return dataframe

    def populate_entry_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe.loc[(dataframe["rsi_1h"] > self.buy_rsi.value)
                      & (dataframe["btc_usdt_close_1h"] > dataframe["btc_usdt_sma_1h"])
                      & (dataframe["close"] < dataframe["ema"]), "enter_long"] = 1
        return dataframe

    def populate_exit_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe.loc[(dataframe["close"] > dataframe["ema"] * 1.005) | (dataframe["rsi_1h"] < 35), "exit_long"] = 1
        return dataframe
