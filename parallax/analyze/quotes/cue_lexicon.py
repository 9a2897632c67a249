"""The words that introduce a quotation, per language.

Two lexicons, for the two ways a cue is found.  With a dependency parser (English, French), the parser gives each
verb's lemma, so one entry of :data:`CUE_LEMMAS` ("say") covers "said", "says" and "saying" (:mod:`.cues`).  Without
one, :data:`LEXICAL_CUES` holds, per language, the inflected forms news attributes with, as a regular-expression
alternation ("a déclaré", "estime", "ha detto", "dedi"), matched next to a capitalised name (:mod:`.lexical_cues`); a
language missing from it uses the English words.  (Vietnamese keeps its verbs in :mod:`.vietnamese`, which reads its
speakers; the verbs that report speech without quotation marks are :mod:`.reported`'s.)
"""

from __future__ import annotations

from parallax.analyze.quotes.afrikaans_cues import AF_CUES
from parallax.analyze.quotes.called_cues import CALLED, CALLED_VERBS
from parallax.analyze.quotes.plural_cues import PLURAL_CUES
from parallax.analyze.quotes.vietnamese import VI_CUES
from parallax.analyze.quotes.west_african import WEST_AFRICAN_CUES
from parallax.analyze.timelex.sh import cyrillic
from parallax.letters import LOWER, UPPER

# Italian "così" as the cue ("thus said"): only after a closing mark (a comma, a dash between), before an article
# and roles in lower case, then a name of capitalised words (or the description alone) that closes the clause,
# to whom it was said may follow ("ai cronisti")
_IT_SPEAKER_WORDS = rf"(?:(?:il|la|lo|l['’]|i|gli|le)\s?)?(?:[{LOWER}][\w'’-]*\s+){{0,4}}?(?:[{UPPER}][\w'’-]*\s+){{0,3}}[\w'’-]+"
IT_COSI = (
    r"(?:(?<=[”\"»’“],\s)|(?<=[”\"»’“]\s)|(?<=[—–]\s))così"
    rf"(?-i:(?=\s+{_IT_SPEAKER_WORDS}(?:\s+(?:a|ai|al|alla|alle|agli|in|su|dopo|durante)\s[^.;!?]{{0,60}})?\s*(?:[.,;!?]|$)))"
)

# Indonesian "lanjut" (went on), a cue only where a quotation has just closed with its comma ('"...," lanjut Asep.',
# '"...", lanjut Asep.'): "Lebih lanjut" (furthermore) opens sentences, and before a quotation says nothing of who spoke
ID_LANJUT = r"(?:(?<=,[”\"’“]\s)|(?<=[”\"’“],\s))lanjut(?!\w)"

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
    # advice given in quotation marks: « Buvez de l'eau », a recommandé la préfète
    "recommander", "conseiller", "exhorter",
    # reflexive verbs of a reaction, which French attributes with: « ... », s'est félicitée la syndicaliste
    "féliciter", "indigner", "réjouir", "insurger", "alarmer",
    # a quoted phrase hailed, as English "hail", "praise": Henri Castel a salué « un départ douloureux »
    "saluer",
    # German / Spanish (used when a parser provides lemmas)
    "sagen", "erklären", "betonen", "fügen", "warnen", "meinen", "mitteilen", "kritisieren", "schreiben", "sprechen",
    "decir", "afirmar", "declarar", "añadir", "asegurar", "explicar", "señalar", "indicar", "advertir", "subrayar",
}


