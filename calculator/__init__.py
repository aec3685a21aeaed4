"""Defence Budget What-If Calculator. Importing this package imports no Qt."""

__version__ = "0.1.0"
