"""Expected values of qtpylib's indicators for QtpylibFunctionsTest, computed with pandas/numpy from the formulas
qtpylib documents (written for this test, not qtpylib's code). Reads a csv of open,high,low,close,volume from argv[1],
prints one line per output: its name, then repr() of each row."""
import sys

import numpy as np
import pandas as pd
from numpy.lib.stride_tricks import as_strided

bars = pd.read_csv(sys.argv[1], float_precision="round_trip")
out = {}


def np_windows(values, window):
    values = np.asarray(values, dtype=np.float64)
    view = as_strided(values, shape=(len(values) - window + 1, window), strides=(8, 8))
    return view


def np_mean(series, window):
    result = np.full(len(series), np.nan)
    result[window - 1:] = np.mean(np_windows(series, window), axis=-1)
    return pd.Series(result)


def np_std(series, window):
    result = np.full(len(series), np.nan)
    result[window - 1:] = np.std(np_windows(series, window), axis=-1, ddof=1)
    return pd.Series(result)


def rwm(series, span, min_periods):
    return series.ewm(span=span, min_periods=min_periods).mean()


def true_range(b):
    prev = b["close"].shift(1)
    return pd.DataFrame({"hl": b["high"] - b["low"], "hc": (b["high"] - prev).abs(),
                         "lc": (b["low"] - prev).abs()}).max(axis=1)


close, high, low, volume = bars["close"], bars["high"], bars["low"], bars["volume"]
tp = (high + low + close) / 3.0
out["typical_price"] = tp
out["mid_price"] = (high + low) / 2.0
out["ibs"] = np.round((close - low) / (high - low), 2)

ha_close = (bars["open"] + high + low + close) / 4
ha_open = [(bars["open"][0] + close[0]) / 2]
for i in range(1, len(bars)):
    ha_open.append((ha_open[i - 1] + ha_close[i - 1]) / 2)
ha = pd.DataFrame({"high": high, "ha_open": ha_open, "ha_close": ha_close, "low": low})
out["ha_open"] = ha["ha_open"]
out["ha_high"] = ha[["high", "ha_open", "ha_close"]].max(axis=1)
out["ha_low"] = ha[["low", "ha_open", "ha_close"]].min(axis=1)
out["ha_close"] = ha_close

out["rolling_mean_20"] = np_mean(close, 20)
out["rolling_mean_20_mp5"] = close.rolling(20, min_periods=5).mean()
out["rolling_std_20"] = np_std(close, 20)
out["rolling_std_20_mp5"] = close.rolling(20, min_periods=5).std()
out["rolling_min_14"] = low.rolling(14).min()
out["rolling_max_14"] = high.rolling(14).max()
out["rwm_20"] = rwm(close, 20, 20)
out["hma_20"] = rwm(2 * rwm(close, 20 / 2, 20) - rwm(close, 20, 20), np.sqrt(20), 20)
zl = 2 * close - close.shift(9)  # zero-lag input, lag (20 - 1) // 2
out["zlema_20"] = rwm(zl, 9, 20)
out["zlhma_20"] = rwm(2 * rwm(zl, 9 / 2, 20) - rwm(zl, 9, 20), np.sqrt(9), 20)
out["zlsma_20_mp5"] = zl.rolling(9, min_periods=5).mean()

mid = tp.rolling(20, min_periods=1).mean()
std = tp.rolling(20, min_periods=1).std()
out["bb_upper"], out["bb_mid"], out["bb_lower"] = mid + std * 2, mid, mid - std * 2
ema = rwm(close, 20, 20)
wstd = np_std(close, 20)
out["wbb_upper"], out["wbb_mid"], out["wbb_lower"] = ema + wstd * 2, ema, ema - wstd * 2

tr = true_range(bars)
out["true_range"] = tr
out["atr_14"] = np_mean(tr, 14)
out["atr_14_exp"] = rwm(tr, 14, 14)
kmid = np_mean(tp, 14)
katr = np_mean(tr, 14) * 2
out["kc_upper"], out["kc_mid"], out["kc_lower"] = kmid + katr, kmid, kmid - katr
out["chopiness_14"] = 100 * np.log10(tr.rolling(14).sum() / (high.rolling(14).max() - low.rolling(14).min())) \
    / np.log10(14)
