"""Dates as minutes, ModernGov and users write them, turned into ISO dates.

>>> to_iso("2", "October", "2018"), uk_date_to_iso("10/02/2026"), is_iso_date("2023-07-27")
('2018-10-02', '2026-02-10', True)
"""

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}


def to_iso(day: str, month: str, year: str) -> str | None:
    """ISO date from day, month (number or name, full or short) and year; None when impossible."""
    if month.isdigit():
        number = int(month)
    else:
        number = next((n for name, n in MONTHS.items() if name.startswith(month.lower()[:3])), 0)
    try:
        return date(int(year), number, int(day)).isoformat()
    except ValueError:
        return None


def uk_date_to_iso(value: str) -> str | None:
    """``10/02/2026`` → ``2026-02-10``; None when it is not such a date."""
    match = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*", value or "")
    return to_iso(*match.groups()) if match else None


def is_iso_date(value: str) -> bool:
    """Whether ``value`` is a date written YYYY-MM-DD."""
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
