"""Number conflicts: which counts of two aligned sentences disagree.

A number is compared with another when they count the same thing: the same
noun ("30 members" / "32 members"), the same thing under another noun when
the text shows it ("arresting 23 people" / "arresting 31 rioters", or a count
in another language), and in each case what happened to it ("28 killed" and
"210 injured" are different counts).  A hedged number is the bound it states
("at least 28" agrees with 38).
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable
from functools import lru_cache

from parallax.analyze.quantities import AGE, LABEL, TALLY, tally_pair
from parallax.analyze.quantities.fractions import whole_offset
from parallax.analyze.quantities.money import is_money
from parallax.compare.rounding import rounded as _rounded
from parallax.compare.totals import apart
from parallax.compare.unit_names import unit_name
from parallax.letters import IN_WORD, WORD, fold
from parallax.records import Article, Quantity, Sentence
from parallax.sounds import same_sound

NOT_COUNTS = frozenset({AGE, LABEL, TALLY})  # an age, an identifier, a score


def in_sentence(sentence: Sentence, start: int) -> bool:
    """Whether the character at ``start`` lies in ``sentence``."""
    return sentence.start <= start < sentence.end


# hedges before a number: a bound or an estimate, not an exact figure ("at least 28" agrees with 38)
_AT_LEAST = (r"more than|over|at least|upwards of|in excess of|plus de|au moins|más de|al menos|mehr als|über|mindestens|oltre|almeno|più di"
             r"|mais de|pelo menos|meer dan|minstens|ruim|более|больше|свыше|не менее|по меньшей мере|понад|більше|щонайменше|не менше|ponad|co najmniej|przynajmniej|więcej niż"
             r"|en az|setidaknya|sedikitnya|lebih dari|cel puțin|cel puţin|cel putin|peste|mai mult de|mai bine de|τουλάχιστον|πάνω από"
             r"|περισσότεροι από|περισσότερες από|περισσότερα από|minst|mindst|över|mer än|mere end|mer enn|कम से कम|بیش از|دست‌کم"
             r"|دست کم|حداقل|أكثر من|اكثر من|ما لا يقل عن|لا يقل عن|최소|적어도"
             r"|najmenej|minimálne|viac ako|viac než|vyše|najmanje|više od|preko|najmanj|več kot|vsaj|најмање|више од|преко"
             # Malay, Finnish, Estonian, Lithuanian, Latvian, Catalan, Bulgarian, Vietnamese, Hebrew (the hedges are read
             # in every language, so none that is a common word of another before a number: Finnish "alle" (under)
             # is German "every", Lithuanian "iki" (up to) Turkish "two", Catalan "uns" (some) German "us")
             r"|sekurang-kurangnya|sekurang kurangnya|paling sedikit|tidak kurang dari|ainakin|vähintään|yli|vähemalt|üle|rohkem kui"
             r"|mažiausiai|bent|daugiau nei|daugiau kaip|ne mažiau kaip|vismaz|vairāk nekā|vairāk par|almenys|com a mínim|més de"
             r"|най-малко|поне|над|повече от|ít nhất|hơn|לפחות"
             # Hungarian, Czech
             r"|legalább|több mint|nejméně|minimálně|více než|víc než|přes")
_AT_MOST = (r"fewer than|less than|up to|under|almost|nearly|moins de|près de|jusqu'à|menos de|casi|hasta|weniger als|fast|bis zu|meno di"
            r"|quasi|fino a|quase|até|minder dan|bijna|менее|меньше|почти|до|менше|майже|prawie|niemal|mniej niż"
            r"|hampir|kurang dari|hingga|aproape|până la|pana la|mai puțin de|σχεδόν|έως|μέχρι|λιγότεροι από|nästan|næsten|nesten"
            r"|upp till|op til|opp til|نزدیک به|کمتر از|أقل من|اقل من|거의|최대"
            r"|takmer|menej ako|menej než|gotovo|skoro|manje od|skoraj|manj kot|готово|скоро|мање од"
            r"|lähes|melkein|jopa|peaaegu|ligi|kuni|beveik|gandrīz|līdz|gairebé|fins a|menys de|почти|близо|до|gần|כמעט|עד"
            # Hungarian, Czech ("necelých 50": just under 50), Turkish
            r"|csaknem|majdnem|közel|kevesebb mint|legfeljebb|téměř|bezmála|necelých|necelé|necelou|méně než|nejvýše|neredeyse")
_ABOUT = (r"about|around|roughly|approximately|some|an estimated|estimated|environ|quelque|unos|unas|alrededor de|cerca de|etwa|rund"
          r"|ungefähr|circa|cerca di|ongeveer|zo'n|около|примерно|порядка|приблизно|близько|około|blisko|mniej więcej"
          r"|yaklaşık|tahminen|sekitar|kira-kira|kurang lebih|aproximativ|în jur de|in jur de|περίπου|cirka|ca\.|omkring|runt|ungefär"
          r"|omtrent|rundt|लगभग|करीब|क़रीब|तकरीबन|حدود|تقریباً|تقریبا|نحو|حوالي|حوالى|قرابة|زهاء|ما يقرب من|تقريبا|약|대략"
          r"|približne|zhruba|okolo|oko|otprilike|približno|okoli|около|отприлике"
          r"|noin|suunnilleen|arviolta|umbes|ligikaudu|apie|maždaug|aptuveni|apmēram|aproximadament|al voltant de|unes|prop de"
          r"|приблизително|khoảng|chừng|lebih kurang|בערך|mintegy|körülbelül|kb\.|nagyjából|megközelítőleg|přibližně|kolem")
_HEDGE = re.compile(rf"(?<!\w)(?:(?P<lo>{_AT_LEAST})|(?P<hi>{_AT_MOST})|(?P<about>{_ABOUT}))\s+\Z", re.I)
# Chinese and Japanese write the hedge against the number ("约300人", "超过300人", "近300人"), and all
# three may put it after the number and its counter ("300人以上", "300명 이상", "300人余り", "300명가량");
# Hindi and Turkish say "more than" after the number ("200 से अधिक", "100'den fazla")
_CJK_HEDGE = re.compile(r"(?:(?P<lo>超过|超過|逾|至少|最少|不少于|不少於|少なくとも)|(?P<hi>(?<!最)近|将近|將近|接近|不到|最多)"
                        r"|(?P<about>约|約|大约|大約|およそ|ほぼ|大概))[ \u00a0]?\Z"
                        # Thai, written without spaces, puts its hedge against the noun before the number
                        # ("ผู้บาดเจ็บกว่า 30 ราย"); Hebrew joins "about" and "more than" to the number with a
                        # hyphen or maqaf ("כ-300", "יותר מ-300")
                        r"|(?:(?P<thai_lo>อย่างน้อย|มากกว่า|ไม่ต่ำกว่า|กว่า)|(?P<thai_hi>เกือบ|ไม่ถึง)|(?P<thai_about>ประมาณ|ราว))[ \u00a0]?\Z"
                        r"|(?<!\w)(?:(?P<he_lo>יותר מ)|(?P<he_about>כ))[-\u05be]\Z")
_HEDGE_AFTER = re.compile(
    # (after its counter, whichever it is: "50채 가까이" is nearly 50 houses, "50棟近く" nearly 50 buildings)
    r"[ \u00a0]?(?:사람|[가-힣]{1,2}|[\u4e00-\u9fff])?[ \u00a0]?(?:(?P<lo>以上|이상|넘게|넘는|超|余り|あまり)|(?P<hi>未満|미만|近く|가까이|弱)"
    r"|(?P<about>前後|前后|안팎|내외|가량|정도|左右|ほど|程度|上下))"
    r"|(?<![ \u00a0])[ \u00a0]++से[ \u00a0]++(?:अधिक|ज़्यादा|ज्यादा|ऊपर)|['’](?:[dt][ae]n[ \u00a0]++fazla|[ıiuü]?[ \u00a0]++aşkın)"
    # Turkish "close to" takes the number in the dative: "50'ye yakın ev" is nearly 50 houses
    r"|['’](?P<tr_hi>y?[ae][ \u00a0]++yakın)(?!\w)"
)


# Russian, Ukrainian and Bulgarian "до" is "up to", but after a verb of change it is the value reached: "инфляция
# выросла до 5,2%", "знизила до 4%", "повиши лихвата до 5,2 процента" (rose, cut, raised the rate to), an exact figure
_CHANGED_TO = re.compile(
    r"(?<!\w)(?:вы?рос\w*|возрос\w*|подн[яи]\w*|повы[сш]\w*|пониз\w*|сниз\w*|сниж\w*|увелич\w*|уменьш\w*|сократ\w*|сокращ\w*"
    r"|упа[лв]\w*|подскоч\w*|ускор\w*|замедл\w*|зріс|зрос\w*|знизи\w*|знижен\w*|збільш\w*|зменш\w*|скорот\w*|підвищ\w*|підня\w*"
    r"|впа[лв]\w*|повиши\w*|понижи\w*|нарасна\w*|намаля\w*|увеличи\w*|спадна\w*|скочи\w*)(?:\s+\w+){0,2}?\s+до\s+\Z",
    re.I,
)


def _hedge(text: str, q: Quantity) -> str | None:
    """"lo", "hi" or "about" when the words around a number make it a bound or an estimate."""
    before = text[max(0, q.start - 25) : q.start]
    if (m := _HEDGE.search(before)) and m.lastgroup == "hi" and _CHANGED_TO.search(text, max(0, q.start - 60), q.start):
        return None  # "выросла до 5,2%": the figure reached
    if m := m or _CJK_HEDGE.search(before):
        return m.lastgroup.rpartition("_")[2]
    if m := _HEDGE_AFTER.match(text, q.end):
        return (m.lastgroup or "lo").rpartition("_")[2]
    return None


Bound = tuple[float, float, float]  # value, lowest, highest it allows


# the first end of a range before its second: "between 40 and 60", "from 40 to 60", "40-60", "entre 40 et 60"
_NUM_OR_WORDS = r"(?<![\w.,])(?P<lo>\d+(?:[.,]\d+)*|[^\W\d_]+(?:[ -][^\W\d_]+)?)"
_RANGE_START = re.compile(
    rf"(?:(?<!\w)(?:between|entre|zwischen|tra|fra|tussen)\s+{_NUM_OR_WORDS}\s+(?:and|et|y|e|und|en)\s+"  # "between 40 and 60"
    rf"|{_NUM_OR_WORDS.replace('lo', 'lo2')}(?:\s+(?:to|à|a|bis|tot)\s+|\s?[-–]\s?))\Z",  # "40 to 60", "de 40 a 60", "40-60"
    re.I,
)


def bounds(text: str, q: Quantity, language: str | None = None) -> Bound:
    """What a number allows, given the words around it: "at least 28" allows 28 and more, "nearly 40"
    up to 40, "about 200" 10% either way, an approximate count its range ("une trentaine" 20%,
    "五十多" 50 to 59), the second end of "between 40 and 60" the range; a bare number itself only."""
    from parallax.analyze.quantities import approximate_range, parse_number

    v = float(q.value or 0.0)
    before = text[max(0, q.start - 40) : q.start]
    hedge = _hedge(text, q)
    approximate = approximate_range(q.text, v, language)
    if approximate is not None:
        lo, hi = approximate  # "more than a dozen": a bound, and a loose one
        return v, *((lo, float("inf")) if hedge == "lo" else (0.0, hi) if hedge == "hi" else (lo, hi))
    r = _RANGE_START.search(before)
    if r and (lo := parse_number(r.group("lo") or r.group("lo2"), language)) is not None and lo < v:
        return v, lo, v
    if hedge is None:
        return v, v, v
    if hedge == "lo":
        return v, v, float("inf")
    if hedge == "hi":
        return v, 0.0, v
    return v, v * 0.9, v * 1.1


def _fits(x: Bound, y: Bound) -> bool:
    """Whether two figures can both be right.  Two bounds the same way ("more than 80" / "more than
    200", "up to £1,000" / "up to £500") are two outlets' figures: they fit when within 10%."""
    lower = x[2] == y[2] == float("inf") and x[1] == x[0] and y[1] == y[0]  # (an approximate count's bound is loose)
    upper = x[1] == y[1] == 0.0 and x[2] == x[0] > 0 and y[2] == y[0] > 0
    # two estimates ("rund 80 Prozent" / "etwa 70 Prozent") are two outlets' figures too, not two ranges
    # that meet at their edges (72-88 and 63-77)
    about = all(0.0 < z[1] < z[0] < z[2] < float("inf") and math.isclose(z[2] - z[0], z[0] - z[1]) for z in (x, y))
    if lower or upper or about:
        return abs(x[0] - y[0]) <= 0.1 * max(x[0], y[0])
    return x[1] <= y[2] and y[1] <= x[2] or _rounded(x, y)


def agree(a, b) -> bool:
    """Whether some number of one set fits some number of the other."""
    return any(_fits(x, y) for x in a for y in b)


def values_of(entries) -> list[float]:
    return sorted({e[0] for e in entries})


def numbers(art: Article, s: Sentence, leave_out: Iterable[int] = ()) -> dict[str | tuple | None, dict[str | None, set[Bound]]]:
    """The sentence's numbers by counted noun, then by what happened to what they count (:func:`role`);
    a running total or an amount per item (:mod:`.totals`) under its kind and noun: ("each", "RON").
    The counts that start at ``leave_out`` are left out (another holder's: :mod:`.holders`)."""
    out: dict[str | tuple | None, dict[str | None, set[Bound]]] = {}
    noun = None  # the noun of the sentence's last count that wrote one
    last = None  # what the sentence's last count with a noun counts ("people" for "семь человек")
    counts = [q for q in art.quantities if in_sentence(s, q.start) and q.value is not None and q.unit not in NOT_COUNTS]
    leave_out = set(leave_out)
    for i, q in enumerate(counts):
        # a fraction of a count ("a third of the 900 workers") is a part: it meets another outlet's
        # part ("half of the 900"), not the whole, which stays a count of its own
        what = PART if whole_offset(q.text) else role(art.text, q)
        key = counted(q.unit, what)
        whole = counts[i + 1] if i + 1 < len(counts) else None
        if whole is not None and whole.unit and (m := _OF_THE_NUMBER.match(art.text, q.end)) and m.end() == whole.start:
            # "14 de los 27 concejales", "14 of the 27 seats": a part of the count after it, its noun's
            key, what = counted(whole.unit, role(art.text, whole)), PART
        elif (q.unit is None or _CJK_COUNTER.match(q.unit)) and (last is not None or q.unit) and _partitive(art.text, q):
            # "семь человек ..., четверо из них", "neuf blessés, dont trois", "17人受伤，其中3人": of the same
            # (a Chinese, Japanese or Korean part keeps its counter: "伤者中有3人" is people too)
            key = last if last is not None else key
            what = what or PART  # compared with another outlet's part, not with the whole
        elif key == "people" and q.unit is None and noun is not None:
            key = noun  # "dieci operai sono rimasti feriti e quattro sono morti": four workers
        elif q.unit is not None and key == q.unit and q.unit.isalpha() and float(q.value).is_integer():
            # (a figure with a fraction measures, it counts nothing: "5,6 büyüklüğündeki depremde ölenlerin
            # sayısı 11'e yükseldi" counts no magnitudes)
            noun = key
        if q.unit is not None and q.unit.isalpha():
            last = key
        if kind := apart(art, s, q):
            key = (kind, key)  # "since the start of the year, 40 people", "câte 5 milioane": met only by their kind
        elif q.unit and (m := _PARTITIVE_BEFORE.search(art.text, max(s.start, q.start - 30), q.start)) and not art.text[s.start : m.start()].strip():
            # "Dintre acestea, 12 spitale județene": opening its sentence, a part of a whole told in an earlier one,
            # which another outlet's figure may be ("Peste 40 de spitale"): met only by another such part
            key = (PART, key)
        if q.start not in leave_out:
            out.setdefault(key, {}).setdefault(what, set()).add(bounds(art.text, q, art.language))
    return out


# a part of the count after it ("14 of the 27 seats", "14 de los 27 concejales", "3 des 5 juges", "2 der 7 Richter")
_OF_THE_NUMBER = re.compile(
    r"[ \u00a0]{1,3}(?:of(?:[ \u00a0]the)?|de(?:[ \u00a0](?:los|las|les))?|des|der|von(?:[ \u00a0]den)?|dei|degli|delle|dos|das"
    r"|van(?:[ \u00a0]de)?|из|z|ze|spośród|з|із)[ \u00a0]{1,3}(?=\d)",
    re.I,
)
# a part of the count before ("three of them", "трое из них", "zwei von ihnen", "dwie z nich", "dont quatre")
_PARTITIVE_AFTER = re.compile(
    r"[ \u00a0]{0,3}(?:of|из|от|среди|z|ze|spośród|von|unter|de|d['’]entre|di|tra|fra|dos|das|van|з|із|серед)[ \u00a0]{1,3}"
    r"(?:them|those|these|них|nich|ihnen|denen|eux|elles|ellos|ellas|loro|essi|eles|elas|hen|їх)(?!\w)", re.I)
_PARTITIVE_BEFORE = re.compile(
    r"(?<!\w)(?:dont|darunter|davon|wśród nich|w tym|в том числе|среди них|из них|з них|із них|серед них|among them|de ellos|de ellas"
    r"|de los cuales|de las cuales|di cui|dos quais|das quais|waarvan"
    # "of these, 12 hospitals", Romanian "dintre acestea, 12 spitale", "printre care", Vietnamese "trong đó" (among which),
    # Greek "εκ των οποίων"
    r"|of (?:these|those|them|whom)|dintre (?:care|acestea|aceștia|ei|ele)|printre (?:care|ei|ele)|trong đó|εκ των οποίων)[ \u00a0,]{1,3}\Z", re.I)


# Chinese, Japanese and Korean say "of them" before the count and its counter ("17人受伤，其中3人伤势较重",
# "伤者中有3人", "23人が負傷し、うち4人が重傷", "부상자 중 3명은", "이 가운데 2명"): "其中", "うち", "그중" on
# their own; "中", "之中", "のうち", "중", "가운데" after a noun of people ("伤者中有", "負傷者のうち", "부상자
# 중"), since "事故中有3人死亡" is "in the accident, 3 died".  The casualty word inside the phrase ("伤者")
# names the whole, not the part: it is no role of the count after it (see :func:`_role`).
_CJK_PEOPLE_END = "者员員客民자객민원들"
_CJK_COUNTER = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")  # a counter, not a word: "人", "명"
_CJK_PARTITIVE = re.compile(
    rf"(?:其中|当中|當中|うち|그중|그 중|이 가운데|그 가운데|이 중|(?<=[{_CJK_PEOPLE_END}])(?:之中|中|의? ?중|의? 가운데|のうち))"
    r"(?:有|的|に|에서|에는|에|은|는)?[ \u00a0]?\Z"
)


PART = "part"  # the role of a part with no casualty word of its own ("..., трое из них госпитализированы")


def _partitive(text: str, q: Quantity) -> bool:
    return bool(_PARTITIVE_AFTER.match(text, q.end) or _PARTITIVE_BEFORE.search(text, max(0, q.start - 30), q.start)
                or _CJK_PARTITIVE.search(text, max(0, q.start - 12), q.start))  # fmt: skip


# nouns for people, in the languages read (as quantities normalise them: lower case, final "s" off)
PEOPLE = frozenset(
    "people person persona personne mensch menschen personen persone pessoa mensen человек человека людей люди людини "
    "осіб особи osób osoby osoba ludzi άνθρωποι ανθρώπους άτομα kişi insan شخصا شخص أشخاص 人 名 명 사람 位 نفر लोग लोगों व्यक्ति "
    "orang persoane persoană oameni personer mennesker människor"
    # Czech, Hungarian, Finnish, Bulgarian, Hebrew ("בני" of "בני אדם") and Thai (the counters of people)
    " lidí lidé lidi osob osoby osoba člověk ember embert emberek személy személyt fő ihmistä ihmiset ihminen henkilöä henkeä"
    " ihmi ihmis henkilö henke"  # the Finnish ones as quantities cut their case ending (quantities.endings.finnish_base)
    " души човека човек хора лица אנשים איש בני คน ราย"
    # Slovak, Croatian/Bosnian/Serbian (both scripts), Slovenian
    " ľudí ľudia osôb osoby človek ljudi ljudima osoba osobe особа особе људи lica лица ljudje oseb osebe oseba osebi"
    # Lithuanian, Latvian, Estonian, Catalan (as quantities write it: "persones" is "persone")
    " žmonės žmonių žmones žmogus cilvēki cilvēku cilvēkus cilvēks inimest inimese inimesed inimesi persone"
    # Nynorsk "personar", "menneske" (plural as singular)
    " personar menneske"
    # "others" in a toll ("12 killed and 40 others injured")
    " other autre altri otro outro andere anderen آخرون آخرين".split()
)
# a past-tense verb right after a number ("более 20 получили", "ponad 30 zostało"): no noun was written
_VERB_AFTER = re.compile(r"(?:ли|ло|ла|ть|ться|ись|лись|ł|ła|ło|ły|li|ły)$")


def counted(unit: str | None, what: str | None) -> str | None:
    """The noun a count is compared under: "people" for the nouns of people, and for a casualty
    count whose noun was left out or is the casualty word itself ("28 dead", "38 morts", "9
    погибших", "более 20 получили травмы"), so such counts compare across outlets and languages.
    A count of a group ("two children", "deux policiers") stays that group's: it is part of the
    toll, no other figure for it."""
    if unit in PEOPLE or (what == "crowd" and unit in _CROWD_NOUNS):
        return "people"  # (a crowd's size, "31,200 fans" / "a crowd of 29,500", is one count of people)
    if what is not None and (unit is None or _ROLE_WORD.fullmatch(unit) or _VERB_AFTER.search(unit)):
        return "people"
    # (a unit written in full or as its symbol is one: "15 kilometres" / "10 km", :mod:`.unit_names`)
    unit = unit and unit_name(unit)
    return _AR_ACCUSATIVE.sub("", unit) if unit and len(unit) > 3 else unit


# Arabic writes a counted noun after 11 to 99 in the accusative, its indefinite ending an alif ("196 منزلا",
# "منزلاً"), and after a hundred or a thousand in the genitive without it ("200 منزل"): one noun.  (A word
# ending in a hamza or a long vowel takes no such alif: "أطباء", "مستشفى".)
_AR_ACCUSATIVE = re.compile("(?<=[\u0628-\u064a])(?<![\u0621\u0627\u0649])[\u0627\u064b]{1,2}\\Z")  # the alif and tanween, either order



# what happened to the people (or things) a number counts: the casualty roles that news numbers
# mostly report, in the languages Parallax reads ("28 people killed" and "210 people injured" are
# no conflict; "28 dead" and "38 dead" are).  Whole words only: "total" is no "tot".
# Arabic "لقي 12 شخصا حتفهم" (met their death) puts the count between the verb and its noun, so
# the noun "حتف" (death), which only that idiom writes, is the word read.
_ROLES = {
    "dead": r"kill(?:s|ed|ing)?|dead|died|dying|deaths?|toll|fatalit(?:y|ies)|perished|muert[oa]s?|fallecid[oa]s?|morts?|mortes?"
            r"|murieron|murió|fallecieron|falleció|décédé(?:e|s|es)?|périrent|starben|todesopfer|morirono|decedut[oaie]|mort[aeio]"
            r"|morreram|morreu|faleceram|faleceu|overleden|overleed"
            r"|tués?|tuées?|tot|tote[nr]?|getötet|verstorben|uccis[oie]|mortos?|doden|omgekomen|gestorven"
            r"|zgin\w*|zabit\w*|zmarł\w*|погиб\w*|убит\w*|умер\w*|скончал\w*|жертв\w*|загинул\w*|загибл\w*|помер\w*|вбит\w*"
            r"|νεκρ\w*|σκοτώθηκ\w*|ölü\w*|öldü\w*|ölen\w*|ölmüş\w*|[وفبل]?(?:قتيل\w*|قتلى|مصرع\w*|وفاة|توفي\w*|حتف\w*)"
            r"|मौत|मारे|मृत|मृतकों|मरे|کشته|فوت|درگذشت\w*|tewas|menewaskan|meninggal|terbunuh|morți|morti|murit|decedat\w*|decese|ucis\w*"
            r"|döda|dödades|omkom\w*|døde|dræbt\w*|drept\w*"
            r"|avled|avlidit|avlidna|omkomne|dödats|dräpt\w*"
            r"|zemřel\w*|zahynul\w*|mrtv\w*|usmrcen\w*|obět\w*|meghalt\w*|halott\w*|elhunyt\w*|halálos|kuol\w*|menehty\w*"
            r"|загина\w*|почина\w*|мъртв\w*|[והשבלמכ]{0,2}(?:נהרג\w*|הרוג\w*|נספ\w*|נפטר\w*|מתו)"
            r"|zomrel\w*|mŕtv\w*|obetí|usmrten\w*|poginu\w*|preminu\w*|umrl\w*|stradal\w*|mrtv\w*|žrtv\w*|погину\w*|преминул\w*|умрл\w*|страдал\w*|мртв\w*|жртв\w*"
              r"|žuvo|žuv[ęu]\w*|mirė|bojāgāj\w*|miru[sš]\w*|nomira|hukkus|hukku\w*|suri|surid|surnu\w*|morir|mort[ae]s",
    "injured": r"injur(?:y|ies|ed|ing)|wound(?:s|ed|ing)?|hurt|herid[oa]s?|lesionad[oa]s?|blessés?|blessées?|verletzt[e]?[nr]?"
               r"|verwundet[e]?[nr]?|ferit[oie]|ferid[oa]s?|gewond|gewonden|rann[iya]\w*|poszkodowan\w*|ranieni|ранен\w*|травм\w*|пострадал\w*|пострадавш\w*|травмирован\w*"
               r"|поранен\w*|постраждал\w*|травмован\w*|τραυματ\w*|yaral\w*|[وفبل]?(?:أصيب\w*|إصابة|مصاب\w*|جريح|جرحى)"
               r"|घायल|ज़ख्मी|जख्मी|चोटिल|زخمی|مجروح\w*|مصدوم\w*|luka|terluka|luka-luka|cedera|rănit\w*|ranit\w*"
               r"|skadade|skadades|skadats|sårade|sårede|kvæstede|skadet|skadde"
               r"|kvæstet|såret|skadd|skade|skada"
               r"|zraněn\w*|zranil\w*|poraněn\w*|megsérült\w*|sérült\w*|megsebesült\w*|sebesült\w*|loukkaantu\w*|haavoittu\w*"
               r"|пострада\w*|контузен\w*|[והשבלמכ]{0,2}(?:נפצע\w*|פצוע\w*)"
               r"|zranen\w*|ranen\w*|ozlijeđen\w*|ozleđen\w*|povrijeđen\w*|povređen\w*|ranjen\w*|poškodovan\w*|повређен\w*|рањен\w*"
                 r"|sužeist\w*|sužalot\w*|ievainot\w*|savainot\w*|cietu[sš]\w*|vigastada|vigasta\w*|haava\w*|ferit|ferits|ferida|ferides",
    "missing": r"missing|desaparecid[oa]s?|disparus?|disparues?|vermisst[e]?[nr]?|dispers[oi]|vermist|vermisten|zaginion\w*|пропавш\w*|зникл\w*"
               r"|αγνοούμεν\w*|αγνοούνται|kayıp|[وفبل]?مفقود\w*|लापता|ناپدید\w*|hilang|dispărut\w*|disparut\w*|saknade|saknas|savnede|savnet"
               r"|sakna|saknad|saknat"
               r"|pohřešovan\w*|pohřešuj\w*|nezvěstn\w*|eltűnt\w*|kadoksissa|kateissa|kadon\w*|изчезна\w*|безследно|издирва\w*"
               r"|[והשבלמכ]{0,2}נעדר\w*"
               r"|nezvestn\w*|pohrešovan\w*|nestal\w*|nestao|нестал\w*|нестао|pogrešan\w*"
                 r"|dingo|dingus\w*|pazud\w*|kadunu\w*|desaparegu\w*",
    "arrested": r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detenid[oa]s?|detid[oa]s?|interpell(?:é|és|ée|ées|ations?)|arrêté(?:e|s|es)?"
                r"|festgenommen|verhaftet|gewahrsam|fermat[oie]|arrestat[oie]|aangehouden|gearresteerd|pres[oa]s"
                r"|zatrzyman\w*|aresztowan\w*|задержан\w*|арестован\w*|затриман\w*|заарештован\w*|गिरफ्तार|गिरफ़्तार|بازداشت\w*|دستگیر\w*"
                r"|ditangkap|ditahan|arestat\w*|reținut\w*|reţinut\w*|gripna|greps|anhållna|anholdt|pågrepet|arrestert"
                r"|zatčen\w*|zadržen\w*|zatkl\w*|őrizetbe|letartóztat\w*|pidät\w*|задържан\w*|арестува\w*|[והשבלמכ]{0,2}(?:נעצר\w*|עצור\w*)"
                r"|gözaltına|tutuklan\w*|zadržan\w*|uhićen\w*|uhitil\w*|uhapšen\w*|uhapsil\w*|priveden\w*|ухапшен\w*|приведен\w*|prijet\w*|aretiran\w*|pridržan\w*"
                  r"|sulaikyt\w*|sulaikė|suimt\w*|aizturēt\w*|aizturē\w*|arestēt\w*|vahista\w*|detingu\w*|detinguts|detingudes",
    "evacuated": r"evacuat(?:e|es|ed|ing|ion)|displaced|homeless|évacué(?:e|s|es)?|evacuad[oa]s?|evakuiert|sfollat[oie]|evacuat[oie]"
                 r"|desalojad[oa]s?|obdachlos|geëvacueerd|dakloos|ewakuowan\w*|эвакуирован\w*|евакуйован\w*|बेघर|تخلیه|dievakuasi|mengungsi"
                 r"|evacuaț\w*|evacuat\w*|evakuerade|evakueret|evakuert"
                 r"|evakuov\w*|evakuál\w*|kimenekít\w*|kitelepít\w*|evakuoi\w*|евакуира\w*|[והשבלמכ]{0,2}(?:פונו|מפונים)"
                 r"|evakuovan\w*|evakuoval\w*|evakuiran\w*|evakuisan\w*|евакуисан\w*|евакуиса\w*"
                   r"|evakuot\w*|evakuē\w*|evakueeri\w*|evacuad\w*|desallotja\w*"
                   r"|ontruimd\w*|tahliye\w*",  # nl "ontruimd" (cleared), tr "tahliye edildi"
    "trapped": r"trapp(?:ed|ing)|stranded|eingeschlossen|verschüttet|piégé(?:e|s|es)?|bloqué(?:e|s|es)|atrapad[oa]s?|intrappolat[oie]"
               r"|soterrad[oa]s?|ingesloten|bedolven",
    "rescued": r"rescu(?:ed|ing)|saved|gerettet|geborgen|sauvé(?:e|s|es)?|secouru(?:e|s|es)?|rescatad[oa]s?|salvat[oie]"
               r"|resgatad[oa]s?|gered|uratowan\w*|спасен\w*|спасён\w*|врятован\w*|урятован\w*|διασώθηκ\w*|kurtarıl\w*|बचाया|बचाए"
               r"|نجات|diselamatkan|salvaț\w*|räddade|reddet|reddede"
               r"|zachráněn\w*|zachránil\w*|kimentett\w*|megmentett\w*|pelastet\w*|pelasti\w*|спасиха|[והשבלמכ]{0,2}חולצ\w*"
               r"|zachránen\w*|spašen\w*|spasio|spasili|спасли|rešil\w*",
    # the size of a crowd: "a crowd of 29,500", "put the turnout at 60,000", "20,000 people attended" (English; a crowd's
    # own nouns, "fans", "spectators", count a crowd only where nothing else happened to them: :func:`role`)
    "crowd": r"crowds?|turnout|attendance|attended|attending|marched|rallied",
}  # fmt: skip
_ROLE_WORD = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _ROLES.items()), re.I)
_HARAKAT = re.compile("[\u064b-\u065f\u0670]")  # Arabic vowel marks, written or not: "أُصيب" is "أصيب"
# Chinese, Japanese and Korean write the casualty word against the counter ("12人死亡", "23人が死亡",
# "9명이 숨졌다"): read in the few characters after the number
_CJK_ROLES = {
    "dead": "死亡|遇难|身亡|丧生|罹难|死者|亡くな|死去|숨지|숨졌|사망",
    "injured": "受伤|负伤|伤者|負傷|けが|重軽傷|부상|다쳐|다치|다쳤",
    "missing": "失踪|下落不明|行方不明|실종",
    "rescued": "获救|救出|救助|구조",
    "arrested": "被捕|拘留|逮捕|체포",
    "evacuated": "撤离|疏散|避難|대피",
}
_CJK_ROLE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _CJK_ROLES.items()))
# Thai writes no spaces between words, only between phrases: the casualty word ends the phrase before the
# count ("มีผู้ได้รับบาดเจ็บ 12 ราย", "ผู้เสียชีวิต 3 ราย") or follows the counter inside the count's own phrase
# ("12 คนได้รับบาดเจ็บ"); the next phrase ("3 ราย บาดเจ็บ 12 ราย") is another count's
_THAI_ROLES = {
    "dead": "เสียชีวิต|ตาย",
    "injured": "บาดเจ็บ",
    "missing": "สูญหาย|หายสาบสูญ",
    "rescued": "ช่วยชีวิต",
    "arrested": "จับกุม|ถูกจับ",
    "evacuated": "อพยพ",
}
_THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
_THAI_ROLE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _THAI_ROLES.items()))


