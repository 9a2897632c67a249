"""Nouns that name one kind of person or thing: "Eleven lawmakers" / "Nine government MPs" count one group,
"1,500 protesters" / "2 500 manifestants" one crowd, "1.2 million homes" / "2,1 Millionen Haushalte" one count.

A count is compared with another under its noun (:func:`parallax.compare.count_nouns.counted`); outlets
name the same people with different words of one kind (a legislature's members, a firm's workers), and
reports in two languages name them in two, where the embedding of the two nouns does not tell a true pair
from a false one.  So each noun news counts most maps to one concept across the languages read (en, de,
fr, es, it, pt, nl, ru, uk, pl, ar; passengers in the Nordic, Baltic and Balkan languages too; Chinese counts under
its counters, :data:`.count_nouns.PEOPLE`).
Narrow on purpose: a chamber's own members ("senators", "representatives") are a part of the legislators,
not another name for them, and stay their own noun ("9 senators" / "11 representatives" are two groups);
migrants and refugees, doctors and nurses, schools and pupils are two concepts each.  A dwelling is one
concept whether counted as a house, a home or a household: a storm's "homes without power" are
"Haushalte", its "homes destroyed" are "Häuser".
"""

from __future__ import annotations

import re

from parallax.analyze.quantities.cjk_nouns import NOUNS as CJK_NOUNS
from parallax.compare.person_kinds import MORE_KINDS, MORE_PERSON_KINDS
from parallax.compare.thing_kinds import THING_KINDS

