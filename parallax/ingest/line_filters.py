"""Line filters: why an extracted line is no article body.

Split out of :mod:`parallax.ingest.extract`.  :func:`line_reason` judges one line of trafilatura's output:
"read also" lead-ins, page metadata, promotions and adverts, photo credits, notes on the writer, bylines
and agency credits, comment counters, breadcrumbs, and at last the web furniture of
:func:`parallax.ingest.boilerplate.boilerplate_reason`.
"""

from __future__ import annotations

import re

from parallax.ingest.address_lines import is_address_line
from parallax.ingest.app_calls import is_app_call
from parallax.ingest.appeals import APPEAL_START
from parallax.ingest.boilerplate import QUOTE_MARKS, boilerplate_reason
from parallax.ingest.bylines import byline_reason
from parallax.ingest.caption_lines import is_credited_caption
from parallax.ingest.channel_calls import is_channel_call
from parallax.ingest.comment_prompts import is_comment_prompt
from parallax.ingest.crumb_places import is_placed_trail
from parallax.ingest.crumb_trails import is_crumb_trail
from parallax.ingest.date_lines import is_date_line, is_metadata_row, is_page_metadata
from parallax.ingest.domain_lines import is_wordmark_host
from parallax.ingest.download_notes import is_download_note
from parallax.ingest.odd_lines import is_disguised
from parallax.ingest.photo_credits import is_photo_credit
from parallax.ingest.post_nav import is_post_nav
from parallax.ingest.read_more_prose import is_read_more_link
from parallax.ingest.reader_address import reader_address_reason
from parallax.ingest.related_links import RELATED
from parallax.ingest.relative_stamps import is_relative_stamp
from parallax.ingest.topic_labels import topic_label_reason
from parallax.ingest.widget_lines import widget_reason

# Agency credits closing a wire story: "(Reporting by ...; Editing by ...)".
_CREDIT = re.compile(r"^[(\[]?\s*(?:additional )?(?:reporting|writing|editing|compiled|edited|written|produced|graphics?) by\b", re.I)
_COUNTER = re.compile(
    r"^\d*\s*(?:comments?|kommentare?|commentaires?|comentarios?|yorumlar|yorum|σχόλια|комментарии|коментарі|reacties|komentarai|komentāri|comentarii|komentar|תגובות"
    r"|bình luận|نظرات|دیدگاه(?:\u200c?ها)?|टिप्पणियां|टिप्पणियाँ|कमेंट्स?|ความคิดเห็น)(?!\w)\s*(?:\(\d+\))?\s*$",
    re.I,
)