def _thai_role(text: str, start: int, end: int) -> str | None:
    """The role of a count in Thai text: a casualty word in the count's own phrase (after the number), else
    the last one in the phrase right before it."""
    after = text[end : end + 40].split(maxsplit=1)
    if after and (m := _THAI_ROLE.search(after[0])):
        return m.lastgroup
    before = text[max(0, start - 60) : start].split()
    if before and (found := list(_THAI_ROLE.finditer(before[-1]))):
        return found[-1].lastgroup
    return None


# where a number's clause ends: a sentence end, a comma, a semicolon or colon, or a conjunction
# ("Zginęły 4 osoby, rannych zostały 34": the 4 were killed, not injured)
_CLAUSE_END = re.compile(r"[,;:，、；：。！？।]|[.!?](?=\s|$)|\s(?:and|but|while|whereas|et|mais|y|pero|e|ma|und|aber|en|maar|и|а|но|і|та|але|i|oraz|ale"
                         r"|și|şi|dan|och|og|ve|και|और|و)\s", re.I)


# deaths said in several words, read as one word for "died"
_DIED = re.compile(
    r"(?<!\w)(?:lost (?:their|his|her) lives?|lost (?:their|his|her) life|ums leben|om het leven|kwam(?:en)? om|perdieron la vida"
    r"|perdió la vida|ont perdu la vie|a perdu la vie|hanno perso la vita|ha perso la vita|perderam a vida|perdeu a vida"
    r"|έχασαν τη ζωή τους|έχασε τη ζωή του|hayatını kaybe[dt]\w*|hayatlarını kaybe[dt]\w*|yaşamını yitir\w*|yaşamlarını yitir\w*|can verd\w*|जान गंवाई|जान गई|جان باخت\w*|جان خود را از دست دادند|meninggal dunia"
    r"|și-au pierdut viața|şi-au pierdut viaţa|au murit|omkom\w*|přišl[aiyo]? o život|életét vesztette|életüket vesztették"
    r"|sai surmansa|saivat surmansa|загуби(?:ха)? живота си|prišl[aiyo]? o život|izgubil[aoie]? život|izgubio život"
    r"|život (?:je |su )?izgubil[aoie]?|изгубил[аоие]? живот|изгубио живот|живот (?:је |су )?изгубил[аоие]?|izgubil[aoie]? življenje"
    r"|življenje (?:je|so) izgubil[aoie]?"
    # Swedish "dog" only after its people ("fem personer dog": "dog" alone is also English); Danish and
    # Norwegian "mistede/mistet livet", Swedish "miste livet"
    r"|(?<=personer )dog|(?<=människor )dog|mistede livet|mistet livet|miste livet|misste livet|mista livet"
    # Latvian "gāja bojā" (perished), Catalan "van morir", "han mort" (the past tense in two words)
    r"|gāja bojā|gājuši bojā|van morir|va morir|han mort|ha mort)(?!\w)",
    re.I,
)


