"""A speaker's name back in the nominative, in languages that decline names.

Czech, Hungarian, Finnish, Estonian, Polish, Russian and Ukrainian put a name in the case its place in the sentence asks for, so the
cue that names a speaker may name them in the genitive or dative: "podle Novákové" (according to
Nováková), "Virtasen mukaan" (according to Virtanen), "Kovácsnak" (to Kovács).  A speaker is reported
in the nominative, the form the article names them in elsewhere and other reports use, or two
outlets' "Virtasen" and "Virtanen" would read as two people.  Only the last word of a name declines
in Finnish and Hungarian ("Mikko Virtasen", "Kovács Péternek"); in Czech every word may, and the
given name's form is read the same way.

A form becomes another only when the article writes that other form as a word too (the nominative
it names the person in), except the one regular Finnish rule: a family name in -nen has its
genitive in -sen ("Virtasen" is "Virtanen"), one in -s in -ksen ("Kallaksen" is "Kallas"), whether or
not the article names them in full.
"""

from __future__ import annotations

import re

from parallax.analyze.czech_names import czech_nominative
from parallax.analyze.declined_names import written_nominative
from parallax.analyze.east_slavic_names import east_slavic_nominative
from parallax.analyze.name_forms import polish_nominative
from parallax.analyze.timelex.sh import cyrillic

# per language, (case ending, what the nominative ends with instead), longest ending first
_CASES = {
    # Nováková: Novákové / Novákovou; Novák: Nováka / Novákovi / Novákem; Eva: Evy / Evě / Evu / Evou
    "cs": (("ovou", "ová"), ("ové", "ová"), ("ovi", ""), ("em", ""), ("ou", "a"), ("y", "a"), ("ě", "a"), ("u", "a"),
           ("a", ""), ("e", "a")),
    # Kovács: Kovácsnak / Kovácsot / Kovácstól / Kovácsnál / Kovácshoz / Kovácsról / Kovácsé
    "hu": (("nak", ""), ("nek", ""), ("tól", ""), ("től", ""), ("nál", ""), ("nél", ""), ("hoz", ""), ("hez", ""),
           ("höz", ""), ("ról", ""), ("ről", ""), ("ért", ""), ("ot", ""), ("et", ""), ("öt", ""), ("at", ""), ("t", ""),
           ("é", "")),
    # Virtanen: Virtasen / Virtaselle / Virtaselta; Laaksonen: Laaksosen; Mäkelä: Mäkelän / Mäkelälle
    "fi": (("sen", "nen"), ("selle", "nen"), ("selta", "nen"), ("sella", "nen"), ("lle", ""), ("lta", ""), ("lla", ""),
           ("n", "")),
}  # fmt: skip
# Slovak: Hudecová: Hudecovej / Hudecovú / Hudecovou; Kováčik: Kováčika / Kováčikovi / Kováčikom; Mária: Márie / Márii /
# Máriu / Máriou; Ján: Jána / Jánovi
_CASES["sk"] = (("ovej", "ová"), ("ovú", "ová"), ("ovou", "ová"), ("ovi", ""), ("om", ""), ("iou", "ia"), ("ie", "ia"),
                ("ii", "ia"), ("iu", "ia"), ("ou", "a"), ("y", "a"), ("e", "a"), ("u", "a"), ("a", ""))  # fmt: skip
# Croatian, Bosnian, Serbian: Jurić: Jurića / Juriću / Jurićem; Novak: Novaka / Novakom; Marko: Marka / Markom; Ivana:
# Ivane / Ivani / Ivanu / Ivanom (a woman's surname in -ić does not decline); both scripts
_SH_CASES = (("em", ""), ("om", ""), ("a", ""), ("u", ""), ("e", ""), ("om", "o"), ("a", "o"), ("u", "o"), ("om", "a"),
             ("e", "a"), ("i", "a"), ("u", "a"))  # fmt: skip
_CASES |= dict.fromkeys(("hr", "bs", "sr"), _SH_CASES + tuple((cyrillic(e), cyrillic(n)) for e, n in _SH_CASES))
# Slovenian: Novak: Novaka / Novaku / Novakom; Nina: Nine / Nini / Nino; a woman named by her surname in -ova, -eva
# ("je dodala Zupanova": Nina Zupan) and its cases (Zupanove, Zupanovi, Zupanovo)
_CASES["sl"] = (("ova", ""), ("eva", ""), ("ove", ""), ("eve", ""), ("ovi", ""), ("evi", ""), ("ovo", ""), ("evo", ""),
                ("om", ""), ("em", ""), ("a", ""), ("u", ""), ("e", "a"), ("i", "a"), ("o", "a"))  # fmt: skip
