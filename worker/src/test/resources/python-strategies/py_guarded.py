# PyMomentum (imported from its sibling file, as Freqtrade allows) plus callbacks Freqtrade calls in backtesting:
# custom_stoploss (with after_fill), custom_exit (a string and a True answer) and confirm_trade_entry, reading the
# trade and the times the way Freqtrade strategies do. Its Java port is JavaGuarded.java; both must give the same trades.
from datetime import timedelta

from py_momentum import PyMomentum


class PyGuarded(PyMomentum):
    use_custom_stoploss = True

    def custom_stoploss(self, pair, trade, current_time, current_rate, current_profit, after_fill, **kwargs):
        if after_fill:
            return None
        if current_profit > 0.01:
            return -0.005
        if (current_time - trade.open_date_utc).total_seconds() > 3600:
            return -0.03
        return None

    def custom_exit(self, pair, trade, current_time, current_rate, current_profit, **kwargs):
        if current_profit < -0.02 and trade.max_rate < trade.open_rate * 1.002:
            return "cut"
        if current_time - trade.open_date_utc >= timedelta(hours=6):
            return True
        return None

    def confirm_trade_entry(self, pair, order_type, amount, rate, time_in_force, current_time, entry_tag, side,
                            **kwargs):
        return current_time.minute != 0 and amount * rate <= 1000 and entry_tag == "mom" and side == "long"