# the nouns as quantities normalise them (lower case, a final "s" cut, English "-ies" a "-y": "deputies" is "deputy"; Slavic and
# Arabic nouns as written, an Arabic accusative alif cut: "شرطيا" is "شرطي")
_KINDS = {
    "legislator": r"lawmakers?|legislators?|mps?|parliamentarians?|deput(?:y|ie|ies)|députée?s?|diputad[oa]s?|deputat[oiae]"
                  r"|parlementaires?|parlamentari[oaie]s?|abgeordneten?|parlamentarier|parlementariër|kamerleden|kamerlid|posł(?:owie|ów)?|poseł|депутат\w*|βουλευτ\w*"
                  r"|نواب|نائبا?",
    "worker": r"workers?|employees?|staffers?|salariée?s?|employée?s?|travailleu(?:r|se)s?|ouvri(?:er|ère)s?|trabajador(?:e)?s?|emplead[oa]s?|obrer[oa]s?"
              r"|operai[oe]?|arbeiter(?:innen)?"
              r"|lavorator[ei]|dipendent[ei]|mitarbeiter(?:innen)?|beschäftigten?|angestellten?|werknemers?|medewerkers?"
              r"|pracownik\w*|trabalhador\w*|funcionári[oa]s?|работник\w*|сотрудник\w*|рабоч(?:их|ие|им)|працівник\w*|робітник\w*"
              r"|عمال|عامل"
              # Czech, Slovak, Swedish, Danish and Norwegian ("1 500 zaměstnanců" / "1200 pracowników")
              r"|zaměstnanc\w*|zaměstnanec|pracovník\w*|dělník\w*|zamestnanc\w*|zamestnanec|robotník\w*"
              r"|anställda|arbetare|medarbetare|ansatte|medarbejdere|medarbeidere|arbejdere|arbeidere",
    "protester": r"protesters?|protestors?|demonstrators?|marchers?|manifestante?s?|demonstrant(?:en|innen|in)?|manifestanti"
                 r"|betogers?|протестующ\w*|демонстрант\w*|манифестант\w*|протестувальник\w*|протестуюч\w*|demonstrant\w*"
                 r"|protestując\w*|manifestując\w*|متظاهر\w*|محتج\w*|مُحتج\w*",
    "soldier": r"soldiers?|troops?|soldaten|soldats?|militaires|soldad[oa]s?|militares|soldati|militari|militairen"
               r"|солдат\w*|военнослужащ\w*|военных|військов(?:их|і|им)|військовослужбовц\w*|żołnierz\w*|جنود|جندي|عسكري\w*",
    "police": r"police|policemen|policewomen|police-?officers?|officers?|policiers?|policières?|polizisten|polizist(?:innen)?"
              r"|policías?|policiais|poliziotti|agentes? de polic[ií]a|politieagenten|полицейск\w*|полицейских|поліцейськ\w*"
              r"|policjant\w*|شرطي|شرطة",
    "migrant": r"migrants?|migranten|migrantes?|migranti|мигрант\w*|мігрант\w*|migrant(?:ów|ami|om|y)|مهاجر\w*",
    "refugee": r"refugees?|flüchtlinge?n?|réfugiée?s?|refugiad[oa]s?|rifugiati|vluchtelingen|беженц\w*|біженц\w*|uchodźc\w*|uchodźca"
               r"|لاجئ\w*",
    "passenger": r"passengers?|passagiere?n?|passagère?s?|pasajer[oa]s?|passeggeri|passageir[oa]s?|passagiers?|пассажир\w*|пасажир\w*"
                 r"|pasażer\w*|راكب\w*|ركاب|cestující\w*|cestujúc\w*|passagerare|passagerer"
                 # Norwegian, Finnish, Hungarian, Turkish, Greek, Romanian, Bulgarian, Croatian/Bosnian/Serbian (both scripts),
                 # Slovenian, Estonian, Latvian, Lithuanian, Catalan ("186 passasjerer" / "168 passengers" had met as two nouns)
                 r"|passasjer\w*|matkustaj\w*|utas\w*|yolcu\w*|επιβάτ\w*|pasager\w*|пътни(?:к|ка|ци|ците)|putni(?:k|ka|ci|cima)"
                 r"|путни(?:к|ка|ци|цима)|potnik\w*|reisija\w*|pasažier\w*|keleiv\w*|passatger\w*"
                 # Hindi, Persian and Urdu, Indonesian and Malay, Vietnamese, Korean ("चार यात्रियों की मौत" / "six passengers")
                 r"|यात्री|यात्रियों|मुसाफिर|मुसाफिरों|مسافر\w*|penumpang|hành khách|승객\w*",
    "resident": r"residents?|inhabitants?|einwohner(?:innen)?|bewohner(?:innen)?|habitante?s?|résidente?s?|residente?s?|vecin[oa]s?"
                r"|abitanti|residenti|morador(?:e)?s?|inwoners?|bewoners?|жител\w*|мешкан\w*|mieszkańc\w*|mieszkaniec|سكان|ساكن",
    "dwelling": r"homes?|houses?|households?|dwellings?|haushalte?n?|häuser|wohnhäuser|wohnungen|ménages?|foyers?|maisons?|habitations?"
                r"|logements?|hogares?|casas?|viviendas?|famiglie|abitazioni|domicílios?|lares|moradias?|residências?"
                r"|huishoudens?|woningen|huizen|домохозяйств\w*|домов|дома|жил(?:ых|ые) дом\w*|домогосподарств\w*|будинк\w*|будинок"
                r"|gospodarstw\w*|dom(?:y|ów)|mieszka[nń]\w*|منزل|منازل|منزلا|بيوت|بيت|مسكن|مساكن"
                # Greek, Romanian (not "case", an English noun too), Hungarian, Czech, Indonesian, Vietnamese, Turkish
                # (not "ev", the English EV), Persian
                r"|σπίτι\w*|κατοικί\w*|οικί\w*|casă|locuinț\w*|locuinţ\w*|gospodări\w*|ház|házak?\w*|lakás\w*|otthon\w*"
                r"|dům|domů|domácnost\w*|rumah|nhà|evler\w*|konut\w*|hane|haneler\w*|خانه\w*",
    "building": r"buildings?|structures?|gebäude|bâtiments?|immeubles?|edificios?|edifici|edifícios?|gebouwen|gebouw|здани\w*|будівл\w*"
                r"|budynk\w*|budynek|مبان|مبنى|مباني",
    "vehicle": r"vehicles?|fahrzeuge?n?|véhicules?|vehículos?|veicoli|veículos?|voertuigen|транспортн\w* средств\w*|автомобил\w*"
               r"|pojazd\w*|مركب\w*|سيارة|سيارات",
    "flight": r"flights?|flüge|vols?|vuelos?|voli|voos?|vluchten|рейс\w*|lot(?:y|ów)|رحلة|رحلات",
    "school": r"schools?|schulen|écoles?|escuelas?|scuole|escolas?|scholen|школ\w*|шкіл|szkoł\w*|szkół|مدرسة|مدارس",
    "hospital": r"hospitals?|krankenhäuser|kliniken|kliniks?|hôpita(?:l|ux)|hospitales?|ospedal[ie]|hospitais|ziekenhuizen"
                r"|больниц\w*|госпитал\w*|лікарн\w*|szpital\w*|مستشفى|مستشفيات",
    "bed": r"beds?|betten|lits?|camas?|letti|leitos?|bedden|коек|койк\w*|ліж(?:ок|ка|ко)|łóżek|łóżk\w*|سرير\w*|أسرّة",
    "doctor": r"doctors?|physicians?|ärzte|ärztinnen|médecins?|médic[oa]s?|medici|artsen|врач\w*|лікар(?:і|ів|ям|ями|я)?|lekarz\w*"
              r"|أطباء|طبيب\w*",
    "nurse": r"nurses?|pflegekräfte|krankenschwestern|infirmière?s?|infirmiers?|enfermer[oa]s?|infermier[ie]|enfermeir[oa]s?"
             r"|verpleegkundigen|медсест\w*|медсестр\w*|медбрат\w*|pielęgniar\w*|ممرض\w*",
    "student": r"students?|pupils?|schüler(?:innen)?|studenten|studierenden?|élèves?|étudiante?s?|estudiantes?|alumn[oa]s?|studenti"
               r"|alunni|estudantes?|leerlingen|студент\w*|учени\w*|школьник\w*|учн(?:і|ів|ям)|школяр\w*|uczni\w*|uczeń|student(?:ów|ki)"
               r"|طلاب|طالب\w*|تلاميذ",
    "teacher": r"teachers?|lehrer(?:innen)?|lehrkräfte|enseignante?s?|professeurs?|profesor(?:e)?s?|maestr[oa]s?|docentes?|insegnanti"
               r"|docenti|professor(?:e)?s?|leraren|учител\w*|педагог\w*|вчител\w*|nauczyciel\w*|معلم\w*|مدرسين",
    "voter": r"voters?|wähler(?:innen)?|électeurs?|électrices?|votantes?|elector(?:e)?s?|elettori|eleitores?|kiezers|избирател\w*"
             r"|виборц\w*|виборець|wyborc\w*|ناخب\w*",
    "seat": r"seats?|sitze?|mandate|sièges?|escaños?|seggi|assentos?|cadeiras?|zetels?|мест[ао]?|място|мандат\w*|місць|miejsc|mandat(?:y|ów)"
            r"|مقعد\w*|مقاعد",
    # the counts of an indictment, whichever word a report uses ("seven counts of bribery" / "nine bribery charges";
    # "Anklagepunkte", "chefs d'accusation", "cargos", "capi d'imputazione", "acusações", "aanklachten")
    "charge": r"counts?|charges?|anklagepunkte?n?|chefs? d'accusation|cargos?|capi d'(?:imputazione|accusa)|acusaç(?:ão|ões)"
              r"|aanklachten|aanklacht|обвинени\w*",
    "point": r"points?|basispunkte?n?|puntos?|punti|pontos?|basispunten|базисн\w*|пункт\w*|punkt(?:y|ów)? bazow\w*|punkt(?:y|ów)"
             r"|punkte|نقطة|نقاط|基点",
    "barrel": r"barrels?|barrel|barils?|barriles?|barili|barris?|vaten|баррел\w*|барел\w*|baryłek|baryłk\w*|برميل|براميل|桶",
    # the units of local government a storm's or an election's figures are given in ("schools in 23 counties",
    # "en 25 condados"), the shelters opened and a train's carriages
    "county": r"count(?:y|ie|ies)|condados?|comtés?|contee|contea|landkreise?n?|powiat(?:y|ów)?|округ(?:а|ов|и|ів)?",
    "shelter": r"shelters?|refugios?|albergues?|abris?|refuges?|rifugi|notunterkünfte|abrigos?|schronisk\w*|укрыти\w*|укритт\w*"
               r"|ملجأ|ملاجئ",
    # the tents a relief operation sends or sets up ("3,000 tents" / "2000 خيمة" / "۳۰۰۰ چادر"): one count in any language
    "tent": r"tents?|zelte?n?|tentes?|tende|tendas?|tenten|палат(?:ок|ки|ка)|намет\w*|namiot\w*|çadır\w*|خيمة|خيام|خيم|چادر\w*"
            r"|خیمہ|خیمے|خیموں|तंबू|तंबुओं|टेंट|টেন্ট|তাঁবু|אוהלים|אוהל|கூடார\w*",
    "carriage": r"carriages?|railcars?|vagon(?:es?|i)|vagón|vagão|vagõe?s?|waggons?|wagen|wagon(?:y|ów)|вагон\w*",
    "tonne": r"tấn|tonnes?|tons?|tonnen|toneladas?|tonnellate|тонн\w*|тон|ton[ya]?|طن|أطنان|吨",
    # the agreements a visit or a summit signs ("signed 14 agreements", "14项合作文件", "협정 13건"): one count however named
    "agreement": r"agreements?|accords?|pacts?|deals?|memorand(?:um|a|ums)|abkommen|vereinbarungen|accordi|acuerdos?|acordos?"
                 r"|overeenkomsten|соглашени\w*|угод\w*|umów|umowy|اتفاقي\w*",
}  # fmt: skip
# Vietnamese, whose counted nouns of two syllables the quantities read whole (:mod:`...analyze.quantities.vietnamese`)
_VI_KINDS = {
    "passenger": "hành khách", "vehicle": "phương tiện|xe|ô tô|xe máy|xe tải|xe buýt|xe khách", "student": "học sinh|sinh viên",
    "soldier": "binh sĩ|binh lính|chiến sĩ|quân nhân|lính", "police": "cảnh sát|công an", "resident": "người dân|cư dân",
    "dwelling": "hộ", "building": "tòa nhà|toà nhà",
    "worker": "công nhân|nhân viên|người lao động", "doctor": "bác sĩ", "nurse": "y tá|điều dưỡng", "teacher": "giáo viên",
    "voter": "cử tri", "legislator": "đại biểu", "flight": "chuyến bay", "school": "trường|trường học", "hospital": "bệnh viện",
    "bed": "giường|giường bệnh", "migrant": "người di cư", "refugee": "người tị nạn|người tỵ nạn",
    "protester": "người biểu tình", "point": "điểm cơ bản", "barrel": "thùng", "seat": "ghế",
}  # fmt: skip
_KINDS = {k: f"{v}|{_VI_KINDS[k]}" if k in _VI_KINDS else v for k, v in _KINDS.items()}
# and the kinds of person a toll names (children, miners, pilgrims ...: :mod:`.person_kinds`), and more things (cars,
# lorries, trees, sheep ...: :mod:`.thing_kinds`), after these, whose words keep their kind ("автомобилей": vehicles)
_KIND = re.compile("|".join(f"(?P<{k}>{v})" for k, v in {**_KINDS, **MORE_KINDS, **THING_KINDS}.items()), re.I)


