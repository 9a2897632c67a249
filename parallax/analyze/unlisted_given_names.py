"""A given name the list lacks, opening a sentence before a surname the report writes alone elsewhere.

"Emeka Nwosu denied that he had taken the money" came out with "Nwosu" alone as the speaker: the small English
model tagged only the second word (as a nationality, a body or a person), and :mod:`.given_name_tags` joins the
word before only when it is a listed given name (:data:`parallax.analyze.names.FIRST_NAMES`), which no list of
Igbo, Yoruba, Tamil or Irish names holds whole.  Two things together tell the first word is the person's given
name all the same:

* the pair opens a sentence ("Emeka Nwosu denied ..."), where a capitalised word is no sign of a name by itself,
  but neither is it a title, an honorific or a body's head noun ("Police", "Minister", "Mr"), nor a word of any
  entity the model found;
* the report writes the second word alone elsewhere ("Nwosu told the court"), as news writes a surname after
  the first mention, or writes the pair again.

A one-word span so preceded becomes the person's two-word name.  English text only (the model that cuts such
names); a pair in one sentence of a report and nowhere else stays as the model read it (never a guess).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from parallax.analyze.entity_evidence import _NOT_A_PERSON
from parallax.analyze.titles import HONORIFICS, PERSON_NOUNS, TITLE_WORDS
from parallax.letters import LOWER, UPPER
from parallax.records import Article

# the labels the model gives a lone surname: a person, or a body, a nationality, a place it took it for
_LABELS = ("PERSON", "PER", "NORP", "ORG", "GPE", "LOC", "WORK_OF_ART", "MISC")
_SURNAME = re.compile(rf"[{UPPER}][{LOWER}’'-]+")
# a capitalised word and one space right before the span, opening a sentence: the text's or a paragraph's start,
# or after a stop and space (a quotation mark may close the sentence before)
_OPENING_WORD = re.compile(rf"(?:\A|(?<=\n)|(?<=[.!?][\s])|(?<=[.!?][\"”’][\s]))[ \t]*([{UPPER}][{LOWER}]{{2,}}) \Z")
# the words that open a sentence before a name and are none of it ("Later Nwosu said", "Yesterday Nwosu said")
_OPENERS = (
    frozenset(
        """the a an this that these those then later earlier yesterday today tonight meanwhile but and so yet also still
    when while after before since if as because though although here there now instead only even thus however
    numerous north northern south southern east eastern west western central upper lower greater inner outer
    monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december""".split()
    )
    | STOP_WORDS
)  # ("Many Democrats", "Several Kenyans", "Eastern Ukraine", "Thursday Adeyemi returned")
# a group's plural the model tags a nationality or party ("Democrats", "Kenyans", "Maoists"): never a surname
_GROUP_PLURAL = re.compile(r"(?:ans|ese|ists|ats|ites|ers|ics)\Z")


def _not_a_given_name(word: str) -> bool:
    low = word.lower()
    if len(low) > 5 and low.endswith("ing"):
        return True  # a participle opening the sentence: "Following Trump's visit", "Receiving French aid"
    return low in _OPENERS or low in HONORIFICS or low in PERSON_NOUNS or low in _NOT_A_PERSON or low in TITLE_WORDS


def _written_apart(text: str, surname: str, given_start: int, span_end: int) -> bool:
    """Whether ``text`` writes ``surname`` again outside the pair at ``given_start``..``span_end``."""
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])", text):
        if not given_start <= m.start() < span_end:
            return True
    return False


def unlisted_given_names(article: Article, person: str = "PERSON") -> None:
    """Join to its one-word span the unlisted given name that opens a sentence before it (see the module), where
    the report writes that surname elsewhere too; the span becomes ``person``'s."""
    if (article.language or "")[:2] != "en":
        return
    text = article.text
    ends = {e.end for e in article.entities}
    named_otherwise = {e.text for e in article.entities if e.label != "NORP"}
    for e in article.entities:
        if e.label not in _LABELS or not _SURNAME.fullmatch(e.text) or e.text.lower() in _NOT_A_PERSON:
            continue
        if e.label == "NORP" and (_GROUP_PLURAL.search(e.text) or e.text not in named_otherwise):
            continue  # a nationality ("French") unless the model reads the word as a name elsewhere ("Nwosu")
        given = _OPENING_WORD.search(text, max(0, e.start - 24), e.start)
        if given is None or given.end(1) in ends or _not_a_given_name(given.group(1)):
            continue
        if _written_apart(text, e.text, given.start(1), e.end):
            e.text, e.start, e.label = text[given.start(1) : e.end], given.start(1), person
