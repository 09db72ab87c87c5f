"""The language of a piece of minutes text: English, or Welsh where a Welsh council writes it.

Welsh councils publish in Welsh and bilingually, so every quote and title is judged on its
own. Text with no Welsh function word is English without further ado (cheap, and nearly all
text); the rest is judged by ``langdetect`` (a port of Google's language-detection
profiles, Apache 2.0), seeded so that a text is always judged alike.
"""

import re
from functools import cache

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

_WELSH_WORDS = re.compile(r"(?i)(?<![\w’'])(?:yr|y|a’r|a'r|i’r|i'r|o’r|o'r|yn|ac|gan|mae|bod|wedi|gyda|ei|eu|"
                          r"cyngor|cyfarfod|cynghorydd|cynghorwyr|penderfynwyd|cofnodion|ymddiheuriadau|"
                          r"adroddiad|hefyd|ond|neu|dros)(?![\w’'])")
_ENOUGH = 2  # Welsh function words before the detector is asked


@cache
def _seeded() -> None:
    DetectorFactory.seed = 0


def language_of(text: str) -> str:
    """``cy`` for Welsh text, else ``en``."""
    sample = text[:2000]
    if len(_WELSH_WORDS.findall(sample)) < _ENOUGH:
        return "en"
    _seeded()
    try:
        found = detect_langs(sample)
    except LangDetectException:  # text with no letters to judge
        return "en"
    return "cy" if found and found[0].lang == "cy" and found[0].prob >= 0.7 else "en"