# people driven from their homes, said as a phrase in the count's clause after it: the displaced
_FROM_THEIR_HOMES = re.compile(
    r"(?<!\w)(?:(?:from|out of|flee|fled|fleeing|leave|left|leaving|abandon|abandoned|evacuate) their (?:homes?|houses?)"
    r"|quitter leurs? (?:domiciles?|maisons?|logements?)|(?:abandonar|dejar) sus (?:hogares|casas|viviendas)"
    r"|(?:lasciare|abbandonare) le (?:loro )?(?:case|abitazioni)|(?:abandonar|deixar) (?:as )?suas casas"
    r"|ihre (?:Häuser|Wohnungen) (?:verlassen|räumen))(?!\w)",
    re.I,
)


# a count of part of the casualties: "Four of the injured", "Vier der Verletzten", "Quatre des blessés", "tres de los heridos",
# "drie van de gewonden"
_PART_OF = re.compile(
    r"[ \u00a0]+(?:of[ \u00a0]+the|of[ \u00a0]+those|der|unter[ \u00a0]+den|des|d['’]entre[ \u00a0]+les|de[ \u00a0]+los|de[ \u00a0]+las|"
    r"dei|degli|delle|dos|das|van[ \u00a0]+de)[ \u00a0]+(?P<word>[\w-]+)",
    re.I,
)


