"""ext45: live-blog headings, short standfirsts, CJK spacing in titles, tiny single-byte pages, furniture shapes."""

from __future__ import annotations

import pytest

from parallax.ingest.decode import decode_bytes
from parallax.ingest.html import article_from_html, extract_main_text

_ENTRIES = (
    ("09:15", "Ferries cancelled across the strait", "All ferry crossings between the two ports were cancelled this morning after waves of more than eight metres were recorded."),
    ("10:40", "Power cut for 12,000 homes", "About 12,000 homes in the northern districts lost power when a pylon collapsed near the motorway junction, the grid company said."),
    ("11:05", "Schools close early", "The regional education office told all primary schools to close at noon so that children can get home before the strongest gusts."),
    ("12:30", "Red warning extended to the coast", "The weather service extended its red warning to the whole coastline until midnight and urged people to stay indoors."),
)


def _live_blog(entry: str) -> str:
    entries = "".join(entry.format(time=t, heading=h, text=x) for t, h, x in _ENTRIES)
    return (
        '<html lang="en"><head><meta charset="utf-8"><title>Storm Elsa live: latest updates</title>'
        '<meta property="og:type" content="article"></head><body><nav><a href="/">Home</a></nav><main><article>'
        f"<h1>Storm Elsa live: latest updates</h1><div class=\"live-entries\">{entries}</div></article></main></body></html>"
    )


_SHAPES = {
    "header": '<div class="entry"><header class="entry-header"><time>{time}</time><h2>{heading}</h2></header><p>{text}</p>'
    "<p>More details will follow as we get them from the authorities.</p></div>",
    "meta": '<div class="entry"><div class="entry-meta"><time>{time}</time><h2>{heading}</h2></div><p>{text}</p>'
    "<p>More details will follow as we get them from the authorities.</p></div>",
    "short": '<div class="entry"><time>{time}</time><h2>{heading}</h2><p>{text}</p></div>',
    "permalink": '<div class="entry"><time>{time}</time><h2 class="entry-title"><a href="#post">{heading}</a></h2><p>{text}</p>'
    "<p>More details will follow as we get them from the authorities.</p></div>",
}


@pytest.mark.parametrize("shape", sorted(_SHAPES))
def test_live_blog_keeps_each_entry_heading_with_its_time_in_order(shape: str) -> None:
    text = article_from_html(_live_blog(_SHAPES[shape]), "a", "live.html").text
    positions = []
    for time, heading, body in _ENTRIES:
        assert f"{time} – {heading}" in text
        positions += [text.index(f"{time} – {heading}"), text.index(body)]
    assert positions == sorted(positions)


_SUBSTACK = """<html lang="en"><head><meta charset="utf-8"><title>The port strike is over - by Ann Roe</title>
<meta property="og:type" content="article"><meta property="og:title" content="The port strike is over">
<meta name="description" content="Dockers accept a three-year deal after nine weeks of talks."></head><body><article class="post">
<div class="post-header"><h1 class="post-title published">The port strike is over</h1>{subtitle}
<div class="post-ufi"><a href="/like">Like</a> <a href="/comments">Comment</a> <a href="/share">Share</a></div>
<div class="post-meta"><a href="/profile/ann">Ann Roe</a><div class="post-date">Mar 2, 2026</div></div></div>
<div class="available-content"><div class="body markup">
<p>Dockers at the country's three largest ports voted on Friday to accept a three-year pay deal, ending a strike that had lasted nine weeks and left hundreds of ships waiting offshore.</p>
<p>The agreement raises basic pay by 11 percent over three years and caps weekend shifts at two a month, according to the union.</p>
<p>Exporters of fruit and machinery, who had diverted cargo to ports abroad, said it would take at least a month to clear the backlog.</p>
</div></div></article></body></html>"""