# words of a lexical cue, for pipelines without a parser
LEXICAL_CUES = {
    "de": r"sagte|sagt|erklärte|erklärt|betonte|betont|meinte|fügte\s+hinzu|fügte|warnte|so|schrieb|kritisierte|teilte\s+mit|ergänzte"
          r"|räumte\s+ein|sagte\s+später|erzählte|erzählt|berichtete|berichtet|versicherte|unterstrich|laut"
          r"|versprach|wiederholte|bestätigte|mahnte|ergänzt|nach\s+Angaben\s+von"
          # advice and demands in quotation marks: '„Trinken Sie viel Wasser“, riet die Landrätin'
          r"|riet|empfahl|forderte"
          # a quoted phrase named as what someone "spoke of": 'Kühn sprach von einem „schwarzen Tag“'
          r"|sprach\s+von|spricht\s+von",
    "es": r"dijo|afirmó|declaró|aseguró|añadió|agregó|explicó|señaló|indicó|según|advirtió|relató|contó|sostuvo|manifestó|expresó|anunció|anuncia"
          r"|precisó|comentó|insistió|recordó|subrayó|lamentó|denunció|reconoció|concluyó|apuntó|detalló|admitió|respondió"
          r"|dice|afirma|asegura|explica|señala|relata|cuenta|añade|sostiene|advierte"
          r"|prometió|garantizó|reiteró|repitió|observó|confirmó|aclaró|promete|garantiza|insiste|recuerda"
          # the summing-up and the imperfect of a scene ("repetía Gil"), and a question put
          r"|resumió|resume|zanjó|repetía|insistía|decía|explicaba|contaba|recordaba|preguntó|pregunta|respondía|lamenta|admite"
          # the verbs of the Latin American press ("externó el gobernador", "acotó", "remarcó") and of a statement
          r"|informó|comunicó|enfatizó|puntualizó|remarcó|acotó|externó|aseveró|expuso|mencionó|destacó|refirió|sentenció"
          r"|informa|enfatiza|puntualiza|remarca|acota|destaca"
          # advice and requests in quotation marks: '"No salgan de casa", recomendó el consejero'
          r"|recomendó|aconsejó|pidió|recomienda|aconseja|pide"
          # a quoted phrase named as what someone "spoke of": 'Haseloff habló de «un mandato claro»'
          r"|habló\s+de|habla\s+de",
    # (a plural subject after the verb too: "« ... », ont déclaré les dirigeants dans un communiqué commun")
    "fr": r"(?:a|ont)\s+(?:déclaré|dit|affirmé|ajouté|souligné|estimé|expliqué|prévenu|averti|assuré|indiqué|précisé|annoncé"
          r"|rappelé|martelé|lancé|confié|répondu|dénoncé|reconnu|poursuivi|conclu|insisté|regretté|commenté|réagi|raconté"
          r"|recommandé|conseillé|exhorté|salué)|selon|salue"
          # French news also attributes in the present tense: "« ... », estime-t-il", "explique la ministre"
          r"|déclare|affirme|estime|prévient|ajoute|explique|souligne|indique|précise|assure|confie|lance|martèle|insiste"
          r"|raconte|dénonce|regrette|poursuit|résume|rappelle|commente|tranche|reconnaît|admet|répond|réagit|conclut|dit"
          r"|recommande|conseille|exhorte"
          r"|(?:a|ont)\s+(?:promis|garanti|répété|observé|confirmé)|promet|garantit|répète|observe|confirme"
          r"|s['’]est\s+(?:félicitée?|indignée?|réjouie?|insurgée?|alarmée?|exclamée?)|se\s+félicite|s['’](?:indigne|insurge|alarme|exclame)",
    "it": r"ha\s+detto|ha\s+dichiarato|ha\s+affermato|ha\s+aggiunto|ha\s+spiegato|ha\s+sottolineato|ha\s+commentato|ha\s+scritto"
          r"|ha\s+annunciato|ha\s+avvertito|ha\s+ribadito|ha\s+raccontato|ha\s+ricordato|ha\s+precisato|ha\s+ammesso"
          r"|ha\s+risposto|ha\s+denunciato|secondo|dice|afferma|dichiara|spiega|aggiunge|racconta|ricorda|sottolinea"
          r"|ha\s+promesso|ha\s+assicurato|ha\s+ripetuto|ha\s+garantito|ha\s+concluso|ha\s+osservato|ha\s+confermato"
          r"|ha\s+replicato|ha\s+insistito|ha\s+chiarito|ha\s+rassicurato|ha\s+evidenziato|ha\s+raccontato"
          r"|promette|assicura|ripete|garantisce|conclude|osserva|conferma|replica|precisa|ribadisce|commenta|ammette"
          # (session 47) the verbs of a sharp reply or a disclosure, in the perfect and the present: '«...», ha attaccato
          # Marco Bellini', '«...», tuona il sindaco', '«...», ha rivelato il procuratore del giocatore'
          r"|ha\s+attaccato|ha\s+tuonato|ha\s+rivelato|ha\s+confessato|ha\s+incalzato|ha\s+rilanciato|ha\s+puntualizzato"
          r"|ha\s+sostenuto|ha\s+accusato|ha\s+ironizzato|ha\s+sbottato|ha\s+esclamato|ha\s+rimarcato|ha\s+specificato"
          r"|ha\s+ammonito|ha\s+lamentato|ha\s+proseguito|ha\s+chiosato|ha\s+confidato|ha\s+esordito|ha\s+segnalato"
          r"|attacca|tuona|rivela|incalza|rilancia|puntualizza|sostiene|accusa|ironizza|sbotta|rimarca|ammonisce|lamenta"
          r"|prosegue|chiosa|insiste|avverte|annuncia|denuncia|ha\s+comunicato|ha\s+informato|ha\s+fatto\s+sapere"
          # "così" with no verb, right after the closing mark, then the speaker and the clause's end:
          # '"...", così il sindaco Marco Bellini.', '«...», così Anna Ferri ai cronisti.' (not "così Roma potrà")
          # a quoted phrase named as what someone "spoke of": 'Haseloff ha parlato di «un mandato chiaro»'
          r"|ha\s+parlato\s+di|parla\s+di"
          rf"|{IT_COSI}",
    "pt": r"disse|afirmou|declarou|acrescentou|explicou|destacou|ressaltou|escreveu|anunciou|alertou|segundo|diz|afirma|declara"
          r"|contou|relatou|lembrou|admitiu|respondeu|garantiu|sublinhou|frisou|defendeu|conta|relata|explica|garante"
          r"|prometeu|assegurou|reiterou|repetiu|concluiu|observou|comentou|salientou|confirmou|promete|assegura|lembra"
          r"|informou|pontuou|completou|avaliou|reforçou|enfatizou|argumentou|ponderou|informa|pontua|completa|avalia|reforça",
    "nl": r"zei|zegt|verklaarde|stelde|aldus|volgens|schreef|voegde\s+eraan\s+toe|benadrukte|waarschuwde|meldde"
          r"|vertelde|vertelt|legde\s+uit|gaf\s+toe|antwoordde"
          r"|beloofde|verzekerde|herhaalde|bevestigde|concludeerde|merkte\s+op|reageerde|benadrukt|waarschuwt"
          r"|stelt|meldt|verklaart|erkende|erkent|schrijft|laat\s+weten|liet\s+weten|lichtte\s+toe|licht\s+toe|vulde\s+aan|vult\s+aan"
          # a quoted phrase someone "spoke of" or "called" something: 'De Boer sprak van „een klap”', 'noemde het „een klap”'
          r"|sprak\s+van|spreekt\s+van|noemde|noemt",
    "en": r"said|says|added|stated|told|noted|warned|according\s+to|wrote|argued|claimed",
    # Catalan narrates the past with "va" and an infinitive ('«...», va dir l'alcaldessa Marta Puig'), the recent
    # past with "ha" and a participle ('ha afirmat el conseller'), and also in the present ('afegeix Puig')
    "ca": r"(?:va|van)\s+(?:dir|declarar|afirmar|afegir|explicar|assegurar|indicar|subratllar|destacar|advertir|precisar"
          r"|recordar|reconèixer|respondre|anunciar|remarcar|manifestar|prometre|denunciar|lamentar|admetre|insistir|concloure"
          r"|comentar|escriure|alertar|apuntar|reiterar|confirmar)"
          r"|(?:ha|han)\s+(?:dit|declarat|afirmat|afegit|explicat|assegurat|indicat|subratllat|destacat|advertit|precisat"
          r"|recordat|reconegut|respost|anunciat|remarcat|manifestat|promès|denunciat|lamentat|admès|insistit|conclòs"
          r"|comentat|escrit|alertat|apuntat|reiterat|confirmat)"
          r"|diu|afirma|declara|explica|assegura|afegeix|indica|subratlla|destaca|adverteix|recorda|reconeix|respon|lamenta"
          r"|insisteix|admet|segons",
    # Swedish, Danish and Norwegian (Bokmål and Nynorsk): mostly present tense after a dash or a quotation
    "sv": r"säger|sa|sade|berättar|berättade|förklarar|förklarade|uppger|uppgav|skriver|skrev|menar|betonar|konstaterar"
          r"|tillägger|lovar|lovade|enligt"
          r"|understryker|framhåller|påpekar|varnar|varnade|svarar|svarade|hävdar|hävdade|bekräftar|bekräftade|medger|tycker",
    "da": r"siger|sagde|fortæller|fortalte|forklarer|forklarede|skriver|skrev|mener|understreger|tilføjer|lover|ifølge"
          r"|udtaler|udtalte|tilføjede|påpeger|advarer|advarede|svarer|svarede|bekræfter|bekræftede|oplyser|oplyste|erkender"
          r"|understregede|påpegede|vurderer|vurderede|konstaterer|konstaterede|fastslår|fastslog|uddyber|uddybede|erkendte",
    "no": r"sier|sa|forteller|fortalte|forklarer|forklarte|skriver|skrev|mener|understreker|legger\s+til|lover|ifølge"
          r"|uttaler|uttalte|påpeker|advarer|svarer|svarte|bekrefter|bekreftet|opplyser|opplyste|innrømmer"
          r"|understreket|påpekte|advarte|innrømmet|vurderer|vurderte|konstaterer|konstaterte|utdyper|utdypet"
          # Nynorsk: "– ..., seier ordførar Kari Nilsen."
          r"|seier|fortel|fortalde|skriv|skreiv|meiner|understrekar|legg\s+til|lovar|ifølgje|svarar|stadfestar",
    # Greek: '«...», δήλωσε ο δήμαρχος Νίκος Παπαδάκης', 'Ο Νίκος Παπαδάκης είπε: «...»'
    "el": r"δήλωσε|είπε|ανέφερε|τόνισε|σημείωσε|πρόσθεσε|υπογράμμισε|εξήγησε|υποστήριξε|δηλώνει|λέει|τονίζει|σύμφωνα\s+με"
          r"|ανακοίνωσε|επισήμανε|επεσήμανε|συμπλήρωσε|διευκρίνισε|απάντησε|παραδέχθηκε|παραδέχτηκε|έγραψε|κατέληξε|ξεκαθάρισε"
          r"|προειδοποίησε|υπενθύμισε|σημειώνει|προσθέτει|επισημαίνει|εξηγεί|εκτίμησε|εκτιμά",  # (estimated, estimates)
    # Turkish names the speaker before the quotation and closes it with the verb: 'Vali Ahmet Yıldırım,
    # "..." dedi.', '"..." diye konuştu.'
    # ('İşçilerden Serkan Doğan, “...” diye anlattı.', 'Murat Koçak, yaptığı açıklamada “...” ifadelerini kullandı.')
    "tr": r"dedi|diye\s+(?:konuştu|ekledi|belirtti|anlattı|vurguladı|açıkladı|sordu|seslendi|haykırdı|yakındı|tepki\s+gösterdi"
          r"|isyan\s+etti|uyardı|ifade\s+etti|kaydetti|aktardı|dile\s+getirdi|cevap\s+verdi|yanıt\s+verdi|paylaştı|yazdı)"
          r"|diyerek|şeklinde\s+(?:konuştu|açıklama\s+yaptı)|ifadelerini\s+kullandı|ifadesini\s+kullandı|sözlerini\s+kullandı"
          r"|ifadelerine\s+yer\s+verdi|sözlerine\s+yer\s+verdi|söyledi|açıkladı|belirtti|ifade\s+etti|kaydetti|anlattı|vurguladı"
          r"|ekledi|sordu|aktardı|bildirdi|dile\s+getirdi|konuştu"
          # "Bakan Murat Aydın, "…" açıklamasını yaptı"; the participle before its speaker: ""…" diyen Ayşe Demir"
          r"|açıklamasını\s+yaptı|açıklamasında\s+bulundu|diyen",
    "pl": r"powiedział[aoy]?|powiedzieli|oświadczył[aoy]?|stwierdził[aoy]?|dodał[aoy]?|podkreślił[aoy]?|zaznaczył[aoy]?|poinformował[aoy]?|podał[aoy]?|podali"
          r"|wyjaśnił[aoy]?|przyznał[aoy]?|napisał[aoy]?|zapewnił[aoy]?|obiecał[aoy]?|ostrzegł[aoy]?|przekazał[aoy]?|według|mówi|mówił[aoy]?|mówili"
          r"|relacjonował[aoy]?|tłumaczył[aoy]?|wyjaśniał[aoy]?|dodawał[aoy]?|twierdzi|uważa|przekonuje|ocenił[aoy]?|ocenia|dodaje|podkreśla|zaznacza|tłumaczy|wyjaśnia|zapewnia|opowiada|relacjonuje"
          r"|przyznaje|ostrzega|komentuje|zapowiedział[aoy]?|zauważył[aoy]?|zauważa|apelował[aoy]?|przypomniał[aoy]?|usłyszeliśmy\s+od"
          r"|odpowiedział[aoy]?|zadeklarował[aoy]?|zaapelował[aoy]?|odparł[aoy]?|oznajmił[aoy]?|ogłosił[aoy]?|wskazał[aoy]?|przekonywał[aoy]?",
    # Indonesian and Malay: '"...," kata Budi Santoso.', '"...," ujarnya.' (-nya: he or she)
    "id": r"kata|ujar|ucap|tutur|tegas|jelas|imbuh|ungkap|terang|katanya|ujarnya|ucapnya|tuturnya|tegasnya|jelasnya"
          r"|imbuhnya|ungkapnya|menurut|mengatakan|menegaskan|menjelaskan|menyatakan|menambahkan"
          # and the verbs that go on or add ('"...," lanjutnya.', '"...," tambah Asep.'), list ('papar'), name ('sebut')
          r"|terangnya|sebut|sebutnya|papar|paparnya|lanjutnya|tambah|tambahnya|bilang"
          # and bare "lanjut" (went on) right after a quotation's closing mark and comma only: '"...," lanjut Asep.'
          # ("Lebih lanjut", furthermore, opens sentences)
          rf"|{ID_LANJUT}",
    "ms": r"kata|ujar|katanya|ujarnya|menurut|memberitahu|menegaskan|menjelaskan|menyatakan|berkata|tambahnya|jelasnya|tegasnya",
    # Swahili: '"...," alisema Juma Mrisho.', 'amesema Mkuu wa Mkoa Neema Kalinga', 'kwa mujibu wa Mrisho' (the
    # subject prefix, a-/wa-, and the tense, -li- past, -me- perfect, -na- present, on one stem)
    "sw": r"(?:a|wa)(?:li|me|na)(?:sema|ongeza|eleza|sisitiza|bainisha|onya|ambia|iambia|waambia|kiambia|andika|jibu|thibitisha)"
          r"|asema|kwa\s+mujibu\s+wa",
    # Tagalog: '"...," sabi ni Palangdan.', 'ani Palangdan', 'ayon kay Palangdan' ("ni", "kay" before a person's name,
    # "ng", "sa" before an office's: 'ani ng PAGASA', 'ayon sa pulisya')
    "tl": r"(?:sabi|sinabi|ani|wika|dagdag|giit|paliwanag|pahayag|tugon|banggit)\s+(?:ni|ng|nina)|ani|ayon\s+(?:kay|kina|sa)",
    "ro": r"a\s+spus|a\s+declarat|a\s+afirmat|a\s+adăugat|a\s+precizat|a\s+explicat|a\s+subliniat|a\s+transmis"
          r"|a\s+arătat|a\s+anunțat|a\s+mai\s+spus|a\s+mai\s+precizat|a\s+avertizat|a\s+susținut|a\s+recunoscut"
          r"|a\s+menționat|a\s+completat|a\s+punctat|a\s+comunicat|a\s+răspuns|a\s+insistat|a\s+comentat|a\s+scris"
          r"|a\s+reiterat|a\s+confirmat|a\s+promis|a\s+asigurat|a\s+mai\s+adăugat|precizează|adaugă|menționează|completează"
          r"|spune|declară|afirmă|explică|subliniază|susține|potrivit|conform|a\s+povestit|povestește",
    # Russian and Ukrainian put a dash after the closing mark: '«...», — заявил глава МЧС Андрей Петров.'
    "ru": r"заявил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|добавил[аи]?|сообщил[аи]?|пояснил[аи]?|признал[аи]?|рассказал[аи]?"
          r"|написал[аи]?|уточнил[аи]?|пообещал[аи]?|заверил[аи]?|предупредил[аи]?|объяснил[аи]?|по\s+словам|считает|говорит|заявляет"
          # a quoted phrase someone called a thing: 'Захарова назвала встречу «попыткой затянуть конфликт»'
          r"|назвал[аи]?|называл[аи]?|называет|называют"
          # the outlet that quotes someone, and the person whose words: '«...», — приводит агентство слова Ивана Петрова'
          # (the name after "слова" is in the genitive, as after "по словам")
          r"|привод(?:ит|ят|ил[аио]?)(?:\s+\S+){0,3}?\s+слова",
    "uk": r"заявив|заявил[аи]|сказав|сказал[аи]|зазначив|зазначил[аи]|наголосив|наголосил[аи]|додав|додал[аи]|повідомив|повідомил[аи]"
          r"|пояснив|пояснил[аи]|розповів|розповіл[аи]|написав|написал[аи]|пообіцяв|пообіцял[аи]|запевнив|запевнил[аи]|попередив"
          r"|попередил[аи]|за\s+словами|вважає|каже|назвав|назвал[аи]|називав|називал[аи]|називає"
          r"|підкреслив|підкреслил[аи]|зауважив|зауважил[аи]|уточнив|уточнил[аи]|відповів|відповіл[аи]|визнав|визнал[аи]"
          r"|поінформував|поінформувал[аи]|нагадав|нагадал[аи]|констатував|констатувал[аи]|наголошує|зазначає|підкреслює|додає"
          r"|навод(?:ить|ять|ив|ил[аои])(?:\s+\S+){0,3}?\s+слова",  # '«...», — наводить агентство слова Івана Петрова'
    # Czech: '„...,“ uvedla mluvčí hasičů Petra Málková.', 'podle Novákové' (the name in the genitive: see .inflection)
    "cs": r"řekl[aio]?|uvedl[aio]?|dodal[aio]?|popsal[aio]?|prohlásil[aio]?|sdělil[aio]?|vysvětlil[aio]?|upozornil[aio]?"
          r"|zdůraznil[aio]?|potvrdil[aio]?|konstatoval[aio]?|napsal[aio]?|poznamenal[aio]?|doplnil[aio]?|vyprávěl[aio]?"
          r"|tvrdil[aio]?|varoval[aio]?|slíbil[aio]?|odpověděl[aio]?|říká|říkal[aio]?|uvádí|dodává|tvrdí|míní|popisuje|vypráví|podle",
    # Hungarian: '„...” – mondta Kiss Gábor', 'Kiss Gábor szerint „...”' (family name first: "Kovács Péter")
    # (a verb with its preverb after it: "– mondta el", "– fejtette ki", "– árulta el", "– szögezte le")
    "hu": r"mondta\s+el|mondták\s+el|fejtette\s+ki|árulta\s+el|szögezte\s+le|húzta\s+alá|jegyezte\s+meg|tudatta|elmondta"
          r"|mondta|mondja|mondták|közölte|közölték|nyilatkozta|nyilatkozták|mesélte|meséli|tette\s+hozzá|hangsúlyozta"
          r"|fogalmazott|emelte\s+ki|jelentette\s+ki|magyarázta|írta|válaszolta|felelte|erősítette\s+meg|figyelmeztetett"
          r"|szerint",
    # Finnish: '”...”, sanoi johtaja Jari Laaksonen.', 'Mikko Virtasen mukaan ”...”' (the genitive: see .inflection)
    "fi": r"sanoi|sanoo|sanovat|kertoi|kertoo|totesi|toteaa|kuvaili|kuvailee|lisäsi|lisää|muistutti|korosti|korostaa"
          r"|vakuutti|arvioi|kirjoitti|vastasi|varoitti|selitti|huomautti|mukaan"
          # confirmed, announced, stressed, specified, admitted, commented, described; and the plurals of said and told
          r"|vahvisti|vahvistaa|ilmoitti|ilmoittaa|tiedotti|painotti|painottaa|tähdensi|tarkensi|myönsi|myöntää|kommentoi"
          r"|kuvasi|sanoivat|kertoivat|totesivat",
    # Bulgarian: '„...“, заяви комисар Стоян Илиев', 'според Илиев'
    "bg": r"каза|заяви|заявиха|посочи|добави|разказа|обясни|подчерта|съобщи|уточни|сподели|коментира|отбеляза"
          r"|предупреди|написа|според|казва|заявява|разказва|твърди"
          # the outlet that quotes someone's words, as Russian 'приводит ... слова': '„...“, цитира агенцията думите на
          # Иван Петров' (Bulgarian has no cases: the name after "на" is as written)
          r"|цитира(?:т|ха)?(?:\s+\S+){0,3}?\s+думите\s+на",
    # Estonian: '"...", ütles päästeameti pressiesindaja Kadri Tamm.', 'Tamm teatas: "..."' (the past and the present)
    "et": r"ütles|ütlesid|sõnas|lausus|teatas|teatasid|kinnitas|märkis|rõhutas|selgitas|lisas|tunnistas|hoiatas|rääkis"
          r"|kommenteeris|tõdes|nentis|vastas|kirjutas|meenutas|lubas|kinnitasid|ütleb|räägib|kinnitab|märgib|lisab|selgitab",
    # Vietnamese: the subject before the verb on either side of the quotation (see .vietnamese)
    "vi": VI_CUES,
}
# Spain's press reports in the present perfect, an auxiliary before the participle: '«...», ha declarado el jefe
# de bomberos, Javier Ortega', 'ha asegurado Ortega' (the Latin American press writes the simple past above)
ES_PERFECT_CUES = (
    r"(?:ha|han)\s+(?:dicho|declarado|afirmado|asegurado|añadido|agregado|explicado|señalado|indicado|advertido|subrayado"
    r"|recordado|reconocido|lamentado|insistido|apuntado|destacado|manifestado|precisado|denunciado|anunciado|respondido"
    r"|comentado|concluido|admitido|sostenido|expresado|relatado|contado|detallado|aclarado|reiterado|confirmado|prometido"
    r"|garantizado|criticado|defendido|avisado|incidido|remarcado|valorado|informado|comunicado)"
)
LEXICAL_CUES["es"] = ES_PERFECT_CUES + "|" + LEXICAL_CUES["es"]
# a group speaks with the verb in the plural: '«...», hanno detto i sindacati', '« ... », affirment les syndicats'
for _lang, _plural in PLURAL_CUES.items():
    LEXICAL_CUES[_lang] += "|" + _plural
