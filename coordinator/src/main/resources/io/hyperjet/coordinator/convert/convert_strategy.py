"""Translates a Freqtrade strategy (.py) into a Hyperjet FrameStrategy (.java) for the common subset.

Run by `hyperjet convert-strategy` as `python3 -I - <strategy.py>` with this file on standard input; it needs only
the standard library (ast, json). Prints one JSON object on standard output:
  {"className": ..., "java": ..., "problems": [{"line": n, "source": ..., "reason": ...}], "notes": [...]}
A file that cannot be read, does not parse or has no IStrategy class is one line on standard error and exit code 2.

The translation is typed: every expression is translated to (java_code, kind), kind one of the constants below, so
`a > b` becomes `a.gt(b)` for a series and `a > b` for numbers. A statement that cannot be translated becomes a TODO
comment naming the line and the reason; a local variable it would have defined is remembered as missing, so later
statements that use it are skipped too and the Java file still compiles.
"""
import ast
import json
import re
import sys

SERIES, MASK, FRAME, INT, DOUBLE, BOOL, STR, MASKS, PAIRS = "series", "mask", "frame", "int", "double", "bool", \
    "str", "masks", "pairs"
NUMBER = (INT, DOUBLE)
TAG_COLUMNS = ('"enter_tag"', '"exit_tag"', '"buy_tag"')  # as column_name() gives them: Java string literals

JAVA_KEYWORDS = {"abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
                 "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
                 "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
                 "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
                 "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
                 "var", "record", "yield", "true", "false", "null"}
RESERVED_LOCALS = {"df", "md", "ta", "qtpylib", "dp", "timeframe", "roi", "Informative", "Series", "Mask",
                   "DataFrame", "List", "PairTimeframe"}

# Freqtrade attribute -> (Java field, kind)
ATTRIBUTES = {
    "timeframe": ("timeframe", STR), "stoploss": ("stoploss", DOUBLE), "trailing_stop": ("trailingStop", BOOL),
    "trailing_stop_positive": ("trailingStopPositive", DOUBLE),
    "trailing_stop_positive_offset": ("trailingStopPositiveOffset", DOUBLE),
    "trailing_only_offset_is_reached": ("trailingOnlyOffsetIsReached", BOOL),
    "use_exit_signal": ("useExitSignal", BOOL), "exit_profit_only": ("exitProfitOnly", BOOL),
    "exit_profit_offset": ("exitProfitOffset", DOUBLE), "ignore_roi_if_entry_signal": ("ignoreRoiIfEntrySignal", BOOL),
    "can_short": ("canShort", BOOL), "startup_candle_count": ("startupCandleCount", INT),
    "max_open_trades": ("maxOpenTrades", INT), "use_custom_stoploss": ("useCustomStoploss", BOOL),
    # Freqtrade's pre-3 names
    "use_sell_signal": ("useExitSignal", BOOL), "sell_profit_only": ("exitProfitOnly", BOOL),
    "sell_profit_offset": ("exitProfitOffset", DOUBLE), "ignore_roi_if_buy_signal": ("ignoreRoiIfEntrySignal", BOOL),
    "ticker_interval": ("timeframe", STR),
}
# Attributes that change nothing in a backtest or hyperopt: kept as a comment, reported as a note.
NO_EFFECT = {"INTERFACE_VERSION": "the interface version of the Python API",
             "process_only_new_candles": "backtests always see whole candles",
             "order_types": "Hyperjet's backtests fill at the candle's rate whatever the order type",
             "order_time_in_force": "Hyperjet's backtests fill at the candle's rate whatever the order type",
             "plot_config": "plot-dataframe reads it from the .py only", "position_adjustment_enable": None,
             "max_entry_position_adjustment": None}
PARAMS_ATTRIBUTES = {"buy_params": "buyParams", "sell_params": "sellParams", "protection_params": "protectionParams"}

# TA-Lib functions with several outputs, by talib.abstract's output names.
TA_MULTI = {"MACD", "MACDEXT", "MACDFIX", "BBANDS", "STOCH", "STOCHF", "STOCHRSI", "AROON", "HT_PHASOR", "HT_SINE",
            "MAMA", "MINMAX", "MINMAXINDEX"}

# qtpylib: python name -> (java name, result kind, [(argument, default or REQUIRED, kind)])
REQUIRED = object()
QTPYLIB = {
    "crossed_above": ("crossedAbove", MASK, [("series1", REQUIRED, None), ("series2", REQUIRED, None)]),
    "crossed_below": ("crossedBelow", MASK, [("series1", REQUIRED, None), ("series2", REQUIRED, None)]),
    "crossed": ("crossed", MASK, [("series1", REQUIRED, None), ("series2", REQUIRED, None)]),
    "typical_price": ("typicalPrice", SERIES, [("bars", REQUIRED, FRAME)]),
    "bollinger_bands": ("bollingerBands", FRAME, [("series", REQUIRED, SERIES), ("window", 20, INT),
                                                  ("stds", 2, DOUBLE)]),
    "weighted_bollinger_bands": ("weightedBollingerBands", FRAME, [("series", REQUIRED, SERIES), ("window", 20, INT),
                                                                   ("stds", 2, DOUBLE)]),
    "heikinashi": ("heikinashi", FRAME, [("bars", REQUIRED, FRAME)]),
    "keltner_channel": ("keltnerChannel", FRAME, [("bars", REQUIRED, FRAME), ("window", 14, INT),
                                                  ("atrs", 2, DOUBLE)]),
    "vwap": ("vwap", SERIES, [("bars", REQUIRED, FRAME)]),
    "rolling_vwap": ("rollingVwap", SERIES, [("bars", REQUIRED, FRAME), ("window", 200, INT),
                                             ("min_periods", None, INT)]),
    "rolling_mean": ("rollingMean", SERIES, [("series", REQUIRED, SERIES), ("window", 200, INT),
                                             ("min_periods", None, INT)]),
    "rolling_std": ("rollingStd", SERIES, [("series", REQUIRED, SERIES), ("window", 200, INT),
                                           ("min_periods", None, INT)]),
    "rolling_weighted_mean": ("rollingWeightedMean", SERIES, [("series", REQUIRED, SERIES), ("window", 200, INT),
                                                              ("min_periods", None, INT)]),
    "mid_price": ("midPrice", SERIES, [("bars", REQUIRED, FRAME)]),
    "ibs": ("ibs", SERIES, [("bars", REQUIRED, FRAME)]),
    "returns": ("returns", SERIES, [("series", REQUIRED, SERIES)]),
    "log_returns": ("logReturns", SERIES, [("series", REQUIRED, SERIES)]),
    "stoch": ("stoch", FRAME, [("df", REQUIRED, FRAME), ("window", 14, INT), ("d", 3, INT), ("k", 3, INT),
                               ("fast", False, BOOL)]),
    "rolling_min": ("rollingMin", SERIES, [("series", REQUIRED, SERIES), ("window", 14, INT),
                                           ("min_periods", None, INT)]),
    "rolling_max": ("rollingMax", SERIES, [("series", REQUIRED, SERIES), ("window", 14, INT),
                                           ("min_periods", None, INT)]),
    "numpy_rolling_mean": ("numpyRollingMean", SERIES, [("data", REQUIRED, SERIES), ("window", REQUIRED, INT)]),
    "numpy_rolling_std": ("numpyRollingStd", SERIES, [("data", REQUIRED, SERIES), ("window", REQUIRED, INT)]),
    "sma": ("sma", SERIES, [("series", REQUIRED, SERIES), ("window", 200, INT), ("min_periods", None, INT)]),
    "wma": ("wma", SERIES, [("series", REQUIRED, SERIES), ("window", 200, INT), ("min_periods", None, INT)]),
    "hma": ("hma", SERIES, [("series", REQUIRED, SERIES), ("window", 200, INT), ("min_periods", None, INT)]),
    "hull_moving_average": ("hullMovingAverage", SERIES, [("series", REQUIRED, SERIES), ("window", 200, INT),
                                                          ("min_periods", None, INT)]),
    "zlema": ("zlema", SERIES, [("series", REQUIRED, SERIES), ("window", REQUIRED, INT), ("min_periods", None, INT)]),
    "zlhma": ("zlhma", SERIES, [("series", REQUIRED, SERIES), ("window", REQUIRED, INT), ("min_periods", None, INT)]),
    # without min_periods qtpylib asks pandas for min_periods = window over a window of (window - 1) // 2 rows,
    # which pandas refuses: so the Python call fails, and the Java method needs it
    "zlsma": ("zlsma", SERIES, [("series", REQUIRED, SERIES), ("window", REQUIRED, INT),
                                ("min_periods", REQUIRED, INT)]),
    "tdi": ("tdi", FRAME, [("series", REQUIRED, SERIES), ("rsi_lookback", 13, INT), ("rsi_smooth_len", 2, INT),
                           ("rsi_signal_len", 7, INT), ("bb_lookback", 34, INT), ("bb_std", 1.6185, DOUBLE)]),
    "implied_volatility": ("impliedVolatility", SERIES, [("series", REQUIRED, SERIES), ("window", 252, INT)]),
    "session": ("session", FRAME, [("df", REQUIRED, FRAME), ("start", "17:00", STR), ("end", "16:00", STR)]),
    "nans": ("nans", SERIES, [("length", 1, INT)]),
    "true_range": ("trueRange", SERIES, [("bars", REQUIRED, FRAME)]),
    "atr": ("atr", SERIES, [("bars", REQUIRED, FRAME), ("window", 14, INT), ("exp", False, BOOL)]),
    "zscore": ("zscore", SERIES, [("bars", REQUIRED, FRAME), ("window", 20, INT), ("stds", 1, DOUBLE),
                                  ("col", "close", STR)]),
    "pvt": ("pvt", SERIES, [("bars", REQUIRED, FRAME)]),
    "chopiness": ("chopiness", SERIES, [("bars", REQUIRED, FRAME), ("window", 14, INT)]),
    "roc": ("roc", SERIES, [("series", REQUIRED, SERIES), ("window", 14, INT)]),
    "rsi": ("rsi", SERIES, [("series", REQUIRED, SERIES), ("window", 14, INT)]),
    "cci": ("cci", SERIES, [("series", REQUIRED, FRAME), ("window", 14, INT)]),
    "macd": ("macd", FRAME, [("series", REQUIRED, SERIES), ("fast", 3, INT), ("slow", 10, INT), ("smooth", 16, INT)]),
    "awesome_oscillator": ("awesomeOscillator", SERIES, [("df", REQUIRED, FRAME), ("weighted", False, BOOL),
                                                          ("fast", 5, INT), ("slow", 34, INT)]),
}

