"""Sentences that give one sum of money two ways, joined into one fact so that the sums are compared.

"Straty oszacowano na 450 tys. zł" and "pożar wyrządził szkody warte 540 tys. zł" report one figure, yet
one outlet gives it its own sentence and the other tucks it into a long one, so meaning alone does not
pair them and the count comparison (:mod:`parallax.compare.conflicts`) reads only aligned sentences.  As
:func:`parallax.compare.count_links.count_links` does for a count of things, a sum links where it is each
article's only one of its kind: its only sum in one currency beside one purpose (the damage, the fine,
the cost, the compensation, the budget ...: :data:`PURPOSES`), or its only sum in that currency at all
where neither names another purpose; and only where two reports of one figure may differ, within a
factor of two (450 and 540 thousand; 450 thousand and 3 million are two things paid).  A sum in a
sentence about another occasion ("the 2019 fire cost 2 million") or a running total or an amount per
item (:mod:`.totals`) links nothing.  Only sums that disagree link.
"""

from __future__ import annotations

import re

from parallax.analyze.quantities.money import is_money
from parallax.compare.duration_links import another_occasion
from parallax.compare.totals import apart
from parallax.records import Article

_CLOSE = 2.0  # the most one report of a sum exceeds another's
_BEFORE, _AFTER = 80, 40  # how far from a sum its purpose word is read (characters)
_AR = r"(?:[وفبل]?ال|[وفبل])?"  # an Arabic word's article and clitics ("والأضرار")

# what a sum is paid or lost for, in the languages read (en, de, fr, es, it, pt, nl, ru, uk, pl, cs, ar)
PURPOSES = {
    "damage": r"damage|losses|(?:sach)?schaden|schäden|dégâts|dommages|préjudice|daños|pérdidas|danni|danos|prejuízos?|schade"
              r"|ущерб\w*|убыт\w*|збит\w*|збиток|шкод\w*|strat\w*|szkod\w*|škod\w*|ztrát\w*|" + _AR + r"(?:أضرار|خسائر)",
    "cost": r"costs?|costing|cost[óo]|coûts?|coûté|coûte|kosten|kostete|gekostet|kostte|costa|costato|custos?|custou"
            r"|стоимост\w*|стоил\w*|обош\w*|вартіст\w*|коштува\w*|koszt\w*|kosztowa\w*|stál\w*|nákla\w*|" + _AR + r"(?:تكلفة|كلفة|تكاليف)",
    "price": r"prices?|preis\w*|prix|precios?|prezz[oi]|preços?|prijs|цен[аыуе]|цін[аиу]|cen[aęy]|ceně|" + _AR + r"(?:سعر|ثمن)",
    "fine": r"fined?|fines|penalty|penalties|geldstrafe|bußgeld\w*|amendes?|multas?|sanci[oó]n\w*|sanzion\w*|coimas?|boetes?"
            r"|штраф\w*|grzywn\w*|kar[aęy]|pokut\w*|" + _AR + r"غرام\w*",
    "compensation": r"compensation|damages|payouts?|settlement|entschädigung\w*|schadenersatz|schmerzensgeld|indemni\w*"
                    r"|dédommagement\w*|compensaci\w*|compensaç\w*|risarciment\w*|indennizz\w*|schadevergoeding|compensatie"
                    r"|компенсац\w*|возмещени\w*|відшкодуван\w*|odszkodowani\w*|zadośćuczynieni\w*|rekompensat\w*|odškodn\w*|" + _AR + r"تعويض\w*",
    "budget": r"budgets?|haushalt\w*|etat|presupuestos?|bilancio|orçamento|begroting|бюджет\w*|budżet\w*|rozpočet\w*|rozpočt\w*"
              r"|" + _AR + r"(?:ميزانية|موازنة)",
    "bail": r"bail|kaution|caution|fianza|cauzione|fiança|borgtocht|залог\w*|застав[аиуі]\w*|kaucj\w*|kauc\w*|" + _AR + r"كفالة",
    "ransom": r"ransom|lösegeld\w*|rançon|rescate|riscatto|resgate|losgeld|выкуп\w*|викуп\w*|okup\w*|výkupn\w*|" + _AR + r"فدية",
    "reward": r"reward|belohnung|récompense|recompensa|ricompensa|beloning|вознагражден\w*|винагород\w*|nagrod\w*|odměn\w*"
              r"|" + _AR + r"مكافأة",
    # a company's results: its profit and its sales, two sums of one report that must not meet each other
    "profit": r"(?:net\s+)?profits?|net\s+income|earnings|\w*gewinn\w*|überschuss\w*|bénéfices?|beneficios?|util[ei]|lucros?|winst"
              r"|прибыл\w*|прибут\w*|zysk\w*|zisk\w*|печалб\w*|" + _AR + r"(?:أرباح|ربح)",
    "revenue": r"revenues?|sales|turnover|umsatz\w*|umsätze\w*|erlös\w*|chiffre\s+d'affaires|ventas|ingresos|fatturato|ricavi"
               r"|receitas?|omzet|выручк\w*|виручк\w*|przych[oó]d\w*|sprzedaż\w*|tržb\w*|продажб\w*|" + _AR + r"(?:إيرادات|مبيعات)",
    "investment": r"investments?|investition\w*|investissements?|inversi[oó]n\w*|investiment\w*|investering\w*|инвестиц\w*"
                  r"|інвестиц\w*|inwestycj\w*|investic\w*|" + _AR + r"استثمار\w*",
}  # fmt: skip
_PURPOSE = re.compile("|".join(rf"(?<!\w)(?P<{k}>{v})(?!\w)" for k, v in PURPOSES.items()), re.I)


