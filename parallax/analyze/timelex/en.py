"""English dates: month names and abbreviations, the US slash order, "10 a.m. Tuesday", fiscal quarters, holidays."""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units
from parallax.analyze.timelex.en_strong_past import PAST_CUES, SURE_ONLY, SURE_SHARED
from parallax.analyze.timelex.intents import intent_ahead
from parallax.analyze.timelex.pieces import farewell
from parallax.analyze.timelex.spelled_years import SPELLED_YEAR_EN

# time zones written after a clock time ("9 a.m. EST", "1400 GMT", "0900 ET"): read as part of the time, which
# keeps its local clock value (values carry no zone)
_ZONES = (
    "GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST"
)
# "overnight" as an adverb ("crews worked overnight", "overnight, the fire spread"), not as an adjective before its
# noun ("an overnight stay", "overnight success"): a lower-case word after it is a function word
_AFTER_OVERNIGHT = (
    "to|and|or|but|as|at|in|on|into|onto|from|for|with|without|by|near|before|after|until|till|when|while|so|because|since|then"
    "|amid|despite|across|along|around|through|under|over|outside|inside|the|a|an|his|her|its|their|our|my|your|this|that|there"
    "|and|which|who|where|if|than|again|too|also|only|just|said|says|according"
)

_WEEKDAYS = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6}
# a readiness, an aim, an offer, an agreement, a promise or a plan to do something (see :func:`intent_ahead`)
_INTENT_VERBS = (
    r"ready|prepared|poised|aims?|aiming|hopes?|hoping|seeks?|seeking|wants?|offer(?:s|ed|ing)?|agree(?:s|d|ing)?|"
    r"promis(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|decide(?:s|d)?|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|vow(?:s|ed)?|"
    r"pledg(?:e|es|ed)|schedul(?:e|es|ed)"
)

