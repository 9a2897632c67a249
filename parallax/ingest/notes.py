"""Notes an outlet prints around a story that are not reporting: the writer's contact line ("Lena Park
can be reached at lpark@example.com", "Contact the author at ...", "Follow her on X @..."), the
publisher's disclaimer ("This article is for informational purposes only and does not constitute
investment advice") and its note on its own editing ("This article was amended on 2 May to correct ...").  Both are short and carry their own fixed wording, so they are recognised by it
rather than by a call's shape (:func:`parallax.ingest.boilerplate.boilerplate_reason`): neither addresses the
reader nor opens on an imperative, and each would otherwise stand as a fact only one outlet reports.
"""

from __future__ import annotations

import re

from parallax.ingest.reader_address import reader_address_reason
from parallax.ingest.reader_tips import reader_tip_reason
from parallax.ingest.tip_lines import tip_line_reason

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")  # from a run's start, no backtracking: linear
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
# how a contact line words itself beside the address or handle
_CONTACT = re.compile(
    r"\bcan be (?:reached|contacted|emailed)\b|\b(?:contact|email|e-mail|write to|reach|follow) (?:the (?:author|writer|reporter)|him|her|them|us)\b"
    r"|\b(?:contact|email|e-mail|reach) (?-i:[A-Z]\w+(?: [A-Z]\w+)?) at\b|\bfollow [A-Z]\w+ on\b|\bon (?:twitter|x|instagram|bluesky|threads|mastodon)\b|\bsend (?:news )?tips\b|\btips? (?:to|at)\b",
    re.I,
)
_MAX_CONTACT_WORDS = 25
# a publisher's disclaimer: the fixed phrases of financial, medical and editorial notices
_DISCLAIMER = re.compile(
    r"\bfor (?:general )?information(?:al)? purposes only\b|\b(?:does|do|should) not constitute (?:\w+ )?(?:investment|financial|legal|tax|medical) advice\b"
    r"|\bis not (?:intended as )?(?:investment|financial|legal|medical) advice\b|\bnot a (?:solicitation|recommendation) to (?:buy|sell)\b"
    r"|\b(?:the )?views expressed (?:here|in this article|are those of the author)\b",
    re.I,
)
_MAX_DISCLAIMER_WORDS = 60
# the outlet's note on its own editing: "This article was amended on 2 May 2026 to correct ...", "An earlier
# version of this story misstated ...", "Correction: ...", "This story has been updated with ..."; in German, French, Spanish,
# Italian and Portuguese too: the figure it corrects is the old, wrong one, no fact of the story to compare
_EDIT_NOTE = re.compile(
    r"^\W*(?:(?:this|the) (?:article|story|report|piece|post) (?:was|has been|had been) (?:amended|updated|corrected|changed|edited)\b"
    r"|an? (?:earlier|previous) version of this (?:article|story|report|piece|post)\b|corrections?:|clarification:|editor['’]s note:"
    # German, French, Spanish, Italian, Portuguese: the label ("Korrektur:", "Rectificatif :", "Fe de errores:") or "an
    # earlier version of this article" ("In einer früheren Fassung hieß es", "Une version précédente de cet article");
    # Spanish papers head it "Fe de erratas:" as often as "Fe de errores:", Portuguese "Esclarecimento:"
    r"|(?:korrektur|korrekturhinweis|berichtigung|anmerkung der redaktion|rectificatif|correctif|erratum|note de la rédaction"
    r"|fe de err(?:ores|atas)|corrección|rectificación|aclaración|nota de la redacción|rettifica|errata(?: corrige)?|correzione"
    r"|precisazione|nota della redazione|correção|retificação|esclarecimento|nota da redação|nota da redacção)\s?:"
    r"|in einer (?:früheren|vorherigen|älteren) (?:fassung|version) (?:dieses (?:artikels|textes|beitrags)|hieß es|stand)\b"
    r"|une (?:première |précédente )?version (?:précédente |antérieure )?(?:de|d['’])\s?(?:cet|cette) (?:article|dépêche)\b"
    r"|una (?:versión|versione) (?:anterior|precedente) (?:de|di) (?:este|esta|questo|questa) (?:artículo|noticia|información|articolo|notizia)\b"
    r"|uma versão anterior (?:deste|desta) (?:artigo|notícia|reportagem)\b)",
    re.I,
)
_MAX_EDIT_NOTE_WORDS = 60


# the note on the writer that closes a story, a name and what the writer does: "Eric Lund is Marrow News' deals
# editor", "Ann Roe is a freelance writer based in Leeds", "Jana Roth ist Redakteurin im Ressort Wirtschaft".  Only the last paragraph (a person introduced in the story is
# introduced where the story needs them), a name of two to four capitalised words, "is", and the role within three
# words ("the city council member who ... and the founder of" is a sentence); never "was" (an obituary's last line).
# Roles a story's own people hold too ("Ann Roe is the founder of the shelter", "… the curator of the show") are
# left out: a closing fact about someone in the story must stay.
_BIO_NAME = r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})"
_WRITER_BIO = re.compile(
    rf"^{_BIO_NAME} (?:is (?:a|an|the|(?-i:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,2}})['’]s?)|ist(?: (?:der|die|ein|eine))?) (?:[\w&'’-]+ ){{0,3}}"
    r"(?:reporter|writer|correspondent|editor|contributor|journalist|columnist|freelancer|author|producer|intern|critic|blogger|"
    r"redakteur(?:in)?|autor(?:in)?|journalist(?:in)?|korrespondent(?:in)?|reporter(?:in)?|volontär(?:in)?|"
    r"kolumnist(?:in)?)s?\b",
    re.I,
)
# ... or the writer's beat: "Lena Marsh covers transportation for the Marrow Herald." (the outlet named after it)
_WRITER_BEAT = re.compile(rf"^{_BIO_NAME} (?:covers|reports on|writes about) [^.!?\n]{{1,60}}? (?:for|at) (?:the )?(?-i:[A-Z])", re.I)
_MAX_BIO_WORDS, _MAX_BIO_SENTENCES = 80, 4


