"""ext44: invented pages in the shapes of news CMSs and hostile inputs (session 44)."""

from __future__ import annotations

from parallax.ingest.decode import decode_bytes


def test_windows_1252_page_declared_utf8_keeps_its_quotes_and_euro() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>Budget</title></head><body><p>The mayor said '
        "“we will invest €5 million” in the café district.</p></body></html>"
    ).encode("cp1252")
    text = decode_bytes(page, "page.html", html=True)
    assert "“we will invest €5 million” in the café district" in text


def test_utf8_page_with_a_windows_1252_paste_keeps_both() -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>Le café est fermé depuis lundi.</p>'.encode()
    page += "<p>Le maire a dit “nous investirons 5 millions d’euros”.</p></body></html>".encode("cp1252")
    text = decode_bytes(page, "page.html", html=True)
    assert "Le café est fermé depuis lundi." in text
    assert "“nous investirons 5 millions d’euros”" in text


def test_cyrillic_windows_1251_page_is_not_read_as_mixed_utf8() -> None:
    page = "<html><body><p>Председатель правительства заявил, что изменений не будет.</p></body></html>"
    text = decode_bytes(page.encode("cp1251"), "page.html", html=True)
    assert "Председатель правительства заявил" in text


_KO_BODY = (
    "<p>서울시는 오는 9월부터 심야 버스 노선을 3개에서 7개로 늘린다고 12일 밝혔다. 새로 추가되는 노선은 강남역과 여의도 등을 지난다.</p>"
    "<p>시 관계자는 \"심야 시간대 시민들의 이동 편의를 높이기 위한 것\"이라고 말했다. 요금은 기존 심야버스와 같은 2500원이다.</p>"
)


def _logo_page(logo: str) -> str:
    return (
        '<html lang="ko"><head><meta charset="utf-8"><title>서울 심야버스 7개 노선으로 확대 - 누리일보</title>'
        '<meta property="og:site_name" content="누리일보"></head><body>'
        f"<div id='header'>{logo}</div><div id='container'><h2 class='headline'>서울 심야버스 7개 노선으로 확대</h2>"
        f"<div itemprop='articleBody'>{_KO_BODY}</div></div></body></html>"
    )


def test_a_logo_in_h1_is_not_the_title() -> None:
    from parallax.ingest.html import article_from_html

    for logo in ("<h1><a href='/'>누리일보</a></h1>", "<h1 class='logo'><a href='/'><img alt='' src='l.png'>누리 NEWS</a></h1>"):
        art = article_from_html(_logo_page(logo), "p", "p.html")
        assert art.title == "서울 심야버스 7개 노선으로 확대"
        assert art.outlet == "누리일보"


def test_an_h1_headline_is_still_the_title() -> None:
    from parallax.ingest.html import article_from_html

    page = _logo_page("<a href='/'>누리일보</a>").replace("<h2 class='headline'>서울 심야버스 7개 노선으로 확대</h2>", "<h1>심야버스 확대</h1>")
    assert article_from_html(page, "p", "p.html").title == "심야버스 확대"


_FR = (
    "<p>Le conseil municipal a adopté lundi soir un plan de rénovation des écoles de la ville, qui doit durer six ans "
    "et concerner vingt établissements.</p>"
    "<p>Les premiers chantiers doivent démarrer à l'été prochain, a précisé l'adjointe chargée de l'éducation devant "
    "les élus de la majorité et de l'opposition.</p>"
)


def test_a_read_also_lead_in_closed_by_a_full_stop_goes_with_its_link() -> None:
    from parallax.ingest.extract import main_text, parse

    page = (
        "<html><head><title>Écoles</title></head><body><article><h1>Écoles</h1>"
        f"{_FR}<p><strong>LIRE AUSSI.</strong> <a href='/velo'>Écoles : le plan vélo prend du retard</a></p>{_FR}"
        "</article></body></html>"
    )
    text = main_text(parse(page))
    assert "plan vélo" not in text
    assert "Les premiers chantiers doivent démarrer" in text


