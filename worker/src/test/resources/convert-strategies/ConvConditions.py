# Test strategy for `hyperjet convert-strategy` (ConvertedStrategyTradesTest): lists of conditions folded with
# functools.reduce, a for-loop over range() and over a parameter's range building f-string columns, pct_change,
# comparisons with the number on the left, an `if` on a categorical parameter, can_short = False (Hyperjet runs spot
# only) and the other exit attributes, tags cleared first (`loc[:, 'enter_tag'] = ''`, `['exit_tag'] = ''`).
# Converts fully; its Java gives the same trades.
from functools import reduce

from pandas import DataFrame

import talib.abstract as ta
from freqtrade.strategy import CategoricalParameter, DecimalParameter, IntParameter, IStrategy


class ConvConditions(IStrategy):
    INTERFACE_VERSION = 3
    timeframe = "5m"
    can_short = False
    minimal_roi = {"30": 0.01, "0": 0.025}
    stoploss = -0.04
    use_exit_signal = True
    exit_profit_only = False
    ignore_roi_if_entry_signal = False
    startup_candle_count = 40

    buy_lookback = IntParameter(2, 6, default=3, space="buy")
    buy_drop = DecimalParameter(0.001, 0.02, default=0.004, decimals=3, space="buy")
    buy_side = CategoricalParameter(["both", "dip", "trend"], default="both", space="buy")
    sell_rsi_gap = IntParameter(5, 30, default=15, space="sell", optimize=True, load=True)

    def populate_indicators(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        for n in self.buy_lookback.range:
            dataframe[f"change_{n}"] = dataframe["close"].pct_change(n)
        for k in range(1, 4):
            dataframe[f"body_{k}"] = (dataframe["close"] - dataframe["open"]).shift(k)
        dataframe["rsi"] = ta.RSI(dataframe, timeperiod=10)
        dataframe["ema"] = ta.EMA(dataframe, 20)
        return dataframe

    def populate_entry_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe.loc[:, "enter_tag"] = ""
        change = dataframe[f"change_{self.buy_lookback.value}"]
        if self.buy_side.value != "trend":
            dip_conditions = []
            dip_conditions.append(change < -self.buy_drop.value)
            dip_conditions.append(dataframe["body_1"] < 0)
            dip_conditions.append(30 < dataframe["rsi"])
            dip_conditions.append(dataframe["volume"] > 0)
            if dip_conditions:
                dataframe.loc[reduce(lambda x, y: x & y, dip_conditions), "enter_long"] = 1
        if self.buy_side.value != "dip":
            trend_conditions = [change > self.buy_drop.value, dataframe["body_1"] > 0, dataframe["rsi"] < 70]
            dataframe.loc[reduce(lambda a, b: a & b, trend_conditions) & (dataframe["volume"] > 0),
                          ["enter_long", "enter_tag"]] = (1, "momentum")
        return dataframe

    def populate_exit_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe["exit_tag"] = ""
        dataframe.loc[(dataframe["rsi"] > 50 + self.sell_rsi_gap.value) & (dataframe["close"] > dataframe["ema"]),
                      "exit_long"] = 1
        dataframe.loc[(dataframe["rsi"] < 50 - self.sell_rsi_gap.value) & (dataframe["body_3"] > 0)
                      | ((dataframe["body_1"] < dataframe["body_2"]) & (dataframe["body_2"] < 0)),
                      "exit_long"] = 1
        return dataframe
