"""A quotation an outlet prints word for word in its own language is a translation, not reported speech.

The comparison grades a direct quotation in another language than its group's reference ``paraphrase``
(:mod:`parallax.compare.quotes`: across languages only the meaning can be compared, not the words), the grade
reported speech gets.  The reports showed that grade as it is: "Insjöbladet (Oskar Veldt, paraphrase)", a badge
explained as "reported speech of the quotation", telling a reader that the outlet had reworded a quotation it
printed in full, translated.  The JSON keeps the grade (schema parallax.comparison/3); the text and HTML reports
name a translated direct quotation for what it is.
"""

from __future__ import annotations

TRANSLATION = "translation"


def article_languages(comparison: dict) -> dict[str, str | None]:
    """Each article's language by id."""
    return {a["id"]: a.get("language") for a in comparison.get("articles") or [] if isinstance(a, dict) and "id" in a}


def shown_fidelity(variant: dict, reference: dict | None, languages: dict[str, str | None]) -> str | None:
    """The variant's fidelity as the reports show it: ``translation`` for a direct quotation graded ``paraphrase``
    whose article is in another (known) language than the reference variant's; otherwise its grade."""
    grade = variant.get("fidelity")
    if grade != "paraphrase" or variant.get("kind", "direct") == "indirect" or reference is None:
        return grade
    own, theirs = languages.get(variant.get("article")), languages.get(reference.get("article"))
    return TRANSLATION if own and theirs and own != theirs else grade


def reference_variant(quote: dict) -> dict | None:
    """The variant the comparison graded the others against (its ``reference``), if the quotation names one."""
    variants = quote.get("variants") or []
    ref = quote.get("reference")
    return variants[ref] if isinstance(ref, int) and 0 <= ref < len(variants) else None
