"""The text helpers of the spelling and readability tests (tests/language.py), Hunspell's
Dutch dictionary (Debian packages hunspell and hunspell-nl) and woordenlijst.txt's format."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.language import (as_sentence, is_listed, parse_word_list, readability, readable_text, sentences, text_blocks,
                            word_count, words)
from tests.sitepaths import ROOT


WORD_LIST = ROOT / "woordenlijst.txt"

DICTIONARY = "nl"


def hunspell_unknown(candidates: set[str]) -> set[str]:
    """The words Hunspell's Dutch dictionary does not know, in one call."""
    hunspell = shutil.which("hunspell")
    if hunspell is None:
        pytest.fail("hunspell is not installed: run scripts/ensure-system-packages.sh "
                    "(Debian packages hunspell and hunspell-nl)")
    result = subprocess.run(
        [hunspell, "-d", DICTIONARY, "-i", "utf-8", "-l"],
        input="\n".join(sorted(candidates)) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, f"hunspell failed: {result.stderr.strip()}"
    assert "Can't open affix or dictionary" not in result.stderr, (
        "Hunspell has no Dutch dictionary: install the Debian package hunspell-nl"
    )
    return set(result.stdout.split())


def test_text_blocks_skip_code_headerlinks_and_split_blocks() -> None:
    html = """<article>
      <h1 id="t">Een titel<a class="headerlink" href="#t">¶</a></h1>
      <pre class="mermaid"><code>flowchart TD
        accTitle: Geheim
        n0["Stap"]</code></pre>
      <p>Eerste zin. Tweede<br>regel met <abbr title="Centrum voor Jeugd en Gezin">CJG</abbr>.</p>
      <ul><li>Punt een<ul><li>Punt twee</li></ul></li><li>Punt drie</li></ul>
      <table><tr><th>Kop</th><td>Cel</td></tr></table>
    </article>"""
    assert text_blocks(html) == [
        "Een titel",
        "Eerste zin. Tweede regel met CJG.",
        "Punt een",
        "Punt twee",
        "Punt drie",
        "Kop",
        "Cel",
    ]


def test_readable_text_makes_every_block_a_sentence() -> None:
    assert as_sentence("Wat doet u nu?") == "Wat doet u nu?"
    assert as_sentence("Volg de vragen:") == "Volg de vragen."
    assert readable_text(["Kop", "Een zin.", "punt een;", "punt twee"]) == (
        "Kop. Een zin. punt een. punt twee."
    )


def test_words_keep_dutch_words_and_drop_numbers_and_addresses() -> None:
    text = (
        "Bel 0800-2000 of 112 op 1-1-2026. Zo'n e-mailadres: iemand@example.org, "
        "zie https://www.veiligthuis.nl/. De schema’s, 's nachts, zorg- en "
        "jeugdmedewerkers. 'Veilig Thuis' helpt."
    )
    assert words(text) == [
        "Bel", "of", "op", "Zo'n", "e-mailadres", "zie", "De", "schema's", "'s",
        "nachts", "zorg", "en", "jeugdmedewerkers", "Veilig", "Thuis", "helpt",
    ]


def test_word_list_matches_like_a_dictionary() -> None:
    listed = parse_word_list("# commentaar\n\nCJG\ntriage\n")
    assert listed == {"CJG", "triage"}
    assert is_listed("CJG", listed) and is_listed("triage", listed)
    assert is_listed("Triage", listed) and is_listed("TRIAGE", listed)
    assert not is_listed("cjg", listed) and not is_listed("TriAge", listed)


def test_sentences_split_like_textstat() -> None:
    text = readable_text(["Wat doet u nu?", "Bel 112", "Versie 1.0 is klaar!"])
    assert sentences(text) == ["Wat doet u nu?", "Bel 112.", "Versie 1.", "0 is klaar!"]
    assert word_count("Bel 0800-2000, dag en nacht.") == 5


def test_readability_of_simple_and_hard_text() -> None:
    easy = readability("Bel Veilig Thuis. Het is gratis. U kunt dag en nacht bellen.")
    hard = readability(
        "De aandachtsfunctionaris overlegt met de betrokken beroepskrachten over de "
        "noodzakelijkheid van een melding, waarbij de professionele verantwoordelijkheid "
        "van de organisatie en de veiligheidsbeoordeling doorslaggevend zijn."
    )
    assert easy.sentences == 3 and easy.words == 12
    assert easy.score > 80 > 20 > hard.score


def test_hunspell_has_the_dutch_dictionary() -> None:
    assert hunspell_unknown({"kindermishandeling", "e-mailadres", "zo'n"}) == set()
    assert hunspell_unknown({"kindermishandelling"}) == {"kindermishandelling"}


def test_word_list_has_a_header_and_one_word_per_line() -> None:
    lines = WORD_LIST.read_text(encoding="utf-8").splitlines()
    assert lines and lines[0].startswith("#"), "woordenlijst.txt: start with a comment header"
    entries = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert all(" " not in entry for entry in entries), "woordenlijst.txt: one word per line"
    doubles = sorted({entry for entry in entries if entries.count(entry) > 1})
    assert not doubles, f"woordenlijst.txt: listed twice: {doubles}"