def test_a_closing_note_on_the_writers_beat_goes() -> None:
    from parallax.ingest.closing_bio import without_closing_bio

    story = [
        "De gemeente gaat vanaf volgend jaar betaald parkeren invoeren in drie wijken rond het centrum.",
        "Volgens wethouder Lotte de Vries is de maatregel nodig omdat forenzen de wijken als parkeerplaats gebruiken.",
    ]
    for note in (
        "Pieter Bakker schrijft voor Stadsblad over verkeer en wonen in de stad.",
        "Lena Berg berichtet für die Zeitung über Verkehr und Wohnen.",
        "Ann Roe covers transport and housing for the Ledger.",
    ):
        assert without_closing_bio([*story, note]) == story
    # a person the story named: the closing line is a fact of the story
    named = [*story, "Lotte de Vries schrijft voor de raad een nieuw plan over de wijken."]
    assert without_closing_bio(named) == named


def test_a_korean_reporters_closing_signature_goes() -> None:
    from parallax.ingest.bylines import byline_reason

    for line in ("김민수 기자 minsu@nuri.example", "[누리일보 김민수 기자]", "박지영 특파원"):
        assert byline_reason(line, "last") == "signature"
    # a sentence about a reporter is reporting
    assert byline_reason("김민수 기자가 현장을 취재했다.", "last") is None


def test_a_korean_page_loses_its_signature_but_keeps_its_text() -> None:
    from parallax.ingest.html import article_from_html

    page = _logo_page("<a href='/'>누리일보</a>").replace("</div></div></body>", "<p>김민수 기자 minsu@nuri.example</p></div></div></body>")
    text = article_from_html(page, "p", "p.html").text
    assert "minsu@" not in text
    assert "요금은 기존 심야버스와 같은 2500원이다." in text


def test_a_call_to_get_the_news_on_a_messenger_goes() -> None:
    from parallax.ingest.line_filters import line_reason

    for call in (
        "📲 Receba as notícias do Diário da Serra no WhatsApp. Clique aqui e participe do nosso canal.",
        "Recibe las noticias de Diario del Valle en tu WhatsApp",
        "Rejoignez notre chaîne WhatsApp pour recevoir nos infos",
        "Unisciti al nostro canale WhatsApp",
    ):
        assert line_reason(call) == "promotion", call
    for report in (
        "Many readers get their news from WhatsApp groups rather than from newspapers.",
        "La población recibe noticias por WhatsApp desde el lunes, según el ayuntamiento.",
    ):
        assert line_reason(report) is None, report


def test_a_byline_with_outlet_and_place_after_a_dash_goes() -> None:
    from parallax.ingest.bylines import byline_reason

    for line in ("Por Ana Ribeiro, Folha da Serra — Curitiba", "Por Ana Ribeiro e Jo Lima, g1 RS — Porto Alegre"):
        assert byline_reason(line) == "byline", line
    assert byline_reason("Por Ana Ribeiro, o prefeito disse que não — Curitiba") is None


def test_a_date_printed_in_the_byline_with_the_clock_word_is_read() -> None:
    from parallax.ingest.html import article_from_html

    page = (
        '<html lang="it"><head><meta charset="utf-8"><title>Zona 30 in centro - Voce del Lago</title></head><body>'
        "<article><h1>Zona 30 in centro</h1><p class='byline'>di Giulia Conti | 17 gennaio 2026, ore 08:15</p>"
        "<p>Il consiglio comunale ha approvato ieri sera il nuovo piano del traffico, che prevede una zona a 30 km "
        "orari in tutto il centro storico della città.</p><p>Le nuove regole entreranno in vigore dal primo marzo, "
        "dopo un periodo di prova di due mesi, ha detto l'assessore alla mobilità.</p></article></body></html>"
    )
    art = article_from_html(page, "p", "p.html")
    assert str(art.published).startswith("2026-01-17T08:15")
    assert "gennaio" not in art.text


def test_a_sentence_with_the_hour_word_is_no_date_line() -> None:
    from parallax.ingest.date_lines import is_date_line

    assert is_date_line("17 gennaio 2026, ore 08:15")
    assert not is_date_line("Il 17 gennaio 2026 ore 08:15 votano")


