"""Dutch spelling and readability of every built page.

- Spelling: the text of each page's <article> is checked with Hunspell's Dutch
  dictionary. Names and terms Hunspell does not know are in woordenlijst.txt; a
  misspelling is fixed in the text, not listed.
- Readability: Flesch-Douma reading ease per page (textstat, language "nl"), written to
  leesbaarheid.md in the test output folder (tests/sitepaths.OUTPUT). No page may drop
  below READING_EASE_FLOOR and no page may have longer sentences on average than
  MAX_WORDS_PER_SENTENCE."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import pytest

from tests.language import (Readability, is_listed, parse_word_list, readability, readable_text, report, sentences,
                            text_blocks, word_count, words)
from tests.sitepaths import OUTPUT, SITE, content_pages, soup
from tests.unit.test_language import WORD_LIST, hunspell_unknown


REPORT = OUTPUT / "leesbaarheid.md"

# Flesch-Douma: 60-70 is "vrij makkelijk" (about language level B1), 70-80 "makkelijk".
# Measured before the pages were rewritten in plain Dutch: /over/ 49.8 (the only page under 60), then
# vraag-3 of the afwegingskader beslishulp 65.2 and /begrippen/ 66.1; median 78.
# After shorter sentences and simpler words: /over/ 62.9 (dates, official names of
# laws and documents), every other page 66.8 or more. The floor is the B1 boundary.
READING_EASE_FLOOR = 60.0

# Taalniveau B1: aim for sentences under 15 words. Measured: at most
# 9.4 words per sentence on average on any page (/anoniem-melden/). Single sentences
# over 15 words are listed in the report, not failed.
MAX_WORDS_PER_SENTENCE = 15.0

PAGES = content_pages() if SITE.is_dir() else []


@lru_cache(maxsize=None)
def blocks(url: str) -> tuple[str, ...]:
    article = soup(url).select_one("article")
    assert article is not None, f"{url}: no <article>"
    return tuple(text_blocks(article))


@lru_cache(maxsize=None)
def page_readability(url: str) -> Readability:
    return readability(readable_text(blocks(url)))


def word_list() -> set[str]:
    return parse_word_list(WORD_LIST.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def words_by_page() -> dict[str, frozenset[str]]:
    return {url: frozenset(words(" ".join(blocks(url)))) for url in PAGES}


@lru_cache(maxsize=None)
def unknown_to_hunspell() -> frozenset[str]:
    every = set().union(*words_by_page().values())
    return frozenset(hunspell_unknown(every))


def test_every_page_is_spelled_correctly() -> None:
    listed = word_list()
    unknown = {word for word in unknown_to_hunspell() if not is_listed(word, listed)}
    where: dict[str, list[str]] = defaultdict(list)
    for url, page_words in words_by_page().items():
        for word in page_words & unknown:
            where[word].append(url)
    problems = [f"  {word}: {', '.join(sorted(urls))}" for word, urls in sorted(where.items())]
    assert not problems, (
        "Words Hunspell (nl) does not know. Fix the spelling in docs/ or diagrams/; "
        "add a correct name or term to woordenlijst.txt:\n" + "\n".join(problems)
    )


def test_word_list_only_holds_words_that_are_needed() -> None:
    """Every entry occurs on the site and is unknown to Hunspell, so the list stays short."""
    on_site = set().union(*words_by_page().values())
    unknown = unknown_to_hunspell()
    unused = sorted(entry for entry in word_list()
                    if not any(is_listed(word, {entry}) for word in on_site))
    known = sorted(entry for entry in word_list()
                   if entry not in unused and not any(
                       is_listed(word, {entry}) for word in unknown))
    assert not unused, f"woordenlijst.txt: not on any page, remove: {unused}"
    assert not known, f"woordenlijst.txt: Hunspell knows these already, remove: {known}"


def test_readability_report() -> None:
    """leesbaarheid.md in the test output folder: the score of every page and the long sentences."""
    rows = [(url, page_readability(url)) for url in PAGES]
    long: dict[str, list[str]] = defaultdict(list)
    for url in PAGES:
        for sentence in sentences(readable_text(blocks(url))):
            if word_count(sentence) > MAX_WORDS_PER_SENTENCE:
                long[sentence].append(url)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    text = report(rows, READING_EASE_FLOOR, MAX_WORDS_PER_SENTENCE, long)
    REPORT.write_text(text, encoding="utf-8")
    assert all(f"| `{url}` |" in text for url in PAGES)


@pytest.mark.parametrize("url", PAGES)
def test_reading_ease(url: str) -> None:
    r = page_readability(url)
    assert r.score >= READING_EASE_FLOOR, (
        f"{url}: Flesch-Douma {r.score:.1f} < {READING_EASE_FLOOR} "
        f"({r.words_per_sentence:.1f} words per sentence, {r.syllables_per_word:.2f} "
        "syllables per word). Write shorter sentences and simpler words; "
        f"see {REPORT}"
    )
    assert r.words_per_sentence <= MAX_WORDS_PER_SENTENCE, (
        f"{url}: {r.words_per_sentence:.1f} words per sentence on average "
        f"(at most {MAX_WORDS_PER_SENTENCE:g})"
    )
