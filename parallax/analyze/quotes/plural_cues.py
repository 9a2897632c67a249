"""The plural forms of the Romance verbs of saying, for a group that speaks.

News gives a quotation or a statement to a group as often as to a person: "« … », affirment les syndicats",
"«…», hanno detto i sindacati", "Los manifestantes afirmaron que …", "„…”, au declarat sindicatele".  The
verb then agrees with its plural subject, and the singular forms of :data:`.cue_lexicon.LEXICAL_CUES` and of
:mod:`.lexical_reported` miss it.  The plurals live here, per language, as regular-expression alternations
that those tables append to their own: :data:`PLURAL_CUES` beside a quotation, :data:`PLURAL_REPORTING`
before "que", "che", "că" (a shorter list: the verbs that report a clause).  French compound pasts
("ont déclaré") are in the French table already; the French plurals here are the present tense.
"""

from __future__ import annotations

__all__ = ["PLURAL_ARTICLES", "PLURAL_CUES", "PLURAL_REPORTING"]


def _alternation(words: str) -> str:
    """``words`` (space-separated, "ha detto" written "ha_detto") as an alternation, spaces matched by ``\\s+``."""
    return "|".join(w.replace("_", r"\s+") for w in words.split())


# French present plurals ("déclarent", "estiment"): the parser reads many, the lexical fallback needs them listed
_FR = (
    "déclarent affirment estiment ajoutent expliquent soulignent indiquent précisent assurent préviennent dénoncent "
    "regrettent répondent concluent disent insistent rappellent reconnaissent admettent promettent garantissent répètent "
    "observent confirment commentent martèlent confient lancent racontent résument poursuivent réagissent tranchent "
    "recommandent conseillent exhortent se_félicitent s'indignent s'insurgent s'alarment"
)
# Italian: the perfect with "hanno" and the present plural
_IT_PARTICIPLES = (
    "detto dichiarato affermato aggiunto spiegato sottolineato commentato scritto annunciato avvertito ribadito raccontato "
    "ricordato precisato ammesso risposto denunciato promesso assicurato ripetuto garantito concluso osservato confermato "
    "replicato insistito chiarito evidenziato"
)
_IT = " ".join(f"hanno_{p}" for p in _IT_PARTICIPLES.split()) + (
    " dicono affermano dichiarano spiegano aggiungono raccontano ricordano sottolineano promettono assicurano ripetono "
    "garantiscono concludono osservano confermano replicano precisano ribadiscono commentano ammettono denunciano"
)
# Spanish: the simple past and the present plural (the perfect "han dicho" is in the Spanish table already)
_ES = (
    "dijeron afirmaron declararon aseguraron añadieron agregaron explicaron señalaron indicaron advirtieron relataron "
    "contaron sostuvieron manifestaron expresaron precisaron comentaron insistieron recordaron subrayaron lamentaron "
    "denunciaron reconocieron concluyeron apuntaron detallaron admitieron respondieron prometieron garantizaron reiteraron "
    "repitieron observaron confirmaron aclararon informaron comunicaron enfatizaron destacaron anunciaron pidieron "
    "dicen afirman aseguran explican señalan relatan cuentan añaden sostienen advierten insisten recuerdan prometen "
    "garantizan denuncian lamentan admiten destacan indican"
)
# Portuguese: the simple past and the present plural
_PT = (
    "disseram afirmaram declararam acrescentaram explicaram destacaram ressaltaram escreveram anunciaram alertaram "
    "contaram relataram lembraram admitiram responderam garantiram sublinharam frisaram defenderam prometeram "
    "asseguraram reiteraram repetiram concluíram observaram comentaram salientaram confirmaram informaram argumentaram "
    "avaliaram reforçaram dizem afirmam declaram contam relatam explicam garantem prometem asseguram lembram informam "
    "avaliam alertam defendem"
)
# Romanian: the compound past with "au" (the present plural of most of these verbs is the singular's form; "spun",
# "susțin" are their own)
_RO_PARTICIPLES = (
    "spus declarat afirmat adăugat precizat explicat subliniat transmis arătat anunțat anunţat avertizat susținut susţinut "
    "recunoscut menționat menţionat completat punctat comunicat răspuns insistat comentat scris reiterat confirmat promis "
    "asigurat povestit"
)
_RO = " ".join(f"au_{p}" for p in _RO_PARTICIPLES.split()) + " au_mai_spus au_mai_precizat spun susțin susţin"
# Catalan: the present plural (the pasts "van dir", "han dit" are in the Catalan table already)
_CA = "diuen afirmen declaren expliquen asseguren afegeixen indiquen destaquen recorden reconeixen lamenten insisteixen"

PLURAL_CUES = {lang: _alternation(words) for lang, words in {"fr": _FR, "it": _IT, "es": _ES, "pt": _PT, "ro": _RO, "ca": _CA}.items()}

# the verbs of each language that report a clause after "que", "che", "că" (a subset: the ones listed singular there)
PLURAL_REPORTING = {
    "it": _alternation(
        "hanno_detto hanno_dichiarato hanno_affermato hanno_aggiunto hanno_spiegato hanno_sottolineato hanno_annunciato dicono affermano"
    ),
    "es": _alternation(
        "dijeron afirmaron declararon aseguraron añadieron explicaron señalaron indicaron advirtieron anunciaron dicen afirman aseguran"
    ),
    "pt": _alternation("disseram afirmaram declararam acrescentaram explicaram destacaram ressaltaram anunciaram alertaram dizem afirmam"),
    "ro": _alternation(
        "au_spus au_declarat au_afirmat au_precizat au_explicat au_anunțat au_anunţat au_subliniat "
        "au_arătat au_adăugat au_susținut au_susţinut au_transmis au_avertizat spun susțin susţin"
    ),
    "ca": _alternation("diuen afirmen asseguren"),
}

# the plural definite articles a group's description opens its sentence with ("Los manifestantes dijeron que ...")
PLURAL_ARTICLES = r"(?:Les|Los|Las|Os|As|I|Gli|Le|Els|Les)"
