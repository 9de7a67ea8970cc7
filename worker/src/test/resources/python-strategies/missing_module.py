import technical.indicators as ftt  # freqtrade's "technical" package, not installed here: the load must fail with this line

from freqtrade.strategy import IStrategy


class MissingModule(IStrategy):
    timeframe = "5m"
    stoploss = -0.10