# Calls to follow, download, join or support the outlet, in several languages.
# Phrases that are calls wherever they stand ("download the X apps",
# "¡Mira nuestro canal de YouTube!", "View Comments") ...
_PROMO = re.compile(
    r"\bdownload (?:the|our) [\w-]+ apps?\b|\b(?:our|nuestro|unseren?|notre) (?:youtube|telegram|whatsapp|instagram|tiktok)\b|"
    r"\bcanal de (?:youtube|telegram|whatsapp)\b|\b(?:youtube|telegram|whatsapp)[ -](?:channel|kanal)\b|"
    r"\bsubmit (?:your|a) letter\b|\bletters? to the editor via\b|\bview comments\b|\bkommentare anzeigen\b|\bbild anzeigen\b|"
    r"\b(?:eingeloggt|angemeldet) sein,? um\b|\bmust be logged in to\b|"
    r"\buse (?:the )?(?:promo |coupon |discount )?code\b|"
    r"\[(\w+)\b[^\]\n]{0,200}\][^\[\n]{0,200}\[/\1\]",  # a CMS shortcode left in the text: [button ...]Send us ...[/button]
    re.I,
)
# ... calls to the reader that news copy only has inside quotation marks ('the
# email said "click here to verify your account"', "We'd like to hear what you think") ...
_READER_CALL = re.compile(
    r"\bclick here\b|\b(?:cliquez ici|clicca qui|cliccate qui|haz clic aquí|haga clic aquí|pulsa aquí|pincha aquí|klicken sie hier|hier klicken)(?!\w)|\btell us what you think\b|\blet us know (?:what you think|in the comments)\b|\bwe(?:['’]d| would) (?:like|love) to hear (?:from you|what you think)\b",
    re.I,
)
# ... and their Chinese, Japanese and Korean forms: "订阅我们的每日简报", "扫码关注", "ニュースレターに登録",
# "뉴스레터 구독하기".  These scripts write no spaces, so a line's shape is its length: a call is a short line.
_CJK_CALL = re.compile(
    r"[订訂]阅我们|訂閱我們|[关關]注我[们們]|扫码关注|掃碼關注|ニュースレター(?:に|の)?(?:登録|購読)|メルマガ(?:に)?登録|뉴스레터 ?구독|구독하기"
)
_MAX_CJK_CALL_CHARS = 60
# ... and calls only at the start of a line: the appeals for support ("Support us", "Unterstütze RosaMag",
# "HAZTE MIEMBRO": :data:`parallax.ingest.appeals.APPEAL_START`) and the invitations to write to the outlet.
_PROMO_START = re.compile(r"^[\W_]*(?:puede escribirnos|schreiben sie uns|écrivez-nous)\b", re.I)
# Paid-content disclosures: a label ("*Werbung.", "ANZEIGE -") or a statement ("This post contains
# references to products ...").  The statement is a sentence of furniture wherever it stands, so it opens a
# disclosure box of several sentences too ("... from our advertisers. We may receive compensation when you
# click on links to those products. Terms apply ..."); a label word opens a sentence of reporting as well
# ("Werbung nervt.", "Anzeige gegen den Bürgermeister erstattet", "Sponsored content is growing ..."), so the label
# is one by its form: set in capitals ("WERBUNG für ...", "ANZEIGE - ...") or closed by a mark ("*Werbung.", "Anzeige:").
_AD_MARK = re.compile(
    r"^[\W_]*(?:(?-i:WERBUNG|ANZEIGE|PUBLICIDAD|PUBLICITÉ|SPONSORED|ADVERTORIAL)\b[\s.:\-–—|]|(?:werbung|anzeige|publicidad|publicité|sponsored|advertorial)[ ]?[.:\-–—|])",
    re.I,
)
_DISCLOSURE = re.compile(r"\bcontains (?:references to products|affiliate links)\b|\b(?:enthält|enthaelt) (?:werbung|affiliate)", re.I)
# An advert's label left on a line of its own where the advert was ("Advertisement", "Anzeige",
# "Publicidad", "Реклама", "广告"): the bare word is never a sentence of the report.
_AD_LABEL = re.compile(
    r"^[\W_]*(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|advertentie|"
    r"reclame|annons|annonse|annonce|mainos|reklama|reklam|реклама|διαφήμιση|publicitate|hirdetés|reklám|oglas|оглас|"
    r"إعلان|广告|廣告|広告|광고"
    # the line an advert leaves in the text: the report "continues after the advertisement", and the share row's
    # call left alone on its line ("Sdílejte článek", "Ossza meg a cikket", "Κοινοποιήστε το άρθρο")
    r"|(?:the )?(?:article|story) continues (?:below|after (?:the|this) (?:advertisement|ad))|a cikk a hirdetés után folytatódik|"
    r"článek pokračuje (?:pod|za) reklamou|"
    # where the advert began or ended ("Mainos päättyy", "Mainos alkaa"), and the report's going on after it in Finnish,
    # Danish, Norwegian, Swedish, Slovak and Croatian/Serbian/Bosnian/Slovenian
    r"mainos (?:päättyy|alkaa|loppuu)|artikkeli jatkuu mainoksen (?:jälkeen|alla)|juttu jatkuu mainoksen (?:jälkeen|alla)|"
    r"(?:artiklen|artikkelen) (?:fortsætter|fortsetter) (?:under|efter|etter) (?:annoncen|annonsen|reklamen)|artikeln fortsätter (?:under|efter) annonsen|"
    r"(?:článok|text) pokračuje (?:pod|za) reklamou|pokračovanie článku (?:pod|za) reklamou|"
    r"(?:članak|tekst|[čc]lanak) se nastavlja (?:ispod|nakon|poslije|posle) (?:oglasa|reklame)|članek se nadaljuje (?:pod|po) oglasu|"
    r"το άρθρο συνεχίζεται (?:μετά τη|κάτω από τη|κάτω από την) διαφήμιση|"
    r"sdílejte (?:článek|tento článek)|ossza meg (?:a cikket|ezt a cikket)|oszd meg (?:a cikket|ezt a cikket)|κοινοποιήστε (?:το άρθρο|το)"
    r")[\W_]*$",
    re.I,
)
# The text an embedded post's widget prints around it, kept when the post is unwrapped as the quotation it is
# (:func:`parallax.ingest.page_tree.unwrap_embedded_posts`): the prompt to open it on the network ("View this post
# on Instagram", "Sieh dir diesen Beitrag auf Instagram an") and its signature line, the account's handle in
# brackets ("A post shared by Ana Roe (@anaroe)", "Ein Beitrag geteilt von ...").  Neither is a sentence of the report.
_NETWORKS = r"(?:instagram|instagramie|facebook|tiktok|twitter|x|threads|mastodon|bluesky)"
_EMBED_PROMPT = re.compile(
    rf"^[\W_]*(?:view (?:this (?:post|photo|video|reel|thread) )?on {_NETWORKS}|post by @[\w.]{{1,40}}(?:@[\w.-]{{1,80}})?|sieh dir diesen beitrag auf {_NETWORKS} an|"
    rf"voir cette publication sur {_NETWORKS}|ver esta publicación en {_NETWORKS}|visualizza questo post su {_NETWORKS}|"
    rf"ver (?:esta|essa) (?:publicação|foto) no {_NETWORKS}|bekijk dit bericht op {_NETWORKS}|zobacz ten post na {_NETWORKS}|"
    rf"посмотреть эту публикацию в {_NETWORKS}|"
    r"(?:a post shared by|ein beitrag geteilt von|une publication partagée par|una publicación compartida (?:por|de)|"
    r"un post condiviso da|uma publicação (?:partilhada|compartilhada) por|een bericht gedeeld door)[ ][^()\n]{1,60}\(@[\w.]{1,40}\)[^\n]{0,60})[\W_]*$",
    re.I,
)
_MAX_EMBED_PROMPT_WORDS = 16
# A link to another story tagged by its kind, as tabloids set them between paragraphs: "Mayor
# furious at council over ferry fare rise [INSIGHT]", "... amid harbour turmoil [VIDEO]".
# A headline ends on no full stop, so a transcript's "That's all. [LAUGHTER]" is no such link.
_TAGGED_LINK = re.compile(r"(?<![.!?\"”’)\]])[ \t\u00a0]\[[A-Z][A-Z ]{2,15}\][ \t]{0,3}\|?[ \t]{0,3}$")
# The closing note on the writer or the outlet: "Follow him on Twitter @tomhale_news", "Follow us on
# Facebook" ("Follow us" opening a line is already furniture, see boilerplate._CTA).
_FOLLOW = re.compile(
    r"\bfollow (?:him|her|me|us)(?: (?:on|at) (?:twitter|facebook|instagram|bluesky|threads|linkedin|x)\b|[^.!?\n]{0,30}?[ (]@\w)", re.I
)  # not "follow her recovery ... on Facebook": the network right after the pronoun, or a handle
# A short label and an address, the page's print footer or a pointer elsewhere: "Publikacja dostępna na
# stronie: https://...", "Source: www.example.org", "Article available at: https://...".  A sentence of
# reporting does not end on a bare address after a colon.
_LABELLED_URL = re.compile(r"^[^:\n]{1,60}:[ ]?(?:https?://|www\.)\S+$")
_MAX_URL_LABEL_WORDS = 6
# A bulleted line whose text is one of the page's links and nothing more: the outlet's links to its
# other stories, their list markup flattened by the extraction ("- 15 Amazing Images of Stars"); a
# headline has four words or more ("- Marr and Sons" may be a list in the story whose names a tag links).
_BULLET = re.compile(r"^[-–•*][ \t]+")