EN = Lexicon(
    month_first_too=True,
    # "Today" closing a capitalised name after a word in lower case is the name's ("polled by Markets Today",
    # "told USA Today"), not the day of publication; so is one after a capitalised word that opens a sentence
    # ("USA Today reported"), where a day would stand first ("Today the court ..."); a word that ends its
    # sentence is no part of the name ("met on Monday. Today ...")
    # ... and a capitalised "Daily", "Weekly" or "Monthly" before another capitalised word heads a paper's name ("told the
    # Daily Graphic", "the Daily Nation reported", "Weekly Standard"), not a repetition (the set "daily" is lower case)
    traps=r"(?:\b[a-z]+,?\s|\A|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=[\"“‘(]))(?:(?:[A-Z](?:[\w&'’.-]*[\w&'’-])?|(?:[A-Z]\.)+)\s){1,3}Today\b"
    r"|\b(?:Daily|Weekly|Monthly|Nightly)(?=[ \u00a0][A-Z])",
    day_after="the next day|the following day|the day after(?! tomorrow)|the (?:next|following) (?P<part>morning|afternoon|evening|night)",
    day_before="the day before(?! yesterday)|the previous day|the preceding day",
    day_before_parts={"the night before": "NI", "the previous night": "NI", "the evening before": "EV", "the previous evening": "EV"},
    same_day="the same day|that same day|later that day|earlier that day",
    # "in the morning", "late in the evening"; not "the morning of March 3" (a date names it), "in the mornings" (a habit), nor
    # "9 in the morning" (a clock time's part)
    bare_part=r"(?<!\d\s)(?<!o'clock\s)(?<!\w)(?:in|during)\s(?P<x>the\s(?P<part>morning|afternoon|evening|night))(?!\s+of\b)(?![\w-])",
    overnight=rf"overnight(?!\s+(?!(?:{_AFTER_OVERNIGHT})\b)(?-i:[a-z]))",
    # the eve of an event: "the day before the storm", "the day before returning home"
    eve_of=r"(?:the|a|an|his|her|its|their|our|this|that|last|next|[a-z]+ing)\b",
    months={
        "January": 1,
        "February": 2,
        "March": 3,
        "April": 4,
        "May": 5,
        "June": 6,
        "July": 7,
        "August": 8,
        "September": 9,
        "October": 10,
        "November": 11,
        "December": 12,
        "Jan": 1,
        "Feb": 2,
        "Mar": 3,
        "Apr": 4,
        "Jun": 6,
        "Jul": 7,
        "Aug": 8,
        "Sep": 9,
        "Sept": 9,
        "Oct": 10,
        "Nov": 11,
        "Dec": 12,
    },
    weekdays=_WEEKDAYS,
    relative_day_traps=farewell(r"see\s+you\s+tomorrow"),  # a farewell said in quotation marks names no day
    relative_days={
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "Today": 0,
        "Yesterday": -1,
        "Tomorrow": 1,
        "Tonight": 0,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "The day before yesterday": -2,
        "The day after tomorrow": 2,
    },
    units=_units(
        ("day", "days"),
        ("week", "weeks"),
        ("month", "months"),
        ("year", "years", "fiscal year", "fiscal years"),  # "last fiscal year": a company's year, named by the year it ends in
        ("hour", "hours"),
        ("minute", "minutes"),
        ("decade", "decades"),
    ),
    # a weekday of a named week written after it: "Monday last week" is Monday of last week, not the last Monday
    week_mods_after={"last week": -1, "this week": 0, "next week": 1},
    # the year (week, month) before last: two back, as "last year" is one
    rel_periods={f"the {u} before last": (u, -2) for u in ("year", "month", "week")}
    # "by year-end", "by the end of the year": this year's close, named by its year as TimeML does
    | {w: ("year", 0) for w in ("year-end", "year end", "year's end", "year’s end", "the end of the year", "the end of this year")},
    last_words={"last", "previous", "past"},  # "the past year" is last year, as TimeML reads it
    next_words={"next", "coming"},
    this_words={"this", "current"},  # "the current year", "the current fiscal year": this one
    numbers={
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "ninety": 90,
        "hundred": 100,
    },
    ago_after="ago|earlier",
    since_words="since",
    prepositions="in|since|by|until|of|during|from|before|after|between|and|to|through|for|late|mid|end of|early|spring|summer|autumn|fall|winter",
    day_of_month_ordinal="on|by|until|till|since|from|before|after|early|late",
    refs={
        "now": "PRESENT_REF",
        "right now": "PRESENT_REF",
        "currently": "PRESENT_REF",
        "at present": "PRESENT_REF",
        "nowadays": "PRESENT_REF",
        "these days": "PRESENT_REF",
        "at the moment": "PRESENT_REF",
        "at this time": "PRESENT_REF",
        "recently": "PAST_REF",
        "the past": "PAST_REF",
        "recent years": "PAST_REF",
        "recent months": "PAST_REF",
        "recent weeks": "PAST_REF",
        "recent days": "PAST_REF",
        "the future": "FUTURE_REF",
        "the near future": "FUTURE_REF",
        "the near term": "FUTURE_REF",
        "the short term": "FUTURE_REF",
        "the long term": "FUTURE_REF",
        "the coming years": "FUTURE_REF",
        "the coming months": "FUTURE_REF",
        "coming years": "FUTURE_REF",
        "coming months": "FUTURE_REF",
    },
    dayparts={"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"},
    seasons={"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"},
    season_context="in|during|by|since|until|through|over|for|before|after|of|mid|past|and",
    ordinals={"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4},
    quarter_words=("quarter",),
    half_words=("half",),
    match_words=r"goals?|scor(?:ed|ing|es)|minutes?|match(?:es)?|games?|kick-?off|half-?time|penalty|equali[sz]er|striker|touchdown",
    and_a_half=r"and\s(?:a|one)\shalf|1/2|½",  # "5 1/2 hours": a mixed number as the press writes it
    quarter_mods="latest|last|previous|past|recent|most recent|current|this|same|year-earlier|year-ago|year-before|"
    "prior-year|comparable|corresponding|fiscal|first|final|next|coming",
    weekend="weekend",
    sets={"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "nightly": "P1D", "every day": "P1D", "every week": "P1W"},
    each_words="every|each",
    # "year-earlier results", "the year-ago period": a year before, in one word (the quarter a year before in a
    # results story, as "a year ago")
    spelled_year=SPELLED_YEAR_EN,
    # "the '80s", "the nineties", "the early eighties": a decade of the 1900s ("in their forties" is an age: no "the")
    decades=r"the\s(?:(?:early|mid|late)[\s-])?(?:['’](?P<yy>[1-9]0)s|(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
    decade_names={
        "twenties": "192",
        "thirties": "193",
        "forties": "194",
        "fifties": "195",
        "sixties": "196",
        "seventies": "197",
        "eighties": "198",
        "nineties": "199",
    },
    year_anaphora={
        "that year": 0,
        "that same year": 0,
        "the same year": 0,
        "later that year": 0,
        "earlier that year": 0,
        "later that same year": 0,
        "the following year": 1,
        "the year after": 1,
        "the previous year": -1,
        "the year before": -1,
        "the prior year": -1,
        "the preceding year": -1,
    },
    ago_words={"year-earlier": (1, "year"), "year-ago": (1, "year"), "year-before": (1, "year")},
    vague_numbers="a few|a couple of|several|many|few|some|numerous",
    span_words="coming|next|following|last|past",
    plural_units=("days", "weeks", "months", "years", "hours", "minutes", "decades"),
    vague_preps="for|over|within",
    clock=r"(?:(?P<h>\d{1,2})(?:(?:[:.](?P<min>\d{2}))?\s?(?P<ampm>[ap]\.m\.|[ap]\.m\b|[ap]m\b)|:(?P<min24>[0-5]\d)(?![\d:]|[.,]\d))"
    rf"|(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?=\s?(?:{_ZONES})\b)|(?P<noon>noon|midnight|midday))(?:\s?(?:{_ZONES})\b)?",
    clock_attach=True,
    # a results story names a year of accounts by the day it closed: "for the year ended Sept. 30", "the fiscal year
    # ending June 30, 1990", "the 12 months ended"
    # (the day written first, "the year to 31 March", or in figures: not any figure, "cut the forecast for the year to
    # 2.1 per cent" is a forecast cut to a rate, of the year itself)
    year_ended=r"the\s(?:fiscal\s|financial\s|full\s)?year(?=\s(?:that\s)?(?:ended|ending|ends|to)\s+(?:[A-Z][a-z]{2,8}\.?\s\d|\d{1,2}(?:st|nd|rd|th)?\s[A-Z][a-z]{2,8}|\d{1,2}[/.-]\d{1,2}[/.-]\d))",
    # "a high for the year", "For the year, cereal exports were ...", "sales for the full year": TimeBank's DATE of the
    # document's year; not a year of accounts named by its end ("for the year ended 30 June", read above, "for the
    # year to date") nor "the year-earlier period"; "the year before/after" is read as the year anaphora first; "its
    # estimate for the year to 6.5 per cent" is left unread (tests/test_qa48a.py), as before
    year_of_report=r"(?<=\bfor\s)the\s(?:full\s|fiscal\s|financial\s)?year(?![\w-])"
    r"(?!\s(?:that\s)?(?:ended|ending|ends|earlier|ago|old|to\sdate)\b)"
    r"(?!\sto\s(?:[A-Z][a-z]{2,8}\.?\s\d|\d))",
    # a readiness or an aim looks ahead even in a past-tense report ("said it was ready to open talks on Wednesday"):
    # of the weekday a few words on only (not a weekday before it: "Tuesday's declaration ... that it is prepared to bid")
    # so does an offer, an agreement or a promise to do something ("offered to meet the union on Thursday")
    # and so does a schedule told in the present ("The council meets on Monday", "the trial opens Tuesday"), a rule's
    # entry into force among them ("the sanctions take effect on Saturday")
    future_cues=intent_ahead(_INTENT_VERBS, r"to\s+[\w'’-]+", _WEEKDAYS) + "|"
    # a vote to act from a weekday on: the act starts then ("drivers have voted to strike from Monday", written on a
    # Thursday, is the coming Monday); "voted to approve the bill on Monday" keeps the vote's own day, so only "from"
    r"vot(?:e|es|ed|ing)\s+(?:unanimously\s+|overwhelmingly\s+)?to\s+[\w'’-]+(?=(?:\s+[\w'’-]+){0,4}?\s+from\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|"
    r"(?:(?:meets|opens|reopens|starts|begins|resumes|convenes|ends|closes|returns|arrives|departs|travels|visits|hosts|"
    # a team's fixture, with a plural subject too ("The Maple Leafs host Boston on Tuesday", "face", "play"): words
    # rarely a noun before a day (not "start", "visit", "open": "a visit on Tuesday was cancelled")
    r"host|faces?|plays?|"
    # (and a state said to last, "schools remain closed on Friday": the participle is an adjective, no past)
    # (a notice's end told in the present, "the warning expires on Wednesday", "the truce lapses Friday": "expired"
    # is not matched, so a day already gone stays past)
    r"remains?|stays?|expires|lapses|takes place|kicks off|(?:takes?|goes?|comes?) (?:into )?effect|(?:comes?|enters?) into force|gets under ?way|goes on trial|go(?:es)? to the polls|(?<=s )(?<!['’]s )vote on|"
    # "is to resume trading in Milan Tuesday", "as soon as Tuesday", "as early as Monday": a day still to come
    # (and a forecast: "is likely to make landfall on Friday", "is forecast to hit Friday")
    r"(?:is|are) (?:likely |forecast |forecasted |projected |predicted |poised )?to [\w'’-]+|as (?:soon|early) as)"
    r"(?=(?:\s+[\w'’-]+){0,3}?\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))"
    # a day appointed, closing its clause: "called a protest for Saturday.", "the vote is set for Tuesday, …" (not "for
    # Saturday's attack", nor "a service planned for Saturday was canceled", told after the day)
    r"|for(?=\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?\s*(?:[.,;:!?]|$))"
    # "could" and a verb is a possibility, still ahead ("the storm could land on Friday", "the vote could be delayed
    # until Friday"); "could not", "could have" and "could" of the senses are the past's ("could not be reached on
    # Monday", "could see smoke on Monday").  English tells a past ability on one occasion with "could" only under a
    # negation ("was able to" otherwise): a passive after one is a reporter's attempt (see past_cues)
    r"|could(?=\s+(?!(?:not|never|hardly|barely|only|still|have|see|hear|feel|smell)\b)[a-z])"
    # "may" and "might" with a verb are a possibility, which lies ahead ("the vote may be held on Monday", "talks might
    # resume Friday"); not "may have" (a guess about the past) nor the month ("in May": small letters only)
    r"|(?-i:may|might)(?=\s+(?:not\s+|also\s+|well\s+|still\s+|even\s+)?(?!have\b)[a-z])",
    # (a participle after a linking verb is a state, not a past tense: "will stay closed until Friday")
    # (a negation before "could be" and its participle: "neither he nor his parents could be located Wednesday", "no one
    # could be reached"; the cue stands at "could be", nearer the date than the "could" of a possibility)
    past_cues=r"(?:not|never|neither|nor|nobody|no one|none)\b(?:\s+[\w'’-]+){0,4}?\s+(?P<at>could\s+be)(?=\s+[a-z]+(?:ed|en|wn|ught|und)\b)|"
    # ("last" the verb is no past: "repairs are expected to last until June", "the work will last for weeks")
    r"was|were|had|did|said|told|ago|earlier|previously|yesterday|"
    r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bmay )(?<!\bmight )(?<!\bshould )(?<!\bcan )"
    r"last(?!\s+(?:until|till|through|into|beyond|longer|for|well\s+into|at\s+least)\b)|"
    r"(?<!\bstay )(?<!\bstays )(?<!\bremain )(?<!\bremains )(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bget )"
    # (a participle after a determiner is an adjective, no past: "repair every affected car by the end of March"; so is
    # one after a preposition: "will raise the price of subsidised fuel from Saturday", "a plan for injured workers")
    r"(?<!\bthe )(?<!\bevery )(?<!\ball )(?<!\beach )(?<!\bany )(?<!\bno )(?<!\bthese )(?<!\bthose )"
    r"(?<!\bof )(?<!\bfor )(?<!\bwith )(?<!\bfrom )(?<!\binto )(?<!\babout )[a-z]{2,}ed"
    # a strong verb's simple past ("lost to the Hawks on Saturday"): :mod:`.en_strong_past`
    "|" + PAST_CUES,
    sure_past=r"(?:was|were|had|has|have)\s+(?:(?:already|also|first|not|only|just|then|officially|previously|recently)\s+)?"
    r"(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ught|lt|pt|ut|ck|ung|un)|already|"
    # (an -ed word after a determiner is an adjective: "The smaller dividend is payable Jan. 2")
    r"(?<!\bstay )(?<!\bremain )(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bget )(?<!\bbeen )"
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bthis )(?<!\bthat )[a-z]{2,}ed|"
    # a strong verb's simple past, a form its participle does not share ("In January the company sold its unit", "fell",
    # "took", "began"): a past tense beyond doubt, like a regular "-ed"; the forms shared with the participle only where
    # no "be" makes them a passive ("will be sold in January")
    rf"(?:{SURE_ONLY}|(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bget )(?:{SURE_SHARED}))",
    copulas="is|was|be|been|being|'s|’s",  # "a day" after "to be" names a day, measures none (times.durations)
    not_after_year="percent|per cent|people|persons|men|women|children|troops|soldiers|police|officers|workers|employees|jobs|homes|"
    "houses|cars|vehicles|units|shares|votes|tons|tonnes|meters|metres|feet|miles|kilometers|kilometres|acres|points|yards|pounds|"
    "dollars|euros|cases|deaths|students|members|residents|refugees|migrants|hours|seats|calories|square|passengers|flights|times",
    holidays={
        "Christmas": "12-25",
        "Christmas Day": "12-25",
        "Christmas Eve": "12-24",
        "New Year's Day": "01-01",
        "New Year’s Day": "01-01",
        "New Year's Eve": "12-31",
        "New Year’s Eve": "12-31",
        "Boxing Day": "12-26",
        "Halloween": "10-31",
        "Valentine's Day": "02-14",
        "Valentine’s Day": "02-14",
        "St. Patrick's Day": "03-17",
        "St. Patrick’s Day": "03-17",
        "Veterans Day": "11-11",
        "Armistice Day": "11-11",
        "Bastille Day": "07-14",
        "Easter": "easter+0",
        "Easter Sunday": "easter+0",
        "Easter Monday": "easter+1",
        "Good Friday": "easter-2",
        "Thanksgiving": "nth:11:3:4",
        "Thanksgiving Day": "nth:11:3:4",
        "Labor Day": "nth:9:0:1",
        "Memorial Day": "nth:5:0:-1",
        "Martin Luther King Day": "nth:1:0:3",
        "Columbus Day": "nth:10:0:2",
    },
    extend={
        "duration": "the|past|last|next|first|coming|previous|following|final|latest|initial|remaining|entire|full|whole|"
        "additional|another|nearly|almost|about|around|roughly|approximately|more than|less than|fewer than|under|"
        "at least|at most|up to|some|longer than|the last|the past|the next|the first",
        "period": "early|late|mid|earlier|later|the end of|the beginning of|the start of|the middle of|the rest of|"
        "the remainder of|the first half of|the second half of|end of|beginning of|fiscal",
        "day": "late|early|earlier|later",
    },
)
