"""Hyperjet's bridge to a Freqtrade strategy class (shipped inside Hyperjet, extracted at run time).

Runs in the user's own Python, which has freqtrade (or a stand-in of freqtrade.strategy), numpy and pandas.
The JVM that started it sends one JSON object per line on stdin and reads one JSON object per line on
stdout; bulk data never goes through the pipe: columns are memory-mapped from files whose path, offset and
type the JVM names, and results are written into files the JVM maps. The process ends on stdin EOF (its
owner is gone) or when its parent process changes (the JVM was killed).

Requests ("op"): load, indicators, frame, signals, signals_batch, protections, callback, inspect
(list-strategies), informative_needs, informative_data. Replies: {"ok": true, ...} or
{"ok": false, "error": "file:line: Type: message", "traceback": "..."}.
"""
import decimal
import importlib.util
import inspect
import json
import mmap
import os
import re
import signal
import sys
import threading
import time
import traceback
from datetime import datetime, timedelta, timezone

try:
    import numpy as np
    import pandas as pd
except ImportError as missing:  # the wrong Python: answer the first request with one line, then exit
    sys.stdout.write(json.dumps({
        "ok": False, "traceback": "",
        "error": "python %s cannot import %s (%s); set python_executable (or --python) to the Python your Freqtrade "
                 "uses, which has numpy and pandas" % (sys.executable, missing.name, missing)}) + "\n")
    sys.stdout.flush()
    sys.exit(3)

CANDLES = ("open", "high", "low", "close", "volume")
SIGNALS = ("enter_long", "exit_long", "enter_short", "exit_short")
SPACES = ("buy", "sell", "protection")
PARAMETER_TYPES = ("IntParameter", "DecimalParameter", "RealParameter", "BooleanParameter", "CategoricalParameter")
ATTRIBUTES = ("timeframe", "minimal_roi", "stoploss", "trailing_stop", "trailing_stop_positive",
              "trailing_stop_positive_offset", "trailing_only_offset_is_reached", "use_custom_stoploss",
              "startup_candle_count", "use_exit_signal", "exit_profit_only", "ignore_roi_if_entry_signal",
              "exit_profit_offset", "max_open_trades", "can_short", "position_adjustment_enable")
# Strategy attributes the bridge reads that Freqtrade's StrategyResolver replaces by the config's value when the config
# has the key (Hyperjet applies the config's ROI, stoploss, trailing and exit settings itself): order_types decides
# whether custom_entry_price / custom_exit_price are called, and both reach confirm_trade_entry/exit;
# use_custom_stoploss decides whether custom_stoploss is called.
CONFIG_OVERRIDES = ("order_types", "order_time_in_force", "use_custom_stoploss")
DEPRECATED = (("sell_profit_only", "exit_profit_only"), ("sell_profit_offset", "exit_profit_offset"),
              ("use_sell_signal", "use_exit_signal"), ("ignore_roi_if_buy_signal", "ignore_roi_if_entry_signal"))
# Callbacks Freqtrade's backtest loop calls (python-strategies.md 9.2) that this bridge runs for the iterative
# backtester (see the callbacks section below); overrides of others are refused in overridden_callbacks.
CALLBACKS = ("bot_loop_start", "custom_entry_price", "custom_stake_amount", "confirm_trade_entry", "order_filled",
             "custom_exit", "custom_exit_price", "confirm_trade_exit", "custom_stoploss")


class StrategyError(Exception):
    """A failure of the user's code, already formatted as one line."""

    def __init__(self, line, tb=""):
        super().__init__(line)
        self.line = line
        self.tb = tb


def one_line(ex, user_file):
    """`file:line: Type: message` at the deepest frame of the user's file (else the deepest frame)."""
    frames = traceback.extract_tb(ex.__traceback__)
    where = None
    for fr in frames:
        if user_file and os.path.abspath(fr.filename) == user_file:
            where = fr
    if where is None and isinstance(ex, SyntaxError) and ex.filename:
        return "%s:%s: SyntaxError: %s" % (ex.filename, ex.lineno, ex.msg)
    if where is None and frames:
        where = frames[-1]
    text = str(ex).replace("\n", " ").strip()
    head = "%s:%d: " % (where.filename, where.lineno) if where else ""
    return "%s%s: %s" % (head, type(ex).__name__, text)


def recording_class(cls, reads):
    """A subclass of a parameter class whose `.value` reads are added to `reads` (the current phase's set)."""

    def get_value(self):
        reads.add(self.__dict__.get("_hj_name"))
        return self.__dict__["value"]

    def set_value(self, value):
        self.__dict__["value"] = value

    return type(cls.__name__, (cls,), {"value": property(get_value, set_value), "__module__": cls.__module__})