# Bylines ("By Jane Doe", "Von Tobias Krämer", "Jane Doe · 21.02.2025"): bylines.byline_reason, shared with
# the plain-text cleaning

# The outlet's note at an edge of the text, a few sentences long, one of them a call to the reader: "Start your
# day with the Opening Bell ... Sign up for the free daily newsletter.", "Get access to ... Pro for Rs 599.
# Use the code "GETPRO". ...".  The whole note is too long for the line filters, but the call, read as a
# sentence of its own, is one of theirs; a report's last paragraph holds no such sentence (a call quoted
# from someone carries the quotation marks the filters let stand).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[ ]++(?=[A-Z])")  # one run of spaces after a stop: linear
_READER = re.compile(r"\b(?:you|your|du|dir|dich|dein\w*|ihr|euch|euer\w*|vous|votre|vos|tu|te|tus|puedes|podéis)\b", re.I)  # (the reader)
_CALL_REASONS = frozenset({"promotion", "newsletter or sign-up", "paywall note", "appeal for support", "closing call"})
_MAX_NOTE_WORDS = 80


# The page's breadcrumb trail, when the extraction kept it: "Accueil > Actualités > Décisions de l'AG",
# "| Hauptseite » 2010 » Oktober » 26 » Briefe |".  Three parts or more, joined by an arrow with spaces
# around it; a line with an opening guillemet uses "»" as a quotation mark ("les revues de rang « 1 »").
_CRUMB = re.compile(r"^[|\s]*[^>»›|\n]{1,60}(?:[ ][>»›][ ][^>»›|\n]{1,120}){2,}[|\s]*$")


