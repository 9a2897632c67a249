"""The words that make a pair of counts a result: of winning, losing, drawing and voting, of a
fixture's schedule, and those that may stand beside a result, per language.

:mod:`.tallies` reads a pair ("3-1", "21:23", "3 à 1") as a score or a vote only where these words
stand around it; the lists grow with every language, so they live apart from the reading, which
imports them (and still exports every name here).
"""

from __future__ import annotations

import re

from parallax.analyze.quantities.tally_words_sea import SEA_RESULT_WORDS

# words of winning, losing, drawing, scoring and voting, as stems (a stem takes any ending: "vot"
# is "vote", "voted", "votos", "voti"); in the languages with number rules that write scores so
_TALLY_WORD = re.compile(
    r"(?<!\w)(?:"
    # English
    r"beat|won|win|wins|winning|winner|victor|lost|lose|loses|losing|loss|defeat|draw|drew|drawn|tie|tied|ties|scor|lead|led|"
    r"trail|vot|ballot|ruling|ruled|decision|majorit|margin|match|game|final|rout|thrash|edg|triumph|overc[ao]me|"
    # what a chamber or a court does by a vote ("passed the bill 330-275", "upheld the law 6-3", "confirmed 51-49")
    r"passed|approv|reject|adopted|upheld|uphold|overturn|struck[ \u00a0]down|confirmed|acquit|convict|"
    # German, Dutch
    r"sieg|siegt|besieg|gewann|gewinn|gewonn|verlor|niederlag|unentschieden|remis|stimm|endstand|spiel|partie|führ|"
    r"zege|overwinning|verloor|nederlaag|gelijkspel|wedstrijd|"
    # French, Spanish, Italian, Portuguese
    r"victoire|défaite|battu|bat|s'impos|imposé|emport|l'emporte|gagn|vainc|vainqu|nul|voix|scrutin|"
    r"victoria|derrota|gan[óa]|perdi[óo]|pierde|empat|goleada|venc|impus|marcador|partido|"
    r"vittoria|sconfitt|vint|vince|pers|pareggi|partita|"
    r"vitória|ganh|perdeu|placar|partida|jogo|"
    # Polish, Russian, Ukrainian, Czech
    r"zwycię|wygra|przegr|porażk|mecz|głos|"
    r"побед|поражени|проигр|ничь|сч[её]т|голос|матч|перемог|програ|"
    r"vítěz|výhr|vyhr|prohr|remíz|hlas|zápas|"
    # Slovak, Croatian, Bosnian, Serbian, Slovenian
    r"víťaz|prehr|pobijed|pobjed|pobed|poraz|izgubi|neriješ|nerešen|utakmic|zmag|premag|tekm|glasov|"
    # Swedish, Danish, Norwegian, Finnish, Hungarian
    r"vann|vinn|seger|sejr|seier|förlor|tabte|tapte|oavgjort|uafgjort|uavgjort|röst|stemm|"
    r"voitt|voito|hävi|tappio|tasapel|ottelu|äänin|győz|nyer|kikap|vereség|döntetlen|mérkőzés|szavaz|"
    # Romanian, Greek, Turkish
    r"victori|învin|înfrâng|pierdu|meci|νίκ|ήττ|ισοπαλ|αγών|ψήφ|galib|yendi|yenil|mağlub|beraber|maç|oyla|"
    # Vietnamese, Indonesian, Malay, Tagalog, Swahili (:mod:`.tally_words_sea`)
    + SEA_RESULT_WORDS
    + r")\w*",
    re.I,
)
# the German and Dutch words of the result that end a compound ("Auswärtssieg", "Heimniederlage",
# "Pokalspiel", "Abstimmung", "Gegenstimmen", "Stichwahl", "thuisnederlaag"), matched at the end of
# any word with the endings they take; not "Beispiel" (example)
_COMPOUND_HEAD = re.compile(
    r"(?:sieg(?:e|es|s|en)?|niederlagen?|pleiten?|(?<!bei)spiel(?:e|es|s|en)?|duell(?:e|s|en)?|derbys?|"
    r"abstimmung(?:en)?|stimmen|wahl(?:en)?|(?:spiel|end|zwischen|halbzeit|pausen)stand|"
    r"nederla(?:ag|gen)|overwinning(?:en)?|zeges?|wedstrijd(?:en)?|gelijkspel(?:len)?)(?!\w)",
    re.I,
)
# a result told from the losing side (a verb or a noun of losing in the clause before the pair: "lost
# the final 4-6, 6-3", "verlor am Samstag mit 1:3", "przegrał w niedzielę 1:2", "Sconfitta per il Torino:
# 1-2"), or named by its noun after it ("a 1-3 defeat").  There even a rising pair, or one that could be a
# clock time ("verlor 21:23"), is a result, unless a noun of its own follows ("lost 2-3 matches").  A motion
# that failed is the losing side of its vote, written with its count for first as AP writes it ("The bill
# failed 48-51", "rejected the measure 48-51", "voted down 45-52"): read as a range, it never met another
# report's "by 49 votes to 51".
_LOSING = re.compile(
    r"(?<!\w)(?:lost|lose|loses|losing|beaten|fell|trail|trails|trailed|trailing|defeat\w*|loss|"
    r"failed|fails|rejected|rejects|voted[ \u00a0]down|"
    r"verlor|verloren|verliert|unterlag|unterlagen|verloor|verliest|battue?s?|perd|perdu|perdus|perdue|perdent|défaite|"
    r"s'incline|s'inclinent|inclinée?s?|"
    r"perdió|perdio|perdieron|pierde|pierden|derrota|cayó|perdeu|perderam|perde|perdem|caiu|perso|persa|sconfitt\w*|"
    r"przegra\w*|porażk\w*|проиграл\w*|поражени\w*|програ\w*|prohrál\w*|prohr\w*)(?!\w)"
    # the German and Dutch nouns of losing, also at the end of a compound ("Heimniederlage", "thuisnederlaag")
    r"|(?:niederlagen?|pleite|nederlaag)(?!\w)",
    re.I,
)
# a verb of winning or drawing (and the nouns of a win), which make a falling or level pair a result even
# where it reads as a clock time ("gewann am Sonntag gegen Kiel 23:21") or follows "de" ("ganhou de 2 a 0")
_WINNING = re.compile(
    r"(?<!\w)(?:beat|won|win|wins|defeated|edged|thrashed|routed|overcame|drew|tied|"
    r"gewann|gewannen|gewinnt|gewonnen|siegte|siegten|siegt|besiegte|besiegten|besiegt|schlug|schlugen|bezwang|"
    r"wint|versloeg|versloegen|"
    r"bat|battu|battent|gagn\w*|s'impos\w*|imposée?s?|emporté\w*|l'emporte|vainc\w*|victoire|"
    r"ganó|ganaron|gana|ganan|venció|vencieron|derrotó|goleó|impuso|empató|victoria|"
    r"venceu|venceram|vence|ganhou|ganharam|derrotou|goleou|bateu|empatou|vitória|"
    r"vinto|vinse|vince|battuto|pareggiato|vittoria|"
    r"wygra\w*|pokona\w*|zwycięży\w*|победил\w*|выиграл\w*|обыграл\w*|переміг\w*|виграл\w*|vyhrál\w*|porazil\w*|zvítězil\w*)(?!\w)"
    r"|(?:sieg|siege)(?!\w)",  # "Auswärtssieg"
    re.I,
)
# the words of a fixture's schedule: a pair after one is its hour, not its result ("Kiel verlor und
# trifft am Sonntag 18:30 auf Flensburg", "beginnt am Samstag 15:30"), so the clause of a verb of the
# result is read only after the last of them
_SCHEDULE = re.compile(
    r"(?<!\w)(?:starts?|starting|begins?|kick-?off|kicks[ \u00a0]off|tip-?off|meets|plays|faces|"
    r"beginn\w*|anpfiff\w*|anstoß\w*|anwurf\w*|startet|trifft|treffen|empfängt|gastiert|spielt|"
    r"commence\w*|débute\w*|coup[ \u00a0]d'envoi|affrontera|jouera|recevra|"
    r"empieza|comienza|arranca|jugará|enfrentará|começa|começará|jogará|enfrentará|"
    r"inizia|comincia|giocherà|affronterà|calcio[ \u00a0]d'inizio)(?![\w-])",
    re.I,
)
# the words that may follow a result (whom it was against, where, when, and what came of it: "und", "et",
# not English "and", after which "fell 3-4 and" may be a range), in the languages above; any other word
# in lower case after a rising pair is what it counts ("2-3 matches", "10-15 people"), and after a pair
# joined by a word ("3 à 5 jours", "2 a 3 mil")
_AFTER_RESULT = frozenset(
    """against to at in on with by from for after before over away home tegen van tegenover bij op thuis en
    gegen bei im zu zuhause auswärts durch und nach vor während contre face à au aux en chez dans par sur devant
    pour lors après avant et le la les ce cette cet contro con a da di del della per nel nella al alla alle e ed
    il lo ante contra por frente de do da na no em para pelo pela após diante sobre fora com neste nesta este
    esta el los las o os as y tras z ze w we u przeciw с со против в на""".split()
)
# the word just before a pair that makes it a range ("entre 2 a 3 mil"), never a result
_BETWEEN = frozenset("entre tra fra between zwischen".split())
# the word just before a pair joined by a word that makes it a span from one to the other ("de 2 a 3
# semanas", "da 3 a 1"); a result only beside a word of winning or losing ("perdeu de 7 a 1")
_FROM = frozenset("de da dal dalla dai dalle desde du des from von".split())
# a noun of the result just before that "de": then the pair is what it was ("sur le score de 2 à 2", "a
# vitória de 2 a 0"), not where a count went from
_RESULT_OF = re.compile(
    r"(?<!\w)(?:score|scores|marcador|placar|resultado|résultat|risultato|punteggio|victoire|défaite|succès|"
    r"vitória|victoria|vittoria|derrota|sconfitta|triunfo)[ \u00a0]+(?:de|da|di|por|per)[ \u00a0]+\Z",
    re.I,
)
# ("vote" singular only: "in a 48-51 vote" is one result, "10-15 votes" a range of them)
_RESULT_NOUN = re.compile(
    r"[ \u00a0-]{1,3}(?:defeat|loss|losses|win|wins|victory|draw|tie|lead|vote|"
    r"[^\W\d_]*(?:niederlage|sieg|pleite)|remis|défaite|victoire|derrota|victoria|empate|sconfitta|vittoria|pareggio|vitória|"
    r"[^\W\d_]*(?:nederlaag|zege))(?!\w)",
    re.I,
)