# Nordic particle verbs of saying ("added"): the particle follows the subject where it is inverted after the
# quotation ('– ..., la Berg til.', '– ..., la hun til.', '– ..., lade Berg till.', '– ..., føjede Holm til.'), and
# joins its verb where the subject comes first or after both ('la til Berg').  Per language, the verb's forms and its
# particle; the verb is a cue only with its particle closing the clause a few words on (Norwegian "la" alone is
# "laid", "let"), and :mod:`.lexical_cues` reads the particle as the end of the speaker's clause.
NORDIC_PARTICLE_VERBS = {
    "no": ("la|legger|legg", "til"),
    "sv": ("lade|la|lägger", "till"),
    "da": ("føjede|føjer|lagde|lægger", "til"),
}


def _particle_cues(verbs: str, particle: str) -> str:
    """The cue alternation of a particle verb: joined to its particle, or split by a subject of up to five words."""
    return rf"(?:{verbs})\s+{particle}|(?:{verbs})(?=\s+[^\s.,;:!?–—]+(?:\s+[^\s.,;:!?–—]+){{0,4}}\s+{particle}\s*(?:[.,;!?]|$))"


LEXICAL_CUES["sv"] += "|tillade|tillfogade"
# what someone called a thing in quotation marks: 'Kristersson kallade det ”ett svek”', 'kaldte forslaget ”et svigt”',
# 'kalte det «et svik»' (a cue only with the quotation mark, or the text before it ending, a few words on: "kallade in
# förstärkning" reports nothing)
_CALLED = r"(?=(?:\s+[^\s”“\"«»]+){1,4}\s*(?:[”“\"«]|$))"
LEXICAL_CUES |= {lang: LEXICAL_CUES[lang] + f"|(?:{verbs}){_CALLED}" for lang, verbs in
                 (("sv", "kallade|kallar"), ("da", "kaldte|kalder"), ("no", "kalte|kaller|kalla|kallar"))}
