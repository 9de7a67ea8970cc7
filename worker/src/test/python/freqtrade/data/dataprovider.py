"""Stand-in of freqtrade.data.dataprovider: the interface a strategy sees as `self.dp` in backtesting and hyperopt
(python-strategies.md 8.4), so strategies can import and type-annotate it. In a Hyperjet run `self.dp` is the
bridge's own provider, which answers these calls from the candles Hyperjet loaded; this class only names the calls
and fails if used, because it has no candles."""


class DataProvider:
    def __init__(self, config, exchange=None, pairlists=None, rpc=None):
        self._config = config

    @property
    def runmode(self):
        from freqtrade.enums import RunMode
        return RunMode(self._config.get("runmode", RunMode.OTHER))

    def _no_data(self, *args, **kwargs):
        raise RuntimeError("the stand-in DataProvider has no candles; Hyperjet's bridge provides self.dp")

    current_whitelist = _no_data
    market = _no_data
    historic_ohlcv = _no_data
    get_pair_dataframe = _no_data
    get_analyzed_dataframe = _no_data
    ohlcv = _no_data
