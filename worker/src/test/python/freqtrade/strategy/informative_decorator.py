"""Stand-in of Freqtrade's @informative decorator and the merge it drives in the indicator phase
(python-strategies.md 8.2), written for Hyperjet's tests from Freqtrade's documented interface."""
from dataclasses import dataclass
from typing import Any, Callable, Optional, Union

from freqtrade.enums import CandleType
from freqtrade.strategy.strategy_helper import merge_informative_pair


@dataclass
class InformativeData:
    asset: Optional[str]
    timeframe: str
    fmt: Union[str, Callable[..., str], None]
    ffill: bool
    candle_type: Optional[CandleType]


def informative(timeframe, asset="", fmt=None, *, candle_type=None, ffill=True):
    """Marks populate_indicators_*(self, dataframe, metadata) as computing indicators on informative candles;
    stacking decorators appends one entry each, bottom one first."""
    kind = CandleType(candle_type) if candle_type else None

    def mark(fn):
        entries = getattr(fn, "_ft_informative", [])
        entries.append(InformativeData(asset, timeframe, fmt, ffill, kind))
        fn._ft_informative = entries
        return fn

    return mark


def _pair_formats(market):
    if not market:
        return {}
    return {"base": market["base"].lower(), "BASE": market["base"].upper(),
            "quote": market["quote"].lower(), "QUOTE": market["quote"].upper()}


def _format_pair_name(config, pair, market=None):
    stake = config["stake_currency"]
    return pair.format(stake_currency=stake, stake=stake, **_pair_formats(market)).upper()


def _create_and_merge_informative_pair(strategy, dataframe, metadata, inf_data, populate_indicators):
    if inf_data.asset:
        asset = _format_pair_name(strategy.config, inf_data.asset, strategy.dp.market(metadata["pair"]))
    else:
        asset = metadata["pair"]
    market = strategy.dp.market(asset)
    if market is None:
        raise ValueError(f"Market {asset} is not available.")
    fmt = inf_data.fmt
    if not fmt:
        fmt = ("{base}_{quote}_" if inf_data.asset else "") + "{column}_{timeframe}"
    timeframe = inf_data.timeframe
    informative_frame = strategy.dp.get_pair_dataframe(asset, timeframe, inf_data.candle_type)
    informative_frame = populate_indicators(strategy, informative_frame, {"pair": asset, "timeframe": timeframe})
    name = fmt if callable(fmt) else fmt.format
    args = dict(_pair_formats(market), asset=asset, timeframe=timeframe)
    informative_frame.rename(columns=lambda column: name(column=column, **args), inplace=True)
    date_column = name(column="date", **args)
    if date_column in dataframe.columns:
        raise ValueError(f"Duplicate column name {date_column} exists in dataframe! Ensure column names are unique!")
    return merge_informative_pair(dataframe, informative_frame, strategy.timeframe, timeframe, ffill=inf_data.ffill,
                                  append_timeframe=False, date_column=date_column)