for _lang, (_verbs, _particle) in NORDIC_PARTICLE_VERBS.items():
    LEXICAL_CUES[_lang] = _particle_cues(_verbs, _particle) + "|" + LEXICAL_CUES[_lang]
# Norwegian records may say Bokmål or Nynorsk ("nb", "nn"): one table serves both
LEXICAL_CUES |= {"nb": LEXICAL_CUES["no"], "nn": LEXICAL_CUES["no"]}

# Slovak: '„...,“ povedal starosta obce Ján Kováčik.', '„...,“ dodala Hudecová.', 'podľa Hudecovej' (the name in the
# genitive: see .inflection)
_SK_CUES = (r"povedal[aio]?|uviedol|uviedl[aio]|dodal[aio]?|vyhlásil[aio]?|oznámil[aio]?|vysvetlil[aio]?|upozornil[aio]?"
            r"|zdôraznil[aio]?|potvrdil[aio]?|konštatoval[aio]?|napísal[aio]?|poznamenal[aio]?|doplnil[aio]?|priblížil[aio]?"
            r"|tvrdil[aio]?|varoval[aio]?|sľúbil[aio]?|odpovedal[aio]?|opísal[aio]?|informoval[aio]?|hovorí|uvádza|dodáva|tvrdí"
            r"|vysvetľuje|skonštatoval[aio]?|spresnil[aio]?|upresnil[aio]?|zhodnotil[aio]?|priznal[aio]?|ozrejmil[aio]?|objasnil[aio]?"
            r"|podľa")