_CRUMB_SPLIT = re.compile(r"[ ][>»›][ ]")


def is_breadcrumb(line: str) -> bool:
    """Whether ``line`` is a breadcrumb trail: its parts are the site's sections (each a name, capitalised,
    or a number of the archive's date), the last perhaps the headline.  "x > 3 and y > 4" compares."""
    if is_crumb_trail(line):  # "ホーム > 社会 > 事件", "Главная / Новости / Город" (:mod:`.crumb_trails`)
        return True
    if "«" in line or not _CRUMB.match(line) or line.rstrip(" |").endswith((".", "!", "?")):
        return False
    middle = [part.strip(" |") for part in _CRUMB_SPLIT.split(line)[1:-1]]
    return all(part[:1].isupper() or part.isdigit() for part in middle)


def is_house_note(line: str) -> bool:
    """Whether a line at the text's edge is the outlet's note: several sentences, one of them a call."""
    if len(line.split()) > _MAX_NOTE_WORDS:
        return False
    sentences = _SENTENCE_BREAK.split(line)
    # a note that opens on a question about the outlet's offer and goes on to the reader ("Kennt ihr schon unseren
    # Brandfinder? ... findet ihr ...")
    if len(sentences) > 1 and sentences[0].rstrip().endswith("?") and reader_address_reason(sentences[0]):
        return any(_READER.search(s) for s in sentences[1:]) or any(line_reason(s, is_last=True) in _CALL_REASONS for s in sentences[1:])
    return any(line_reason(s, is_last=True) in _CALL_REASONS for s in sentences[1:])  # (a note's first sentence introduces it)