class Bridge:
    def __init__(self):
        self.strategy = None
        self.file = None
        self.params = {}
        self.reads = set()
        self.frames = {}
        self.frame_names = {}
        self.frame_keys = {}
        self.signal_maps = {}
        self.values = None
        self.metadata_cache = {}
        self.maps = []
        self.callbacks = None

    # ---- load --------------------------------------------------------------------------------------------
    def load(self, req):
        self.file = os.path.abspath(req["file"])
        name = req["class"]
        directory = os.path.dirname(self.file)
        module_name = os.path.splitext(os.path.basename(self.file))[0]
        sys.path.insert(0, directory)
        try:
            spec = importlib.util.spec_from_file_location(module_name, self.file)
            module = importlib.util.module_from_spec(spec)
            sys.modules[module_name] = module
            spec.loader.exec_module(module)
        finally:
            sys.path.remove(directory)
        from freqtrade.strategy import IStrategy
        cls = getattr(module, name, None)
        if not (inspect.isclass(cls) and issubclass(cls, IStrategy) and cls is not IStrategy
                and cls.__module__ == module_name):
            raise StrategyError("%s: no subclass of IStrategy named %s is defined in this file" % (self.file, name))
        config = dict(req.get("config") or {})
        config["runmode"] = runmode(req.get("runmode", "backtest"))
        data_config(config)
        cls.__file__ = self.file
        self.strategy = cls(config)
        s = self.strategy
        for key in CONFIG_OVERRIDES:
            if key in config:
                setattr(s, key, config[key])
        user_dicts = [vars(c) for c in type(s).__mro__ if c is not IStrategy and issubclass(c, IStrategy)]
        for old, new in DEPRECATED:
            if any(old in d for d in user_dicts) and not any(new in d for d in user_dicts):
                setattr(s, new, getattr(s, old))
        self.detect_parameters()
        self.attach_data_provider()
        if callable(getattr(s, "bot_start", None)):
            s.bot_start()
        self.callbacks = Callbacks(s, self.file, self.dp)
        self.dp._refresh = self.refresh_analyzed
        return {"attributes": self.attributes(), "parameters": self.describe_parameters(),
                "callbacks": self.overridden_callbacks(), "run_callbacks": self.callbacks.names,
                "after_fill": self.callbacks.after_fill, "buy_params": plain(getattr(s, "buy_params", {})),
                "sell_params": plain(getattr(s, "sell_params", {})),
                "protection_params": plain(getattr(s, "protection_params", {})),
                "declares_protections": any("protections" in vars(c) for c in type(s).__mro__
                                            if c is not IStrategy and issubclass(c, IStrategy))}

    def detect_parameters(self):
        from freqtrade.strategy.parameters import BaseParameter
        s = self.strategy
        for space in SPACES:
            for attr in dir(s):
                if attr.startswith("__"):
                    continue
                p = getattr(s, attr)
                if not isinstance(p, BaseParameter):
                    continue
                category = getattr(p, "category", None)
                if category is not None and category != space and attr.startswith(space + "_"):
                    raise StrategyError("%s: Inconclusive parameter name %s (space %s)" % (self.file, attr, category))
                if category == space or (category is None and attr.startswith(space + "_")):
                    if attr in self.params:
                        continue
                    # A private copy per instance: the class attribute may be shared by other instances.
                    mine = object.__new__(recording_class(type(p), self.reads))
                    mine.__dict__.update(p.__dict__)
                    mine.__dict__["_hj_name"] = attr
                    mine.name = attr
                    mine.category = space
                    mine.in_space = False
                    setattr(s, attr, mine)
                    self.params[attr] = (mine, space)

    def describe_parameters(self):
        out = []
        for name, (p, space) in self.params.items():
            kind = next(c.__name__ for c in type(p).__mro__ if c.__name__ in PARAMETER_TYPES)
            d = {"name": name, "space": space, "type": kind, "optimize": bool(p.optimize), "load": bool(p.load),
                 "default": plain(p.__dict__["value"])}
            if kind in ("IntParameter", "DecimalParameter", "RealParameter"):
                d["low"] = plain(p.low)
                d["high"] = plain(p.high)
            if kind == "DecimalParameter":
                d["decimals"] = getattr(p, "_decimals", 3)
            if kind in ("CategoricalParameter", "BooleanParameter"):
                d["categories"] = [plain(c) for c in p.opt_range]
            out.append(d)
        return out

    def attributes(self):
        s = self.strategy
        out = {}
        for a in ATTRIBUTES:
            v = getattr(s, a, None)
            if a == "minimal_roi" and v is not None:
                v = {str(k): float(x) for k, x in dict(v).items()}
            out[a] = plain(v)
        out["interface_version"] = plain(getattr(s, "INTERFACE_VERSION", None))
        return out

    def overridden_callbacks(self):
        from freqtrade.strategy import IStrategy
        s = self.strategy
        names = []
        if getattr(s, "position_adjustment_enable", False):
            names.append("adjust_trade_position")
        if (s.config.get("trading_mode") or "spot") != "spot":
            names.append("leverage")
        found = []
        for n in names:
            mine = getattr(type(s), n, None)
            if mine is not None and mine is not getattr(IStrategy, n, None):
                found.append(n)
        return found

    # ---- data --------------------------------------------------------------------------------------------
    def map_file(self, path, writable=False):
        with open(path, "r+b" if writable else "rb") as f:
            if os.fstat(f.fileno()).st_size == 0:
                return None
            m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_WRITE if writable else mmap.ACCESS_READ)
        self.maps.append(m)
        return m

    def columns_of(self, source):
        """Name -> read-only numpy array, from {"path", "rows", "columns": [[name, dtype, offset]]} or metadata."""
        if "metadata" in source:
            return self.shared_columns(source["metadata"], source["pair"], source["timeframe"])
        m = self.map_file(source["path"])
        rows = source["rows"]
        return {name: np.frombuffer(m, dtype="<i8" if dtype == "int64" else "<f8", count=rows, offset=offset)
                for name, dtype, offset in source["columns"]}

    def shared_columns(self, metadata, pair, timeframe):
        meta = self.metadata_cache.get(metadata)
        if meta is None:
            with open(metadata) as f:
                meta = json.load(f)
            segments = [self.map_file(os.path.join(os.path.dirname(metadata), seg["file"]))
                        for seg in meta["segments"]]
            meta = (meta, segments)
            self.metadata_cache[metadata] = meta
        info, segments = meta
        for p in info["pairs"]:
            if p["pair"] == pair and p["timeframe"] == timeframe:
                return {c["name"]: np.frombuffer(segments[c["segment"]], dtype="<i8" if c["type"] == "int64" else "<f8",
                                                 count=p["rows"], offset=c["offset"]) for c in p["columns"]}
        raise StrategyError("%s: no pair %s %s" % (metadata, pair, timeframe))

    @staticmethod
    def dataframe(columns):
        # a copy: older pandas cannot convert a read-only buffer, and dates are one column of many
        data = {"date": pd.to_datetime(np.array(columns["date"]), unit="ms", utc=True)}
        for name, values in columns.items():
            if name == "date":
                continue
            data[name] = from_epoch_ms(values) if MERGED_DATE.match(name) else values
        return pd.DataFrame(data)

    # ---- indicator phase ---------------------------------------------------------------------------------
    def indicators(self, req):
        self.dp._at(None)
        df = self.dataframe(self.columns_of(req["source"]))
        full = set(req.get("full_range") or [])
        self.set_values(req.get("values"))
        state = hyperopt_state()
        for name, (p, _) in self.params.items():
            p.in_space = name in full
        if state is not None and full:
            state[0].state = state[1].INDICATORS
        try:
            result = self.strategy.advise_indicators(df.copy(), {"pair": req["pair"]})
        finally:
            if state is not None:
                state[0].state = state[1].OPTIMIZE
            for p, _ in self.params.values():
                p.in_space = False
        if len(result) != len(df):
            raise StrategyError("%s: populate_indicators returned %d rows for %s, the candles have %d"
                                % (self.file, len(result), req["pair"], len(df)))
        names, dropped, arrays = [], [], []
        for name in result.columns:
            if name == "date" or name in CANDLES:
                continue
            column = result[name]
            if MERGED_DATE.match(str(name)):
                # an informative merge's date_<tf>: Freqtrade keeps it; it crosses as epoch ms and the signal phase
                # gets it back as dates by its name (a column so named that is not dates could not come back)
                if not pd.api.types.is_datetime64_any_dtype(column.dtype):
                    dropped.append(str(name))
                    continue
                names.append(str(name))
                arrays.append(to_epoch_ms(column))
            elif pd.api.types.is_numeric_dtype(column.dtype) or pd.api.types.is_bool_dtype(column.dtype) \
                    or numbers_only(column):
                names.append(str(name))
                arrays.append(column.to_numpy(dtype=np.float64, na_value=np.nan))
            else:
                dropped.append(str(name))
        if names:
            out = np.memmap(req["out"], dtype="<f8", mode="w+", shape=(len(names), len(df)))
            for i, a in enumerate(arrays):
                out[i, :] = a
            out.flush()
            del out
        return {"columns": names, "dropped": dropped}

    # ---- signal phase ------------------------------------------------------------------------------------
    def frame(self, req):
        columns = self.columns_of(req["source"])
        self.frames[req["pair"]] = self.dataframe(columns)
        # the pair and timeframe the analyzed frame is cached under for dp.get_analyzed_dataframe, and its dates
        name = (req["name"], req["timeframe"])
        self.frame_names[req["pair"]] = name
        self.dp._analyzed_dates[name] = np.array(columns["date"], dtype=np.int64)
        self.dp._main[name] = self.frames[req["pair"]]
        self.frame_keys[name] = req["pair"]
        self.dp._cache.pop(name, None)
        m = self.map_file(req["signals"], writable=True)
        self.signal_maps[req["pair"]] = np.frombuffer(m, dtype=np.int8, count=4 * len(self.frames[req["pair"]])) \
            .reshape(4, -1)
        return {}

    def signals(self, req):
        start = time.perf_counter_ns()
        pair = req["pair"]
        self.set_values(req.get("values"))
        self.dp._at(None)
        self.reads.clear()
        df = self.analyze(pair, "entry")
        entry_reads = sorted(n for n in self.reads if n)
        self.reads.clear()
        df = self.analyze(pair, "exit", df)
        exit_reads = sorted(n for n in self.reads if n)
        self.reads.clear()
        codes = self.signal_maps[pair]
        for i, name in enumerate(SIGNALS):
            codes[i, :] = signal_codes(df[name]) if name in df.columns else 0
        entry_rows = np.flatnonzero(codes[0] | codes[2])
        exit_rows = np.flatnonzero(codes[1] | codes[3])
        return {"entry_reads": entry_reads, "exit_reads": exit_reads,
                "enter_tag": sparse_tags(df, "enter_tag", entry_rows),
                "exit_tag": sparse_tags(df, "exit_tag", exit_rows), "ns": time.perf_counter_ns() - start}

    def set_values(self, values):
        """The epoch's parameter values, as the strategy's signal phases and callbacks read them."""
        for name, value in (values or {}).items():
            entry = self.params.get(name)
            if entry is not None:
                entry[0].value = value
        if values is not None:
            self.values = json.dumps(values, sort_keys=True)

    def analyze(self, key, phase="both", df=None):
        """Freqtrade's signal phase on a copy of the frame (phase "entry", then "exit" on its result); the analyzed
        frame (indicators and unshifted signals) is cached in the data provider for dp.get_analyzed_dataframe, as
        Freqtrade's backtesting does after ft_advise_signals, with the values it was computed for."""
        name, timeframe = self.frame_names[key]
        metadata = {"pair": name}
        if phase != "exit":
            df = self.strategy.advise_entry(self.frames[key].copy(), metadata)
        if phase == "entry":
            return df
        df = self.strategy.advise_exit(df, metadata)
        self.dp._set_cached_df(name, timeframe, df)
        self.dp._analyzed_values[(name, timeframe)] = (self.values, key)
        return df

    def refresh_analyzed(self, pair, timeframe):
        """The analyzed frame of an attached pair, again when the cached one was computed for other values than the
        current run's or never here (the JVM's signal cache answered this run's signals without asking here)."""
        key = self.frame_keys.get((pair, timeframe))
        computed = self.dp._analyzed_values.get((pair, timeframe))
        if key is not None and (computed is None or computed[0] != self.values):
            self.analyze(key)

    def signals_batch(self, req):
        """The signal phases of several pairs for one set of values, in the order given (one round trip per epoch
        instead of one per pair: under load each pipe round trip costs a scheduler wake-up on both sides)."""
        start = time.perf_counter_ns()
        results = {key: self.signals({"pair": key, "values": req["values"]}) for key in req["pairs"]}
        return {"results": results, "ns": time.perf_counter_ns() - start}

    def protections(self, req):
        """Freqtrade's protections property (or class attribute) for the given values: backtesting reads it at the
        start of every backtest, after the epoch's values are set, so it may read protection-space parameters."""
        self.set_values(req.get("values"))
        entries = getattr(self.strategy, "protections", None)
        return {"protections": plain(list(entries or []))}

    # ---- callbacks ---------------------------------------------------------------------------------------
    def callback(self, req):
        """Deferred bot_loop_start calls first, then the named callback (if any); a new run resets state."""
        if req.get("run_starts"):
            self.set_values(req.get("values"))
            self.callbacks.run_starts()
        for ms in req.get("loop") or ():
            self.callbacks.loop_start(ms)
        name = req.get("name")
        return {"r": None if name is None else self.callbacks.call(name, req)}

    # ---- informative data (python-strategies.md 8) -------------------------------------------------------
    def attach_data_provider(self):
        """self.dp exists from bot_start on, as after Freqtrade's _set_strategy. Until the JVM names the run's pairs
        (informative_needs), the whitelist is the config's when it lists plain pairs (no regular expressions)."""
        self.dp = DataProvider(self.strategy, self.file)
        listed = (self.strategy.config.get("exchange") or {}).get("pair_whitelist") or []
        blacklist = (self.strategy.config.get("exchange") or {}).get("pair_blacklist") or []
        if all(isinstance(p, str) and PLAIN_PAIR.match(p) for p in listed) and not blacklist:
            self.dp._whitelist = list(listed)
        self.strategy.dp = self.dp

    def informative_needs(self, req):
        """The (pair, timeframe) candles the strategy can ask for: informative_pairs() (which Freqtrade's backtest
        never calls, but which names what dp.get_pair_dataframe will be asked for) and every @informative
        decoration resolved for every whitelist pair, in first-seen order."""
        s = self.strategy
        pairs = list(req["pairs"])
        self.dp._whitelist = pairs
        needs = []

        def add(pair, timeframe, candle_type, origin):
            self.dp.check_candle_type(candle_type, "%s for %s %s" % (origin, pair, timeframe))
            key = [str(pair), str(timeframe)]
            if key not in needs:
                needs.append(key)

        for item in s.informative_pairs() or []:
            if not isinstance(item, (list, tuple)) or len(item) < 2:
                raise StrategyError("%s: informative_pairs() returned %r; each entry must be (pair, timeframe[, "
                                    "candle_type])" % (self.file, item))
            add(item[0], item[1], item[2] if len(item) > 2 else "", "informative_pairs()")
        for inf, fn in getattr(s, "_ft_informative", None) or []:
            for pair in pairs:
                asset = format_asset(s.config, inf.asset, self.dp.market(pair)) if inf.asset else pair
                add(asset, inf.timeframe, inf.candle_type, "@informative on %s" % getattr(fn, "__name__", fn))
        return {"needs": needs}

    def informative_data(self, req):
        """Where each needed (pair, timeframe) is (a source as columns_of reads it), and which have no candles."""
        self.dp._sources = {(f["pair"], f["timeframe"]): f["source"] for f in req.get("frames") or []}
        self.dp._missing = {(m["pair"], m["timeframe"]): m["file"] for m in req.get("missing") or []}
        self.dp._columns_of = self.columns_of
        self.dp._cache.clear()
        return {}