def _part_of_casualties(text: str, q: Quantity) -> bool:
    """Whether a count is a part of the dead or injured, the casualty word its whole ("Four of the injured were
    in serious condition", "Vier der Verletzten schweben in Lebensgefahr"): a count of another kind (the
    seriously hurt), not the toll its noun names, so it neither stands for the event's toll nor contradicts
    another outlet's ("12 injured" / "Four of the injured")."""
    m = _PART_OF.match(text, q.end)
    return bool(m and _ROLE_WORD.fullmatch(m.group("word")))


def role(text: str, q: Quantity) -> str | None:
    """What a number's count went through, from the words of its clause: the counted word itself
    ("28 dead", "38 morts"), the word after it ("210 people injured"), else the nearest casualty
    word before it in five words ("killing at least 28 people"), else after it in three; a dual
    noun is its own count's word ("قتيلين", two dead).  Cached: the conflict, renamed-count and toll
    checks all ask it of the same numbers."""
    if _part_of_casualties(text, q) or _whole_of_a_part(text, q):
        return None
    found = _role(text, q.start, q.end)
    if found is None and q.unit and q.unit in q.text and (m := _ROLE_WORD.fullmatch(q.unit)):
        return m.lastgroup
    if found is None and q.unit in _CROWD_NOUNS:
        return "crowd"  # "in front of 31,200 fans": the crowd ("three fans were injured" are the injured)
    if found == "crowd" and q.unit is not None and (not q.unit.isalpha() or q.unit in _SHARES or is_money(q.unit)):
        return None  # "turnout was 61 percent": a share, no crowd's size
    return found


