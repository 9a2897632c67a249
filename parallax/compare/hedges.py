"""Hedged numbers: the bound or estimate the words around a number make of it.

"at least 28" allows 28 and more, "nearly 40" up to 40, "about 200" 10% either way, and the
second end of "between 40 and 60" the range.  Every comparison of figures (counts, measures, dates,
durations) asks these words and these bounds, so they live apart from any one of them.
"""

from __future__ import annotations

import math
import re

from parallax.compare.change_ranges import change_to_level
from parallax.compare.reached_levels import reached_level
from parallax.compare.rounding import rounded as _rounded
from parallax.records import Quantity

# "not less than" and "not more than": the negation turns the bound round, so these are read as one hedge
_NOT_LESS = (r"no fewer than|not fewer than|no less than|not less than|non meno di|non inferiore a|no menos de|pas moins de"
             r"|não menos de|nicht weniger als|niet minder dan|nie mniej niż|inte mindre än|inte färre än|ikke mindre end"
             r"|ikke færre end|ikke mindre enn|ikke færre enn")
_NOT_MORE = (r"no more than|not more than|non più di|no más de|pas plus de|não mais de|nicht mehr als|niet meer dan"
             r"|nie więcej niż|inte mer än|inte fler än|ikke mere end|ikke flere end|ikke mer enn|ikke flere enn")
# hedges before a number: a bound or an estimate, not an exact figure ("at least 28" agrees with 38)
AT_LEAST = (r"more than|over|at least|upwards of|in excess of|plus de|au moins|más de|al menos|mehr als|über|mindestens|oltre|almeno|più di"
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
            r"|legalább|több mint|nejméně|minimálně|více než|víc než|přes"
            # Swedish, Norwegian, Polish: "drygt 140" / "drøyt 140" / "przeszło 140" is just over 140
            r"|drygt|drøyt|przeszło"
            # a verb of passing a figure and its article: "dépasse les 4 milliards", "supera los 4.000 millones", "ha
            # superato i 4 miliardi", "übersteigt 4 Milliarden" (the figure passed is a floor, not the figure)
            r"|dépass(?:e|ent|ait|aient|é|er)\s(?:les|la\sbarre\sdes|le\scap\sdes)|super(?:a|an|ó|aron|ato|ava)\s(?:los|las|i|gli|le)"
            r"|überst(?:eigt|eigen|ieg|iegen)|überschr(?:eitet|eiten|itt|itten)"
            # a negated "less than" is "at least" ("non meno di 30", "nie mniej niż 30"): read before its "less than"
            rf"|{_NOT_LESS}")
AT_MOST = (r"fewer than|less than|up to|as many as|as much as|under|almost|nearly|moins de|près de|jusqu'à|menos de|casi|hasta|weniger als|fast|bis zu|meno di"
           r"|quasi|fino a|quase|até|minder dan|bijna|менее|меньше|почти|до|менше|майже|prawie|niemal|mniej niż"
           r"|hampir|kurang dari|hingga|aproape|până la|pana la|mai puțin de|σχεδόν|έως|μέχρι|λιγότεροι από|nästan|næsten|nesten"
           r"|upp till|op til|opp til|نزدیک به|کمتر از|أقل من|اقل من|거의|최대"
           r"|takmer|menej ako|menej než|gotovo|skoro|manje od|skoraj|manj kot|готово|скоро|мање од"
           r"|lähes|melkein|jopa|peaaegu|ligi|kuni|beveik|gandrīz|līdz|gairebé|fins a|menys de|почти|близо|до|gần|כמעט|עד"
           # Hungarian, Czech ("necelých 50": just under 50), Turkish
           r"|csaknem|majdnem|közel|kevesebb mint|legfeljebb|téměř|bezmála|necelých|necelé|necelou|méně než|nejvýše|neredeyse"
           # Swedish, Norwegian, Danish, Polish "just under" and "close to" ("knappt 140", "närmare 140", "niespełna 140")
           r"|knappt|knapt|knap|närmare|nærmere|uppemot|oppimot|niespełna|bez mała"
           # a negated "more than" is "at most" ("non più di 30", "inte mer än 30")
           rf"|{_NOT_MORE}")
ABOUT = (r"about|around|roughly|approximately|some|an estimated|estimated|environ|quelque|unos|unas|alrededor de|cerca de|etwa|rund"
         r"|ungefähr|circa|cerca di|ongeveer|zo'n|около|примерно|порядка|приблизно|близько|około|blisko|mniej więcej"
         r"|yaklaşık|tahminen|sekitar|kira-kira|kurang lebih|aproximativ|în jur de|in jur de|περίπου|cirka|ca\.|omkring|runt|ungefär"
         r"|omtrent|rundt|लगभग|करीब|क़रीब|तकरीबन|حدود|تقریباً|تقریبا|نحو|حوالي|حوالى|قرابة|زهاء|ما يقرب من|تقريبا|약|대략"
         r"|približne|zhruba|okolo|oko|otprilike|približno|okoli|около|отприлике"
         r"|noin|suunnilleen|arviolta|umbes|ligikaudu|apie|maždaug|aptuveni|apmēram|aproximadament|al voltant de|unes|prop de"
         r"|приблизително|khoảng|chừng|lebih kurang|בערך|mintegy|körülbelül|kb\.|nagyjából|megközelítőleg|přibližně|kolem"
         # Italian "intorno alle 140", Swedish "kring 140", Polish "ok. 140" (not in capitals: English "OK." ends a reply)
         r"|(?:in|at)torno a(?:l|i|lle|gli)?|all'incirca|kring|(?-i:[Oo]k\.)")
