"""Quoted titles: the name of a film, book or operation set in quotation marks is no one's words.

Every language Parallax reads sets the title of a work, a campaign or an operation in its
quotation marks right after the noun of its kind ("the film “Winter of the Wolves”", "der Roman
„Die stille Küste“", "la película "El último verano"", "filmen ”Det sista tåget”", "η ταινία «Το
τελευταίο τρένο»"), or, in Hungarian and Turkish, before a word that says "titled" ("az „Utolsó
vonat” című film", '"Son Tren" adlı film').  A title opens with a capital in all of these
languages, which a quoted phrase that goes on with the sentence ('the operation "went as
planned"') does not.  English title case is read apart (:func:`.attribution.is_name_like`); this
catches the languages that capitalise only a title's first word.
"""

from __future__ import annotations

import re

# the noun of a work's or an operation's kind, as it stands right before the opening mark (the
# Slavic, Greek and Romanian forms are stems: the noun is declined or takes its article)
_KIND_BEFORE = {
    "en": r"film|movie|novel|book|play|song|album|series|show|programme|program|documentary|opera|musical|exhibition"
    r"|operation|campaign|codenamed|code-named|dubbed|entitled|titled|so-called",
    "de": r"Film|Spielfilm|Roman|Buch|Theaterstück|Stück|Lied|Song|Album|Serie|Sendung|Dokumentation|Oper|Ausstellung"
    r"|Operation|Aktion|Kampagne|Programm|Projekt|Initiative|Bündnis|Titel|Motto|sogenannten?|so\s+genannten?",
    "fr": r"film|roman|livre|pièce|chanson|album|série|émission|documentaire|opéra|exposition|opération|campagne"
    r"|programme|intitulée?s?|baptisée?s?|dite?s?|surnommée?s?",
    "es": r"película|novela|libro|obra|canción|álbum|serie|programa|documental|ópera|exposición|operación|campaña"
    r"|titulad[ao]s?|denominad[ao]s?|llamad[ao]s?|bautizad[ao]s?",
    "it": r"film|romanzo|libro|opera|canzone|album|serie|programma|documentario|mostra|operazione|campagna"
    r"|intitolat[oaie]|denominat[oaie]|cosiddett[oaie]|soprannominat[oaie]",
    "pt": r"filme|romance|livro|peça|canção|música|álbum|série|programa|documentário|ópera|exposição|operação|campanha"
    r"|intitulad[ao]s?|denominad[ao]s?|chamad[ao]s?|batizad[ao]s?",
    "nl": r"film|roman|boek|toneelstuk|lied|nummer|album|serie|programma|documentaire|opera|tentoonstelling|operatie"
    r"|actie|campagne|project|getiteld|zogenaamde|zogeheten",
    "sv": r"filmen|romanen|boken|pjäsen|låten|albumet|serien|programmet|dokumentären|operan|utställningen|operationen"
    r"|kampanjen|projektet|film|roman|bok|pjäs|låt|serie|kampanj|insatsen|kallade|så\s+kallade",
    "da": r"filmen|romanen|bogen|stykket|sangen|albummet|serien|programmet|dokumentaren|operationen|kampagnen|film|roman|bog",
    "no": r"filmen|romanen|boka|boken|stykket|sangen|albumet|serien|programmet|dokumentaren|operasjonen|kampanjen|film|roman|bok",
    "pl": r"film\w*|powieś\w*|książ\w*|sztu\w*|piosen\w*|album\w*|serial\w*|program\w*|dokument\w*|oper\w*|wystaw\w*"
    r"|akcj\w*|kampani\w*|projekt\w*|tytuł\w*|zwan\w*|nazwan\w*",
    "ru": r"фильм\w*|роман\w*|книг\w*|пьес\w*|спектакл\w*|песн\w*|альбом\w*|сериал\w*|программ\w*|передач\w*|выставк\w*"
    r"|операци\w*|акци\w*|кампани\w*|проект\w*|названием|так\s+называем\w*|называем\w*",
    "uk": r"фільм\w*|роман\w*|книг\w*|книж\w*|п'єс\w*|п’єс\w*|виста\w*|пісн\w*|альбом\w*|серіал\w*|програм\w*|передач\w*"
    r"|виставк\w*|операці\w*|акці\w*|кампані\w*|проєкт\w*|проект\w*|назвою|так\s+зван\w*|зван\w*",
    "cs": r"film\w*|román\w*|knih\w*|hr\w*|písn\w*|píseň|album\w*|seriál\w*|pořad\w*|program\w*|dokument\w*|oper\w*"
    r"|výstav\w*|operac\w*|akc\w*|kampa\w*|projekt\w*|názvem|takzvan\w*|tzv\.",
    "sk": r"film\w*|román\w*|knih\w*|piese\w*|album\w*|seriál\w*|relác\w*|program\w*|operáci\w*|akci\w*|kampa\w*"
    r"|projekt\w*|názvom|takzvan\w*|tzv\.",
    "ro": r"film\w*|roman\w*|cart\w*|piesa|piesei|album\w*|serial\w*|emisiun\w*|documentar\w*|oper\w*|expoziți\w*"
    r"|operațiun\w*|campani\w*|proiect\w*|intitulat\w*|numit\w*|așa-numit\w*|denumit\w*",
    "el": r"ταινία|ταινίας|μυθιστόρημα|μυθιστορήματος|βιβλίο|βιβλίου|έργο|έργου|τραγούδι|τραγουδιού|άλμπουμ|σειρά"
    r"|σειράς|εκπομπή|εκπομπής|ντοκιμαντέρ|όπερα|έκθεση|έκθεσης|επιχείρηση|επιχείρησης|εκστρατεία|εκστρατείας"
    r"|πρόγραμμα|προγράμματος|τίτλο|αποκαλούμεν\w*|λεγόμεν\w*",
    "hu": r"film\w*|regény\w*|könyv\w*|dal\w*|album\w*|sorozat\w*|műsor\w*|akció\w*|kampány\w*|program\w*|projekt\w*"
    r"|művelet\w*|úgynevezett|címmel",
    "tr": r"filmi|romanı|kitabı|şarkısı|albümü|dizisi|programı|operasyonu|kampanyası|projesi|sözde",
    "ca": r"pel·lícula|film|novel·la|llibre|obra|cançó|àlbum|sèrie|programa|documental|òpera|exposició|operació"
    r"|campanya|titulad[ae]s?|titulats|anomenad[ae]s?|anomenats|batejad[ae]s?|batejats|l['’]anomenad[ae]",
    "fi": r"elokuva\w*|romaani\w*|kirja\w*|näytelmä\w*|laulu\w*|kappale\w*|albumi\w*|sarja\w*|ohjelma\w*|dokumentti\w*"
    r"|ooppera\w*|näyttely\w*|operaatio\w*|kampanja\w*|projekti\w*|niin\s+sanottu\w*|ns\.|nimeltä",
    "bg": r"филм\w*|роман\w*|книга\w*|пиес\w*|песен\w*|песента|албум\w*|сериал\w*|предаван\w*|изложб\w*|операци\w*"
    r"|акци\w*|кампани\w*|проект\w*|инициатив\w*|т\.\s*нар\.|така\s+наречен\w*|наречен\w*|озаглавен\w*",
    "sl": r"film\w*|roman\w*|knjig\w*|predstav\w*|pesem|pesm\w*|album\w*|seri\w*|oddaj\w*|razstav\w*|operacij\w*"
    r"|akcij\w*|kampanj\w*|projekt\w*|tako\s+imenovan\w*|t\.\s*i\.|imenovan\w*|naslovom",
    # Croatian, Serbian (both scripts) and Bosnian share the nouns
    "hr": r"film\w*|roman\w*|knjig\w*|predstav\w*|pjesm\w*|pesm\w*|album\w*|serij\w*|emisij\w*|izložb\w*"
    r"|operacij\w*|akcij\w*|kampanj\w*|projekt\w*|tzv\.|takozvan\w*|nazivom|naslovom"
    r"|филм\w*|роман\w*|књиг\w*|представ\w*|песм\w*|албум\w*|серијал\w*|серија|емисиј\w*|изложб\w*"
    r"|операциј\w*|акциј\w*|кампањ\w*|пројект\w*|такозван\w*|називом|насловом",
    "vi": r"phim|tiểu\s+thuyết|cuốn\s+sách|sách|vở\s+kịch|bài\s+hát|ca\s+khúc|album|chương\s+trình|tài\s+liệu"
    r"|chiến\s+dịch|dự\s+án|triển\s+lãm|gọi\s+là|mang\s+tên|có\s+tên|tựa\s+đề",
    "hi": r"फ़िल्म|फिल्म|उपन्यास|किताब|पुस्तक|गीत|गाना|गाने|एल्बम|धारावाहिक|नाटक|वृत्तचित्र|प्रदर्शनी|अभियान|ऑपरेशन"
    r"|योजना|कार्यक्रम|तथाकथित|नामक|पत्रिका|जर्नल|अख़बार|अखबार",
    "fa": r"فیلم|رمان|کتاب|نمایش(?:نامه)?|ترانه|آهنگ|آلبوم|سریال|برنامه|مستند|نمایشگاه|عملیات|کمپین|پویش|طرح"
    r"|موسوم\s+به|به\s+نام|با\s+عنوان|به\s+اصطلاح",
    # Arabic joins "and", "to", "by" and the article to the noun ("لصحيفة", "بالمسلسل"), and writes "لـ" (to) alone
    # before an outlet it was told: 'وقال المحامي لـ"صوت النيل" إن ...' (the outlet, no one's words)
    "ar": r"(?:[وف]?(?:[لب]ـ?|كـ?)?(?:ال)?(?:فيلم|رواية|كتاب|مسرحية|أغنية|ألبوم|مسلسل|برنامج|وثائقي|معرض|عملية|حملة"
    r"|مشروع|مبادرة|صحيفة|جريدة|مجلة|وكالة|قناة|موقع|إذاعة|شبكة|منصة|حزب|حركة|جمعية|منظمة|شركة|بعنوان|المسمى"
    r"|المسماة|المعروف|المعروفة)|[وف]?لـ|ما\s+يسمى|ما\s+يعرف\s+ب)",
    # Hebrew joins the article and a preposition to the noun ("הסרט", "בספר"), hence the prefix
    "he": r"[ובלמש]?ה?(?:סרט|רומן|ספר|מחזה|שיר|אלבום|סדרה|סדרת|תוכנית|תכנית|סרט\s+התעודה|תערוכה|מבצע|קמפיין|מיזם|פרויקט)"
    r"|המכונה|המכונים|שכותרתו|בשם|כביכול",
    # Thai writes no space between words, so its nouns are matched without a word boundary
    "th": r"(?:ภาพยนตร์|หนัง|นวนิยาย|หนังสือ|เพลง|อัลบั้ม|ละคร|ซีรีส์|รายการ|สารคดี|นิทรรศการ)(?:เรื่อง|ชื่อ)?"
    r"|ปฏิบัติการ|โครงการ|แคมเปญ|ที่ชื่อ|ชื่อว่า|ที่เรียกว่า",
}
_KIND_BEFORE |= {"sr": _KIND_BEFORE["hr"], "bs": _KIND_BEFORE["hr"], "sh": _KIND_BEFORE["hr"],
                 "nb": _KIND_BEFORE["no"], "nn": _KIND_BEFORE["no"]}