def _whole_of_a_part(text: str, q: Quantity) -> bool:
    """Whether ``q`` is the whole after a part ("arrested 48 of the 15,000 marchers"): what happened, told before
    the part, happened to the part; the whole is who it was taken from."""
    return any(m.end() == q.start for m in _OF_THE_NUMBER.finditer(text, max(0, q.start - 20), q.start + 1)
               if m.start() > 0 and text[m.start() - 1].isdigit())  # fmt: skip


_CROWD_NOUNS = frozenset({"fan", "spectator", "supporter", "onlooker"})
_SHARES = frozenset({"percent", "per", "cent", "pct", "point", "percentage"})


@lru_cache(maxsize=8192)
def _role(text: str, start: int, end: int) -> str | None:
    window = _DIED.sub("died", text[end : end + 60])
    if cut := _CLAUSE_END.search(window):
        window = window[: cut.start()]
    if m := _CJK_ROLE.search(window, 0, 8):
        return m.lastgroup
    if _THAI_LETTER.search(text, max(0, start - 2), end + 2) and (found := _thai_role(text, start, end)):
        return found
    after = re.findall(rf"[\w{IN_WORD}-]+", window)[:4]
    for word in after[:2]:
        if m := _ROLE_WORD.fullmatch(_HARAKAT.sub("", word)):
            return m.lastgroup
    if _FROM_THEIR_HOMES.search(window):
        return "evacuated"  # "forcing about 400 people from their homes", "obligeant 400 habitants à quitter leur domicile"
    lead = _DIED.sub("died", text[max(0, start - 60) : start])
    if cuts := list(_CLAUSE_END.finditer(lead)):
        lead = lead[cuts[-1].end() :]
    if _CJK_PARTITIVE.search(lead):
        lead = ""  # "伤者中有3人伤势较重": the injured are the whole, the 3 a part of it
    if roles := list(_CJK_ROLE.finditer(lead, max(0, len(lead) - 10))):
        return roles[-1].lastgroup  # "死亡人数已升至8人": the casualty word before the count
    before = re.findall(rf"[\w{IN_WORD}-]+", lead)[-5:]
    for word in reversed(before):
        if m := _ROLE_WORD.fullmatch(_HARAKAT.sub("", word)):
            return m.lastgroup
    for word in after[2:]:
        if m := _ROLE_WORD.fullmatch(_HARAKAT.sub("", word)):
            return m.lastgroup
    return _participle_last(text, end)