# the paper's own correspondent named by post alone, on a line over or under the story: "Par notre correspondant à
# Rennes", "De notre envoyée spéciale à Kyiv", "Dal nostro inviato a Genova", "De nuestro corresponsal en Lima",
# "Von unserem Korrespondenten in Wien", "Från vår korrespondent i Bryssel", "From our correspondent in Rome"
# (the whole paragraph: a sentence that opens so goes on to report)
_CORRESPONDENT = re.compile(
    r"^\W*(?:(?:par|de) (?:notre|nos) (?:correspondante?s?|envoyée?s? spéciale?s?|envoyée?s?|bureau)"
    r"|dal(?:la)? nostr[oa] (?:corrispondente|inviat[oa](?: speciale)?|redazione)"
    r"|(?:de|por) (?:nuestr[oa]|nosso|nossa) (?:corresponsal|correspondente|enviad[oa](?: especial)?|redacción|redação)"
    r"|von unsere[mr] (?:korrespondent(?:en|in)?|mitarbeiter(?:in)?|redaktion)|från vår (?:korrespondent|utsände)"
    r"|from (?:our|a) (?:own )?(?:special )?correspondent)"
    r"(?:\s(?:à|au|aux|en|a|in|i|em|no|na|da|de|dans)\s[^\W\d_][^.!?\n]{0,40})?\W*$",
    re.I,
)
_MAX_CORRESPONDENT_WORDS = 10


# the agency credit that closes a story, bare on its last line: "AFP", "ANSA", "TT/NTB", "dpa", "Reuters", "ТАСС",
# and in their own scripts, which have no capitals: "भाषा" (PTI's Hindi wire), "新华社", "연합뉴스", "رويترز"
# (in parentheses it is :mod:`.clean`'s signature); an acronym in capitals, or the agencies that write their name
AGENCY_NAME = (
    r"(?:[A-ZÀ-ÝА-ЯЁ]{2,6}|dpa|Reuters|Associated Press|Agence France-Presse|Interfax|Интерфакс|РИА Новости|Ritzau|Belga|Kyodo|Xinhua|Lusa|Anadolu|Yonhap|Bernama|Agerpres"
    r"|भाषा|पीटीआई|आईएएनएस|यूएनआई|新华社|中新社|共同|時事|연합뉴스|رويترز|أ ف ب|واس)"
)
# (and after the word for "newsroom", the desk that rewrote the wire: "Redacció / ACN", "Redacción / EFE")
_NEWSROOM = r"(?:Redacció|Redacción|Redação|Redazione|Redaktion|Rédaction|Redactie|Redakcja|Redakce|Redakcia|Newsroom|Newsdesk)\s?[/,]\s?"
_AGENCY_CREDIT = re.compile(rf"^(?:©\s?)?(?:{_NEWSROOM})?{AGENCY_NAME}(?:\s?[/,]\s?{AGENCY_NAME}){{0,3}}\.?$")


def is_agency_credit(line: str) -> bool:
    """Whether ``line`` is an agency's name alone, as a wire signs a story's end ("LETA", "dpa", "TT/NTB")."""
    return bool(_AGENCY_CREDIT.match(line.strip()))


def note_reason(paragraph: str, is_last: bool = False) -> str | None:
    """``"contact line"``, ``"agency credit"`` and ``"note on the writer"`` (only at the text's end, ``is_last``: a line on the writer above the
    story is left to the byline rules), ``"disclaimer"``, ``"correction note"``, ``"correspondent line"``, ``"tip line"`` or (at the end) ``"reader address"`` when the paragraph is one of these notes, else ``None``."""
    words = paragraph.split()
    if is_last and _AGENCY_CREDIT.match(paragraph.strip()):
        return "agency credit"
    if is_last and (why := reader_address_reason(paragraph)):  # "Alle Bilder findest du hier." (:mod:`.reader_address`)
        return why
    if (
        is_last
        and len(words) <= _MAX_CONTACT_WORDS
        and _CONTACT.search(paragraph)
        and (_EMAIL.search(paragraph) or _HANDLE.search(paragraph))
    ):
        return "contact line"
    if why := tip_line_reason(paragraph) or reader_tip_reason(paragraph):  # "Har du tips? Mejla oss på ...", "Got a tip? Let us know."
        return why  # (:mod:`.tip_lines`, :mod:`.reader_tips`)
    if (
        is_last
        and len(words) <= _MAX_BIO_WORDS
        and (_WRITER_BIO.match(paragraph) or _WRITER_BEAT.match(paragraph))
        and paragraph.count(". ") < _MAX_BIO_SENTENCES
    ):
        return "note on the writer"
    if len(words) <= _MAX_DISCLAIMER_WORDS and _DISCLAIMER.search(paragraph):
        return "disclaimer"
    if len(words) <= _MAX_EDIT_NOTE_WORDS and _EDIT_NOTE.match(paragraph):
        return "correction note"
    if len(words) <= _MAX_CORRESPONDENT_WORDS and _CORRESPONDENT.match(paragraph):
        return "correspondent line"
    return None
