"""National phone numbers: the same for every organisation, so they are not settings.

Pages, flows and templates never type a number: they use the placeholders of
`scripts.placeholders`, which take these values. One source for every number.
"""

from __future__ import annotations

from scripts.settings import Phone

# Police, ambulance, fire brigade: danger right now.
ALARM = Phone(display="112", dial="112")
# Veilig Thuis, national number: free, 24/7, connects to the regional Veilig Thuis.
VEILIG_THUIS = Phone(display="0800-2000", dial="08002000")
# De Kindertelefoon: for children and young people themselves, free.
KINDERTELEFOON = Phone(display="0800-0432", dial="08000432")
# Vertrouwensinspecteurs of the Inspectie van het Onderwijs (also for kinderopvang).
VERTROUWENSINSPECTEURS = Phone(display="0900-111 3 111", dial="09001113111")

# Placeholder name -> number, as used in pages and flows: {{ alarmnummer }} and so on.
PLACEHOLDERS: dict[str, Phone] = {
    "alarmnummer": ALARM,
    "veilig_thuis.telefoon": VEILIG_THUIS,
    "kindertelefoon.telefoon": KINDERTELEFOON,
    "vertrouwensinspecteurs.telefoon": VERTROUWENSINSPECTEURS,
}