# German and Dutch put the participle of a compound tense last in its clause, however far from the
# count its auxiliary follows ("Zwölf Bergleute sind nach dem Einsturz eines Stollens eingeschlossen",
# "Zwölf Menschen wurden am Sonntag auf der A7 verletzt", "12 mensen zijn bij de brand gewond geraakt"):
# an auxiliary of these languages right after the counted noun (or its adjective and noun), and a
# casualty word ending the clause, before the auxiliaries that may close it ("verletzt worden", "gewond
# geraakt").  Only the auxiliaries no other language writes so ("is", "was" are English too).
_AUXILIARY = frozenset("sind wurden wurde waren werden worden haben hatten zijn werden werd raakten raakte".split())
_CLOSING_AUXILIARY = frozenset("worden wurden sind waren geraakt zijn werden".split())


def _participle_last(text: str, end: int) -> str | None:
    window = text[end : end + 140]
    if cut := _CLAUSE_END.search(window):
        window = window[: cut.start()]
    words = re.findall(rf"[\w{IN_WORD}-]+", window)
    if len(words) < 3 or not any(w.lower() in _AUXILIARY for w in words[:3]):
        return None
    while len(words) > 2 and words[-1].lower() in _CLOSING_AUXILIARY:
        words.pop()
    m = _ROLE_WORD.fullmatch(words[-1])
    return m.lastgroup if m else None


def _tallies(art: Article, s: Sentence) -> tuple[list[str], list[str]]:
    """A sentence's results and, apart, the ones in brackets after a name: a team's record
    ("the Hawks (10-5) beat the Kings 112-104") is no result of this match."""
    bare: list[str] = []
    kept: list[str] = []
    for q in art.quantities:
        if in_sentence(s, q.start) and q.unit == TALLY:
            bracketed = art.text[q.start - 1 : q.start] == "(" and art.text[q.end : q.end + 1] == ")"
            (kept if bracketed else bare).append(q.text)
    return bare, kept


