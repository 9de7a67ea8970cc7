"""Test stand-in of `talib.abstract`: functions over a DataFrame (by default its 'close' column, `price=` picks
another) or a Series, with TA-Lib's parameter names and defaults, positional parameters in TA-Lib's order;
several outputs come back as a DataFrame with TA-Lib's output names. See talib/__init__.py for what it is."""
import pandas as pd

from talib import _functions

_SPECS = {
    # name: (parameters in TA-Lib's order with defaults, output names or None for one output[, the frame's input
    # columns when not the one `price` names])
    "SMA": ([("timeperiod", 30)], None),
    "EMA": ([("timeperiod", 30)], None),
    "TEMA": ([("timeperiod", 30)], None),
    "RSI": ([("timeperiod", 14)], None),
    "MACD": ([("fastperiod", 12), ("slowperiod", 26), ("signalperiod", 9)], ["macd", "macdsignal", "macdhist"]),
    "BBANDS": ([("timeperiod", 5), ("nbdevup", 2.0), ("nbdevdn", 2.0), ("matype", 0)],
               ["upperband", "middleband", "lowerband"]),
    "STOCH": ([("fastk_period", 5), ("slowk_period", 3), ("slowk_matype", 0), ("slowd_period", 3),
               ("slowd_matype", 0)], ["slowk", "slowd"], ["high", "low", "close"]),
}


def _make(name):
    params, outputs = _SPECS[name][:2]
    inputs = _SPECS[name][2] if len(_SPECS[name]) > 2 else None
    compute = getattr(_functions, name)

    def function(data, *args, price="close", **kwargs):
        if inputs is not None:
            # several input columns: a frame's, or as many series as inputs before the parameters
            if isinstance(data, pd.DataFrame):
                series = [data[c] for c in inputs]
            else:
                series = [data] + list(args[:len(inputs) - 1])
                args = args[len(inputs) - 1:]
            arrays = [s.to_numpy(dtype="float64") for s in series]
            index = series[0].index
        if len(args) > len(params):
            raise TypeError("%s takes at most %d parameters" % (name, len(params)))
        values = dict(params)
        for (key, _), value in zip(params, args):
            values[key] = value
        for key, value in kwargs.items():
            if key not in values:
                raise TypeError("%s has no parameter %s" % (name, key))
            values[key] = value
        if inputs is None:
            one = data[price] if isinstance(data, pd.DataFrame) else data
            arrays = [one.to_numpy(dtype="float64")]
            index = one.index
        result = compute(*arrays, **values)
        if outputs is None:
            return pd.Series(result, index=index)
        return pd.DataFrame({o: r for o, r in zip(outputs, result)}, index=index)

    function.__name__ = name
    return function


for _name in _SPECS:
    globals()[_name] = _make(_name)

__all__ = list(_SPECS)
