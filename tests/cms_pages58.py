"""Invented news pages laid out as German, French, Spanish, Japanese, Arabic and Russian sites lay them out (session
58): a cookie banner, a breadcrumb, the byline and time stamps ("Aktualisiert am ..."), a comment count, a share bar,
a photo with its credit, a "read also" block and an advertising label between the paragraphs, a newsletter box, a
follow note, an author box and a tags row under them, more links under the article.  :func:`cms_page` builds one;
``plain`` drops the class names that tell the boxes apart, as many CMSs print them.  All text, outlets, people and
places invented."""

from __future__ import annotations

from html import escape

LANGS: dict[str, dict] = {
    "de": dict(
        title="Neue Fähre für Lindenhafen: Stadtrat stimmt zu",
        outlet="Nordkurier Lindenau",
        time="2026-03-04T09:15:00+01:00",
        paras=[
            "Der Stadtrat von Lindenhafen hat am Dienstagabend den Kauf einer neuen Elektrofähre beschlossen. Das Schiff soll ab dem Sommer 2027 zwischen dem Altstadtanleger und der Insel Wendholm pendeln.",
            "Die Kosten liegen nach Angaben der Stadtverwaltung bei rund 4,8 Millionen Euro. Gut die Hälfte davon übernimmt das Land aus einem Förderprogramm für klimafreundliche Verkehrsmittel.",
            "Bürgermeisterin Greta Imhoff sprach von einem wichtigen Schritt für die rund 900 Bewohner der Insel. Die bisherige Fähre ist mehr als vierzig Jahre alt und fiel im vergangenen Winter mehrfach aus.",
            "Die Opposition im Rat stimmte geschlossen gegen den Kauf. Ihr Fraktionschef Bernd Ulrichs nannte die Ausschreibung übereilt und forderte einen Vergleich mit einem Dieselhybrid.",
        ],
        cookie="Wir verwenden Cookies und ähnliche Technologien. Mit Klick auf „Akzeptieren“ stimmen Sie der Verarbeitung Ihrer Daten zu.",
        crumbs=["Startseite", "Lokales", "Lindenhafen"],
        byline="Von Henrike Saalfeld",
        stamp="04.03.2026, 09:15 Uhr",
        updated="Aktualisiert am 04.03.2026, 14:02 Uhr",
        comments="12 Kommentare",
        share=["Teilen", "Facebook", "X", "WhatsApp", "E-Mail"],
        caption="Die alte Fähre am Anleger von Lindenhafen.",
        credit="Foto: Jonas Brettschneider/Nordkurier",
        related="Lesen Sie auch",
        links=["Hafenbrücke bleibt bis Mai gesperrt", "Wendholm bekommt neuen Radweg"],
        ad="Werbung",
        newsletter=[
            "Newsletter",
            "Die wichtigsten Nachrichten aus Lindenhafen jeden Morgen in Ihrem Postfach.",
            "Jetzt kostenlos anmelden",
        ],
        author="Henrike Saalfeld ist Redakteurin im Lokalressort und berichtet seit 2019 über Lindenhafen und die Inseln.",
        tags=("Themen", ["Fähre", "Stadtrat", "Wendholm"]),
        more="Mehr aus Lokales",
        follow="Folgen Sie uns auf Instagram und Facebook",
    ),
    "fr": dict(
        title="Un nouveau bac pour Port-Sarrat : le conseil municipal dit oui",
        outlet="L'Écho de Sarrat",
        time="2026-03-04T09:15:00+01:00",
        paras=[
            "Le conseil municipal de Port-Sarrat a voté mardi soir l'achat d'un bac électrique. Le bateau doit relier le quai de la vieille ville à l'île de Mérenne à partir de l'été 2027.",
            "Selon la mairie, la facture s'élève à environ 4,8 millions d'euros. La région en prend un peu plus de la moitié à sa charge, au titre d'un programme d'aide aux transports propres.",
            "La maire, Solène Daubigny, a parlé d'une étape importante pour les quelque 900 habitants de l'île. L'ancien bac a plus de quarante ans et est tombé en panne à plusieurs reprises l'hiver dernier.",
            "L'opposition a voté contre en bloc. Son chef de file, Armand Vitrac, a jugé l'appel d'offres précipité et réclamé une comparaison avec un modèle hybride.",
        ],
        cookie="Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.",
        crumbs=["Accueil", "Actualités", "Port-Sarrat"],
        byline="Par Claire Montbazon",
        stamp="Publié le 04/03/2026 à 09h15",
        updated="Mis à jour le 04/03/2026 à 14h02",
        comments="12 commentaires",
        share=["Partager", "Facebook", "X", "WhatsApp", "E-mail"],
        caption="L'ancien bac à quai à Port-Sarrat.",
        credit="Photo : Julien Ferrand / L'Écho de Sarrat",
        related="À lire aussi",
        links=["Le pont du port fermé jusqu'en mai", "Une piste cyclable pour Mérenne"],
        ad="Publicité",
        newsletter=["Newsletter", "Recevez chaque matin l'essentiel de l'actualité de Port-Sarrat.", "Je m'inscris"],
        author="Claire Montbazon est journaliste au service local et suit l'actualité de Port-Sarrat depuis 2019.",
        tags=("Mots-clés", ["Bac", "Conseil municipal", "Mérenne"]),
        more="Plus d'actualités",
        follow="Suivez-nous sur Facebook et Instagram",
    ),
    "es": dict(
        title="Nuevo ferri para Puerto Alcaria: el pleno da luz verde",
        outlet="Diario de Alcaria",
        time="2026-03-04T09:15:00+01:00",
        paras=[
            "El pleno del Ayuntamiento de Puerto Alcaria aprobó el martes por la noche la compra de un ferri eléctrico. La embarcación unirá el muelle del casco antiguo con la isla de Sorvela a partir del verano de 2027.",
            "El coste ronda los 4,8 millones de euros, según el consistorio. La comunidad autónoma asumirá algo más de la mitad a través de un programa de ayudas al transporte limpio.",
            "La alcaldesa, Inés Barrachina, habló de un paso importante para los cerca de 900 vecinos de la isla. El ferri actual tiene más de cuarenta años y se averió varias veces el invierno pasado.",
            "La oposición votó en bloque en contra. Su portavoz, Ramón Ezquerra, calificó el concurso de precipitado y pidió compararlo con un modelo híbrido.",
        ],
        cookie="Este sitio usa cookies propias y ajenas para ofrecerle un mejor servicio. Si sigue navegando, entendemos que acepta su uso.",
        crumbs=["Portada", "Local", "Puerto Alcaria"],
        byline="Por Lucía Arteaga",
        stamp="04/03/2026 09:15",
        updated="Actualizado: 04/03/2026 14:02",
        comments="12 comentarios",
        share=["Compartir", "Facebook", "X", "WhatsApp", "Correo"],
        caption="El viejo ferri atracado en Puerto Alcaria.",
        credit="Foto: Marcos Villalba",
        related="Lee también",
        links=["El puente del puerto seguirá cerrado hasta mayo", "Sorvela tendrá un nuevo carril bici"],
        ad="Publicidad",
        newsletter=["Newsletter", "Recibe cada mañana las noticias más importantes de Puerto Alcaria.", "Suscríbete gratis"],
        author="Lucía Arteaga es redactora de la sección local y cubre la actualidad de Puerto Alcaria desde 2019.",
        tags=("Etiquetas", ["Ferri", "Pleno", "Sorvela"]),
        more="Más noticias",
        follow="Síguenos en Instagram y Facebook",
    ),
    "ja": dict(
        title="霧ヶ浜に新しい電動フェリー　市議会が購入を可決",
        outlet="霧ヶ浜新報",
        time="2026-03-04T09:15:00+09:00",
        paras=[
            "霧ヶ浜市議会は3日夜、電動フェリーの購入を可決した。新しい船は2027年夏から旧市街の桟橋と沖ノ島を結ぶ予定だ。",
            "市によると、費用は約4億8千万円。県が環境にやさしい交通手段を支援する補助金で半分余りを負担する。",
            "市長の早瀬真理子氏は、島に住む約900人にとって大きな一歩だと述べた。現在のフェリーは就航から40年以上がたち、昨冬には何度も故障した。",
            "野党会派はそろって反対した。会派代表の柴崎浩一氏は、入札が拙速だと批判し、ハイブリッド船との比較を求めた。",
        ],
        cookie="当サイトではクッキーを使用しています。サイトの閲覧を続けることで、クッキーの使用に同意したものとみなします。",
        crumbs=["トップ", "地域", "霧ヶ浜"],
        byline="記者：高森彩花",
        stamp="2026年3月4日 9時15分",
        updated="更新：2026年3月4日 14時02分",
        comments="コメント（12）",
        share=["シェア", "X", "Facebook", "LINE", "はてなブックマーク"],
        caption="桟橋に停泊する現在のフェリー",
        credit="（写真：霧ヶ浜新報）",
        related="関連記事",
        links=["港の橋、5月まで通行止め", "沖ノ島に新しい自転車道"],
        ad="広告",
        newsletter=["ニュースレター", "霧ヶ浜の主要ニュースを毎朝お届けします。", "無料で登録する"],
        author="高森彩花　地域報道部記者。2019年から霧ヶ浜市政を担当。",
        tags=("タグ", ["フェリー", "市議会", "沖ノ島"]),
        more="地域の最新ニュース",
        follow="公式Xをフォローしてください",
    ),
    "ar": dict(
        title="عبّارة جديدة لميناء الريحان بعد موافقة المجلس البلدي",
        outlet="صحيفة الساحل",
        time="2026-03-04T09:15:00+02:00",
        paras=[
            "وافق المجلس البلدي في ميناء الريحان مساء الثلاثاء على شراء عبّارة كهربائية جديدة. ومن المقرر أن تربط العبّارة رصيف المدينة القديمة بجزيرة الصفصاف اعتبارا من صيف 2027.",
            "وتبلغ التكلفة نحو 4.8 ملايين دولار بحسب البلدية. وتتحمل الحكومة أكثر من نصفها بقليل ضمن برنامج لدعم وسائل النقل النظيفة.",
            "وقالت رئيسة البلدية سلمى الحداد إن القرار خطوة مهمة لنحو 900 من سكان الجزيرة. ويزيد عمر العبّارة الحالية على أربعين عاما، وقد تعطلت مرات عدة في الشتاء الماضي.",
            "وصوتت المعارضة بالإجماع ضد الشراء. ووصف رئيس كتلتها نادر العلي المناقصة بأنها متسرعة، وطالب بمقارنتها بعبّارة هجينة.",
        ],
        cookie="نستخدم ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في تصفح الموقع فإنك توافق على استخدامها.",
        crumbs=["الرئيسية", "محليات", "ميناء الريحان"],
        byline="بقلم: ليلى منصور",
        stamp="نشر في 4 مارس 2026 - 09:15",
        updated="آخر تحديث: 4 مارس 2026 - 14:02",
        comments="12 تعليقا",
        share=["شارك", "فيسبوك", "تويتر", "واتساب"],
        caption="العبّارة القديمة عند رصيف الميناء",
        credit="(تصوير: كريم السعدي)",
        related="اقرأ أيضا",
        links=["إغلاق جسر الميناء حتى مايو", "مسار جديد للدراجات في جزيرة الصفصاف"],
        ad="إعلان",
        newsletter=["النشرة البريدية", "اشترك في نشرتنا البريدية لتصلك أهم الأخبار كل صباح.", "اشترك الآن"],
        author="ليلى منصور صحفية في القسم المحلي، تغطي شؤون ميناء الريحان منذ عام 2019.",
        tags=("الوسوم", ["عبارة", "المجلس البلدي", "الصفصاف"]),
        more="المزيد من الأخبار",
        follow="تابعونا على فيسبوك وتويتر",
    ),
    "ru": dict(
        title="Новый паром для Заречногорска: горсовет одобрил покупку",
        outlet="Заречные вести",
        time="2026-03-04T09:15:00+03:00",
        paras=[
            "Городской совет Заречногорска во вторник вечером одобрил покупку электрического парома. Судно будет курсировать между причалом Старого города и островом Ольховым с лета 2027 года.",
            "По данным мэрии, стоимость составит около 480 миллионов рублей. Чуть больше половины суммы покроет область по программе поддержки экологичного транспорта.",
            "Мэр Алина Воронцова назвала решение важным шагом для примерно 900 жителей острова. Нынешнему парому больше сорока лет, прошлой зимой он несколько раз выходил из строя.",
            "Оппозиция единогласно проголосовала против. Ее лидер Глеб Сомов назвал конкурс поспешным и потребовал сравнить проект с гибридным судном.",
        ],
        cookie="Мы используем файлы cookie, чтобы сделать сайт удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с их использованием.",
        crumbs=["Главная", "Город", "Заречногорск"],
        byline="Автор: Марина Ельцова",
        stamp="4 марта 2026, 09:15",
        updated="Обновлено 4 марта 2026, 14:02",
        comments="12 комментариев",
        share=["Поделиться", "ВКонтакте", "Telegram", "Одноклассники"],
        caption="Старый паром у причала Заречногорска",
        credit="Фото: Денис Громов / «Заречные вести»",
        related="Читайте также",
        links=["Мост в порту закрыт до мая", "На Ольховом появится велодорожка"],
        ad="Реклама",
        newsletter=["Рассылка", "Главные новости Заречногорска каждое утро на вашу почту.", "Подписаться"],
        author="Марина Ельцова — корреспондент отдела городских новостей, пишет о Заречногорске с 2019 года.",
        tags=("Теги", ["паром", "горсовет", "Ольховый"]),
        more="Другие новости",
        follow="Подписывайтесь на наш канал в Telegram",
    ),
}


