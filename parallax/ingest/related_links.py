"""Lead-ins of links to other articles ("Read also:", "Lesen Sie auch", "اقرأ أيضا", "Прочитајте још:"), in many languages.

One pattern, :data:`RELATED`, shared by the HTML extractor's line filters
(:mod:`parallax.ingest.line_filters`, :mod:`parallax.ingest.closing_lines`) and the plain-text cleaning
(:mod:`parallax.ingest.boilerplate`), which is why it has a module of its own.
"""

from __future__ import annotations

import re

from parallax.letters import UNSPACED

# "Read also: <headline>", "Related:", "Lesen Sie auch", "Lire aussi", ...:
# lead-ins of links to other articles, in the languages Parallax meets most.
_LEAD_INS = (
    # English
    r"read (?:more|also|next|this)|also read|related(?: (?:articles?|stories|story|coverage|content|news|posts?|links?|reading))?|"
    r"see (?:more|also)|more (?:on this|from|stories|news)|don'?t miss|must read|recommended(?: for you| stories)?|"
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested)|also on [\w-]+\.[a-z]{2,}\b.*|also on [\w.]+|trending(?: now)?|most (?:read|popular)|"
    r"top stories|further reading|next article|previous article|"
    # "See also" turned round, a label and the pointer after it: "Also: See our holiday sales coverage at Techwire"
    r"also ?: ?(?:see|read|watch|listen to)\b.*|"
    # the headings of the rails of other stories under an article ("Up next", "Around the web", "Editors' picks")
    r"up next|next up|what to read next|editor['’]?s['’]? picks|popular stories|latest (?:news|stories|headlines|articles)|"
    r"promoted (?:stories|content|links)|around the web|from (?:our|the) (?:partners|web)|we recommend|explore more|sponsored (?:stories|links)|"
    # a rail's heading naming the outlet or the story ("More from Forbes", "More stories from The Verge", "More on this
    # story") and the players' and rails' own ("Recommended videos", "Watch next", "Read this next", "Popular now")
    r"more (?:stories )?from (?:the )?(?-i:[A-Z][\w.&'’-]*)(?: (?-i:[A-Z][\w.&'’-]*)){0,3}|more on this (?:story|topic)|more stories|more news|"
    r"recommended videos|watch next|read this next|next story|popular now|most popular (?:stories|articles|news)|you might be interested in|"
    # German
    r"lesen sie (?:dazu |hierzu |außerdem )?(?:auch|mehr|weiter)|auch interessant|ebenfalls interessant|mehr zum thema(?: auf [\w.-]+)?|mehr dazu|zum thema|"
    r"weitere aktuelle (?:themen|artikel|beiträge|nachrichten)(?: [\w ]{0,40})?|beiträge aus dem forum|vorschau auf den nächsten artikel|meist(?:-| )(?:gelesen|diskutiert|kommentiert)|"
    r"weitere (?:artikel|beiträge|themen|nachrichten|informationen)|schon gelesen|das könnte sie (?:auch )?interessieren|"
    r"siehe auch|passend (?:dazu|zum thema)|verwandte (?:artikel|beiträge)|"
    # French
    r"(?:à )?lire (?:aussi|également|la suite)|(?:à )?voir aussi|sur le même (?:sujet|thème)|articles? (?:liés|similaires|connexes)|"
    # Spanish, Portuguese, Italian, Polish
    r"lea (?:también|además|más)|lee (?:también|además|más)|leer (?:también|además|más)|lea|mire|mira|vea (?:también|además|más)|ver (?:también|más)|"
    r"le puede interesar|te puede interesar|puedes ver|segu[íi] leyendo|sigue leyendo|siga leyendo|ler também|ler mais|notas relacionadas|noticias relacionadas|contenido relacionado|"
    r"m[áa]s informaci[óo]n|mais informa[çc](?:ão|ões)|per saperne di più|relacionad[oa]s?|leia (?:também|mais)|veja (?:também|mais)|saiba mais|leggi anche|potrebbe interessarti|"
    r"articoli correlati|czytaj (?:też|także|więcej)|zobacz (?:też|także|również)|przeczytaj (?:też|także)|"
    # Dutch, Swedish, Danish, Norwegian, Romanian, Hungarian, Turkish, Czech, Slovak
    r"lees (?:ook|meer|verder)|meer over dit onderwerp|gerelateerde artikelen|ook interessant|"
    r"läs (?:också|även|mer)|mer om ämnet|relaterat|læs (?:også|mere)|les (?:også|mer)|"
    r"cite[șşs]te (?:[șşs]i|mai mult)|citi[țţt]i (?:[șşs]i|mai mult)|vezi [șşs]i|articole (?:similare|corelate)|"
    r"kapcsolód[óo](?: (?:cikkek?|cikkünk|cikkeink|hírek|hírünk|írásunk|anyagunk))?|olvassa el ezt is|ez is érdekelheti|ezek is érdekelhetik|"
    # the Hungarian question to the reader ("Ezt is olvasta már? <headline>", have you read this too?)
    r"ezt (?:is )?olvast(?:a|ad|ák)(?: már)?|olvasd el ezt is|ezt se hagyja ki|ne hagyja ki|ajánlott cikkek|"
    r"ilgili haber(?:ler)?|ayrıca (?:okuyun|bakınız)|benzer haberler|bunlar da ilginizi çekebilir|"
    r"čtěte (?:také|též)|přečtěte si (?:také|též)|čítajte (?:aj|tiež)|súvisiace články|související (?:články|zprávy)|"
    r"mohlo by vás (?:také )?zajímat|"
    # Finnish
    r"lue (?:myös|lisää)|katso (?:myös|lisää)|aiheesta (?:lisää|muualla)|"
    # Croatian, Bosnian, Serbian (both scripts) and Slovenian: "Pročitajte i:", "Pročitajte još", "Povezane vijesti",
    # "Preberite tudi"; Danish and Norwegian "Se også"
    r"pro[čc]itaj(?:te)? (?:i|još|jo[sš]|vi[sš]e)|pogledaj(?:te)? (?:i|još|jo[sš])|(?:povezane|vezane|srodne|slične) (?:vijesti|vesti|teme)|"
    r"povezani (?:članci|[čc]lanci|sadržaji)|прочитај(?:те)? (?:и|још)|погледај(?:те)? (?:и|још)|(?:повезане|сличне) вести|"
    r"preberite (?:tudi|še|več)|sorodne novice|se også|"
    # Catalan, Bulgarian, Serbian (both scripts) and Croatian, Slovenian, Estonian
    r"llegeix(?:i|) també|llegiu també|(?:també )?(?:et|us) pot interessar|notícies relacionades|articles relacionats|"
    r"прочетете (?:още|също)|прочети (?:още|също)|вижте (?:още|също)|още по темата|свързани (?:новини|статии|материали)|"
    r"прочитајте (?:још|и)|прочитај (?:још|и)|погледајте (?:још|и)|повезане (?:вести|вијести|теме)|опширније|"
    r"pročitajte (?:još|i|više)|pročitaj (?:još|i)|pogledajte (?:još|i)|povezane (?:vesti|vijesti|teme)|vezane (?:vesti|vijesti)|opširnije|"
    r"preberite (?:tudi|še)|preberi (?:tudi|še)|poglejte (?:tudi|še)|več o temi|sorodne (?:novice|vsebine)|sorodni članki|"
    r"loe (?:ka|lisaks|veel)|vaata (?:ka|lisaks)|seotud (?:uudised|lood|artiklid)|samal teemal|"
    # Lithuanian, Latvian, Hebrew and Indonesian/Malay: "Skaitykite taip pat:", "Lasiet arī:", "קראו גם:", "Baca juga:"
    r"(?:taip pat )?skaityk(?:ite)? (?:taip pat|daugiau|ir)|susij(?:ę straipsniai|usios naujienos)|daugiau šia tema|"
    r"lasi(?:et)? arī|saistīt(?:ie raksti|ās ziņas)|vairāk par tēmu|"
    r"קר(?:או|א) (?:גם|עוד)|כתבות (?:נוספות|קשורות)|עוד בנושא|"
    r"baca (?:juga|pula)|(?:berita|artikel) (?:terkait|lainnya)|simak (?:juga|pula)|lihat juga|"
    # Greek, Russian, Ukrainian
    r"διαβάστε (?:επίσης|ακόμη|ακόμα)|δείτε (?:επίσης|ακόμη|ακόμα)|σχετικά άρθρα|σχετικές ειδήσεις|"
    r"читайте (?:также|тоже|ещё|еще)|смотрите также|читать также|по теме|(?:материалы|новости) по теме|похожие (?:новости|материалы)|"
    r"читайте (?:також|ще)|дивіться також|за темою|новини на тему|(?:матеріали|новини) за темою|схожі (?:новини|матеріали)|"
    r"περισσότερα (?:άρθρα|νέα)|ειδήσεις σήμερα|"  # (Greek sites head a list of headlines "Ειδήσεις σήμερα:")
    # Dutch and Turkish further ones
    r"meer (?:nieuws|artikelen) over|gerelateerd(?:e berichten)?|diğer haberler|ilginizi çekebilir|"
    # Arabic ("اقرأ أيضاً", tanwin or not, hamza or not), Chinese, Japanese, Korean
    r"[اإ]قرأ (?:أ|ا)يضا|[اإ]قرأ المزيد|شاهد (?:أ|ا)يضا|(?:أخبار|مواضيع|مقالات) ذات صلة|"
    r"相[关關](?:阅读|閱讀|新[闻聞]|[报報][道导導])|延伸[阅閱][读讀]|推[荐薦][阅閱][读讀]|"
    r"関連記事|関連ニュース|あわせて読みたい|관련 ?(?:기사|뉴스)|함께 (?:보면 좋은|읽으면 좋은) 기사|"
    # Persian, Hindi, Thai, Vietnamese: "بیشتر بخوانید", "यह भी पढ़ें", "อ่านเพิ่มเติม", "Xem thêm"
    r"(?:بیشتر|همچنین) بخوانید|بخوانید|(?:اخبار|مطالب|خبرهای) (?:مرتبط|مشابه)|"
    r"(?:यह|ये|इसे|इन्हें) भी पढ़ें|और पढ़ें|(?:संबंधित|सम्बंधित) (?:ख़?बरें|समाचार|लेख)|"
    r"อ่าน(?:เพิ่มเติม|ต่อ|ข่าวที่เกี่ยวข้อง)|ข่าว(?:ที่เกี่ยวข้อง|แนะนำ)|"
    r"xem thêm|đọc thêm|tin (?:liên quan|cùng chuyên mục)|bài (?:viết )?liên quan|có thể bạn quan tâm|"
    # more boxes' lead-ins (session 44's pages): German "Auch lesenswert", "Lesetipp", "Empfehlungen der Redaktion";
    # French "Pour aller plus loin", "À découvrir"; Italian "Ti potrebbe interessare", "Approfondisci"; Spanish
    # "También te puede interesar", "Noticia relacionada", "Más noticias"; Portuguese "Confira também"; Dutch "Bekijk
    # ook"; English "Recommended reading"; Japanese "【関連】", "あわせて読む"; Korean "추천 기사", "많이 본 뉴스";
    # Arabic "طالع أيضا", "ذات صلة" (each alone on its line or before a colon, as the pattern's end requires)
    r"auch lesenswert|lesetipps?|empfehlungen der redaktion|hier lesen sie mehr|lesen sie hier(?: mehr)?|"
    r"pour aller plus loin|(?:à )?découvrir (?:aussi|également)|à découvrir|ces articles peuvent vous intéresser|"
    r"ti potrebbe(?:ro)? interessare|potrebbero interessarti|approfondisci|leggi (?:pure|anche)|"
    r"también (?:puedes leer|te puede interesar|le puede interesar)|puede interesarte|quizás? te interese|"
    r"noticias? relacionadas?|más noticias|te recomendamos|confira (?:também|mais)|recomendad[oa]s para você|"
    r"bekijk ook|lees meer over|more coverage|further coverage|recommended reading|"
    r"関連(?:記事|ニュース|リンク)?】?|あわせて読む|合わせて読みたい|こちらもおすすめ|おすすめ記事|"
    r"추천 ?기사|많이 본 (?:뉴스|기사)|이 기사와 함께 많이 본 뉴스|"
    r"طالع (?:أ|ا)يض\u064b?ا|ذات صلة|مواضيع (?:مقترحة|متعلقة)|أخبار متعلقة|[اإ]قرأ (?:أ|ا)يض\u064bا"
    # "Also on gofeminin.de", "Aussi sur Marrow Info" in the other languages
    r"|(?:auch|ebenfalls) (?:auf|bei) [\w.-]+|(?:aussi|également) sur [\w.-]+|también en [\w.-]+|anche su [\w.-]+|também (?:em|no|na) [\w.-]+|ook op [\w.-]+"
)
RELATED = re.compile(
    r"^[\W_]*(?:"
    + _LEAD_INS
    + r")(?!\w)\u064b?\s*(?:[:：|›»>\-–—?]|\.{3}|…|$)",  # (the tanwin of "أيضاً" is a mark, after the word's boundary); "You may also like..."
    re.I,
)
# the lead-in with the linked headlines run on after it, no colon between: "Mehr zum Thema Hafen bleibt zu"
# (and a lead-in closed by a bracket, the headline run on after it: "【関連】給食の食材費が高騰")
_RELATED_START = re.compile(r"^[\W_]*(?:" + _LEAD_INS + r")(?:[】」』\]]|(?!\w))\u064b?\s*", re.I)
_MAX_LEAD_IN_WORDS = 30
# a paragraph of running text: where the article resumes after the box (a headline is shorter)
PROSE_WORDS = 15
_MIN_HEADLINE_WORDS = 3
# (or, in the scripts written without spaces, this many of their characters: "給食の食材費が高騰　献立を見直し")
_UNSPACED = re.compile(f"[{UNSPACED}]")
_MIN_HEADLINE_CHARS = 8
_GLUE = " \t|·•,;/"


