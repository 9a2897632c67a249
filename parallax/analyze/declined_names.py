"""A name in any case back to the nominative the article writes it in, in Russian, Ukrainian, Latvian, Lithuanian and Greek.

A report names a person in full once ("Иван Сергеев", "Jānis Bērziņš") and then in whatever case the sentence asks
for: the instrumental "Иваном Сергеевым было заявлено", the dative "Ивану Сергееву", "Іванові Петренку", the
prepositional "об Иване Сергееве", the accusative "со ссылкой на Анну Смирнову", the Latvian genitive "pēc Jāņa
Bērziņa teiktā", whose stem changes (Jānis: Jāņa, Andris: Andra, Kārlis: Kārļa).  Read as written, each form is
another person for the comparison.  A table of endings per language says, for an ending, which nominative endings it
may come from, in which cases and for which gender; a name is read back only when:

* every word is a case form of the nominative's word (or the word itself: "Оленою Коваль", a woman's surname in -ь
  and "Шевченко" do not decline), all in one case and of one gender ("Анне Смирновой": dative, a woman's);
* the nominative is written in the article (:func:`written_nominative`: as words of its text; :func:`join_declined`:
  as a person's name), and only one such nominative fits.  No nominative is ever made up: a name the article never
  writes in the nominative stays as written (the regular genitives of :mod:`.east_slavic_names` aside).

Who speaks is not decided here: "заявил он в беседе с Иваном Сергеевым" keeps "он" as the speaker; the interviewer's
mention only points at "Иван Сергеев".
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from parallax.analyze.names import FIRST_NAMES
from parallax.records import Entity

# per language, (oblique ending, nominative ending, cases, gender: "m", "f" or "" for either); cases: g genitive,
# d dative, a accusative, i instrumental, l locative (prepositional)
_RU = (
    # a man's surname in -ов/-ев/-ин and a consonant stem: Сергеева / Сергееву / Сергеевым / Сергееве; Иван: Ивана /
    # Ивану / Иваном / Иване; Ковальчук: Ковальчуком; Рабинович: Рабиновичем
    ("а", "", "ga", "m"), ("у", "", "d", "m"), ("ым", "", "i", "m"), ("им", "", "i", "m"), ("ом", "", "i", "m"),
    ("ем", "", "i", "m"), ("е", "", "l", "m"),
    # the "е" the other cases drop: Павел: Павла, Кравец: Кравца / Кравцом
    ("ла", "ел", "ga", "m"), ("лу", "ел", "d", "m"), ("лом", "ел", "i", "m"), ("ле", "ел", "l", "m"),
    ("ца", "ец", "ga", "m"), ("цу", "ец", "d", "m"), ("цом", "ец", "i", "m"), ("цем", "ец", "i", "m"), ("це", "ец", "l", "m"),
    # soft stems: Сергей: Сергея / Сергею / Сергеем / Сергее; Дмитрий: Дмитрии; Игорь, Гоголь: Игоря / Игорем
    ("я", "й", "ga", "m"), ("ю", "й", "d", "m"), ("ем", "й", "i", "m"), ("е", "й", "l", "m"), ("ии", "ий", "l", "m"),
    ("я", "ь", "ga", "m"), ("ю", "ь", "d", "m"), ("ем", "ь", "i", "m"), ("е", "ь", "l", "m"),
    # an adjective's: Достоевский: Достоевского / -ому / -им / -ом; Толстой, Белый: Толстого / Толстым
    ("ого", "ий", "ga", "m"), ("ому", "ий", "d", "m"), ("им", "ий", "i", "m"), ("ом", "ий", "l", "m"),
    ("ого", "ой", "ga", "m"), ("ому", "ой", "d", "m"), ("ым", "ой", "i", "m"), ("ом", "ой", "l", "m"),
    ("ого", "ый", "ga", "m"), ("ому", "ый", "d", "m"), ("ым", "ый", "i", "m"), ("ом", "ый", "l", "m"),
    # -а and -я (Анна, Никита, Ольга, Наталья, Мария, Сергеевна): Анны / Анне / Анну / Анной; Ольги; Натальи / Наталье /
    # Наталью / Натальей; Марии / Марию / Марией
    ("ы", "а", "g", ""), ("и", "а", "g", ""), ("е", "а", "dl", ""), ("у", "а", "a", ""), ("ой", "а", "i", ""),
    ("ою", "а", "i", ""), ("ей", "а", "i", ""), ("и", "я", "g", ""), ("е", "я", "dl", ""), ("ю", "я", "a", ""),
    ("ей", "я", "i", ""), ("ею", "я", "i", ""), ("ии", "ия", "gdl", "f"), ("ию", "ия", "a", "f"), ("ией", "ия", "i", "f"),
    # a woman's surname: Смирнова: Смирновой / Смирнову; Тверская: Тверской / Тверскую
    ("ой", "а", "gdil", "f"), ("ой", "ая", "gdil", "f"), ("ую", "ая", "a", "f"), ("ою", "ая", "i", "f"),
)  # fmt: skip
_UK = (
    # Іван, Шевчук, Петров: Івана / Іванові / Івану / Іваном / Івані; Петровим; Сидоровичем
    ("а", "", "ga", "m"), ("у", "", "dl", "m"), ("ові", "", "dl", "m"), ("ом", "", "i", "m"), ("ем", "", "i", "m"),
    ("им", "", "i", "m"), ("і", "", "l", "m"),
    # -о: Петро, Петренко, Шевченко: Петренка / Петренкові / Петренку / Петренком
    ("а", "о", "ga", "m"), ("у", "о", "dl", "m"), ("ові", "о", "dl", "m"), ("ом", "о", "i", "m"), ("і", "о", "l", "m"),
    # soft stems: Андрій: Андрія / Андрію / Андрієві / Андрієм / Андрії; Коваль: Коваля / Ковалем / Ковалеві; Ігор:
    # Ігоря / Ігорем / Ігореві; Кравець: Кравця / Кравцем
    ("я", "й", "ga", "m"), ("ю", "й", "dl", "m"), ("єві", "й", "dl", "m"), ("єм", "й", "i", "m"), ("ї", "й", "l", "m"),
    ("я", "ь", "ga", "m"), ("ю", "ь", "dl", "m"), ("еві", "ь", "dl", "m"), ("ем", "ь", "i", "m"), ("і", "ь", "l", "m"),
    ("я", "", "ga", "m"), ("ю", "", "dl", "m"), ("еві", "", "dl", "m"),
    ("ця", "ець", "ga", "m"), ("цю", "ець", "dl", "m"), ("цеві", "ець", "dl", "m"), ("цем", "ець", "i", "m"), ("ці", "ець", "l", "m"),
    # an adjective's: Ковальський: Ковальського / Ковальському / Ковальським / Ковальськім
    ("ого", "ий", "ga", "m"), ("ому", "ий", "dl", "m"), ("им", "ий", "i", "m"), ("ім", "ий", "l", "m"),
    # -а and -я: Олена: Олени / Олені / Олену / Оленою; Ольга: Ользі; Марія: Марії / Марію / Марією
    ("и", "а", "g", ""), ("і", "а", "dl", ""), ("у", "а", "a", ""), ("ою", "а", "i", ""), ("зі", "га", "dl", ""),
    ("ці", "ка", "dl", ""), ("сі", "ха", "dl", ""), ("і", "я", "gdl", ""), ("ю", "я", "a", ""), ("ею", "я", "i", ""),
    ("ії", "ія", "gdl", "f"), ("ію", "ія", "a", "f"), ("ією", "ія", "i", "f"),
    # a woman's surname: Петрова: Петрової / Петровій / Петрову / Петровою; Ковальська: Ковальської / Ковальській
    ("ої", "а", "g", "f"), ("ій", "а", "dl", "f"),
)  # fmt: skip
# Latvian: a man's -s, -š (Ozols, Bērziņš: Ozola / Ozolam / Ozolu / Ozolā); -is, whose genitive softens the stem's last
# consonant (Jānis: Jāņa, Kārlis: Kārļa, Dāvis: Dāvja; not after r: Andris: Andra) and whose other cases keep it
# (Jānim / Jāni / Jānī); a woman's -a, -e (Kalniņa: Kalniņas / Kalniņai / Kalniņu / Kalniņā; Ilze: Ilzes / Ilzei / Ilzi)
_LV = (
    ("a", "s", "g", "m"), ("am", "s", "d", "m"), ("u", "s", "ai", "m"), ("ā", "s", "l", "m"),
    ("a", "š", "g", "m"), ("am", "š", "d", "m"), ("u", "š", "ai", "m"), ("ā", "š", "l", "m"),
    ("a", "is", "g", "m"), ("ņa", "nis", "g", "m"), ("ļa", "lis", "g", "m"), ("ša", "sis", "g", "m"), ("ša", "tis", "g", "m"),
    ("ža", "zis", "g", "m"), ("ža", "dis", "g", "m"), ("ča", "cis", "g", "m"), ("dža", "dzis", "g", "m"),
    ("pja", "pis", "g", "m"), ("bja", "bis", "g", "m"), ("mja", "mis", "g", "m"), ("vja", "vis", "g", "m"),
    ("šņa", "snis", "g", "m"), ("žņa", "znis", "g", "m"), ("šļa", "slis", "g", "m"), ("ļņa", "lnis", "g", "m"),
    ("im", "is", "d", "m"), ("i", "is", "ai", "m"), ("ī", "is", "l", "m"),
    ("as", "a", "g", "f"), ("ai", "a", "d", "f"), ("u", "a", "ai", "f"), ("ā", "a", "l", "f"),
    ("es", "e", "g", "f"), ("ei", "e", "d", "f"), ("i", "e", "ai", "f"), ("ē", "e", "l", "f"),
)  # fmt: skip
# Lithuanian: Tomas, Petrauskas: Tomo / Tomui / Tomą / Tomu / Tome; Landsbergis, Butkys: Landsbergio / -iui / -į / -iu /
# -yje; Butkus: Butkaus / Butkui / Butkų / Butkumi; Paulius: Pauliaus / Pauliui; Rasa: Rasos / Rasai / Rasą / Rasoje;
# Jankauskienė: Jankauskienės / Jankauskienei / Jankauskienę / Jankauskiene
_LT = (
    ("o", "as", "g", "m"), ("ui", "as", "d", "m"), ("ą", "as", "a", "m"), ("u", "as", "i", "m"), ("e", "as", "l", "m"),
    ("io", "is", "g", "m"), ("iui", "is", "d", "m"), ("į", "is", "a", "m"), ("iu", "is", "i", "m"), ("yje", "is", "l", "m"),
    ("io", "ys", "g", "m"), ("iui", "ys", "d", "m"), ("į", "ys", "a", "m"), ("iu", "ys", "i", "m"), ("yje", "ys", "l", "m"),
    ("aus", "us", "g", "m"), ("ui", "us", "d", "m"), ("ų", "us", "a", "m"), ("umi", "us", "i", "m"), ("uje", "us", "l", "m"),
    ("iaus", "ius", "g", "m"), ("iui", "ius", "d", "m"), ("ių", "ius", "a", "m"), ("iumi", "ius", "i", "m"),
    ("iuje", "ius", "l", "m"),
    ("os", "a", "g", "f"), ("ai", "a", "d", "f"), ("ą", "a", "a", "f"), ("oje", "a", "l", "f"),
    ("ės", "ė", "g", "f"), ("ei", "ė", "d", "f"), ("ę", "ė", "a", "f"), ("e", "ė", "i", "f"), ("ėje", "ė", "l", "f"),
)  # fmt: skip
# Greek (see :mod:`.greek_names`): a man's -ος: -ου / -ο, -ης: -η, -ας: -α ("τον Γιώργο Παπαδόπουλο", "του Νίκου
# Παπαδόπουλου"); a woman's given name in the genitive (-α: -ας, -η: -ης); a surname in -ου is undeclined as well
_EL = (
    ("ου", "ος", "g", "m"), ("ο", "ος", "a", "m"), ("η", "ης", "ga", "m"), ("α", "ας", "ga", "m"),
    ("ας", "α", "g", "f"), ("ης", "η", "g", "f"),
)  # fmt: skip
_TABLES = {"ru": _RU, "uk": _UK, "lv": _LV, "lt": _LT, "el": _EL}
# the capitalised preposition that opens a sentence and a name model runs of capitals keep with the name ("Об Анне
# Смирновой", "Pēc Jāņa Bērziņa", "Pasak Tomo Petrausko"): no word of the name
_OPENERS = {
    "ru": {"о", "об", "обо", "с", "со", "к", "ко", "по", "у", "от", "для", "при", "за", "перед", "между", "согласно"},
    "uk": {"з", "із", "зі", "до", "від", "для", "при", "за", "перед", "між", "про", "у", "в", "згідно"},
    "lv": {"pēc", "ar", "no", "par", "pie", "pret", "saskaņā"},
    "lt": {"pasak", "anot", "su", "iš", "apie", "prie", "pagal", "nuo"},
    "el": {"ο", "η", "τον", "την", "του", "της", "στον", "στην", "στο", "με", "από", "για"},
}
_ALL = "gdail"


def _key(word: str) -> str:
    """A word as it is compared: lower case, "ё" as "е" (Пётр: Петра)."""
    return word.lower().replace("ё", "е")


def _candidates(word: str, lang: str) -> list[tuple[str, str, str]]:
    """(nominative in lower case, cases, gender) a word may be a form of; the word itself as undeclined first."""
    low = _key(word)
    out = [(low, _ALL, "")]
    for ending, base, cases, gender in _TABLES[lang]:
        stem = low[: -len(ending)] if ending else low
        if low.endswith(ending) and len(stem) >= 2:
            nom = stem + base
            out.append((nom, cases, gender or FIRST_NAMES.get(nom, "")))
    return out


@lru_cache(maxsize=4096)
def _readings(words: tuple[str, ...], lang: str) -> frozenset[tuple[str, ...]]:
    """Every nominative of ``words`` in one case and of one gender, with at least one word changed."""
    found = set()
    for combo in product(*(_candidates(w, lang) for w in words)):
        cases = set(_ALL)
        for _, c, _g in combo:
            cases &= set(c)
        genders = {g for _, _, g in combo if g}
        if cases and len(genders) <= 1 and any(nom != _key(w) for (nom, _, _), w in zip(combo, words, strict=True)):
            found.add(tuple(nom for nom, _, _ in combo))
    return frozenset(found)


@lru_cache(maxsize=8)
def _written_runs(text: str) -> dict[tuple[str, ...], str]:
    """Each run of one to three capitalised words of ``text``, as compared, with its spelling in the text."""
    out: dict[tuple[str, ...], str] = {}
    for m in re.finditer(r"[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)*", text):
        words = m.group().split()
        for i, w in enumerate(words):
            if not w[:1].isupper():
                continue
            for n in range(1, 4):
                run = words[i : i + n]
                if len(run) == n and all(x[:1].isupper() for x in run):
                    out.setdefault(tuple(_key(x) for x in run), " ".join(run))
    return out


def written_nominative(lang: str | None, name: str, text: str) -> str | None:
    """The one nominative that ``name`` (in another case) is a form of and that ``text`` writes, as written; else None."""
    lang = (lang or "")[:2]
    words = name.split()
    if lang not in _TABLES or not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    runs = _written_runs(text)
    hits = {runs[r] for r in _readings(tuple(words), lang) if r in runs}
    return hits.pop() if len(hits) == 1 else None


def _woman_as_written(words: list[str]) -> bool:
    """Whether a name reads as a woman's nominative as it stands: a woman's given name of the lexicon and a surname
    ending as a woman's does ("Ивана Петрова" is an actress, though "Иван Петров" in the genitive is written so too)."""
    return len(words) > 1 and FIRST_NAMES.get(_key(words[0])) == "f" and _key(words[-1]).endswith(("а", "a", "e", "ė", "я"))


