"""Reported speech in the languages read without a parser: cue-word patterns per language.

"X dijo que ...", "X sagte, dass ...", "Według X ...", "Virtasen mukaan ...", a cue after the clause
("..., сообщил губернатор"), German reported speech in the subjunctive, and the languages written
without capitals (:mod:`.uncased`).  The parser's English and French reading, and the quote records
both make, are :mod:`.reported`'s; the sources that open a sentence ("Según la policía, ...") are
in :mod:`.opening_sources`.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.acronym_owners import acronym_owner_start
from parallax.analyze.quotes.acronym_subjects import _ACRONYM_AFTER, _MALAY_NO_THAT, acronym_subjects
from parallax.analyze.quotes.afrikaans_cues import AF_REPORTING
from parallax.analyze.quotes.afrikaans_reported import af_reported
from parallax.analyze.quotes.baltic_subjects import LANGS as BALTIC
from parallax.analyze.quotes.baltic_subjects import described_subjects
from parallax.analyze.quotes.cue_lexicon import DE_SEPARABLE_VERBS, LT_TO_WHOM, LV_TO_WHOM, NL_SEPARABLE, SL_WHEN
from parallax.analyze.quotes.cues import _NAME, _sentence_of
from parallax.analyze.quotes.dropped_subjects import dropped_subject_cues
from parallax.analyze.quotes.east_slavic import EAST_SLAVIC, east_slavic_source
from parallax.analyze.quotes.hungarian_reported import hu_reported
from parallax.analyze.quotes.indic_pronouns import text_before
from parallax.analyze.quotes.language_name_cuts import cut_to_name
from parallax.analyze.quotes.locative_bodies import locative_bodies
from parallax.analyze.quotes.marks import _inside, _words
from parallax.analyze.quotes.name_after_role import SLAVIC_OWNER_FIRST, _tr_name, slavic_name
from parallax.analyze.quotes.opening_sources import _APPOSED_NAME, _LEXICAL_ACCORDING, _OWNER_BEFORE_ROLE, _SOURCE_FIRST
from parallax.analyze.quotes.plural_cues import PLURAL_REPORTING
from parallax.analyze.quotes.reported import _quote, _quoted, _romance_according
from parallax.analyze.quotes.romance_sources import ROMANCE, described_speakers
from parallax.analyze.quotes.said_after import said_after
from parallax.analyze.quotes.swahili_said import sw_name_start, sw_said_no_that
from parallax.analyze.quotes.tagalog import tl_reported
from parallax.analyze.quotes.turkish import tr_reported
from parallax.analyze.quotes.uncased import UNCASED, find_reported, name_in
from parallax.analyze.quotes.v2_sources import inline_sources
from parallax.analyze.quotes.vietnamese_reported import vi_reported
from parallax.analyze.quotes.west_african import west_african_said
from parallax.analyze.timelex import LEXICONS
from parallax.analyze.timelex.sh import cyrillic
from parallax.analyze.titles import describes_a_role
from parallax.letters import LOWER
from parallax.records import Quote

# "X dijo que ...", "X sagte, dass ...", "X ha detto che ...": speech verbs and the word that opens
# what they report, for languages without a parser
_LEXICAL_REPORTING = {
    "de": (r"sagte|sagt|erklärte|erklärt|betonte|betont|meinte|warnte|kritisierte|" + DE_SEPARABLE_VERBS, r"dass"),
    "es": (r"dijo|afirmó|declaró|aseguró|añadió|explicó|señaló|indicó|advirtió|anunció", r"que"),
    "it": (r"ha\s+detto|ha\s+dichiarato|ha\s+affermato|ha\s+aggiunto|ha\s+spiegato|ha\s+sottolineato|ha\s+annunciato|dice|afferma", r"che"),
    "pt": (r"disse|afirmou|declarou|acrescentou|explicou|destacou|ressaltou|anunciou|alertou|diz|afirma", r"que"),
    # (and the separable verbs whole, their particle before "dat": "Jansen liet dinsdag weten dat ...", see .cue_lexicon)
    # (the one told after a verb of telling: "Een passagier vertelde aan het ANP dat ...")
    "nl": (r"zei|zegt|verklaarde|stelde|benadrukte|waarschuwde|meldde|(?:vertelde|vertelt)(?:\s+aan\s+(?:de\s+|het\s+)?[\w-]+)?"
           + "".join(rf"|(?:{finite})(?:\s+[^\s.,;:!?]+){{0,6}}?\s+{particle}" for finite, particle in NL_SEPARABLE.items()), r"dat"),
    "pl": (r"powiedział[aoy]?|oświadczył[aoy]?|stwierdził[aoy]?|dodał[aoy]?|podkreślił[aoy]?|zaznaczył[aoy]?|poinformował[aoy]?|twierdzi|uważa", r"że"),
    "ru": (r"заявил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|сообщил[аи]?|пояснил[аи]?|признал[аи]?|считает|говорит"
           r"|добавил[аи]?|предупредил[аи]?|объяснил[аи]?|уточнил[аи]?|пообещал[аи]?|напомнил[аи]?", r"что"),  # (added, warned, ...)
    "uk": (r"заявив|заявил[аи]|сказав|сказал[аи]|зазначив|зазначил[аи]|наголосив|наголосил[аи]|повідомив|повідомил[аи]|вважає|каже"
           r"|додав|додал[аи]|попередив|попередил[аи]|пояснив|пояснил[аи]|нагадав|нагадал[аи]", r"що"),
    "cs": (r"řekl[aio]?|uvedl[aio]?|dodal[aio]?|prohlásil[aio]?|sdělil[aio]?|oznámil[aio]?|potvrdil[aio]?|zdůraznil[aio]?|uvádí|tvrdí", r"že"),
    # (with "azt", the "that" it announces, before the verb: "Kiss Anna azt mondta, hogy ...")
    "hu": (r"(?:azt\s+)?(?:mondta|elmondta|közölte|közölték|nyilatkozta|hangsúlyozta|jelentette\s+ki|tájékoztatott)", r"hogy"),
    "fi": (r"sanoi|sanoo|kertoi|kertoo|totesi|korosti|arvioi|vakuutti|muistutti|ilmoitti", r"että"),
    "af": AF_REPORTING,  # "Kganyago het Dinsdag gesê dat ..." (:mod:`.afrikaans_cues`)
    "bg": (r"каза|заяви|заявиха|посочи|добави|съобщи|съобщиха|обясни|подчерта|уточни", r"че"),
}
# Slovak, Croatian/Bosnian/Serbian (both scripts, the auxiliary on either side: "Ivana Perić rekla je da ...") and
# Slovenian ("Nina Zupan je povedala, da ...")
_SH_REPORTING = "|".join(dict.fromkeys(
    f"{w}|{cyrillic(w)}" for w in "rekao rekla rekli izjavio izjavila izjavili kazao kazala naveo navela naveli istaknuo istakla "
    "naglasio naglasila objasnio objasnila potvrdio potvrdila saopštio saopštila saopćio saopćila priopćio priopćila kaže tvrdi "
    "smatra navodi dodao dodala dodali upozorio upozorila najavio najavila poručio poručila ocijenio ocijenila ocenio ocenila "
    "pojasnio pojasnila".split()))  # (added, warned, announced, sent word, judged, explained: "Ministar je dodao da ...")
_LEXICAL_REPORTING |= {
    "sk": (r"povedal[aio]?|uviedol|uviedl[aio]|dodal[aio]?|vyhlásil[aio]?|oznámil[aio]?|potvrdil[aio]?|zdôraznil[aio]?"
           r"|konštatoval[aio]?|tvrdí|uvádza|hovorí", r"že"),
    **dict.fromkeys(("hr", "bs", "sr"), (rf"(?:(?:je|su|је|су)\s+)?(?:{_SH_REPORTING})(?:\s+(?:je|su|је|су))?", r"da|kako|да|како")),
    "sl": (rf"(?:(?:je|so)\s+(?:{SL_WHEN}\s+){{0,2}})?(?:dejal[aie]?|povedal[aie]?|dodal[aie]?|izjavil[aie]?|poudaril[aie]?|pojasnil[aie]?|sporočil[aie]?"
           r"|zatrdil[aie]?|ocenil[aie]?)|pravi|meni", r"da"),
    # Lithuanian "Rasa Jankauskienė teigė, kad ...", Latvian "Ilze Kalniņa norādīja, ka ..."
    # (to whom before the verb: "Paluckas žurnalistams sakė, kad ...", see .cue_lexicon)
    "lt": (rf"(?:{LT_TO_WHOM})?(?:sakė|teigė|pareiškė|pažymėjo|pabrėžė|tvirtino|patikino|nurodė|pranešė|sako|teigia|tvirtina)", r"kad"),
    "lv": (rf"(?:{LV_TO_WHOM})?(?:sacīja|teica|paziņoja|norādīja|uzsvēra|apgalvoja|atzina|skaidroja|saka|norāda|uzsver|pastāstīja|stāstīja|piebilda|apstiprināja|informēja)", r"ka"),
    # Romanian "Ministrul Ioana Popescu a spus că ...", Catalan "L'alcalde Jaume Collboni va dir que ...", Greek "Ο υπουργός
    # ... δήλωσε ότι ...", Indonesian and Malay "... mengatakan bahwa ...", Estonian "... ütles, et ...", and the Nordic
    # "... sa att ...", "... sagde, at ..."
    "ro": (r"a\s+(?:spus|declarat|afirmat|precizat|explicat|anunțat|anunţat|subliniat|arătat|adăugat|susținut|susţinut|menționat"
           r"|menţionat|transmis|avertizat|recunoscut)|spune|declară|afirmă|susține|susţine", r"că"),
    "ca": (r"va\s+(?:dir|afirmar|declarar|assegurar|explicar|assenyalar|afegir|anunciar|advertir|reconèixer)"
           r"|ha\s+(?:dit|afirmat|declarat|assegurat|explicat|assenyalat|afegit|anunciat)|diu|afirma|assegura", r"que"),
    "el": (r"δήλωσε|είπε|ανέφερε|τόνισε|υπογράμμισε|εξήγησε|ανακοίνωσε|σημείωσε|προειδοποίησε|παραδέχθηκε|λέει|δηλώνει|υποστηρίζει|εκτίμησε|εκτιμά",
           r"ότι|πως"),
    **dict.fromkeys(("id", "ms"), (r"mengatakan|menyatakan|menjelaskan|menegaskan|mengungkapkan|menyebutkan|menuturkan|berkata"
                                   r"|mengakui|memperingatkan", r"bahwa|bahawa")),
    # Swahili: "Waziri Hamisi Mbaruku alisema kwamba ..." (a-/wa- the subject, -li- the past, -me- the perfect)
    "sw": (r"(?:a|wa)(?:li|me|na)(?:sema|eleza|ongeza|sisitiza|bainisha|onya|thibitisha|tangaza|kiri)", r"kwamba|kuwa|ya\s+kwamba"),
    "et": (r"ütles|sõnas|teatas|kinnitas|märkis|rõhutas|selgitas|lisas|tunnistas|hoiatas|ütleb|kinnitab|märgib", r"et"),
    "sv": (r"sa|sade|säger|uppgav|uppger|berättade|meddelade|betonade|underströk|menar|hävdar|konstaterade|varnade", r"att"),
    "da": (r"sagde|siger|oplyste|oplyser|fortalte|understregede|mener|påpegede|advarede|meddelte|erkendte", r"at"),
    **dict.fromkeys(("no", "nb", "nn"), (r"sa|sier|opplyste|opplyser|fortalte|understreket|mener|påpekte|advarte|meldte|erkjente",
                                         r"at")),
}
# Spain's present perfect: "El alcalde, Diego Gómez, ha anunciado que ...", "Ortega ha asegurado que ..."
_LEXICAL_REPORTING["es"] = (
    r"(?:ha|han)\s+(?:dicho|afirmado|declarado|asegurado|añadido|explicado|señalado|indicado|advertido|anunciado|reconocido"
    r"|recordado|subrayado|destacado|precisado|admitido|sostenido|confirmado)|" + _LEXICAL_REPORTING["es"][0],
    _LEXICAL_REPORTING["es"][1],
)
# Polish announcements, assurances and admissions: "Prezydent Anna Wiśniewska zapowiedziała, że ...", "Nowak zapewnił, że ..."
_LEXICAL_REPORTING["pl"] = (
    r"zapowiedział[aoy]?|zapewnił[aoy]?|przyznał[aoy]?|wyjaśnił[aoy]?|przekazał[aoy]?|ocenił[aoy]?|zapowiedzieli|zapewnili"
    r"|przypomniał[aoy]?|ostrzegł[aoy]?|zadeklarował[aoy]?|ogłosił[aoy]?|" + _LEXICAL_REPORTING["pl"][0],
    _LEXICAL_REPORTING["pl"][1],
)
# a group speaks with the verb in the plural: "I sindacati hanno dichiarato che ..." (:mod:`.plural_cues`)
_LEXICAL_REPORTING |= {lang: (f"{PLURAL_REPORTING[lang]}|{v}", t) for lang, (v, t) in _LEXICAL_REPORTING.items() if lang in PLURAL_REPORTING}


def _relative_days(lang: str) -> str:
    """The language's words for today, yesterday and tomorrow and its weekdays as one alternation ("ayer|hoy|...",
    Swahili "alisema Jumanne kwamba"), from its date lexicon."""
    words = sorted({*LEXICONS[lang].relative_days, *LEXICONS[lang].weekdays} if lang in LEXICONS else (), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or "(?!)"


# (a comma may close a role in apposition before the verb: "El presidente, Ignacio Lezcano, aseguró que")
# (and a relative day may stand between the verb and "that": "dijo ayer que", "δήλωσε σήμερα ότι", "заяви вчера, че")
_LEXICAL_INDIRECT = {
    lang: re.compile(rf"(?<![\w’'.-]){_NAME}{_ACRONYM_AFTER},?\s+(?:{verbs})(?P<day>\s+(?i:{_relative_days(lang)}))?\s?,?\s+(?:{that})\s+")
    for lang, (verbs, that) in _LEXICAL_REPORTING.items()
}
# Dutch writes its nouns in lower case, so a subject described, not named, opens the sentence with its article
# right before the reporting verb: "De minister liet dinsdag weten dat ...", "De politie meldde dat ..." (a description
# speaks, as "zei de minister" does after a quotation; one not named before, "Een passagier vertelde ... dat", too)
_NL_DESCRIBED = re.compile(
    rf"(?:(?<=[.!?][ \u00a0])|(?<=\A)|(?<=\n))(?P<spk>(?:De|Het|Een)\s[{LOWER}][\w-]+(?:\s[{LOWER}][\w-]+){{0,2}}?)"
    rf"\s+(?:{_LEXICAL_REPORTING['nl'][0]})\s?,?\s+dat\s+"
)
# German reports speech in the subjunctive without "dass": "Hallbrecht sagte, die Werte lägen unter ...",
# or puts the cue after it: "Man arbeite eng zusammen, sagte Hallbrecht."
_DE_VERBS = _LEXICAL_REPORTING["de"][0]
_DE_SAID_BEFORE = re.compile(rf"(?<![\w’'.-]){_NAME}\s+(?:{_DE_VERBS}),\s+(?!dass\b|ob\b|wie\b|als\b|wenn\b)")
_DE_SAID_AFTER = re.compile(rf",\s+(?P<cue>{_DE_VERBS}|so)\s+(?:(?:der|die)\s+)?(?:[{LOWER}][\w-]*\s+){{0,3}}{_NAME}\s*[.!?]?$")
# ... or a pronoun for the person named before: "Das sei „ein großer Schritt“ für die Region, sagte er."
_DE_SAID_AFTER_PRONOUN = re.compile(rf",\s+(?P<cue>{_DE_VERBS})\s+(?P<spk>er|sie)\s*[.!?]?$")
# a verb in the subjunctive: what makes the clause the speaker's rather than the narrator's
_DE_SUBJUNCTIVE = re.compile(
    r"\b(?:sei|seien|habe|hätten?|werde|würden?|könne|könnten|müsse|müssten|dürfe|solle|wolle|gebe|gäbe|lägen?|stehe|gehe"
    r"|komme|arbeite|wisse|brauche|liege|bleibe|fehle)\b"
)
# (a name is tried only where a word starts: linear on a long run of letters)


# short prepositions: a name after one is where or with whom, never the subject of the verb after it
# ("České velvyslanectví v Helsinkách potvrdilo, že ...": the embassy in Helsinki confirmed)
_PREPOSITIONS = {"v", "ve", "na", "u", "z", "ze", "w", "we", "в", "во", "на", "у", "із", "in", "im", "en", "em", "no", "à", "au", "da", "de", "di"}


def _after_preposition(text: str, pos: int) -> bool:
    words = text[max(0, pos - 6) : pos].split()
    return bool(words) and words[-1] in _PREPOSITIONS


# auxiliaries after a participle ("rekla je da"): the cue is the participle
_AUXILIARIES = {"je", "su", "је", "су"}


def _verb_of(m: re.Match) -> str:
    """The verb of a lexical reporting match ("<name> <verb> <that>"), not its auxiliary."""
    said = m.group()
    if m.groupdict().get("day"):  # (not the day between the verb and "that")
        said = said[: m.start("day") - m.start()] + said[m.end("day") - m.start() :]
    words = [w.strip(",") for w in said.split()[:-1]]
    if "aan" in words[1:]:  # the one told after the verb: "vertelde aan het ANP dat"
        words = words[: words.index("aan", 1)]
    return words[-2] if words[-1] in _AUXILIARIES and len(words) > 1 else words[-1]


def _speaker_span(text: str, m: re.Match, lang: str) -> tuple[int, int]:
    """The name of a lexical reporting match, past the body a role belongs to where the language puts it first."""
    if lang in SLAVIC_OWNER_FIRST:
        return slavic_name(text, m.start("spk"), m.end("spk"), m.end("spk"))
    if lang in EAST_SLAVIC:  # "В ГУ МЧС по Москве сообщили, что": the body, not "Москве" (:mod:`.acronym_owners`)
        return acronym_owner_start(text, m.start("spk"), m.end("spk"), 0), m.end("spk")
    if lang in ("id", "ms"):  # "Menteri Ketenagakerjaan Yassierli mengatakan ...": the name past the office's run, as after a quotation
        return cut_to_name(text, (m.start("spk"), m.end("spk"), "", False), (m.start(), m.end()), lang)[:2]
    if lang == "sw":  # "Waziri wa Afya Ummy Nyalali alisema kwamba": past the office's field (:mod:`.swahili_said`)
        return sw_name_start(text, m.start("spk"), m.end("spk")), m.end("spk")
    return m.start("spk"), m.end("spk")


def _lexical_indirect(article, para, sents, spans, attrib, sent_base, lang: str):
    """Reported speech by cue patterns, for pipelines without a parser: the clause after
    "<name> <verb> <that>" up to the end of its sentence, said by the name."""
    if lang in UNCASED:
        yield from _uncased_indirect(article, para, sents, spans, sent_base, lang)
        return
    pattern = _LEXICAL_INDIRECT.get(lang)
    text = para.text
    # the cue after the clause: "Tres pueblos fueron evacuados, dijo el alcalde Juan Pérez." (:mod:`.said_after`)
    for start, end, spk_start, spk_end, cue in said_after(text, sents, spans, lang):
        yield from _quote(para, sents, sent_base, attrib, start, end, (spk_start, spk_end), cue)
    if lang == "tr":  # the verb last: "Vali Ayşe Kara, okulların tatil edildiğini açıkladı." (:mod:`.turkish`)
        for s, e in sents:
            for start, end, spk_start, spk_end, cue in tr_reported(text[s:e]):
                yield from _quote(para, sents, sent_base, attrib, s + start, s + end, _tr_name(text, s + spk_start, s + spk_end), cue)
    if lang == "tl":  # the verb first: "Sinabi ni Gobernador Melchor Diclas na ..." (:mod:`.tagalog`)
        for s, e in sents:
            for start, end, spk_start, spk_end, cue in tl_reported(text[s:e]):
                yield from _quote(para, sents, sent_base, attrib, s + start, s + end, (s + spk_start, s + spk_end), cue)
    if lang == "vi":  # no marks: "Ông Nguyễn Ngọc Nam cho biết giá đã tăng 12%" (:mod:`.vietnamese_reported`)
        for s, e in sents:
            for start, end, spk_start, spk_end, cue in vi_reported(text[s:e]):
                yield from _quote(para, sents, sent_base, attrib, s + start, s + end, (s + spk_start, s + spk_end), cue)
    found = [(m.end(), *_speaker_span(text, m, lang), _verb_of(m)) for m in pattern.finditer(text) if not _after_preposition(text, m.start("spk"))] if pattern else []
    if lang == "nl":
        found += [(m.end(), m.start("spk"), m.end("spk"), _verb_of(m)) for m in _NL_DESCRIBED.finditer(text)]
    if lang in BALTIC:  # "Policijas pārstāvji norādīja, ka ...": a described speaker (:mod:`.baltic_subjects`)
        found += [f for f in described_subjects(text, sents, *_LEXICAL_REPORTING[lang]) if f[0] not in {g[0] for g in found}]
    if lang == "hu":  # "Kovács Péter polgármester azt nyilatkozta az MTI-nek, hogy": role, to whom (:mod:`.hungarian_reported`)
        hu_found = hu_reported(text)  # (its name before the one told, where the generic pattern took "MTI-nek")
        found = [f for f in found if f[0] not in {g[0] for g in hu_found}] + hu_found
    if lang in ("id", "ms"):  # "Dr Rosmah Abdullah, berkata tiga kematian dicatatkan": no "bahawa"
        found += [(m.end(), *_speaker_span(text, m, lang), m.group("verb")) for m in _MALAY_NO_THAT.finditer(text)]
        found += [f for f in acronym_subjects(text) if f[0] not in {g[0] for g in found}]  # "SPR berkata …" (:mod:`.acronym_subjects`)
    if lang in ("sw", "ha", "yo"):  # no "that": "Juma Mrisho alisema watu …" (:mod:`.swahili_said`), "Musa Bello ya ce …" (:mod:`.west_african`)
        found += [f for f in (sw_said_no_that(text) if lang == "sw" else west_african_said(text, lang)) if f[0] not in {g[0] for g in found}]
    if lang == "af":  # "Botha het gesê die brug is veilig": no "dat" (:mod:`.afrikaans_reported`)
        found += af_reported(text)
    if lang in ROMANCE and lang in _LEXICAL_REPORTING:
        # a speaker described, not named: "El portavoz del Gobierno dijo que ..." (not "Gobierno" inside it)
        described = described_speakers(text, sents, *_LEXICAL_REPORTING[lang], plural=PLURAL_REPORTING.get(lang))
        clauses = {d[0] for d in described}
        found = [f for f in found if f[0] not in clauses] + described
    # a verb opening its sentence, no subject: "Dodal, že ..." (:mod:`.dropped_subjects`); "В МЧС сообщили, что" (:mod:`.locative_bodies`)
    found += [f for f in dropped_subject_cues(text, sents, lang, _LEXICAL_REPORTING.get(lang)) + locative_bodies(text, sents, lang) if f[0] not in {g[0] for g in found}]
    sourced: set[int] = set()  # clauses a source opens: two words are a statement ("Enligt Nilsson skadades ingen")
    if lang == "de":
        yield from _german_subjunctive(para, sents, spans, attrib, sent_base)
    for s, _ in sents:
        first = _SOURCE_FIRST.get(lang)
        m = (first.match(text, s) if first else None) or _LEXICAL_ACCORDING.match(text, s)
        if m is None:
            continue
        cue = m.group("cue") if "cue" in m.re.groupindex else m.group().split()[0].lower()
        if m.re is _LEXICAL_ACCORDING and (ap := _APPOSED_NAME.match(text, m.end())) and describes_a_role(m.group("src")):
            found.append((ap.end(), m.start("src"), ap.end("name"), cue))  # "Según el portavoz ..., Andrés Molina, ..."
            sourced.add(ap.end())
        elif m.re is _LEXICAL_ACCORDING and lang in ROMANCE:
            continue  # (read by :func:`_romance_according`, with a role after the name and a source that closes)
        elif len(m.group("src").split()) <= (7 if lang in _OWNER_BEFORE_ROLE | EAST_SLAVIC else 5):
            # ("Volgens Rijkswaterstaat liep de file op tot 23 kilometer, ..." has no comma after its source)
            skip = east_slavic_source(m.group("src").rstrip())[0] if lang in EAST_SLAVIC else 0
            found.append((m.end(), m.start("src") + skip, m.start("src") + len(_name_of_source(m.group("src").rstrip(), lang)), cue))
            sourced.add(m.end())
    found += inline_sources(text, sents, lang, {f[0] for f in found})  # 'wurden laut der Polizei zwei Menschen verletzt'
    read = []
    for start, spk_start, spk_end, cue in sorted(found):
        _, sent = _sentence_of(start, sents)
        end = len(text[: sent[1]].rstrip(" .!?"))
        short = end - start < 10 or _words(text[start:end]) < 2 if start in sourced else end - start < 15
        if short or _quoted(spans, start, end) > 0.5 * (end - start) or _inside(spk_start, spans):
            continue
        read += _quote(para, sents, sent_base, attrib, start, end, (spk_start, spk_end), cue)
    yield from read
    if lang in ROMANCE:
        yield from _romance_according(para, sents, spans, attrib, sent_base, read)


def _name_of_source(src: str, lang: str) -> str:
    """A Hungarian source is the name, its role after it in lower case: "Nagy László rendőrségi szóvivő
    szerint" is Nagy László's (Hungarian writes the role after the name)."""
    if lang != "hu":
        return src
    words = src.split()
    k = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
    return " ".join(words[:k]) if k >= 2 else src


