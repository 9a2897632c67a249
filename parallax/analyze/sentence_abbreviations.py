"""Abbreviations and short sentences at a sentence cut: a piece that ends on a
title or rank abbreviation ("asp. sztab." | "Marta Zielińska") goes on, and a
piece of one or two full words ("Remarquablement.") may stand alone.

Kept apart from :mod:`parallax.analyze.sentences` because the abbreviations
are a lexicon per language, which grows language by language.
"""

from __future__ import annotations

import re

from parallax.analyze.indic_initials import INITIALS
from parallax.ingest.stamp_lines import ZONE
from parallax.letters import MARKS

# titles, ranks and address words that stand with a full stop before a name or a number, per
# language, where the tokenizer of a pipeline without a parser does not know them and its
# sentencizer ends a sentence on their full stop ("asp. sztab." | "Marta Zielińska", "Dña." | "Rosa")
_ABBREVIATIONS = {
    lang: frozenset(words.split())
    for lang, words in {
        # aspirant (sztabowy), (nad-, pod-)komisarz, (pod-)inspektor, młodszy, starszy, sierżant, chorąży,
        # kapral, plutonowy, (pod-)porucznik, kapitan, major, (pod-)pułkownik, generał, doktor (habilitowany),
        # profesor, magister, inżynier, ksiądz, biskup, ulica, aleja, plac, osiedle, imienia, tak zwany, według;
        # the fire service's brygadier, ogniomistrz, druh, sekcyjny; minister, poseł, senator; godzina and około
        # before a figure ("o godz. 15", "ok. 300 osób"); w sprawie
        "pl": "asp sztab kom nadkom podkom insp podinsp mł st sierż chor kpr plut por ppor kpt mjr ppłk płk gen "
        "dr hab prof mgr inż ks bp abp ul al pl os im tzw wg bryg nadbryg ogn dh sekc min pos godz ok ws",
        "de": "hr hrn fr dr prof insp kom kpt st",
        "fr": "m mm mme mmes mlle dr pr me mgr st ste",
        "es": "sr sra srta sres d dña dª dr dra lic ing gral sto sta",
        "it": "sig sigg sig.ra sig.na dott dott.ssa avv ing prof on geom arch mons sen rag",
        "pt": "sr sra srs dr dra eng prof",
        "nl": "dhr mevr mw ir drs dr prof",
        "ru": "г гг ул д т.е им пр просп пер пл св",
        "uk": "м вул д ім просп пл",
        "en": "mr mrs ms dr prof st gen lt col capt sgt gov sen rep lieut jr sr inc corp ltd co",
        # cirka and klockan before a figure ("ca. 40 personer", "kl. 14"), which the Swedish tokenizer splits off
        "sv": "ca kl",
        # Lithuanian: profesorius, docentas, daktaras, habilituotas, generolas, pulkininkas, majoras, kapitonas,
        # leitenantas, ponas/ponia, gydytojas, akademikas; an address's prospektas, gatvė, alėja and numeris before
        # the house number ("Gedimino pr. 11", "Vilniaus g. 5"), telefonas
        "lt": "prof doc dr habil gen plk mjr kpt ltn p gyd akad pr g al nr tel",
        # Latvian: profesors, docents, doktors, ģenerālis, pulkvedis, kapteinis, leitnants; pulksten and apmēram before
        # a figure ("plkst. 14.30", "apm. 200 cilvēku"), numurs, tālrunis
        "lv": "prof doc dr ģen pulk kpt ltn plkst apm nr tālr",
        # Hindi: डॉक्टर, प्रोफ़ेसर, श्री (Mr) and श्रीमती (Mrs), written with a full stop before the name ("डॉ. मीरा कृष्णन")
        "hi": "डॉ प्रो श्री श्रीमती",
        # Tamil: திரு (Mr), திருமதி (Mrs), செல்வி (Miss), டாக்டர் and முனைவர் (Dr), பேரா (professor), with a full stop
        # before the name ("திரு. அருள் செல்வன்")
        "ta": "திரு திருமதி செல்வி டாக்டர் முனைவர் பேரா",
        # Swahili: Daktari (Dkt., Dk.), Mheshimiwa (Mhe.), Bwana (Bw.), Bibi (Bi.), profesa
        "sw": "dkt dk mhe bw bi prof",
        # Indonesian and Malay: doktor, doktorandus, insinyur, profesor, Haji/Hajah, Kiai Haji, Nyonya, Saudara, Encik,
        # Puan, Tuan, and Jalan before a street's name ("Jl. Sudirman", "Jln. Ampang")
        "id": "dr drs ir prof h hj kh ny sdr jl jln",
        "ms": "dr prof hj en pn tn jl jln",
        # Tagalog news keeps English titles: Attorney, Secretary, Engineer, Governor, Congressman, Senator,
        # Representative, President, the ranks; Ginang, Ginoo, Binibini; Barangay, Santo/Santa before a name
        "tl": "atty sec engr gob gov kong cong sen rep pres gen col sgt lt dr prof gng g bb brgy sto sta",
        # Vietnamese: Tiến sĩ, Phó giáo sư, Giáo sư, Thạc sĩ, Bác sĩ, Thành phố ("TP. Hồ Chí Minh")
        "vi": "ts pgs gs ths bs tp",
        # Turkish: doktor, profesör, doçent, avukat, uzman, yardımcı, operatör, albay, yüzbaşı; cadde, sokak, mahalle
        "tr": "dr prof doç av uzm yrd op alb yzb cad sok mah",
        # Afrikaans: meneer, mevrou, mejuffrou, doktor, professor, advokaat, dominee, kaptein, luitenant, generaal,
        # kolonel, sersant
        "af": "mnr mev mej dr prof adv ds kapt lt genl kol sers",
    }.items()
}
# abbreviations that stand before a figure where they do not end the sentence: Lithuanian "val." (valanda, o'clock)
# ends a sentence on a clock time ("apie 14 val." | "Policija ..."), but not before its minutes ("14 val." | "20 min.")
# (and "No." before a house or case number: "Atatürk Cad. No. 5", "Jl. Sudirman No. 5")
_BEFORE_FIGURE = {"lt": frozenset({"val"}), **dict.fromkeys(("tr", "id", "ms", "tl", "vi", "sw", "af"), frozenset({"no"}))}
# a scale abbreviation before the currency it sums ("1,5 mld. Kč", "300 tys. zł", "2 млн. грн"): the sentencizer ends a
# sentence on the scale's full stop and leaves the currency to open the next one
_SCALE_DOT = re.compile(r"(?<!\w)(?:mld|mil|tis|mln|tys|mio|mrd|млн|млрд|тыс|тис|хил|мил)\.\Z", re.I)
_CURRENCY_OPENING = re.compile(r"(?:Kč|Sk|zł|Ft|Eur|EUR|USD|CZK|PLN|HUF|лв|грн|руб|din|KM|€|\$)\.?(?!\w)")
# (a word's vowel signs are no \w, "डॉ" has one: letters.MARKS)
_LAST_WORD = re.compile(rf"(?:\A|(?<=[\s(„“\"«]))(?P<word>[^\W\d_](?:[^\W\d_]|[{MARKS}])*(?:\.[^\W\d_]+)*)\.\Z")


