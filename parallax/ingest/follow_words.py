"""The words of the outlet's "Follow us" note in each language, as a table for :mod:`parallax.ingest.follow_calls`.

A site asks its readers to follow it in every language it publishes in: "Folgen Sie uns auf Telegram",
"Suivez-nous sur Instagram", "Síguenos en X", "Seguici su Facebook", "Siga-nos no Instagram", "Volg ons op
Facebook", "Obserwuj nas na Facebooku", "Подписывайтесь на наш канал", "تابعونا على تويتر", "公式Xをフォロー
してください".  A report or a feature uses the same imperative to lead the reader somewhere ("Folgen Sie uns auf
einen Rundgang durch den Hafen", "Seguici lungo il molo").  Each row here gives one language's imperative with
its "us", the words of the places a site publishes on (its channel, page, account, the networks as that language
spells them) and what the note promises ("um nichts zu verpassen", "pour ne rien manquer", "لمزيد من الأخبار"),
so that one rule tells note from prose in all of them.  Japanese puts the channel before the verb ("公式Xを
フォローして"), so its row looks back from the words, not forward.
"""

from __future__ import annotations

from dataclasses import dataclass

# the networks and messengers, as Latin-script sites write them in any language (inflected in Polish and Czech:
# "na Facebooku", "na Twitterze", "na Instagramie")
NETWORKS = (
    r"facebook\w*|twitter\w*|instagram\w*|youtube\w*|linkedin\w*|tiktok\w*|whats ?app\w*|telegram\w*|bluesky|threads|"
    r"mastodon|pinterest\w*|snapchat\w*|reddit|rss|x|vk|vkontakte|viber\w*|google news|google actualités|"
    r"google noticias|google notícias|google news\w*"
)


@dataclass(frozen=True)
class FollowWords:
    """One language's "Follow us": the imperative with its object, the places a site publishes on, and what its note
    promises (matched at the start of what follows the words).  ``channel_before``: the channel stands before the
    verb (Japanese), and the clause before the words is searched for it."""

    follow_us: str
    channels: str
    promise: str
    channel_before: bool = False


FOLLOW_WORDS: dict[str, FollowWords] = {
    "de": FollowWords(
        r"folgen sie uns|folge uns|folgt uns",
        r"kanal\w*|seite\w*|profil\w*|accounts?|konto|app|newsletter|social[ -]media|soziale\w* (?:medien|netzwerke\w*)",
        r"um (?:nichts|keine|immer|stets|auf dem laufenden)|für (?:mehr|weitere|aktuelle|die neuesten|news|neuigkeiten)|"
        r"und (?:bleiben sie|verpassen sie|erfahren sie)|(?:auch|jetzt|hier)\b",
    ),
    "fr": FollowWords(
        r"suivez-nous|suis-nous|retrouvez-nous",
        r"cha[îi]nes?|pages?|comptes?|profils?|fils?|applis?|application|newsletter|réseaux sociaux",
        r"pour (?:ne rien manquer|plus|suivre|rester|être|recevoir|découvrir|toute l'actu)|et (?:restez|ne manquez)|"
        r"(?:aussi|également|ici)\b",
    ),
    "es": FollowWords(
        r"s[íi]guenos|s[íi]ganos|s[íi]gannos",
        r"canal(?:es)?|páginas?|cuentas?|perfil(?:es)?|app|aplicación|redes(?: sociales)?",
        r"para (?:más|no perder(?:te)?|estar|recibir|enterarte|seguir|conocer)|y (?:entérate|no te pierdas|mantente)|"
        r"(?:también|aquí)\b",
    ),
    "it": FollowWords(
        r"seguici|seguiteci",
        r"canal[ei]|pagin[ae]|account|profil[oi]|app|social(?: network)?",
        r"per (?:non perdere|restare|rimanere|essere|ricevere|altre|tutte|le ultime|aggiornamenti)|(?:anche|qui)\b",
    ),
    "pt": FollowWords(
        r"siga-nos|sigam-nos|segue-nos|acompanhe-nos",
        r"canal|canais|páginas?|contas?|perfil|perfis|app|aplicativo|redes(?: sociais)?",
        r"para (?:mais|não perder|ficar|receber|acompanhar|saber)|(?:também|aqui)\b",
    ),
    "nl": FollowWords(
        r"volg ons|volgt ons",
        r"kanaal|pagina|account|profiel|app|sociale media|socials",
        r"voor (?:meer|het laatste|updates|nieuws)|om (?:op de hoogte|niets)|en blijf|(?:ook|hier)\b",
    ),
    "pl": FollowWords(
        r"obserwuj(?:cie)? nas|śledź(?:cie)? nas|polub(?:cie)? nas",
        r"kana\w*|stron\w*|kont\w*|profil\w*|aplikacj\w*|medi\w* społecznościow\w*|social\w*",
        r"(?:aby|żeby|by) (?:być|nie przegapić|wiedzieć|dowiedzieć)|(?:też|także|również|tutaj)\b",
    ),
    "ru": FollowWords(
        r"следите за нами|подписывайтесь на нас|подпишитесь на нас|присоединяйтесь к нам",
        r"телеграм\w*|вконтакте|вк|дзен\w*|одноклассник\w*|соцсет\w*|социальн\w* сет\w*|канал\w*|страниц\w*|аккаунт\w*|"
        r"групп\w*|приложени\w*|рассылк\w*",
        r"(?:чтобы|что бы) (?:быть|не пропустить|первыми|узнавать)|и (?:будьте|узнавайте)|(?:также|тоже|здесь)\b",
    ),
    "ar": FollowWords(
        r"و?تابعونا|و?تابعنا",
        r"تويتر|فيسبوك|فيس بوك|إنستغرام|انستغرام|إنستجرام|انستجرام|تيليجرام|تلغرام|تليجرام|يوتيوب|واتساب|تيك توك|"
        r"منصات\w*|مواقع التواصل\w*|وسائل التواصل\w*|صفحت\w*|حساب\w*|قنات\w*|قناة|تطبيق\w*|نشرت\w*",
        r"لمزيد|للمزيد|ليصل\w*|لتصل\w*|لمتابعة|للاطلاع|(?:أيضا|أيضاً|هنا)(?!\w)",
    ),
    "ja": FollowWords(
        r"フォロー(?:して(?:ください|下さい|ね|チェック|最新)|をお願い|お願い|よろしく|で最新|して、)",
        r"x|twitter|ツイッター|instagram|インスタ\w*|line|facebook|フェイスブック|youtube|tiktok|threads|"
        r"公式|アカウント|チャンネル|ページ",
        r"(?!)",
        channel_before=True,
    ),
}