@pytest.mark.parametrize(
    "subtitle",
    ['<h3 class="subtitle">What the deal means for exporters</h3>', '<h3>What the deal means for exporters</h3>', '<p class="deck">What the deal means for exporters</p>'],
)
def test_short_subtitle_under_the_headline_is_kept_above_the_body(subtitle: str) -> None:
    text = extract_main_text(_SUBSTACK.format(subtitle=subtitle)) or ""
    assert text.split("\n")[0] == "What the deal means for exporters"
    assert "Dockers at the country's three largest ports" in text.split("\n")[1]


def test_blog_tagline_under_a_logo_heading_is_not_a_subtitle() -> None:
    page = _SUBSTACK.format(subtitle="").replace(
        '<article class="post">',
        '<div class="site-branding"><h1 class="site-title"><a href="/">Harbour Notes</a></h1>'
        '<h2 class="site-description">Letters from the docks and beyond</h2></div><article class="post">',
    )
    assert "Letters from the docks" not in (extract_main_text(page) or "")


_JA_BODY = (
    "<p>東京都は２日、新たに３１２人の感染を確認したと発表した。前の週の同じ曜日より４０人多い。都の担当者は「引き続き警戒が必要だ」と話している。</p>"
    "<p>重症者は１５人で、前日から２人減った。</p>"
)


@pytest.mark.parametrize("head", ["<title>東京都　新たに３１２人感染 - 毎朝新聞</title>", "<title>毎朝新聞</title>"])
def test_ideographic_space_in_a_japanese_title_is_kept(head: str) -> None:
    page = f'<html lang="ja"><head><meta charset="utf-8">{head}</head><body><article><h1>東京都　新たに３１２人感染</h1>{_JA_BODY}</article></body></html>'
    assert article_from_html(page, "a", "ja.html").title == "東京都\u3000新たに３１２人感染"


@pytest.mark.parametrize(
    "line",
    ["Le mot « Ã© » remplace é.", "Mit freundlichem „Gruß“ aus Köln.", "Un « CAFÉ» à Lyon."],
)
def test_tiny_windows_1252_page_with_a_chance_utf8_sequence_stays_windows_1252(line: str) -> None:
    page = f"<html><head><title>Note</title></head><body><p>{line}</p></body></html>"
    assert line in decode_bytes(page.encode("cp1252"), "note.html", html=True)


def test_utf8_page_with_one_pasted_windows_1252_quote_is_still_utf8() -> None:
    page = "<html><body><p>Le café ouvre lundi, ".encode() + "dit l’adjoint.</p></body></html>".encode("cp1252")
    assert "Le café ouvre lundi, dit l’adjoint." in decode_bytes(page, "note.html", html=True)


def _page(lang: str, title: str, inner: str) -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title><meta property="og:type" content="article"></head>'
        f'<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>{title}</h1>{inner}</article></main>'
        "<footer><p>© 2026 Example Media</p></footer></body></html>"
    )


def test_headings_with_empty_spacer_blocks_inside_are_kept() -> None:
    spacer = '<div class="height-spacer"></div>'
    inner = "<p>Cooking once on Sunday saves hours during the week, and these menus are planned so that every meal reuses what you cooked.</p>"
    for plan, text in (("A", "Roast two trays of vegetables and a kilo of chicken thighs."), ("B", "Cook a big pot of lentil soup with carrots.")):
        inner += f"<h2><strong>{spacer}Menu for Plan {plan}{spacer}</strong></h2><p>{text} Portion it into five boxes for the week ahead.</p>"
    lines = (extract_main_text(_page("en", "Meal prep for a busy week", inner)) or "").split("\n")
    assert "Menu for Plan A" in lines and "Menu for Plan B" in lines
    assert lines.index("Menu for Plan A") < lines.index("Menu for Plan B")