def _uncased_indirect(article, para, sents, spans, sent_base, lang: str):
    """Reported speech in scripts without capitals (:func:`.uncased.find_reported`), said by the
    name in its speaker phrase (a Hindi or Urdu pronoun: by the person the paragraphs before named)."""
    text = para.text
    for start, end, spk_start, spk_end, cue in find_reported(text, sents, lang, *(text_before(article, para) if lang in ("hi", "ur") else ())):
        dense = lang == "zh"  # "据…介绍，…", "警方表示，两人被捕。": four characters are a clause (uncased_reported._ZH_REPORTED)
        if end - start < (4 if dense else 8) or _quoted(spans, start, end) > 0.5 * (end - start) or _inside(spk_start, spans):
            continue
        before = spk_start < 0  # a name in a paragraph before, whole as it stands there
        off = para.offset
        name, spk_start, spk_end = (article.text[off + spk_start : off + spk_end], spk_start, spk_end) if before else name_in(lang, text, spk_start, spk_end)
        si, _ = _sentence_of(start, sents)
        yield Quote(text[start:end], off + start, off + end, "indirect", name, off + spk_start, off + spk_end, cue, sent_base + si)


def _closes_on_its_source(m: re.Match) -> bool:
    """Whether a German attribution closes its sentence (", sagte Feuerwehrsprecher Jan Ohlsen.", ", so Ohlsen."):
    then the clause before it is the speaker's in any mood ("Fünf Menschen erlitten schwere Verletzungen, so
    Ohlsen"); only a cue before the clause ("Ohlsen sagte, ...") needs the subjunctive to tell its clause from
    the narrator's."""
    return m.re is _DE_SAID_AFTER


