"""review44: code review of session 43's additions (invented texts only)."""

from __future__ import annotations

from parallax.config import Options


def _analysed(ident: str, text: str):
    from parallax.analyze import Analyzer
    from parallax.ingest import content_hash
    from parallax.records import Article

    art = Article(id=ident, text=text, published="2026-12-01", content_hash=content_hash(text), language="en", outlet=ident)
    Analyzer(Options(embedder="hashing")).analyze_all([art])
    return art


# --- one reading of a word in two spellings: house_spellings owns it, copy_changes calls it ------------------------


def test_a_copy_in_the_other_presss_spelling_is_no_change() -> None:
    """"oestrogen" / "estrogen" and "plough" / "plow" are the presses' spellings (:mod:`.house_spellings`), which the copy's
    own near-spelling test missed (another initial; too few letters alike)."""
    from parallax.compare.copy_changes import copy_changes

    text = "The clinic said oestrogen levels were tested in 40 women. A plough team cleared the road near Dunmore."
    styled = "The clinic said estrogen levels were tested in 40 women. A plow team cleared the road near Dunmore."
    assert copy_changes(_analysed("wire", text), _analysed("copy", styled))["changed"] == []
    edited = styled.replace("40 women", "45 women")
    (changed,) = copy_changes(_analysed("wire", text), _analysed("copy", edited))["changed"]
    assert "45 women" in changed["text"]


def test_same_words_respelled_reads_word_for_word() -> None:
    from parallax.compare.copy_changes import _respelled
    from parallax.compare.house_spellings import phrases_spelt_two_ways, same_words_respelled

    assert same_words_respelled(["The", "colour"], ["the", "color"])
    assert not same_words_respelled(["the", "colour"], ["the", "colour", "red"]) and not same_words_respelled([], [])
    assert not phrases_spelt_two_ways("defence ministry", "defence ministry")  # the same phrase is no respelling
    assert _respelled("the 11.4-kilometre tunnel", "the 11.4-kilometer tunnel")
    assert not _respelled("the 11.4-kilometre tunnel", "the 12.4-kilometer tunnel")  # a figure changed
    assert not _respelled("protesters gathered", "rioters gathered")


# --- one reading of an offset's direction: durations.offset_direction, which offset_conflicts calls --------------------


def test_offset_conflicts_read_direction_estimate_and_bound_as_durations_does() -> None:
    from parallax.compare.durations import offset_direction, offsets
    from parallax.compare.offset_conflicts import offset_conflicts
    from tests.helpers import analysed_articles

    a, b, about = analysed_articles(
        [
            "The suspect was arrested two days later in Tarnby.",
            "Police arrested the suspect three days later in Tarnby.",
            "Police arrested the suspect about three days later in Tarnby.",
        ],
        "en",
        "2026-11-20T10:00:00Z",
    )
    within, before = analysed_articles(
        ["Police arrested the suspect within three days in Tarnby.", "Police arrested the suspect three days before the hearing in Tarnby."],
        "en",
        "2026-11-20T10:00:00Z",
    )
    assert offset_conflicts(a, a.sentences[0], b, b.sentences[0]) == [("P2D", "P3D")]
    assert offset_conflicts(a, a.sentences[0], about, about.sentences[0]) == []  # an estimate
    assert offset_conflicts(a, a.sentences[0], within, within.sentences[0]) == []  # a bound
    assert offset_conflicts(a, a.sentences[0], before, before.sentences[0]) == []  # the other direction
    (t,) = [t for t in before.times if t.granularity == "duration"]
    assert offset_direction(before, t) == 1 and offsets(before, before.sentences[0]) == [(1, 3 * 86400.0)]


def test_a_long_run_of_letters_is_no_word_in_two_spellings_and_is_read_fast() -> None:
    """Each rule sliced a word once per "our" in it: a 180,000-letter run took 1.5 s (quadratic).  A scaling bound."""
    import time

    from parallax.compare.house_spellings import spelt_two_ways

    def cost(n: int) -> float:
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            spelt_two_ways("our" * n, "or" * n)
            best = min(best, time.perf_counter() - t)
        return best

    assert cost(40_000) < 40 * max(cost(2_500), 1e-4)
    assert spelt_two_ways("internationalisation", "internationalization")


# --- minimum terms: "sentenced to serve" is the whole sentence ------------------------------------------------------


def test_a_whole_sentence_to_serve_is_no_minimum_term() -> None:
    """"sentenced to serve 12 years" and "will serve 12 years" tell the sentence the court passed, not the least
    time before parole: against "must serve at least eight years" they are two facts, not a conflict."""
    from tests.helpers import first_sentence_conflicts

    def lengths(a: str, b: str) -> list:
        return [(v["a"], v["b"]) for k, v in first_sentence_conflicts(a, b, "en", "2026-11-20T10:00:00Z") if v.get("unit") == "duration"]

    told = "Kerr was jailed for 12 years and must serve at least eight years before parole."
    assert lengths(told, "Kerr was sentenced to serve 12 years in prison.") == []
    assert lengths(told, "Kerr will serve 12 years in prison, the judge ruled.") == []
    assert lengths(told, "Kerr was ordered to serve at least nine years before parole.") == [(["P8Y"], ["P9Y"])]
    assert lengths(told, "Kerr will serve a minimum of nine years.") == [(["P8Y"], ["P9Y"])]


# --- apposed names: the particles of a name are the one list analyze.names owns ---------------------------------------


def test_an_apposed_name_takes_every_particle_of_the_names_lexicon() -> None:
    """apposed_names had its own shorter list of particles: "Omar bin Saleh" after a role's comma was no name."""
    from parallax.analyze.quotes.apposed_names import name_after_apposed_role, name_before_its_body

    role = "le porte-parole du ministère, Omar bin Saleh"
    assert (span := name_after_apposed_role(role)) and role[slice(*span)] == "Omar bin Saleh"
    body = "Omar bin Saleh, de la Fédération, a dit"
    assert (span := name_before_its_body(body)) and body[slice(*span)] == "Omar bin Saleh"
    assert name_after_apposed_role("sa maison mère, General Motors") is None  # no role: no one named


def test_the_heads_of_a_body_are_words_the_titles_lexicon_lacks() -> None:
    """body_heads adds to the titles' lexicon only what it lacks; a word in both is owned by the lexicon."""
    from parallax.analyze.body_heads import _HEADS, ROLES_OF_A_BODY
    from parallax.analyze.titles import TITLE_WORDS

    assert _HEADS.isdisjoint(TITLE_WORDS) and {"dirigente", "leader", "jefe"} <= ROLES_OF_A_BODY
