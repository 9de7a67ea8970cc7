"""Stand-in of freqtrade.strategy for Hyperjet's tests: the names a strategy file imports."""
from freqtrade.strategy.interface import IStrategy
from freqtrade.strategy.parameters import (BaseParameter, BooleanParameter, CategoricalParameter,
                                           DecimalParameter, IntParameter, RealParameter)
from freqtrade.strategy.strategy_helper import (merge_informative_pair, stoploss_from_absolute,
                                                stoploss_from_open, timeframe_to_minutes)


def informative(timeframe, asset="", fmt=None, *, candle_type=None, ffill=True):
    """Marks a populate_indicators_* method as an informative-data provider (python-strategies.md 8.2)."""

    def decorator(fn):
        infos = getattr(fn, "_ft_informative", [])
        infos.append({"timeframe": timeframe, "asset": asset, "fmt": fmt, "candle_type": candle_type,
                      "ffill": ffill})
        fn._ft_informative = infos
        return fn

    return decorator


__all__ = ["IStrategy", "BaseParameter", "BooleanParameter", "CategoricalParameter", "DecimalParameter",
           "IntParameter", "RealParameter", "informative", "merge_informative_pair", "stoploss_from_absolute",
           "stoploss_from_open", "timeframe_to_minutes"]
