"""Stand-in of Freqtrade's hyperoptable parameter classes: same constructor signatures, attributes and `.range`
rules (python-strategies.md 5.1, 5.5), written for Hyperjet's tests."""
from collections.abc import Sequence

from freqtrade.enums import HyperoptState
from freqtrade.optimize.hyperopt_tools import HyperoptStateContainer


class BaseParameter:
    in_space = False

    def __init__(self, *, default, space=None, optimize=True, load=True, **kwargs):
        if "name" in kwargs:
            raise ValueError("Name is determined by parameter field name and can not be specified manually.")
        self.category = space
        self._space_params = kwargs
        self.value = default
        self.optimize = optimize
        self.load = load

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.value)

    def can_optimize(self):
        return self.in_space and self.optimize and HyperoptStateContainer.state != HyperoptState.OPTIMIZE


class NumericParameter(BaseParameter):
    def __init__(self, low, high=None, *, default, space=None, optimize=True, load=True, **kwargs):
        if high is not None and isinstance(low, Sequence):
            raise ValueError("%s space invalid." % type(self).__name__)
        if high is None or isinstance(low, Sequence):
            if not isinstance(low, Sequence) or len(low) != 2:
                raise ValueError("%s space must be [low, high]" % type(self).__name__)
            self.low, self.high = low
        else:
            self.low, self.high = low, high
        super().__init__(default=default, space=space, optimize=optimize, load=load, **kwargs)


class IntParameter(NumericParameter):
    @property
    def range(self):
        if self.can_optimize():
            return range(self.low, self.high + 1)
        return range(self.value, self.value + 1)


class RealParameter(NumericParameter):
    pass


class DecimalParameter(NumericParameter):
    def __init__(self, low, high=None, *, default, decimals=3, space=None, optimize=True, load=True, **kwargs):
        self._decimals = decimals
        super().__init__(low, high, default=round(default, decimals), space=space, optimize=optimize, load=load,
                         **kwargs)

    @property
    def range(self):
        if self.can_optimize():
            first = int(self.low * pow(10, self._decimals))
            last = int(self.high * pow(10, self._decimals))
            return [round(k * pow(0.1, self._decimals), self._decimals) for k in range(first, last + 1)]
        return [self.value]


class CategoricalParameter(BaseParameter):
    def __init__(self, categories, *, default=None, space=None, optimize=True, load=True, **kwargs):
        if len(categories) < 2:
            raise ValueError("CategoricalParameter space must be [a, b, ...] (at least two parameters)")
        self.opt_range = categories
        super().__init__(default=default, space=space, optimize=optimize, load=load, **kwargs)

    @property
    def range(self):
        return self.opt_range if self.can_optimize() else [self.value]


class BooleanParameter(CategoricalParameter):
    def __init__(self, *, default=None, space=None, optimize=True, load=True, **kwargs):
        super().__init__([True, False], default=default, space=space, optimize=optimize, load=load, **kwargs)
