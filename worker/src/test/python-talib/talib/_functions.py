"""TA-Lib's algorithms over numpy float64 arrays, one output array per TA-Lib output, NaN in the lookback.

Each loop keeps TA-Lib's order of operations, since a different order of the same sums gives different doubles.
Inputs must not start with NaN (TA-Lib's wrapper would skip leading NaNs; the test strategies never pass them).
"""
import math

import numpy as np


def _out(n):
    return np.full(n, np.nan)


def _sma(values, start, period):
    """TA_INT_SMA from `start` (>= period - 1): one running total, add the new value, divide, drop the oldest."""
    n = len(values)
    out = _out(n)
    trailing = start - (period - 1)
    total = 0.0
    i = trailing
    while i < start:
        total += values[i]
        i += 1
    while i < n:
        total += values[i]
        temp = total
        total -= values[trailing]
        trailing += 1
        out[i] = temp / period
        i += 1
    return out


def _ema(values, start, period, k):
    """TA_INT_EMA, first output at `start`: seeded by the mean of the `period` values ending there."""
    n = len(values)
    out = _out(n)
    today = start - (period - 1)
    total = 0.0
    for _ in range(period):
        total += values[today]
        today += 1
    prev = total / period
    out[start] = prev
    while today < n:
        prev = ((values[today] - prev) * k) + prev
        out[today] = prev
        today += 1
    return out


def _k(period):
    return 2.0 / float(period + 1)


def SMA(real, timeperiod=30):
    real = np.asarray(real, dtype=np.float64)
    if len(real) < timeperiod:
        return _out(len(real))
    return _sma(real, timeperiod - 1, timeperiod)


def EMA(real, timeperiod=30):
    real = np.asarray(real, dtype=np.float64)
    if len(real) < timeperiod:
        return _out(len(real))
    return _ema(real, timeperiod - 1, timeperiod, _k(timeperiod))


def _is_zero(v):
    return -0.00000001 < v < 0.00000001


def RSI(real, timeperiod=14):
    """Wilder's smoothing as TA-Lib does it: average gain and loss multiplied by (period - 1), step added, divided."""
    real = np.asarray(real, dtype=np.float64)
    n = len(real)
    out = _out(n)
    if n <= timeperiod:
        return out
    prev_value = real[0]
    prev_gain = 0.0
    prev_loss = 0.0
    today = 1
    for _ in range(timeperiod):
        value = real[today]
        today += 1
        diff = value - prev_value
        prev_value = value
        if diff < 0:
            prev_loss -= diff
        else:
            prev_gain += diff
    prev_loss /= timeperiod
    prev_gain /= timeperiod
    total = prev_gain + prev_loss
    out[timeperiod] = 0.0 if _is_zero(total) else 100.0 * (prev_gain / total)
    while today < n:
        value = real[today]
        diff = value - prev_value
        prev_value = value
        prev_loss *= (timeperiod - 1)
        prev_gain *= (timeperiod - 1)
        if diff < 0:
            prev_loss -= diff
        else:
            prev_gain += diff
        prev_loss /= timeperiod
        prev_gain /= timeperiod
        total = prev_gain + prev_loss
        out[today] = 0.0 if _is_zero(total) else 100.0 * (prev_gain / total)
        today += 1
    return out


def MACD(real, fastperiod=12, slowperiod=26, signalperiod=9):
    """TA_INT_MACD: both EMAs start where the slow one first has a value, so the fast EMA is seeded by the mean of
    the `fastperiod` values ending there (not at the start of the data as a standalone EMA is)."""
    real = np.asarray(real, dtype=np.float64)
    n = len(real)
    if slowperiod < fastperiod:
        fastperiod, slowperiod = slowperiod, fastperiod
    first = slowperiod - 1
    lookback = first + signalperiod - 1
    macd, signal, hist = _out(n), _out(n), _out(n)
    if n <= lookback:
        return macd, signal, hist
    slow = _ema(real, first, slowperiod, _k(slowperiod))
    fast = _ema(real, first, fastperiod, _k(fastperiod))
    line = fast - slow
    line[:first] = np.nan
    sig = _ema(line, first + signalperiod - 1, signalperiod, _k(signalperiod))
    macd[lookback:] = line[lookback:]
    signal[lookback:] = sig[lookback:]
    hist[lookback:] = macd[lookback:] - signal[lookback:]
    return macd, signal, hist


