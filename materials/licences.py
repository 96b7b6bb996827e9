"""Licences a material can carry: SPDX identifiers with a readable name and what they allow."""

from django.utils.translation import gettext_lazy as _

LICENCES = {
    "CC-BY-4.0": (
        _("CC BY 4.0"),
        _("You may share and adapt it, also commercially, if you credit the source."),
    ),
    "CC-BY-SA-4.0": (
        _("CC BY-SA 4.0"),
        _("You may share and adapt it if you credit the source and share adaptations on the same terms."),
    ),
    "CC-BY-NC-4.0": (
        _("CC BY-NC 4.0"),
        _("You may share and adapt it for non-commercial purposes if you credit the source."),
    ),
    "CC-BY-NC-SA-4.0": (
        _("CC BY-NC-SA 4.0"),
        _(
            "You may share and adapt it for non-commercial purposes if you credit the source "
            "and share adaptations on the same terms."
        ),
    ),
    "CC-BY-ND-4.0": (
        _("CC BY-ND 4.0"),
        _("You may share it unchanged, also commercially, if you credit the source."),
    ),
    "CC-BY-NC-ND-4.0": (
        _("CC BY-NC-ND 4.0"),
        _("You may share it unchanged for non-commercial purposes if you credit the source."),
    ),
    "CC0-1.0": (_("CC0 (public domain)"), _("You may use it freely, without conditions.")),
    "all-rights-reserved": (
        _("All rights reserved"),
        _("Ask the centre for permission before you copy or share it."),
    ),
}

LICENCE_CHOICES = [(key, label) for key, (label, _allows) in LICENCES.items()]


def licence_label(spdx_id):
    return LICENCES.get(spdx_id, (spdx_id, ""))[0]


def licence_allows(spdx_id):
    return LICENCES.get(spdx_id, ("", ""))[1]


# The licence text a badge links to; "all rights reserved" has none.
LICENCE_URLS = {
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC-BY-NC-4.0": "https://creativecommons.org/licenses/by-nc/4.0/",
    "CC-BY-NC-SA-4.0": "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    "CC-BY-ND-4.0": "https://creativecommons.org/licenses/by-nd/4.0/",
    "CC-BY-NC-ND-4.0": "https://creativecommons.org/licenses/by-nc-nd/4.0/",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
}


def licence_url(spdx_id):
    return LICENCE_URLS.get(spdx_id, "")
