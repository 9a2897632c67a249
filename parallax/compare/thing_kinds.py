"""More kinds of thing news counts: cars, lorries, buses, boats and ships, aircraft, trees, livestock, shops, villages ...

:mod:`.noun_kinds` maps the nouns news counts to one concept across the languages read, so a count in one language
meets its translation in another ("45 Lastwagen" / "38 camions" / "38 camion": one count of lorries, 45 against 38).
Without a concept the two nouns meet only where they share a root (:func:`.renamed._cognates`: "manuscripts" /
"manuscrits"), and a count of trucks, trees or sheep in two languages was never compared.  The multilingual
embedding that aligns sentences does not tell such a pair from a false one: over 30 of these nouns in seven languages
(en, de, fr, es, it, pt, nl), the nearest noun of the other language by e5 cosine was the translation in 71% of the
cases only ("trucks" nearest to "Autos", "cows" to "Schafe"), the cosines of true and false pairs overlapping (0.83-0.94
against 0.80-0.92), so a concept is written out here, as :mod:`.noun_kinds` and :mod:`.person_kinds` do.

Narrow on purpose: two things a report may count apart stay two kinds (cars and lorries, villages and towns, cattle
and sheep), and a word that is another common word too is left out (French "bois", wood, for Portuguese "bois",
oxen; Dutch "wegen", German "wegen"; Polish "most"; Portuguese "quintas", which is Thursday too; the Dutch singulars
"boot" and "kip", English words too; German "Höfe", courtyards as often as farms).  Boats and ships
are one kind (Spanish "barcos", Italian "navi" and "barche" say either), as are missiles and rockets
("Raketen").  The forms are those the quantities write (lower case; a final "s" cut in en, fr, es, it, pt:
"árvores" is "árvor", "camiones" is "camión"); the kind's name matches its own pattern, since a count compared under
its kind is read again as a noun (:func:`.heard_anchors._kinds`).
"""

from __future__ import annotations