# invented pages in several languages, one furniture shape each: (language, title, body, kept, dropped)
_SHAPED = {
"de_newsletter": ("de", "Stadtrat beschließt neues Busnetz",
 "<p>Der Stadtrat hat am Dienstag mit großer Mehrheit ein neues Busnetz beschlossen, das ab Januar gelten soll und zwölf neue Linien vorsieht.</p>"
 "<div class=\"newsletter-box\"><h3>Der Morgen-Newsletter</h3><p>Jeden Tag um sechs Uhr die wichtigsten Nachrichten aus der Region in Ihrem Postfach.</p><form><input type=\"email\"><button>Jetzt abonnieren</button></form></div>"
 "<p>Die Verkehrsbetriebe rechnen mit Kosten von 14 Millionen Euro pro Jahr, die zum Teil vom Land getragen werden sollen.</p>"
 "<p>Kritik kam von der Opposition, die eine bessere Anbindung der Außenbezirke gefordert hatte.</p>",
 ["zwölf neue Linien", "14 Millionen Euro", "Außenbezirke"], ["Postfach", "Morgen-Newsletter"]),
"fr_blockquote": ("fr", "Le maire annonce la fermeture du pont",
 "<p>Le maire de la ville a annoncé lundi la fermeture du pont principal pour six mois, à partir du 1er avril, en raison de fissures découvertes lors d'une inspection.</p>"
 "<blockquote><p>« Nous n'avons pas le choix, la sécurité des habitants passe avant tout », a déclaré le maire devant le conseil municipal.</p></blockquote>"
 "<p>Une navette gratuite sera mise en place entre les deux rives pendant toute la durée des travaux.</p>",
 ["fermeture du pont principal", "la sécurité des habitants passe avant tout", "navette gratuite"], []),
"es_related": ("es", "El Gobierno aprueba la subida del salario mínimo",
 "<p>El Consejo de Ministros aprobó este martes una subida del salario mínimo del 4 % para el próximo año, que beneficiará a unos dos millones de trabajadores.</p>"
 "<div class=\"related-news\"><h4>Noticias relacionadas</h4><ul><li><a href=\"/a\">La patronal rechaza la subida del salario mínimo</a></li><li><a href=\"/b\">Los sindicatos convocan una huelga general</a></li></ul></div>"
 "<p>La medida entrará en vigor el 1 de enero y tendrá carácter retroactivo para los contratos firmados desde octubre.</p>"
 "<p>La patronal ha criticado la decisión por considerar que no se ha negociado lo suficiente.</p>",
 ["salario mínimo del 4 %", "1 de enero", "no se ha negociado"], ["Noticias relacionadas", "Los sindicatos convocan"]),
"it_caption": ("it", "Crolla un tratto di muro a Pompei",
 "<p>Un tratto di muro di circa tre metri è crollato nella notte in una domus degli scavi di Pompei, senza causare feriti, ha reso noto il parco archeologico.</p>"
 "<figure><img src=\"/m.jpg\" alt=\"Il muro crollato\"><figcaption>Il muro crollato nella domus (Foto: Parco archeologico)</figcaption></figure>"
 "<p>I tecnici hanno già messo in sicurezza l'area, che resterà chiusa ai visitatori fino alla fine del mese.</p>",
 ["tre metri", "messo in sicurezza"], ["Foto: Parco archeologico"]),
"en_bio": ("en", "Council approves new cycle lanes",
 "<p>The city council approved plans on Tuesday for 40 kilometres of protected cycle lanes, to be built over the next three years at a cost of 25 million pounds.</p>"
 "<p>Work on the first section, along the river, is due to start in the spring.</p>"
 "<div class=\"author-bio\"><img src=\"/ann.jpg\"><p><strong>Ann Roe</strong> is the Courier's transport correspondent. She has covered local politics for ten years.</p></div>",
 ["40 kilometres", "first section"], ["transport correspondent"]),
"en_list": ("en", "What changes in the new tax year",
 "<p>Several tax rules change on 6 April, and the Treasury says most households will see a small rise in take-home pay.</p>"
 "<p>The main changes are:</p><ul><li>The personal allowance rises to 13,000 pounds.</li><li>The higher rate threshold is frozen until 2028.</li><li>Child benefit is paid in full to families earning up to 60,000 pounds.</li></ul>"
 "<p>Tax advisers said the freeze would pull more people into the higher band over time.</p>",
 ["6 April", "personal allowance rises", "threshold is frozen", "Child benefit is paid", "Tax advisers"], []),
"pt_lead": ("pt", "Incêndio destrói armazém no porto de Santos",
 "<p class=\"lead\">Chamas atingiram um armazém de grãos na madrugada desta terça-feira; não houve feridos.</p>"
 "<p>Um incêndio de grandes proporções destruiu um armazém de grãos no porto de Santos na madrugada desta terça-feira, segundo o Corpo de Bombeiros.</p>"
 "<p>Vinte viaturas foram enviadas ao local e o fogo foi controlado por volta das seis horas.</p>",
 ["Chamas atingiram", "grandes proporções", "Vinte viaturas"], []),
"nl_readmore": ("nl", "Treinverkeer rond Utrecht urenlang plat",
 "<p>Door een storing in de bovenleiding reden dinsdagochtend urenlang geen treinen tussen Utrecht en Amersfoort, meldt de NS.</p>"
 "<p><strong>Lees ook:</strong> <a href=\"/x\">NS wil meer treinen op drukke trajecten</a></p>"
 "<p>Reizigers werden gevraagd om via Hilversum te reizen; rond het middaguur kwam het verkeer weer op gang.</p>",
 ["storing in de bovenleiding", "via Hilversum"], ["Lees ook", "NS wil meer treinen"]),
"pl_newsletter": ("pl", "Sejm przyjął ustawę o ochronie lasów",
 "<p>Sejm przyjął w piątek ustawę o ochronie lasów, która zakazuje wycinki w pobliżu rezerwatów przyrody i wprowadza nowe kary dla firm.</p>"
 "<aside class=\"newsletter\"><p>Zapisz się na nasz newsletter i otrzymuj najważniejsze informacje każdego ranka.</p><a href=\"/nl\">Zapisz się</a></aside>"
 "<p>Ustawa trafi teraz do Senatu, który ma 30 dni na jej rozpatrzenie.</p>",
 ["ochronie lasów, która", "30 dni"], ["Zapisz się na nasz newsletter"]),
"sv_quote_pull": ("sv", "Regeringen höjer barnbidraget",
 "<p>Regeringen föreslår i budgeten att barnbidraget höjs med 200 kronor i månaden från och med juli, meddelade finansministern på måndagen.</p>"
 "<blockquote class=\"quote\"><p>– Det här är en satsning på familjerna som har det tuffast, sade finansministern på en presskonferens.</p></blockquote>"
 "<p>Oppositionen kallar förslaget otillräckligt och vill se en större höjning.</p>",
 ["200 kronor", "satsning på familjerna", "otillräckligt"], []),
"ja_related": ("ja", "台風１０号　九州に上陸へ",
 "<p>気象庁によると、強い台風１０号は３日夜にも九州南部に上陸する見通しで、暴風や大雨への厳重な警戒を呼びかけている。</p>"
 "<div class=\"related\"><p>関連記事</p><ul><li><a href=\"/r1\">台風９号、沖縄で停電２万戸</a></li><li><a href=\"/r2\">鉄道各社が計画運休を発表</a></li></ul></div>"
 "<p>九州新幹線は３日午後から運転を見合わせる予定だ。</p>",
 ["九州南部に上陸", "運転を見合わせる"], ["関連記事", "停電２万戸"]),

"pt_leia": ("pt", "Prefeitura anuncia nova linha de metrô",
 "<p>A prefeitura anunciou nesta segunda-feira a construção de uma nova linha de metrô, com 14 estações e custo estimado de 9 bilhões de reais.</p>"
 "<p><strong>Leia também:</strong> <a href=\"/x\">Tarifa do metrô sobe para 5 reais em janeiro</a></p>"
 "<p>As obras devem começar no segundo semestre e durar cinco anos, segundo o secretário de transportes.</p>",
 ["14 estações", "cinco anos"], ["Leia também", "Tarifa do metrô"]),
"de_caption_p": ("de", "Hochwasser: Pegel am Rhein steigt weiter",
 "<p>Der Pegel des Rheins in Köln ist in der Nacht auf 8,40 Meter gestiegen; die Stadt hat die Altstadt-Ufer gesperrt und Schutzwände aufgebaut.</p>"
 "<div class=\"image\"><img src=\"/r.jpg\"><p class=\"caption\">Schutzwände am Rheinufer in der Kölner Altstadt. Foto: dpa</p></div>"
 "<p>Die Schifffahrt ist seit Montag eingestellt, teilte das Wasserstraßenamt mit.</p>",
 ["8,40 Meter", "Schifffahrt ist seit Montag"], ["Foto: dpa"]),
"en_bio_em": ("en", "Hospital waiting lists fall for first time in a year",
 "<p>Hospital waiting lists in the region fell in March for the first time in a year, to 412,000 patients, figures from the health board show.</p>"
 "<p>The board said extra weekend clinics had cut the backlog for hip and knee operations by a fifth.</p>"
 "<p><em>Ann Roe is the Courier's health correspondent. Follow her on X @annroe.</em></p>",
 ["412,000 patients", "weekend clinics"], ["health correspondent"]),
"en_newsletter_plain": ("en", "Storm closes schools across the north",
 "<p>More than 300 schools across the north were closed on Thursday as a storm brought snow and winds of up to 90 mph, the education authority said.</p>"
 "<div class=\"inline-signup\"><p><strong>Get our morning briefing</strong></p><p>Sign up to receive the day's top stories in your inbox every morning.</p><p><a href=\"/signup\">Sign up</a></p></div>"
 "<p>Forecasters expect the wind to ease by Friday afternoon.</p>",
 ["300 schools", "ease by Friday"], ["morning briefing", "Sign up to receive"]),
"fr_lire_aussi": ("fr", "La SNCF annonce une grève pour le 12 mars",
 "<p>Les syndicats de la SNCF ont appelé à une grève le 12 mars pour protester contre la réforme des retraites, a annoncé la CGT mardi.</p>"
 "<p class=\"lire-aussi\"><span>Lire aussi</span> <a href=\"/y\">Réforme des retraites : ce qui change pour les cheminots</a></p>"
 "<p>La direction prévoit un trafic très perturbé sur les lignes TGV et Intercités.</p>",
 ["grève le 12 mars", "très perturbé"], ["Lire aussi", "ce qui change pour les cheminots"]),
"es_list_lost": ("es", "Qué cambia con la nueva ley de vivienda",
 "<p>La nueva ley de vivienda entra en vigor este viernes con varias novedades para inquilinos y propietarios.</p>"
 "<div class=\"content-list\"><ul><li>Los alquileres solo podrán subir un 3 % este año.</li><li>Los gastos de la agencia los pagará el propietario.</li><li>Se crean zonas tensionadas con precios limitados.</li></ul></div>"
 "<p>El Gobierno calcula que la ley afectará a más de tres millones de hogares.</p>",
 ["subir un 3 %", "gastos de la agencia", "zonas tensionadas", "tres millones"], []),
"it_blockquote_cite": ("it", "Il sindaco: 'Nessun aumento delle tasse'",
 "<p>Il sindaco ha escluso oggi qualsiasi aumento delle tasse comunali per il prossimo anno, nonostante il buco di bilancio di 40 milioni di euro.</p>"
 "<blockquote class=\"pull-quote\"><p>“Non metteremo le mani nelle tasche dei cittadini”</p><cite>Il sindaco</cite></blockquote>"
 "<p>L'opposizione ha chiesto un consiglio comunale straordinario sul bilancio.</p>",
 ["40 milioni", "consiglio comunale straordinario"], []),
"en_related_h2": ("en", "Airline cancels 200 flights over strike",
 "<p>The airline cancelled 200 flights on Monday as cabin crew began a 48-hour strike over pay, affecting about 30,000 passengers.</p>"
 "<p>The union said talks had broken down after the company refused to raise its offer of 4 percent.</p>"
 "<h2>More on this story</h2><ul><li><a href=\"/1\">Cabin crew vote to strike</a></li><li><a href=\"/2\">Airline profits soar to record</a></li><li><a href=\"/3\">Your rights if your flight is cancelled</a></li></ul>",
 ["200 flights", "4 percent"], ["More on this story", "Cabin crew vote to strike"]),
"de_bio_end": ("de", "Neue Studie: Bienen leiden unter Hitze",
 "<p>Hohe Temperaturen im Sommer schwächen Honigbienen stärker als bisher angenommen, berichten Forscher der Universität Würzburg in einer neuen Studie.</p>"
 "<p>Bei über 35 Grad sank die Zahl der Sammelflüge um fast die Hälfte.</p>"
 "<div class=\"autor\"><p><strong>Anna Roth</strong> schreibt seit 2015 für das Ressort Wissen. Sie hat Biologie in Freiburg studiert.</p></div>",
 ["Universität Würzburg", "35 Grad"], ["Ressort Wissen"]),
"ru_readalso": ("ru", "В Москве открылась новая станция метро",
 "<p>В Москве в субботу открылась новая станция метро «Северная», которая станет частью Большой кольцевой линии, сообщил мэр города.</p>"
 "<p><b>Читайте также:</b> <a href=\"/z\">Стоимость проезда в метро вырастет с января</a></p>"
 "<p>Ежедневно станцией будут пользоваться около 40 тысяч пассажиров.</p>",
 ["станция метро «Северная»", "40 тысяч"], ["Читайте также", "Стоимость проезда"]),
"en_caption_credit": ("en", "Volcano erupts on remote island",
 "<p>A volcano on a remote island in the South Pacific erupted on Sunday, sending an ash cloud 12 kilometres into the sky, the geological survey said.</p>"
 "<div class=\"media\"><img src=\"/v.jpg\"><span class=\"image-caption\">An ash cloud rises over the island on Sunday.</span><span class=\"credit\">Photo: Jane Doe/AP</span></div>"
 "<p>No one lives within 20 kilometres of the crater, and no injuries were reported.</p>",
 ["12 kilometres", "20 kilometres"], ["Photo: Jane Doe/AP", "An ash cloud rises"]),
}


