"""Test stand-in for the parts of Freqtrade's public interface that strategies import (not Freqtrade's code)."""
__version__ = "2024.10-standin"
