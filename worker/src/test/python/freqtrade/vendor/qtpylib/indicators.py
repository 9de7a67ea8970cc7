"""Stand-in of a few qtpylib indicators, written for the tests from their documented behaviour."""
import numpy as np
import pandas as pd


def _as_series(value, like):
    if isinstance(value, pd.Series):
        return value
    return pd.Series(index=like.index, data=value, dtype=np.float64)


def crossed(series1, series2, direction=None):
    series1 = _as_series(series1, series2 if isinstance(series2, pd.Series) else None) \
        if not isinstance(series1, pd.Series) else series1
    series2 = _as_series(series2, series1)
    above = (series1 > series2) & (series1.shift(1) <= series2.shift(1))
    below = (series1 < series2) & (series1.shift(1) >= series2.shift(1))
    if direction == "above":
        return above
    if direction == "below":
        return below
    return above | below


def crossed_above(series1, series2):
    return crossed(series1, series2, "above")


def crossed_below(series1, series2):
    return crossed(series1, series2, "below")


def typical_price(bars):
    return (bars["high"] + bars["low"] + bars["close"]) / 3.0


def rolling_mean(series, window=200, min_periods=None):
    return series.rolling(window=window, min_periods=window if min_periods is None else min_periods).mean()


def rolling_std(series, window=200, min_periods=None):
    return series.rolling(window=window, min_periods=window if min_periods is None else min_periods).std()


def bollinger_bands(series, window=20, stds=2):
    ma = rolling_mean(series, window=window, min_periods=1)
    std = rolling_std(series, window=window, min_periods=1)
    return pd.DataFrame(index=series.index, data={"upper": ma + std * stds, "mid": ma, "lower": ma - std * stds})
