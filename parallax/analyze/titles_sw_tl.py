"""Swahili and Tagalog titles and roles before a name (:mod:`parallax.analyze.titles` takes them in).

Swahili names the office with its body after "wa" ("Mkuu wa Mkoa Neema Kalinga", the regional commissioner;
"Kamanda wa Polisi Juma Mrisho"): the common ones are listed whole, so that the name after them is the person.
Tagalog joins a title to the name with a linker ("Pangulong Marcos", "Punong Barangay") or writes it in Spanish
or English ("Gobernador", "Mayor", "Kalihim"); the honorifics abbreviate ("G." Mr, "Gng." Mrs, "Bb." Miss).
"""

from __future__ import annotations

TITLES: dict[str, tuple[str, ...]] = {
    "sw": ("Mkuu wa Mkoa", "Mkuu wa Wilaya", "Kamanda wa Polisi", "Msemaji wa Polisi", "Msemaji wa Serikali", "Waziri Mkuu",
           "Mkurugenzi Mtendaji", "Rais", "Makamu wa Rais", "Waziri", "Naibu Waziri", "Kamanda", "Mkuu", "Msemaji", "Mbunge",
           "Jaji", "Hakimu", "Kamishna", "Mwenyekiti", "Katibu", "Katibu Mkuu", "Mkurugenzi", "Meya", "Diwani", "Spika", "Askofu",
           "Dkt.", "Dk.", "Bw.", "Bi.", "Kocha", "Daktari", "Profesa", "Mhandisi", "Mchungaji", "Padri", "Inspekta",
           "Sajenti", "Luteni", "Kanali", "Jenerali", "Mwalimu"),
    "tl": ("Pangulong", "Pangulo", "Bise Presidente", "Gobernador", "Gob.", "Mayor", "Alkalde", "Bise Alkalde", "Kalihim", "Sec.",
           "Senador", "Kongresista", "Hukom", "Direktor", "Tagapagsalita", "Kapitan", "Kap.", "Heneral", "Hen.", "Hepe", "Punong",
           "Konsehal", "Gng.", "Bb.", "Kinatawan", "Obispo", "Kardinal", "Coach",
           # (the English titles the Tagalog press keeps: "Romblon Governor Jose Riano", "Senator", "Secretary")
           "Governor", "Gov.", "Vice Governor", "Senator", "Sen.", "Secretary", "Rep.", "Representative", "Spokesperson"),
}  # fmt: skip
