"""Language checks for the built pages: the readable text of a page, the words to
spell-check, the project word list and the Flesch-Douma reading ease.

Everything here is pure: HTML or text goes in, text, words or numbers come out.
tests/unit/test_language.py tests these helpers; tests/site/test_language.py reads the
built site, runs Hunspell and writes the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import textstat
from bs4 import BeautifulSoup, NavigableString, Tag

# Left out of the text: code and Mermaid source (with accTitle/accDescr), the "¶" of
# heading links, and anything that is not text for a reader.
SKIP = ("pre", "code", "script", "style", "svg", "template", "noscript", ".headerlink")

# Elements that start and end a piece of text of their own: a heading, a paragraph, a
# list item or a table cell is read as (at least) one sentence.
BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "div",
        "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "li", "main", "nav", "ol", "p", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul",
    }
)

SENTENCE_END = (".", "!", "?")
_BREAK = "\u2029"  # PARAGRAPH SEPARATOR: marks where a block starts and ends

# Not words: web addresses, e-mail addresses and anything with a digit in it (phone
# numbers such as 0800-2000 and 112, dates, years, numbered steps).
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"\S+@\S+")
_HAS_DIGIT = re.compile(r"\S*\d\S*")
# A word: letters, with hyphens and apostrophes inside ("e-mailadres", "zo'n",
# "schema's") and a leading apostrophe as in "'s nachts". A hyphen at the end of a
# word that is cut short ("zorg- en jeugdmedewerkers") is not part of the word.
_WORD = re.compile(r"'?[^\W\d_]+(?:['-][^\W\d_]+)*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00b4": "'", "`": "'"})
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})

LANGUAGE = "nl"  # textstat: Flesch reading ease with the Douma constants for Dutch
# A sentence as textstat counts one: text up to and including ".", "!" or "?".
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")


def collapse(text: str) -> str:
    return " ".join(text.split())


def text_blocks(html: str | Tag) -> list[str]:
    """The pieces of readable text of an HTML fragment (e.g. a page's <article>), in
    reading order: one string per heading, paragraph, list item, table cell..."""
    source = str(html)
    root = BeautifulSoup(source, "html.parser")
    for selector in SKIP:
        for element in root.select(selector):
            element.decompose()
    for br in root.find_all("br"):
        br.replace_with(" ")
    for element in root.find_all(True):
        if element.name in BLOCKS:
            element.insert_before(NavigableString(_BREAK))
            element.append(NavigableString(_BREAK))
    blocks = (collapse(part) for part in root.get_text().split(_BREAK))
    return [block for block in blocks if block]


def as_sentence(block: str) -> str:
    """A block of text that ends like a sentence: a heading, list item or label that
    has no full stop gets one (a trailing colon or semicolon becomes a full stop)."""
    block = block.strip()
    if block.endswith(SENTENCE_END):
        return block
    return block.rstrip(":;,– -") + "."


def readable_text(blocks: Iterable[str]) -> str:
    """The blocks joined into running text in which every block is a sentence (or
    more), so a list or a table is not read as one long sentence."""
    return " ".join(as_sentence(block) for block in blocks if block.strip())


def words(text: str) -> list[str]:
    """The words of a text to spell-check, in order, numbers and addresses left out."""
    text = text.translate(_APOSTROPHES).translate(_HYPHENS)
    text = _URL.sub(" ", text)
    text = _EMAIL.sub(" ", text)
    text = _HAS_DIGIT.sub(" ", text)
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if word.startswith("'") and word.lower() not in ("'s", "'t"):
            word = word[1:]  # an opening quote, not an elision
        found.append(word)
    return found


def parse_word_list(text: str) -> set[str]:
    """The words of the project word list: one a line; `#` starts a comment line."""
    entries = set()
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.add(line)
    return entries


def is_listed(word: str, word_list: set[str]) -> bool:
    """Whether the word list allows `word`. As in Hunspell's dictionary, a word in
    lower case also allows a capital first letter (at the start of a sentence) and
    all capitals; a word with capitals only allows itself."""
    if word in word_list:
        return True
    lower = word.lower()
    if lower not in word_list:
        return False
    return word == word.upper() or word == lower[:1].upper() + lower[1:]


def sentences(text: str) -> list[str]:
    """The sentences of running text, split as textstat splits them."""
    return [collapse(s) for s in _SENTENCE.findall(text) if s.strip()]


def word_count(text: str) -> int:
    """The number of words as textstat counts them (numbers count as words)."""
    textstat.set_lang(LANGUAGE)
    return int(textstat.lexicon_count(text))


@dataclass(frozen=True)
class Readability:
    """The numbers behind the Flesch-Douma reading ease of a text."""

    words: int
    sentences: int
    words_per_sentence: float
    syllables_per_word: float
    score: float


def readability(text: str) -> Readability:
    """Flesch-Douma reading ease of Dutch text (textstat with language "nl"):
    206.835 - 0.93 x words per sentence - 77 x syllables per word. Higher is easier;
    60-70 is "vrij makkelijk" (about B1), 70-80 "makkelijk"."""
    textstat.set_lang(LANGUAGE)
    return Readability(
        words=textstat.lexicon_count(text),
        sentences=textstat.sentence_count(text),
        words_per_sentence=textstat.words_per_sentence(text),
        syllables_per_word=textstat.avg_syllables_per_word(text),
        score=textstat.flesch_reading_ease(text),
    )


def report(
    rows: Iterable[tuple[str, Readability]],
    floor: float,
    max_sentence: float,
    long_sentences: Mapping[str, Iterable[str]] | None = None,
) -> str:
    """A Markdown report of the reading ease per page, hardest page first, and the
    long sentences (`long_sentences`: sentence -> the pages it is on)."""
    lines = [
        "# Leesbaarheid per pagina",
        "",
        "Flesch-Douma leesgemak van de tekst van elke pagina (textstat, taal nl).",
        "Hoger is makkelijker: 60-70 is vrij makkelijk (ongeveer B1), 70-80 makkelijk.",
        f"Ondergrens in de test: {floor:g}. Gemiddelde zinslengte hoogstens {max_sentence:g} woorden.",
        "",
        "| Pagina | Woorden | Zinnen | Woorden per zin | Lettergrepen per woord | Flesch-Douma |",
        "|---|--:|--:|--:|--:|--:|",
    ]
    for url, r in sorted(rows, key=lambda row: (row[1].score, row[0])):
        lines.append(
            f"| `{url}` | {r.words} | {r.sentences} | {r.words_per_sentence:.1f} "
            f"| {r.syllables_per_word:.2f} | {r.score:.1f} |"
        )
    if long_sentences:
        lines += [
            "",
            f"## Zinnen van meer dan {max_sentence:g} woorden",
            "",
            "Kunt u deze zinnen korter maken of in twee zinnen splitsen?",
            "",
        ]
        ranked = sorted(long_sentences.items(), key=lambda item: (-word_count(item[0]), item[0]))
        for sentence, urls in ranked:
            pages = ", ".join(f"`{url}`" for url in sorted(set(urls)))
            lines.append(f"- ({word_count(sentence)} woorden) {sentence} ({pages})")
    return "\n".join(lines) + "\n"