# ---- callbacks (python-strategies.md 9) --------------------------------------------------------------------
# The iterative backtester asks for one callback per request, with the trade's current state as a flat list
# (TRADE_FIELDS); a fresh trade object is built per call, as Freqtrade hands callbacks a deep copy, and custom data
# lives here per trade id for the run. bot_loop_start calls arrive batched in front of the next request ("loop"):
# the strategy sees the same sequence of calls, only later in wall-clock time.
TRADE_FIELDS = ("id", "pair", "is_short", "open_ms", "open_rate", "open_rate_requested", "amount", "stake_amount",
                "fee", "enter_tag", "stop_loss", "stop_loss_pct", "initial_stop_loss", "initial_stop_loss_pct",
                "max_rate", "min_rate", "is_stop_loss_trailing", "close_ms", "close_rate", "exit_reason")
EXACT = decimal.Context(prec=120)
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def finite(x):
    """A float answer for the JSON reply: None (the default) when it is NaN or infinite."""
    return x if x == x and x not in (float("inf"), float("-inf")) else None


def utc(ms):
    return EPOCH + timedelta(milliseconds=ms)


def trade_value(amount, rate, fee, add):
    """Freqtrade's exact order value: amount x rate plus or minus the fee, in decimals, then a float."""
    cost = EXACT.multiply(decimal.Decimal(repr(float(amount))), decimal.Decimal(repr(float(rate))))
    fees = EXACT.multiply(cost, decimal.Decimal(repr(float(fee))))
    return float(EXACT.add(cost, fees) if add else EXACT.subtract(cost, fees))


