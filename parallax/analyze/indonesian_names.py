"""Where a person's name starts in an Indonesian or Malay run of capitalised words.

Indonesian and Malay write the role, the body it heads, the body's place, a rank and the name as one run of
capitals with no comma between: "Kepala BPBD Garut Asep Mulyana" (the head of Garut's disaster agency, Asep
Mulyana), "Kapolres Garut AKBP Rio Wahyu" (Garut's police chief, police rank AKBP, Rio Wahyu), "Kepala Dinas Sosial
Jawa Barat Dedi Supriadi".  Capitals alone cannot tell the name from the rest, so the words that are not a person's
name mark where it starts: an acronym (a body, "BPBD", "DPR", or a rank, "AKBP"), an office or body word ("Kepala",
"Dinas", "Sosial"), a rank ("Kombes") and a compass word that closes a place ("Jawa Barat", "Sumatera Utara").  The
name is the run after the last such word; a regional office or body ("Bupati", "Dinas", "BPBD") is followed by its
place, so there the first of three or more words left is the place ("Garut Asep Mulyana").  A national office takes
no place: "Menteri Kesehatan Budi Gunadi Sadikin" keeps its three words.

Shared by the entity stage (the person in a run of capitals, :mod:`parallax.analyze.entities`) and the quote stage
(the speaker after a cue, :mod:`parallax.analyze.quotes.lexical_cues`), so both cut a name alike.
"""

from __future__ import annotations

import re

from parallax.analyze.titles import _TITLE_WORDS

LANGS = frozenset({"id", "ms"})

# the titles that stand before a name (the titles' lexicon, one word each: "Luar Negeri" gives "Luar", "Negeri")
_TITLES = frozenset(p.lower() for w in _TITLE_WORDS["id"] for p in w.split())
# the words of an office or body's name, never a person's ("Kepala Dinas Sosial", "Sekretaris Daerah")
_OFFICE = _TITLES | frozenset(
    "kepala ketua wakil sekretaris direktur utama komandan koordinator kasat kasi kabid kasubag humas juru bicara "
    "dinas badan kantor balai lembaga dewan komisi kementerian kepolisian satuan unit bidang bagian seksi pusat "
    "pemerintah pemkab pemkot pemprov polres polresta polda polsek kodim korem rsud puskesmas "
    "sosial kesehatan pendidikan perhubungan pertanian pariwisata kebudayaan lingkungan hidup pekerjaan umum "
    "penanggulangan bencana daerah pemadam kebakaran penyelamatan pencarian pertolongan kependudukan pencatatan sipil "
    "tenaga kerja kehutanan perikanan kelautan komunikasi informatika pendapatan perumahan permukiman "
    "lalu lintas reserse kriminal narkoba hubungan masyarakat pamong praja resor sektor perwakilan rakyat "
    # Malay: the police district's chief and the fire and rescue department ("Ketua Polis Daerah", "Jabatan Bomba")
    "polis jabatan bomba penyelamat pengarah timbalan "
    # a ministry's portfolio, two joined by "dan" ("Menteri Energi dan Sumber Daya Mineral Bahlil Lahadalia",
    # "Menteri Koperasi dan Usaha Kecil dan Menengah"): "dan" (and) is never in a person's name
    "dan energi sumber daya mineral agama hukum hak asasi manusia keamanan politik perekonomian ekonomi kreatif "
    "investasi koperasi usaha kecil menengah pemuda olahraga riset teknologi pangan pertanahan agraria tata ruang "
    "perencanaan pembangunan nasional sekretariat negara "
    # agencies whose names are written as words, not capitals ("Kepala Basarnas Dumai Andi Saputra"): a syllable
    # acronym reads like a name, but it is a body's
    "basarnas bakamla bawaslu polri kemenhub kemenkes kemenlu kemendagri kemenkeu kemensos kejagung kejati kejari "
    "damkar satpol".split()
)
# the offices and bodies of a region, after which the region's name comes ("Bupati Garut", "Dinas Sosial Garut")
_REGIONAL = frozenset(
    "bupati walikota wali gubernur camat lurah kapolres kapolresta kapolrestabes kapolda kapolsek dandim danrem "
    "dinas kabupaten kota provinsi kecamatan desa kelurahan pemkab pemkot pemprov polres polresta polda polsek "
    "kodim korem rsud daerah polis basarnas bawaslu kejati kejari damkar satpol".split()
)
# ranks, right before the name ("AKBP Rio Wahyu", "Kombes Pol Ibrahim Tompo"; Malay "ACP", "DSP")
_RANKS = frozenset(
    "akbp akp kombes kompol irjen brigjen jenderal letjen mayjen marsda marsdya laksda laksdya kolonel letkol mayor "
    "kapten iptu ipda aiptu aipda bripka brigadir briptu bripda pol tni inf acp dsp asp sac dcp supt insp".split()
)
# compass and region words that close a place's name ("Jawa Barat", "Nusa Tenggara Timur", "Kuala Lumpur" no)
_COMPASS = frozenset("barat timur utara selatan tengah tenggara daya laut raya".split())
# the place-body words that open a place's name ("Kabupaten Garut", "Kota Bandung")
_PLACE_BODY = frozenset("kabupaten kota provinsi kecamatan desa kelurahan".split())