# Croatian, Bosnian and Serbian put the auxiliary after the participle ('„...“, izjavio je gradonačelnik Marko Jurić.')
# or before it ('Jurić je rekao'); both scripts.  'prema riječima Jurića' names the source in the genitive.
_SH_VERBS = ("rekao|rekla|rekli|izjavio|izjavila|izjavili|dodao|dodala|dodali|kazao|kazala|kazali|naveo|navela|naveli|istaknuo|istakao"
             "|istakla|istakli|naglasio|naglasila|naglasili|objasnio|objasnila|pojasnio|pojasnila|upozorio|upozorila|potvrdio|potvrdila"
             "|poručio|poručila|ocijenio|ocijenila|ocenio|ocenila|napisao|napisala|odgovorio|odgovorila|ispričao|ispričala|saopštio"
             "|saopštila|saopćio|saopćila|priopćio|priopćila|kaže|kažu|tvrdi|smatra|ističe|navodi|dodaje|objašnjava|poručuje"
             # the Croatian feminine and plural of "istaknuo", and remarked, asserted, concluded, admitted, commented, described
             "|istaknula|istaknuli|napomenuo|napomenula|ustvrdio|ustvrdila|zaključio|zaključila|priznao|priznala|komentirao"
             "|komentirala|opisao|opisala|potvrdili|poručili|upozorili")
