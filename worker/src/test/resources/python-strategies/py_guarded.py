# PyMomentum (imported from its sibling file, as Freqtrade allows) plus callbacks Freqtrade calls in backtesting:
# custom_stoploss (with after_fill), custom_exit (a string and a True answer) and confirm_trade_entry, reading the
# trade, the times and the data provider the way Freqtrade strategies do: the last row of get_analyzed_dataframe is
# the signal candle, the one before current_time, and no callback sees a candle at or after current_time (a breach
# answers "future seen" or refuses the entry, so the trades differ). Its Java port is JavaGuarded.java; both must give
# the same trades.
from datetime import timedelta

from py_momentum import PyMomentum


class PyGuarded(PyMomentum):
    use_custom_stoploss = True

    def populate_entry_trend(self, dataframe, metadata):
        if "/" not in metadata["pair"]:
            raise ValueError("metadata names no pair: %r" % metadata)
        return super().populate_entry_trend(dataframe, metadata)

    def signal_candle(self, pair, current_time):
        """The last analyzed row, or None when a candle at or after current_time is visible."""
        dataframe, _ = self.dp.get_analyzed_dataframe(pair, self.timeframe)
        last = dataframe.iloc[-1]
        if len(dataframe) > 1000 or last["date"] != current_time - timedelta(minutes=5):
            return None
        return last

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
        last = self.signal_candle(pair, current_time)
        if last is None:
            return "future seen"
        if last[f"mom_{self.buy_period.value}"] < -last["close"] * 0.01:
            return "mom_down"
        if current_time - trade.open_date_utc >= timedelta(hours=6):
            return True
        return None

    def confirm_trade_entry(self, pair, order_type, amount, rate, time_in_force, current_time, entry_tag, side,
                            **kwargs):
        last = self.signal_candle(pair, current_time)
        candles = self.dp.get_pair_dataframe(pair, self.timeframe)
        if last is None or last["enter_long"] != 1 or last["enter_tag"] != entry_tag \
                or candles["date"].iloc[-1] != last["date"]:
            return False
        return current_time.minute != 0 and amount * rate <= 1000 and entry_tag == "mom" and side == "long"
