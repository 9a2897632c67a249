"""The words that say what happened to what a number counts, in the languages Parallax reads.

A lexicon only: the casualty words (killed, injured, missing, arrested, evacuated, trapped, rescued,
bodies recovered, a crowd), the idioms that say "died" in several words, the ends of a number's clause.  How a count's
role is read from them is :mod:`parallax.compare.roles`; kept apart because the lists are long.
"""

from __future__ import annotations

import re

# the words that mean a dead body and nothing else ("corpses", "Leichen", "cadáveres"): the words of the role of
# bodies found (:mod:`parallax.compare.rescue_counts`, which also reads "bodies" beside a verb of finding)
DEAD_BODY = r"corpses?|cadavres?|cadáver(?:es)?|cadaver[ei]|leichen?|leichname?n?|трупы?|трупов|zwłok\w*"

# what happened to the people (or things) a number counts: the casualty roles that news numbers
# mostly report, in the languages Parallax reads ("28 people killed" and "210 people injured" are
# no conflict; "28 dead" and "38 dead" are).  Whole words only: "total" is no "tot".
# Arabic "لقي 12 شخصا حتفهم" (met their death) puts the count between the verb and its noun, so
# the noun "حتف" (death), which only that idiom writes, is the word read; "مقتل 4 عمال" (the killing of four workers),
# the commonest way the Arabic press gives a toll, and "قتل" (were killed) are the dead too.
_ROLES = {
    "dead": r"kill(?:s|ed|ing)?|dead|died|dying|deaths?|toll|fatalit(?:y|ies)|perished|drowned|muert[oa]s?|fallecid[oa]s?|morts?|mortes?"
            r"|murieron|murió|fallecieron|falleció|décédé(?:e|s|es)?|périrent|starben|todesopfer|morirono|decedut[oaie]|mort[aeio]"
            r"|morreram|morreu|faleceram|faleceu|overleden|overleed|stierven|stierf"
            r"|tués?|tuées?|tot|tote[nr]?|getötet|verstorben|uccis[oie]|mortos?|doden|omgekomen|gestorven|dodental|todeszahl"
            r"|zgin\w*|zabit\w*|zmarł\w*|погиб\w*|убит\w*|умер\w*|скончал\w*|жертв\w*|загинул\w*|загибл\w*|помер\w*|вбит\w*"
            r"|νεκρ\w*|σκοτώθηκ\w*|ölü\w*|öldü\w*|ölen\w*|ölmüş\w*|[وفبل]?(?:قتيل\w*|قتلى|مصرع\w*|وفاة|توفي\w*|حتف\w*|مقتل|قتل|قتلوا)"
            r"|मौत|मारे|मृत|मृतकों|मरे|کشته|فوت|درگذشت\w*|tewas|menewaskan|meninggal|terbunuh|maut|terkorban|morți|morti|murit|decedat\w*|decese|ucis\w*"
            r"|döda|dödades|omkom\w*|omkwam(?:en)?|døde|dræbt\w*|drept\w*"
            r"|avled|avlidit|avlidna|omkomne|dödats|dräpt\w*"
            r"|zemřel\w*|zahynul\w*|mrtv\w*|usmrcen\w*|obět\w*|meghalt\w*|halott\w*|elhunyt\w*|kuol\w*|menehty\w*"
            r"|загина\w*|почина\w*|мъртв\w*|[והשבלמכ]{0,2}(?:נהרג\w*|הרוג\w*|נספ\w*|נפטר\w*|מתו)"
            r"|zomrel\w*|mŕtv\w*|obetí|usmrten\w*|poginu\w*|preminu\w*|umrl\w*|stradal\w*|mrtv\w*|žrtv\w*|погину\w*|преминул\w*|умрл\w*|страдал\w*|мртв\w*|жртв\w*"
              r"|žuvo|žuv[ęu]\w*|mirė|bojāgāj\w*|miru[sš]\w*|nomira|hukkus|hukku\w*|suri|surid|surnu\w*|morir|mort[ae]s"
              # perished, murdered, died, the dead bodies ("Trois personnes ont péri", "Tres personas perecieron", "Drei Menschen
              # sind gestorben", "Tres cadáveres", "drei Leichen"); no Italian "periti" (experts), no Dutch "lijken" (to seem)
              r"|chết|péri(?:e|s|es)?|perecieron|pereció|perecid[oa]s?|pereceram|pereceu|pierit|pieriți|pierite|gestorben|gedood"
              r"|asesinad[oa]s?|assassinad[oa]s?|πέθαν\w*|halál\w*"
              # Urdu, Bengali and Tamil: killed, the dead, deaths ("14 افراد ہلاک", "১২ জন নিহত", "9 பேர் பலி")
              r"|ہلاک|ہلاکتیں|ہلاکتوں|নিহত|নিহতের|মৃত্যু|பலி|உயிரிழந்தனர்|உயிரிழந்தவர்கள்|உயிரிழப்பு|இறந்தனர்"
              # the active verbs of killing, the count their object ("Los lobos mataron 40 ovejas", "matou 450 vacas",
              # "tötete 30 Schafe", "doodde 12 koeien", "убили 20 коров", "zabił 30 owiec")
              r"|mató|mataron|matou|mataram|tötete|töteten|doodde|doodden|убил\w*|вбил\w*|zabił\w*"
              # Swahili, Hausa, Yoruba and Amharic: died, were killed, deaths ("watu 20 wamekufa", "uliua watu 20", "mutane
              # 20 sun mutu", "èèyàn 20 ló kú", "20 ሰዎች ሞተዋል"; not Hausa "kashe", killed, which also puts out a fire)
              r"|wamekufa|walikufa|wamefariki|walifariki|waliuawa|wameuawa|vifo|uliua|waliua|aliua|wameua|mutu|rasu"
              r"|k(?:ú|u\u0301)|ሞተዋል|ሞቱ|ሞቷል|ተገድለዋል|ተገድሏል",
    # bodies found: a part of the toll, no other figure for it (:mod:`parallax.compare.rescue_counts`)
    "recovered": DEAD_BODY,
    "injured": r"injur(?:y|ies|ed|ing)|wound(?:s|ed|ing)?|hurt|herid[oa]s?|lesionad[oa]s?|blessés?|blessées?|verletzt[e]?[nr]?"
               r"|verwundet[e]?[nr]?|ferit[oiea]|ferid[oa]s?|gewond|gewonden|rann[iya]\w*|poszkodowan\w*|ranieni|ранен\w*|травм\w*|пострадал\w*|пострадавш\w*|травмирован\w*"
               r"|поранен\w*|постраждал\w*|травмован\w*|τραυματ\w*|yaral\w*|[وفبل]?(?:أصيب\w*|إصابة|مصاب\w*|جريح|جرحى)"
               r"|घायल|ज़ख्मी|जख्मी|चोटिल|زخمی|مجروح\w*|مصدوم\w*|luka|terluka|luka-luka|cedera|rănit\w*|ranit\w*"
               r"|skadade|skadades|skadats|sårade|sårede|kvæstede|skadet|skadde"
               r"|kvæstet|såret|skadd|skade|skada"
               r"|zraněn\w*|zranil\w*|poraněn\w*|megsérült\w*|sérült\w*|megsebesült\w*|sebesült\w*|loukkaantu\w*|haavoittu\w*"
               r"|пострада\w*|контузен\w*|[והשבלמכ]{0,2}(?:נפצע\w*|פצוע\w*)"
               r"|zranen\w*|ranen\w*|ozlijeđen\w*|ozleđen\w*|povrijeđen\w*|povređen\w*|ranjen\w*|poškodovan\w*|poškodoval\w*|повређен\w*|рањен\w*"
                 r"|hospitali[sz]ed|hospitalisé(?:e|s|es)?|hospitalizad[oa]s?|ricoverat[oie]"
                 r"|sužeist\w*|sužalot\w*|ievainot\w*|savainot\w*|cietu[sš]\w*|vigastada|vigasta\w*|haava\w*|ferit|ferits|ferida|ferides"
                 # wounds, badly or lightly wounded, hospitalised ("sofreram ferimentos", "liepen verwondingen op", "raakten
                 # zwaargewond", "были госпитализированы", "au fost spitalizate")
                 r"|ferimentos?|verwondingen|(?:zwaar|licht)gewond(?:e|en)?|госпитализирован\w*|госпіталізован\w*|spitalizat\w*"
                 r"|আহত|আহতের|காயமடைந்தனர்|காயமடைந்து|காயமடைந்த"
                 # Swahili, Hausa, Yoruba and Amharic: were injured, the injured ("wamejeruhiwa", "majeruhi", "sun jikkata",
                 # "sun ji rauni", "fara pa", "ቆስለዋል")
                 r"|wamejeruhiwa|walijeruhiwa|majeruhi|jikkata|rauni|farapa|fara\s+pa|ቆስለዋል|ቆሰሉ",
    "missing": r"missing|desaparecid[oa]s?|disparus?|disparues?|vermisst[e]?[nr]?|dispers[oi]|vermist|vermisten|zaginion\w*|пропавш\w*|зникл\w*"
               r"|αγνοούμεν\w*|αγνοούνται|kayıp|[وفبل]?مفقود\w*|लापता|ناپدید\w*|hilang|dispărut\w*|disparut\w*|saknade|saknas|savnede|savnet"
               r"|sakna|saknad|saknat"
               r"|pohřešovan\w*|pohřešuj\w*|nezvěstn\w*|eltűnt\w*|kadoksissa|kateissa|kadon\w*|изчезна\w*|безследно|издирва\w*"
               r"|[והשבלמכ]{0,2}נעדר\w*"
               r"|nezvestn\w*|pohrešovan\w*|nestal\w*|nestao|нестал\w*|нестао|pogrešan\w*"
                 r"|dingo|dingus\w*|pazud\w*|kadunu\w*|desaparegu\w*|pohřešován\w*",
    "arrested": r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detenid[oa]s?|detid[oa]s?|interpell(?:é|és|ée|ées|ations?)|arrêté(?:e|s|es)?"
                r"|festgenommen|verhaftet|gewahrsam|fermat[oie]|arrestat[oie]|aangehouden|gearresteerd|pres[oa]s"
                r"|zatrzyman\w*|aresztowan\w*|задержан\w*|арестован\w*|затриман\w*|заарештован\w*|गिरफ्तार|गिरफ़्तार|بازداشت\w*|دستگیر\w*"
                r"|ditangkap|ditahan|arestat\w*|reținut\w*|reţinut\w*|gripna|greps|anhållna|anholdt|pågrepet|arrestert"
                r"|zatčen\w*|zadržen\w*|zatkl\w*|őrizetbe|letartóztat\w*|pidät\w*|задържан\w*|арестува\w*|[והשבלמכ]{0,2}(?:נעצר\w*|עצור\w*)"
                r"|gözaltına|tutuklan\w*|zadržan\w*|uhićen\w*|uhitil\w*|uhapšen\w*|uhapsil\w*|priveden\w*|ухапшен\w*|приведен\w*|prijet\w*|aretiran\w*|pridržan\w*"
                  r"|sulaikyt\w*|sulaikė|suimt\w*|aizturēt\w*|aizturē\w*|arestēt\w*|vahista\w*|detingu\w*|detinguts|detingudes"
                  r"|arrestad[oa]s?|anhölls|anhållits|anhållen|συνελήφθη\w*|συλλήφθηκ\w*"
                  r"|detuv(?:o|ieron)|arrest(?:ó|aron)|deteve|detiveram|prend(?:eu|eram)",  # es/pt active: "deteve 14 pessoas"
    "evacuated": r"evacuat(?:e|es|ed|ing|ion)|displaced|homeless|évacué(?:e|s|es)?|évacuation|evacuaci[oó]n|evacuaç(?:ão|ões)|evacuad[oa]s?|evakuiert|sfollat[oie]|evacuat[oie]"
                 r"|desalojad[oa]s?|obdachlos|geëvacueerd|dakloos|ewakuowan\w*|эвакуирован\w*|евакуйован\w*|बेघर|تخلیه|dievakuasi|mengungsi"
                 r"|evacuaț\w*|evacuat\w*|evakuerade|evakueret|evakuert"
                 r"|evakuov\w*|evakuál\w*|kimenekít\w*|kitelepít\w*|evakuoi\w*|евакуира\w*|[והשבלמכ]{0,2}(?:פונו|מפונים)"
                 r"|evakuovan\w*|evakuoval\w*|evakuiran\w*|evakuisan\w*|евакуисан\w*|евакуиса\w*"
                   r"|evakuot\w*|evakuē\w*|evakueeri\w*|evacuad\w*|desallotja\w*"
                   r"|ontruimd\w*|tahliye\w*"  # nl "ontruimd" (cleared), tr "tahliye edildi"
                   # the active forms, the count their object ("эвакуировали 3000 человек", "евакуювали", "evacuaron",
                   # "evacuou", "evakuierten", "evacueerden", "ewakuowano")
                   r"|эвакуирова\w*|евакуюва\w*|евакуйова\w*|ewakuowa\w*|evacu(?:ó|aron|ou|aram)|evakuierte[n]?|evacueerde[n]?"
                   # ar "إجلاء" (evacuation), "أُجلي"; Tamil "வெளியேற்றப்பட்டனர்" (were evacuated); Bengali "সরিয়ে নেওয়া"
                   # is two words, its first enough ("সরিয়ে", in both spellings of its "য়"); Urdu "انخلا" (evacuation), not "منتقل"
                   # (moved), nor Hindi "निकाला" (also fired, expelled); the Tamil word runs on in its own block (\w stops at a vowel sign)
                   r"|[وبل]?إجلاء|[وبل]?اجلاء|أجلي\w*|اجلي\w*|வெளியேற்ற[\u0b80-\u0bff]*|সরিয়ে|সরিয়ে|انخلا\w*",
    "trapped": r"trapp(?:ed|ing)|stranded|eingeschlossen|verschüttet|piégé(?:e|s|es)?|bloqué(?:e|s|es)|atrapad[oa]s?|intrappolat[oie]"
               r"|soterrad[oa]s?|ingesloten|bedolven",
    "rescued": r"rescu(?:ed|ing)|saved|gerettet|geborgen|sauvé(?:e|s|es)?|secouru(?:e|s|es)?|rescatad[oa]s?|salvat[oie]"
               r"|resgatad[oa]s?|gered|uratowan\w*|спасен\w*|спасён\w*|врятован\w*|урятован\w*|διασώθηκ\w*|kurtarıl\w*|बचाया|बचाए"
               r"|نجات|diselamatkan|menyelamatkan|selamat|salvaț\w*|räddade|reddet|reddede"
               r"|zachráněn\w*|zachránil\w*|kimentett\w*|megmentett\w*|pelastet\w*|pelasti\w*|спасиха|[והשבלמכ]{0,2}חולצ\w*"
               r"|zachránen\w*|spašen\w*|spasio|spasili|спасли|rešil\w*"
               # the active forms ("De kustwacht redde 17 boten", "rescataron a 40", "resgatou", "rettete")
               r"|redde|redden|rescató|rescataron|resgatou|resgataram|rettete[n]?",
    # the size of a crowd: "a crowd of 29,500", "put the turnout at 60,000", "20,000 people attended" (English; a crowd's
    # own nouns, "fans", "spectators", count a crowd only where nothing else happened to them: :func:`parallax.compare.roles.role`)
    "crowd": r"crowds?|turnout|attendance|attended|attending|marched|rallied",
}  # fmt: skip
ROLE_WORD = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _ROLES.items()), re.I)
# the casualty roles that make a toll (the dead, the injured, the missing), as against what else happens to people
# (arrests, rescues ...): one set for every module that reads tolls (part_tolls, partitives, kind_tolls, renamed)
TOLL_ROLES = frozenset({"dead", "injured", "missing"})
HARAKAT = re.compile("[\u064b-\u065f\u0670]")  # Arabic vowel marks, written or not: "أُصيب" is "أصيب"
# Chinese, Japanese and Korean write the casualty word against the counter ("12人死亡", "23人が死亡",
# "9명이 숨졌다"): read in the few characters after the number
# (the Chinese words in both scripts: "26人受伤" / "30人受傷")
_CJK_ROLES = {
    "dead": "死亡|遇难|遇難|身亡|丧生|喪生|罹难|罹難|死者|亡くな|死去|숨지|숨졌|사망",
    # (and the grade of the injury, light or grave, said for the injury: "12人が軽傷を負った", "3人轻伤", "2人重傷")
    "injured": "受伤|受傷|负伤|伤者|傷者|負傷|けが|怪我|重軽傷|軽傷|重傷|重体|轻伤|輕傷|重伤|부상|다쳐|다치|다쳤",
    "missing": "失踪|失蹤|下落不明|行方不明|실종",
    "rescued": "获救|獲救|救出|救助|구조",
    "arrested": "被捕|拘留|逮捕|체포",
    "evacuated": "撤离|撤離|疏散|避難|대피",
}
CJK_ROLE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _CJK_ROLES.items()))
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
THAI_LETTER = re.compile("[\u0e00-\u0e7f]")
THAI_ROLE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _THAI_ROLES.items()))


