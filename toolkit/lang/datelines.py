"""The wire-style dateline that opens a news paragraph ("WASHINGTON (AP) — ", "FLINT, Mich., Oct. 4 (UPI) -- ").

Both the paragraph component (a dateline is a sentence of its own) and the entity rules (its place is a place)
read it, so it lives here, apart from both.

>>> DATELINE.match("NEWPORT NEWS, Va. - The plant closed.").group("place")
'NEWPORT NEWS'
"""

from __future__ import annotations

import re

__all__ = ["DATELINE"]

# A wire-style dateline opening a paragraph: "WASHINGTON (AP) — ", "NEWPORT NEWS, Va. - ", "FLINT, Mich. (UPI) -- ",
# "COLUMBIA, S.C. (AP) — ".
DATELINE = re.compile(r"(?P<place>[A-Z][A-Z'.\-]{2,}(?: [A-Z][A-Z'.\-]+)*)"  # the place, in capitals
                      r"(?:,? [A-Z][A-Za-z]*\.?(?:[A-Z]\.)*(?: \d{1,2})?)*"  # state, country, date ("S.C.", "Oct. 4")
                      r"(?: \([A-Za-z .]+\))? ?(?:—|–|--| -) *")  # the agency, the dash
