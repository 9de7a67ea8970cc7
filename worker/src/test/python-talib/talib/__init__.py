"""Test stand-in of the TA-Lib Python wrapper (the real one needs the TA-Lib C library, not installable here).

Written for Hyperjet's tests (kept in src/test/python-talib, off the freqtrade stand-in's path, since other tests
need `import talib` to fail): a few TA-Lib functions computed with TA-Lib's own recurrences in TA-Lib's operation
order (running sums, SMA-seeded EMAs, Wilder's RSI smoothing, the MACD fast EMA seeded where TA-Lib seeds it), so
the doubles equal those of the TA-Lib library Hyperjet's Java strategies call, bit for bit. Default unstable period
(0) and compatibility mode (default) only. Only the functions the test strategies use are here; see abstract.py for
the `talib.abstract` interface strategies import.
"""
from talib._functions import BBANDS, EMA, MACD, RSI, SMA, STOCH, TEMA

__all__ = ["BBANDS", "EMA", "MACD", "RSI", "SMA", "STOCH", "TEMA"]