def test_more_read_also_lead_ins_go_with_their_headlines() -> None:
    from parallax.ingest.extract import main_text, parse

    for lead_in, headline in (
        ("Auch lesenswert", "Neues Hallenbad kostet drei Millionen mehr"),
        ("Pour aller plus loin", "Cantines : la ville passe au bio"),
        ("Ti potrebbe interessare", "Nuove piste ciclabili in città alta"),
        ("También te puede interesar", "Los embalses, al 45 % de su capacidad"),
        ("【関連】", "沖縄で梅雨明け　平年並み"),
        ("추천 기사", "자율주행 택시 시범운행 시작"),
        ("طالع أيضا", "حملة تطعيم وطنية ضد الإنفلونزا"),
    ):
        page = (
            "<html><head><title>Rat</title></head><body><article><h1>Rat</h1>"
            f"{_FR}<div class='box'><p>{lead_in}</p><ul><li><a href='/x'>{headline}</a></li></ul></div>{_FR}"
            "</article></body></html>"
        )
        text = main_text(parse(page))
        assert lead_in not in text and headline not in text, lead_in
        assert "Les premiers chantiers doivent démarrer" in text


def test_a_sentence_opening_with_a_lead_in_stays() -> None:
    from parallax.ingest.line_filters import line_reason

    for line in ("Pour aller plus loin, le gouvernement a proposé une réforme.", "Te recomendamos que no salgas de casa, dijo la alcaldesa."):
        assert line_reason(line) is None


def test_a_lead_in_in_brackets_with_its_headline_run_on_goes() -> None:
    from parallax.ingest.related_links import is_related_line

    links = frozenset({"給食の食材費が高騰 献立を見直し", "ホーム"})
    assert is_related_line("【関連】給食の食材費が高騰 献立を見直し", links)
    assert not is_related_line("【関連】ホーム", links)  # a menu's word is no headline


def test_a_cjk_paywall_note_goes_but_a_report_stays() -> None:
    from parallax.ingest.paywall_notes import paywall_note

    assert paywall_note("この記事は有料会員限定です。続きを読むには会員登録が必要です。")
    assert paywall_note("이 기사는 유료 회원 전용 기사입니다.")
    report = "同社は昨年、有料会員限定の記事を増やしたが、" + "会員数は伸び悩み、" * 8 + "方針を見直すことになった。"
    assert not paywall_note(report)


def test_a_second_person_call_to_a_messenger_channel_goes_wherever_it_stands() -> None:
    from parallax.ingest.line_filters import line_reason

    assert line_reason("Per restare aggiornato iscriviti al canale WhatsApp della Voce del Lago.") == "promotion"
    assert line_reason("Il sindaco ha chiesto ai cittadini di iscriversi al canale WhatsApp del Comune entro lunedì.") is None


def test_a_closing_note_giving_the_post_without_article_goes() -> None:
    from parallax.ingest.closing_bio import without_closing_bio

    story = ["Le tribunal administratif a suspendu mardi l'arrêté municipal interdisant les terrasses chauffées en ville."]
    for note in ("Julie Marchand est journaliste au service Société du Courrier.", "Lena Berg ist Redakteurin im Lokalressort."):
        assert without_closing_bio([*story, note]) == story
    named = ["Julie Marchand a saisi le tribunal administratif mardi.", "Julie Marchand est journaliste au service Société."]
    assert without_closing_bio(named) == named


def test_the_prompt_to_log_in_and_comment_goes() -> None:
    from parallax.ingest.line_filters import line_reason

    for prompt in (
        "Vous souhaitez réagir à cet article ? Connectez-vous ou créez un compte.",
        "Inicia sesión para comentar",
        "Melden Sie sich an, um zu kommentieren.",
    ):
        assert line_reason(prompt) == "promotion", prompt
    for report in ("Users must log in to comment, the company said.", "Sign in was disabled after the attack, and comments were closed."):
        assert line_reason(report) is None, report
