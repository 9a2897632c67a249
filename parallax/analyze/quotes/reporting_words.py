"""The lexicons of reporting words (English, with a few French, German and Spanish verbs) and the
lemma they are looked up by.

Which verbs say, ask, appeal, intend, name or cite, which nouns claim and which adjectives hold a
stance are lists of words, apart from the parse that reads what each reports (:mod:`.clauses`, which
still exports every name here).  :func:`lemma_of` lives with them because every look-up in these lists
goes through it: the English lemmatizer's slips ("hoped" as "hop") would otherwise miss them.
"""

from __future__ import annotations

# verbs that take reported speech without quotation marks
INDIRECT_LEMMAS = {
    "say", "tell", "state", "add", "announce", "claim", "warn", "argue", "insist", "note", "explain", "write",
    "confirm", "report", "stress", "acknowledge", "admit", "deny", "predict", "suggest", "dire", "déclarer",
    "affirmer", "annoncer", "estimer", "assurer", "sagen", "erklären", "decir", "afirmar",
    "indiquer", "souligner", "expliquer", "préciser", "ajouter", "rappeler", "juger", "considérer", "penser", "croire",
    "reconnaître", "admettre", "promettre", "prévenir", "avertir", "dénoncer", "regretter", "espérer", "craindre",
    "confirmer", "démentir", "répondre", "insister", "révéler", "montrer", "conclure",
    # findings and beliefs are attributed claims too: "a poll shows ...", "the study found ...", "he believes ..."
    "show", "find", "reveal", "indicate", "estimate", "believe", "think", "conclude", "allege", "contend",
    # more verbs of saying and of stance that take a that-clause ("all agreed that ...", "she hopes ...")
    "agree", "emphasize", "emphasise", "complain", "promise", "pledge", "vow", "assert", "maintain", "charge", "recall",
    "respond", "reply", "testify", "concede", "boast", "caution", "hope", "expect", "fear", "worry", "feel", "know",
    "declare", "reiterate", "observe", "remark", "counter", "propose", "recommend", "demand", "signal", "hint",
    # verbs of asking, which report a question in a wh- or "whether" clause ("Lawmakers asked whether the deals ...")
    "ask", "question", "wonder", "inquire", "enquire",
    # more verbs of communication with a that-clause, as grammars list them ("pointed out that", "reminded
    # voters that", "the court ruled that", "she tweeted that", "he joked that")
    "point", "remind", "inform", "assure", "reassure", "notify", "advise", "disclose", "tweet", "post", "joke", "quip",
    "yell", "shout", "scream", "whisper", "lament", "protest", "object", "retort", "brag", "swear", "rule", "imply",
    "speculate", "theorize", "theorise", "posit", "reason", "forecast", "project", "calculate", "convince", "persuade",
    # verbs of knowing and believing (private attitudes the press reports as a source's view: "aides
    # understood that ...", "many experts suspect ...")
    "understand", "assume", "suspect", "learn", "discover", "realize", "realise", "recognize", "recognise", "doubt",
    "imagine", "suppose", "guess", "reckon", "decide", "determine", "wish", "hear", "accept",
}  # fmt: skip

# reporting verbs with a particle that turns them into another act: "will be sworn in" (the oath of office) reports no
# clause after it ("... sworn in when she takes office in January" is no quotation of her)
PARTICLE_ACTS = {("swear", "in")}

# verbs whose object is the one told, not what was said ("The plan failed, she told reporters")
ADDRESSEE_LEMMAS = {"tell", "inform", "assure", "reassure", "remind", "notify", "advise", "warn", "promise", "brief"}

# forms the English lemmatizer gets wrong: "hoped" and "hoping" come out as "hop", "rated" as "rat"
_LEMMA_SLIPS = {"hoped": "hope", "hoping": "hope", "hopes": "hope", "rated": "rate", "rating": "rate"}


def lemma_of(tok) -> str:
    """The lemma of ``tok`` in lower case, with the lemmatizer's known slips put right."""
    return _LEMMA_SLIPS.get(tok.lower_) or (tok.lemma_ or tok.text).lower()


# calls and appeals report what someone asked for: "X called for a ban on ...", "X urged voters to ...",
# "X called on Trump to apologize"
APPEAL_LEMMAS = {"call", "urge", "encourage", "implore", "appeal", "press", "push"}