# the role of a count of jobs cut, and the noun such counts compare under, whether they count the posts or
# the people who lose them (:mod:`parallax.compare.job_cuts`)
JOBS = "jobs"


# the small words a Slavic language sets between a bare count and its participle, which stand in none of the
# two words after the count that :func:`parallax.compare.roles.role` reads first: "others", a reflexive or clitic
# pronoun, an auxiliary, an adverb of degree ("a desať ďalších sa zranilo", "14 dalších bylo zraněno", "a pet ih je
# ozlijeđeno", "deset se jih je poškodovalo"); read past them, the participle is the count's, not the death verb
# before it ("Zahynuli traja ľudia a desať ďalších sa zranilo": ten injured)
SLAVIC_FILLERS = frozenset(
    "ďalších ďalší ďalšie dalších další ostalih ostalo drugih sa se si ih jih ich je sú jsou so sta bolo bylo boli byli bola byla "
    "bilo bili bile bila ťažko ľahko vážne těžce lehce vážně teško lakše lako ozbiljno hudo lažje".split()
)

# where a number's clause ends: a sentence end, a comma, a semicolon or colon, or a conjunction
# ("Zginęły 4 osoby, rannych zostały 34": the 4 were killed, not injured), or a Turkish verb in "-(ı)rken" (while ...),
# which closes its clause as a comma does ("3 kişi yaralanırken 21 binada hasar oluştu": the buildings were damaged,
# not injured); a small letter before its ending, so no German noun ("Marken", "Türken") nor "erken" (early) alone
CLAUSE_END = re.compile(r"[,;:，、；：。！？।]|[.!?](?=\s|$)|\s(?:and|but|while|whereas|et|mais|y|pero|e|ma|und|aber|en|maar|и|а|но|і|та|але|i|oraz|ale"
                        r"|și|şi|dan|och|og|ve|και|और|و)\s|(?-i:(?<=[a-zçğıöşü][ıiuüae]rken))\s", re.I)