_ACRONYM = re.compile(r"[A-Z][A-Z\d]+\Z")
# a name of two capitalised words set off by a comma after a run: ", Andi Saputra"
APPOSED_NAME = re.compile(r",[ \u00a0]+[A-Z][a-z]+[ \u00a0]+[A-Z][a-z]")
# an office run (its first word a title or office word) and the comma before a name in apposition
_OFFICE_RUN_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)(?:[ \u00a0]+[A-Z][\w-]*){1,6},[ \u00a0]+\Z")


def holder_after(text: str, pos: int, lang: str) -> bool:
    """Whether the capitalised run at ``pos`` of a ``lang`` text is the holder of an office run before it, set off by
    a comma: "Kepala Basarnas Dumai, Andi Saputra" (Indonesian and Malay put the name in apposition after its office)."""
    m = lang in LANGS and _OFFICE_RUN_BEFORE.search(text, max(0, pos - 80), pos)
    return bool(m) and m.group(1).lower() in _TITLES


def office_before_holder(text: str, span: tuple[int, int], lang: str) -> bool:
    """Whether the run of capitalised words at ``span`` of a ``lang`` text, opening on a title or office word,
    is the office of the name in apposition after it: "Kepala Basarnas Dumai, Andi Saputra" names no person before
    the comma."""
    start, end = span
    first = text[start:end].split(maxsplit=1)[0].lower() if text[start:end].strip() else ""
    return lang in LANGS and first in _TITLES and bool(APPOSED_NAME.match(text, end))


_WORD = re.compile(r"\S+")


# a portfolio noun made with ke-…-an or pe(r/n/m)-…-an, the circumfixes that make abstract nouns of a ministry or an
# office ("Ketenagakerjaan", manpower; "Perindustrian", industry; Malay "Kewangan", finance, "Pengangkutan", transport):
# the portfolios are too many to list, and no person's name is such a noun (at least four letters inside the affixes,
# so a short name as "Kesawan" is kept)
_PORTFOLIO = re.compile(r"(?:Ke|Pe[rnm]|Peng|Peny)[a-z]{4,}an\Z")


def _marks(word: str) -> bool:
    """Whether ``word`` is no part of a person's name: an acronym, an office or body word, a rank, a compass word, a
    portfolio noun."""
    low = word.lower().rstrip(".,")
    portfolio = bool(_PORTFOLIO.match(word.rstrip(".,")))
    return bool(_ACRONYM.match(word)) or low in _OFFICE or low in _RANKS or low in _COMPASS or low in _PLACE_BODY or portfolio


def name_start(run: str, after: str = "") -> int:
    """Where the person's name starts in ``run``, a run of capitalised words (0: the run is the name, or holds no
    role to cut).  The name is what follows the last acronym, office, rank or compass word; after a regional office
    or body the first of three or more words left is its place.  The name keeps two words at least, or one after a
    title that opens the run ("Kepala BNPB Suharyanto"), but not where a name in apposition follows the run in
    ``after`` (the text after it): "Kepala Kantor SAR Dumai, Andi Saputra" ends on the office's place, and the
    person is the one set off by the comma."""
    words = list(_WORD.finditer(run))
    last = max((i for i, w in enumerate(words) if _marks(w.group())), default=None)
    if last is None or last == len(words) - 1:
        return 0
    rest = words[last + 1 :]
    low = [w.group().lower() for w in words[: last + 1]]
    marker = words[last].group()
    rank = marker.lower() in _RANKS
    place_closed = marker.lower() in _COMPASS
    regional = any(w in _REGIONAL for w in low) or any(_ACRONYM.match(w.group()) and w.group().lower() not in _RANKS for w in words[: last + 1])
    if not rank and not place_closed and regional and len(rest) >= 3:
        rest = rest[1:]  # "BPBD Garut Asep Mulyana": the body's place, then the name
    titled = words[0].group().lower() in _TITLES or words[0].group().lower() in _RANKS
    if len(rest) < 2 and (not titled or APPOSED_NAME.match(after)):
        return 0  # "Gedung DPR Senayan": a place, no person
    return rest[0].start()


# a lower-case word inside a speaker span: a name has none but "bin" and "binti" (Malay patronymics)
_LOWER_WORD = re.compile(r"\s(?!(?:bin|binti)\s)[a-z]")


def name_length(span: str) -> int:
    """Where a name ends in a speaker span read up to the next capital: "di" (at), "dari" (from) or "kepada" (to)
    open what follows the name, so "kata Johanis di Gedung Merah Putih" is Johanis, speaking at a building."""
    low = _LOWER_WORD.search(span)
    return low.start() if low else len(span)
