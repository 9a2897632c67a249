"""The person after a body's name and a role, when a cue stands before them: '"…," said Homes For All
organiser Rachel Kemp.'

After an inverted cue English writes the speaker's body, the role in lower case and the name ("said Unite
regional officer Tom Bell", "said Fair Pay Now spokeswoman Ann Lee").  The small parser often makes a word of
the body's name the subject ("Homes", "Pay") and hangs the rest elsewhere, so the speaker came out as
"Homes" or "Fair Pay".  Where the subject after the cue is a capitalised word of such a run, and the run goes
on, in order, to one to three lower-case role words and a name tagged as a person that ends the clause,
the speaker is that name.
"""

from __future__ import annotations

_PERSON = ("PERSON", "PER")
_ROLE_WORDS = 3  # "regional organising officer"
_CLAUSE_END = {".", ",", ";", ":", "!", "?", "—", "–"}


def person_after_body_role(sub) -> tuple[int, int] | None:
    """The character span of the person named after ``sub``'s capitalised run and a role (see the module)."""
    doc, head = sub.doc, sub.head
    if sub.i <= head.i or not sub.text[:1].isupper():
        return None  # only a subject after its cue
    k = sub.i
    while k < len(doc) and doc[k].text[:1].isupper():
        k += 1  # the body's name: "Homes For All"
    role = k
    while k < len(doc) and k - role < _ROLE_WORDS and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("NOUN", "ADJ"):
        k += 1
    if k == role or k >= len(doc) or doc[k].ent_type_ not in _PERSON or not doc[k].text[:1].isupper():
        return None
    start = k
    while k < len(doc) and doc[k].ent_type_ in _PERSON and doc[k].text[:1].isupper() and (k == start or doc[k].ent_iob_ == "I"):
        k += 1
    if k < len(doc) and doc[k].text not in _CLAUSE_END:
        return None  # the name does not end the clause: "said Homes For All organiser Rachel Kemp's sister"
    return doc[start].idx, doc[k - 1].idx + len(doc[k - 1].text)