def join_declined(entities: list[Entity], lang: str | None) -> None:
    """Point a mention in another case at the person the article names in the nominative (see the module): "Иваном
    Сергеевым" and "Сергеевым" at "Иван Сергеев".  A word alone is read only as a surname, the last word of a name
    ("Владимире" is the city, not Владимир Петров).  The label is kept: "Он встретился с Иваном Сергеевым. «…», — заявил
    он." stays the first man's, as before."""
    lang = (lang or "")[:2]
    if lang not in _TABLES:
        return
    people = [e for e in entities if e.label in ("PERSON", "PER")]
    # each run of words of a person's name, to the full names (canonical) it is part of; and the mentions it is in
    runs: dict[tuple[str, ...], set[str]] = {}
    written: dict[tuple[str, ...], set[str]] = {}
    for e in people:
        words = [_key(w) for w in (e.canonical or e.text).split()]
        full = e.canonical or e.text
        own = [_key(w) for w in e.text.split()]
        for i in range(len(own)):
            for n in range(1, len(own) - i + 1):
                if n == 1 and (len(words) < 2 or i != len(own) - 1 or own[-1] != words[-1]):
                    continue  # a word alone: only the surname of a name of two words or more
                runs.setdefault(tuple(own[i : i + n]), set()).add(full)
                written.setdefault(tuple(own[i : i + n]), set()).add(e.text)
    mapped: dict[str, str] = {}
    for e in entities:
        if e.label not in ("PERSON", "PER", "MISC") or (e.canonical and e.canonical != e.text):
            continue
        words = e.text.split()
        if len(words) > 1 and _key(words[0]) in _OPENERS[lang]:
            words = words[1:]
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or _woman_as_written(words):
            continue
        if written.get(tuple(_key(w) for w in words), {e.text}) - {e.text}:
            continue  # another person's name as it stands: "Ozola" is Ilze Ozola's, not Andris Ozols's genitive
        fulls = {f for r in _readings(tuple(words), lang) for f in runs.get(r, ())}
        if len(fulls) == 1:
            mapped[e.text] = fulls.pop()
    for e in entities:
        # (or the declined name it was pointed at: "Смирновой" at "Анне Смирновой")
        target = mapped.get(e.text) or mapped.get(e.canonical)
        if target is None:
            continue
        target = mapped.get(target, target)  # a "full name" that is itself a declined form of another
        if target != e.text:
            e.canonical = target  # (its label stays: a mention made a person would be a new antecedent for "он")
