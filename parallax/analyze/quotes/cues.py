"""Cues and their subjects: which words introduce a quotation, and whose.

With a dependency parse, a speech verb outside the quotation and its subject
(climbing conjunctions, taking a passive's agent, repairing subjects the parser
cut at a dash); without one, lexical cue patterns around the quotation in
each language.  Also the fallbacks that news prose calls for: a colon after a
clause subject, a headline's "Name: ...", the subject of the verb a quoted
phrase hangs on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parallax.analyze import Paragraph
from parallax.analyze.names import FIRST_NAMES as _FIRST_NAMES
from parallax.analyze.names import NAME_PARTICLES
from parallax.analyze.quotes.marks import _inside, _Span
from parallax.analyze.quotes.people import _RELATIVE, PRONOUNS, _Attributor, _entity_at
from parallax.analyze.quotes.roles import _DOCUMENTS
from parallax.analyze.quotes.vietnamese import VI_CUES, vi_speaker
from parallax.analyze.titles import DEFINITE, TITLE_WORDS
from parallax.letters import LOWER, UPPER
from parallax.records import Article

CUE_LEMMAS = {
    # English
    "say", "add", "state", "tell", "note", "warn", "write", "argue", "claim", "insist", "ask", "declare", "announce",
    "explain", "accuse", "describe", "urge", "vow", "stress", "emphasise", "emphasize", "reply", "respond",
    "acknowledge", "admit", "deny", "suggest", "predict", "comment", "remark", "criticize", "criticise",
    "tweet", "call", "fume", "exclaim", "snap", "retort", "counter", "boast", "lament", "plead", "demand", "recount", "scoff", "confirm", "recall", "conclude", "complain", "promise", "pledge", "caution", "assert",
    "maintain", "contend", "observe", "point", "reiterate", "indicate", "proclaim", "shout", "testify", "concede",
    "joke", "quip", "mention", "speak", "cite", "quote", "blast", "slam",
    "continue", "report", "sing", "chant", "read", "rule", "mock", "dismiss", "liken", "laud", "praise", "brand", "dub", "label",
    "scold", "grill", "press", "wonder", "muse", "post", "retweet", "allege", "charge", "characterize", "characterise",
    "question", "interject", "reason", "hail", "whisper", "yell", "scream", "chide", "rebuke", "tout",
    "moan", "groan", "sigh", "grumble", "gush", "mutter", "murmur", "cry", "thunder", "rage", "bemoan",
    # French
    "dire", "déclarer", "affirmer", "ajouter", "estimer", "souligner", "expliquer", "indiquer", "annoncer",
    "assurer", "préciser", "avertir", "insister", "répondre", "confier", "lancer", "rappeler", "dénoncer",
    "prévenir", "marteler", "confirmer", "reconnaître", "admettre", "promettre", "regretter", "juger", "commenter",
    "conclure", "poursuivre", "réagir", "démentir", "exclamer", "interroger", "raconter", "écrire",
    # German / Spanish (used when a parser provides lemmas)
    "sagen", "erklären", "betonen", "fügen", "warnen", "meinen", "mitteilen", "kritisieren", "schreiben", "sprechen",
    "decir", "afirmar", "declarar", "añadir", "asegurar", "explicar", "señalar", "indicar", "advertir", "subrayar",
}


# words of a lexical cue, for pipelines without a parser
LEXICAL_CUES = {
    "de": r"sagte|sagt|erklärte|erklärt|betonte|betont|meinte|fügte\s+hinzu|fügte|warnte|so|schrieb|kritisierte|teilte\s+mit|ergänzte"
          r"|räumte\s+ein|sagte\s+später|erzählte|erzählt|berichtete|berichtet|versicherte|unterstrich|laut"
          r"|versprach|wiederholte|bestätigte|mahnte|ergänzt|nach\s+Angaben\s+von",
    "es": r"dijo|afirmó|declaró|aseguró|añadió|agregó|explicó|señaló|indicó|según|advirtió|relató|contó|sostuvo|manifestó|expresó"
          r"|precisó|comentó|insistió|recordó|subrayó|lamentó|denunció|reconoció|concluyó|apuntó|detalló|admitió|respondió"
          r"|dice|afirma|asegura|explica|señala|relata|cuenta|añade|sostiene|advierte"
          r"|prometió|garantizó|reiteró|repitió|observó|confirmó|aclaró|promete|garantiza|insiste|recuerda"
          # the summing-up and the imperfect of a scene ("repetía Gil"), and a question put
          r"|resumió|resume|zanjó|repetía|insistía|decía|explicaba|contaba|recordaba|preguntó|pregunta|respondía|lamenta|admite",
    "fr": r"a\s+déclaré|a\s+dit|a\s+affirmé|a\s+ajouté|a\s+souligné|selon|a\s+estimé|a\s+expliqué|a\s+prévenu|a\s+averti"
          r"|a\s+assuré|a\s+indiqué|a\s+précisé|a\s+annoncé|a\s+rappelé|a\s+martelé|a\s+lancé|a\s+confié|a\s+répondu"
          r"|a\s+dénoncé|a\s+reconnu|a\s+poursuivi|a\s+conclu|a\s+insisté|a\s+regretté|a\s+commenté|a\s+réagi|a\s+raconté"
          # French news also attributes in the present tense: "« ... », estime-t-il", "explique la ministre"
          r"|déclare|affirme|estime|prévient|ajoute|explique|souligne|indique|précise|assure|confie|lance|martèle|insiste"
          r"|raconte|dénonce|regrette|poursuit|résume|rappelle|commente|tranche|reconnaît|admet|répond|réagit|conclut|dit"
          r"|a\s+promis|a\s+garanti|a\s+répété|a\s+observé|a\s+confirmé|a\s+expliqué|promet|garantit|répète|observe|confirme",
    "it": r"ha\s+detto|ha\s+dichiarato|ha\s+affermato|ha\s+aggiunto|ha\s+spiegato|ha\s+sottolineato|ha\s+commentato|ha\s+scritto"
          r"|ha\s+annunciato|ha\s+avvertito|ha\s+ribadito|ha\s+raccontato|ha\s+ricordato|ha\s+precisato|ha\s+ammesso"
          r"|ha\s+risposto|ha\s+denunciato|secondo|dice|afferma|dichiara|spiega|aggiunge|racconta|ricorda|sottolinea"
          r"|ha\s+promesso|ha\s+assicurato|ha\s+ripetuto|ha\s+garantito|ha\s+concluso|ha\s+osservato|ha\s+confermato"
          r"|ha\s+replicato|ha\s+insistito|ha\s+chiarito|ha\s+rassicurato|ha\s+evidenziato|ha\s+raccontato"
          r"|promette|assicura|ripete|garantisce|conclude|osserva|conferma|replica|precisa|ribadisce|commenta|ammette",
    "pt": r"disse|afirmou|declarou|acrescentou|explicou|destacou|ressaltou|escreveu|anunciou|alertou|segundo|diz|afirma|declara"
          r"|contou|relatou|lembrou|admitiu|respondeu|garantiu|sublinhou|frisou|defendeu|conta|relata|explica|garante"
          r"|prometeu|assegurou|reiterou|repetiu|concluiu|observou|comentou|salientou|confirmou|promete|assegura|lembra",
    "nl": r"zei|zegt|verklaarde|stelde|aldus|volgens|schreef|voegde\s+eraan\s+toe|benadrukte|waarschuwde|meldde"
          r"|vertelde|vertelt|legde\s+uit|gaf\s+toe|antwoordde"
          r"|beloofde|verzekerde|herhaalde|bevestigde|concludeerde|merkte\s+op|reageerde|benadrukt|waarschuwt",
    "en": r"said|says|added|stated|told|noted|warned|according\s+to|wrote|argued|claimed",
    # Swedish, Danish and Norwegian (Bokmål): mostly present tense after a dash or a quotation
    "sv": r"säger|sa|sade|berättar|berättade|förklarar|förklarade|uppger|uppgav|skriver|skrev|menar|betonar|konstaterar"
          r"|tillägger|lovar|lovade|enligt",
    "da": r"siger|sagde|fortæller|fortalte|forklarer|forklarede|skriver|skrev|mener|understreger|tilføjer|lover|ifølge",
    "no": r"sier|sa|forteller|fortalte|forklarer|forklarte|skriver|skrev|mener|understreker|legger\s+til|lover|ifølge",
    # Greek: '«...», δήλωσε ο δήμαρχος Νίκος Παπαδάκης', 'Ο Νίκος Παπαδάκης είπε: «...»'
    "el": r"δήλωσε|είπε|ανέφερε|τόνισε|σημείωσε|πρόσθεσε|υπογράμμισε|εξήγησε|υποστήριξε|δηλώνει|λέει|τονίζει|σύμφωνα\s+με",
    # Turkish names the speaker before the quotation and closes it with the verb: 'Vali Ahmet Yıldırım,
    # "..." dedi.', '"..." diye konuştu.'
    # ('İşçilerden Serkan Doğan, “...” diye anlattı.', 'Murat Koçak, yaptığı açıklamada “...” ifadelerini kullandı.')
    "tr": r"dedi|diye\s+(?:konuştu|ekledi|belirtti|anlattı|vurguladı|açıkladı|sordu|seslendi|haykırdı|yakındı|tepki\s+gösterdi"
          r"|isyan\s+etti|uyardı|ifade\s+etti|kaydetti|aktardı|dile\s+getirdi|cevap\s+verdi|yanıt\s+verdi|paylaştı|yazdı)"
          r"|diyerek|şeklinde\s+(?:konuştu|açıklama\s+yaptı)|ifadelerini\s+kullandı|ifadesini\s+kullandı|sözlerini\s+kullandı"
          r"|ifadelerine\s+yer\s+verdi|sözlerine\s+yer\s+verdi|söyledi|açıkladı|belirtti|ifade\s+etti|kaydetti|anlattı|vurguladı"
          r"|ekledi|sordu|aktardı|bildirdi|dile\s+getirdi|konuştu",
    "pl": r"powiedział[aoy]?|powiedzieli|oświadczył[aoy]?|stwierdził[aoy]?|dodał[aoy]?|podkreślił[aoy]?|zaznaczył[aoy]?|poinformował[aoy]?"
          r"|wyjaśnił[aoy]?|przyznał[aoy]?|napisał[aoy]?|zapewnił[aoy]?|obiecał[aoy]?|ostrzegł[aoy]?|przekazał[aoy]?|według|mówi"
          r"|twierdzi|uważa|przekonuje|ocenił[aoy]?|ocenia|dodaje|podkreśla|zaznacza|tłumaczy|wyjaśnia|zapewnia|opowiada|relacjonuje"
          r"|przyznaje|ostrzega|komentuje|zapowiedział[aoy]?|zauważył[aoy]?|zauważa|apelował[aoy]?|przypomniał[aoy]?|usłyszeliśmy\s+od",
    # Indonesian and Malay: '"...," kata Budi Santoso.', '"...," ujarnya.' (-nya: he or she)
    "id": r"kata|ujar|ucap|tutur|tegas|jelas|imbuh|ungkap|terang|katanya|ujarnya|ucapnya|tuturnya|tegasnya|jelasnya"
          r"|imbuhnya|ungkapnya|menurut|mengatakan|menegaskan|menjelaskan|menyatakan|menambahkan",
    "ms": r"kata|ujar|katanya|ujarnya|menurut|memberitahu|menegaskan|menjelaskan|menyatakan",
    "ro": r"a\s+spus|a\s+declarat|a\s+afirmat|a\s+adăugat|a\s+precizat|a\s+explicat|a\s+subliniat|a\s+transmis"
          r"|a\s+arătat|a\s+anunțat|a\s+mai\s+spus|a\s+mai\s+precizat|a\s+avertizat|a\s+susținut|a\s+recunoscut"
          r"|spune|declară|afirmă|explică|subliniază|susține|potrivit|conform",
    # Russian and Ukrainian put a dash after the closing mark: '«...», — заявил глава МЧС Андрей Петров.'
    "ru": r"заявил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|добавил[аи]?|сообщил[аи]?|пояснил[аи]?|признал[аи]?|рассказал[аи]?"
          r"|написал[аи]?|уточнил[аи]?|пообещал[аи]?|заверил[аи]?|предупредил[аи]?|объяснил[аи]?|по\s+словам|считает|говорит|заявляет",
    "uk": r"заявив|заявил[аи]|сказав|сказал[аи]|зазначив|зазначил[аи]|наголосив|наголосил[аи]|додав|додал[аи]|повідомив|повідомил[аи]"
          r"|пояснив|пояснил[аи]|розповів|розповіл[аи]|написав|написал[аи]|пообіцяв|пообіцял[аи]|запевнив|запевнил[аи]|попередив"
          r"|попередил[аи]|за\s+словами|вважає|каже",
    # Vietnamese: the subject before the verb on either side of the quotation (see .vietnamese)
    "vi": VI_CUES,
}


# a circumstance after an inverted subject: '», a déclaré le ministre à sa sortie', '», dijo el alcalde ante la prensa'
_CIRCUMSTANCE = "à|au|aux|lors|devant|dans|après|avant|a|al|ante|tras|durante|en|ao|na|no|em|dopo|davanti|durante|nach|vor|bei|im|am|tijdens|bij"


# particles between the words of a name (:data:`NAME_PARTICLES`), and the article joined to an
# Arabic name ("al-Assad")
_PARTICLE = rf"(?:{'|'.join(sorted(NAME_PARTICLES, key=len, reverse=True))})"
_NAME_WORD = rf"(?:(?:al|el|as|ash|ad|ar|an|az|at)-)?[{UPPER}]"
# a name of up to four capitalised words, with particles between them ("Josélia Pereira da Silva"),
# never ending on a particle (not opening on an acronym: "МЧС Андрей Петров", "UN envoy": the
# organisation, not the person's name)
# (a word before the last ends with a full stop only as an initial, "J." or "Ch.": "Karim Benhadj. Le
# parquet" is a name and the next sentence)
_NAME = rf"(?P<spk>(?![{UPPER}]{{2,}}\s)(?:{_NAME_WORD}(?:[\w’'-]+|[\w’'-]?\.)\s(?:{_PARTICLE}\s){{0,3}}){{0,3}}{_NAME_WORD}[\w’'-]+)"


def _subject_span(tok) -> tuple[int, int] | None:
    """Character span of the subject of cue token ``tok`` (climbing conjunctions).

    A passive cue takes its agent ("was written by Springsteen"); a relative
    pronoun subject ("anybody who complains") takes the noun it refers to."""
    head = tok
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if tok.tag_ == "VBG" and prev is not None and prev.pos_ == "PROPN" and prev.ent_type_ in ("PERSON", "PER", "ORG"):
        # "footage of Hillary Clinton asking, “...”", "Trump saying during the debate"
        left = prev
        while left.i > 0 and left.doc[left.i - 1].pos_ == "PROPN" and left.doc[left.i - 1].ent_type_ == prev.ent_type_:
            left = left.doc[left.i - 1]
        return left.idx, prev.idx + len(prev.text)
    if tok.dep_ == "acl" and tok.head.pos_ == "PROPN" and tok.head.ent_type_ in ("PERSON", "PER", "ORG") and tok.head.i < tok.i:
        # a participle on a name: "which Apple's chief executive, Tim Cook, called ''total political crap''"
        name = tok.head
        left = name
        while left.i > 0 and left.doc[left.i - 1].dep_ == "compound" and left.doc[left.i - 1].head is name:
            left = left.doc[left.i - 1]
        return left.idx, name.idx + len(name.text)
    for _ in range(3):
        agent = [c for c in head.children if c.dep_ == "agent"]
        if agent and list(agent[0].children):
            pobj = list(agent[0].children)[-1]
            return pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")]
        if subj:
            sub = subj[0]
            if sub.lower_ in _RELATIVE and head.dep_ in ("relcl", "acl:relcl") and head.head is not head:
                noun = head.head
                if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
                    noun = noun.head  # "McConnell, now the Senate majority leader, who said ..."
                return noun.left_edge.idx, noun.idx + len(noun.text)
            left = sub.left_edge.idx
            right = sub.right_edge.idx + len(sub.right_edge.text)
            # drop a relative clause or apposition after the name: "X, who ..., said",
            # but keep an apposition that names the person: "Estonia's minister, Kaarel Tamm, said"
            for c in sub.children:
                if c.dep_ in ("relcl", "acl", "appos", "punct") and c.idx > sub.idx and not _names_someone(c):
                    right = min(right, c.left_edge.idx)
            return left, right
        if head.dep_ in ("conj", "xcomp", "advcl", "ccomp") and head.head is not head:
            head = head.head  # "Trump has used ... and criticized Obama": the subject of "used"
            continue
        # a subject after the cue: « ... », a déclaré le maire Jean Dupont
        after = [c for c in head.children if c.dep_ in ("obj", "dobj", "nsubj:inv") and c.idx > head.idx]
        if after and any(t.pos_ == "PROPN" for t in after[0].subtree):
            sub = after[0]
            return sub.left_edge.idx, sub.right_edge.idx + len(sub.right_edge.text)
        break
    return None


def _clause_subject(doc, start: int, end: int) -> tuple[int, int] | None:
    """Subject of the clause that introduces a quote with a colon or dash:
    'But Mayor Rosa Delgado hit back: "..."'."""
    subjects = [t for t in doc if start <= t.idx < end and t.dep_ in ("nsubj", "nsubjpass") and t.head.idx < end]
    if not subjects:
        return None
    sub = subjects[-1]
    right = sub.right_edge.idx + len(sub.right_edge.text)
    for c in sub.children:
        if c.dep_ in ("relcl", "acl", "appos", "punct") and c.idx > sub.idx and not _names_someone(c):
            right = min(right, c.left_edge.idx)
    return sub.left_edge.idx, right


def _names_someone(tok) -> bool:
    """An apposition that is a proper name (not a relative clause or a description)."""
    return tok.dep_ == "appos" and tok.pos_ == "PROPN"


@dataclass
class _Cue:
    pos: int  # character offset in the paragraph
    subj: tuple[int, int] | None  # subject span, paragraph offsets
    text: str
    tok: int = -1  # token index in the paragraph's doc


def _cues(doc, quote_spans: list[_Span]) -> list[_Cue]:
    """Every cue outside quotes, with the span of its subject."""
    out = []
    for tok in doc:
        if _inside(tok.idx, quote_spans):
            continue
        lemma = (tok.lemma_ or tok.text).lower()
        if tok.pos_ in ("VERB", "AUX") and (lemma in CUE_LEMMAS or lemma == "put" and any(c.lower_ == "it" for c in tok.children)):
            out.append(_Cue(tok.idx, _subject_span(tok), tok.text, tok.i))
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            if _reports_speech(tok):
                continue  # 'said Trump ..., according to TIME': TIME reports the speech, Trump is its speaker
            to = doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                o = objs[0]
                out.append(_Cue(tok.idx, (o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)), "according to", tok.i))
        elif tok.lower_ == "per" and tok.dep_ == "prep" and (objs := [c for c in tok.children if c.dep_ == "pobj"]):
            o = objs[0]  # "per the party's bylaws" (not "per cent", "$5 per hour")
            if o.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in o.children):
                out.append(_Cue(tok.idx, (o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)), "per", tok.i))
        elif tok.lower_ in ("selon", "según") and tok.i + 1 < len(doc):
            nxt = doc[tok.i + 1]
            if nxt.pos_ == "PRON":  # « Selon elle, ... »: the pronoun, not the clause the parser hung on it
                out.append(_Cue(tok.idx, (nxt.idx, nxt.idx + len(nxt.text)), tok.text, tok.i))
                continue
            end = min(nxt.head.right_edge.idx + len(nxt.head.right_edge.text), _clause_end(doc, nxt))
            out.append(_Cue(tok.idx, (nxt.left_edge.idx, end), tok.text, tok.i))
    return out


def _clause_end(doc, tok) -> int:
    """Where the phrase starting at ``tok`` ends at the latest: the first comma or colon after it."""
    for t in doc[tok.i :]:
        if t.text in (",", ":", ";", "«", "“"):
            return t.idx
    return len(doc.text)


def _introduces_next(text: str, span: _Span, cue: _Cue, spans: list[_Span]) -> bool:
    """'“... on today.” Trump spokesman Jason Miller added, “The Clinton camp ...”': after a
    quotation that ends its sentence, a cue followed by ", “" or ": “" opens the next quotation."""
    if not re.search(r"[.!?…]$", text[span.start : span.end].rstrip()):
        return False
    word_end = cue.pos + len(cue.text)
    return any(0 < s.start - word_end <= 4 and re.fullmatch(r"\s?[,:]\s{0,2}\W?", text[word_end : s.start]) for s in spans)


def _reports_speech(according) -> bool:
    """Whether an "according to" cites the report of a speech its sentence already attributes:
    a speech verb with a subject in the same sentence ("X said ..., according to Z")."""
    for tok in according.sent:
        lemma = (tok.lemma_ or tok.text).lower()
        if tok.pos_ in ("VERB", "AUX") and lemma in CUE_LEMMAS and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return True
    return False


def _pick_cue(doc, span: _Span, cues: list[_Cue], region: tuple[int, int], spans: list[_Span]) -> _Cue | None:
    """The cue that introduces the quotation ``span``, among the cues of ``region`` (the
    sentences the quotation spans, with the rest of the sentence it closes in).

    First a cue the quotation depends on in the parse ("said" governing the
    quoted clause); then the first cue right after the closing mark
    (", said X" / ", X said"); then the nearest cue before the opening mark."""
    cands = [c for c in cues if region[0] <= c.pos < region[1] and not (c.pos > span.end and _introduces_next(doc.text, span, c, spans))]
    if not cands:
        return None
    by_tok = {c.tok: c for c in cands if c.tok >= 0}
    best: tuple[int, _Cue] | None = None
    for tok in doc:
        if not span.start <= tok.idx < span.end or span.start <= tok.head.idx < span.end or tok.head is tok:
            continue
        node, steps = tok.head, 1
        while steps <= 4:
            if node.i in by_tok:
                if best is None or steps < best[0]:
                    best = (steps, by_tok[node.i])
                break
            if node.head is node:
                break
            node, steps = node.head, steps + 1
    if best:
        return best[1]
    after = [c for c in cands if c.pos >= span.end]
    if after:
        first = min(after, key=lambda c: c.pos)
        gap = doc.text[span.end : first.pos]
        if len(gap) <= 60 and not any(ch in gap for ch in "“„«\"") and not any(span.end < s.start < first.pos for s in spans):
            return first
    # a cue whose sentence ended before the opening mark ('..., where Mrs. Clinton also spoke. “Tolerance ...')
    before = [c for c in cands if c.pos < span.start and not re.search(r"[.!?]\s+\W?$", doc.text[c.pos + len(c.text) : span.start])]
    if before:
        return max(before, key=lambda c: c.pos)
    if not after:
        return None
    first = min(after, key=lambda c: c.pos)
    gap = doc.text[span.end : first.pos]
    if len(gap) > 60 and re.search(rf"[.!?…][”\"’'»]*\s+[{UPPER}]", doc.text[span.end - 3 : first.pos]):
        return None  # far off, past the end of a sentence: that cue belongs to the next one
    return first


_LEAD_NAME = re.compile(
    rf"(?<![\w’'.-])(?:(?:Said|Says|Added|Asked|Wrote|Continued|Tweeted)\s+)?(?P<spk>(?:[{UPPER}][\w’'.-]*\s){{0,3}}[{UPPER}][\w’'-]+)\s?:(?=\s|$)"
)


_DASH_NAME = re.compile(rf"[”\"’»]?[\s,]{{0,2}}[―—–]\s?(?P<spk>(?:[{UPPER}][\w’'.-]*\s){{0,3}}[{UPPER}][\w’'-]+)")


def _clip_subject(subj: tuple[int, int] | None, spans: list[_Span], text: str) -> tuple[int, int] | None:
    """A subject span without the quotation the parser hung on it: '“...,” Flynn said'."""
    if not subj:
        return None
    s, e = subj
    for q in spans:
        if q.start - 1 <= s < q.end + 1 or q.start < e <= q.end:
            if q.end + 1 < e:
                s = q.end + 1
            else:
                return None
    while s < e and not (text[s].isalnum() or text[s] in "«"):
        s += 1
    return (s, e) if s < e else None


_AFTER_DASH = re.compile(rf"(?:--|[―—–])\s*(?P<name>(?:[{UPPER}][\w.’'-]*\s?){{1,4}})")


def _past_dash(text: str, subj: tuple[int, int] | None) -> tuple[int, int] | None:
    """The name after a dash when the parser ended the subject at it: in 'were made
    public ― Trump boasted' or 'WASHINGTON -- President Obama, ..., said' the subject
    it returns is 'public ―' or 'WASHINGTON'."""
    if not subj:
        return subj
    s, e = subj
    stripped = text[s:e].rstrip()
    if stripped.endswith(("--", "―", "—", "–")):
        at = s + len(stripped) - (2 if stripped.endswith("--") else 1)
    elif stripped.isupper():  # a dateline place, "WASHINGTON"
        at = s + len(stripped)
    else:
        return subj
    while at < len(text) and text[at].isspace():
        at += 1
    m = _AFTER_DASH.match(text, at)
    if not m:
        return subj
    return m.start("name"), m.start("name") + len(m.group("name").rstrip())


_APPOSED = re.compile(rf",\s(?P<spk>(?:[{UPPER}][\w’'.-]+\s){{1,3}}?[{UPPER}][\w’'-]+)(?=\s*(?:[,.;]|$))")


_OPENS_NEXT = re.compile(r"\A[^\w,;:]{0,3}[^,;:“”\"«»]+[,:]\s*[“\"„«‘]")


_SUBJECT_PRONOUNS = "|".join(sorted(PRONOUNS - {"him", "her"}))  # he, she, er, sie, il, elle, él, ella, ...


_FR_INVERTED = re.compile(r"[^\w\s]{0,3}\s{0,3}(?P<cue>a-t-(?P<pro>il|elle)\s{1,3}\w+)(?!\s{1,3}[A-ZÀ-Þ])")  # "a-t-il déclaré (mardi)."


_ROLE_OF = re.compile(rf"(?<!\w)(?P<role>[{LOWER}][\w-]+)\s+(?:de|da|do|das|dos|del|di|della|dello|of|des|du|för|van)\s+$", re.I)
_NEXT_NAME = re.compile(rf"(?<!\S)\S++\s++(?=[{UPPER}])")  # from a word's start only: linear


def _role_complement(text: str, start: int, end: int) -> tuple[int, int]:
    """A name found after a role and its complement starts after the complement: in 'o secretário de
    Estado Rui dos Santos' the name is "Rui dos Santos", in 'il ministro di Grazia e Giustizia' nothing
    changes.  The name then starts at its first known given name, or else it has three capitalised
    words at least and the first ("Estado", "Defesa") is the complement."""
    role = _ROLE_OF.search(text, 0, start)
    if role is None or role.end() != start or role.group("role").lower() not in TITLE_WORDS:
        return start, end
    words = list(re.finditer(r"\S+", text[start:end]))
    for w in words[1:]:
        if w.group().lower() in _FIRST_NAMES:
            return start + w.start(), end
    capitalised = [w for w in words if w.group()[:1].isupper()]
    if len(capitalised) >= 3 and (nxt := _NEXT_NAME.match(text, start)) and nxt.end() < end:
        return nxt.end(), end
    return start, end


_GENITIVE_THEN_NAME = re.compile(rf"(?<!\s)\s+(?:[{LOWER}][\w-]*\s+){{1,2}}(?P<spk>[{UPPER}][\w’'-]+(?:\s[{UPPER}][\w’'-]+){{1,2}})(?=\s*(?:[,.;]|$))")


def _past_genitive(text: str, start: int, end: int) -> tuple[int, int] | None:
    """An organisation in the genitive before a role and a name: in 'säger Trafikverkets generaldirektör
    Karin Lindqvist.' the speaker is Karin Lindqvist, not "Trafikverkets" (Swedish, Danish, Norwegian,
    German write the owner of a role before it).  Only a single word in -s that is no given name."""
    word = text[start:end]
    if " " in word or not word.endswith("s") or word.lower() in _FIRST_NAMES:
        return None
    m = _GENITIVE_THEN_NAME.match(text, end)
    return (m.start("spk"), m.end("spk")) if m else None


_GENITIVE_ARTICLE = re.compile(r"(?<!\w)(?:του|της|των)\s+$")


# the endings of a Greek noun in the genitive ("Ασπρόλιθου", "Πυροσβεστικής", "Καλαμιώνα"), which
# names a place or a body before a person's name
# (not -ης, -ος: the nominative of most given names, "Στάθης", "Πέτρος"; but "Σώματος", "Πόλεως")
_GREEK_GENITIVE = re.compile(r"(?:ου|ού|ής|ών|ων|ας|άς|α|ά|ατος|άτος|εως)\Z")


def _after_genitive_owner(text: str, start: int, end: int) -> int:
    """Where a name starts after the owner of a role in the genitive: in 'ο εκπρόσωπος του Λιμενικού
    Νίκος Αλεξίου' the name is "Νίκος Αλεξίου" ("του Λιμενικού": of the Coast Guard), in 'ο πρόεδρος της
    κοινότητας Ασπρόλιθου Παναγιώτης Λιάκος' it is "Παναγιώτης Λιάκος".  Greek only: of three capitalised
    words or more, the first goes after a genitive article or when it is in the genitive itself."""
    words = list(re.finditer(r"\S+", text[start:end]))
    first = 0
    while len(words) - first >= 3 and (
        first == 0 and _GENITIVE_ARTICLE.search(text, max(0, start - 6), start) or _GREEK_GENITIVE.search(words[first].group())
    ):
        first += 1
    return start + words[first].start() if words else start


# the capitalised subject right before a quotation, in a language that puts the verb last ("Vali Ahmet
# Yıldırım, "...", "Ayşe Demir ise "...")
_SOV_SUBJECT = re.compile(rf"(?<![\w’'-])(?P<spk>(?:[{UPPER}][\w’'-]+\s){{0,3}}[{UPPER}][\w’'-]+)(?:,|\s(?:ise|de|da))?\s*$")


# Turkish opens the sentence with its subject, then says where it spoke, then quotes and closes with
# the verb: 'Murat Koçak, olay yerinde yaptığı açıklamada “...” ifadelerini kullandı.', 'Vali Ahmet
# Yıldırım yazılı açıklamasında “...” dedi.'  (A comma after the subject, or a statement noun before
# the quotation.)
_TR_STATEMENT = r"açıklamada|açıklamasında|konuşmada|konuşmasında|paylaşımında|mesajında|demecinde|röportajında|muhabirine|gazetecilere"
_TR_OPENING_SUBJECT = re.compile(
    rf"\A[^\w“”\"«»]{{0,3}}(?P<spk>(?:[{UPPER}][\w’'.-]*\s|ve\s){{1,9}}[{UPPER}][\w’'-]+)"
    rf"(?:,\s(?P<adv>[^“”\"«»,]{{0,80}})|\s[^“”\"«»,]{{0,60}}?(?:{_TR_STATEMENT}))\s*,?\s*$"
)
# Turkish puts the organisation and the title before a name ("Kalkanlı Belediye Başkanı Ayşe Kaya",
# "Daire Başkanı Murat Koçak"), or the group the person is one of ("İşçilerden Serkan Doğan": one of the
# workers): the name is what follows the last of them
_TR_TITLE = re.compile(
    r"(?:başkan|müdür|sözcü|vali|bakan|kaymakam|muhtar|komutan|sekreter|üye|yönetici|sorumlu|temsilci|yardımcı|müsteşar"
    r"|koordinatör|uzman|şef|amir|savcı|başhekim|hekim|doktor|öğretmen|kaptan|sahib|sakin|çalışan|işçi|şoför|görevli|memur"
    r"|komiser|müfettiş|direktör|genel\s?müdür|rektör|dekan|avukat|hakim|başsavcı|emniyet\s?müdür|itfaiyeci|sağlıkçı|esnaf)"
    r"(?:[ıiuü]|s[ıiuü]|y[ıiuü])?(?:n[ıiuü]n)?",
    re.I,
)
_TR_ABBREVIATED = {"dr.", "prof.", "doç.", "av.", "op.", "uzm.", "yrd.", "öğr.", "gör.", "müh."}
_TR_ONE_OF = ("lerden", "lardan", "lerten", "lartan")  # "İşçilerden", "Yolculardan", "Sakinlerden": one of them


def _tr_name(text: str, start: int, end: int) -> tuple[int, int]:
    """The name in a Turkish speaker span: after the last title word ("Daire Başkanı", "Vali", "Prof.
    Dr.") or the group the person is one of ("İşçilerden"); at least two words are left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    cut = 0
    for i, w in enumerate(words[:-2] if len(words) > 2 else words[:0]):
        word = w.group()
        if _TR_TITLE.fullmatch(word) or word.lower() in _TR_ABBREVIATED or word.lower().endswith(_TR_ONE_OF):
            cut = i + 1
    return start + words[cut].start(), end


# languages whose verb carries the person, so a cue often has no subject at all
_PRO_DROP = {"es", "it", "pt", "ca", "pl", "ru", "uk", "el", "tr", "ro"}
# around a cue: to whom or where it was said, to the end of the sentence (no capitalised name after it).
# Lower-case words that start otherwise describe the speaker ("– mówi rzeczniczka policji"): no match
_TO_WHOM = (
    r"nam|mi|mu|jej|im|w|we|na|po|podczas|przed|dziennikarzom|reporterom|нам|мне|ему|ей|им|в|во|на|по|журналистам"
    r"|корреспонденту|a|al|ante|en|durante|tras|ao|à|no|em|perante|ai|alla|in|davanti|la|în|pentru|după|στους|στο|σε"
)
_NO_SUBJECT_LEAD = r"\W{0,3}\s*(?:[—–]\s*)?"
_NO_SUBJECT_TAIL = rf"\s+(?:{_TO_WHOM})\s[^{UPPER}\n.;!?]{{0,60}}(?:[.;!?]|$)"


def _cue_words(m: re.Match) -> str:
    """The cue a lexical pattern matched, spaces normalised: "sagte", "ha detto"."""
    return " ".join(m.group("cue").split())


def _lexical_speaker(text: str, span: _Span, sent: tuple[int, int], lang: str) -> tuple[int, int, str, bool] | None:
    """Speaker by cue patterns around the quote, for pipelines without a parser:
    (start, end, cue words, whether the span may run past the name); in Turkish without the titles
    before the name."""
    if lang == "vi":  # the subject before the verb, after the quotation too ('“…”, ông Phạm Văn Tùng nói.')
        found_vi = vi_speaker(text, span.start - 1, span.end, *sent)
        return (*found_vi, False) if found_vi else None
    found = _lexical_speaker_span(text, span, sent, lang)
    if found is not None and lang == "tr" and found[0] < found[1]:
        return (*_tr_name(text, found[0], found[1]), *found[2:])
    if found is not None and lang == "el" and found[0] < found[1]:
        return (_after_genitive_owner(text, found[0], found[1]), *found[1:])
    return found


def _lexical_speaker_span(text: str, span: _Span, sent: tuple[int, int], lang: str) -> tuple[int, int, str, bool] | None:
    cues = f"(?i:{LEXICAL_CUES.get(lang, LEXICAL_CUES['en'])})"  # "Según Anna Berg, «...»" opens a sentence
    after = text[span.end : sent[1]]
    if re.search(r"[.!?…]$", text[span.start : span.end].rstrip()):
        # '“... situation.” Jason Miller added, “The Clinton camp ...”': that cue opens the next quotation
        if _OPENS_NEXT.match(after):
            after = ""
    # '», ha detto il ministro dell'Economia Marco Bianchi': up to six lower-case words
    # (article, role, "dell'Economia"-like attachments, "tenente-coronel") between the cue and
    # the name, the last of them may end with a comma ('dijo el patrón mayor de la cofradía, Manuel Rendón')
    # (a rank abbreviated in lower case may stand before the name: "– poinformowała asp. sztab. Marta Zielińska")
    m = re.match(rf"\W{{0,3}}\s*(?:[—–]\s*)?(?P<cue>{cues})\s+(?:(?:\w+['’])?[\w-]+\s+|[{LOWER}][\w-]*\.\s+){{0,6}}?(?:(?:\w+['’])?[\w-]+,\s+)?{_NAME}", after)
    if m:
        cue = _cue_words(m)
        # a role then the person in apposition: 'disse o ministro das Finanças, João Almeida,',
        # 'sagte der Sprecher des Ministeriums, Max Müller.' (German capitalises the role)
        clause_end = re.search(r"[.;!?]|$", after[m.end("spk") :]).start() + m.end("spk")
        app = _APPOSED.search(after, m.end("spk"), min(clause_end + 1, m.end("spk") + 80))
        if app:
            return span.end + app.start("spk"), span.end + app.end("spk"), cue, False
        s_, e_ = _role_complement(after, m.start("spk"), m.end("spk"))
        if later := _past_genitive(after, s_, e_):
            s_, e_ = later
        s_ = _after_genitive_owner(after, s_, e_)
        return span.end + s_, span.end + e_, cue, False
    m = re.match(rf"\W{{0,3}}\s*(?:[—–]\s*)?{_NAME}\s+(?P<cue>{cues})\b", after)
    if m:
        return span.end + m.start("spk"), span.end + m.end("spk"), _cue_words(m), False
    # a name with its role in apposition: '...,” Flynn, a top Trump surrogate, said Thursday'
    m = re.match(rf"\W{{0,3}}\s*(?:[—–]\s*)?{_NAME},\s[^,;:!?“”\"«»\n]{{1,80}},\s+(?P<cue>{cues})\b", after)
    if m:
        return span.end + m.start("spk"), span.end + m.end("spk"), _cue_words(m), False
    before = text[sent[0] : max(sent[0], span.start - 1)]
    m = re.search(rf"{_NAME}\s+(?P<cue>{cues})\b[^\"“„«]{{0,80}}$", before)
    if m:
        return sent[0] + m.start("spk"), sent[0] + m.end("spk"), _cue_words(m), False
    # the name with its role in apposition before the cue: 'Carmen Villalobos, portavoz del Gobierno, dijo que «...»'
    m = re.search(rf"(?<![\w’'.-]){_NAME},\s[^,;:!?“”\"«»\n]{{1,80}},\s+(?P<cue>{cues})\b[^\"“„«]{{0,80}}$", before)
    if m:
        return sent[0] + m.start("spk"), sent[0] + m.end("spk"), _cue_words(m), False
    m = re.search(rf"(?P<cue>{cues})\s+{_NAME}[^\"“„«]{{0,40}}$", before)
    if m:
        return sent[0] + m.start("spk"), sent[0] + m.end("spk"), _cue_words(m), False
    # a role, then the name in apposition: 'Según el jefe de bomberos, Andrés Gil, «...»'
    m = re.search(rf"(?<!\w)(?P<cue>{cues})\s+(?:(?:\w+['’])?[\w-]+\s+){{0,6}}?(?:\w+['’])?[\w-]+,\s+{_NAME},?\s*$", before)
    if m:
        return sent[0] + m.start("spk"), sent[0] + m.end("spk"), _cue_words(m), False
    # a role, then the name, the quotation after a comma: 'Secondo il prefetto Marco Bellandi, «...»',
    # 'Selon la ministre Anne Roux, « ... »', 'Volgens burgemeester Jan Smit: "..."'
    m = re.search(rf"(?<!\w)(?P<cue>{cues})\s+(?:(?:\w+['’])?[{LOWER}][\w-]*\s+){{0,6}}?{_NAME}\s?[,:]?\s*$", before)
    if m:
        s_, e_ = _role_complement(before, m.start("spk"), m.end("spk"))
        return sent[0] + s_, sent[0] + e_, _cue_words(m), False
    # a subject with a role in lower case: '...,” Tulsa police Chief Chuck Jordan said', '...,” said Del. Stacey Plaskett of ...'
    m = re.match(rf"[^\w\n]{{0,3}}\s*(?P<spk>[{UPPER}][^,;:!?“”\"«»\n]{{0,70}}?)\s(?P<cue>{cues})\b", after)
    if m:
        return span.end + m.start("spk"), span.end + m.end("spk"), _cue_words(m), False
    m = re.match(rf"[^\w\n]{{0,3}}\s*(?P<cue>{cues})\s(?P<spk>[{UPPER}][^,;:!?“”\"«»\n]{{0,70}})", after)
    if m:  # a span that may run past the name ('said Hester. Michael Mulgrew, ...'): its first person
        return span.end + m.start("spk"), span.end + m.end("spk"), _cue_words(m), True
    # a pronoun, or no subject at all, after the cue: '“...”, sagte sie.', '«...», dijo.', '«...», ha detto.'
    # a description after the cue: '“...”, afirmou o advogado.' (the person it introduced, see people.introduced_as)
    m = re.match(rf"\W{{0,3}}\s*(?:[—–]\s*)?(?P<cue>{cues})\s+(?P<spk>{DEFINITE}\s?[^\W\d_]{{3,}})(?:\s?[.,;!?]|$|\s(?:{_CIRCUMSTANCE})\b)", after)
    if m and lang != "en":
        return span.end + m.start("spk"), span.end + m.end("spk"), _cue_words(m), False
    if lang == "tr" and (m := re.match(rf"\W{{0,3}}\s*(?P<cue>{cues})\b", after)):
        # the verb closes the sentence and its subject opens it: 'Vali Ahmet Yıldırım, "..." dedi.'
        if subj := _SOV_SUBJECT.search(before):
            if re.search(rf"(?:(?<!\w)(?:ve|ile|veya)|[{UPPER}][\w’'-]+,)\s*$", before[: subj.start("spk")]):
                return None  # the last of several people ("Ali Demir ve Selin Kurt “...” dedi"): no one speaker
            return sent[0] + subj.start("spk"), sent[0] + subj.end("spk"), _cue_words(m), False
        # ... or a comma, or where it spoke, between the subject and the quotation
        if (subj := _TR_OPENING_SUBJECT.match(before)) and not re.search(rf"[{UPPER}][{LOWER}]+\s[{UPPER}]", subj.group("adv") or ""):
            s_, e_ = _tr_name(before, subj.start("spk"), subj.end("spk"))
            if " ve " in before[s_:e_]:
                return None  # "Ali Demir ve Selin Kurt, ...": two people
            return sent[0] + s_, sent[0] + e_, _cue_words(m), False
    if lang == "fr" and (m := _FR_INVERTED.match(after)):  # '« ... », a-t-il lancé.'
        return span.end + m.start("pro"), span.end + m.end("pro"), _cue_words(m), False
    # (French inverts the pronoun: '« ... », estime-t-il.')
    m = re.match(rf"\W{{0,3}}\s*(?:[—–]\s*)?(?P<cue>{cues})(?:(?:\s+|-t-|-)(?P<pro>(?i:{_SUBJECT_PRONOUNS})))?\s?(?:[.,;!?]|$)", after)
    if m:
        at = span.end + (m.start("pro") if m.group("pro") else m.end())
        return at, span.end + m.end("pro") if m.group("pro") else at, _cue_words(m), False
    # a language that leaves the subject out, the cue followed by where or to whom it was said:
    # '– Musimy ... – powiedział nam w ratuszu.', '«...», dijo a la prensa.': the person the text is about
    if lang in _PRO_DROP and (m := re.match(rf"{_NO_SUBJECT_LEAD}(?P<cue>{cues}){_NO_SUBJECT_TAIL}", after)):
        return span.end + m.end("cue"), span.end + m.end("cue"), _cue_words(m), False
    return None


def _governing_subjects(doc, span: _Span) -> list[tuple[int, int]]:
    """Subjects of the verbs a quoted phrase hangs on, nearest first, when no speech
    verb introduces it: the one who used the words ("The two presidents introduced
    the “War On Drugs”"), or up the clauses, three subjects at most ("A report found
    that the agency could not be sure that money was not coming from “the drug trade”")."""
    for tok in doc:
        if not span.start <= tok.idx < span.end or span.start <= tok.head.idx < span.end or tok.head is tok:
            continue
        out, node = [], tok.head
        for _ in range(8):
            if node.pos_ in ("VERB", "AUX") and (subj := _subject_span(node)) and subj not in out:
                out.append(subj)
                if len(out) == 3:
                    break
            if node.head is node:
                break
            node = node.head
        return out
    return []


def _names_outside(article: Article, para: Paragraph, spans: list[_Span]) -> bool:
    """The paragraph names a person outside its quotations (who may be its new speaker);
    names inside the quoted words are what is said, not who says it."""
    for e in article.entities:
        if e.label in ("PERSON", "PER") and para.offset <= e.start < para.offset + len(para.text):
            if not _inside(e.start - para.offset, spans):
                return True
    return False


def _can_speak(article: Article, start: int, end: int) -> bool:
    """A subject that can have used words: it names a person or an organisation,
    is a personal pronoun, or is a document ("A report released last year found
    ..."); "The Trends Are 'Terrifying'" has no speaker, nor has the "it" of
    "it's crucial to “protect our values”"."""
    words = article.text[start:end].lower().split()
    if len(words) == 1 and words[0] in PRONOUNS:
        return True
    if any(w.strip(",.’'") in _DOCUMENTS for w in words[:6]):
        return True
    return _entity_at(article, start, end, ("PERSON", "PER", "ORG", "NORP")) is not None


def _headline_speaker(attrib: _Attributor, para: Paragraph, before: str) -> tuple[str, int, int, str] | None:
    """The speaker a headline names before a colon: "Rush Limbaugh: Hillary ... ‘Reeks of Fear’",
    "A lesson from Loretta Lynch: ‘Be the voice ...’"."""
    colon = before.rfind(":")
    if colon < 0:
        return None
    start, end = para.offset, para.offset + colon
    ent = _entity_at(attrib.article, start, end)
    if ent is not None:
        return attrib.name_of(ent), ent.start, ent.end, ":"
    lead = _LEAD_NAME.match(before)
    if lead and lead.end("spk") == colon:
        return attrib.named(para.offset + lead.start("spk"), para.offset + lead.end("spk"), ":", end)
    return None


def _sentence_of(pos: int, sents: list[tuple[int, int]]) -> tuple[int, tuple[int, int]]:
    for i, (s, e) in enumerate(sents):
        if s <= pos < e:
            return i, (s, e)
    return len(sents) - 1, sents[-1] if sents else (0, 0)


def _region(span: _Span, sents: list[tuple[int, int]], n: int) -> tuple[int, int]:
    """From the sentence where the quotation opens to the end of the sentence where it closes,
    or a little past the closing mark (the parser often ends a sentence at '?”' before 'Graham asked')."""
    _, first = _sentence_of(span.start, sents)
    _, last = _sentence_of(min(span.end, n - 1), sents)
    return first[0], max(first[1], last[1], min(n, span.end + 60))


def _colon_intro(attrib: _Attributor, para: Paragraph, sents: list[tuple[int, int]], cues: list[_Cue]) -> tuple[str, int, int, str] | None:
    """The speaker announced by a paragraph that ends with a colon ("He said:"), for the
    quotation that opens the next paragraph."""
    text = para.text.rstrip()
    if not text.endswith(":") or not sents:
        return None
    last = sents[-1]
    in_last = [c for c in cues if last[0] <= c.pos < last[1] and c.subj]
    subj = max(in_last, key=lambda c: c.pos).subj if in_last else _clause_subject(para.doc, last[0], len(text))
    if not subj:
        return None
    return attrib.named(para.offset + subj[0], para.offset + subj[1], ":", para.offset + len(text))