def _german_subjunctive(para, sents, spans, attrib, sent_base):
    """German reported speech without "dass": the clause after "<Name> sagte," when a verb of it is in the
    subjunctive (Konjunktiv I or II), or before ", sagte <Name>." / ", so <Name>." in any mood."""
    text = para.text
    for lo, hi in sents:
        # (a phrase quoted inside the clause is a partial quotation of it: 'Das sei „ein großer Schritt“, sagte er.')
        inside = [q for q in spans if lo <= q.start < hi]
        across = any(q.start < lo < q.end for q in spans)  # (a quotation that runs on from the sentence before)
        if across or inside and (_quoted(spans, lo, hi) > 0.3 * (hi - lo) or len(text[lo : inside[0].start].split()) < 2):
            continue  # a quotation that opens the sentence or fills much of it is direct speech, read as such
        pronoun = _DE_SAID_AFTER_PRONOUN.search(text[lo:hi])
        if (m := _DE_SAID_BEFORE.search(text, lo, hi)) is not None:
            start, end, source = m.end(), len(text[:hi].rstrip(" .!?")), (m.start("spk"), m.end("spk"))
            cue = m.group().split()[-1].strip(",")
        elif (m := _DE_SAID_AFTER.search(text[lo:hi])) is not None or (m := pronoun) is not None:
            start, end, source = lo, lo + m.start(), (lo + m.start("spk"), lo + m.end("spk"))
            if m is pronoun:  # who "er"/"sie" is, as of the clause's start: no noun of the clause ("Die Brücke werde …")
                source = (lo, lo)
            cue = m.group("cue")
        else:
            continue
        # (after a pronoun only the subjunctive tells the speaker's clause from the narrator's)
        if end - start >= 15 and (m is not pronoun and _closes_on_its_source(m) or _DE_SUBJUNCTIVE.search(text, start, end)):
            yield from _quote(para, sents, sent_base, attrib, start, end, source, cue)
