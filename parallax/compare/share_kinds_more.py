"""The kinds of a percentage in more languages, and the kind of a stock's price in all: the words of
:mod:`.share_kinds`' table in Russian, Ukrainian, Dutch, Turkish, Indonesian and Malay, and the stock kind.

A market report gives the stock's move beside the company's sales and profit ("Акции Veltra подорожали на 4%" /
"Выручка Veltra выросла на 12%"), an election report the turnout beside a party's share ("Явка составила 64%" /
"набрала 41% голосов").  Aligned as one fact, two such figures read as one figure given twice and conflicted, since
the table wrote the kinds of eight languages only (and Thai, Chinese, Japanese and Korean,
:mod:`.unspaced_share_kinds`); these languages now name them too.  The stock is a kind of its own ("shares",
"Aktie", "acciones", "акции", "aandeel", "hisse", "saham"): its move is no sales' or profit's.  Words are folded
openings, as in the table; a short or ambiguous word is left out (Turkish "kâr", profit, folds to the opening
of "karar", decision; "oy", vote, to that of "oyun", game; Spanish "acción" and Portuguese "ação" are any act, so
only their plurals, which markets write, are the stock's).
"""

from __future__ import annotations

MORE_KINDS: dict[str, tuple[str, ...]] = {
    "turnout": ("явк", "opkomst", "katılım", "partisipasi"),
    "vote": ("голос", "stemmen", "oylar", "suara", "undi"),
    "inflation": ("инфляц", "інфляц", "inflatie", "enflasyon", "inflasi"),
    "interest": ("rente", "faiz", "bunga"),
    "unemployment": ("безработиц", "безробітт", "werkloosheid", "issizlik", "pengangguran"),
    "growth": ("ввп", "экономик", "економік", "bbp", "buyume", "gsyh", "ekonomi", "pdb", "kdnk"),
    "sales": ("выручк", "продаж", "виручк", "omzet", "verkoop", "satıs", "hasılat", "penjualan", "pendapatan", "jualan",
              "konzernumsatz", "nettoumsatz", "jahresumsatz", "quartalsumsatz"),
    # (and German compounds the table's openings miss: "Nettogewinn", "Konzernumsatz")
    "profit": ("прибыл", "прибут", "winst", "laba", "keuntungan", "nettogewinn", "reingewinn", "konzerngewinn", "quartalsgewinn",
               "jahresgewinn", "vorsteuergewinn", "betriebsgewinn"),
    # a stock's price: its move ("shares rose 4%") is none of the company's results
    "stock": (
        "shares", "stock", "aktie", "action", "acciones", "acoes", "azioni", "akcje", "akcji", "акци", "акці",
        "aandeel", "aandelen", "hisse", "saham",
    ),
}  # fmt: skip
MORE_LANGUAGES = frozenset({"ru", "uk", "nl", "tr", "id", "ms"})
