"""The outlet's calls to its readers in Russian, Ukrainian, Turkish, Dutch, Greek, Catalan, Bulgarian, Serbian, Slovenian,
Estonian, Persian, Hindi, Thai and Vietnamese, and the share bar's label.

:mod:`parallax.ingest.boilerplate` recognises a call by its vocabulary and its shape (an imperative opening, the reader
addressed), for the languages whose imperative opens the sentence and whose pronouns it lists.  The calls
here are told by their words alone: the plural or polite imperative of subscribing, following or downloading
("Подписывайтесь на наш канал", "Підпишіться на розсилку", "Bizi Twitter'da takip edin", "Meld je aan voor
onze nieuwsbrief", "Ακολουθήστε μας στο Facebook"), or the outlet's own channel or app.  A report prints
such words only inside quotation marks (the caller checks that there are none), so a short paragraph holding
one is furniture wherever it stands.  Turkish puts its verb last, so an opening imperative would miss it.
"""

from __future__ import annotations

import re

from parallax.ingest.news_pitches import is_news_pitch

_CALLS = re.compile(
    r"(?<!\w)(?:"
    # Russian: subscribe, follow, join, download, read us in; our channel, our newsletter
    r"подписывайтесь|подпишитесь|следите за новостями|присоединяйтесь к нам|скачайте (?:наше )?приложение|"
    r"читайте нас в|наш(?:ем|) (?:telegram|телеграм)[- ]?канал\w*|наш канал в (?:telegram|телеграм|youtube|vk|max)|"
    # Ukrainian
    r"підписуйте?ся|підписуйтесь|підпишіться|стежте за (?:нами|новинами)|слідкуйте за (?:нами|новинами)|"
    r"приєднуйтесь до нас|завантажте (?:наш[ау] )?(?:застосунок|додаток)|читайте нас у|наш(?:ому|) (?:telegram|телеграм)[- ]?канал\w*|"
    # Turkish: "abone olun", "takip edin", "uygulamamızı indirin", "bültenimize"
    r"abone olun|bizi (?:[^.!?\n]{0,40} )?takip edin|uygulamamızı (?:indirin|yükleyin)|(?:e-)?bültenimize|"
    # Dutch: sign up, subscribe, follow us, our newsletter, our app
    r"meld je (?:nu |gratis )?aan|schrijf je (?:nu |gratis )?in|abonneer je|onze nieuwsbrief|download (?:onze|de gratis) app|"
    # Greek: subscribe, follow us, download; the newsletter
    r"εγγραφείτε|ακολουθήστε μας|κάντε εγγραφή|κατεβάστε (?:την|τη) εφαρμογή|στο newsletter|"
    # the outlet's own channel in Lithuanian, Latvian, Romanian and Hebrew: "mūsų Telegram kanale", "mūsu Telegram kanālā",
    # "canalul nostru de WhatsApp", "לערוץ הווטסאפ שלנו"
    r"mūsų (?:telegram|youtube|facebook|instagram|tiktok|whatsapp)[- ]?(?:kanal\w*|paskyr\w*)|"
    r"mūsu (?:telegram|youtube|facebook|instagram|tiktok|whatsapp)[- ]?(?:kanāl\w*|kont\w*)|"
    r"canalul (?:nostru )?de (?:telegram|youtube|whatsapp)(?: al nostru)?|"
    r"(?:ל|ב)?ערוץ ה(?:טלגרם|ווטסאפ|יוטיוב|וואטסאפ) שלנו|"
    # Persian, Hindi, Vietnamese, Turkish: follow us, share this report ("ما را در تلگرام دنبال کنید", "हमें फेसबुक पर
    # फॉलो करें", "Theo dõi chúng tôi trên Zalo", "Chia sẻ bài viết", "Haberi paylaş")
    r"ما را (?:[^.!?\n]{0,40} )?دنبال کنید|(?:این )?(?:خبر|مطلب)(?: را)? (?:[^.!?\n]{0,30} )?به اشتراک بگذارید|"
    r"हमें (?:[^।.!?\n]{0,40} )?(?:फॉलो|फ़ॉलो) करें|(?:इस )?(?:खबर|ख़बर|समाचार|लेख) को (?:[^।.!?\n]{0,30} )?शेयर करें|"
    r"theo dõi chúng tôi|chia sẻ bài (?:viết|báo)|haberi paylaş(?:ın)?|"
    # the prompt to comment and the link to the rest: "Gửi bình luận của bạn", "نظر خود را بنویسید", "Abone ol",
    # "Haberin devamı için tıklayın"
    r"gửi bình luận|viết bình luận|نظر خود را (?:بنویسید|ثبت کنید)|ارسال نظر|अपनी राय (?:दें|लिखें)|"
    r"abone ol|(?:haberin )?devamı için tıkla(?:yın)?"
    r")(?!\w)",
    re.I,
)
# Catalan, Bulgarian, Serbian (both scripts), Slovenian and Estonian: follow us, subscribe, download our app, as the
# paragraph's opening words ("Segueix-nos a Telegram", "Пратите нас на Телеграму", "Jälgi meid Telegramis"); inside a
# sentence the same words may be reported speech
_OPENING_CALLS = re.compile(
    r"^[\W_]*(?:"
    r"segueix-nos|seguiu-nos|subscriu-te|subscriviu-vos|descarrega't (?:l'app|l'aplicació)|"
    r"последвайте ни|абонирайте се|изтеглете (?:нашето )?приложение|"
    r"пратите нас|запратите нас|претплатите се|преузмите (?:нашу )?апликацију|"
    r"pratite nas|zapratite nas|pretplatite se|preuzmite (?:našu )?aplikaciju|"
    r"sledite nam|naročite se na|prenesite (?:našo )?aplikacijo|"
    r"jälgi(?:ge)? meid|telli(?:ge)? (?:meie )?uudiskiri|laadi(?:ge)? alla (?:meie )?(?:äpp|rakendus)|"
    # Lithuanian, Latvian, Romanian, Hebrew and Indonesian/Malay: "Sekite mus", "Seko mums", "Urmărește-ne", "עקבו אחרינו",
    # "Ikuti kami", and the Indonesian sites' "Simak berita ... di WhatsApp Channel"
    r"sekite mus|(?:už)?prenumeruokite|atsisiųskite (?:mūsų )?programėlę|"
    r"sekojiet mums|seko mums|abonē(?:jiet)?|lejupielādē(?:jiet)? (?:mūsu )?lietotni|"
    r"urmăre[șş]te-ne|urmări[țţ]i-ne|urmareste-ne|abonează-te|abona[țţ]i-vă|descarcă aplica[țţ]ia|"
    r"עקבו אחרינו|הצטרפו (?:לערוץ|לקבוצת|אלינו)|הירשמו (?:לניוזלטר|לערוץ)|"
    r"ikuti (?:kami|kanal|saluran)|gabung(?:lah)? (?:ke |di |dengan )?(?:saluran|kanal|grup|channel)|"
    r"simak (?:berita|informasi|update)[^.!?\n]{0,60}(?:whatsapp|telegram|google news|channel|kanal)|"
    r"dapatkan (?:update|berita|info(?:rmasi)?)\s[^.!?\n]{0,60}(?:setiap hari|dari|di)|"  # "Dapatkan update berita ... dari Kompas.com"
    # the outlet's call to follow it on a network, in the Nordic languages, Dutch and Indonesian: "Följ Dagens
    # Industri på Facebook och Instagram", "Volg NU.nl op Instagram" (the network named: "Följ med oss" is prose)
    r"(?:följ|følg|volg|ikuti)\s[^.!?\n]{0,40}?\s(?:på|op|di|on|in)\s(?:facebook|instagram|x|twitter|tiktok|youtube|linkedin|threads|bluesky|whatsapp|telegram)\b|"
    # German, French, Spanish and Portuguese: follow or like us ("Folgen Sie uns auf Twitter", "Liken Sie uns auf
    # Facebook", "Suivez-nous sur Instagram", "Retrouvez-nous sur Facebook", "Síguenos en X", "Acompanhe-nos")
    # on a network or alone ("Folgen Sie uns, sagte der Polizist" is reported speech)
    # (the imperatives of following itself are :mod:`.follow_calls`' table, which tells the note from prose)
    r"(?:liken sie uns|like uns|besuchen sie uns|rejoignez-nous)(?=\s(?:auf|bei|sur|en|no|na|nas|nos)\s|[\W_]*$)|curta (?:a )?nossa página"
    r")(?!\w)",
    re.I,
)
# The share bar's label with the networks it offers: "Поділитися: Facebook Telegram Viber", "Paylaş: X
# WhatsApp", "Deel: Facebook, LinkedIn".  Whatever the label's language, the networks after its colon are all
# the line holds.
_NETWORK = r"(?:facebook|twitter|x|telegram|viber|whatsapp|linkedin|instagram|e-?mail|messenger|vk|vkontakte|ok|reddit|pinterest|bluesky|threads|tiktok|youtube)"
_SHARE_BAR = re.compile(rf"^[^\W\d_][^:\n]{{0,30}}:\s*{_NETWORK}(?:[\s,|·•/]+{_NETWORK})+\s*$", re.I)
_MAX_CALL_WORDS = 30
# The share bar's label left alone on its line: "Dalintis", "Dalies ar šo rakstu", "Distribuie articolul", "שתפו את
# הכתבה", "Bagikan artikel ini", "Podeli vest", "Udostępnij", "Del artiklen", "Κοινοποίηση" (the whole line: the verb
# opens reporting too, "Bagikan bantuan kepada warga ...", "Delen van de stad")
_SHARE_LABEL = re.compile(
    r"^[\W_]*(?:dalintis|dalinkitės|pasidalinkite(?: straipsniu)?|dalies(?: ar šo rakstu)?|dalīties|"
    r"distribuie(?: articolul| pe facebook)?|distribui[țţ]i(?: articolul)?|שתפו(?: את הכתבה)?|שתף(?: כתבה)?|bagikan(?: artikel ini| berita ini)?|"
    # Dutch, Polish, Czech, Slovak, the South Slavic languages, Russian, Ukrainian, Hungarian, Turkish, Greek
    r"delen(?: dit artikel)?|udostępnij(?: artykuł)?|sdílet(?: článek)?|zdieľať(?: článok)?|"
    r"pod(?:ij)?eli(?:te)?(?: (?:članak|vijest|vest|novicu))?|подели(?:те)?(?: (?:вест|чланак))?|deli(?:te)?(?: (?:članek|novico))?|"
    r"сподели(?:те)?(?: (?:статията|новината))?|поделиться(?: (?:новостью|статьей))?|поділитися(?: новиною)?|"
    r"megosztás|oszd meg|paylaş|κοινοποίηση|μοιραστείτε(?: το)?|"
    # the Nordic and Baltic-Finnic languages, Catalan, Portuguese
    r"dela(?: artikeln)?|del(?: artiklen| artikkelen)?|jaa(?: artikkeli)?|jaga(?: artiklit)?|comparteix|partilhar|compartilhar)[\W_]*$",
    re.I,
)
# Thai writes no spaces between words, so its calls have no word boundary to stand between and a short line is
# one "word": follow us, follow the news on our page, share this report ("ติดตามข่าวสารได้ที่เฟซบุ๊กของเรา", "แชร์ข่าวนี้")
_THAI_CALLS = re.compile(r"ติดตามเรา|ติดตาม(?:ข่าวสาร)?[^\n]{0,30}?ของเรา|(?:กด)?แชร์(?:ข่าว|บทความ|โพสต์)นี้")
_MAX_THAI_CALL_CHARS = 80


def call_reason(paragraph: str) -> str | None:
    """Why a paragraph without quotation marks is one of the calls above, or ``None``."""
    if _SHARE_BAR.match(paragraph) or _SHARE_LABEL.match(paragraph):
        return "share or follow"
    if len(paragraph.split()) <= _MAX_CALL_WORDS and (_CALLS.search(paragraph) or _OPENING_CALLS.match(paragraph)):
        return "newsletter or sign-up"
    if len(paragraph) <= _MAX_THAI_CALL_CHARS and _THAI_CALLS.search(paragraph):
        return "newsletter or sign-up"
    if is_news_pitch(paragraph):  # "Die wichtigsten Nachrichten des Tages direkt in Ihrem Postfach" (:mod:`.news_pitches`)
        return "newsletter or sign-up"
    return None