_SH_VERBS_BOTH = "|".join(dict.fromkeys(_SH_VERBS.split("|") + [cyrillic(w) for w in _SH_VERBS.split("|")]))
_SH_CUES = (rf"(?:(?:je|su|је|су)\s+)?(?:{_SH_VERBS_BOTH})(?:\s+(?:je|su|је|су))?"
            r"|prema\s+riječima|prema\s+rečima|po\s+riječima|po\s+rečima|према\s+речима|по\s+речима|prema|према")
# Slovenian puts the auxiliary before the participle: '»...,« je dejal celjski župan Matej Novak.', 'po besedah župana Novaka'
# (the time or place may stand between the auxiliary and the participle: '»...,« je v torek dejal minister')
# (or to whom: '»...,« je novinarjem dejal minister.', '»...,« je za STA povedal J. Novak.', "je za časnik Delo dejal")
SL_WHEN = r"(?:(?:v|ob|na)\s+[\w]+|včeraj|danes|zjutraj|zvečer|sinoči|še|novinarjem|medijem|za\s+(?:[\w.]+\s+)?[\w.]+)"
_SL_CUES = (rf"(?:je\s+(?:{SL_WHEN}\s+){{0,2}}|so\s+(?:{SL_WHEN}\s+){{0,2}})?(?:dejal[aie]?|povedal[aie]?|dodal[aie]?|izjavil[aie]?|poudaril[aie]?|pojasnil[aie]?"
            r"|opozoril[aie]?|zatrdil[aie]?|ocenil[aie]?|zapisal[aie]?|odgovoril[aie]?|sporočil[aie]?|napovedal[aie]?|obljubil[aie]?)"
            r"|pravi|dodaja|meni|poudarja|pojasnjuje|po\s+besedah|po\s+mnenju")