class BridgeOrder:
    """The filled order of a backtest trade, with the attributes of Freqtrade's Order strategies read."""

    def __init__(self, trade, entry, price, when, tag):
        self.ft_order_side = trade.entry_side if entry else trade.exit_side
        self.side = self.ft_order_side
        self.ft_pair = trade.pair
        self.order_type = "limit"
        self.amount = trade.amount
        self.filled = trade.amount
        self.safe_filled = trade.amount
        self.safe_amount = trade.amount
        self.safe_amount_after_fee = trade.amount
        self.remaining = 0.0
        self.price = price
        self.ft_price = price
        self.average = price
        self.safe_price = price
        self.cost = trade.amount * price
        self.status = "closed"
        self.ft_is_open = False
        self.order_date = when
        self.order_date_utc = when
        self.order_filled_date = when
        self.order_filled_utc = when
        self.ft_order_tag = tag


class BridgeTrade:
    """A backtest trade as a callback sees it: the attributes and methods of Freqtrade's LocalTrade that
    python-strategies.md 9.3 lists, with Freqtrade's values (open_rate truncated, exact profit ratios)."""

    def __init__(self, fields, custom_data, stake_currency):
        for name, value in zip(TRADE_FIELDS, fields):
            setattr(self, name, value)
        self._custom = custom_data.setdefault(self.id, {})
        self.open_date = self.open_date_utc = utc(self.open_ms)
        self.close_date = self.close_date_utc = None if self.close_ms is None else utc(self.close_ms)
        self.is_open = True
        self.fee_open = self.fee_close = self.fee
        self.leverage = 1.0
        self.trading_mode = "spot"
        self.liquidation_price = None
        self.funding_fees = 0.0
        self.realized_profit = 0.0
        self.max_stake_amount = self.stake_amount
        self.amount_requested = self.amount
        self.stake_currency = stake_currency
        self.base_currency = self.pair.split("/")[0]
        self.trade_direction = "short" if self.is_short else "long"
        self.entry_side = "sell" if self.is_short else "buy"
        self.exit_side = "buy" if self.is_short else "sell"
        self.has_open_orders = False
        self.open_orders = []
        self.open_order_id = None
        self.nr_of_successful_entries = 1
        self.nr_of_successful_buys = 1
        self.nr_of_successful_exits = 1 if self.close_ms is not None else 0
        self.nr_of_successful_sells = self.nr_of_successful_exits
        self.open_trade_value = trade_value(self.amount, self.open_rate, self.fee, not self.is_short)
        self.orders = [BridgeOrder(self, True, self.open_rate_requested, self.open_date, self.enter_tag)]
        if self.close_ms is not None:
            self.orders.append(BridgeOrder(self, False, self.close_rate, self.close_date, self.exit_reason))
        self.date_last_filled_utc = self.orders[-1].order_filled_date
        self.date_entry_fill_utc = self.open_date

    def calc_close_trade_value(self, rate, amount=None):
        return trade_value(self.amount if amount is None else amount, rate, self.fee, self.is_short)

    def calc_profit(self, rate, amount=None, open_rate=None):
        close = self.calc_close_trade_value(rate, amount)
        opening = self.open_trade_value if amount is None or open_rate is None else \
            trade_value(amount, open_rate, self.fee, not self.is_short)
        return float(f"{(opening - close) if self.is_short else (close - opening):.8f}")

    def calc_profit_ratio(self, rate, amount=None, open_rate=None):
        close = self.calc_close_trade_value(rate, amount)
        opening = self.open_trade_value if amount is None or open_rate is None else \
            trade_value(amount, open_rate, self.fee, not self.is_short)
        if (self.is_short and close == 0.0) or (not self.is_short and opening == 0.0):
            return 0.0
        ratio = 1 - close / opening if self.is_short else close / opening - 1
        return float(f"{ratio:.8f}")

    def select_filled_orders(self, order_side=None):
        return [o for o in self.orders if order_side is None or o.ft_order_side == order_side]

    def select_order(self, order_side=None, is_open=None):
        orders = [o for o in self.orders if (order_side is None or o.ft_order_side == order_side)
                  and (is_open is None or o.ft_is_open == is_open)]
        return orders[-1] if orders else None

    def get_custom_data(self, key, default=None):
        return self._custom.get(key, default)

    def set_custom_data(self, key, value):
        self._custom[key] = value

    def get_all_custom_data(self):
        return dict(self._custom)

    def __repr__(self):
        return "Trade(id=%s, pair=%s, amount=%.8f, is_short=%s, open_rate=%.8f, open_since=%s)" % (
            self.id, self.pair, self.amount, self.is_short, self.open_rate, self.open_date)


