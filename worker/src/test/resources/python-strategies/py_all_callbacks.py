# PyMomentum's signals with every other backtest callback overridden, each with an effect the test can see in the
# trades: half stakes, entry and exit prices off the open (capped to the candle), negative exit signals refused,
# fills counted in the trade's custom data, loop starts counted and reported in a custom exit reason.
from datetime import timedelta

from py_momentum import PyMomentum


class PyAllCallbacks(PyMomentum):
    loops = 0

    def bot_loop_start(self, current_time, **kwargs):
        self.loops += 1

    def custom_stake_amount(self, pair, current_time, current_rate, proposed_stake, min_stake, max_stake, leverage,
                            entry_tag, side, **kwargs):
        return proposed_stake / 2

    def custom_entry_price(self, pair, trade, current_time, proposed_rate, entry_tag, side, **kwargs):
        return proposed_rate * 1.0005

    def custom_exit_price(self, pair, trade, current_time, proposed_rate, current_profit, exit_tag, **kwargs):
        return proposed_rate * 0.9995

    def confirm_trade_exit(self, pair, trade, order_type, amount, rate, time_in_force, exit_reason, current_time,
                           **kwargs):
        return not (exit_reason == "exit_signal" and trade.calc_profit_ratio(rate) < 0)

    def order_filled(self, pair, trade, order, current_time, **kwargs):
        trade.set_custom_data("fills", trade.get_custom_data("fills", 0) + 1)

    def custom_exit(self, pair, trade, current_time, current_rate, current_profit, **kwargs):
        if trade.get_custom_data("fills") != 1 or trade.nr_of_successful_entries != 1:
            return "fill not seen"
        if current_time - trade.open_date_utc >= timedelta(hours=3):
            return "loops=%d" % self.loops
        return None
