# Test strategy for `hyperjet convert-strategy` (ConvertedStrategyTradesTest): qtpylib (typical_price, bollinger_bands,
# crossed_above/below), pandas column expressions (rolling mean/max, ewm, shift, diff, abs, where, fillna,
# arithmetic with numbers on either side), np.where (of a column and a number, and of two numbers), TA-Lib's STOCH
# (several inputs, several outputs) crossed with qtpylib, a BooleanParameter and a RealParameter, entry and exit tags set
# through loc with several columns at once. Converts fully; its Java gives the same trades.
import numpy as np
from pandas import DataFrame

import talib.abstract as ta

import freqtrade.vendor.qtpylib.indicators as qtpylib
from freqtrade.strategy import BooleanParameter, IntParameter, IStrategy, RealParameter


class ConvQtpylib(IStrategy):
    INTERFACE_VERSION = 3
    timeframe = "5m"
    minimal_roi = {"0": 0.03}
    stoploss = -0.05
    startup_candle_count = 50

    buy_window = IntParameter(10, 30, default=20, space="buy")
    buy_use_trend = BooleanParameter(default=True, space="buy")
    sell_stretch = RealParameter(0.5, 2.0, default=1.2, space="sell")

    def populate_indicators(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        typical = qtpylib.typical_price(dataframe)
        bands = qtpylib.bollinger_bands(typical, window=20, stds=2)
        dataframe["bb_lower"] = bands["lower"]
        dataframe["bb_mid"] = bands["mid"]
        dataframe["bb_upper"] = bands["upper"]
        dataframe["bb_width"] = (dataframe["bb_upper"] - dataframe["bb_lower"]) / dataframe["bb_mid"]
        dataframe["mean"] = dataframe["close"].rolling(self.buy_window.value).mean()
        dataframe["high_max"] = dataframe["high"].rolling(window=10).max()
        dataframe["ema_fast"] = dataframe["close"].ewm(span=12, adjust=False).mean()
        dataframe["ema_slow"] = dataframe["close"].ewm(span=26, adjust=False).mean()
        dataframe["move"] = dataframe["close"].diff().abs()
        dataframe["range"] = np.where(dataframe["close"] > dataframe["open"],
                                      dataframe["close"] - dataframe["open"], 0.0)
        stoch = ta.STOCH(dataframe)
        dataframe["slowk"] = stoch["slowk"]
        dataframe["slowd"] = stoch["slowd"]
        dataframe["green"] = np.where(dataframe["close"] > dataframe["open"], 1, 0)
        dataframe["dip"] = (1 - dataframe["low"] / dataframe["close"].shift(1)).fillna(0)
        dataframe["up_close"] = dataframe["close"].where(dataframe["close"] > dataframe["open"], dataframe["open"])
        return dataframe

    def populate_entry_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        trend = dataframe["ema_fast"] > dataframe["ema_slow"]
        if self.buy_use_trend.value:
            dataframe.loc[
                qtpylib.crossed_above(dataframe["close"], dataframe["bb_lower"]) & trend & (dataframe["volume"] > 0),
                ["enter_long", "enter_tag"]] = (1, "bb_rebound")
        dataframe.loc[
            qtpylib.crossed_above(dataframe["ema_fast"], dataframe["mean"])
            & (dataframe["range"] > 2 * dataframe["move"].shift(1))
            & (dataframe["dip"] > 0.0013),
            ["enter_long", "enter_tag"]] = (1, "ema_cross")
        dataframe.loc[qtpylib.crossed_above(dataframe["slowk"], dataframe["slowd"]) & (dataframe["slowk"] < 25),
                      ["enter_long", "enter_tag"]] = (1, "stoch_up")
        return dataframe

    def populate_exit_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        stretch = dataframe["bb_mid"] + self.sell_stretch.value * (dataframe["bb_upper"] - dataframe["bb_mid"])
        dataframe.loc[qtpylib.crossed_below(dataframe["up_close"], stretch) | (dataframe["close"] >= dataframe["high_max"]),
                      ["exit_long", "exit_tag"]] = (1, "stretched")
        dataframe.loc[(dataframe["green"] == 0) & (dataframe["green"].shift(1) == 0) & (dataframe["green"].shift(2) == 0)
                      & (dataframe["close"] < dataframe["bb_mid"]), ["exit_long", "exit_tag"]] = (1, "three_red")
        return dataframe