class Callbacks:
    """Runs the strategy's overridden backtest callbacks with Freqtrade's arguments and error policy: an exception
    gives the callback's default result (a warning once per callback on stderr), except in order_filled, whose
    exception stops the run as in Freqtrade."""

    DEFAULTS = {"custom_entry_price": "proposed", "custom_exit_price": "proposed",
                "custom_stake_amount": "proposed", "confirm_trade_entry": True, "confirm_trade_exit": True,
                "custom_exit": None, "custom_stoploss": None, "bot_loop_start": None}

    def __init__(self, strategy, user_file, dp):
        from freqtrade.strategy import IStrategy
        self.strategy = strategy
        self.user_file = user_file
        self.dp = dp
        self.first_loop = True
        self.custom_data = {}
        self.warned = set()
        cls = type(strategy)
        names = [n for n in CALLBACKS
                 if getattr(cls, n, None) is not None and getattr(cls, n, None) is not getattr(IStrategy, n, None)]
        order_types = getattr(strategy, "order_types", None) or {}
        if not getattr(strategy, "use_custom_stoploss", False) and "custom_stoploss" in names:
            names.remove("custom_stoploss")
        if order_types.get("entry", "limit") != "limit" and "custom_entry_price" in names:
            names.remove("custom_entry_price")
        if order_types.get("exit", "limit") != "limit" and "custom_exit_price" in names:
            names.remove("custom_exit_price")
        self.names = names
        self.after_fill = "custom_stoploss" in names and \
            "after_fill" in inspect.signature(strategy.custom_stoploss).parameters
        tif = getattr(strategy, "order_time_in_force", None) or {}
        self.tif_entry = tif.get("entry", "GTC")
        self.tif_exit = tif.get("exit", "GTC")
        self.order_entry = order_types.get("entry", "limit")
        self.order_exit = order_types.get("exit", "limit")
        self.stake_currency = strategy.config.get("stake_currency")

    def run_starts(self):
        self.custom_data = {}
        self.first_loop = True
        self.dp._at(None)

    def trade(self, fields):
        return BridgeTrade(fields, self.custom_data, self.stake_currency)

    def call(self, name, req):
        s = self.strategy
        when = utc(req["time"]) if "time" in req else None
        if when is not None:
            self.dp._at(req["time"])
        trade = self.trade(req["trade"]) if req.get("trade") is not None else None
        side = "short" if req.get("short") else "long"
        try:
            if name == "custom_stoploss":
                r = s.custom_stoploss(pair=trade.pair, trade=trade, current_time=when, current_rate=req["rate"],
                                      current_profit=req["profit"], after_fill=bool(req.get("after_fill")))
                return None if r is None else finite(float(r))
            if name == "custom_exit":
                r = s.custom_exit(pair=trade.pair, trade=trade, current_time=when, current_rate=req["rate"],
                                  current_profit=req["profit"])
                return None if not r else (r if isinstance(r, str) else "")
            if name == "custom_entry_price":
                r = s.custom_entry_price(pair=req["pair"], trade=None, current_time=when,
                                         proposed_rate=req["proposed"], entry_tag=req.get("tag"), side=side)
                return req["proposed"] if r is None else finite(float(r))
            if name == "custom_stake_amount":
                r = s.custom_stake_amount(pair=req["pair"], current_time=when, current_rate=req["rate"],
                                          proposed_stake=req["proposed"], min_stake=req.get("min"),
                                          max_stake=req["max"], leverage=1.0, entry_tag=req.get("tag"), side=side)
                return 0.0 if not r else finite(float(r))
            if name == "confirm_trade_entry":
                return bool(s.confirm_trade_entry(pair=req["pair"], order_type=self.order_entry,
                                                  amount=req["amount"], rate=req["rate"],
                                                  time_in_force=self.tif_entry, current_time=when,
                                                  entry_tag=req.get("tag"), side=side))
            if name == "custom_exit_price":
                r = s.custom_exit_price(pair=trade.pair, trade=trade, current_time=when,
                                        proposed_rate=req["proposed"], current_profit=req["profit"],
                                        exit_tag=req.get("reason"))
                return req["proposed"] if r is None else finite(float(r))
            if name == "confirm_trade_exit":
                return bool(s.confirm_trade_exit(pair=trade.pair, trade=trade, order_type=self.order_exit,
                                                 amount=trade.amount, rate=req["rate"], time_in_force=self.tif_exit,
                                                 sell_reason=req["reason"], exit_reason=req["reason"],
                                                 current_time=when))
            if name == "order_filled":
                order = trade.orders[0] if req.get("entry") else trade.orders[-1]
                s.order_filled(pair=trade.pair, trade=trade, order=order, current_time=when)
                return None
            raise StrategyError("%s: unknown callback %s" % (self.user_file, name))
        except StrategyError:
            raise
        except Exception as ex:  # Freqtrade's strategy_safe_wrapper: log, then the default result
            if name == "order_filled":
                raise
            default = self.DEFAULTS.get(name)
            if name not in self.warned:
                self.warned.add(name)
                sys.stderr.write("hyperjet: warning: %s (in %s; Freqtrade logs this and uses the default result, "
                                 "as here; further errors of this callback are not shown)\n"
                                 % (one_line(ex, self.user_file), name))
            return req.get("proposed") if default == "proposed" else default

    def loop_start(self, ms):
        # Freqtrade calls bot_loop_start before it moves the data provider to this candle: it still answers as of
        # the previous one (get_analyzed_dataframe is empty before the run's first candle, U2)
        self.dp._at(ms - 1000 * timeframe_seconds(self.dp.timeframe()), analyzed=not self.first_loop)
        self.first_loop = False
        try:
            self.strategy.bot_loop_start(current_time=utc(ms))
        except Exception as ex:  # errors are suppressed in Freqtrade too
            if "bot_loop_start" not in self.warned:
                self.warned.add("bot_loop_start")
                sys.stderr.write("hyperjet: warning: %s (in bot_loop_start; ignored as in Freqtrade)\n"
                                 % one_line(ex, self.user_file))


