"""Verbs of calling a thing by quoted words: "ha definito la situazione «molto grave»" is the mayor's verdict.

News quotes a speaker's verdict on a thing as the words they called it by: Italian "ha definito la situazione «molto
grave»", Spanish "calificó la situación de «muy grave»", Portuguese "classificou a situação como «muito grave»",
German "bezeichnete die Lage als „sehr ernst“", Romanian "a numit situația „foarte gravă”", Polish "nazwał sytuację
„bardzo poważną”", Czech "označil situaci za „velmi vážnou“", Russian "назвал ситуацию «очень серьёзной»", Greek
"χαρακτήρισε την κατάσταση «πολύ σοβαρή»".  These verbs report speech only with the quotation mark a few words on ("he
called the police", "nazwał syna Janem" report nothing), as the Nordic "kallade det ”ett svek”" already is (the
lookahead is the cue lexicon's ``_CALLED``, which this module's verbs share).
"""

from __future__ import annotations

CALLED_VERBS = {
    "it": r"ha\s+definito|definisce|ha\s+bollato|bolla|ha\s+descritto|descrive",
    "es": r"calificó|califica|definió|define|describió|describe|tildó|tilda|ha\s+calificado|ha\s+definido|ha\s+descrito",
    "pt": r"classificou|classifica|qualificou|qualifica|definiu|define|descreveu|descreve|chamou|chama",
    "de": r"bezeichnete|bezeichnet|nannte|nennt",
    "ro": r"a\s+calificat|a\s+numit|a\s+descris|a\s+caracterizat|califică|numește",
    "pl": r"nazwał[aoy]?|określił[aoy]?|nazwali|określili|nazywa|określa",
    "cs": r"označil[aoy]?|nazval[aoy]?|označuje|nazývá",
    "sk": r"označil[aoy]?|nazval[aoy]?|označuje|nazýva",
    "ru": r"назвал[аи]?|охарактеризовал[аи]?|называет",
    "uk": r"назвав|назвал[аи]|охарактеризував|охарактеризувал[аи]|називає",
    "el": r"χαρακτήρισε|χαρακτηρίζει|αποκάλεσε|αποκαλεί",
    "hu": r"nevezte|minősítette",
    "fi": r"kutsui|luonnehti|kuvaili",
    "nl": r"noemde|noemt",
    "sl": r"označil[aio]?|imenoval[aio]?",
    "hr": r"nazvao|nazvala|opisao|opisala|ocijenio|ocijenila",
    "bg": r"определи|нарече|окачестви",
}
# the quotation mark a few words on (one to four words of the thing called, "die Lage als"), or the end of the text
# before the quotation: the lexicon's check that the verb introduces quoted words
CALLED = r"(?=(?:\s+[^\s”“\"«»„]+){1,4}\s*(?:[”“\"«„]|$))"