# Polish, Russian and Ukrainian decline every word of a name after "według", "по словам", "за словами"
# ("Według Wójcika", "по словам Андрея Козлова", "за словами Віктора Шевчука"): Polish Wójcik: Wójcika /
# Wójcikowi / Wójcikiem, Marek: Marka, Kowalski: Kowalskiego, Zielińska: Zielińskiej / Zielińską, Anna: Anny /
# Annie / Anną
_CASES["pl"] = (("skiego", "ski"), ("ckiego", "cki"), ("skiej", "ska"), ("ckiej", "cka"), ("skim", "ski"), ("ską", "ska"),
                ("owi", ""), ("iem", ""), ("em", ""), ("ka", "ek"), ("ki", "ka"), ("ce", "ka"), ("a", ""), ("y", "a"),
                ("i", "a"), ("ie", "a"), ("ą", "a"), ("ę", "a"))  # fmt: skip
# Russian Козлов: Козлова / Козлову / Козловым / Козлове, Андрей: Андрея / Андрею / Андреем, Смирнова: Смирновой /
# Смирнову, Ольга: Ольги / Ольге / Ольгой, Мария: Марии, Достоевский: Достоевского / Достоевскому
_CASES["ru"] = (("ского", "ский"), ("скому", "ский"), ("ской", "ская"), ("ого", "ой"), ("ому", "ой"), ("ым", ""),
                ("ом", ""), ("ем", "й"), ("ой", "а"), ("ей", "я"), ("ии", "ия"), ("а", ""), ("у", ""), ("е", ""),
                ("я", "й"), ("ю", "й"), ("и", "а"), ("ы", "а"), ("е", "а"), ("у", "а"))  # fmt: skip
# Ukrainian Шевчук: Шевчука / Шевчуку / Шевчуком, Віктор: Віктора / Вікторові, Андрій: Андрія, Петрова: Петрової,
# Наталія: Наталії, Олена: Олени / Олені, Коваль: Коваля, Кравець: Кравця / Кравцю / Кравцем (the "е" dropped),
# Шевченко: Шевченка / Шевченкові / Шевченком
_CASES["uk"] = (("ського", "ський"), ("ської", "ська"), ("кові", "ко"), ("ком", "ко"), ("ка", "ко"), ("ку", "ко"), ("цеві", "ець"), ("цем", "ець"), ("ця", "ець"), ("цю", "ець"),
                ("ові", ""), ("ом", ""), ("ем", ""), ("ої", "а"), ("ії", "ія"),
                ("ія", "ій"), ("а", ""), ("у", ""), ("я", ""), ("я", "й"), ("и", "а"), ("і", "а"))  # fmt: skip
# Lithuanian declines given name and surname: Petrauskas: Petrausko / Petrauskui; Jankauskienė: Jankauskienės; Tomas:
# Tomo; Rasa: Rasos; Landsbergis: Landsbergio; Butkys: Butkio.  Latvian: Bērziņš: Bērziņa; Ozols: Ozola; Kalniņa:
# Kalniņas; Ilze: Ilzes ("pasak Petrausko", "pēc Bērziņa teiktā")
_CASES["lt"] = (("ui", "as"), ("ės", "ė"), ("os", "a"), ("io", "is"), ("io", "ys"), ("aus", "us"), ("o", "as"))
_CASES["lv"] = (("as", "a"), ("es", "e"), ("a", "š"), ("a", "s"), ("am", "š"), ("am", "s"))
# Estonian genitive before "sõnul", "teatel" (by the words, the report of): Saar: Saare; Tamm: Tamme; Mets: Metsa;
# Rebane: Rebase; a doubled stop halves (Lepp: Lepa; Kütt: Küti) and Kask is Kase; a given name in a vowel keeps it
# (Mari, Kadri); taken only where the article writes the nominative
_CASES["et"] = (("se", "ne"), ("se", "sk"), ("pa", "pp"), ("ta", "tt"), ("ka", "kk"), ("ti", "tt"), ("e", ""), ("a", ""), ("u", ""))

# endings no name has in the nominative: a name so declined after a verb of saying is whom it was said
# to ("– mondta Kovácsnak a felesége": his wife said to Kovács; "řekl Novákovi"; "sanoi Virtaselle")
_OBLIQUE = {
    "hu": ("nak", "nek", "nál", "nél", "hoz", "hez", "höz", "tól", "től", "ról", "ről"),
    "cs": ("ovi", "ovou"),
    "fi": ("lle", "lta"),
    "sk": ("ovi",),  # "povedal Kováčikovi": said to Kováčik
    "lt": ("ui", "ei"),  # "sakė Petrauskui", "Jankauskienei": said to them
    "lv": ("am", "ai"),  # "teica Bērziņam", "Kalniņai"
    "et": ("le", "lt"),  # "ütles Tammele": said to Tamm
}

# languages where only the last word of a name declines: Finnish "Mikko Virtasen", Hungarian "Kovács Péternek", Estonian
# "Jüri Ratase sõnul" (the given name stays as it is)
_LAST_ONLY = {"fi", "hu", "et"}
_CAPITALISED = re.compile(r"(?<!\w)[^\W\d_][\w’'-]*")


def declines(lang: str | None) -> bool:
    """Whether ``lang`` declines names (and :func:`nominative` has its endings)."""
    return (lang or "")[:2] in _CASES