LEXICAL_CUES |= {"sk": _SK_CUES, "hr": _SH_CUES, "bs": _SH_CUES, "sr": _SH_CUES, "sl": _SL_CUES}
# Lithuanian sets a dash after the closing mark ('„...“, – sakė ugniagesių atstovas Tomas Petrauskas.'), Latvian a comma
# ('"...," sacīja Jānis Bērziņš.'); "pasak", "anot" (according to) and Latvian "pēc ... teiktā" name the source in the
# genitive ("pasak Petrausko", "pēc Bērziņa teiktā": see .inflection)
# (to whom it was said may stand before the verb: '„...“, – žurnalistams sakė G. Paluckas.', "– BNS sakė ministras",
# "aģentūrai LETA sacīja"; an agency is an acronym in capitals, matched case-sensitively inside the cues' (?i:))
LT_TO_WHOM = (r"(?:žurnalistams|spaudai|Eltai|radijui|televizijai|portalui\s+[\w.]+|(?:naujienų\s+)?agentūrai(?:\s+(?-i:[A-ZĄČĘĖĮŠŲŪŽ]{2,6}))?"
          r"|(?-i:[A-ZĄČĘĖĮŠŲŪŽ]{2,6}(?:\.lt)?))\s+")
LV_TO_WHOM = (r"(?:žurnālistiem|presei|radio|televīzijai|portālam\s+[\w.]+|(?:ziņu\s+)?aģentūrai(?:\s+(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,6}))?"
          r"|(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,6}))\s+")
