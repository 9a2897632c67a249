"""More kinds of person a toll counts: children, miners, pilgrims, tourists, fans, crews, civilians, prisoners, hostages.

:mod:`.noun_kinds` maps the nouns news counts to one concept across the languages read; a toll is told of
people ("12 people were killed") or of the kind of person the event hit ("12 miners died", "drei Kinder",
"cinco peregrinos").  These kinds join :data:`.noun_kinds.PERSON_KINDS`, so a toll of people meets a toll of
one of them (:mod:`.kind_tolls`) and a translated count of them compares under one key ("Zwölf Bergleute" /
"12 miners").  Kept apart from the table of :mod:`.noun_kinds` so that each can grow on its own.  Left out on
purpose: French "mineurs", which is minors as often as miners, and the nouns a language writes in two words
("membres d'équipage", "мирных жителей": the quantity keeps one of them).  The forms are those the quantities
write (lower case; in en, fr, es, it, pt a final "s" cut: "miners" is "miner", "niños" is "niño").
"""

from __future__ import annotations

MORE_KINDS = {
    "child": r"child(?:ren)?|kids?|kinder[n]?|enfants?|niñ[oa]s?|menore?s?|bambin[oaie]|crianças?|criança|kinderen|дет(?:ей|и|ям|ьми)"
             r"|ребён\w*|ребен\w*|діт(?:ей|и|ям|ьми)|дитин\w*|dzieci\w*|dziecko|أطفال|طفلا?",
    "miner": r"miners?|bergleute[n]?|bergmann|bergmänner[n]?|bergarbeiter[n]?|kumpel[n]?|miner[oa]s?|minatori|mineir[oa]s?"
             r"|mijnwerkers?|шахт[её]р\w*|горняк\w*|шахтар\w*|górnik\w*",
    "pilgrim": r"pilgrims?|pilger[n]?|p[èe]lerins?|peregrin[oa]s?|pellegrini|pelgrims?|паломник\w*|прочан\w*|pielgrzym\w*|حجاج|حاجا?"
               r"|زائرین|زوار|زائر",  # Urdu and Persian "زائرین", Arabic "زوار": pilgrims to a shrine
    "tourist": r"tourists?|touristen|touristinnen|touristes?|turistas?|turisti|toeristen|турист\w*|turyst\w*|سياح|سائح\w*",
    "fan": r"fans?|supporters?|aficionad[oa]s?|hinchas?|tifosi|torcedor(?:e)?s?|болельщик\w*|вболівальник\w*|уболівальник\w*"
           r"|kibic\w*|kibice|مشجع\w*",
    "crew": r"crew|crewmen|crewmembers?|crew-members?|sailors?|besatzungsmitglieder[n]?|seeleute[n]?|matrosen|tripulantes?"
            r"|marineros?|marinai|marinheiros?|bemanningsleden|моряк\w*|marynarz\w*|بحار\w*"
            # the crew's own noun where a language counts its members by it, which the quantity keeps: Latvian "trīs
            # apkalpes locekļi", Lithuanian "trys įgulos nariai", Polish "trzech członków załogi", Czech/Slovak "členové
            # posádky"; and the compounds of Estonian, Finnish and the Nordic languages ("viis meeskonnaliiget",
            # "besättningsmän", "besætningsmedlemmer")
            r"|apkalpes|apkalpe|įgulos|įgula|załogi|posádky|экипажа|екіпажу|meeskonnaliiget|meeskonnaliikmed?|meeskonnaliikmet"
            r"|miehistön|besättningsm[aä]n|besättningsmedlemmar|besetningsmedlemmer|besætningsmedlemmer",
    "civilian": r"civilians?|zivilisten|zivilistinnen|civils?|civile?s?|civili|civis|cywil\w*|мирн(?:ых|ые|ым)|цивільн\w*"
                r"|مدنيين|مدنيون|مدنيا?",
    # the prisoners a ceasefire or a swap frees and the hostages a release names: two kinds ("450 prisoners for 20
    # hostages"), each one count however a language names it ("تبادل ٤٥٠ أسيرا" / "the exchange of 540 prisoners")
    "prisoner": r"prisoners?|detainees?|gefangenen?|häftlinge[n]?|kriegsgefangenen?|prisonniers?|prisonnières?|détenue?s?"
                r"|prisioner[oa]s?|presos?|prigionier[ie]|detenut[ie]|prisioneir[oa]s?|gevangenen|gedetineerden"
                r"|пленн\w*|военнопленн\w*|заключ[её]нн\w*|полонен\w*|полонених|в['’]язн\w*|więźni\w*|więzień|jeńc\w*|jeniec"
                r"|esir\w*|mahkum\w*|أسرى|أسير\w*|سجناء|سجين\w*|معتقل\w*"
                # Hebrew, Persian, Urdu, Hindi, Bengali and Tamil ("ארבעה אסירים נמלטו" / "Five prisoners escaped": one
                # count of prisoners; the Hebrew ones with the prefixes a noun may carry, "והאסירים")
                r"|[והשבלמכ]{0,2}(?:אסירים|אסיר|אסירות|עצירים|עציר|שבויים)|زندانی\w*|قیدی\w*|قیدیوں|कैदी|कैदियों|क़ैदी|क़ैदियों"
                r"|বন্দি\w*|বন্দী\w*|কয়েদি\w*|கைதிகள்|கைதி",
    "hostage": r"hostages?|geiseln?|otages?|rehen(?:es)?|ostaggi|ostaggio|reféns|refém|gijzelaars?|заложник\w*|заручник\w*"
               r"|zakładni\w*|rehine\w*|رهائن|رهينة",
}  # fmt: skip

MORE_PERSON_KINDS = frozenset(MORE_KINDS)