# deaths said in several words, read as one word for "died"
DIED = re.compile(
    r"(?<!\w)(?:lost (?:their|his|her) lives?|lost (?:their|his|her) life|ums leben|om het leven|kwam(?:en)? om|perdieron la vida"
    r"|perdió la vida|ont perdu la vie|a perdu la vie|hanno perso la vita|ha perso la vita|perderam a vida|perdeu a vida"
    r"|جاں بحق|جان بحق|মারা গেছেন|মারা গেছে|মারা যান|মারা গেলেন"  # Urdu "جاں بحق ہو گئے" (lost their lives), Bengali "মারা গেছেন" (died)
    r"|έχασαν τη ζωή τους|έχασε τη ζωή του|hayatını kaybe[dt]\w*|hayatlarını kaybe[dt]\w*|yaşamını yitir\w*|yaşamlarını yitir\w*|can verd\w*|जान गंवाई|जान गई|جان باخت\w*|جان خود را از دست دادند|meninggal dunia"
    r"|și-au pierdut viața|şi-au pierdut viaţa|au murit|omkom\w*|přišl[aiyo]? o život|életét vesztette|életüket vesztették"
    r"|sai surmansa|saivat surmansa|загуби(?:ха)? живота си|prišl[aiyo]? o život|izgubil[aoie]? život|izgubio život"
    r"|život (?:je |su )?izgubil[aoie]?|изгубил[аоие]? живот|изгубио живот|живот (?:је |су )?изгубил[аоие]?|izgubil[aoie]? življenje"
    r"|življenje (?:je|so) izgubil[aoie]?"
    # Swedish "dog" only after its people ("fem personer dog": "dog" alone is also English); Danish and
    # Norwegian "mistede/mistet livet", Swedish "miste livet"
    r"|(?<=personer )dog|(?<=människor )dog|mistede livet|mistet livet|miste livet|misste livet|mista livet"
    # Latvian "gāja bojā" (perished), Catalan "van morir", "han mort" (the past tense in two words)
    r"|gāja bojā|gājuši bojā|van morir|va morir|han mort|ha mort"
    # Vietnamese "thiệt mạng", "tử vong", "tử nạn", "qua đời" (lost their lives, died); Hindi "जान चली गई" (their lives
    # went), "दम तोड़ दिया" (breathed their last), "जान गंवा दी"
    r"|thiệt mạng|tử vong|tử nạn|qua đời|बेमौत मारे गए|जान चली गई|जानें चली गईं|जान गंवा\w*|दम तोड़ (?:दिया|दिए|दी)|दम तोड़ा"
    # a verb of death split around the clause ("Drei Menschen kamen bei dem Brand ums Leben", "sind ... ums Leben gekommen",
    # "kwamen bij de brand om het leven"), lives lost ("verloren ihr Leben", "straciły życie"), death met ("ont trouvé la
    # mort", "poniosły śmierć"), Hungarian "halt(ak) meg"
    r"|(?:kamen|kam|sind|ist) (?:[\w-]+ ){0,6}?ums leben(?: gekommen)?|(?:kwam(?:en)?|zijn|is) (?:[\w-]+ ){0,6}?om het leven(?: gekomen)?"
    r"|verlor(?:en)? (?:ihr|sein) leben|(?:ihr|sein) leben verloren|(?:ont|a|avaient|avait) trouvé la mort|stracił\w* życie|poni\w+ śmierć"
    r"|halt(?:ak)? meg"
    # Polish "nie żyje", "nie żyją", "nie żyło" (is no longer alive: "Nie żyją cztery osoby", "nie żyje 5 osób"), the
    # usual headline and lead for the dead
    r"|nie żyj[eąę]|nie żyło|nie żyli|nie żyły"
    # a death caused, right before its count (the text read may end there): "causó la muerte de tres personas",
    # "provocaron la muerte de 12 mineros" (not "la muerte del alcalde conmocionó a 3.000 vecinos": no toll)
    r"|(?:caus|provoc|ocasion)(?:ó|aron|a|an|ado) la muerte de(?=[ \u00a0]*+\Z|[ \u00a0]++(?:al menos[ \u00a0]++|unas?[ \u00a0]++|más de[ \u00a0]++)?(?:\d|[a-zñ]+[ \u00a0]++\w))"
    r")(?!\w)",
    re.I,
)


