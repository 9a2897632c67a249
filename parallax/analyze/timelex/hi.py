"""Hindi dates: "कल" and "परसों" look back or ahead as the verb says; words end after their vowel signs."""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units
from parallax.analyze.timelex.hindustani_clock import clock_pattern

# Hindi: "कल" is yesterday or tomorrow and "परसों" the day before yesterday or after tomorrow, as the verb's tense says
# (past "था", "गया", "हुआ"; future "-गा", "-गी", "-गे"). A cue ends before its last vowel sign, where Python's \b stands.
_HI_MARK = r"(?=[ािीुूृेैोौंँः](?![\w\u0900-\u0963]))"
# the part of the day before a clock hour sets its half: "रात 11 बजे" is 23:00, "शाम 7 बजे" 19:00, "तड़के 2 बजे" 02:00;
# "करीब", "लगभग" (about) and "के" may stand between them ("रात के करीब 11 बजे")
_CLOCK_PARTS = {"सुबह": "am", "तड़के": "am", "भोर": "am", "दोपहर": "pm", "शाम": "pm", "रात": "night", "देर रात": "night"}
_CLOCK_LEAD = "के करीब|के क़रीब|के लगभग|करीब|क़रीब|लगभग|तकरीबन|तक़रीबन|के"
# the hours in words ("दोपहर तीन बजे"), and the half-hour words, each the half on the way to the hour given: "ढाई बजे" /
# "ڈھائی بجے" is half past two, "डेढ़ बजे" / "ڈیڑھ بجے" half past one (:mod:`.hindustani_clock`)
_NUMBERS = {"एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8, "नौ": 9,
             "दस": 10, "ग्यारह": 11, "बारह": 12}  # fmt: skip
