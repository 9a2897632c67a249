"""One form for the unnamed official who speaks for a body: "porte-parole de la SNCF", never "Un porte-parole ...",
"SNCF" or "portavoz" alone.

News in French, Spanish, Italian, Portuguese, Catalan, Dutch, German and Polish names such a source by its role and
the body it is of, with a definite or an indefinite article, before or after the quotation: '«...», dijo un portavoz
de Renfe.', 'Según el portavoz de Renfe, «...»', 'Un porte-parole de la SNCF a déclaré : « ... »', '„...“, sagte ein
Sprecher der Bahn.', '„...” – powiedział rzecznik prasowy Kolei Wschodnich.'  The attribution steps that read these
shapes give three forms of one speaker: the role with its article ("un porte-parole de la SNCF", "Il portavoce"), the
role alone ("portavoz"), or the body after it ("Renfe", "Kolei Wschodnich": a name the lexical patterns or the entity
model took for the speaker's).  Three outlets reporting one spokesperson then name three speakers, and a body named
as the speaker may be read as a misattribution against an outlet that names the spokesperson.

After attribution, :func:`role_of_body_speakers` writes each such speaker as English "spokesperson for the DGT" is
written: the role (and an adjective after it: "rzecznik prasowy"), the "of" and the body, without the article.  The
role must be a title or a person's noun (:func:`~parallax.analyze.titles.describes_a_role`), so "un informe de la
DTV" names no one; a speaker a step resolved to someone else's name (a pronoun's antecedent) is left alone, and so is
a name in apposition after the body ("el portavoz de Renfe, Ana Gil,"), which the steps give as the speaker.

The French parser also hangs the time of the statement on the body ('a déclaré un porte-parole de la Sorail jeudi
soir'): a time expression that ends a speaker's words is cut from them first (:func:`_without_time_after`), in any
language, as "Thursday" alone is no speaker.
"""

from __future__ import annotations

import re
from functools import cache

from parallax.analyze.quotes.acronym_bodies import acronym_body
from parallax.analyze.quotes.polish_according import according_roles
from parallax.analyze.span_index import index_of
from parallax.analyze.titles import DEFINITE, describes_a_role
from parallax.letters import LOWER, UPPER
from parallax.records import Article

# per language: the articles before the role (any case), and the "of" (with its article) joining the role to its body
_ARTICLES = {
    "fr": r"un|une|le|la|l['’]",
    "es": r"un|una|el|la",
    "it": r"un|una|uno|un['’]|il|lo|la|l['’]",
    "pt": r"um|uma|o|a",
    "ca": r"un|una|el|la|l['’]",
    "nl": r"een|de|het",
    "de": r"ein|eine|einer|eines|einem|einen|der|die|das|des|dem|den",
    "pl": r"(?!)",
}
_OF = {
    "fr": r"de(?:\s(?:la|l['’]))?|du|des|d['’]",
    "es": r"de(?:\s(?:la|los|las))?|del",
    "it": r"di|del|della|dello|dei|degli|delle|dell['’]",
    "pt": r"de|da|do|das|dos",
    "ca": r"de(?:\s(?:la|les))?|del|dels|d['’]",
    "nl": r"(?:van|bij)(?:\s(?:de|het))?",
    "de": r"der|des|von(?:\s(?:der|dem|den))?|vom|bei(?:\s(?:der|dem))?|beim",
    "pl": r"",  # the body in the genitive, right after the role
}
# a Polish body in the genitive: a word with a genitive ending ("Kolei Wschodnich", "Ministerstwa Zdrowia") or an
# acronym ("PKP"); a name in the nominative after the role ("premier Jan Nowak") is the role's holder, no body
_PL_GENITIVE = re.compile(r"(?:ych|ich|ego|iej|owej|stwa|ctwa|ów)$")
_WORD = r"[\w-]+"

# a description opening the sentence before a quotation's colon ("Il portavoce di ...", "Um porta-voz da CP disse:",
# read by :func:`.attribution.by_person_before_colon`): the article (``a``: an indefinite one, whose word the caller
# checks is a role) and the role, hyphenated or not
DESCRIPTION_LEAD = re.compile(
    rf"(?<!\w)(?:{DEFINITE}|(?P<a>un|una|uno|une|um|uma|een|ein|eine))(?:\s|(?<=['’]))(?P<role>[^\W\d_]{{3,}}(?:-[^\W\d_]+)*)(?=\s)", re.I
)


@cache
def _lead(lang: str) -> re.Pattern:
    """The article and the role a speaker opens with ("Un porte-parole", "Il portavoce", "Ein Sprecher")."""
    role = rf"[{UPPER}]{_WORD}" if lang == "de" else rf"[{LOWER}]{_WORD}"
    return re.compile(rf"(?i:{_ARTICLES[lang]})(?:\s|(?<=['’]))(?=(?P<role>{role})(?!\w))")