# the kinds that are people: a toll of people may be a toll of one of them (:mod:`.kind_tolls`), never of vehicles or homes
PERSON_KINDS = frozenset({"legislator", "worker", "protester", "soldier", "police", "migrant", "refugee", "passenger", "resident",
                          "doctor", "nurse", "student", "teacher", "voter"}) | MORE_PERSON_KINDS  # fmt: skip


# the head of a closed compound of a worker: German "Hafenarbeiter", "Bauarbeiter", Dutch "havenwerker", English
# "dockworker" name workers of one place or trade; a Dutch and a German report of one strike counted "1.500 havenwerkers"
# and "2.500 Hafenarbeiter" as two nouns (session 52).  Only this head: other heads end other words ("warehouse")
_WORKER_HEAD = re.compile(r"[^\W\d_]{3,}(?:arbeiter(?:innen)?|werkers?|workers?|mitarbeiter(?:innen)?|medewerkers?|werknemers?)", re.I)


def kind_of(unit: str) -> str | None:
    """The kind of person or thing a counted noun names ("lawmaker", "mp", "député" are "legislator";
    "manifestant", "протестующих" are "protester"; "co-worker" that of its last part), or None."""
    m = _KIND.fullmatch(unit)
    if not m and "-" in unit.strip("-"):
        return kind_of(unit.rpartition("-")[2])  # a hyphenated compound is of its last part's kind: "co-worker"
    if not m and _WORKER_HEAD.fullmatch(unit):
        return "worker"  # "Hafenarbeiter", "havenwerker" (:data:`_WORKER_HEAD`)
    return m.lastgroup if m else CJK_NOUNS.get(unit)  # Chinese and Japanese: "警察", "抗议者", "議席" (:mod:`.cjk_nouns`)