def cms_page(lang: str, plain: bool = False) -> str:
    """The page of ``lang``'s invented report with its furniture (see the module docstring)."""
    d = LANGS[lang]
    P = d["paras"]
    div = (lambda cls: "<div>") if plain else (lambda cls: f'<div class="{cls}">')
    crumbs = " › ".join(f'<a href="/{i}">{escape(c)}</a>' for i, c in enumerate(d["crumbs"]))
    share = " ".join(f'<a href="#s{i}">{escape(s)}</a>' for i, s in enumerate(d["share"]))
    links = "".join(f'<li><a href="/r{i}">{escape(t)}</a></li>' for i, t in enumerate(d["links"]))
    tags = " ".join(f'<a href="/t{i}">{escape(t)}</a>' for i, t in enumerate(d["tags"][1]))
    nl = d["newsletter"]
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{escape(d["title"])} | {escape(d["outlet"])}</title>
<meta property="og:type" content="article"><meta property="og:title" content="{escape(d["title"])}">
<meta property="article:published_time" content="{d["time"]}"></head><body>
{div("cookie-banner")}<p>{escape(d["cookie"])}</p><button>OK</button></div>
<header><nav><ul>{"".join(f'<li><a href="/n{i}">{escape(c)}</a></li>' for i, c in enumerate(d["crumbs"][:2]))}</ul></nav></header>
<main>{div("breadcrumb")}{crumbs}</div>
<article><h1>{escape(d["title"])}</h1>
{div("meta")}<span>{escape(d["byline"])}</span> <time datetime="{d["time"]}">{escape(d["stamp"])}</time></div>
{div("updated")}<p>{escape(d["updated"])}</p></div>
{div("comments-count")}<a href="#c">{escape(d["comments"])}</a></div>
{div("share")}{share}</div>
<figure><img src="/i.jpg" alt=""><figcaption>{escape(d["caption"])} {escape(d["credit"])}</figcaption></figure>
<p>{escape(P[0])}</p><p>{escape(P[1])}</p>
{div("related")}<p><strong>{escape(d["related"])}</strong></p><ul>{links}</ul></div>
{div("ad")}<p>{escape(d["ad"])}</p></div>
<p>{escape(P[2])}</p><p>{escape(P[3])}</p>
{div("newsletter")}<h4>{escape(nl[0])}</h4><p>{escape(nl[1])}</p><p><a href="/nl">{escape(nl[2])}</a></p></div>
{div("follow")}<p>{escape(d["follow"])}</p></div>
{div("author-box")}<p>{escape(d["author"])}</p></div>
{div("tags")}<p>{escape(d["tags"][0])}: {tags}</p></div>
</article>
{div("more")}<h2>{escape(d["more"])}</h2><ul>{links}</ul></div></main>
<footer><p>© 2026 {escape(d["outlet"])}</p></footer></body></html>"""
