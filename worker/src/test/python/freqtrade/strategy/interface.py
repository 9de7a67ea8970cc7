"""Stand-in of Freqtrade's IStrategy: the attributes with their class defaults, the advise_* wrappers
(python-strategies.md 6.2, 6.3) and the callbacks with their default results, written for Hyperjet's tests."""
from freqtrade.strategy.informative_decorator import _create_and_merge_informative_pair
from freqtrade.strategy.strategy_helper import timeframe_to_minutes


class IStrategy:
    INTERFACE_VERSION = 3
    minimal_roi = {}
    stoploss = None
    max_open_trades = None
    trailing_stop = False
    trailing_stop_positive = None
    trailing_stop_positive_offset = 0.0
    trailing_only_offset_is_reached = False
    use_custom_stoploss = False
    can_short = False
    timeframe = None
    process_only_new_candles = True
    use_exit_signal = None
    exit_profit_only = None
    exit_profit_offset = None
    ignore_roi_if_entry_signal = None
    position_adjustment_enable = False
    max_entry_position_adjustment = -1
    startup_candle_count = 0
    order_types = {"entry": "limit", "exit": "limit", "stoploss": "limit", "stoploss_on_exchange": False,
                   "stoploss_on_exchange_interval": 60}
    order_time_in_force = {"entry": "GTC", "exit": "GTC"}
    dp = None
    wallets = None
    stake_currency = None
    plot_config = {}

    def __init__(self, config):
        self.config = config
        # @informative methods in dir() order, each method's decorators bottom one first (python-strategies.md 6.2)
        self._ft_informative = []
        for name in dir(type(self)):
            fn = getattr(type(self), name, None)
            entries = getattr(fn, "_ft_informative", None) if callable(fn) else None
            if not isinstance(entries, list):
                continue
            for entry in entries:
                if timeframe_to_minutes(entry.timeframe) < timeframe_to_minutes(self.timeframe):
                    raise ValueError("Informative timeframe must be equal or higher than strategy timeframe!")
                if not entry.candle_type:
                    entry.candle_type = config["candle_type_def"]
                self._ft_informative.append((entry, fn))

    def bot_start(self, **kwargs):
        pass

    def populate_indicators(self, dataframe, metadata):
        return dataframe

    def populate_entry_trend(self, dataframe, metadata):
        return self.populate_buy_trend(dataframe, metadata)

    def populate_exit_trend(self, dataframe, metadata):
        return self.populate_sell_trend(dataframe, metadata)

    def populate_buy_trend(self, dataframe, metadata):
        return dataframe

    def populate_sell_trend(self, dataframe, metadata):
        return dataframe

    def advise_indicators(self, dataframe, metadata):
        for entry, fn in self._ft_informative:
            dataframe = _create_and_merge_informative_pair(self, dataframe, metadata, entry, fn)
        return self.populate_indicators(dataframe, metadata)

    def advise_entry(self, dataframe, metadata):
        dataframe.loc[:, "enter_tag"] = ""
        dataframe = self.populate_entry_trend(dataframe, metadata)
        if "enter_long" not in dataframe.columns:
            dataframe = dataframe.rename({"buy": "enter_long", "buy_tag": "enter_tag"}, axis="columns")
        return dataframe

    def advise_exit(self, dataframe, metadata):
        dataframe.loc[:, "exit_tag"] = ""
        dataframe = self.populate_exit_trend(dataframe, metadata)
        if "exit_long" not in dataframe.columns:
            dataframe = dataframe.rename({"sell": "exit_long"}, axis="columns")
        return dataframe

    # Callbacks with their default results (python-strategies.md 9.2).
    def bot_loop_start(self, current_time, **kwargs):
        pass

    def custom_entry_price(self, pair, trade, current_time, proposed_rate, entry_tag, side, **kwargs):
        return proposed_rate

    def custom_exit_price(self, pair, trade, current_time, proposed_rate, current_profit, exit_tag, **kwargs):
        return proposed_rate

    def custom_stake_amount(self, pair, current_time, current_rate, proposed_stake, min_stake, max_stake,
                            leverage, entry_tag, side, **kwargs):
        return proposed_stake

    def leverage(self, pair, current_time, current_rate, proposed_leverage, max_leverage, entry_tag, side,
                 **kwargs):
        return 1.0

    def confirm_trade_entry(self, pair, order_type, amount, rate, time_in_force, current_time, entry_tag, side,
                            **kwargs):
        return True

    def confirm_trade_exit(self, pair, trade, order_type, amount, rate, time_in_force, exit_reason, current_time,
                           **kwargs):
        return True

    def order_filled(self, pair, trade, order, current_time, **kwargs):
        return None

    def custom_stoploss(self, pair, trade, current_time, current_rate, current_profit, after_fill, **kwargs):
        return None

    def custom_exit(self, pair, trade, current_time, current_rate, current_profit, **kwargs):
        return None

    def adjust_trade_position(self, trade, current_time, current_rate, current_profit, min_stake, max_stake,
                              current_entry_rate, current_exit_rate, current_entry_profit, current_exit_profit,
                              **kwargs):
        return None

    def check_entry_timeout(self, pair, trade, order, current_time, **kwargs):
        return False

    def check_exit_timeout(self, pair, trade, order, current_time, **kwargs):
        return False

    def informative_pairs(self):
        return []
