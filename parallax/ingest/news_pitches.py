"""A newsletter's pitch that names no verb of subscribing: the news it promises, and where or when it comes.

The sign-up box under a story often holds one line that sells the newsletter without "subscribe" or "sign up":
"Die wichtigsten Nachrichten des Tages direkt in Ihrem Postfach", "Recevez l'essentiel de l'actualité chaque matin",
"Главные новости каждое утро на вашу почту", "主要ニュースを毎朝お届けします".  The calls of
:mod:`parallax.ingest.calls` and :mod:`parallax.ingest.boilerplate` look for the verbs, so such a line stayed.

It is told by two things together: the news (the day's stories, the essentials, the headlines), and either the
reader's own mailbox ("in Ihrem Postfach", "in your inbox", "dans votre boîte mail") or an opening imperative of
receiving with a schedule ("Recevez ... chaque matin", "Get ... every morning").  A report of a newspaper's service
speaks of its readers in the third person ("in die Postfächer ihrer Leser", "les abonnés reçoivent ... chaque
matin"), and the caller lets nothing in quotation marks through.  Japanese says it with "お届け" (we deliver) and the
news, by mail or on a schedule.
"""

from __future__ import annotations

import re

_NEWS = re.compile(
    r"\b(?:news|stories|headlines|nachrichten|neuigkeiten|meldungen|schlagzeilen|actualités?|infos?|essentiel|"
    r"noticias|titulares|notizie|notícias|manchetes|nieuws|новости|новини|wiadomości|informacje)\b",
    re.I,
)
# the reader's mailbox, in the second person (German "Ihrem" capitalised: lower case it is "their")
_MAILBOX = re.compile(
    r"\b(?:in (?:your|(?-i:Ihr(?:em|en)?)|dein(?:em|en)?|je) (?:e-?mail[- ])?(?:inbox|postfach|posteingang|mailbox)|"
    r"dans (?:votre|ta) boîte (?:mail|e-mail|de réception|aux lettres)|"
    r"en (?:tu|su) (?:bandeja de entrada|correo(?: electrónico)?|buzón)|"
    r"nella (?:tua|sua|vostra) (?:casella(?: di posta| email)?|inbox)|"
    r"na (?:sua|tua) caixa de (?:entrada|correio)|"
    r"на (?:вашу|твою) (?:почту|электронную почту)|в (?:ваш|твой) почтовый ящик|на (?:вашу|твою) пошту|"
    r"(?:do|na) (?:twojej|waszej|pani|pana) skrzynk\w+)",
    re.I,
)
_RECEIVE = re.compile(
    r"^[\W_]*(?:get|receive|recevez|reçois|erhalten sie|bekommen sie|erhalte|recibe|reciba|ricevi|riceva|receba|recebe|"
    r"ontvang|получайте|получай|отримуйте|otrzymuj)\b",
    re.I,
)
_SCHEDULE = re.compile(
    r"\b(?:every|each) (?:morning|day|evening|week)\b|\bdaily\b|\bweekly\b|\bjeden (?:morgen|tag|abend)\b|\bjede woche\b|\btäglich\b|"
    r"\bchaque (?:matin|jour|soir|semaine)\b|\btous les (?:matins|jours|soirs)\b|\bcada (?:mañana|día|tarde|noche|semana)\b|"
    r"\btodos los días\b|\bogni (?:mattina|giorno|sera|settimana)\b|\btodas as manhãs\b|\btodos os dias\b|\btoda manhã\b|"
    r"\belke (?:ochtend|dag|week)\b|\bкаждое утро\b|\bкаждый день\b|\bщоранку\b|\bщодня\b|\bcodziennie\b|\bco rano\b",
    re.I,
)
_JA_PITCH = re.compile(
    r"(?:ニュース|記事|情報)[^。]{0,30}(?:毎朝|毎日|毎週|メールで)[^。]{0,10}お届け|(?:毎朝|毎日|毎週|メールで)[^。]{0,30}(?:ニュース|記事|情報)[^。]{0,10}お届け"
)
_MAX_PITCH_WORDS, _MAX_JA_CHARS = 30, 60


def is_news_pitch(paragraph: str) -> bool:
    """Whether ``paragraph`` (no quotation marks in it) is a newsletter's pitch (see the module's docstring)."""
    if len(paragraph) <= _MAX_JA_CHARS and _JA_PITCH.search(paragraph):
        return True
    if len(paragraph.split()) > _MAX_PITCH_WORDS or not _NEWS.search(paragraph):
        return False
    return bool(_MAILBOX.search(paragraph) or (_RECEIVE.match(paragraph) and _SCHEDULE.search(paragraph)))
