"""Stand-in of freqtrade.optimize.hyperopt_tools: the process-wide hyperopt state (python-strategies.md 5.5)."""
from freqtrade.enums import HyperoptState


class HyperoptStateContainer:
    state = HyperoptState.OPTIMIZE

    @classmethod
    def set_state(cls, value):
        cls.state = value
