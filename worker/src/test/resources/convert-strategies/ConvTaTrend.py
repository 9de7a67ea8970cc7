# Test strategy for `hyperjet convert-strategy` (ConvertedStrategyTradesTest): TA-Lib through talib.abstract (EMA in a loop
# over a parameter's range with f-string column names, SMA, RSI, MACD, BBANDS, TEMA), trailing stop attributes, an
# IntParameter that is not optimized, a CategoricalParameter choosing a column. Converts fully; its Java gives the
# same trades.
from pandas import DataFrame

import talib.abstract as ta
from freqtrade.strategy import CategoricalParameter, DecimalParameter, IntParameter, IStrategy


class ConvTaTrend(IStrategy):
    INTERFACE_VERSION = 3
    timeframe = "5m"
    minimal_roi = {"120": 0.01, "60": 0.02, "0": 0.05}
    stoploss = -0.08
    trailing_stop = True
    trailing_stop_positive = 0.01
    trailing_stop_positive_offset = 0.02
    trailing_only_offset_is_reached = True
    process_only_new_candles = True
    use_exit_signal = True
    startup_candle_count = 60

    buy_ema = IntParameter(5, 12, default=8, space="buy")
    buy_rsi = IntParameter(20, 45, default=40, space="buy", optimize=False)
    buy_band = CategoricalParameter(["bb_lowerband", "bb_middleband"], default="bb_middleband", space="buy")
    sell_rsi = DecimalParameter(55.0, 80.0, default=62.5, decimals=1, space="sell", load=True)

    def populate_indicators(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        for n in self.buy_ema.range:
            dataframe[f"ema_{n}"] = ta.EMA(dataframe, timeperiod=n)
        dataframe["sma"] = ta.SMA(dataframe["close"], timeperiod=30)
        dataframe["rsi"] = ta.RSI(dataframe)
        macd = ta.MACD(dataframe)
        dataframe["macd"] = macd["macd"]
        dataframe["macdsignal"] = macd["macdsignal"]
        bollinger = ta.BBANDS(dataframe, timeperiod=20, nbdevup=2.0, nbdevdn=2.0)
        dataframe["bb_lowerband"] = bollinger["lowerband"]
        dataframe["bb_middleband"] = bollinger["middleband"]
        dataframe["tema"] = ta.TEMA(dataframe, timeperiod=9)
        return dataframe

    def populate_entry_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe.loc[
            (dataframe["rsi"] < self.buy_rsi.value)
            & (dataframe["close"] < dataframe[self.buy_band.value])
            & (dataframe[f"ema_{self.buy_ema.value}"] > dataframe["sma"] * 0.99)
            & (dataframe["volume"] > 0),
            "enter_long"] = 1
        return dataframe

    def populate_exit_trend(self, dataframe: DataFrame, metadata: dict) -> DataFrame:
        dataframe.loc[
            ((dataframe["rsi"] > self.sell_rsi.value) | (dataframe["macd"] < dataframe["macdsignal"] - 5))
            & (dataframe["tema"] > dataframe["tema"].shift(1))
            & (dataframe["volume"] > 0),
            "exit_long"] = 1
        return dataframe