THING_KINDS = {
    "car": r"cars?|autos?|auto's|pkws?|personenwagen|voitures?|coches?|carros?|automobil[ei]|automobiles?|automóve(?:l|is|i)"
           r"|macchin[ae]|personenauto's|samochod\w*|samochód",
    "truck": r"trucks?|lorr(?:y|ie|ies)|lastwagen|lastkraftwagen|lkws?|laster[n]?|camions?|camión|camiones|camião|camiões|caminhão"
             r"|caminhões|vrachtwagens?|vrachtauto's|грузовик\w*|ciężarów\w*|ciężarówk\w*",
    # (French "bus" is "bu" as the quantities cut its "s")
    "bus": r"bus(?:es|ses)?|bu|busse[n]?|autobus(?:es|e|y|ów)?|autocarros?|ônibu|ônibus|onibus|bussen|автобус\w*",
    "vessel": r"vessels?|boats?|ships?|boote[n]?|schiffe?n?|bateaux|bateau|navires?|embarcations?|barcos?|buques?|embarcaci(?:ón|one)"
              r"|barch[ea]|barca|navi|nave|imbarcazion[ei]|navios?|embarcaç(?:ão|õe)|boten|schepen|schip|vaartuigen"
              r"|лодок|лодки|лодка|корабл\w*|łodzi|łódź|łodzie|statk\w*|statek",
    "aircraft": r"aircraft|planes?|airplanes?|aeroplanes?|flugzeuge?n?|avions?|aviones|avión|aere[oi]|aviões|avião|aeronaves?"
                r"|vliegtuigen|vliegtuig|самол[её]т\w*|samolot\w*",
    "helicopter": r"helicopters?|hubschrauber[n]?|helikopter\w*|hélicoptères?|helicópteros?|elicotter[oi]|вертол[её]т\w*|śmigłow\w*",
    "train": r"trains?|züge[n]?|zug|trenes|tren|treni|treno|comboios?|trens|trem|treinen|trein|поезд\w*|pociąg\w*",
    "tree": r"trees?|bäume[n]?|baum|arbres?|árbol(?:es)?|alber[oi]|árvor(?:e|es)?|bomen|деревьев|деревья|drzew\w*",
    "cattle": r"cattle|cows?|kühe[n]?|kuh|rinder[n]?|vaches?|bovins?|vacas?|reses?|mucche|mucca|bovini|koeien|koe|runderen"
              r"|коров\w*|krów|krowy",
    "sheep": r"sheep|schafe?n?|moutons?|brebis?|ovejas?|pecore|pecora|ovelhas?|schapen|schaap|овец|овцы|owiec|owce",
    "pig": r"pigs?|hogs?|schweine?n?|porcs?|cochons?|cerdos?|maiali|suini|porcos?|varkens?|свиней|świń",
    "horse": r"horses?|pferde?n?|chevaux|cheval|caballos?|cavall[oi]|cavalos?|paarden|paard|лошад\w*|koni|konie",
    "poultry": r"poultry|chickens?|hens?|hühner[n]?|poulets?|poules?|volailles?|gallinas?|pollos?|galline|polli|galinhas?|frangos?"
               r"|kippen|kurczak\w*",
    "dog": r"dogs?|hunde?n?|chiens?|perros?|cani|cães|cão|honden|hond|собак\w*",
    "shop": r"shops?|stores?|geschäfte?n?|läden|magasins?|boutiques?|commerces?|tiendas?|comercios?|negozi|negozio|lojas?|winkels?"
            r"|магазин\w*|sklep\w*",
    "village": r"villages?|dörfer[n]?|dorf|villaggi|villaggio|aldeas?|aldeias?|dorpen|dorp|деревень|деревни|сёл|wsi|wiosek|wioski",
    "town": r"towns?|cit(?:y|ies)|städte[n]?|villes?|ciudades?|ciudad|città|cidades?|steden|городов|города|miast",
    "bridge": r"bridges?|brücken?|ponts?|puentes?|ponti|ponte|pontes|bruggen|brug|мостов|моста|мосты",
    "container": r"containers?|conteneurs?|contenedor(?:es)?|contentor(?:es)?|contêiner(?:es)?|контейнер\w*|kontener\w*",
    # (weapons as such: not "rifles" or "guns", a part a report may count apart from the pistols)
    "weapon": r"weapons?|firearms?|waffen|schusswaffen|feuerwaffen|armes?|armas?|armi|wapens?|оружи\w*|broni",
    "drone": r"drones?|drohnen?|dron(?:es)?|droni|беспилотник\w*|дрон\w*|dronów|drony",
    "missile": r"missiles?|rockets?|raketen?|roquettes?|misil(?:es)?|cohetes?|missili|razzi|mísseis|míssei|foguetes?|raketten"
               r"|ракет\w*|rakiet\w*|pocisk\w*",
    "church": r"churches|church|kirchen?|églises?|iglesias?|chiese|chiesa|igrejas?|kerken|kerk|церкв\w*|kościoł\w*|kościół",
    "mosque": r"mosques?|moscheen?|mosquées?|mezquitas?|moschea|mesquitas?|moskeeën|moskee|мечет\w*|meczet\w*",
    "farm": r"farms?|bauernhöfe?n?|fermes?|granjas?|fattori[ae]|fazendas?|boerderijen|boerderij|ферм\w*",
    "factory": r"factor(?:y|ie|ies)|fabriken|fabrik|usines?|fábricas?|fabbrich[ea]|fabbrica|fabrieken|fabriek|завод\w*|фабрик\w*|fabryk\w*",
    "company": r"compan(?:y|ie|ies)|firms?|unternehmen|firmen|entreprises?|empresas?|compañías?|aziende|azienda|imprese|impresa"
               r"|bedrijven|bedrijf|компани\w*|предприяти\w*|przedsiębiorstw\w*",
    "animal": r"animals?|tiere?n?|animaux|animal(?:es)?|animali|animais|animai|dieren|dier|животн\w*|zwierz\w*",
    "tank": r"tanks?|panzer[n]?|chars?|tanques?|танк\w*|czołg\w*",
}  # fmt: skip
