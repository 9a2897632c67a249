"""Persian "according to" with the name in commas after the role: "به گفته رئیس هلال احمر استان، محمد صادقی، …".

"به گفته" (according to) takes the source up to the comma (:data:`.arabic_script.FA_ACCORDING`), so a role with the
name set off after it ("according to the provincial Red Crescent chief, Mohammad Sadeghi, three people were
killed") gave the role as the speaker and the name as the opening of what was said.  As Arabic "وقال المتحدث، خالد
العمري، إن …" (:data:`.arabic_script.AR_REPORTED_APPOSED`), the name speaks where the first phrase describes and the
second is a bare name (:func:`.arabic_script.apposed_fits`).
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.arabic_script import _AR_SEG

FA_ACCORDING_APPOSED = re.compile(
    rf"(?:(?<=[\s،,.])|^)(?P<cue>به\s++گفته(?:\s++ی)?)\s++(?P<role>{_AR_SEG})\s*+[،,]\s*+(?P<spk>{_AR_SEG})\s*+[،,]\s*+"
    r"(?P<clause>[^«»\"“”]{8,})"
)