# directives, whose object and infinitive say what someone was asked or told to do: "The host asked the candidates to
# set out their own plans", "Obama told his advisers to find a way", "the FBI warned officials to boost security"
# (not "order", "invite", "direct": in news most often a deed, "ordered troops to withdraw", "invited Japan to attend")
DIRECTIVE_LEMMAS = {"ask", "tell", "instruct", "advise", "warn", "persuade", "convince", "remind", "challenge", "beg"}
# rules and laws that let or make someone do a thing ("The program allows investors to gain citizenship", "party rules
# let members name stand-ins"): what the rule says
DIRECTIVE_LEMMAS |= {"allow", "permit", "require", "empower", "obligate", "authorize", "authorise"}

# intentions and positions with an infinitive: "Clinton wants to triple AmeriCorps", "Trump refuses to release ..."
INTENT_LEMMAS = {
    "want", "plan", "propose", "promise", "pledge", "vow", "refuse", "decline", "agree", "intend", "threaten", "offer",
    "seek", "aim", "vote", "demand",
    # hopes, wishes and likings with an infinitive are positions too ("Clarke hopes to offset the emissions", "the
    # campaign would like to hold another rally")
    "hope", "wish", "like",
}  # fmt: skip

# naming something: "The campaign called the charges unsubstantiated", "... labelled the plan a disaster"
NAMING_LEMMAS = {"call", "label", "dub", "brand", "deem"}

# what someone pointed to as evidence: "Harris cited insulting remarks Brandt had made about ..."
CITING_LEMMAS = {"cite", "mention"}

# verbs of stating whose object, not only a clause, is what was stated: "Whitaker has acknowledged the reality of
# rising seas", "the ministry denied any involvement in the attacks", "She stressed her support of the raid"
# (not "confirm" or "disclose", whose object is as often a nominee or one's assets)
STATED_OBJECT_LEMMAS = {
    "acknowledge", "admit", "deny", "claim", "announce", "propose", "reveal", "note", "stress", "emphasize", "emphasise",
    "predict", "recommend", "concede", "allege", "question",
}  # fmt: skip

# claims hung on a noun: "Keller's claim that there have been hundreds of burglaries"
CLAIM_NOUNS = {
    "claim", "assertion", "allegation", "argument", "contention", "insistence", "suggestion", "statement", "promise",
    "pledge", "warning", "accusation", "charge", "belief", "view", "prediction", "denial", "admission", "insinuation",
    # more nouns of saying and knowing with a that-clause ("his message that ...", "her acknowledgment that ...")
    "message", "acknowledgment", "acknowledgement", "conclusion", "pronouncement", "announcement", "assurance",
    "concern", "fear", "hope", "expectation", "assessment", "finding", "estimate", "theory", "case", "complaint",
}  # fmt: skip

# light verbs whose object noun is their subject's saying: "The senator issued a warning that ...",
# "Republicans have expressed concern that ...", "the mayor made the case that ..." (not "rejected the claim")
LIGHT_VERBS = {
    "make", "express", "voice", "issue", "raise", "repeat", "reiterate", "renew", "deliver", "send", "air", "share",
    "sound", "offer", "give", "put", "advance", "highlight", "stress", "press", "push",
}  # fmt: skip

# adjectives of certainty and worry with a clause: "She was sure the council would ...", "aides are confident that ..."
STANCE_ADJECTIVES = {
    "sure", "certain", "confident", "convinced", "aware", "adamant", "hopeful", "optimistic", "worried", "concerned",
    "afraid", "fearful", "skeptical", "sceptical", "doubtful", "unsure", "uncertain",
}  # fmt: skip

# verbs of talking that name their topic with a preposition, which may be a question put as a clause:
# "She spoke about how the fight for justice had shaped her life", "officials weighed in about whether ..."
TOPIC_LEMMAS = {"speak", "talk", "comment", "weigh", "disagree", "debate", "spar", "testify", "argue", "ask", "wonder", "complain"}

REPORTING_LEMMAS = INDIRECT_LEMMAS | APPEAL_LEMMAS | DIRECTIVE_LEMMAS | INTENT_LEMMAS | NAMING_LEMMAS | CITING_LEMMAS | TOPIC_LEMMAS
