"""Date expressions in Arabic news text: span finding and resolution against the publication date."""

from marsad.dates.find import find_dates

__all__ = ["find_dates"]