def addressed(lang: str | None, name: str) -> bool:
    """Whether the last word of ``name`` carries an ending only an addressee's name has
    (:data:`_OBLIQUE`): the cue names whom the words were said to, not who said them."""
    words = name.split()
    return bool(words) and words[-1].endswith(_OBLIQUE.get((lang or "")[:2], ())) and len(words[-1]) > 5


def _word_nominative(lang: str, word: str, known: set[str]) -> tuple[str, bool]:
    """The nominative of one word and whether the rule was the regular Finnish -sen (no evidence needed)."""
    for ending, instead in _CASES[lang]:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and stem + instead in known:
            return stem + instead, False
    if lang == "fi" and word.endswith("sen") and len(word) > 5:
        # the regular genitives: -nen has -sen (Virtanen, Virtasen), -s has -ksen (Kallas, Kallaksen)
        return (word[:-4] + "s", True) if word.endswith("ksen") else (word[:-3] + "nen", True)
    return word, False


def nominative(lang: str | None, name: str, text: str, cue: str | None = None) -> str:
    """``name`` with its words back in the nominative (see the module docstring): the whole name as
    the article writes it elsewhere ("Evy Novákové" only when it says "Eva Nováková": "Jana" stays
    Jana though the article names a Jan), a Finnish family name in -sen, or a Croatian or Serbian woman's name in
    the genitive after a cue that governs one (``cue``: "prema riječima Ivane Perić"); else ``name`` unchanged."""
    lang = (lang or "")[:2]
    if lang not in _CASES or not name:
        return name
    words = name.split()
    if lang in _SH_LANGUAGES and cue and _SH_GENITIVE_CUE.fullmatch(" ".join(cue.lower().split())) and (woman := _sh_woman(words)):
        return woman  # (a regular rule, as the Finnish -sen: no evidence needed)
    out = _by_evidence(lang, words, text)
    if out == name and (written := written_nominative(lang, name, text)):
        return written  # every word in one case, back to the name the article writes: "Jāņa Bērziņa" (:mod:`..declined_names`)
    if out == name and lang == "pl":
        return polish_nominative(name)  # the regular Polish genitives: "według Jana Kowalskiego" (:mod:`..name_forms`)
    if out == name and lang in ("cs", "sk"):
        return czech_nominative(name)  # "podle Jana Nováka" (:mod:`parallax.analyze.czech_names`)
    if out == name and lang in ("ru", "uk"):
        return east_slavic_nominative(name, lang)  # "по словам Ивана Иванова" (:mod:`parallax.analyze.east_slavic_names`)
    return out


def _by_evidence(lang: str, words: list[str], text: str) -> str:
    """The name of ``words`` in the nominative the article writes elsewhere, or by the regular Finnish rule; else the name."""
    name = " ".join(words)
    known = {w for w in _CAPITALISED.findall(text) if w[:1].isupper()}
    first = len(words) - 1 if lang in _LAST_ONLY else 0
    changed = [_word_nominative(lang, w, known - {w}) if w[:1].isupper() else (w, False) for w in words[first:]]
    out = " ".join(words[:first] + [w for w, _ in changed])
    if out == name:
        return name
    if all(regular or w == old for (w, regular), old in zip(changed, words[first:], strict=True)):
        return out  # only the regular Finnish genitive changed
    if lang in _LAST_ONLY:
        # only the surname declines, and its nominative is written as a word of the article (:func:`_word_nominative`):
        # the given names before it are as the article writes them ("Jüri Ratase sõnul" ... "ütles Ratas": Jüri Ratas)
        return out
    return out if re.search(rf"(?<![\w’'-]){re.escape(out)}(?![\w’'-])", text) else name


_SH_LANGUAGES = {"hr", "bs", "sr"}
# the cues that put their source in the genitive ("prema riječima", "po rečima", "према речима")
_SH_GENITIVE_CUE = re.compile(r"(?:prema|po|према|по) (?:riječima|rečima|речима|navodima|наводима)")
# a woman's surname in -ić does not decline, her given name does: in the genitive a name of two words with the surname
# undeclined is a woman's, her given name in -e one in -a ("prema riječima Ivane Perić", "Према речима Јелене Савић");
# a man's surname declines with his given name ("prema riječima Ante Bilića")
_SH_WOMAN_SURNAME = ("ić", "ић")


def _sh_woman(words: list[str]) -> str | None:
    """The nominative of a woman's name in the genitive (see :data:`_SH_WOMAN_SURNAME`): "Ivane Perić" is Ivana Perić,
    "Јелене Савић" Јелена Савић; else None."""
    if len(words) != 2 or not words[1].endswith(_SH_WOMAN_SURNAME) or not words[0][:1].isupper():
        return None
    if words[0].endswith(("e", "е")) and len(words[0]) > 3:
        return f"{words[0][:-1]}{'a' if words[0][-1] == 'e' else 'а'} {words[1]}"
    return None