# pandas Series methods: name -> (java name, result kind, [(argument, default or REQUIRED, kind)])
SERIES_METHODS = {
    "shift": ("shift", SERIES, [("periods", 1, INT)]),
    "diff": ("diff", SERIES, [("periods", 1, INT)]),
    # pandas before 3 pads gaps before pct_change (fill_method="pad"); Hyperjet's pctChange does not
    "pct_change": ("ffill().pctChange", SERIES, [("periods", 1, INT)]),
    "fillna": ("fillna", SERIES, [("value", REQUIRED, DOUBLE)]),
    "abs": ("abs", SERIES, []),
    "ffill": ("ffill", SERIES, []),
    "cumsum": ("cumsum", SERIES, []),
    "where": ("where", SERIES, [("cond", REQUIRED, MASK), ("other", REQUIRED, None)]),
    "crossed_above": ("crossedAbove", MASK, [("other", REQUIRED, None)]),
    "crossed_below": ("crossedBelow", MASK, [("other", REQUIRED, None)]),
    "gt": ("gt", MASK, [("other", REQUIRED, None)]), "ge": ("ge", MASK, [("other", REQUIRED, None)]),
    "lt": ("lt", MASK, [("other", REQUIRED, None)]), "le": ("le", MASK, [("other", REQUIRED, None)]),
    "eq": ("eq", MASK, [("other", REQUIRED, None)]), "ne": ("ne", MASK, [("other", REQUIRED, None)]),
    "add": ("add", SERIES, [("other", REQUIRED, None)]), "sub": ("sub", SERIES, [("other", REQUIRED, None)]),
    "mul": ("mul", SERIES, [("other", REQUIRED, None)]), "div": ("div", SERIES, [("other", REQUIRED, None)]),
}
ROLLING_METHODS = {"mean", "std", "min", "max", "sum"}

COMPARE = {ast.Gt: ("gt", "lt", ">"), ast.GtE: ("ge", "le", ">="), ast.Lt: ("lt", "gt", "<"),
           ast.LtE: ("le", "ge", "<="), ast.Eq: ("eq", "eq", "=="), ast.NotEq: ("ne", "ne", "!=")}
ARITHMETIC = {ast.Add: ("add", "add", "+"), ast.Sub: ("sub", "rsub", "-"), ast.Mult: ("mul", "mul", "*"),
              ast.Div: ("div", "rdiv", "/")}
SIGNAL_RENAMES = {"buy": "enter_long", "sell": "exit_long", "buy_tag": "enter_tag", "sell_tag": "exit_tag",
                  "exit_tag": "exit_tag"}


class Unsupported(Exception):
    """A construct outside the converted subset; the message is the reason shown to the user."""


class Missing(Unsupported):
    """A statement that uses a local variable whose own statement was not converted."""


def camel(name):
    parts = name.split("_")
    if not parts[0] or any(not p for p in parts[1:]):
        return name
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def snake(field):
    """Hyperjet's StrategyParameters.snakeCase: the parameter name Java derives from a field name."""
    out = []
    for i, c in enumerate(field):
        if c.isupper():
            if i > 0 and field[i - 1] != "_":
                out.append("_")
            out.append(c.lower())
        else:
            out.append(c)
    return "".join(out)


def field_name(python_name):
    """camelCase when Hyperjet maps it back to the same parameter name, else the Python name unchanged."""
    candidate = camel(python_name)
    name = candidate if snake(candidate) == python_name else python_name
    return name + "_" if name in JAVA_KEYWORDS else name


def java_string(value):
    out = ['"']
    for c in value:
        if c in '"\\':
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 32 or ord(c) > 126:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def java_double(value):
    if value != value:
        return "Double.NaN"
    if value in (float("inf"), float("-inf")):
        return "Double.POSITIVE_INFINITY" if value > 0 else "Double.NEGATIVE_INFINITY"
    text = repr(float(value))
    return text if ("." in text or "e" in text or "E" in text) else text + ".0"


def literal(node):
    """A Python constant (also negative numbers, lists and tuples of constants) or raise Unsupported."""
    try:
        return ast.literal_eval(node)
    except (ValueError, SyntaxError, TypeError):
        raise Unsupported("not a constant: " + ast.unparse(node))


def as_double(code, kind):
    return "(double) " + code if kind == INT and not re.fullmatch(r"-?\d+", code) else (
        code + ".0" if kind == INT else code)


def widen(code, kind):
    """An int where a double parameter is expected: a literal gets its `.0`, anything else widens by itself."""
    return code + ".0" if kind == INT and re.fullmatch(r"-?\d+", code) else code


class Scope:
    """Local variables of one method: python name -> (java name, kind); names whose statement failed."""

    def __init__(self, frame_name, metadata_name):
        self.locals = {}
        self.missing = {}
        self.frame_name = frame_name
        self.metadata_name = metadata_name
        self.declared = set()

    def java_local(self, name):
        java = camel(name)
        if java in JAVA_KEYWORDS or java in RESERVED_LOCALS:
            java = java + "_"
        return java


