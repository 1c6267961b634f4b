"""National phone numbers and opening hours: the same for every organisation, so they
are not settings.

Pages, flows and templates never type a number: they use the placeholders of
`scripts.placeholders`, which take these values. One source for every number. Each value
was checked against a public source (named here and in the content tests) on 2026-12-07.
"""

from __future__ import annotations

from scripts.settings import Phone

# Police, ambulance, fire brigade: danger right now.
ALARM = Phone(display="112", dial="112")
# Veilig Thuis, national number: free, 24/7, connects to the regional Veilig Thuis.
VEILIG_THUIS = Phone(display="0800-2000", dial="08002000")
# De Kindertelefoon: for children and young people of 8 to 18, free and anonymous
# (vriendenkindertelefoon.nl; flaironline.nl and metronieuws.nl for the hours).
KINDERTELEFOON = Phone(display="0800-0432", dial="08000432")
KINDERTELEFOON_HOURS = "elke dag van 11.00 tot 21.00 uur"
# Vertrouwensinspecteurs of the Inspectie van het Onderwijs (also for kinderopvang):
# working days, 08.00-17.00, local rate.
VERTROUWENSINSPECTEURS = Phone(display="0900-111 3 111", dial="09001113111")
# Centrum Seksueel Geweld: free, 24/7; help within 7 days of an assault is best
# (centrumseksueelgeweld.nl).
CENTRUM_SEKSUEEL_GEWELD = Phone(display="0800-0188", dial="08000188")
# Politie, no emergency (politie.nl).
POLITIE = Phone(display="0900-8844", dial="09008844")
# 113 Zelfmoordpreventie: free and anonymous, 24/7, since October 2025 also on 113 itself.
ZELFMOORDPREVENTIE = Phone(display="113", dial="113")
# Slachtofferhulp Nederland: local rate (politie.nl, "Slachtofferhulp").
SLACHTOFFERHULP = Phone(display="0900-0101", dial="09000101")
# Helpwanted: online sexual abuse, sexting, sextortion; also for schools; free and
# anonymous (helpwanted.nl).
HELPWANTED = Phone(display="020-261 52 75", dial="0202615275")
# Landelijk Steunpunt Extremisme (hetlse.nl, via rijksoverheid.nl "radicalisering").
STEUNPUNT_EXTREMISME = Phone(display="088-2080080", dial="0882080080")

# Placeholder name -> number, as used in pages and flows: {{ alarmnummer }} and so on.
PLACEHOLDERS: dict[str, Phone] = {
    "alarmnummer": ALARM,
    "veilig_thuis.telefoon": VEILIG_THUIS,
    "kindertelefoon.telefoon": KINDERTELEFOON,
    "vertrouwensinspecteurs.telefoon": VERTROUWENSINSPECTEURS,
    "centrum_seksueel_geweld.telefoon": CENTRUM_SEKSUEEL_GEWELD,
    "politie.telefoon": POLITIE,
    "zelfmoordpreventie.telefoon": ZELFMOORDPREVENTIE,
    "slachtofferhulp.telefoon": SLACHTOFFERHULP,
    "helpwanted.telefoon": HELPWANTED,
    "steunpunt_extremisme.telefoon": STEUNPUNT_EXTREMISME,
}
# Placeholder name -> plain text: {{ kindertelefoon.tijden }}.
TEXTS: dict[str, str] = {
    "kindertelefoon.tijden": KINDERTELEFOON_HOURS,
}
