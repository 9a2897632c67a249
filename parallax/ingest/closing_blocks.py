"""The blocks that close a page under its article: a rail of other stories, recipes or paid teasers, a profile of the company.

A press portal closes a release with "Über das Unternehmen" (or "About the company", "À propos de la société") and
one paragraph on the firm; a recipe or news site closes with "Polecane przepisy", "Zobacz także", "Weitere Rezepte",
"Recettes similaires": a heading, then a teaser or two (a headline, its first sentence) or a short list of
headlines.  None of it is the article's, and the headline of another story standing last in the body reads as the
article's own closing fact.  The rule is the shape: among the last lines a heading that names such a block (a few
words, no sentence; :data:`RELATED` lead-ins too), and after it to the end only a short list or a paragraph or two
(:func:`_closing_shape`).  A profile headed with the company's own name is :mod:`.press_release`'s, which checks
the name; here the heading names no company ("about the company", "about us"), so the next line is not checked.
A block is cut, then the one above it, if it closes the page as well (a rail under a rail).
"""

from __future__ import annotations

import re

from parallax.ingest.related_links import RELATED

# headings of a rail of other articles or recipes, in the languages the lead-ins of :data:`RELATED` miss:
# "Recommended recipes", "More recipes", "Similar articles" in English, German, French, Spanish, Italian, Portuguese,
# Dutch, Polish, Czech
_RAIL = (
    r"(?:recommended|related|similar|more|other|popular|latest) (?:recipes|articles|stories|posts|news)|"
    r"(?:empfohlene|ähnliche|weitere|verwandte|beliebte|passende) (?:rezepte|artikel|beiträge|nachrichten|themen)|"
    r"(?:recettes|articles) (?:similaires|recommandées|recommandés|liées|liés|populaires|associées|associés)|(?:plus|autres|nos) (?:de )?recettes|"
    r"(?:recetas|artículos|noticias) (?:relacionad[oa]s|recomendad[oa]s|similares|populares)|más recetas|otras recetas|"
    r"(?:ricette|articoli|notizie) (?:correlat[ie]|consigliat[ie]|simili|popolari)|altre (?:ricette|notizie)|altri articoli|"
    r"(?:receitas|artigos|notícias) (?:relacionad[oa]s|recomendad[oa]s|semelhantes|populares)|mais receitas|outras receitas|"
    r"(?:meer|andere|gerelateerde|aanbevolen|populaire|vergelijkbare) (?:recepten|artikelen|berichten|verhalen)|"
    r"(?:polecane|podobne|popularne|powiązane|najnowsze) (?:przepisy|artykuły|teksty|wpisy|materiały|wiadomości)|"
    r"więcej (?:przepisów|artykułów|tekstów|wiadomości)(?: [\w ]{0,40})?|przeczytaj (?:również|też|także)|czytaj również|"
    r"(?:související|podobné|doporučené|další|nejčtenější) (?:recepty|články|zprávy)|"
    r"(?:čtěte|přečtěte si) (?:také|též|další)"
)
# headings of a block on the company or the portal that publishes the release, with no name to check
_ABOUT = (
    r"about (?:the company|the publisher|the portal|the issuer)|"
    r"über (?:das unternehmen|die firma|die gesellschaft|den herausgeber|das (?:presse|medien)[\w -]{0,40}portal[\w .-]{0,60})|"
    r"à propos (?:de l['’]entreprise|de la société|du groupe)|acerca de (?:la empresa|la compañía)|"
    r"sobre (?:la empresa|la compañía|a empresa|a companhia)|informazioni (?:sull['’]azienda|sulla società)|"
    r"over (?:het bedrijf|de onderneming)|o (?:firmie|spółce|przedsiębiorstwie)|o (?:společnosti|firmě)"
)  # (not "about us", "über uns", "chi siamo": the heading of a page that is itself about its firm)
# headings of a closing rail of paid teasers: "Sponsored content", "Promoted stories", "Contenuti sponsorizzati"
_SPONSORED = (
    r"(?:sponsored|promoted|partner|paid) (?:content|stories|links|posts|articles)|from our (?:partners|sponsors)|"
    r"gesponserte (?:inhalte|beiträge|artikel)|(?:inhalte|angebote) (?:unserer|von) partnern|"
    r"contenus? (?:sponsorisés?|partenaires?)|contenuti sponsorizzati|contenidos? patrocinados?|conteúdos? patrocinados?"
)
# headings of a sign-up box and of the writer's box: "Sign up for our newsletter", "Newsletter abonnieren", "About the author"
_BOXES = (
    r"(?:sign up|subscribe|register) (?:for|to) (?:our|the) (?:[\w-]+ ){0,3}?newsletters?|(?:get|join) (?:our|the) (?:[\w-]+ ){0,2}?newsletters?|"
    r"(?:der|unser|the|our|la|notre|la nostra|nuestro|nuestra|o nosso|a nossa) newsletter|newsletters?(?: abonnieren| bestellen| jetzt abonnieren)?|"
    r"(?:recevez|abonnez-vous à|inscrivez-vous à) (?:notre|la) newsletter|iscriviti alla (?:nostra )?newsletter|"
    r"suscr[íi]bete a (?:nuestro|nuestra|la) (?:boletín|newsletter)|assine (?:a|nossa) newsletter|"
    r"about the (?:author|writer)|über (?:den autor|die autorin)|à propos de l['’]auteur(?:e)?|(?:sobre el|acerca del) autor|sobre la autora|"
    r"sobre (?:o|a) autor(?:a)?|l['’]autore|sull['’]autore"
)
_HEADING = re.compile(rf"^[\W_]*(?:{_RAIL}|{_ABOUT}|{_SPONSORED}|{_BOXES})[ ]?[:.]?$", re.I)
_ABOUT_HEADING = re.compile(rf"^[\W_]*(?:{_ABOUT})[ ]?[:.]?$", re.I)
_MAX_HEADING_WORDS = 12
_TAIL_LINES = 6  # a heading this near the end at most
_SHORT_WORDS = 12  # a line of a list, a headline
_MAX_PARAGRAPHS = 2  # a teaser's or a profile's paragraphs under the heading
# a portal's block on itself runs to a third paragraph under a subheading of its own (what it is, since when, and
# the terms on which its releases may be used: "Nutzung der Pressemitteilungen"); a rail's teasers do not
_MAX_ABOUT_PARAGRAPHS = 3


