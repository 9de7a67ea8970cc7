"""Expected values of Series/Mask operations for SeriesPandasTest: pandas on columns a, b, c (flat stretches) and d
(infinities) of the csv in argv[1] (NaN and infinities included). Prints one line per output: its name, then repr()
of each row (masks as 0/1)."""
import sys

import numpy as np
import pandas as pd

df = pd.read_csv(sys.argv[1], float_precision="round_trip")
a, b, c, d = df["a"], df["b"], df["c"], df["d"]
out = {
    "add": a + b, "sub_num": a - 2.5, "rsub": 2.5 - a, "mul": a * b, "div": a / b, "rdiv": 1 / a,
    "neg_abs": (-a).abs(), "max": np.maximum(a, b), "min": np.minimum(a, b),
    "shift2": a.shift(2), "shift_m1": a.shift(-1), "diff": a.diff(), "pct": a.pct_change(fill_method=None),
    "fillna": a.fillna(0.5), "ffill": a.ffill(), "cumsum": a.cumsum(),
    "where": a.where(a > b, b), "where_num": a.where((a > 0) | (b < 0), -1.0),
    "gt": (a > b), "ne": (a != b), "le_num": (a <= 1.0), "combo": ((a > 0) & ~(b >= a)) | (b == 0),
    "rolling_mean": a.rolling(5).mean(), "rolling_sum_mp2": a.rolling(5, min_periods=2).sum(),
    "rolling_max": a.rolling(4).max(), "rolling_min_mp1": a.rolling(4, min_periods=1).min(),
    "rolling_std": a.rolling(6).std(),
    "flat_std": c.rolling(6).std(), "flat_std_mp1": c.rolling(6, min_periods=1).std(),
    "flat_std_mp3": c.rolling(4, min_periods=3).std(),
    "ewm_span": a.ewm(span=5).mean(), "ewm_noadjust": a.ewm(span=5, adjust=False).mean(),
    "ewm_com": a.ewm(com=3).mean(), "ewm_minp": a.ewm(span=5, min_periods=4).mean(),
    # d holds +-inf, which pandas' windows read as NaN
    "inf_max": d.rolling(4).max(), "inf_min": d.rolling(4).min(), "inf_max_mp2": d.rolling(5, min_periods=2).max(),
    "inf_min_mp1": d.rolling(3, min_periods=1).min(), "inf_sum": d.rolling(3).sum(), "inf_mean": d.rolling(4).mean(),
    "inf_std": d.rolling(4).std(), "inf_sum_mp0": d.rolling(3, min_periods=0).sum(),
    "inf_mean_mp2": d.rolling(5, min_periods=2).mean(), "inf_std_mp2": d.rolling(5, min_periods=2).std(),
    "inf_ewm": d.ewm(span=5).mean(), "inf_ewm_noadjust": d.ewm(span=5, adjust=False).mean(),
    "inf_ewm_minp": d.ewm(span=4, min_periods=3).mean(),
}
for name, values in out.items():
    print(name, " ".join(repr(float(v)) for v in values))
