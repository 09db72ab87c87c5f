"""Dates as minutes, ModernGov and users write them, turned into ISO dates.

>>> to_iso("2", "October", "2018"), uk_date_to_iso("10/02/2026"), is_iso_date("2023-07-27")
('2018-10-02', '2026-02-10', True)
>>> find_dates("held on Thursday, 15th September, 2005 and 4 Mayor's Announcements on 02/06/2015")
[(8, '2005-09-15'), (70, '2015-06-02')]
"""

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}


MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])")
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# ``Thursday, 15th September, 2005``, ``20 th SEPTEMBER 2017``, ``on16 May 2023``: day, month, year groups
LONG_DATE = (rf"(?i:(?:{WEEKDAY},?\s+)?(?:the\s+)?(\d{{1,2}})\s?(?:st|nd|rd|th)?,?\s+(?:of\s+)?({MONTH})\.?,?\s+"
             rf"(\d{{4}}))")
UK_DATE = r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})"
_ANY_DATE = re.compile(rf"(?<!\d){LONG_DATE}|(?<![\d/.]){UK_DATE}(?![\d/])")


def find_dates(text: str) -> list[tuple[int, str]]:
    """(offset, ISO date) of every date written in ``text``, in order."""
    found = []
    for match in _ANY_DATE.finditer(text):
        groups = match.groups()
        iso = to_iso(*groups[:3]) if groups[0] else to_iso(*groups[3:])
        if iso:
            found.append((match.start(), iso))
    return found


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