def _heading_kind(line: str) -> str | None:
    """"about" for a heading naming a block on the company or portal, "block" for one naming a rail or a box,
    "lead-in" for a read-also lead-in alone on its line, else ``None``."""
    if len(line.split()) > _MAX_HEADING_WORDS:
        return None
    if _ABOUT_HEADING.match(line):
        return "about"
    if _HEADING.match(line):
        return "block"
    m = RELATED.match(line)  # "Zobacz także", "Czytaj też:", "Lesen Sie auch" alone on the line
    return "lead-in" if m and not line[m.end() :].strip() else None


def _closing_shape(tail: list[str], kind: str) -> bool:
    """Whether the lines under a heading are a short list or a paragraph or two (with their headlines).  Under a
    read-also lead-in only headlines: one sits inside the body too ("Lees ook:", a headline, then the article goes
    on), and the paragraphs after it are the article's."""
    paragraphs = sum(len(ln.split()) > _SHORT_WORDS for ln in tail)
    most = {"block": _MAX_PARAGRAPHS, "about": _MAX_ABOUT_PARAGRAPHS}.get(kind, 0)
    return 0 < len(tail) <= _TAIL_LINES - 1 and paragraphs <= most


def _words(lines: list[str]) -> int:
    return sum(len(ln.split()) for ln in lines)


def without_closing_blocks(lines: list[str]) -> list[str]:
    """``lines`` without the closing rails and company blocks (a heading naming one, then a short list or a
    paragraph or two, to the end), one after another from the end; the article above always stays, and holds more
    words than the block (a page that is itself about its firm or a list of recipes is no article with a block under it)."""
    while True:
        cut = next(
            (
                i
                for i in range(max(1, len(lines) - _TAIL_LINES), len(lines) - 1)
                if (kind := _heading_kind(lines[i])) and _closing_shape(lines[i + 1 :], kind) and _words(lines[:i]) > _words(lines[i:])
            ),
            None,
        )
        if cut is None:
            return lines
        lines = lines[:cut]