@cache
def _before_body(lang: str) -> re.Pattern:
    """The words before a body named as the speaker: an optional article, the role, an optional adjective, the "of"."""
    role = rf"[{UPPER}{LOWER}]{_WORD}" if lang == "de" else rf"[{LOWER}]{_WORD}"
    of = rf"\s(?:{_OF[lang]})(?:\s|(?<=['’]))" if _OF[lang] else r"\s"
    return re.compile(rf"(?:(?i:{_ARTICLES[lang]})(?:\s|(?<=['’])))?(?P<role>{role})(?:\s[{LOWER}]{_WORD})?{of}")


@cache
def _body_after(lang: str) -> re.Pattern:
    """The "of" and the body after a role given alone: a capitalised name of up to four words, or one word in lower
    case after an article ("de la policía"); not one a name in apposition follows ("..., Ana Gil,")."""
    name = rf"[{UPPER}][\w’'-]*(?:\s(?:[{LOWER}]{{1,4}}\s)?[{UPPER}][\w’'-]*){{0,3}}"
    return re.compile(rf"\s(?:{_OF[lang]})(?:\s|(?<=['’]))(?P<body>{name}|[{LOWER}]{_WORD})(?!\w)(?!\s*,\s*[{UPPER}])")


def _without_article(speaker: str, lang: str) -> str:
    """The speaker less the article before its role: "porte-parole de la SNCF" for "un porte-parole de la SNCF"."""
    m = _lead(lang).match(speaker)
    return speaker[m.end() :] if m and describes_a_role(m.group("role")) else speaker


def _names_body(speaker: str, lang: str) -> bool:
    """Whether a speaker written as a role names the body it is of ("porte-parole de la SNCF"); a role alone ("De
    minister") keeps its article, as "the minister" does in English: this module writes one form of a body's official."""
    return lang == "pl" or re.search(rf"\s(?:{_OF[lang]})(?:\s|(?<=['’]))\S", speaker) is not None


def _role_before(text: str, start: int, lang: str) -> int | None:
    """Where the role starts whose "of" stands right before ``start`` (the body a step took for the speaker)."""
    window = text[max(0, start - 80) : start]
    pattern = _before_body(lang)
    for word in re.finditer(r"(?<!\S)\S", window):
        m = pattern.fullmatch(window, word.start())
        if m and describes_a_role(m.group("role")):
            return start - len(window) + m.start("role")
    return None


def _a_genitive_body(body: str, lang: str) -> bool:
    return lang != "pl" or acronym_body(body) or any(_PL_GENITIVE.search(w) for w in body.split())


def _a_person(article: Article, start: int, end: int) -> bool:
    """Whether the speaker's words at ``start:end`` are a person's name, the role's holder: Polish declines it after
    "według" as it declines a body ("Według rzecznika Tomasza Wilczyńskiego, ...")."""
    return any(e.label in ("PER", "PERSON") and e.start <= start and end <= e.end for e in index_of(article.entities).reaching(start, end))


def _without_time_after(article: Article, start: int, end: int) -> int:
    """Where a speaker's words starting at ``start`` end before a time expression that closes them ("porte-parole
    de la Sorail jeudi soir"); ``end`` when none does."""
    times = [t for t in index_of(article.times).reaching(end - 1, end) if start < t.start < end <= t.end + 1]
    return len(article.text[start : min(t.start for t in times)].rstrip(" ,")) + start if times else end


def role_of_body_speakers(article: Article) -> None:
    """Write each quotation's speaker that is a role of a body, or part of one, as the role and its body (see the
    module's docstring)."""
    lang = (article.language or "")[:2]
    text = article.text
    for q in article.quotes:
        if not q.speaker or q.speaker_start is None or q.speaker_end is None:
            continue
        s, e = q.speaker_start, q.speaker_end
        if (cut := _without_time_after(article, s, e)) < e and q.speaker.endswith(article.text[cut:e].strip()):
            q.speaker, q.speaker_end, e = q.speaker[: len(q.speaker) - len(article.text[cut:e].strip())].rstrip(" ,"), cut, cut
        if lang not in _OF:
            continue
        written = _without_article(text[s:e].strip(), lang)
        speaker = _without_article(q.speaker, lang)
        if speaker != written:  # a name the step resolved from these words (a pronoun's antecedent): not re-read
            q.speaker = speaker if _names_body(speaker, lang) else q.speaker
            continue
        if (
            (role := _role_before(text, s, lang)) is not None
            and _a_genitive_body(written, lang)
            and not (lang == "pl" and _a_person(article, s, e))
        ):
            q.speaker, q.speaker_start = text[role:e], role  # "Renfe" in "Según el portavoz de Renfe"
        elif describes_a_role(written) and len(written.split()) <= 2 and (m := _body_after(lang).match(text, e)):
            q.speaker, q.speaker_end = text[e - len(written) : m.end()], m.end()  # "portavoz" before "de Renfe"
            q.speaker_start = e - len(written)
        elif _names_body(written, lang):
            q.speaker, q.speaker_start = written, e - len(written) if written != text[s:e] else s
    according_roles(article)  # 'Według rzecznika PKS, „...”': rzecznik PKS (:mod:`.polish_according`)