def signal_codes(column):
    """0 for 0 or NaN, 1 for exactly 1, 2 for any other value (worker.signal.Signals codes)."""
    v = pd.to_numeric(column, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
    return np.where(v == 1.0, 1, np.where((v == 0.0) | np.isnan(v), 0, 2)).astype(np.int8)


def sparse_tags(df, name, rows):
    """[[row, tag], ...] for the given rows whose tag is not "" (a NaN tag is null); [] when all are "", None without
    the column. Only rows with a signal are looked at: the backtest reads a tag nowhere else, and comparing a whole
    object column costs more than the strategy's own signal code."""
    if name not in df.columns:
        return None
    if len(rows) == 0:
        return []
    values = df[name].to_numpy()[rows].tolist()
    return [[int(r), None if (t is None or (isinstance(t, float) and t != t)) else str(t)]
            for r, t in zip(rows.tolist(), values) if t != ""]


# ---- list-strategies ------------------------------------------------------------------------------------------
def inspect_file(req):
    """The IStrategy subclasses a file defines and their hyperoptable parameter count, found by importing it as
    Freqtrade's list-strategies does; an import failure is the file's one-line error, not a failed request."""
    path = os.path.abspath(req["file"])
    directory = os.path.dirname(path)
    module_name = os.path.splitext(os.path.basename(path))[0]
    sys.path.insert(0, directory)
    try:
        spec = importlib.util.spec_from_file_location(module_name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        spec.loader.exec_module(module)
        from freqtrade.strategy import IStrategy
        from freqtrade.strategy.parameters import BaseParameter
    except BaseException as ex:  # the user's code: any failure is this file's status
        if isinstance(ex, KeyboardInterrupt):
            raise
        return {"classes": [], "error": one_line(ex, path)}
    finally:
        sys.path.remove(directory)
    classes = []
    for name, cls in vars(module).items():
        if inspect.isclass(cls) and issubclass(cls, IStrategy) and cls is not IStrategy \
                and cls.__module__ == module_name:
            count = 0
            for attr in dir(cls):
                p = getattr(cls, attr, None)
                if isinstance(p, BaseParameter) and (getattr(p, "category", None) in SPACES or any(
                        attr.startswith(space + "_") for space in SPACES)):
                    count += 1
            classes.append({"name": name, "hyperoptable": count})
    return {"classes": classes, "error": None}


def hyperopt_state():
    try:
        from freqtrade.enums import HyperoptState
        from freqtrade.optimize.hyperopt_tools import HyperoptStateContainer
        return HyperoptStateContainer, HyperoptState
    except ImportError:
        return None


def runmode(text):
    try:
        from freqtrade.enums import RunMode
        return RunMode(text)
    except (ImportError, ValueError):
        return text


def plain(value):
    """A JSON-ready copy of a strategy value (numpy scalars, tuples, inf)."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return -1
    return value


# ---- informative data: Freqtrade's backtesting DataProvider over the candles Hyperjet loaded ----------------
EMPTY_COLUMNS = ("date",) + CANDLES
MAX_DATAFRAME_CANDLES = 1000
PLAIN_PAIR = re.compile(r"^[A-Za-z0-9]+/[A-Za-z0-9]+(:[A-Za-z0-9]+)?$")
_TF_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "M": 2592000, "y": 31536000}


# The date column an @informative merge adds: date_<timeframe>, after the asset's prefix when it names one
MERGED_DATE = re.compile(r"^(.+_)?date_[0-9]+[smhdwMy]$")


def to_epoch_ms(column):
    """A date column as float64 epoch milliseconds (exact below 2**53 ms), NaT as NaN."""
    dates = pd.to_datetime(column, utc=True).dt.tz_convert(None).to_numpy().astype("datetime64[ms]")
    out = dates.astype(np.int64).astype(np.float64)
    out[np.isnat(dates)] = np.nan
    return out


def from_epoch_ms(values):
    """to_epoch_ms reversed: UTC dates, NaN as NaT."""
    values = np.asarray(values, dtype=np.float64)
    missing = np.isnan(values)
    dates = pd.Series(pd.to_datetime(np.where(missing, 0, values).astype(np.int64), unit="ms", utc=True))
    return dates.mask(missing)


def numbers_only(column):
    """An object column holding only numbers and NaN/None, such as what merging Freqtrade's empty frame for
    missing informative candles leaves: its comparisons work like float64's, so it is kept as float64."""
    if column.dtype != object:
        return False
    return all(v is None or (isinstance(v, (int, float, np.number)) and not isinstance(v, bool))
               for v in column.to_numpy())

def data_config(config):
    """The config keys Freqtrade derives before the strategy is built (IStrategy reads candle_type_def)."""
    futures = (config.get("trading_mode") or "spot") == "futures"
    config.setdefault("candle_type_def", candle_type("futures" if futures else "spot"))


def candle_type(text):
    try:
        from freqtrade.enums import CandleType
        return CandleType(text)
    except (ImportError, ValueError):
        return text


def format_asset(config, asset, market):
    """An @informative asset with {stake}/{stake_currency} and the current pair's {base}/{quote} filled in,
    upper-cased (Freqtrade's _format_pair_name)."""
    names = {}
    if market:
        names = {"base": market["base"].lower(), "BASE": market["base"].upper(),
                 "quote": market["quote"].lower(), "QUOTE": market["quote"].upper()}
    return asset.format(stake_currency=config.get("stake_currency"), stake=config.get("stake_currency"),
                        **names).upper()


def timeframe_seconds(timeframe):
    return int(timeframe[:-1]) * _TF_UNITS[timeframe[-1]]


def prev_candle_start(timeframe, date):
    """The open time of the candle of `timeframe` that contains `date` (Freqtrade's timeframe_to_prev_date)."""
    ts = pd.Timestamp(date)
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    if timeframe.endswith("M"):
        months = int(timeframe[:-1])
        month0 = (ts.year * 12 + ts.month - 1) // months * months
        return pd.Timestamp(year=month0 // 12, month=month0 % 12 + 1, day=1, tz="UTC")
    step = timeframe_seconds(timeframe)
    return pd.Timestamp(int(ts.timestamp()) // step * step, unit="s", tz="UTC")


class DataProvider:
    """What Freqtrade's DataProvider answers in backtesting and hyperopt (python-strategies.md 8.4), over the
    candles the JVM loaded (timerange start minus startup_candle_count candles of each timeframe, cleaned and
    gap-filled like the main candles). The columns are numpy views of the mapped files; a pandas frame is built
    once per (pair, timeframe) (the dates are converted and pandas consolidates the floats into one block, so
    that is a copy) and each call returns a copy of it, as Freqtrade's historic_ohlcv does."""

    def __init__(self, strategy, file):
        self._strategy = strategy
        self._config = strategy.config
        self._file = file
        self._whitelist = []
        self._sources = {}
        self._missing = {}
        self._columns_of = None
        self._cache = {}
        self._warned = set()
        self._used_missing = []
        self._slice_date = None
        self._limit_ms = None
        self._analyzed = {}
        self._analyzed_dates = {}
        self._analyzed_values = {}
        self._refresh = None
        self._main = {}

    @property
    def runmode(self):
        return runmode(str(getattr(self._config.get("runmode"), "value", self._config.get("runmode"))))

    def current_whitelist(self):
        return list(self._whitelist)

    def market(self, pair):
        """The market Freqtrade's exchange would list, from the pair's own spelling BASE/QUOTE[:SETTLE]."""
        if not isinstance(pair, str) or "/" not in pair:
            return None
        base, _, rest = pair.partition("/")
        quote, _, settle = rest.partition(":")
        return {"symbol": pair, "id": pair, "base": base, "quote": quote, "settle": settle or None,
                "spot": not settle, "swap": bool(settle), "future": False, "type": "swap" if settle else "spot",
                "active": True, "contract": bool(settle), "linear": bool(settle) or None}

    def check_candle_type(self, value, what):
        text = str(getattr(value, "value", value) or "")
        default = str(getattr(self._config.get("candle_type_def"), "value", self._config.get("candle_type_def")))
        if text not in ("", default):
            raise StrategyError("%s: %s asks for candle_type %s; Hyperjet loads only %s candles" %
                                (self._file, what, text, default))

    def historic_ohlcv(self, pair, timeframe, candle_type=""):
        self.check_candle_type(candle_type, "dp.historic_ohlcv(%r, %r)" % (pair, timeframe))
        key = (pair, str(timeframe))
        frame = self._cache.get(key)
        if frame is None:
            if key in self._sources:
                columns = self._columns_of(self._sources[key])
                # the dates are converted (a copy; older pandas cannot read a read-only buffer either)
                data = {"date": pd.to_datetime(np.array(columns["date"]), unit="ms", utc=True)}
                for name in CANDLES:
                    data[name] = columns[name]
                frame = pd.DataFrame(data)
            elif key in self._main:
                # a backtested pair's own candles, as Freqtrade loads its file (the same candles: startup included)
                frame = self._main[key][list(EMPTY_COLUMNS)].copy()
            elif key in self._missing:
                if key not in self._used_missing:
                    self._used_missing.append(key)
                # Freqtrade's frame for a missing file: these columns, no rows, no dtypes
                frame = pd.DataFrame(columns=list(EMPTY_COLUMNS))
            else:
                raise StrategyError("%s: the strategy asks the data provider for %s %s candles, which Hyperjet did "
                                    "not load: list (%r, %r) in informative_pairs() (Hyperjet loads informative "
                                    "candles before the run)" % (self._file, pair, timeframe, pair, timeframe))
            self._cache[key] = frame
        return frame.copy()

    def get_pair_dataframe(self, pair, timeframe=None, candle_type=""):
        timeframe = timeframe or self.timeframe()
        data = self.historic_ohlcv(pair, timeframe, candle_type)
        if self._slice_date is not None and len(data):
            # no look-ahead in callbacks: only candles closed before the current candle of that timeframe
            data = data.loc[data["date"] < prev_candle_start(str(timeframe), self._slice_date)]
        if len(data) == 0 and (pair, timeframe) not in self._warned:
            self._warned.add((pair, timeframe))
            print("hyperjet: warning: no data found for (%s, %s, %s)"
                  % (pair, timeframe, getattr(candle_type, "value", candle_type)), file=sys.stderr)
        return data

    def get_analyzed_dataframe(self, pair, timeframe):
        """In a callback: the pair's analyzed frame of this run (indicators, unshifted signals) up to and including
        the signal candle, the one before the candle being simulated, at most its last 1000 rows. That is Freqtrade's
        slice iloc[:required_startup + row_index] with row_index counted after its dropped first row; here the rows
        are found by date, so startup candles and pairs whose data starts later need no offset. Outside callbacks
        (indicator and signal phases, a run's first bot_loop_start) and for a pair never analyzed: an empty frame and
        epoch 0, as in Freqtrade."""
        key = (pair, timeframe)
        if self._limit_ms is not None and self._refresh is not None:
            self._refresh(pair, timeframe)
        if self._limit_ms is None or key not in self._analyzed:
            return pd.DataFrame(), EPOCH
        frame, when = self._analyzed[key]
        end = int(np.searchsorted(self._analyzed_dates[key], self._limit_ms, side="left"))
        return frame.iloc[max(0, end - MAX_DATAFRAME_CANDLES):end], when

    def _at(self, time_ms, analyzed=True):
        """The candle being simulated (its open time, ms; None outside a run): get_pair_dataframe then cuts every
        timeframe before the candle that contains it, and get_analyzed_dataframe (unless analyzed is false) ends at
        the main-timeframe candle before it."""
        if time_ms is None:
            self._slice_date = None
            self._limit_ms = None
            return
        self._set_dataframe_max_date(utc(time_ms))
        timeframe = self.timeframe()
        if not analyzed:
            self._limit_ms = None
        elif timeframe.endswith("M"):
            self._limit_ms = int(prev_candle_start(timeframe, self._slice_date).value // 1_000_000)
        else:  # integer arithmetic: once per callback, where pandas' timestamps cost ~15 times more
            step = timeframe_seconds(timeframe) * 1000
            self._limit_ms = time_ms // step * step

    def timeframe(self):
        return str(self._config.get("timeframe") or self._strategy.timeframe)

    # Backtesting's hooks (Freqtrade's private names).
    def _set_dataframe_max_date(self, limit_date):
        self._slice_date = limit_date

    def _set_cached_df(self, pair, timeframe, dataframe, candle_type=None):
        self._analyzed[(pair, timeframe)] = (dataframe, datetime.now(timezone.utc))

    def ohlcv(self, pair, timeframe=None, copy=True, candle_type=""):
        return pd.DataFrame()

    def send_msg(self, message, *, always_send=False):
        return None

    def ticker(self, pair):
        raise StrategyError("%s: dp.ticker() asks the exchange over the network; backtesting has no live exchange"
                            % self._file)

    def orderbook(self, pair, maximum):
        raise StrategyError("%s: dp.orderbook() asks the exchange over the network; backtesting has no live "
                            "exchange" % self._file)

    def missing_note(self):
        """Appended to a failure's line when the strategy was handed an empty frame for candles with no file."""
        if not self._used_missing:
            return ""
        return "; note: no candles for %s (Freqtrade gives an empty dataframe there too)" % ", ".join(
            "%s %s (%s)" % (p, tf, self._missing[(p, tf)]) for p, tf in self._used_missing)


def watch_parent():
    parent = os.getppid()
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(0)


def main():
    # Ctrl-C reaches the whole process group: the owning JVM decides when this process ends (stdin EOF), and a
    # KeyboardInterrupt traceback here would only clutter the terminal.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=watch_parent, daemon=True).start()
    out = sys.stdout
    sys.stdout = sys.stderr  # the strategy's prints must not corrupt the protocol
    bridge = Bridge()
    ops = {"load": bridge.load, "indicators": bridge.indicators, "frame": bridge.frame, "signals": bridge.signals,
           "informative_needs": bridge.informative_needs, "informative_data": bridge.informative_data,
           "signals_batch": bridge.signals_batch, "protections": bridge.protections,
           "callback": bridge.callback, "inspect": inspect_file}
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            req = json.loads(line)
            reply = ops[req["op"]](req)
            reply["ok"] = True
        except StrategyError as ex:
            reply = {"ok": False, "error": ex.line, "traceback": ex.tb}
        except BaseException as ex:  # the user's code: report any failure as one line
            if isinstance(ex, KeyboardInterrupt):
                raise
            note = bridge.dp.missing_note() if getattr(bridge, "dp", None) else ""
            reply = {"ok": False, "error": one_line(ex, bridge.file) + note, "traceback": traceback.format_exc()}
        out.write(json.dumps(reply, allow_nan=False) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