# bodies found, said in several words, read as one word for a body found ("Three bodies were recovered", "corps
# retrouvés"): a count of bodies, no toll (:mod:`parallax.compare.rescue_counts`)
BODIES_FOUND = re.compile(
    r"(?<!\w)(?:bodies (?:were|have been|had been) (?:found|recovered|pulled|retrieved)|corps (?:sans vie )?(?:ont été|a été) "
    r"(?:retrouvés|découverts|repêchés|extraits)|corpi (?:sono stati )?(?:ritrovati|recuperati|trovati|estratti)"
    r"|corpos (?:foram )?(?:encontrados|resgatados|recuperados)|lichamen (?:(?:werden|zijn) )?(?:gevonden|geborgen|aangetroffen))(?!\w)",
    re.I,
)


# people driven from their homes, said as a phrase in the count's clause after it: the displaced
FROM_THEIR_HOMES = re.compile(
    r"(?<!\w)(?:(?:from|out of|flee|fled|fleeing|leave|left|leaving|abandon|abandoned|evacuate) their (?:homes?|houses?)"
    r"|quitter leurs? (?:domiciles?|maisons?|logements?)|(?:abandonar|dejar) sus (?:hogares|casas|viviendas)"
    r"|(?:lasciare|abbandonare) le (?:loro )?(?:case|abitazioni)|(?:abandonar|deixar) (?:as )?suas casas"
    r"|ihre (?:Häuser|Wohnungen) (?:verlassen|räumen)"
    # (session 47) brought to safety, as a flood report says the people it moved out: "120 Menschen wurden in Sicherheit
    # gebracht", "mises à l'abri", "puestas a salvo", "messe in salvo", "in veiligheid gebracht"
    r"|in Sicherheit gebracht|mis(?:e|es)? (?:à l['’]abri|en sécurité)|pu(?:est|estas|estos|esta|esto)s? a salvo"
    r"|mess[oaie] in salvo|in veiligheid gebracht"
    # (session 42) an order to go, in the passive after the count: "Some 12,000 people were ordered to evacuate",
    # "About 15,000 residents were told to leave" (the verb five words past the figure, the count's role unread)
    r"|(?:were|had been|have been|was) (?:\w+ )?(?:ordered|told|forced|urged|asked|advised|instructed) to (?:evacuate|leave|flee))(?!\w)",
    re.I,
)