# languages written without spaces between words, whose nouns stand glued to the word before
_UNSPACED = frozenset({"th"})
# the word after the closing mark that says the quotation is a title: Hungarian "az „X” című film",
# Turkish '"X" adlı film', Romanian and Czech write the kind first, so only these two
_TITLED_AFTER = {
    "hu": r"című|nevű|elnevezésű|fantázianevű",
    "tr": r"adlı|adını|isimli|başlıklı|adıyla|isimle|filmi|kitabı|romanı|dizisi|operasyonu|kampanyası",
    # Hindi may set the noun of the kind after the title as well as before it ("'द लैंसेट' पत्रिका में", in the
    # journal The Lancet; "'…' नामक किताब", a book named ...)
    "hi": r"नामक|नाम\s+की|नाम\s+का|नाम\s+से|शीर्षक|पत्रिका|जर्नल|अख़बार|अखबार|समाचार\s*पत्र|फ़िल्म|फिल्म|किताब|पुस्तक"
    r"|उपन्यास|नाटक|गीत|एल्बम|धारावाहिक|अभियान|ऑपरेशन|योजना",
}

_LEFT_EDGE = {lang: "" if lang in _UNSPACED else r"(?<!\w)" for lang in _KIND_BEFORE}
# (the straight single mark too: Hindi and much of the web set titles in '…')
_BEFORE = {lang: re.compile(rf"{_LEFT_EDGE[lang]}(?:{words})[\s\u00a0]*[«„“\"”»‚‘’‹›']?[\s\u00a0]*\Z", re.I)
           for lang, words in _KIND_BEFORE.items()}
