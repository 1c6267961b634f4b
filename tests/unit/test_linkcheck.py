"""The link checker of the site tests (tests/linkcheck.py) finds every kind of broken link,
and passes every kind of working one."""

from __future__ import annotations

from tests.linkcheck import faults

GOOD = {
    "index.html": ('<link href="assets/site.css" rel="stylesheet"><a href="contact/">c</a>'
                   '<a href="contact">c</a><a href="contact/#bellen">b</a><a href="#top" id="top">t</a>'
                   '<a href="tel:112">112</a><a href="mailto:a@b.nl">m</a><img srcset="a.png 1x, a.png 2x">'
                   '<svg><a xlink:href="contact/#oud">o</a></svg><a href="/contact/">root</a>'),
    "contact/index.html": '<h2 id="bellen">Bellen</h2><a name="oud"></a><a href="../">start</a>',
    "assets/site.css": "body { background: url('../a.png'); }",
    "a.png": "",
    "oud/index.html": '<meta http-equiv="refresh" content="0; url=../contact/">',
}


def test_working_links_of_every_kind_pass() -> None:
    found, checked = faults(GOOD)
    assert found == []
    assert checked == 7  # index, contact, contact#bellen, index#top, contact#oud, a.png, site.css


def test_every_kind_of_broken_link_is_found_with_its_page() -> None:
    broken = dict(GOOD)
    broken["index.html"] += ('<a href="weg/">1</a><a href="contact/#weg">2</a><img src="b.png">'
                             '<a href="../../buiten">4</a>')
    broken["assets/site.css"] += " h1 { background: url(geen.png); }"
    broken["oud/index.html"] = '<meta http-equiv="refresh" content="0; url=../verhuisd/">'
    found = {(fault.page, fault.link) for fault in faults(broken)[0]}
    assert found == {
        ("index.html", "weg/"), ("index.html", "contact/#weg"), ("index.html", "b.png"),
        ("index.html", "../../buiten"),
        ("assets/site.css", "geen.png"), ("oud/index.html", "../verhuisd/"),
    }


def test_from_the_disk_a_folder_does_not_open_its_index() -> None:
    offline = {"index.html": '<a href="contact.html">c</a><a href="contact/">d</a>', "contact.html": ""}
    assert [fault.link for fault in faults(offline, server=False)[0]] == ["contact/"]


def test_with_a_website_its_own_addresses_are_links_within_the_site() -> None:
    """MkDocs writes absolute links with the website's path (404.html) and canonical links
    with the whole address; another host is not the checker's (test_offline.py forbids it)."""
    website = "https://intranet.example.nl/protocol/"
    site = {
        "404.html": '<a href="/protocol/contact/">c</a><link href="/protocol/a.css" rel="stylesheet">',
        "contact/index.html": ('<link rel="canonical" href="https://intranet.example.nl/protocol/contact/">'
                               '<a href="https://elders.nl/">e</a>'),
        "a.css": "",
    }
    assert faults(site, website=website) == ([], 2)
    site["404.html"] += '<a href="/andere-map/">x</a><a href="https://intranet.example.nl/protocol/weg/">y</a>'
    assert [fault.link for fault in faults(site, website=website)[0]] == [
        "/andere-map/", "https://intranet.example.nl/protocol/weg/"]