class Converter:
    def __init__(self, source, path, ta_functions=None):
        self.ta_functions = ta_functions
        self.source = source
        self.lines = source.splitlines()
        self.path = path
        self.problems = []
        self.notes = []
        self.ta_names = set()
        self.qtpylib_names = set()
        self.np_names = set()
        self.merge_names = {"merge_informative_pair"}
        self.reduce_names = set()
        self.params = {}        # python name -> (java field, value kind, parameter class)
        self.fields = []        # java lines of the fields
        self.ctor = []          # java lines of the constructor body
        self.imports = set()
        self.uses_informative = False
        self.informative_names = set()
        self.decorated = {}     # @informative method -> [(timeframe, asset, ffill)], bottom decorator first

    # ---------------------------------------------------------------- reporting
    def problem(self, node, reason, out, indent):
        line = getattr(node, "lineno", 0)
        text = self.lines[line - 1].strip() if 0 < line <= len(self.lines) else ""
        end = getattr(node, "end_lineno", line) or line
        if end > line:
            text += " ..."
        self.problems.append({"line": line, "source": text, "reason": reason})
        out.append(indent + "// TODO convert-strategy: line %d not converted (%s): %s" % (line, reason, text))

    def note(self, node, text):
        self.notes.append({"line": node.lineno, "note": text})

    # ---------------------------------------------------------------- module
    def convert(self):
        tree = ast.parse(self.source, self.path)
        cls = None
        for node in tree.body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                self.read_import(node)
            elif isinstance(node, ast.ClassDef) and cls is None and any(
                    ast.unparse(b).split(".")[-1] == "IStrategy" for b in node.bases):
                cls = node
        if cls is None:
            raise SystemExit(self.fail("no class derived from IStrategy"))
        for node in tree.body:
            if node is cls or isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                continue
            self.problem(node, "module-level code other than imports", [], "")
        methods = []
        for node in cls.body:
            if isinstance(node, ast.FunctionDef):
                methods.append(node)
            elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                continue
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                self.class_assignment(node)
            else:
                self.problem(node, "class body statement other than an assignment or a method", self.fields, "    ")
        for fn in methods:
            if fn.decorator_list:
                self.read_decorators(fn)
        names = {fn.name for fn in methods}
        bodies = []
        if self.decorated and "informative_pairs" not in names:
            bodies.append(self.informative_pairs(None))
        if self.decorated and "populate_indicators" not in names:
            bodies.append(["    @Override", "    protected void populateIndicators(final DataFrame df, final Metadata md)",
                           "    {"] + self.informative_merges("        ") + ["    }"])
        for method in methods:
            bodies.append(self.method(method))
        return cls.name, self.render(cls.name, bodies)

    def read_decorators(self, fn):
        """@informative(timeframe, asset='', fmt=None, *, candle_type=None, ffill=True) entries of one method."""
        entries = []
        for d in reversed(fn.decorator_list):
            if not (isinstance(d, ast.Call) and isinstance(d.func, ast.Name) and d.func.id in self.informative_names):
                return
            try:
                kw = {k.arg: literal(k.value) for k in d.keywords}
                args = [literal(a) for a in d.args]
            except Unsupported:
                return
            names = ["timeframe", "asset", "fmt"]
            for i, a in enumerate(args[:3]):
                kw.setdefault(names[i], a)
            timeframe, asset = kw.get("timeframe"), kw.get("asset", "") or ""
            if len(args) > 3 or set(kw) - {"timeframe", "asset", "fmt", "ffill", "candle_type"} or \
                    kw.get("fmt") is not None or kw.get("candle_type") not in (None, "", "spot") or \
                    not isinstance(timeframe, str) or not isinstance(asset, str) or "{" in asset or \
                    not isinstance(kw.get("ffill", True), bool) or asset and asset.count("/") != 1:
                return
            entries.append((timeframe, asset, kw.get("ffill", True)))
        self.decorated[fn.name] = entries
        self.uses_informative = True

    def informative_merges(self, indent):
        """Freqtrade merges the @informative methods' frames before populate_indicators, in dir() (name) order."""
        out = []
        if self.decorated:
            self.imports.add("java.util.List")
        for name in sorted(self.decorated):
            for timeframe, asset, ffill in self.decorated[name]:
                pair = java_string(asset) if asset else "md.pair()"
                # the default column format: {column}_{timeframe}, with {base}_{quote}_ before it for another asset
                prefix = java_string(asset.replace("/", "_").lower() + "_") + " + " if asset else ""
                suffix = java_string("_" + timeframe)
                out += [indent + "{",
                        indent + "    final DataFrame informative = dp.getPairDataframe(%s, %s);" % (
                            pair, java_string(timeframe)),
                        indent + "    %s(informative, new Metadata(%s));" % (camel(name), pair),
                        # merged onto the dates alone: Freqtrade renames before merging, so earlier merges'
                        # columns (date_1h, ...) never collide with this one's
                        indent + "    final DataFrame dates = DataFrame.ofColumns(List.of(\"date\"), "
                                 "List.of(df.get(\"date\")));",
                        indent + "    final DataFrame merged = Informative.mergeInformativePair(dates, informative, "
                                 "timeframe, %s, %s);" % (java_string(timeframe), "true" if ffill else "false"),
                        indent + "    for (final String column : informative.columns())",
                        indent + "    {",
                        indent + "        df.set(%scolumn + %s, merged.get(column + %s));" % (prefix, suffix, suffix),
                        indent + "    }",
                        indent + "}"]
        return out

    def fail(self, reason):
        sys.stderr.write("%s: %s\n" % (self.path, reason))
        return 2

    def read_import(self, node):
        if isinstance(node, ast.Import):
            for alias in node.names:
                name = alias.asname or alias.name
                if alias.name in ("talib.abstract", "talib"):
                    self.ta_names.add(name)
                elif alias.name.endswith("qtpylib.indicators") or alias.name.endswith("qtpylib"):
                    self.qtpylib_names.add(name)
                elif alias.name == "numpy":
                    self.np_names.add(name)
        else:
            module = node.module or ""
            for alias in node.names:
                name = alias.asname or alias.name
                if module == "talib" and alias.name == "abstract":
                    self.ta_names.add(name)
                elif alias.name in ("qtpylib", "indicators") and "qtpylib" in module + alias.name:
                    self.qtpylib_names.add(name)
                elif alias.name == "informative" and module.startswith("freqtrade"):
                    self.informative_names.add(name)
                elif alias.name == "merge_informative_pair":
                    self.merge_names.add(name)
                elif module == "functools" and alias.name == "reduce":
                    self.reduce_names.add(name)

    # ---------------------------------------------------------------- class attributes and parameters
    def class_assignment(self, node):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if len(targets) != 1 or not isinstance(targets[0], ast.Name) or node.value is None:
            self.problem(node, "assignment to more than one name", self.fields, "    ")
            return
        name = targets[0].id
        value = node.value
        try:
            if isinstance(value, ast.Call) and ast.unparse(value.func).split(".")[-1].endswith("Parameter"):
                self.parameter(name, value)
            elif name in ATTRIBUTES:
                self.attribute(name, value)
            elif name == "minimal_roi":
                self.roi(value)
            elif name in PARAMS_ATTRIBUTES:
                self.params_attribute(name, value)
            elif name in NO_EFFECT:
                reason = NO_EFFECT[name]
                if reason is None:
                    raise Unsupported("Hyperjet's backtests do not adjust positions")
                shown = ast.unparse(value).replace("\n", " ")
                shown = shown if len(shown) <= 60 else shown[:56] + " ..."
                self.ctor.append("        // %s = %s: %s" % (name, shown, reason))
                self.note(node, "%s kept as a comment: %s" % (name, reason))
            else:
                raise Unsupported("unknown class attribute " + name)
        except Unsupported as ex:
            self.problem(node, str(ex), self.ctor, "        ")

    def attribute(self, name, value):
        field, kind = ATTRIBUTES[name]
        v = literal(value)
        if v is None:
            if name in ("use_exit_signal", "use_sell_signal", "exit_profit_only", "ignore_roi_if_entry_signal",
                        "stoploss", "max_open_trades", "trailing_stop_positive"):
                self.ctor.append("        // %s = None: the configuration's value applies" % name)
                return
            raise Unsupported(name + " = None")
        if kind == STR and isinstance(v, str):
            code = java_string(v)
        elif kind == BOOL and isinstance(v, bool):
            code = "true" if v else "false"
        elif kind == INT and isinstance(v, int) and not isinstance(v, bool):
            code = str(v)
        elif kind == DOUBLE and isinstance(v, (int, float)) and not isinstance(v, bool):
            code = java_double(v)
        else:
            raise Unsupported("%s must be a %s, was %r" % (name, kind, v))
        self.ctor.append("        %s = %s;" % (field, code))

    def roi(self, value):
        table = literal(value)
        if not isinstance(table, dict):
            raise Unsupported("minimal_roi must be a dict")
        pairs = []
        for k, v in table.items():
            minutes = int(k)
            if str(minutes) != str(k).strip() and minutes != k:
                raise Unsupported("minimal_roi key %r is not whole minutes" % (k,))
            pairs.append("%d, %s" % (minutes, java_double(v)))
        self.ctor.append("        minimalRoi = roi(%s);" % ", ".join(pairs))

    def params_attribute(self, name, value):
        table = literal(value)
        if not isinstance(table, dict):
            raise Unsupported(name + " must be a dict")
        entries = []
        for k, v in table.items():
            entries.append(java_string(str(k)) + ", " + self.java_constant(v))
        self.imports.add("java.util.Map")
        self.ctor.append("        %s = Map.of(%s);" % (PARAMS_ATTRIBUTES[name], ", ".join(entries)))

    def java_constant(self, v):
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int):
            return str(v)
        if isinstance(v, float):
            return java_double(v)
        if isinstance(v, str):
            return java_string(v)
        raise Unsupported("constant %r has no Java form here" % (v,))

    def parameter(self, name, call):
        kind = ast.unparse(call.func).split(".")[-1]
        kw = {k.arg: k.value for k in call.keywords}
        if None in kw:
            raise Unsupported("**kwargs in a parameter")
        known = {"default", "space", "optimize", "load", "decimals", "low", "high", "categories"}
        extra = set(kw) - known
        if extra:
            raise Unsupported("%s argument %s is not supported" % (kind, ", ".join(sorted(extra))))
        space = literal(kw["space"]) if "space" in kw else None
        optimize = literal(kw["optimize"]) if "optimize" in kw else True
        load = literal(kw["load"]) if "load" in kw else True
        if not isinstance(optimize, bool) or not isinstance(load, bool):
            raise Unsupported("optimize and load must be True or False")
        tail = "%s, %s, %s" % ("null" if space is None else java_string(space), "true" if optimize else "false",
                               "true" if load else "false")
        args = [literal(a) for a in call.args]
        for name_kw in ("low", "high", "categories"):
            if name_kw in kw:
                args.append(literal(kw[name_kw]))
        if "default" not in kw and kind not in ("CategoricalParameter", "BooleanParameter"):
            raise Unsupported(kind + " without default=")
        default = literal(kw["default"]) if "default" in kw else None
        java = field_name(name)
        if kind in ("IntParameter", "DecimalParameter", "RealParameter"):
            if len(args) == 1 and isinstance(args[0], (list, tuple)) and len(args[0]) == 2:
                args = list(args[0])
            if len(args) != 2:
                raise Unsupported(kind + " needs low and high")
            low, high = args
            if kind == "IntParameter":
                if not all(isinstance(x, int) and not isinstance(x, bool) for x in (low, high, default)):
                    raise Unsupported("IntParameter with a non-integer bound or default")
                self.fields.append("    final IntParameter %s = new IntParameter(%d, %d, %d, %s);" % (
                    java, low, high, default, tail))
                value_kind = INT
            elif kind == "DecimalParameter":
                decimals = literal(kw["decimals"]) if "decimals" in kw else 3
                self.fields.append("    final DecimalParameter %s = new DecimalParameter(%s, %s, %s, %d, %s);" % (
                    java, java_double(low), java_double(high), java_double(default), decimals, tail))
                value_kind = DOUBLE
            else:
                self.fields.append("    final RealParameter %s = new RealParameter(%s, %s, %s, %s);" % (
                    java, java_double(low), java_double(high), java_double(default), tail))
                value_kind = DOUBLE
        elif kind == "CategoricalParameter":
            if len(args) != 1 or not isinstance(args[0], (list, tuple)):
                raise Unsupported("CategoricalParameter needs a list of categories")
            categories = list(args[0])
            if all(isinstance(c, str) for c in categories):
                value_kind, type_name, conv = STR, "String", java_string
            elif all(isinstance(c, int) and not isinstance(c, bool) for c in categories):
                value_kind, type_name, conv = INT, "Integer", str
            elif all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in categories):
                value_kind, type_name, conv = DOUBLE, "Double", java_double
            elif all(isinstance(c, bool) for c in categories):
                value_kind, type_name, conv = BOOL, "Boolean", lambda b: "true" if b else "false"
            else:
                raise Unsupported("CategoricalParameter categories of mixed or unsupported types")
            self.imports.add("java.util.List")
            self.fields.append(
                "    final CategoricalParameter<%s> %s = new CategoricalParameter<>(List.of(%s), %s, %s);" % (
                    type_name, java, ", ".join(conv(c) for c in categories),
                    "null" if default is None else conv(default), tail))
        elif kind == "BooleanParameter":
            if args:
                raise Unsupported("BooleanParameter takes keywords only")
            if not isinstance(default, bool):
                raise Unsupported("BooleanParameter needs default=True or False")
            self.fields.append("    final BooleanParameter %s = new BooleanParameter(%s, %s);" % (
                java, "true" if default else "false", tail))
            value_kind = BOOL
        else:
            raise Unsupported("unknown parameter class " + kind)
        self.imports.add("io.hyperjet.worker.strategy." + kind)
        self.params[name] = (java, value_kind, kind)

    # ---------------------------------------------------------------- methods
    def method(self, fn):
        name = fn.name
        args = [a.arg for a in fn.args.args]
        if name == "informative_pairs":
            return self.informative_pairs(fn)
        if name == "protections":
            return self.protections(fn)
        phases = {"populate_indicators": "populateIndicators", "populate_entry_trend": "populateEntryTrend",
                  "populate_exit_trend": "populateExitTrend", "populate_buy_trend": "populateEntryTrend",
                  "populate_sell_trend": "populateExitTrend"}
        helper = name in self.decorated and len(args) == 3
        if not helper and (name not in phases or len(args) != 3 or fn.decorator_list):
            out = []
            reason = "decorator other than @informative(timeframe[, asset][, ffill=]) on a pair without braces" \
                if fn.decorator_list else "method %s is not converted (callbacks stay in Python)" % name
            self.problem(fn, reason, out, "    ")
            return out
        scope = Scope(args[1], args[2])
        scope.legacy = name in ("populate_buy_trend", "populate_sell_trend")
        body = self.informative_merges("        ") if name == "populate_indicators" else []
        self.block(fn.body, scope, body, "        ", top=True)
        if helper:
            return ["    /* @informative: indicators of the informative candles, merged in populateIndicators. */",
                    "    private void %s(final DataFrame df, final Metadata md)" % camel(name), "    {"] + body + ["    }"]
        out = ["    @Override",
               "    protected void %s(final DataFrame df, final Metadata md)" % phases[name],
               "    {"] + body + ["    }"]
        return out

    def protections(self, fn):
        """@property protections returning a list of dicts of constants and parameter values: protections()."""
        out = []
        if not (len(fn.decorator_list) == 1 and isinstance(fn.decorator_list[0], ast.Name)
                and fn.decorator_list[0].id == "property"):
            self.problem(fn, "protections must be a @property without other decorators", out, "    ")
            return out
        body = [s for s in fn.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or \
                not isinstance(body[0].value, (ast.List, ast.Tuple)):
            self.problem(fn, "protections must be one return of a list of dicts", out, "    ")
            return out
        scope = Scope("dataframe", "metadata")
        entries = []
        for item in body[0].value.elts:
            try:
                entries.append(self.protection(item, scope))
            except Unsupported as e:
                self.problem(item, "protection entry: %s" % e, out, "    ")
                return out
        self.imports.update(("java.util.List", "java.util.Map"))
        out += ["    @Override", "    protected List<Map<String, Object>> protections()", "    {"]
        if not entries:
            return out + ["        return List.of();", "    }"]
        out.append("        return List.of(")
        out += ["            %s%s" % (e, "," if i < len(entries) - 1 else ");") for i, e in enumerate(entries)]
        return out + ["    }"]

    def protection(self, node, scope):
        if not isinstance(node, ast.Dict) or any(not isinstance(k, ast.Constant) or not isinstance(k.value, str)
                                                 for k in node.keys):
            raise Unsupported("not a dict with string keys: " + ast.unparse(node))
        values = dict(zip((k.value for k in node.keys), node.values))
        method = values.pop("method", None)
        if not isinstance(method, ast.Constant) or not isinstance(method.value, str):
            raise Unsupported("no constant \"method\"")
        args = [java_string(method.value)]
        for key, value in values.items():
            args += [java_string(key), self.expr(value, scope)[0]]
        return "protection(%s)" % ", ".join(args)

    def informative_pairs(self, fn):
        out = ["    @Override", "    protected List<PairTimeframe> informativePairs()", "    {"]
        self.imports.add("java.util.List")
        body = [s for s in fn.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))] \
            if fn is not None else [ast.Return(ast.List([], ast.Load()))]
        pairs = None
        if len(body) == 1 and isinstance(body[0], ast.Return):
            try:
                pairs = literal(body[0].value)
            except Unsupported:
                pairs = None
        if not isinstance(pairs, (list, tuple)) or not all(
                isinstance(p, (list, tuple)) and len(p) >= 2 and all(isinstance(x, str) for x in p[:2])
                for p in pairs):
            self.problem(fn, "informative_pairs must return a constant list of (pair, timeframe)", out, "        ")
            out += ["        return List.of();", "    }"]
            return out
        for p in pairs:
            if len(p) > 2:
                self.note(fn, "candle type %r of informative pair %s ignored: Hyperjet loads spot candles" % (
                    p[2], p[0]))
        self.uses_informative = True
        listed = ", ".join("PairTimeframe.of(%s, %s)" % (java_string(p[0]), java_string(p[1])) for p in pairs)
        if not self.decorated:
            out.append("        return List.of(%s);" % listed)
            out.append("    }")
            return out
        # @informative methods add their pairs: the whitelist's own pair at that timeframe, or the asset
        self.imports.add("java.util.ArrayList")
        out.append("        final List<PairTimeframe> pairs = new ArrayList<>(List.of(%s));" % listed)
        for name in sorted(self.decorated):
            for timeframe, asset, _ in self.decorated[name]:
                if asset:
                    out.append("        pairs.add(PairTimeframe.of(%s, %s));" % (java_string(asset),
                                                                                java_string(timeframe)))
                else:
                    out += ["        for (final String pair : dp.currentWhitelist())", "        {",
                            "            pairs.add(PairTimeframe.of(pair, %s));" % java_string(timeframe), "        }"]
        out += ["        return pairs;", "    }"]
        return out

    def block(self, statements, scope, out, indent, top=False):
        for i, stmt in enumerate(statements):
            if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                continue
            if isinstance(stmt, ast.Return):
                if top and i == len(statements) - 1 and stmt.value is not None and \
                        isinstance(stmt.value, ast.Name) and stmt.value.id == scope.frame_name:
                    continue
                self.problem(stmt, "return other than the frame at the end", out, indent)
                continue
            before = len(out)
            try:
                self.statement(stmt, scope, out, indent)
            except Unsupported as ex:
                del out[before:]
                self.forget_targets(stmt, scope, ex)
                self.problem(stmt, str(ex), out, indent)
            except Exception as ex:  # a gap in the converter itself: this line is listed, the rest still converts
                del out[before:]
                self.forget_targets(stmt, scope, ex)
                self.problem(stmt, "converter error %s: %s" % (type(ex).__name__, ex), out, indent)

    def forget_targets(self, stmt, scope, ex):
        for node in ast.walk(stmt):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and node.id != scope.frame_name:
                scope.locals.pop(node.id, None)
                scope.missing[node.id] = stmt.lineno

    def statement(self, stmt, scope, out, indent):
        if isinstance(stmt, ast.Assign):
            if len(stmt.targets) != 1:
                raise Unsupported("chained assignment")
            self.assign(stmt.targets[0], stmt.value, scope, out, indent)
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            self.assign(stmt.target, stmt.value, scope, out, indent)
        elif isinstance(stmt, ast.For):
            self.for_loop(stmt, scope, out, indent)
        elif isinstance(stmt, ast.If):
            self.if_statement(stmt, scope, out, indent)
        elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and \
                isinstance(stmt.value.func, ast.Attribute) and stmt.value.func.attr == "append" and \
                isinstance(stmt.value.func.value, ast.Name):
            target = stmt.value.func.value.id
            kind = self.local_kind(target, scope)
            if kind != MASKS or len(stmt.value.args) != 1:
                raise Unsupported("append to something other than a list of conditions")
            code, k = self.expr(stmt.value.args[0], scope)
            if k != MASK:
                raise Unsupported("appended value is not a condition")
            out.append("%s%s.add(%s);" % (indent, scope.locals[target][0], code))
        elif isinstance(stmt, ast.Pass):
            pass
        else:
            raise Unsupported("statement %s is not in the converted subset" % type(stmt).__name__)

    def local_kind(self, name, scope):
        if name in scope.missing:
            raise Missing("uses %s, whose line %d was not converted" % (name, scope.missing[name]))
        if name not in scope.locals:
            return None
        return scope.locals[name][1]

    def assign(self, target, value, scope, out, indent):
        if isinstance(target, ast.Subscript) and self.is_frame(target.value, scope):
            frame = self.frame_code(target.value, scope)
            column = self.column_name(target.slice, scope)
            code, kind = self.expr(value, scope)
            if kind == MASK:
                raise Unsupported("storing a condition as a column")
            if kind == STR and column in TAG_COLUMNS:
                # Freqtrade strategies often start a phase with `dataframe['enter_tag'] = ''`: an empty tag is no tag,
                # and tags start empty in each phase, so it changes nothing until a tag has been set
                # (at the method's top level only: in a loop it would clear the tags of the turns before)
                if literal(value) != "" or getattr(scope, "tags_set", False) or len(indent) != 8:
                    raise Unsupported("a tag set on every row (only '' before any tag is set, outside loops and "
                                      "conditions, converts)")
                out.append("%s// %s: tags start empty in each phase" % (indent, ast.unparse(target) + " = ''"))
                self.note(value, "%s = '' kept as a comment: tags start empty in each phase" % ast.unparse(target))
                return
            if kind in NUMBER:
                code = widen(code, kind)
            elif kind != SERIES:
                raise Unsupported("a column can hold a series or a number, not a %s" % kind)
            out.append("%s%s.set(%s, %s);" % (indent, frame, column, code))
            return
        if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Attribute) and \
                target.value.attr == "loc" and self.is_frame(target.value.value, scope):
            self.loc_assign(target, value, scope, out, indent)
            return
        if isinstance(target, ast.Name):
            name = target.id
            if name == scope.frame_name:
                self.frame_rebind(value, scope, out, indent)
                return
            if isinstance(value, ast.List):
                items = [self.expr(e, scope) for e in value.elts]
                if any(k != MASK for _, k in items):
                    raise Unsupported("a list of something other than conditions")
                self.imports.update({"java.util.List", "java.util.ArrayList"})
                java = self.declare(name, MASKS, scope)
                init = "new ArrayList<>(List.of(%s))" % ", ".join(c for c, _ in items) if items else \
                    "new ArrayList<>()"
                out.append("%sfinal List<Mask> %s = %s;" % (indent, java, init))
                return
            code, kind = self.expr(value, scope)
            if kind is None:
                raise Unsupported("cannot tell the type of " + ast.unparse(value))
            java = self.declare(name, kind, scope)
            out.append("%sfinal var %s = %s;" % (indent, java, code))
            return
        raise Unsupported("assignment target " + ast.unparse(target))

    def declare(self, name, kind, scope):
        if name in scope.locals or name in scope.declared:
            raise Unsupported("variable %s assigned twice (Java locals here are final)" % name)
        java = scope.java_local(name)
        scope.locals[name] = (java, kind)
        scope.declared.add(name)
        scope.missing.pop(name, None)
        return java

    def frame_rebind(self, value, scope, out, indent):
        """`dataframe = merge_informative_pair(dataframe, informative, ...)`: the merged columns join the frame."""
        if isinstance(value, ast.Call) and ast.unparse(value.func).split(".")[-1] in self.merge_names:
            args = list(value.args)
            kw = {k.arg: k.value for k in value.keywords}
            names = ["dataframe", "informative", "timeframe", "timeframe_inf", "ffill"]
            for i, n in enumerate(names):
                if i >= len(args) and n in kw:
                    args.append(kw.pop(n))
            if kw.keys() - {"append_timeframe"} or len(args) < 4:
                raise Unsupported("merge_informative_pair arguments beyond (frame, informative, timeframe, "
                                  "timeframe_inf, ffill)")
            if "append_timeframe" in kw and literal(kw["append_timeframe"]) is not True:
                raise Unsupported("merge_informative_pair with append_timeframe=False")
            if not (isinstance(args[0], ast.Name) and args[0].id == scope.frame_name):
                raise Unsupported("merge into a frame other than the strategy's")
            inf, k = self.expr(args[1], scope)
            if k != FRAME:
                raise Unsupported("informative argument is not a frame")
            tf, k1 = self.expr(args[2], scope)
            tf_inf, k2 = self.expr(args[3], scope)
            if k1 != STR or k2 != STR:
                raise Unsupported("timeframes must be strings")
            ffill = "true"
            if len(args) > 4:
                f = literal(args[4])
                if not isinstance(f, bool):
                    raise Unsupported("ffill must be True or False")
                ffill = "true" if f else "false"
            self.uses_informative = True
            # the merge returns a new frame (the strategy's columns plus the informative ones); the phase's frame
            # takes the new columns
            out += [indent + "{",
                    indent + "    final DataFrame merged = Informative.mergeInformativePair(df, %s, %s, %s, %s);" % (
                        inf, tf, tf_inf, ffill),
                    indent + "    for (final String column : merged.columns())",
                    indent + "    {",
                    indent + "        if (!df.has(column))",
                    indent + "        {",
                    indent + "            df.set(column, merged.get(column));",
                    indent + "        }",
                    indent + "    }",
                    indent + "}"]
            return
        raise Unsupported("the frame is replaced by something other than merge_informative_pair")

    def loc_assign(self, target, value, scope, out, indent):
        index = target.slice
        if not isinstance(index, ast.Tuple) or len(index.elts) != 2:
            raise Unsupported("loc assignment needs [condition, column(s)]")
        cond, columns = index.elts
        if isinstance(cond, ast.Slice) and cond.lower is None and cond.upper is None and cond.step is None:
            # dataframe.loc[:, 'x'] = v is dataframe['x'] = v (for each column when several)
            names = list(columns.elts) if isinstance(columns, (ast.List, ast.Tuple)) else [columns]
            values = list(value.elts) if isinstance(value, (ast.List, ast.Tuple)) and len(names) > 1 else \
                [value] * len(names)
            if len(values) != len(names):
                raise Unsupported("%d columns but %d values" % (len(names), len(values)))
            for name, cell in zip(names, values):
                self.assign(ast.Subscript(value=target.value.value, slice=name, ctx=ast.Store(),
                                          lineno=target.lineno, col_offset=target.col_offset),
                            cell, scope, out, indent)
            return
        mask, kind = self.expr(cond, scope)
        if kind != MASK:
            raise Unsupported("loc row selector is not a condition")
        if isinstance(columns, (ast.List, ast.Tuple)):
            names = [self.signal_column(c, scope) for c in columns.elts]
            if isinstance(value, (ast.List, ast.Tuple)):
                values = list(value.elts)
                if len(values) != len(names):
                    raise Unsupported("%d columns but %d values" % (len(names), len(values)))
            else:
                values = [value] * len(names)
        else:
            names = [self.signal_column(columns, scope)]
            values = [value]
        cells = [self.cell(v, scope) for v in values]
        if any(n in TAG_COLUMNS for n in names):
            scope.tags_set = True
        frame = self.frame_code(target.value.value, scope)
        if len(names) > 1:
            out.append("%s{" % indent)
            out.append("%s    final Mask rows = %s;" % (indent, mask))
            for n, c in zip(names, cells):
                out.append("%s    %s.loc(rows, %s, %s);" % (indent, frame, n, c))
            out.append("%s}" % indent)
        else:
            out.append("%s%s.loc(%s, %s, %s);" % (indent, frame, mask, names[0], cells[0]))

    def signal_column(self, node, scope):
        code = self.column_name(node, scope)
        if getattr(scope, "legacy", False) and isinstance(node, ast.Constant) and node.value in SIGNAL_RENAMES:
            return java_string(SIGNAL_RENAMES[node.value])
        return code

    def cell(self, node, scope):
        code, kind = self.expr(node, scope)
        if kind in NUMBER:
            return widen(code, kind)
        if kind == BOOL:
            return "(%s) ? 1.0 : 0.0" % code
        if kind == STR:
            return code
        raise Unsupported("loc value must be a number or a tag, not a %s" % kind)

    def for_loop(self, stmt, scope, out, indent):
        if stmt.orelse or not isinstance(stmt.target, ast.Name):
            raise Unsupported("for loop with else or unpacking")
        it = stmt.iter
        if isinstance(it, ast.Attribute) and it.attr == "range":
            param = self.param_of(it.value)
            if param is None:
                raise Unsupported("loop over the range of something other than a parameter")
            java, value_kind, _ = param
            iterable = java + ".range()"
        elif isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" and \
                not it.keywords and 1 <= len(it.args) <= 3:
            parts = [self.expr(a, scope) for a in it.args]
            if any(k != INT for _, k in parts):
                raise Unsupported("range() of non-integers")
            start, stop, step = ("0", parts[0][0], "1") if len(parts) == 1 else (
                parts[0][0], parts[1][0], parts[2][0] if len(parts) == 3 else "1")
            if not re.fullmatch(r"\d+", step):
                raise Unsupported("range() with a step that is not a positive constant")
            iterable = None
            value_kind = INT
        elif isinstance(it, (ast.List, ast.Tuple)):
            items = [self.expr(e, scope) for e in it.elts]
            kinds = {k for _, k in items}
            if len(kinds) != 1 or kinds.pop() not in (INT, DOUBLE, STR):
                raise Unsupported("loop over a list of mixed or unsupported values")
            value_kind = items[0][1]
            type_name = {INT: "int", DOUBLE: "double", STR: "String"}[value_kind]
            iterable = "new %s[]{%s}" % (type_name, ", ".join(c for c, _ in items))
        else:
            raise Unsupported("loop over something other than a parameter's range, range() or a list")
        name = stmt.target.id
        if name in scope.locals:
            raise Unsupported("loop variable %s shadows a variable" % name)
        java = scope.java_local(name)
        scope.locals[name] = (java, value_kind)
        if iterable is None:
            advance = java + "++" if step == "1" else "%s += %s" % (java, step)
            out.append("%sfor (int %s = %s; %s < %s; %s)" % (indent, java, start, java, stop, advance))
        else:
            out.append("%sfor (final var %s : %s)" % (indent, java, iterable))
        out.append(indent + "{")
        declared = set(scope.declared)
        self.block(stmt.body, scope, out, indent + "    ")
        out.append(indent + "}")
        self.leave(scope, declared, [name])

    def leave(self, scope, declared_before, extra):
        for n in list(scope.declared - declared_before) + extra:
            scope.locals.pop(n, None)
        scope.declared = declared_before

    def if_statement(self, stmt, scope, out, indent):
        test = stmt.test
        if isinstance(test, ast.Name) and self.local_kind(test.id, scope) == MASKS:
            code = "!%s.isEmpty()" % scope.locals[test.id][0]
        else:
            code, kind = self.expr(test, scope)
            if kind != BOOL:
                raise Unsupported("if on a %s (only conditions on numbers, parameters and lists)" % kind)
        out.append("%sif (%s)" % (indent, code))
        out.append(indent + "{")
        declared = set(scope.declared)
        self.block(stmt.body, scope, out, indent + "    ")
        self.leave(scope, declared, [])
        out.append(indent + "}")
        if stmt.orelse:
            out.append(indent + "else")
            out.append(indent + "{")
            self.block(stmt.orelse, scope, out, indent + "    ")
            self.leave(scope, declared, [])
            out.append(indent + "}")

    # ---------------------------------------------------------------- expressions
    def is_frame(self, node, scope):
        if isinstance(node, ast.Name):
            if node.id == scope.frame_name:
                return True
            return self.local_kind(node.id, scope) == FRAME
        return False

    def frame_code(self, node, scope):
        return "df" if node.id == scope.frame_name else scope.locals[node.id][0]

    def column_name(self, node, scope):
        code, kind = self.expr(node, scope)
        if kind != STR:
            raise Unsupported("column name is not a string: " + ast.unparse(node))
        return code

    def param_of(self, node):
        """`self.buy_rsi` -> the parameter, else None."""
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self" and \
                node.attr in self.params:
            return self.params[node.attr]
        return None

    def expr(self, node, scope):
        method = getattr(self, "expr_" + type(node).__name__, None)
        if method is None:
            raise Unsupported("expression %s is not in the converted subset" % type(node).__name__)
        return method(node, scope)

    def expr_Constant(self, node, scope):
        v = node.value
        if isinstance(v, bool):
            return ("true" if v else "false"), BOOL
        if isinstance(v, int):
            return str(v), INT
        if isinstance(v, float):
            return java_double(v), DOUBLE
        if isinstance(v, str):
            return java_string(v), STR
        raise Unsupported("constant %r" % (v,))

    def expr_JoinedStr(self, node, scope):
        parts = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(java_string(v.value))
            elif isinstance(v, ast.FormattedValue):
                if v.format_spec is not None or v.conversion not in (-1, None):
                    raise Unsupported("f-string format spec or conversion")
                code, kind = self.expr(v.value, scope)
                if kind == DOUBLE:
                    raise Unsupported("f-string of a float (Python and Java print floats differently)")
                if kind not in (INT, STR, BOOL):
                    raise Unsupported("f-string of a %s" % kind)
                if kind == BOOL:
                    code = '(%s ? "True" : "False")' % code
                parts.append(code)
        if not parts or not parts[0].startswith('"'):
            parts.insert(0, '""')
        return " + ".join(parts), STR

    def expr_Name(self, node, scope):
        name = node.id
        if name == scope.frame_name:
            return "df", FRAME
        kind = self.local_kind(name, scope)
        if kind is not None:
            return scope.locals[name][0], kind
        if name in ("True", "False"):
            return name.lower(), BOOL
        raise Unsupported("unknown name " + name)

    def expr_Attribute(self, node, scope):
        param = self.param_of(node.value)
        if param is not None:
            if node.attr != "value":
                raise Unsupported("parameter attribute ." + node.attr)
            return param[0] + ".value()", param[1]
        if isinstance(node.value, ast.Name) and node.value.id == "self":
            if node.attr == "timeframe":
                return "timeframe", STR
            if node.attr in ATTRIBUTES:
                field, kind = ATTRIBUTES[node.attr]
                return field, kind
            raise Unsupported("self." + node.attr)
        if isinstance(node.value, ast.Name) and node.value.id in self.np_names and node.value.id not in scope.locals:
            if node.attr == "nan":
                return "Double.NaN", DOUBLE
            if node.attr == "inf":
                return "Double.POSITIVE_INFINITY", DOUBLE
        if self.is_frame(node.value, scope):
            if node.attr in ("open", "high", "low", "close", "volume", "date"):
                return "%s.get(%s)" % (self.frame_code(node.value, scope), java_string(node.attr)), SERIES
        raise Unsupported("attribute " + ast.unparse(node))

    def expr_Subscript(self, node, scope):
        if isinstance(node.value, ast.Name) and node.value.id == scope.metadata_name:
            key = literal(node.slice)
            if key == "pair":
                return "md.pair()", STR
            raise Unsupported("metadata[%r]" % (key,))
        frame, kind = self.expr(node.value, scope)
        if kind == FRAME:
            if isinstance(node.slice, (ast.List, ast.Tuple)):
                raise Unsupported("selecting several columns")
            return "%s.get(%s)" % (frame, self.column_name(node.slice, scope)), SERIES
        raise Unsupported("subscript " + ast.unparse(node))

    def expr_UnaryOp(self, node, scope):
        code, kind = self.expr(node.operand, scope)
        if isinstance(node.op, ast.Invert):
            if kind == MASK:
                return code + ".not()", MASK
            raise Unsupported("~ on a %s" % kind)
        if isinstance(node.op, ast.Not):
            if kind == BOOL:
                return "!(%s)" % code, BOOL
            raise Unsupported("not on a %s" % kind)
        if isinstance(node.op, ast.USub):
            if kind == SERIES:
                return code + ".neg()", SERIES
            if kind in NUMBER:
                return "-" + self.paren(code), kind
        if isinstance(node.op, ast.UAdd) and kind in NUMBER + (SERIES,):
            return code, kind
        raise Unsupported("unary operator on a %s" % kind)

    @staticmethod
    def paren(code):
        return code if re.fullmatch(r"[\w.()\"]+", code) and not code.startswith("-") else "(" + code + ")"

    def expr_BinOp(self, node, scope):
        left, lk = self.expr(node.left, scope)
        right, rk = self.expr(node.right, scope)
        op = type(node.op)
        if op in (ast.BitAnd, ast.BitOr):
            if lk == MASK and rk == MASK:
                return "%s.%s(%s)" % (left, "and" if op is ast.BitAnd else "or", right), MASK
            if lk == BOOL and rk == BOOL:
                return "(%s %s %s)" % (left, "&" if op is ast.BitAnd else "|", right), BOOL
            raise Unsupported("& or | between a %s and a %s" % (lk, rk))
        if op in ARITHMETIC:
            method, reverse, infix = ARITHMETIC[op]
            if lk == SERIES and rk in (SERIES,) + NUMBER:
                return "%s.%s(%s)" % (left, method, right), SERIES
            if lk in NUMBER and rk == SERIES:
                return "%s.%s(%s)" % (right, reverse, left), SERIES
            if lk in NUMBER and rk in NUMBER:
                if op is ast.Div:
                    left = as_double(left, lk)
                    return "%s / %s" % (self.paren(left), self.paren(right)), DOUBLE
                kind = INT if lk == INT and rk == INT else DOUBLE
                return "%s %s %s" % (self.paren(left), infix, self.paren(right)), kind
            if op is ast.Add and lk == STR and rk == STR:
                return "%s + %s" % (left, right), STR
        if op is ast.Pow and lk in NUMBER and rk in NUMBER:
            return "Math.pow(%s, %s)" % (left, right), DOUBLE
        raise Unsupported("operator %s between a %s and a %s" % (type(node.op).__name__, lk, rk))

    def expr_BoolOp(self, node, scope):
        parts = [self.expr(v, scope) for v in node.values]
        if any(k != BOOL for _, k in parts):
            raise Unsupported("and/or between non-booleans (use & and | for conditions)")
        joiner = " && " if isinstance(node.op, ast.And) else " || "
        return "(" + joiner.join(c for c, _ in parts) + ")", BOOL

    def expr_Compare(self, node, scope):
        terms = [node.left] + list(node.comparators)
        results = []
        for op, a, b in zip(node.ops, terms, terms[1:]):
            results.append(self.compare(op, a, b, scope))
        if any(k == MASK for _, k in results):
            if len(results) > 1:
                raise Unsupported("chained comparison of columns (pandas raises on it: use & between comparisons)")
            return results[0]
        if len(results) == 1:
            return results[0][0], BOOL
        return "(" + " && ".join(c for c, _ in results) + ")", BOOL

    def compare(self, op, a, b, scope):
        if type(op) not in COMPARE:
            raise Unsupported("comparison %s" % type(op).__name__)
        method, flipped, infix = COMPARE[type(op)]
        left, lk = self.expr(a, scope)
        right, rk = self.expr(b, scope)
        if lk == SERIES and rk in (SERIES,) + NUMBER:
            return "%s.%s(%s)" % (left, method, right), MASK
        if lk in NUMBER and rk == SERIES:
            return "%s.%s(%s)" % (right, flipped, left), MASK
        if lk in NUMBER and rk in NUMBER or lk == BOOL and rk == BOOL and infix in ("==", "!="):
            return "%s %s %s" % (self.paren(left), infix, self.paren(right)), BOOL
        if lk == STR and rk == STR and infix in ("==", "!="):
            return ("" if infix == "==" else "!") + "%s.equals(%s)" % (left, right), BOOL
        raise Unsupported("comparison between a %s and a %s" % (lk, rk))

    def expr_Call(self, node, scope):
        func = node.func
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            raise Unsupported("*args or **kwargs in a call")
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            owner = func.value.id
            if owner in self.ta_names and owner not in scope.locals:
                return self.ta_call(func.attr, node, scope)
            if owner in self.qtpylib_names and owner not in scope.locals:
                return self.qtpylib_call(func.attr, node, scope)
            if owner in self.np_names and owner not in scope.locals:
                return self.numpy_call(func.attr, node, scope)
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Attribute) and \
                isinstance(func.value.value, ast.Name) and func.value.value.id == "self" and func.value.attr == "dp":
            return self.dp_call(func.attr, node, scope)
        if isinstance(func, ast.Name):
            if func.id in self.reduce_names:
                return self.reduce_call(node, scope)
            if func.id == "abs" and len(node.args) == 1:
                code, kind = self.expr(node.args[0], scope)
                if kind == SERIES:
                    return code + ".abs()", SERIES
                if kind in NUMBER:
                    return "Math.abs(%s)" % code, kind
            if func.id in ("int", "float") and len(node.args) == 1:
                code, kind = self.expr(node.args[0], scope)
                if kind in NUMBER:
                    return ("(int) " if func.id == "int" else "(double) ") + self.paren(code), \
                        INT if func.id == "int" else DOUBLE
        if isinstance(func, ast.Attribute):
            return self.method_call(func, node, scope)
        raise Unsupported("call of " + ast.unparse(func))

    def bind_args(self, node, signature, what):
        """Positional and keyword arguments against [(name, default, kind)]: the argument nodes or defaults."""
        if len(node.args) > len(signature):
            raise Unsupported("too many arguments to " + what)
        bound = {}
        for (name, _, _), a in zip(signature, node.args):
            bound[name] = a
        for k in node.keywords:
            names = [s[0] for s in signature]
            if k.arg not in names:
                raise Unsupported("%s has no argument %s here" % (what, k.arg))
            bound[k.arg] = k.value
        values = []
        for name, default, kind in signature:
            if name in bound:
                values.append((bound[name], kind))
            elif default is REQUIRED:
                raise Unsupported("%s needs %s" % (what, name))
            elif default is None:
                values.append(None)
            else:
                values.append((ast.Constant(default), kind))
        # an optional argument left out stays out (Java has the shorter overload), unless a later one is given
        while values and values[-1] is None:
            values.pop()
        if None in values:
            raise Unsupported("%s: give the arguments before %s too" % (what, signature[values.index(None)][0]))
        return values

    def typed_args(self, values, scope, what):
        codes = []
        for arg, kind in values:
            code, k = self.expr(arg, scope)
            if kind == DOUBLE and k in NUMBER:
                code = widen(code, k)
            elif kind == INT and k == INT or kind == BOOL and k == BOOL:
                pass
            elif kind in (SERIES, FRAME, STR) and k == kind:
                pass
            elif kind is None and k in (SERIES,) + NUMBER:
                if k == INT:
                    code = widen(code, k)
            else:
                raise Unsupported("%s: argument %s is a %s" % (what, ast.unparse(arg), k))
            codes.append(code)
        return codes

    def ta_call(self, name, node, scope):
        spec = self.ta_functions.get(name) if self.ta_functions is not None else None
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name) or self.ta_functions is not None and spec is None:
            raise Unsupported("ta.%s is not a TA-Lib function" % name)
        args = []
        numbers = 0
        for a in node.args:
            code, kind = self.expr(a, scope)
            if kind not in (FRAME, SERIES) + NUMBER:
                raise Unsupported("ta.%s argument of kind %s" % (name, kind))
            if kind in NUMBER:
                numbers += 1
                if spec is not None and numbers > len(spec["options"]):
                    # talib.abstract ignores positional parameters beyond the function's own
                    self.note(node, "ta.%s: positional parameter %d dropped (%s takes %d: %s), as talib.abstract "
                              "ignores it" % (name, numbers, name, len(spec["options"]), ", ".join(spec["options"])))
                    continue
            args.append(code)
        for k in node.keywords:
            if spec is not None and k.arg not in spec["options"] and k.arg not in ("price", "price0", "price1",
                                                                                   "periods"):
                raise Unsupported("ta.%s has no parameter %s" % (name, k.arg))
            code, kind = self.expr(k.value, scope)
            if kind not in NUMBER + (STR,):
                raise Unsupported("ta.%s keyword %s is a %s" % (name, k.arg, kind))
            args.append(java_string(k.arg))
            args.append(code)
        multi = spec["outputs"] > 1 if spec is not None else name in TA_MULTI
        return "ta.%s(%s)" % (name, ", ".join(args)), FRAME if multi else SERIES

    def qtpylib_call(self, name, node, scope):
        if name == "zlma":
            name, node = self.zlma_kind(node)
        if name not in QTPYLIB:
            raise Unsupported("qtpylib.%s is not converted" % name)
        if name == "session":
            self.note(node, "qtpylib.session reads a DatetimeIndex in Python (Freqtrade's dataframe has a plain "
                            "index, where the call fails); the Java one reads the date column")
        java, result, signature = QTPYLIB[name]
        values = self.bind_args(node, signature, "qtpylib." + name)
        return "qtpylib.%s(%s)" % (java, ", ".join(self.typed_args(values, scope, "qtpylib." + name))), result

    @staticmethod
    def zlma_kind(node):
        """qtpylib.zlma(series, window=20, min_periods=None, kind="ema") as the zero-lag function its kind names."""
        args = list(node.args)
        keywords = [k for k in node.keywords if k.arg != "kind"]
        kind = next((k.value for k in node.keywords if k.arg == "kind"), args.pop(3) if len(args) > 3 else None)
        kind = "ema" if kind is None else literal(kind)
        if not isinstance(kind, str):
            raise Unsupported("qtpylib.zlma with a kind other than a string literal")
        if len(args) < 2 and not any(k.arg == "window" for k in keywords):
            keywords.append(ast.keyword(arg="window", value=ast.Constant(20)))
        name = {"ema": "zlema", "ewm": "zlema", "hma": "zlhma"}.get(kind, "zlsma")
        if name == "zlsma" and len(args) < 3 and not any(k.arg == "min_periods" for k in keywords):
            raise Unsupported("qtpylib.zlma(kind=%r) needs min_periods: without it pandas refuses the window" % kind)
        return name, ast.Call(func=node.func, args=args, keywords=keywords, lineno=node.lineno,
                              col_offset=node.col_offset)

    def numpy_call(self, name, node, scope):
        if name in ("maximum", "minimum", "fmax", "fmin") and len(node.args) == 2 and not node.keywords and \
                name in ("maximum", "minimum"):
            a, ak = self.expr(node.args[0], scope)
            b, bk = self.expr(node.args[1], scope)
            if ak == SERIES and bk == SERIES:
                return "Series.%s(%s, %s)" % ("max" if name == "maximum" else "min", a, b), SERIES
            raise Unsupported("np.%s of a %s and a %s" % (name, ak, bk))
        if name == "where" and len(node.args) == 3 and not node.keywords:
            cond, ck = self.expr(node.args[0], scope)
            a, ak = self.expr(node.args[1], scope)
            b, bk = self.expr(node.args[2], scope)
            if ck != MASK:
                raise Unsupported("np.where on a %s" % ck)
            if ak == SERIES and bk in (SERIES,) + NUMBER:
                return "%s.where(%s, %s)" % (a, cond, widen(b, bk) if bk == INT else b), SERIES
            if ak in NUMBER and bk == SERIES:
                return "%s.where(%s.not(), %s)" % (b, cond, widen(a, ak) if ak == INT else a), SERIES
            if ak in NUMBER and bk in NUMBER:
                return "Series.where(%s, %s, %s)" % (cond, widen(a, ak), widen(b, bk)), SERIES
            raise Unsupported("np.where of a %s and a %s" % (ak, bk))
        raise Unsupported("np.%s is not converted" % name)

    def dp_call(self, name, node, scope):
        if name == "get_pair_dataframe":
            values = self.bind_args(node, [("pair", REQUIRED, STR), ("timeframe", REQUIRED, STR),
                                           ("candle_type", "", STR)], "dp.get_pair_dataframe")
            codes = []
            for arg, _ in values[:2]:
                code, kind = self.expr(arg, scope)
                if kind != STR:
                    raise Unsupported("dp.get_pair_dataframe argument %s is not a string" % ast.unparse(arg))
                codes.append(code)
            if literal(values[2][0]) not in ("", "spot"):
                raise Unsupported("dp.get_pair_dataframe candle_type other than spot")
            self.uses_informative = True
            return "dp.getPairDataframe(%s, %s)" % tuple(codes), FRAME
        raise Unsupported("self.dp.%s is not converted" % name)

    def reduce_call(self, node, scope):
        if len(node.args) != 2 or not isinstance(node.args[0], ast.Lambda):
            raise Unsupported("reduce other than reduce(lambda x, y: x & y, conditions)")
        fn = node.args[0]
        params = [a.arg for a in fn.args.args]
        body = fn.body
        if len(params) != 2 or not isinstance(body, ast.BinOp) or type(body.op) not in (ast.BitAnd, ast.BitOr) or \
                [ast.unparse(body.left), ast.unparse(body.right)] != params:
            raise Unsupported("reduce with a lambda other than x & y or x | y")
        code, kind = self.expr(node.args[1], scope)
        if kind != MASKS:
            raise Unsupported("reduce over something other than a list of conditions")
        return "%s.stream().reduce(Mask::%s).orElseThrow()" % (
            code, "and" if isinstance(body.op, ast.BitAnd) else "or"), MASK

    def method_call(self, func, node, scope):
        name = func.attr
        target = func.value
        # series.rolling(n).mean() and series.ewm(span=n, adjust=...).mean()
        if isinstance(target, ast.Call) and isinstance(target.func, ast.Attribute) and \
                target.func.attr in ("rolling", "ewm"):
            base, bk = self.expr(target.func.value, scope)
            if bk != SERIES:
                raise Unsupported("%s on a %s" % (target.func.attr, bk))
            if node.args or node.keywords:
                raise Unsupported("arguments to .%s()" % name)
            if target.func.attr == "rolling":
                bound = self.bind_args(target, [("window", REQUIRED, INT), ("min_periods", None, INT)], "rolling")
                sizes = []
                for arg, _ in bound:
                    code, k = self.expr(arg, scope)
                    if k != INT:
                        raise Unsupported("rolling window or min_periods is not an integer")
                    sizes.append(code)
                if name not in ROLLING_METHODS:
                    raise Unsupported("rolling().%s()" % name)
                return "%s.rolling(%s).%s()" % (base, ", ".join(sizes), name), SERIES
            kw = {k.arg: k.value for k in target.keywords}
            if target.args or set(kw) - {"span", "adjust", "min_periods"} or "span" not in kw or name != "mean":
                raise Unsupported("ewm other than ewm(span=..., adjust=..., min_periods=...).mean()")
            span, sk = self.expr(kw["span"], scope)
            if sk not in NUMBER:
                raise Unsupported("ewm span is not a number")
            adjust = literal(kw["adjust"]) if "adjust" in kw else True
            if not isinstance(adjust, bool):
                raise Unsupported("ewm adjust must be True or False")
            least = ""
            if "min_periods" in kw:
                m, mk = self.expr(kw["min_periods"], scope)
                if mk != INT:
                    raise Unsupported("ewm min_periods is not an integer")
                least = ".minPeriods(%s)" % m
            return "%s.ewm(%s, %s)%s.mean()" % (base, widen(span, sk), "true" if adjust else "false", least), SERIES
        if name in ("isna", "isnull", "notna", "notnull") and not node.args and not node.keywords:
            base, bk = self.expr(target, scope)
            if bk != SERIES:
                raise Unsupported(".%s() on a %s" % (name, bk))
            # NaN is the only value unequal to itself, as in pandas
            return "%s.%s(%s)" % (base, "ne" if name.startswith("is") else "eq", base), MASK
        if name in SERIES_METHODS:
            base, bk = self.expr(target, scope)
            if bk != SERIES:
                raise Unsupported(".%s() on a %s" % (name, bk))
            java, result, signature = SERIES_METHODS[name]
            values = self.bind_args(node, signature, "." + name)
            codes = []
            for (arg, kind) in values:
                code, k = self.expr(arg, scope)
                if kind == MASK and k == MASK or kind == INT and k == INT:
                    pass
                elif kind in (DOUBLE, None) and k in NUMBER:
                    code = widen(code, k)
                elif kind is None and k == SERIES:
                    pass
                else:
                    raise Unsupported(".%s() argument %s is a %s" % (name, ast.unparse(arg), k))
                codes.append(code)
            return "%s.%s(%s)" % (base, java, ", ".join(codes)), result
        if name in ("mean", "sum", "max", "min", "std", "iloc", "rolling", "ewm"):
            raise Unsupported(".%s() outside rolling()/ewm() (a whole-column reduction)" % name)
        raise Unsupported("method ." + name + "()")

    # ---------------------------------------------------------------- output
    def render(self, class_name, bodies):
        # the frame packages by wildcard: Metadata and the informative types may be nested or top-level
        imports = ["io.hyperjet.worker.frame.*"] + sorted(self.imports)
        if self.uses_informative:
            imports.append("io.hyperjet.worker.frame.informative.*")
        out = ["// Converted from %s by hyperjet convert-strategy." % self.path.split("/")[-1]]
        if self.problems:
            out.append("// %d line(s) were not converted: see the TODO comments." % len(self.problems))
        out.append("")
        java_imports = sorted(i for i in imports if i.startswith("java."))
        other = sorted(set(i for i in imports if not i.startswith("java.")))
        out += ["import %s;" % i for i in sorted(set(java_imports))]
        if java_imports:
            out.append("")
        out += ["import %s;" % i for i in other]
        out += ["",
                "public final class %s extends FrameStrategy" % class_name, "{"]
        out += self.fields
        if self.fields:
            out.append("")
        out += ["    public %s()" % class_name, "    {"] + self.ctor + ["    }"]
        for body in bodies:
            out.append("")
            out += body
        out.append("}")
        return "\n".join(wrapped for line in out for wrapped in wrap(line)) + "\n"