# (from the end of the quoted words, never inside a run of spaces: linear when searched, not just matched)
_AFTER = {lang: re.compile(rf"(?<![\s\u00a0])[«„“\"”»‚‘’‹›']?[\s\u00a0]*(?:{words})(?!\w)", re.I) for lang, words in _TITLED_AFTER.items()}


# the nouns of a body with a name: a party, a company, a pipeline, a ship, set before its quoted name
# ("партия „Единая Россия“", "spółka „Orlen”", "die Pipeline „Nord Stream 2“"); stems where the noun is declined
_BODY_BEFORE = {
    "en": r"party|company|firm|group|pipeline|ship|vessel|tanker|movement|alliance|bloc",
    "de": r"Partei|Firma|Konzern|Unternehmen|Gruppe|Pipeline|Gaspipeline|Ostseepipeline|Schiff|Tanker|Bewegung"
    r"|Fraktion|Liste",
    "ru": r"парти\w*|компани\w*|концерн\w*|фирм\w*|газопровод\w*|нефтепровод\w*|трубопровод\w*|судн\w*|корабл\w*"
    r"|танкер\w*|движени\w*|блок\w*|фракци\w*|объединени\w*|холдинг\w*|групп\w*",
    "uk": r"парті\w*|компані\w*|концерн\w*|фірм\w*|газопровод\w*|нафтопровод\w*|трубопровод\w*|судн\w*|корабл\w*"
    r"|танкер\w*|рух\w*|блок\w*|фракці\w*|об['’]єднанн\w*|холдинг\w*|груп\w*",
    "pl": r"parti\w*|spół\w*|firm\w*|koncern\w*|grup\w*|gazociąg\w*|rurociąg\w*|stat\w*|tankowc\w*|ruch\w*"
    r"|klub\w*|koalicj\w*|ugrupowani\w*|komitet\w*",
    "cs": r"stran\w*|firm\w*|společnost\w*|koncern\w*|skupin\w*|plynovod\w*|ropovod\w*|lo[ďd]\w*|tanker\w*"
    r"|hnutí|koalic\w*|klub\w*",
    "sk": r"stran\w*|firm\w*|spoločnos\w*|koncern\w*|skupin\w*|plynovod\w*|ropovod\w*|lo[ďd]\w*|hnuti\w*"
    r"|koalíci\w*|klub\w*",
    "bg": r"парти\w*|компани\w*|фирм\w*|концерн\w*|груп\w*|газопровод\w*|нефтопровод\w*|кораб\w*|танкер\w*"
    r"|движени\w*|коалици\w*|формаци\w*|блок\w*",
}