@pytest.mark.parametrize("name", sorted(_SHAPED))
def test_invented_pages_keep_the_story_and_drop_the_furniture(name: str) -> None:
    lang, title, inner, kept, dropped = _SHAPED[name]
    text = extract_main_text(_page(lang, title, inner)) or ""
    assert all(k in text for k in kept), [k for k in kept if k not in text]
    assert not any(d in text for d in dropped), [d for d in dropped if d in text]


def test_table_footer_repeating_the_header_row_is_not_set_twice() -> None:
    row = "<tr><th>Pos</th><th>Player</th><th>Plays</th></tr>"
    body = "".join(f"<tr><td>DL</td><td>Player {n}</td><td>{60 - n}</td></tr>" for n in range(6))
    table = f"<table><thead>{row}</thead><tfoot>{row}</tfoot><tbody>{body}</tbody></table>"
    totals = f'<table><thead>{row}</thead><tfoot><tr><td colspan="3">Source: league data</td></tr></tfoot><tbody>{body}</tbody></table>'
    inner = "<p>Below are the snap counts for the defence in Sunday's game against the visitors, position by position.</p>"
    text = extract_main_text(_page("en", "Defensive snap counts for week 11", inner + table + "<p>The line played most of the snaps.</p>" + totals)) or ""
    assert text.count("Pos") == 2  # once per table
    assert "Source: league data" in text