# an injury said in several words, read as one word for "injured" ("Four people were treated for minor
# injuries", "taken to hospital with minor injuries"): the casualty word would fall out of the count's
# window, six words and more after it.  Being taken to hospital alone says no injury ("were taken to
# hospital after the crane driver was arrested"); "hospitalised" is a role word of its own
HURT = re.compile(
    r"(?<!\w)(?:treated (?:\w+ ){0,3}?for (?:\w+ ){0,2}?(?:injur(?:y|ies)|wounds|burns|smoke inhalation|cuts and bruises)"
    r"|(?:taken|rushed|admitted|airlifted|flown|brought) to (?:a |the |local |nearby )?hospitals? with (?:\w+ ){0,2}?(?:injur(?:y|ies)|wounds|burns)"
    r"|soignée?s? pour (?:des |de )?(?:\w+ ){0,2}?blessures|atendid[oa]s? (?:por|de) (?:\w+ ){0,2}?(?:heridas|lesiones)"
    # injuries suffered, the noun alone no casualty word ("Verletzungen" are also breaches, "skador" damage, "răni" wounds of
    # the heart): "Fünf Bewohner erlitten schwere Verletzungen", "ont subi des blessures", "odniosło obrażenia", "fick
    # lindriga skador", "au suferit răni", "sérüléseket szenvedett"; German puts the place and time between the verb and its
    # object: "erlitten bei dem Brand in Köln Verletzungen"
    r"|erlitt(?:en)? (?:[\w-]+ ){0,6}?verletzungen|verletzungen erlitten|(?:ont|a) subi (?:des |de )?(?:\w+ ){0,2}?blessures"
    r"|(?:odni|dozna)\w* (?:\w+ )?obraże\w*|fick (?:\w+ )?skador|suferit (?:\w+ )?(?:răni|leziuni)|sérülés\w* szenved\w*"
    r"|bị (?:thương|thương nặng|thương nhẹ)|trọng thương)(?!\w)",  # Vietnamese "bị thương" (were wounded)
    re.I,
)


