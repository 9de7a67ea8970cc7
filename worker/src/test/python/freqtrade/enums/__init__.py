"""Stand-in of freqtrade.enums: the members strategies and the bridge compare with."""
from enum import Enum


class RunMode(str, Enum):
    """A string enum, so it compares equal to its text ("backtest") as Freqtrade's does."""
    LIVE = "live"
    DRY_RUN = "dry_run"
    BACKTEST = "backtest"
    HYPEROPT = "hyperopt"
    UTIL_EXCHANGE = "util_exchange"
    UTIL_NO_EXCHANGE = "util_no_exchange"
    PLOT = "plot"
    WEBSERVER = "webserver"
    OTHER = "other"


class HyperoptState(Enum):
    STARTUP = 1
    DATALOAD = 2
    INDICATORS = 3
    OPTIMIZE = 4


class CandleType(str, Enum):
    SPOT = "spot"
    FUTURES = "futures"
    MARK = "mark"
    INDEX = "index"
    PREMIUMINDEX = "premiumIndex"
    FUNDING_RATE = "funding_rate"