def _body_noun(text: str, start: int, lang: str) -> bool:
    """Whether the noun of a party, company, pipeline or ship stands right before the quotation."""
    words = _BODY_BEFORE.get(lang)
    if words is None:
        return False
    return re.search(rf"(?<!\w)(?:{words})[\s\u00a0]*[«„“\"”»‚‘’‹›]?[\s\u00a0]*\Z", text[max(0, start - 40):start], re.I) is not None


# languages that write every noun with a capital: a capital opens any phrase there, not only a name
_NOUNS_CAPITALISED = frozenset({"de", "en", "lb"})
_NAME_MAX_WORDS = 5


def names_a_body(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the unattributed quotation ``text[start:end]`` is the name of a party, company, ship
    or the like ("лидерът на "Право и справедливост" Ярослав Качински", "депутати от „ГЕРБ“"): the
    languages that capitalise only a name's first word (Slavic, Romance, Nordic, ...) set such names
    in quotation marks inside a noun phrase, so a short quotation that opens with a capital right
    after a word (not after a colon, a comma or a dash that hand the sentence to a speaker) and
    holds no sentence of its own is a name.  Where every noun is capitalised, the noun of the
    body's kind must stand before it."""
    content = text[start:end].strip()
    first = content[:1]
    if not first.isupper() or _body_noun(text, start, lang):
        return first.isupper()
    if lang in _NOUNS_CAPITALISED or len(content.split()) > _NAME_MAX_WORDS or re.search(r"[.!?;:,]", content):
        return False
    lead = text[max(0, start - 40):start].rstrip(" \u00a0«„“\"”»‚‘’‹›")
    return bool(lead) and lead[-1].isalpha() and _THAT.search(lead) is None


# the word for "that" opening reported speech: the quotation after it is what was said ('dijo que "Nadie
# quedará atrás"'), as a colon hands it over
_THAT = re.compile(
    r"(?<!\w)(?:que|qu|che|ché|że|iż|что|чтобы|че|що|щоб|dass|daß|that|že|ze|da|ότι|πως|att|at|dat|kad|hogy|bahwa"
    r"|că|ca|että|et|jog|ka)\Z",
    re.I,
)


def names_a_work(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the quotation ``text[start:end]`` (its words, without the marks) is the title of a
    work or an operation: it opens with a capital and the noun of its kind stands right before it,
    or a word that says "titled" right after it."""
    content = text[start:end].lstrip()
    first = content[:1]
    # a script without case (Arabic, Hebrew, Devanagari, Thai, Hangul) has no capital to require
    if not (first.isupper() or (first.isalpha() and not first.islower())):
        return False
    if (before := _BEFORE.get(lang)) is not None and before.search(text, max(0, start - 40), start):
        return True
    after = _AFTER.get(lang)
    return after is not None and after.match(text, end) is not None


def name_after_that(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the quotation ``text[start:end]`` right after "that" is a name, not the words said: 'заяви, че „ГЕРБ“
    ще спечели', 'сказал, что «Единая Россия» победит'.  Where only a sentence's first word takes a capital, a
    quotation whose every long word opens with one ('Единая Россия', 'Prawo i Sprawiedliwość'), or one word in
    capitals (an acronym), names a party or a company; words said go on in small letters ('dijo que "Nadie
    quedará atrás"').  One word in title case is a name too where the clause goes on after it with its
    verb ('сказал, что «Газпром» снизит цены'): past "that" no word is a sentence's first, so its capital is
    a name's; a word said that closes the clause ('dijo que "Basta".') is left a quotation."""
    if lang in _NOUNS_CAPITALISED:
        return False
    lead = text[max(0, start - 40) : start].rstrip(" \u00a0«„“\"”»‚‘’‹›")
    words = text[start:end].split()
    if _THAT.search(lead) is None or not 0 < len(words) <= _NAME_MAX_WORDS or re.search(r"[.!?;:,]", text[start:end]):
        return False
    if len(words) == 1:
        return len(words[0]) >= 2 and (words[0].isupper() or _title_word_goes_on(text, end, words[0]))
    long = [w for w in words if len(w) > 3]
    return len(long) >= 2 and all(w[:1].isupper() for w in long)


def _title_word_goes_on(text: str, end: int, word: str) -> bool:
    """Whether ``word`` (quoted, ending at ``end``) is in title case and the sentence goes on after its
    closing mark with a word in small letters (the that-clause's verb: '«Газпром» снизит')."""
    if not (word[:1].isupper() and any(c.islower() for c in word[1:])):
        return False
    after = re.match(r"[\s\u00a0«„“\"”»‚‘’‹›]*(\w)", text[end : end + 8])
    return after is not None and after.group(1).islower()
