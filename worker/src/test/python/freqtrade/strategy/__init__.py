"""Stand-in of freqtrade.strategy for Hyperjet's tests: the names a strategy file imports."""
from freqtrade.strategy.informative_decorator import informative
from freqtrade.strategy.interface import IStrategy
from freqtrade.strategy.parameters import (BaseParameter, BooleanParameter, CategoricalParameter,
                                           DecimalParameter, IntParameter, RealParameter)
from freqtrade.strategy.strategy_helper import (merge_informative_pair, stoploss_from_absolute,
                                                stoploss_from_open, timeframe_to_minutes)


__all__ = ["IStrategy", "BaseParameter", "BooleanParameter", "CategoricalParameter", "DecimalParameter",
           "IntParameter", "RealParameter", "informative", "merge_informative_pair", "stoploss_from_absolute",
           "stoploss_from_open", "timeframe_to_minutes"]
