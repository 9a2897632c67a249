"""Hausa and Yoruba titles and roles before a name (:mod:`parallax.analyze.titles` takes them in).

Hausa names an office before the person, its field joined by the linker -n/-r ("Ministan Lafiya", minister of health;
"Ministar" for a woman; "Kakakin 'yan sanda", police spokesman), and the honorifics "Alhaji", "Hajiya", "Malam".
Yoruba names it before the person too ("Gómìnà", governor; "Ààrẹ", president) and addresses with "Ọ̀gbẹ́ni" (Mr) and
"Arábìnrin" (Ms); tone marks are written or left out, so the common titles are listed both ways.  The name after
the title is the person (":mod:`parallax.analyze.quotes.west_african` reads their speech).
"""

from __future__ import annotations

TITLES: dict[str, tuple[str, ...]] = {
    "ha": ("Gwamna", "Gwamnan", "Mataimakin Gwamna", "Shugaba", "Shugaban", "Ministan", "Ministar", "Minista", "Kwamishinan",
           "Kwamishinar", "Kwamishina", "Sanata", "Sarkin", "Sarki", "Mai Martaba", "Kakakin", "Kakakin 'yan sanda", "Alhaji",
           "Hajiya", "Malam", "Malama", "Dakta", "Dr.", "Farfesa", "Janar", "Kanar", "Kwamandan", "Daraktan", "Shugabar",
           "Mataimakin", "Mataimakiyar", "Ɗan majalisa", "Alƙali", "Mai magana da yawun"),
    "yo": ("Gómìnà", "Gomina", "Ààrẹ", "Aare", "Igbákejì Gómìnà", "Mínísítà", "Minisita", "Kọmíṣọ́nnà", "Kọmisanna", "Sẹ́nétọ̀",
           "Senato", "Ọ̀gbẹ́ni", "Ogbeni", "Arábìnrin", "Arabinrin", "Olóyè", "Oloye", "Alàgbà", "Alagba", "Dókítà", "Dokita",
           "Ọ̀jọ̀gbọ́n", "Ojogbon", "Ọba", "Oba", "Agbẹnusọ", "Alága", "Alaga", "Ọ̀gá", "Oga", "Olùdarí", "Oludari"),
}  # fmt: skip