HEDGE = re.compile(rf"(?<!\w)(?:(?P<lo>{AT_LEAST})|(?P<hi>{AT_MOST})|(?P<about>{ABOUT}))\s+\Z", re.I)
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
    # (and a Japanese verb of exceeding or falling short with its object's を: "200人を超える", "を上回った", "を下回る")
    r"[ \u00a0]?(?:사람|[가-힣]{1,2}|[\u4e00-\u9fff])?[ \u00a0]?(?:(?P<lo>以上|이상|넘게|넘는|超|余り|あまり|を(?:超え|超す|超し|上回))"
    r"|(?P<hi>未満|미만|近く|가까이|弱|足らず|を下回|に満たな)"
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


def hedge_of(text: str, q: Quantity) -> str | None:
    """"lo", "hi" or "about" when the words around a number make it a bound or an estimate."""
    before = text[max(0, q.start - 25) : q.start]
    if (m := HEDGE.search(before)) and m.lastgroup == "hi" and (_CHANGED_TO.search(text, max(0, q.start - 60), q.start) or reached_level(text, q.start)):
        return None  # "выросла до 5,2%", "cayó un 3%, hasta 650 millones": the figure reached (:mod:`.reached_levels`)
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
    hedge = hedge_of(text, q)
    approximate = approximate_range(q.text, v, language)
    if approximate is not None:
        lo, hi = approximate  # "more than a dozen": a bound, and a loose one
        if hedge is None and hi == float("inf") and lo == v:
            # "dozens": a floor read from a word, not a bound an outlet stated, so not held to 10% of another outlet's
            # "more than 30" (:func:`fits`); a count is whole, so half a unit below the floor allows the same counts
            lo -= 0.5
        return v, *((lo, float("inf")) if hedge == "lo" else (0.0, hi) if hedge == "hi" else (lo, hi))
    r = _RANGE_START.search(before)
    if r and r.group("lo2") and change_to_level(before, r.start("lo2"), before[r.end("lo2") :]):
        r = None  # "rose $2 to $85": a rise and the price it reached, no range (:mod:`.change_ranges`)
    if r and (lo := parse_number(r.group("lo") or r.group("lo2"), language)) is not None and lo < v:
        return v, lo, v
    if hedge is None:
        return v, v, v
    if hedge == "lo":
        return v, v, float("inf")
    if hedge == "hi":
        return v, 0.0, v
    slack = about_slack(v)
    return v, v - slack, v + slack


def about_slack(v: float) -> float:
    """How far "about" lets a figure stray: 10% of a round one ("about 200", "about 80"), but a figure written to its
    last unit is an estimate only that close ("about $89" allows $87 to $91, not $98): the step of its last digit
    other than nought, at least 2.5%, at most 10%."""
    v = abs(v)
    if v == 0:
        return 0.0
    whole, _, fraction = f"{v:.6f}".rstrip("0").partition(".")
    step = 10.0 ** -len(fraction) if fraction else 10.0 ** (len(whole) - len(whole.rstrip("0")))
    return min(0.1 * v, max(step, 0.025 * v))


def fits(x: Bound, y: Bound) -> bool:
    """Whether two figures can both be right.  Two bounds the same way ("more than 80" / "more than
    200", "up to £1,000" / "up to £500") are two outlets' figures: they fit when within 10%."""
    lower = x[2] == y[2] == float("inf") and x[1] == x[0] and y[1] == y[0]  # (an approximate count's bound is loose)
    upper = x[1] == y[1] == 0.0 and x[2] == x[0] > 0 and y[2] == y[0] > 0
    # two estimates ("rund 80 Prozent" / "etwa 70 Prozent") are two outlets' figures too, not two ranges
    # that meet at their edges (72-88 and 63-77)
    about = all(0.0 < z[1] < z[0] < z[2] < float("inf") and math.isclose(z[2] - z[0], z[0] - z[1]) for z in (x, y))
    if lower or upper:
        return abs(x[0] - y[0]) <= 0.1 * max(x[0], y[0])
    if about:
        return abs(x[0] - y[0]) <= max(about_slack(x[0]), about_slack(y[0]))
    return x[1] <= y[2] and y[1] <= x[2] or _rounded(x, y)


def agree(a, b) -> bool:
    """Whether some number of one set fits some number of the other."""
    return any(fits(x, y) for x in a for y in b)


def values_of(entries) -> list[float]:
    return sorted({e[0] for e in entries})