def _ends_on_abbreviation(piece: str, lang: str, after: str = "") -> bool:
    """Whether ``piece`` ends on the full stop of a title or rank abbreviation of ``lang``, or on one that
    stands before a figure (:data:`_BEFORE_FIGURE`) when ``after`` opens with a figure."""
    m = _LAST_WORD.search(piece.rstrip())
    if not m:
        return False
    word = m.group("word").casefold()
    if word in INITIALS.get(lang, ()):  # "आर. के. सिंह", "ஆர். சக்கரபாணி": a letter's name (:mod:`.indic_initials`)
        return True
    if after[:1].isdigit():  # "am 3. Febr." | "2026 statt": a month's abbreviation before its year or day ends nothing
        from parallax.stories.month_stops import abbreviated_month_stop  # (lazily: the lexicons compile on import)

        if word in _BEFORE_FIGURE.get(lang, ()) or abbreviated_month_stop(piece, lang):
            return True
    return word in _ABBREVIATIONS.get(lang, ())


# a sentence of one or two full words: "Remarquablement.", "Bienvenida sea.", "Przyjechała policja."
_SHORT_SENTENCE = re.compile(r"\A[^\W\d_][\w'’-]*(?:[ ][^\W\d_][\w'’-]*)?\.\Z")


def _short_sentence(prev: str, piece: str, lang: str, article_start: bool) -> bool:
    """Whether ``prev``, a piece of one or two words, is a finished sentence and ``piece`` the next
    one: full words (one of five letters or more; not "No.", "Gov.", "Acme Corp.", not a known
    abbreviation) and a full stop, then a capital.  One capitalised word opening the article stays
    with what follows: German papers open on the place ("Lindenhain. Noch zwei Tage ...")."""
    prev = prev.strip()
    if not _SHORT_SENTENCE.match(prev) or _ends_on_abbreviation(prev, lang):
        return False
    words = prev[:-1].split()
    if len(words[-1]) <= 3 and words[-1][0].isupper() or max(len(w) for w in words) < 5:
        return False
    if article_start and len(words) == 1:
        return False
    first = piece.lstrip("\"“”'‘’«»„ ")[:1]
    return first.isalpha() and first.isupper()


# an English clock time's "a.m." or "p.m." and the zone after it ("left the tracks at 4:20 a.m." | "MT near
# Libby, ...", "around 6:20 a.m." | "ET, the sheriff's office said."): the small parser ends a sentence on the
# full stop before a capital, cutting the zone and the rest of the clause off as a sentence of their own
_MERIDIEM_END = re.compile(r"\d[ \u00a0]?[ap]\.[ \u00a0]?m\.\Z", re.I)
_ZONE_OPENING = re.compile(rf"{ZONE.replace('[ ]?', '', 1)}(?![\w])")


def zone_after_clock(prev: str, piece: str) -> bool:
    """Whether ``prev`` ends on a clock time's "a.m." or "p.m." and ``piece`` opens with its time zone: one
    sentence, not two."""
    return bool(_MERIDIEM_END.search(prev.rstrip())) and bool(_ZONE_OPENING.match(piece))
