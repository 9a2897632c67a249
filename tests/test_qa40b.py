"""QA of the core comparison on an earthquake (ru, uk), a ceasefire (ar, en), a factory fire (en, zh, el), an
election result (tr), a price rise (ja), a hostage release (ko) and a ministerial visit (hi) (session 40, helper
qa40b): the general rules it fixed, each tried on a sentence of its own."""

from tests.helpers import analyzed


def test_turkish_surname_alone_opening_the_sentence_speaks() -> None:
    # 'Yıldırım, zafer konuşmasında "…" ifadesini kullandı.' went to the speaker of the quotation before: a subject of
    # one word before where it spoke was read only for a group ("Liderler")
    text = (
        "Belediye başkan adayı Selin Korkmaz seçimi kazandı. Vali Ahmet Demir, \"Sonuçlar kesindir\" dedi.\n\n"
        "Korkmaz, kutlama konuşmasında \"Bu başarı hepimizin\" ifadesini kullandı."
    )
    quotes = {q.text: q.speaker for q in analyzed(text, "tr").quotes}
    assert quotes["Sonuçlar kesindir"] == "Ahmet Demir"
    assert quotes["Bu başarı hepimizin"] != "Ahmet Demir" and "Korkmaz" in (quotes["Bu başarı hepimizin"] or "")
    # a day, or a word in another case, opening the sentence is no subject: the speaker is the one before
    text = "Vali Ahmet Demir, \"Sonuçlar kesindir\" dedi.\n\nDün, yaptığı açıklamada \"Herkese teşekkür ederim\" dedi."
    quotes = {q.text: q.speaker for q in analyzed(text, "tr").quotes}
    assert quotes["Herkese teşekkür ederim"] in ("Ahmet Demir", None)
    text = "Vali Ahmet Demir, \"Sonuçlar kesindir\" dedi.\n\nToplantıda, yaptığı konuşmada \"Herkese teşekkür ederim\" dedi."
    quotes = {q.text: q.speaker for q in analyzed(text, "tr").quotes}
    assert quotes["Herkese teşekkür ederim"] in ("Ahmet Demir", None)
