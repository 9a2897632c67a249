"""Letters of the alphabets Parallax reads, as regular-expression character ranges.

Python's ``re`` has no "upper-case letter" class, so name, dateline and
sentence patterns spell the capitals out: Latin with its Western and Central
European letters, Cyrillic with the Ukrainian ones.  One definition, so a new
alphabet is added in one place.
"""

UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮŽŐŰŞĞİ"
LOWER = "a-zà-öø-ÿа-яёєіїґąćęłńśźżčďěňřšťůžőűşğı"