# a company's results in Chinese and Japanese, which set no word apart ("净利润为11亿欧元", "純利益は11億ユーロ")
_HAN_PURPOSE = re.compile(r"(?P<profit>净?利润|盈利|純?利益|純益)|(?P<revenue>营业?收入|营收|销售额|売上高?|売り上げ)")


def purpose(art: Article, start: int, end: int, s_start: int, s_end: int) -> str | None:
    """What the sum at ``start:end`` is for: the purpose word nearest it in its sentence, before or after."""
    lo, hi = max(s_start, start - _BEFORE), min(s_end, end + _AFTER)
    found = [
        (min(abs(m.end() - start), abs(m.start() - end)), m.lastgroup)
        for pattern in (_PURPOSE, _HAN_PURPOSE)
        for m in pattern.finditer(art.text, lo, hi)
    ]
    return min(found)[1] if found else None


def _sums(art: Article) -> dict[str, list[tuple[int, float, str | None]]]:
    """(sentence, value, purpose) of the article's sums of the event, by currency (see the module)."""
    out: dict[str, list[tuple[int, float, str | None]]] = {}
    for q in art.quantities:
        if q.value is None or q.value <= 0 or not q.unit or not is_money(q.unit):
            continue
        si = art.sentence_of(q.start)
        if si < 0:
            continue
        s = art.sentences[si]
        if apart(art, s, q) or another_occasion(art, s):
            continue
        out.setdefault(q.unit, []).append((si, q.value, purpose(art, q.start, q.end, s.start, s.end)))
    return out


def _close(x: float, y: float) -> bool:
    return x != y and max(x, y) <= _CLOSE * min(x, y)


def _pair(here: list[tuple[int, float, str | None]], there: list[tuple[int, float, str | None]]) -> tuple[int, int] | None:
    """The sentences of one sum two articles give differently in one currency, or None."""
    for what in {p for _, _, p in here if p} & {p for _, _, p in there if p}:
        mine = [x for x in here if x[2] == what]
        theirs = [y for y in there if y[2] == what]
        if len(mine) == 1 and len(theirs) == 1 and _close(mine[0][1], theirs[0][1]):
            return mine[0][0], theirs[0][0]
    if len(here) == 1 and len(there) == 1:
        (si, x, p), (sj, y, r) = here[0], there[0]
        if (p is None or r is None or p == r) and _close(x, y):
            return si, sj
    return None


def money_links(articles: list[Article]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of (article, sentence) that give one sum of money differently (see the module)."""
    found = [_sums(art) for art in articles]
    links = []
    for i, mine in enumerate(found):
        for j in range(i + 1, len(found)):
            for currency, here in mine.items():
                if (there := found[j].get(currency)) and (pair := _pair(here, there)):
                    links.append(((i, pair[0]), (j, pair[1])))
    return links
