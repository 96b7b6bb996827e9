"""What the demo's methods.json cannot say, by method id: when each was first published (so "newest
first" lists show a plausible history), its related methods, and which material files are for logged-in
users only (the centre's internal collection).

The methods themselves are data: home/demo/data/methods.json in the import format.
"""

PUBLISHED = {
    "kompassgruppa": "2023-03-14",
    "ved-siden-av": "2023-05-08",
    "min-kriseplan": "2023-09-19",
    "side-om-side": "2023-06-20",
    "erfaring-som-kompetanse": "2024-01-16",
    "hva-hjelper-kortene": "2024-04-09",
    "brukarspegelen": "2023-04-25",
    "fra-innsida": "2024-02-27",
    "felles-bord": "2025-01-21",
    "egne-steg": "2023-08-29",
    "min-vei-videre": "2024-06-11",
    "rundt-bordet": "2025-04-15",
    "forste-mote": "2024-09-03",
    "ung-og-naer": "2025-06-10",
    "aktivitetskartet": "2026-02-24",
    "trinnvis": "2024-11-12",
    "parorandekveldar": "2025-09-23",
    "hjelpekortet": "2025-11-18",
}

RELATED = {
    "kompassgruppa": ["egne-steg", "min-kriseplan"],
    "ved-siden-av": ["parorandekveldar", "ung-og-naer"],
    "min-kriseplan": ["hjelpekortet", "kompassgruppa"],
    "side-om-side": ["erfaring-som-kompetanse", "hva-hjelper-kortene", "trinnvis"],
    "erfaring-som-kompetanse": ["side-om-side", "fra-innsida"],
    "hva-hjelper-kortene": ["side-om-side", "forste-mote"],
    "brukarspegelen": ["felles-bord", "fra-innsida"],
    "fra-innsida": ["erfaring-som-kompetanse", "brukarspegelen"],
    "felles-bord": ["brukarspegelen"],
    "egne-steg": ["min-vei-videre", "kompassgruppa", "aktivitetskartet"],
    "min-vei-videre": ["egne-steg", "min-kriseplan"],
    "rundt-bordet": ["min-kriseplan", "forste-mote"],
    "forste-mote": ["rundt-bordet", "hva-hjelper-kortene"],
    "ung-og-naer": ["ved-siden-av", "parorandekveldar"],
    "aktivitetskartet": ["egne-steg"],
    "trinnvis": ["side-om-side", "hjelpekortet"],
    "parorandekveldar": ["ved-siden-av", "ung-og-naer"],
    "hjelpekortet": ["min-kriseplan", "trinnvis"],
}

# Material files (as listed in methods.json) moved to the centre's internal collection after the import.
INTERNAL = {"kompassgruppa": ["materials/kompassgruppa/kompassgruppa-rutiner-internt.pdf"]}

# Published without lived-experience review (reason "Demo content"), to show "not yet reviewed" in public;
# every other published method goes live through the review workflow (home/demo/reviews.py).
UNREVIEWED = {"aktivitetskartet", "hjelpekortet"}
