"""Reported speech whose verb opens the sentence, its subject left out: the person the text is about.

The Slavic languages drop a subject pronoun as a rule: Czech "Dodal, že vláda pomůže rodinám" (he added that),
Polish "Dodał, że ...", Croatian "Dodao je da ...", Bulgarian "Добави, че ..." say what the person of the sentences
before said, as English "He added that ..." does.  The verb's ending tells its number, so only a verb in the
singular is read (a plural "Dodali, že" is a group's, which this does not guess); the speaker is then found as for
any cue without a subject (:meth:`.subject_names.SubjectNames.named`: the topic before, else the last person named).
"""

from __future__ import annotations

import re

# the languages that drop a subject pronoun, and the endings of their past and present verbs in the plural
_PLURAL_ENDING = {
    "cs": re.compile(r"(?:li|ly)$"),
    "sk": re.compile(r"(?:li)$"),
    "pl": re.compile(r"(?:li|ły|ją|my)$"),
    "hr": re.compile(r"(?:li|le|ли|ле)$"),
    "bs": re.compile(r"(?:li|le)$"),
    "sr": re.compile(r"(?:li|le|ли|ле)$"),
    "sl": re.compile(r"(?:li|le)$"),
    "bg": re.compile(r"(?:ха|ят|ат)$"),
    "uk": re.compile(r"(?:ли|ють|ять)$"),
}
_PATTERNS: dict[str, re.Pattern[str]] = {}


def _pattern(lang: str, verbs: str, that: str) -> re.Pattern[str]:
    if lang not in _PATTERNS:
        _PATTERNS[lang] = re.compile(rf"(?P<verb>(?i:{verbs})),?\s+(?:{that})\s+")
    return _PATTERNS[lang]


def dropped_subject_cues(text: str, sents: list[tuple[int, int]], lang: str, reporting: tuple[str, str] | None) -> list[tuple[int, int, int, str]]:
    """For each sentence of ``text`` that opens on a singular reporting verb of ``reporting`` (its verbs, its
    "that") with no subject: where the clause it reports starts, an empty speaker span at the sentence's start, and
    the verb."""
    plural = _PLURAL_ENDING.get(lang)
    if plural is None or reporting is None:
        return []
    pattern = _pattern(lang, *reporting)
    out = []
    for s, _ in sents:
        m = pattern.match(text, s)
        if m is None or not text[s : s + 1].isupper():
            continue
        verb = next((w for w in m.group("verb").split() if w.lower() not in _AUXILIARIES), "")
        if verb and not plural.search(verb.lower()):
            out.append((m.end(), s, s, verb.lower()))
    return out


# the auxiliary beside a South Slavic participle ("Dodao je da"), which tells no number of its own here
_AUXILIARIES = {"je", "је", "su", "су"}