# missing said in several words, read as one word for "missing" ("Четыре человека пропали без вести"; "пропали" alone
# is also "were lost", "disappeared" of things), Italian "risultano disperse" (the feminine "disperse" alone is English
# "disperse", as in "to disperse 300 protesters")
MISSING = re.compile(r"(?<!\w)(?:пропал\w* без вести|(?:risultano|sono|restano|rimangono|ancora) disperse|mất tích)(?!\w)", re.I)  # vi "mất tích"


# rescued said in several words: Vietnamese "(đã) được cứu (sống)" (were saved), "cứu sống" (saved alive); "cứu" alone
# also names the rescue service ("9 tàu cứu hộ", nine rescue boats), so only the passive or "cứu sống" is read
RESCUED_WORDS = re.compile(r"(?<!\w)(?:(?:đã |vừa )?được (?:cứu sống|giải cứu|cứu thoát|cứu)|cứu sống)(?!\w)", re.I)


def said_in_words(text: str) -> str:
    """``text`` with the deaths, injuries, disappearances, rescues and bodies found said in several words (:data:`DIED`,
    :data:`HURT`, :data:`MISSING`, :data:`RESCUED_WORDS`, :data:`BODIES_FOUND`) written as the one casualty word each says."""
    text = RESCUED_WORDS.sub("rescued", text)
    return MISSING.sub("missing", HURT.sub("injured", DIED.sub("died", BODIES_FOUND.sub("corpses", text))))