def _only_links(rest: str, links: frozenset[str]) -> bool:
    """Whether ``rest`` is nothing but texts of the page's links, one after another, one a headline at least."""
    rest = rest.strip(_GLUE)
    headline = False
    while rest:
        found = max((link for link in links if link and rest.startswith(link)), key=len, default="")
        if not found:
            return False
        headline = headline or len(found.split()) >= _MIN_HEADLINE_WORDS or len(_UNSPACED.findall(found)) >= _MIN_HEADLINE_CHARS
        rest = rest[len(found) :].lstrip(_GLUE)
    return headline


def is_related_line(line: str, links: frozenset[str]) -> bool:
    """Whether a line is a "read also" lead-in whose linked headlines the extraction ran on after it."""
    m = _RELATED_START.match(line)
    # a full stop may close the lead-in when the linked headline follows: "LIRE AUSSI. <headline>"
    return bool(m) and m.end() < len(line) and _only_links(line[m.end() :].removeprefix("."), links)


def without_related_runs(lines: list[str], links: frozenset[str], boxed: frozenset[str] = frozenset()) -> list[str]:
    """``lines`` without the headlines a "read also" lead-in introduces inside the text: after the lead-in
    ("Mehr zum Thema", "Lees ook:") every line that is one of the page's links is another story's headline;
    the box ends where prose resumes (a line that is no link's whole text, or one of
    :data:`PROSE_WORDS` words or more).  The lead-in itself goes with the line filters; a lead-in that runs
    its headlines on in the same line goes here, and so do the lines of ``boxed``, the headlines the page sets
    under such a lead-in when the extraction dropped the lead-in (:mod:`parallax.ingest.related_boxes`)."""
    out: list[str] = []
    in_box = False
    for line in lines:
        if line in boxed:
            continue
        if in_box and line in links and len(line.split()) < PROSE_WORDS:
            continue
        in_box = bool(RELATED.match(line)) and len(line.split()) <= _MAX_LEAD_IN_WORDS
        if not in_box and links and is_related_line(line, links):
            in_box = True
            continue
        out.append(line)
    return out
