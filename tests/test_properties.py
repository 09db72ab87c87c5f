"""Arbitrary text never crashes or hangs the readers and extractors."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govgraph.errors import InputError
from govgraph.iri import IriMinter
from govgraph.loaders.extract import extract_document
from govgraph.loaders.model import SourceMeta
from govgraph.loaders.pipeline import build_document
from govgraph.loaders.read import document_from_text

WORDS = st.sampled_from([
    "Councillor", "Mr", "Mrs", "Cllr", "Smith", "Jones", "O'Brien", "Director", "of", "Finance", ",", ".", "\n",
    "RESOLVED:", "That", "the", "report", "be", "noted", "(a)", "1.", "presented", "Apologies", "from", "and",
    "Risk", "“Operations”", "sub-risks", "score", "fallen", "to", "15", "from", "25", "Meeting:", "22/03/2016",
    "-", "Committee", "PRESENT:", "Councillors", "left", "the", "meeting", "Department", "for", "Education",
    "(DfE)", "|", "---|---|", "declared", "interest", "In", "favour", "6", "votes",
])


def _extracts_or_refuses(text: str) -> None:
    try:
        doc = document_from_text(Path("any.txt"), "any", "text/plain", "0" * 64, text)
    except InputError:
        return
    extract_document(doc)


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=200).map(" ".join))
def test_minutes_like_word_salad_extracts_without_error(text):
    _extracts_or_refuses(text)


@settings(max_examples=100, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_any_unicode_text_extracts_without_error(text):
    _extracts_or_refuses(text)


@settings(max_examples=40, deadline=3000, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=4000))
def test_any_bytes_either_load_or_raise_an_input_error(tmp_path, data):
    path = tmp_path / "any.bin"
    path.write_bytes(data)
    try:
        build_document(path, "any", SourceMeta(), IriMinter("https://example.org/id/"))
    except InputError as error:
        assert str(error).startswith(str(path))


# A time bound per kilobyte far above what linear reading takes (2–15 ms/KB) and far below
# what a quadratic pattern takes on such input (seconds per KB): a hang shows, noise does not.
BOUND_PER_KB = 0.15
REPEATED = st.sampled_from([
    "Mr. ", "Present: A. ", "The ", "J.V. ", "Councillors ", "Cllr Smith, ", "Aaa Bbb, ", "P  Jane Doe\n",
    "Apologies ", "RESOLVED that ", "(a) ", "Risk 1 - ", "• Risk\n", "Minutes of a meeting of ", "Council ",
    "For: ", "Head of ", "Present:\n", "the risk of ", "Declarations of Interest: ", "Dr Anna van ",
])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(token=REPEATED, size=st.integers(min_value=8_000, max_value=30_000), tail=st.text(max_size=40))
def test_repeated_tokens_and_long_lines_are_read_in_time_linear_in_their_length(token, size, tail):
    import time

    text = token * (size // len(token)) + tail
    started = time.perf_counter()
    _extracts_or_refuses(text)
    assert time.perf_counter() - started < BOUND_PER_KB * len(text) / 1000 + 1.0