def line_reason(line: str, is_last: bool = False, links: frozenset[str] = frozenset()) -> str | None:
    """Why an extracted line is not article body, or ``None``; ``links`` holds the texts of the
    page's links."""
    words = len(line.split())
    if RELATED.match(line) and words <= 30:
        return "related link"
    if topic_label_reason(line, links):  # "Dossier: The harbour bridge", over a link (:mod:`.topic_labels`)
        return "related link"
    if is_page_metadata(line) or is_relative_stamp(line):  # ("vor 5 Stunden in Aktuelles": :mod:`.relative_stamps`)
        return "page metadata"
    if is_wordmark_host(line):  # "BVINEWS.COM" (:mod:`.domain_lines`)
        return "link line"
    if words <= 25 and (
        _PROMO.search(line) or _PROMO_START.match(line) or APPEAL_START.match(line) or _AD_MARK.match(line) or _DISCLOSURE.search(line)
    ):
        return "promotion"
    if words <= _MAX_NOTE_WORDS and _DISCLOSURE.search(_SENTENCE_BREAK.split(line, maxsplit=1)[0]):
        return "promotion"
    if _AD_LABEL.match(line):
        return "advertisement"
    if is_disguised(line):
        return "disguised advert"
    if why := widget_reason(line):
        return why
    if is_download_note(line):  # "La carte existe en PDF : cliquez sur la vignette (1,2 Mo)" (:mod:`.download_notes`)
        return "widget label"
    if words <= _MAX_EMBED_PROMPT_WORDS and _EMBED_PROMPT.match(line):
        return "embed placeholder"
    if is_photo_credit(line):  # "Foto: Jonas Reiter/dpa", not "Photos by residents show ..." (:mod:`.photo_credits`)
        return "photo credit"
    if is_credited_caption(line):  # "The bridge in 2019. Photo: AP" (:mod:`.caption_lines`)
        return "photo credit"
    if len(line) <= _MAX_CJK_CALL_CHARS and _CJK_CALL.search(line) and not QUOTE_MARKS.search(line):
        return "promotion"
    if words <= 25 and _READER_CALL.search(line) and not QUOTE_MARKS.search(line):
        return "promotion"
    if is_comment_prompt(line) and not QUOTE_MARKS.search(line):  # "Connectez-vous pour commenter" (:mod:`.comment_prompts`)
        return "promotion"
    if is_channel_call(line) and not QUOTE_MARKS.search(line):  # "Receba as notícias do Diário no WhatsApp" (:mod:`.channel_calls`)
        return "promotion"
    if is_app_call(line) and not QUOTE_MARKS.search(line):  # "Download our free app", "Scarica la nostra app" (:mod:`.app_calls`)
        return "promotion"
    if words <= 25 and _TAGGED_LINK.search(line) and not QUOTE_MARKS.search(line):  # not a speech's "[APPLAUSE]"
        return "related link"
    if is_last and words <= 80 and _FOLLOW.search(line):
        return "note on the writer"
    if is_last and is_house_note(line):
        return "house note"
    if is_last and is_post_nav(line):  # "... weiter zu "die Wortwahl"", "Next post: …" (:mod:`.post_nav`)
        return "related link"
    if (m := _BULLET.match(line)) and len(line[m.end() :].split()) >= 4 and line[m.end() :] in links:
        return "related link"
    if byline_reason(line):
        return "byline"
    if is_last and byline_reason(line, "last") in (
        "credit",
        "signature",
    ):  # the closing credit or signature the article's cleaning takes too
        return "agency credit"
    if is_date_line(line):  # (after the bylines: "Jane Doe · 21.02.2025" names its writer)
        return "page metadata"
    if is_metadata_row(line):
        return "page metadata"
    if is_last and is_address_line(line):  # the site's imprint, "Firm * Street 6 * 27580 Place" (:mod:`.address_lines`)
        return "postal footer"
    if _CREDIT.match(line) and len(line.split()) <= 60:
        return "agency credit"
    if _COUNTER.match(line):
        return "comment counter"
    if _LABELLED_URL.match(line) and len(line.split()) <= _MAX_URL_LABEL_WORDS + 1:
        return "link line"
    if is_breadcrumb(line) and is_placed_trail(line, links):  # a loose trail only where navigation sits (:mod:`.crumb_places`)
        return "breadcrumb"
    if is_read_more_link(line, links):  # "Read more about …" as the link's whole text (:mod:`.read_more_prose`)
        return "related link"
    return boilerplate_reason(line, is_last=is_last)