def BBANDS(real, timeperiod=5, nbdevup=2.0, nbdevdn=2.0, matype=0):
    """SMA middle band; TA-Lib's standard deviation from a running sum of squares minus the squared mean."""
    if matype != 0:
        raise NotImplementedError("the stand-in's BBANDS supports matype=0 (SMA) only")
    real = np.asarray(real, dtype=np.float64)
    n = len(real)
    upper, middle, lower = _out(n), _out(n), _out(n)
    if n < timeperiod:
        return upper, middle, lower
    start = timeperiod - 1
    mid = _sma(real, start, timeperiod)
    std = _out(n)
    total2 = 0.0
    for i in range(0, start):
        temp = real[i]
        temp *= temp
        total2 += temp
    trailing = 0
    for i in range(start, n):
        temp = real[i]
        temp *= temp
        total2 += temp
        mean2 = total2 / timeperiod
        temp = real[trailing]
        temp *= temp
        total2 -= temp
        trailing += 1
        temp = mid[i]
        temp *= temp
        mean2 -= temp
        std[i] = math.sqrt(mean2) if not mean2 < 0.00000001 else 0.0
    for i in range(start, n):
        middle[i] = mid[i]
        if nbdevup == nbdevdn:
            if nbdevup == 1.0:
                upper[i] = mid[i] + std[i]
                lower[i] = mid[i] - std[i]
            else:
                temp = std[i] * nbdevup
                upper[i] = mid[i] + temp
                lower[i] = mid[i] - temp
        elif nbdevup == 1.0:
            upper[i] = mid[i] + std[i]
            lower[i] = mid[i] - (std[i] * nbdevdn)
        elif nbdevdn == 1.0:
            lower[i] = mid[i] - std[i]
            upper[i] = mid[i] + (std[i] * nbdevup)
        else:
            upper[i] = mid[i] + (std[i] * nbdevup)
            lower[i] = mid[i] - (std[i] * nbdevdn)
    return upper, middle, lower


def TEMA(real, timeperiod=30):
    """TA_TEMA: EMA of EMA of EMA, each seeded at its own input's first value; 3*e1 - 3*e2 added to e3."""
    real = np.asarray(real, dtype=np.float64)
    n = len(real)
    lookback = 3 * (timeperiod - 1)
    out = _out(n)
    if n <= lookback:
        return out
    k = _k(timeperiod)
    first = _ema(real, timeperiod - 1, timeperiod, k)
    second = _ema(first, 2 * (timeperiod - 1), timeperiod, k)
    third = _ema(second, lookback, timeperiod, k)
    for i in range(lookback, n):
        out[i] = third[i] + ((3.0 * first[i]) - (3.0 * second[i]))
    return out


def STOCH(high, low, close, fastk_period=5, slowk_period=3, slowk_matype=0, slowd_period=3, slowd_matype=0):
    """TA_STOCH with SMA smoothing: fast %K from the lowest low and highest high of the window, kept between rows
    and rescanned only when the extreme leaves the window, as (close - lowest) / ((highest - lowest) / 100) (0 when
    the range is 0); slow %K the SMA of fast %K, slow %D the SMA of slow %K."""
    if slowk_matype != 0 or slowd_matype != 0:
        raise NotImplementedError("the stand-in's STOCH supports matype=0 (SMA) only")
    high = np.asarray(high, dtype=np.float64)
    low = np.asarray(low, dtype=np.float64)
    close = np.asarray(close, dtype=np.float64)
    n = len(close)
    lookback_k = fastk_period - 1
    lookback = lookback_k + (slowk_period - 1) + (slowd_period - 1)
    slowk, slowd = _out(n), _out(n)
    if n <= lookback:
        return slowk, slowd
    fastk = []
    trailing = 0
    lowest_idx = highest_idx = -1
    lowest = highest = diff = 0.0
    for today in range(lookback_k, n):
        tmp = low[today]
        if lowest_idx < trailing:
            lowest_idx = trailing
            lowest = low[lowest_idx]
            for i in range(lowest_idx + 1, today + 1):
                if low[i] < lowest:
                    lowest_idx = i
                    lowest = low[i]
            diff = (highest - lowest) / 100.0
        elif tmp <= lowest:
            lowest_idx = today
            lowest = tmp
            diff = (highest - lowest) / 100.0
        tmp = high[today]
        if highest_idx < trailing:
            highest_idx = trailing
            highest = high[highest_idx]
            for i in range(highest_idx + 1, today + 1):
                if high[i] > highest:
                    highest_idx = i
                    highest = high[i]
            diff = (highest - lowest) / 100.0
        elif tmp >= highest:
            highest_idx = today
            highest = tmp
            diff = (highest - lowest) / 100.0
        fastk.append((close[today] - lowest) / diff if diff != 0.0 else 0.0)
        trailing += 1
    fastk = np.asarray(fastk, dtype=np.float64)
    # each MA writes its outputs from the start of the buffer, as TA-Lib's in-place calls do
    smooth_k = _sma(fastk, slowk_period - 1, slowk_period)[slowk_period - 1:]
    smooth_d = _sma(smooth_k, slowd_period - 1, slowd_period)[slowd_period - 1:]
    slowk[lookback:] = smooth_k[slowd_period - 1:]
    slowd[lookback:] = smooth_d
    return slowk, slowd
