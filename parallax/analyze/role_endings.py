"""The endings of roles written as one word with what they are of, in German, Dutch, Danish, Norwegian, Finnish and
Estonian ("Verkehrsministerin", "Politiewoordvoerder", "Brannsjef", "Pelastusjohtaja", "Vallavanem"), and the
capitalised roles German writes after a hyphen ("Polizei-Sprecher").

They are word lists of the languages that compound their nouns, which :mod:`.titles` reads into
:data:`.titles.TITLE_WORDS` and :data:`.titles.ROLE_COMPOUND`; they are apart from its readers because the lists
grow with every language and titles.py had grown past 330 lines.
"""

from __future__ import annotations

# German and Dutch compound roles: "Verkehrsministerin Anna Berg", "Oppositionsführer Peter Holm",
# "Politiewoordvoerder Jeroen Smit", "Chefvolkswirt Henrik Sommer", "GGD-arts Sanne de Wit"
_COMPOUND_ROLE_ENDINGS = (
    "woordvoerder", "woordvoerster", "voorzitter", "burgemeester", "commissaris", "directeur",
    "minister", "ministerin", "führer", "führerin", "sprecher", "sprecherin", "präsident", "präsidentin", "chef", "chefin",
    "leiter", "leiterin", "vorsitzender", "vorsitzende", "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin",
    "direktor", "direktorin", "sekretär", "sekretärin", "experte", "expertin", "meister", "meisterin", "kommissar", "kommissarin",
    "beauftragte", "beauftragter", "anwalt", "anwältin", "richter", "richterin", "führerin", "geschäftsführer", "geschäftsführerin",
    # German: an economist, editor, physician, analyst, investigator, adviser, representative ...
    "volkswirt", "volkswirtin", "ökonom", "ökonomin", "redakteur", "redakteurin", "arzt", "ärztin", "analystin",
    "ermittler", "ermittlerin", "berater", "beraterin", "vertreter", "vertreterin", "trainerin", "funktionär",
    "funktionärin", "abgeordneter", "abgeordnete", "politiker", "politikerin", "kandidat", "kandidatin", "forscher", "forscherin",
    "managerin", "stratege", "strategin", "kommandant", "kommandantin", "gründer", "gründerin", "inhaber", "inhaberin",
    "koordinator", "koordinatorin", "obmann", "obfrau",
    # the scientists a weather or flood report quotes ("DWD-Meteorologin Anna Kunz", "KNMI-meteoroloog Jan Visser")
    "meteorologe", "meteorologin", "hydrologe", "hydrologin", "geologe", "geologin", "seismologe", "seismologin",
    "meteoroloog", "hydroloog", "geoloog", "seismoloog",
    # a councillor's feminine ("Gemeinderätin", "Bundesrätin"), a senator, a city department's head, a commander
    "rätin", "senator", "senatorin", "dezernent", "dezernentin", "kommandeur", "kommandeurin",
    # Dutch: a leader, alderman, professor, researcher, expert, head, economist, judge, lawyer, MP ...
    "leider", "wethouder", "hoogleraar", "onderzoeker", "onderzoekster", "deskundige", "topman", "topvrouw", "econoom",
    "rechter", "advocaat", "lijsttrekker", "kamerlid", "raadslid", "coördinator", "viroloog",
    "epidemioloog", "commandant",
    # Danish and Norwegian: a chief, spokesperson, mayor, director, leader ("Brannsjef Knut Dahl", "Pressetalsperson
    # Silje Moen", "Brandchef Lars Holm"; "chef", "minister" and "direktor" are above)
    "sjef", "talsperson", "talsmann", "talskvinne", "talsmand", "talskvinde", "ordfører", "borgmester", "direktør",
    "leder", "formann", "formand",
)  # fmt: skip
# endings that are a role only inside a compound ("Chefvolkswirt", "GGD-arts", "Shell-baas", "Fondsmanager"): on
# their own they are other words or English ones ("arts", "manager", "analyst"), which are no
# :data:`TITLE_WORDS` (a title is a fact about a person, and compare leaves it out of word choices)
_COMPOUND_ONLY_ENDINGS = ("arts", "baas", "wirt", "wirtin", "manager", "analyst", "trainer", "specialist", "officier")

# Finnish compound roles, written as one word before the name ("Pelastusjohtaja Mikko Virtanen",
# "Poliisipäällikkö Jari Laaksonen") or in lower case after a genitive ("meripelastuskeskuksen johtaja")
_FI_ROLE_ENDINGS = (
    "johtaja", "päällikkö", "ministeri", "pormestari", "tiedottaja", "puheenjohtaja", "komentaja", "komisario",
    "kapteeni", "ylilääkäri", "lääkäri", "asiantuntija", "tutkija", "professori", "kansanedustaja", "presidentti",
    # a councillor ("Valtuutettu Mikko Laine", "kaupunginvaltuutettu"), a judge, a prosecutor, a lawyer
    "valtuutettu", "tuomari", "syyttäjä", "asianajaja",
    # Estonian, its roles compounded as the Finnish ones ("Vallavanem Toomas Lepp", "päästeameti pressiesindaja", "Politseijuht")
    "linnapea", "vallavanem", "esindaja", "pressiesindaja", "juhataja", "juht", "ülem", "peaminister", "volinik", "prokurör",
)  # fmt: skip

# a capitalised role after a word and a hyphen, before a full name: "Verkehrsbetriebe-Chefin Karin Albrecht",
#   "Polizei-Sprecher Tobias Heller" (roles that are no common surnames: not "Richter", "Meister", "Kanzler")
_CAPITAL_ROLES_AFTER_HYPHEN = (
    "Chef", "Chefin", "Sprecher", "Sprecherin", "Leiter", "Leiterin", "Präsident", "Präsidentin", "Direktor", "Direktorin",
    "Vorsitzender", "Vorsitzende", "Ministerin", "Minister", "Geschäftsführer", "Geschäftsführerin", "Experte", "Expertin",
    "Ermittler", "Ermittlerin", "Beauftragte", "Beauftragter", "Woordvoerder", "Woordvoerster", "Directeur", "Voorzitter",
    # a club's or a party's: "Mainz-Trainer Bo Henriksen", "Bayern-Kapitän Manuel Neuer", "CDU-Spitzenkandidat Sven Schulze"
    "Trainer", "Trainerin", "Coach", "Kapitän", "Kapitänin", "Spitzenkandidat", "Spitzenkandidatin",
)  # fmt: skip
