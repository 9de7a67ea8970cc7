"""Stand-in of Freqtrade's strategy helpers (python-strategies.md 8.3), written for Hyperjet's tests."""
import pandas as pd

_UNITS = {"m": 1, "h": 60, "d": 1440, "w": 10080, "M": 43200}


def timeframe_to_minutes(timeframe):
    return int(timeframe[:-1]) * _UNITS[timeframe[-1]]


def merge_informative_pair(dataframe, informative, timeframe, timeframe_inf, ffill=True, append_timeframe=True,
                           date_column="date", suffix=None):
    minutes, minutes_inf = timeframe_to_minutes(timeframe), timeframe_to_minutes(timeframe_inf)
    informative = informative.copy()
    if minutes_inf < minutes:
        raise ValueError("Tried to merge a faster timeframe to a slower timeframe.")
    if minutes_inf == minutes or informative.empty:
        informative["date_merge"] = informative[date_column]
    elif timeframe_inf == "1M":
        # a monthly candle closes at the start of the next calendar month
        informative["date_merge"] = informative[date_column] + pd.offsets.MonthBegin(1) - pd.to_timedelta(minutes, "m")
    else:
        # the informative candle is joined to the main candle that opens one main timeframe before it closes
        informative["date_merge"] = (informative[date_column] + pd.to_timedelta(minutes_inf, "m")
                                     - pd.to_timedelta(minutes, "m"))
    if suffix and append_timeframe:
        raise ValueError("You can not specify `append_timeframe` as True and a `suffix`.")
    date_merge = "date_merge"
    if append_timeframe:
        date_merge = "date_merge_" + timeframe_inf
        informative.columns = [f"{c}_{timeframe_inf}" for c in informative.columns]
    elif suffix:
        date_merge = "date_merge_" + suffix
        informative.columns = [f"{c}_{suffix}" for c in informative.columns]
    if ffill:
        merged = pd.merge_ordered(dataframe, informative, fill_method="ffill", left_on="date",
                                  right_on=date_merge, how="left")
    else:
        merged = pd.merge(dataframe, informative, left_on="date", right_on=date_merge, how="left")
    return merged.drop(date_merge, axis=1)


def stoploss_from_open(open_relative_stop, current_profit, is_short=False, leverage=1.0):
    if current_profit == -1 and not is_short:
        return 1
    if is_short:
        stoploss = -1 + ((1 - open_relative_stop / leverage) / (1 - current_profit / leverage))
    else:
        stoploss = 1 - ((1 + open_relative_stop / leverage) / (1 + current_profit / leverage))
    return max(stoploss * leverage, 0.0)


def stoploss_from_absolute(stop_rate, current_rate, is_short=False, leverage=1.0):
    if current_rate == 0:
        return 1
    stoploss = 1 - (stop_rate / current_rate)
    if is_short:
        stoploss = -stoploss
    return max(min(stoploss, 1.0), 0.0) * leverage