def tally_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[list[str], list[str]]]:
    """The results (scores, votes; and, apart, the records in brackets) of two aligned sentences
    that disagree: as many in each, and not the same pairs, whichever side each names first ("beat
    City 3-1" / "lost 1-3 to Rovers" agree).  A sentence with more results than the other may add a
    set or an earlier round: no conflict."""
    out = []
    for ta, tb in zip(_tallies(art_a, sa), _tallies(art_b, sb), strict=True):
        if ta and len(ta) == len(tb) and sorted(map(tally_pair, ta)) != sorted(map(tally_pair, tb)):
            out.append((ta, tb))
    return out


def same_role(what_a: str | None, what_b: str | None) -> bool:
    """Whether two counts of one noun can be one figure, by what happened to what they count: the same
    role ("28 killed" / "38 killed"), or neither says ("30 members" / "32 members").  A count with no role
    against one with a role is two facts, not two figures for one ("400 people were at the stadium" /
    "3 people died", "the storm hit 400 people's homes" / "3 people died"), and so are two roles ("28
    killed" / "210 injured").  Every comparison of counts (:func:`number_conflicts`, :func:`renamed_counts`,
    :func:`casualty_links`) goes by this rule.  A part with no role of its own ("14 of the 27 seats",
    "trois d'entre eux") is a count with no role: it meets another outlet's part or whole."""
    return _role_class(what_a) == _role_class(what_b)


def _role_class(what: str | None) -> str | None:
    return None if what == PART else what


def number_conflicts(na: dict, nb: dict) -> list[tuple[str, list[float], list[float]]]:
    """(unit, values a, values b) of the counts of one noun that disagree, role by role (:func:`same_role`):
    the counts of a role on each side compare together, so one figure the other side gives agrees.  Where
    both sides give a part, the parts meet each other ("half of the 450 jobs" / "150 of the 450 jobs")."""
    out = []
    for unit in set(na) & set(nb) - {None}:
        ra, rb = na[unit], nb[unit]
        kind = (lambda r: r) if PART in ra and PART in rb else _role_class
        for what in sorted({kind(r) for r in ra} & {kind(r) for r in rb}, key=str):
            va = set().union(*(v for r, v in ra.items() if kind(r) == what))
            vb = set().union(*(v for r, v in rb.items() if kind(r) == what))
            if not agree(va, vb):
                out.append((unit, values_of(va), values_of(vb)))
            elif odd := _unpaired(va, vb):
                out.append((unit, *odd))
    return out


def _unpaired(va: set[Bound], vb: set[Bound]) -> tuple[list[float], list[float]] | None:
    """Two figures of one kind on each side, one pair stated by both: the other two are the same thing's
    figures, and they disagree when neither fits ("a pay rise of 12 per cent; the government has offered
    4.5 per cent" / "a 15 percent raise; the government has offered 4.5 percent")."""
    if len(va) != 2 or len(vb) != 2:
        return None
    (a1, a2), (b1, b2) = sorted(va), sorted(vb)
    for x, y, rest_x, rest_y in ((a1, b1, a2, b2), (a2, b2, a1, b1)):
        if _fits(x, y) and not _fits(rest_x, rest_y) and not _fits(rest_x, y) and not _fits(x, rest_y):
            return [rest_x[0]], [rest_y[0]]
    return None


_FUNCTION_WORDS = {"of", "the", "and", "to", "in", "on", "at", "for", "with", "by", "from", "about", "than", "some", "de", "la", "le", "el",
                   "der", "die", "das", "und", "et", "y", "e", "di", "van", "het", "een", "en", "da", "do", "des", "du", "a"}  # fmt: skip


# ages and spans of time ("an 81-year-old woman", "71 ans") are no counts of people or things
_TIME_WORDS = {"year", "yr", "month", "week", "day", "hour", "minute", "second", "jahr", "jahre", "monat", "woche", "tag", "stunde",
               "an", "ans", "année", "mois", "semaine", "jour", "heure", "año", "mese", "anno", "anni", "ano", "mê", "jaar", "jaren",
               "maand", "dag", "uur", "dia", "giorni", "giorno", "ore", "hora", "horas", "semana"}  # fmt: skip


# units of measure after a number ("450 ha", "4,5 kilometra", "12 tonnes", "300 litrów"): a measure is no
# noun a count can be renamed to ("arresting 23 people" / "arresting 31 rioters"); areas, lengths, weights
# and volumes compare only with the same unit
_MEASURE = re.compile(
    r"ha|km|kg|(?:kilo|centi|milli|mili|санти|милли|кило)?(?:met(?:er|re|ro|r)|метр)\w*|kilom\w*|килом\w*|тонн\w*|ton(?:ne|na|nes|ny|n|y|)"
    r"|tonn[aeiy]\w*|lit(?:er|re|ro|r)\w*|литр\w*|quilómetro\w*|kilómetro\w*|chilometr\w*|χιλιόμετρ\w*|τόν\w*",
    re.I,
)
# the languages that put the verb after its object: there the word before a count is no verb
_VERB_LAST = frozenset({"tr", "ja", "ko", "hi", "fa"})


def _lang(art: Article) -> str:
    return (art.language or "en")[:2].lower()


def _counts(art: Article, s: Sentence) -> list[Quantity]:
    """Quantities of the sentence that count a noun ("23 people"), not a share, a sum of money, a
    measure or an age."""
    return [q for q in art.quantities if in_sentence(s, q.start) and q.value is not None and q.unit and q.unit.isalpha()
            and not is_money(q.unit) and q.unit not in _TIME_WORDS and not _MEASURE.fullmatch(q.unit)]  # fmt: skip


@lru_cache(maxsize=64)
def _speech_verb(language: str | None) -> re.Pattern[str] | None:
    """A word of attribution in the language ("said", "según"): it says who counted, not what happened."""
    from parallax.analyze.quotes.cue_lexicon import LEXICAL_CUES

    cues = LEXICAL_CUES.get((language or "en").split("-")[0].lower())
    return re.compile(rf"(?:{cues})", re.I) if cues else None


def _word_before(art: Article, q: Quantity) -> str:
    """The content word right before a number ("arresting" in "arresting 23 people"), or "": not a
    word of attribution ("Officials said 600 people ..." / "Officials said 90 shelters ..." count two things)."""
    words = re.findall(WORD, art.text[max(0, q.start - 40) : q.start])
    word = words[-1].lower() if words else ""
    if (speech := _speech_verb(art.language)) is not None and speech.fullmatch(word):
        return ""
    return word if len(word) > 2 and word not in _FUNCTION_WORDS else ""