_LT_CUES = (rf"(?:{LT_TO_WHOM})?(?:sakė|teigė|pareiškė|pažymėjo|pabrėžė|pridūrė|tvirtino|patikino|paaiškino|aiškino|nurodė|pranešė|kalbėjo)|akcentavo"
            r"|sakė|teigė|pareiškė|pažymėjo|pabrėžė|pridūrė|tvirtino|patikino|paaiškino|aiškino|nurodė|pranešė|kalbėjo|akcentavo"
            r"|komentavo|atsakė|rašė|perspėjo|įspėjo|sako|teigia|pažymi|pabrėžia|tvirtina|aiškina|priduria|pasak|anot"
            r"|pasakojo|papasakojo|pasakoja|patvirtino|informavo")
_LV_CUES = (rf"(?:{LV_TO_WHOM})?(?:sacīja|teica|paziņoja|norādīja|uzsvēra|piebilda|skaidroja|apgalvoja|atzina|stāstīja|pauda|atbildēja)"
            r"|sacīja|teica|paziņoja|norādīja|uzsvēra|piebilda|skaidroja|apgalvoja|atzina|stāstīja|pauda|brīdināja|atbildēja"
            r"|rakstīja|atzīmēja|saka|norāda|uzsver|stāsta|skaidro|piebilst|atzīst|pastāstīja|apstiprināja|informēja"
            # "pēc Bērziņa teiktā": the preposition, when "teiktā" (said) closes the source within four words
            r"|pēc(?=(?:\s+[\w-]+){1,4}?\s+teiktā)")
LEXICAL_CUES |= {"lt": _LT_CUES, "lv": _LV_CUES}
LEXICAL_CUES |= {"af": AF_CUES, **WEST_AFRICAN_CUES}  # Afrikaans "het ... gesê" (:mod:`.afrikaans_cues`), Hausa, Yoruba (:mod:`.west_african`)

# Dutch splits a separable reporting verb: the finite part stands second in its clause and the particle (or the
# infinitive after "laten") closes it, with the subject, the time or the addressee between ('"...," liet Jansen
# weten.', "Jansen liet dinsdag aan de NOS weten dat ...", "deelde ... mee", "gaf ... aan", "maakte ... bekend").
# The finite part is a cue only when its particle ends the clause (before a stop, a comma, a colon, a quotation
# mark or "dat"): "liet het gebouw ontruimen", "gaf de prijs aan de winnaar" report nothing.
NL_SEPARABLE = {"liet|laat|lieten|laten": "weten", "deelde|deelt|deelden|delen": "mee", "gaf|geeft|gaven": "aan",
                "maakte|maakt|maakten": "bekend", "voegde|voegt|voegden": r"(?:eraan[ \u00a0]+)?toe", "legde|legt|legden": "uit",
                "merkte|merkt|merkten": "op", "vulde|vult|vulden": "aan"}  # fmt: skip
_NL_BETWEEN = r"(?:[ \u00a0]+[^\s.,;:!?\"“”«»„]+){0,8}?"  # up to eight words of the clause (one per run of spaces: linear)
_NL_CLAUSE_END = r"(?=[ \u00a0]*(?:[.,;:!?\"“”«»]|$)|[ \u00a0]+dat(?!\w))"
LEXICAL_CUES["nl"] += "".join(
    rf"|(?:{finite})(?={_NL_BETWEEN}[ \u00a0]+{particle}{_NL_CLAUSE_END})" for finite, particle in NL_SEPARABLE.items()
)

# (session 42) German splits its separable reporting verbs the same way: "Die Polizei teilte am Montag mit, ...",
# "Die Feuerwehr gab am Sonntag bekannt, dass ...": the finite part, up to four words of the clause (the time,
# the addressee), and the particle closing it
DE_SEPARABLE = {"teilte|teilt|teilten": "mit", "gab|gibt|gaben": "bekannt", "räumte|räumt|räumten": "ein",
                "fügte|fügt|fügten": "hinzu", "wies|weist|wiesen": "darauf[ \u00a0]+hin"}  # fmt: skip
DE_SEPARABLE_VERBS = "|".join(
    rf"(?:{finite})(?:[ \u00a0]+[^\s.,;:!?\"“”„«»]+){{0,4}}?[ \u00a0]+{particle}" for finite, particle in DE_SEPARABLE.items()
)
# (and the finite part is a cue, as in Dutch, when its particle closes the clause: so that "am Montag" after
# "teilte" dates the telling, :mod:`parallax.compare.reporting_times`)
LEXICAL_CUES["de"] += "".join(
    rf"|(?:{finite})(?=(?:[ \u00a0]+[^\s.,;:!?\"“”„«»]+){{0,4}}?[ \u00a0]+{particle}(?:[ \u00a0]*[.,;:!?\"“”«»„]|$|[ \u00a0]+dass(?!\w)))"
    for finite, particle in DE_SEPARABLE.items()
)
# verbs of calling a thing by quoted words, in the languages beyond the Nordic ones (:mod:`.called_cues`)
LEXICAL_CUES |= {lang: LEXICAL_CUES[lang] + f"|(?:{verbs}){CALLED}" for lang, verbs in CALLED_VERBS.items() if lang in LEXICAL_CUES}
