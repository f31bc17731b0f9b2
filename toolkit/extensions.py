"""The toolkit's Doc extension attributes, registered in one place.

- ``doc._.anchor``: the date relative expressions are resolved against (``None``: keep them relative).
- ``doc._.timexes``: temporal expressions found by the ``toolkit_timexes`` component.
"""

from __future__ import annotations

from spacy.tokens import Doc


def register() -> None:
    """Register the extensions (idempotent)."""
    for name, default in (("anchor", None), ("timexes", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()