def renamed_counts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[Quantity, Quantity]]:
    """Counts of the same thing under different nouns whose values differ: "arresting 23 people" /
    "arresting 31 rioters", which is the loaded-word case, or "Seis agentes ... dos manifestantes" /
    "Nine officers ... two rioters" across languages.  After the counts whose noun both sentences use,
    the rest pair up by what happened to them when the text says (:func:`_paired_by_role`), or else
    when both sentences hold as many numbers (at most three):

    * in one language, when the content word before each number is the same ("hield 14 demonstranten" /
      "hield 19 relschoppers");
    * across languages, in order (a translation keeps the order of its numbers), when every other
      number of the two sentences agrees and only one pair differs, or when each sentence counts
      one thing under a noun of one root ("manuscripts" / "manuscrits") and what happened to it,
      where both say, is the same: "14 people injured" / "1.200 vecinos evacuados", two facts a
      loose alignment can pair, is no conflict."""
    numbers_a = [q for q in art_a.quantities if in_sentence(sa, q.start) and q.value is not None and not apart(art_a, sa, q)]
    numbers_b = [q for q in art_b.quantities if in_sentence(sb, q.start) and q.value is not None and not apart(art_b, sb, q)]
    all_a, all_b = [q for q in _counts(art_a, sa) if q in numbers_a], [q for q in _counts(art_b, sb) if q in numbers_b]
    keys_a = {id(q): (counted(q.unit, what := role(art_a.text, q)), what) for q in all_a}
    keys_b = {id(q): (counted(q.unit, what := role(art_b.text, q)), what) for q in all_b}
    nouns_a, nouns_b = {k for k, _ in keys_a.values()}, {k for k, _ in keys_b.values()}
    rest_a = [q for q in all_a if keys_a[id(q)][0] not in nouns_b]  # nouns both use compare in number_conflicts
    rest_b = [q for q in all_b if keys_b[id(q)][0] not in nouns_a]
    # by what happened to them, also a noun both use for different roles (the dead miners of one, the injured of the other)
    by_role = _paired_by_role(art_a, [q for q in all_a if not _compared(keys_a[id(q)], keys_b.values())],
                              art_b, [q for q in all_b if not _compared(keys_b[id(q)], keys_a.values())])  # fmt: skip
    if by_role is not None:
        return by_role
    if art_a.in_another_language(art_b) and len(all_a) == len(all_b) == 1 and rest_a and rest_b:
        # a translation that counts one thing each: "stole two manuscripts" / "ont dérobé trois manuscrits"
        x, y = all_a[0], all_b[0]
        rx, ry = role(art_a.text, x), role(art_b.text, y)
        if same_role(rx, ry) and _cognates(x.unit, y.unit) and not agree(
            {bounds(art_a.text, x, art_a.language)}, {bounds(art_b.text, y, art_b.language)}
        ):
            return [(x, y)]
        return []
    if not numbers_a or len(numbers_a) != len(numbers_b) or len(numbers_a) > 3:
        return []
    if not rest_a or len(rest_a) != len(rest_b):
        return []
    if art_a.in_another_language(art_b):
        pairs = list(zip(numbers_a, numbers_b, strict=True))
        differ = [(x, y) for x, y in pairs if not agree({bounds(art_a.text, x, art_a.language)}, {bounds(art_b.text, y, art_b.language)})]
        if len(differ) != 1 or len(pairs) < 2 or differ[0][0] not in rest_a or differ[0][1] not in rest_b:
            return []
        return differ
    if _lang(art_a) in _VERB_LAST or _lang(art_b) in _VERB_LAST:
        return []  # the word before a count is no verb there ("Bölgeye 38 ambulans" / "Bölgeye 150 personel")
    pairs = [(x, y) for x, y in zip(rest_a, rest_b, strict=True) if (w := _word_before(art_a, x)) and w == _word_before(art_b, y)]
    return [(x, y) for x, y in pairs if not agree({bounds(art_a.text, x, art_a.language)}, {bounds(art_b.text, y, art_b.language)})]


def _compared(key: tuple[str | None, str | None], other: Iterable[tuple[str | None, str | None]]) -> bool:
    """Whether :func:`number_conflicts` compares a count (its noun, what happened to it) with the other
    sentence's: the other counts the noun in the same role (:func:`same_role`).  "7 madenci hayatını
    kaybetti" / "9 işçi öldü, 43 madenci yaralandı": the miners of the two are the dead and the injured,
    so the dead miners are left to pair with the dead workers."""
    noun, what = key
    return any(n == noun and same_role(what, r) for n, r in other)


def _cognates(a: str | None, b: str | None) -> bool:
    """Two nouns of one root across languages: a shared opening of four letters or more and most of
    the shorter word ("manuscript" / "manuscrit", "tractor" / "tracteur"), or one sound in two
    scripts ("container" / "контейнер")."""
    if not a or not b:
        return False
    a, b = fold(a), fold(b)
    n = len(os.path.commonprefix([a, b]))
    return (n >= 4 and n >= 0.6 * min(len(a), len(b))) or same_sound(a, b)


def _paired_by_role(art_a: Article, rest_a: list[Quantity], art_b: Article, rest_b: list[Quantity]) -> list[tuple[Quantity, Quantity]] | None:
    """Counts that say what happened to what they count pair by that ("19 Menschen wurden verletzt" /
    "23 people were injured", "41 Aktivisten ... in Gewahrsam" / "47 Personen ... in Gewahrsam"): the
    differing pairs of the roles each sentence gives exactly one count; None when no role pairs."""
    roles_a = [(role(art_a.text, q), q) for q in rest_a]
    roles_b = [(role(art_b.text, q), q) for q in rest_b]
    shared = {r for r, _ in roles_a if r} & {r for r, _ in roles_b if r}
    pairs = []
    for r in sorted(shared):
        xs, ys = [q for x, q in roles_a if x == r], [q for y, q in roles_b if y == r]
        if len(xs) == len(ys) == 1 and not _group_and_toll(r, xs[0], ys[0]):
            pairs.append((xs[0], ys[0]))
    if not pairs:
        return None
    return [(x, y) for x, y in pairs if not agree({bounds(art_a.text, x, art_a.language)}, {bounds(art_b.text, y, art_b.language)})]


_TOLL_ROLES = frozenset({"dead", "injured", "missing"})


def _group_and_toll(what: str | None, x: Quantity, y: Quantity) -> bool:
    """A casualty count of a group against one of people: "four children died" / "eleven people
    died" is part of a toll and the toll, no disagreement.  (Arrests are told by who was arrested:
    "23 people" / "31 rioters" is one count.)"""
    return what in _TOLL_ROLES and (x.unit in PEOPLE) != (y.unit in PEOPLE) and None not in (x.unit, y.unit)


def casualty_links(articles: list[Article]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Sentences to join because each is its article's only report of one casualty count: the
    dead, the injured, the missing ... of the event.  Outlets word a toll sentence differently
    ("Погибли семь человек" / "По данным штаба, 9 погибших, 24 человека пострадали") and the
    meaning alone may not pair them, yet the toll is what a reader compares first.  A count of a
    group joins its own kind ("Twelve workers are still missing" / "A dozen workers are still
    missing"), so a third outlet's figure meets the other two.  An article with two sentences
    counting the same role (a toll and a past disaster's) joins nothing."""
    by_role: dict[tuple[str, str], dict[int, set[int]]] = {}
    for ai, art in enumerate(articles):
        for q in art.quantities:
            if q.value is None or q.unit in NOT_COUNTS:
                continue
            what = role(art.text, q)
            noun = counted(q.unit, what)
            if what is None or noun is None or not noun.isalpha() or noun in _TIME_WORDS or is_money(noun):
                continue
            si = art.sentence_of(q.start)
            if si >= 0 and not apart(art, art.sentences[si], q):  # a running total is no count of this event
                by_role.setdefault((what, fold(noun)), {}).setdefault(ai, set()).add(si)
    links = []
    for per_article in by_role.values():
        only = sorted((ai, next(iter(sis))) for ai, sis in per_article.items() if len(sis) == 1)
        # every pair, not a star from the first: a pair of a fact is compared only when it is linked itself
        # (see :class:`parallax.compare.align.Relatedness`), and each of these counts answers every other
        links += [(x, y) for i, x in enumerate(only) for y in only[i + 1 :]]
    return links