out["zscore"] = (close - np_mean(close, 20)) / (np_std(close, 20) * 1)

def qrsi(series, window):
    deltas = np.diff(series)
    seed = deltas[:window + 1]
    ups = seed[seed > 0].sum() / window
    downs = -seed[seed < 0].sum() / window
    rsi = np.zeros_like(series)
    rsi[:window] = 100.0 - 100.0 / (1.0 + ups / downs)
    for i in range(window, len(series)):
        delta = deltas[i - 1]
        up, down = (delta, 0) if delta > 0 else (0, -delta)
        ups = (ups * (window - 1) + up) / window
        downs = (downs * (window - 1.0) + down) / window
        rsi[i] = 100.0 - 100.0 / (1.0 + ups / downs)
    return pd.Series(rsi)


out["rsi_14"] = qrsi(close, 14)
rsi13 = qrsi(close, 13)
out["tdi_rsi"], out["tdi_smooth"], out["tdi_signal"] = rsi13, np_mean(rsi13, 2), np_mean(rsi13, 7)
tmid, tstd = rsi13.rolling(34, min_periods=1).mean(), rsi13.rolling(34, min_periods=1).std()
out["tdi_upper"], out["tdi_mid"], out["tdi_lower"] = tmid + tstd * 1.6185, tmid, tmid - tstd * 1.6185

line = rwm(close, 3, 3) - rwm(close, 10, 10)
signal = rwm(line, 16, 16)
out["macd"], out["macd_signal"], out["macd_histogram"] = line, signal, line - signal
out["roc_14"] = (close - close.shift(14)) / close.shift(14)
tmean = np_mean(tp, 14)
out["cci_14"] = (tp - tmean) / (0.015 * np.std(tmean))

rmax, rmin = high.rolling(14).max(), low.rolling(14).min()
fast_k = 100 * (close - rmin) / (rmax - rmin)
out["fast_k"], out["fast_d"] = fast_k, fast_k.rolling(3).mean()
slow_k = fast_k.rolling(3).mean()
out["slow_k"], out["slow_d"] = slow_k, slow_k.rolling(3).mean()

midprice = (high + low) / 2
out["ao"] = np_mean(midprice, 5) - np_mean(midprice, 34)
out["ao_weighted"] = midprice.ewm(5).mean() - midprice.ewm(34).mean()

left = (volume * tp).rolling(window=20, min_periods=20).sum()
right = volume.rolling(window=20, min_periods=20).sum()
out["rolling_vwap_20"] = (left / right).replace([np.inf, -np.inf], float("NaN")).ffill()
out["pvt"] = (((close - close.shift(1)) / close.shift(1)) * volume).cumsum()
out["returns"] = (close / close.shift(1) - 1).replace([np.inf, -np.inf], float("NaN"))
out["log_returns"] = np.log(close / close.shift(1)).replace([np.inf, -np.inf], float("NaN"))
# implied volatility: numpy deviation (ddof 1) of the log returns over each window, times sqrt(window)
out["implied_volatility_30"] = np_std(out["log_returns"], 30) * np.sqrt(30)
out["implied_volatility_252"] = np_std(out["log_returns"], 252) * np.sqrt(252)
out["rolling_min_14_mp3"] = low.rolling(14, min_periods=3).min()
out["rolling_max_14_mp3"] = high.rolling(14, min_periods=3).max()
out["sma_20_mp5"] = close.rolling(20, min_periods=5).mean()
out["wma_20_mp5"] = rwm(close, 20, 5)
out["hma_20_mp5"] = rwm(2 * rwm(close, 20 / 2, 5) - rwm(close, 20, 5), np.sqrt(20), 5)

for name, values in out.items():
    print(name, " ".join(repr(float(v)) for v in values))