_HALVES = {"ढाई": 3, "डेढ़": 2}
# "साढ़े 11 बजे" is half past eleven, "सवा 3 बजे" a quarter past three
_MINUTE_WORDS = {"साढ़े": 30, "सवा": 15}
HI = Lexicon(
    day_after="अगले दिन|अगले रोज़|अगले रोज|दूसरे दिन",
    months={"जनवरी": 1, "फ\u093cरवरी": 2, "\u095eरवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "मई": 5, "जून": 6,
            "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11,
            "दिसंबर": 12, "दिसम्बर": 12},
    weekdays={"सोमवार": 0, "मंगलवार": 1, "बुधवार": 2, "गुरुवार": 3, "बृहस्पतिवार": 3, "शुक्रवार": 4, "शनिवार": 5,
              "रविवार": 6, "इतवार": 6},
    relative_days={"आज": 0, "कल": 1, "परसों": 2},
    tense_days={"कल": 1, "परसों": 2},
    marks_in_words=True,
    units=_units(("दिन", "दिनों"), ("हफ्ते", "हफ\u093c्ते", "ह\u095e्ते", "हफ्ता", "हफ\u093c्ता", "ह\u095e्ता", "सप्ताह", "सप्ताहों"),
                 ("महीने", "महीना", "महीनों", "माह"), ("साल", "सालों", "वर्ष", "वर्षों"), ("घंटे", "घंटा", "घंटों"),
                 ("मिनट",), ("दशक", "दशकों")),
    last_words={"पिछले", "पिछली", "पिछला", "बीते", "गत"},
    next_words={"अगले", "अगली", "अगला", "आगामी", "आने वाले"},
    this_words={"इस", "इसी"},
    numbers=_NUMBERS,
    ago_after="पहले|पूर्व",
    # a number and a half in one word: "ढाई साल" (two and a half years), "डेढ़ महीने" (a month and a half)
    and_a_half_words={"ढाई": 2.5, "डेढ़": 1.5, "डेढ": 1.5},
    day_suffix="",
    case_sensitive=False,
    prepositions="वर्ष|साल|सन्",
    refs={"फिलहाल": "PRESENT_REF", "इन दिनों": "PRESENT_REF", "हाल ही में": "PAST_REF", "भविष्य में": "FUTURE_REF"},
    daypart_link="की|के",  # "बुधवार की सुबह" (Wednesday's morning), as Urdu "بدھ کی صبح"
    dayparts={"सुबह": "MO", "दोपहर": "AF", "शाम": "EV", "रात": "NI"},
    weekend="सप्ताहांत",
    sets={"हर दिन": "P1D", "रोज़": "P1D", "रोज": "P1D", "प्रतिदिन": "P1D", "हर हफ्ते": "P1W", "हर साल": "P1Y"},
    each_words="हर|प्रत्येक",
    vague_numbers="कुछ|कई",
    clock=clock_pattern(_CLOCK_PARTS, _CLOCK_LEAD + "|को", _MINUTE_WORDS, _NUMBERS, _HALVES, "बजे", r"बजकर", "मिनट"),  # :mod:`.hindustani_clock`
    hour_words=_HALVES,
    clock_parts=_CLOCK_PARTS,
    clock_lead=_CLOCK_LEAD,
    minute_words=_MINUTE_WORDS,
    past_cues=rf"(?:थ|गय|किय|दिय|लिय){_HI_MARK}|गई|गए|गये|गयी|हुआ|हुई|हुए|पहले"
    # the past of "रहना" (to stay), not the progressive's "रही है": "बारिश मंगलवार तक जारी रही" (the rain went on until
    # Tuesday) is the Tuesday gone, not the coming one an "until" points to with no tense
    r"|रह(?=[ाीे]ं?(?![\w\u0900-\u0963])(?!\s+(?:है|हैं|हो|हों)(?![\w\u0900-\u0963])))"
    # the feminine past of "करना" (did) in a compound verb, "घोषणा की कि" (announced that), "बैठक की।" (held a meeting):
    # the genitive "की" (of) is always followed by its noun, never by "कि" (that) or the end of a clause (the cue ends
    # before its vowel sign, as the others do)
    r"|क(?=ी\s*+(?:कि(?![\w\u0900-\u0963])|[।,]))",
    # "करेगा", "होगी", "जाएंगे": a vowel before the "ग" of the future ("लगी", it caught fire, is past)
    # and what may come: "टकरा सकता है" (could hit), "बारिश की संभावना" (rain is likely), not "सकता था" (could have);
    # each cue ends before its last vowel sign, where \b stands
    future_cues=r"[\w\u0900-\u0963]*(?:[ेोंँू]|ए|ओ)ग(?=[ाीे](?![\w\u0900-\u0963]))|अगले|अगली|आगामी"
    r"|सकत(?=[ाीे](?![\w\u0900-\u0963])(?!\sथ[ाीे](?![\w\u0900-\u0963])))|संभावन(?=ा)|सम्भावन(?=ा)|पूर्वानुमान",
    # a clause opens after a comma, "कि" (that), "और" (and), "लेकिन" (but): its verb comes last, so a cue before it is
    # another clause's ("सड़क बंद कर दी गई है और रविवार तक बंद रहेगी": "रहेगी" places Sunday, not "गई")
    verb_last_clauses=r"[,;]|(?<![\w\u0900-\u0963])(?:कि|और|लेकिन|मगर|परंतु|किंतु)(?![\w\u0900-\u0963])",
    not_after_year="लोग|लोगों|यात्री|यात्रियों|रुपये|रुपए|मीटर|किलोमीटर|टन|घर|मकान",
    holidays={"गणतंत्र दिवस": "01-26", "स्वतंत्रता दिवस": "08-15", "क्रिसमस": "12-25"},
    # an age, no duration: the years said of a person with "to be" or "age" ("वह 60 वर्ष के थे", he was 60; "60 वर्ष की
    # आयु में", at 60); "3 साल के लिए" (for three years) stays a span
    traps=r"\d+\s?(?:वर्ष|साल)\s(?:का|के|की)\s(?:था|थे|थी|है|हैं|हो|आयु|उम्र)(?![\w\u0900-\u0963])",
)