# the victims of a disaster, where nothing else in the clause says what happened to them, are its dead
# ("Sono tre le vittime del crollo" / "Due persone sono morte", "le bilan est de cinq victimes"); as
# quantities normalise the noun (lower case, a final "s" cut), Italian and Portuguese plurals whole
VICTIM = re.compile(r"victims?|victimes?|víctimas?|vittim[ae]|vítimas?|víctimes?|opfer|slachtoffers?|ofiar\w*|θύματα|θύμα|victime|mangsa|korban", re.I)
# English "victims" are as often a fraud's, a hack's or an abuser's, who live: they are the dead only beside an
# event that kills or a word of death ("the 12 victims of the crash", "the victims were buried on Friday"); so are
# Malay "mangsa" and Indonesian "korban", which count a flood's evacuees ("1,200 mangsa banjir") and a
# disease's cases ("1,200 mangsa denggi") as often as the dead ("12 mangsa maut", "korban tewas")
LIVE_VICTIM = re.compile(r"victims?|mangsa|korban", re.I)
LETHAL = re.compile(
    r"(?<![\w-])(?:crash\w*|collision|collapsed?|quake|earthquake|shooting|shot dead|gunman|fire|blaze|inferno|flood\w*|explosion|blast"
    r"|bomb\w*|landslide|mudslide|avalanche|storm|hurricane|typhoon|cyclone|tornado|tsunami|derail\w*|sinking|sank|capsiz\w*"
    r"|stampede|massacre|wreck\w*|disaster|tragedy|dead|died|dies|killed|killing|deaths?|deadly|fatal\w*|toll|bodies|perished"
    r"|murder\w*|funerals?|buried|mourn\w*|drown\w*"
    r"|maut|tewas|meninggal|terkorban|terbunuh|mayat|kematian|nahas|karam|tenggelam|letupan|ledakan|kemalangan|kecelakaan)(?![\w-])",
    re.I,
)
LETHAL_WINDOW = 300  # characters either side of a count of victims in which its event or a word of death stands