def wrap(line, width=120):
    """Breaks a long line before the outermost .and( / .or( calls of a condition chain."""
    if len(line) <= width or line.lstrip().startswith("//"):
        return [line]
    depth, quoted, cuts = 0, False, []
    for i, c in enumerate(line):
        if c == '"' and (i == 0 or line[i - 1] != "\\"):
            quoted = not quoted
        elif quoted:
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "." and (line.startswith(".and(", i) or line.startswith(".or(", i)):
            cuts.append((depth, i))
    if not cuts:
        return [line]
    top = min(d for d, _ in cuts)
    positions = [i for d, i in cuts if d == top]
    indent = " " * (len(line) - len(line.lstrip()) + 8)
    parts, last = [], 0
    for i in positions:
        parts.append(line[last:i].rstrip())
        last = i
    parts.append(line[last:])
    return [parts[0]] + [indent + p for p in parts[1:]]


def main(argv):
    if len(argv) not in (2, 3):
        sys.stderr.write("usage: convert_strategy.py STRATEGY.py [TA_FUNCTIONS_JSON]\n")
        return 2
    # name -> {"options": [parameter names in order], "outputs": count}, from Hyperjet's Ta
    ta_functions = json.loads(argv[2]) if len(argv) == 3 else None
    path = argv[1]
    if sys.version_info < (3, 9):
        # ast.unparse, used for messages and comments, came with 3.9
        sys.stderr.write("%s: convert-strategy needs python 3.9 or newer, %s is %d.%d; pass another with --python\n"
                         % (path, sys.executable, sys.version_info[0], sys.version_info[1]))
        return 2
    try:
        with open(path, encoding="utf-8") as f:
            source = f.read()
    except (OSError, UnicodeDecodeError) as ex:
        sys.stderr.write("%s: cannot read: %s\n" % (path, getattr(ex, "strerror", None) or ex))
        return 2
    converter = Converter(source, path, ta_functions)
    try:
        class_name, java = converter.convert()
    except SyntaxError as ex:
        sys.stderr.write("%s: Python syntax error at line %s: %s\n" % (path, ex.lineno, ex.msg))
        return 2
    json.dump({"className": class_name, "java": java, "problems": converter.problems, "notes": converter.notes},
              sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
