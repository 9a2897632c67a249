"""Who an event happened to: the person a report's lead says was arrested, fired, killed or charged.

Two events of one kind told in the same words (two players of one team arrested on suspicion of drunk driving a
month apart, two coaches fired, two men shot) share their event words, their team, their city and often the words
"yesterday" and "Sunday", and the model joins them; what differs is the person it happened to, the event verb's
patient: "Vincent Jackson was arrested" against "Jamal Williams was arrested".  A follow-up names the earlier case
too ("the second Charger arrested in a month, after Vincent Jackson"), so the patient is read where the lead makes
the person the verb's subject in the passive, not wherever it names them: a capitalised surname right before the
participle (with "was", "has been", "is" between, or none in a headline: "Chargers' Jackson arrested") or right
after an active verb of the kind ("fired Maurice Cheeks", "76ers fire Cheeks").

A person only: the surname is taken where the text also writes it after another capitalised word that opens a run
of names, not after "the" ("Vincent Jackson"; "the San Diego Chargers" is a team, and "Diego Chargers" opens no run),
or after a possessive ("Chargers' Jackson"), and a plural verb ("were", "have been") is not read.  English only (ECB+ is English; a
language's passive and word order need their own patterns).  Used as a gate (:mod:`.cluster`): an article whose lead
has patients, none of them the story's leading patient, against a story with one, is another event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parallax.letters import fold
from parallax.stories.calendar_names import calendar_words

VERBS = (
    "arrested|fired|sacked|dismissed|ousted|killed|shot|stabbed|murdered|charged|indicted|convicted|sentenced|detained"
    "|suspended|jailed|kidnapped|abducted|injured|hurt|wounded|released|extradited|executed|acquitted|hired"
)
_ACTIVE = "arrest|arrests|fire|fires|sack|sacks|dismiss|dismisses|oust|ousts|kill|kills|shoot|shoots|hire|hires|charge|charges"
_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?+"
_PASSIVE = re.compile(
    rf"(?<![\w'’])(?P<before>[\w'’]*+)(?P<gap>\s++)(?P<name>{_NAME})(?:'s)?+\s++(?P<aux>(?:was|is|has\s++been|had\s++been|being|got)\s++)?+"
    rf"(?:(?:reportedly|allegedly|also|now|then)\s++)?+(?:{VERBS})\b"
    # without "was", a headline's passive ("Jackson arrested on …"), not a sentence's active ("Stefanski fired Cheeks")
    rf"(?(aux)|(?=\s*+(?:[.,;:!?]|$|(?:on|for|in|at|after|over|by|as|amid|following|near|outside|with|during|and|early|late|yesterday|today)\b)))"
)
_NOUN = "arrest|firing|dismissal|sacking|ouster|murder|killing|death|indictment|conviction|shooting"
# "Williams' DUI arrest", "Jackson's firing": the person the event's noun belongs to
_POSSESSED = re.compile(rf"(?<![\w'’])(?P<name>{_NAME})(?:'s|’s|'|’)\s++(?:[A-Z]{{2,}}\s++)?+(?:{_NOUN})\b")
# "Jamal Williams, the defensive tackle for the Chargers, was arrested": the name before its apposition
_APPOSED = re.compile(rf"(?<![\w'’])(?P<name>{_NAME}),\s++(?:the|a|an)\s[^,.;:]{{1,80}}?,?\s(?:was|has\s++been|is)\s++(?:{VERBS})\b")
_ACTIVE_VERB = re.compile(rf"\b(?:{_ACTIVE}|{VERBS})\s++(?:(?:coach|manager|player|guard|receiver|tackle|striker|captain|chief|director)\s++)?+(?P<run>{_NAME}(?:\s++{_NAME}){{0,3}})\b")
_TOKEN = re.compile(r"[\w'’-]++|[^\w\s]")
_NAME_WORD = re.compile(_NAME)
MAX_PATIENTS = 3


def _persons(text: str) -> set[str]:
    """Surnames the text writes after another capitalised word (folded), in a run of them not after "the" (a team, a
    firm, a place: "the San Diego Chargers")."""
    from parallax.stories.features import CALENDAR_WORDS

    out = set()
    tokens = [m.group() for m in _TOKEN.finditer(text)]
    start = 0  # where the run of capitalised words the token is in starts
    for i in range(1, len(tokens)):
        if not _NAME_WORD.fullmatch(tokens[i - 1]):
            start = i
            continue
        if _NAME_WORD.fullmatch(tokens[i]) and not (start and tokens[start - 1].lower() == "the"):
            out.add(fold(tokens[i]))
    return out - CALENDAR_WORDS - calendar_words("en")  # "Maurice Cheeks Saturday morning": no one's name


def lead_patients(lead: Iterable[str], text: str, language: str) -> tuple[str, ...]:
    """The persons the lead (title and opening sentences) says the event happened to, folded surnames, in order."""
    if language != "en":
        return ()
    persons = _persons(text)
    out: list[str] = []
    for part in lead:
        if part.isupper():
            continue  # an all-capitals headline tells no name from a word
        for m in _PASSIVE.finditer(" " + part):
            name = fold(m.group("name"))
            possessive = m.group("before").endswith(("'", "’", "'s", "’s")) and m.group("before")[:1].isupper()
            if (name in persons or possessive) and name not in out:
                out.append(name)
        for m in (*_POSSESSED.finditer(part), *_APPOSED.finditer(part), *_ACTIVE_VERB.finditer(part)):
            run = [fold(w) for w in (m.groupdict().get("name") or m.group("run")).split()]
            name = next((w for w in reversed(run) if w in persons), run[-1])  # "Coach Maurice Cheeks Saturday"
            if name in persons and name not in out:
                out.append(name)
    return tuple(out[:MAX_PATIENTS])


def leading(counts: dict[str, int]) -> set[str]:
    """A story's leading patients: those its members' leads name most."""
    top = max(counts.values(), default=0)
    return {p for p, n in counts.items() if n == top} if top else set()


def patient_conflict(patients: Iterable[str], story_patients: dict[str, int]) -> bool:
    """True when an article's lead names patients, none of them among the story's leading ones (the story's centre,
    not one member: a story that took a follow-up naming two cases still has one leading patient), and the story
    has some: another person, another event.  Either side without patients: False."""
    patients = set(patients)
    return bool(patients) and bool(story_patients) and not patients & leading(story_patients)


def stories_conflict(a: dict[str, int], b: dict[str, int]) -> bool:
    """True when two stories' leading patients are apart (:func:`patient_conflict` for the merge step)."""
    return bool(a) and bool(b) and not leading(a) & leading(b)
