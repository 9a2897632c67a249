"""trafilatura's size thresholds, scaled for pages written in a dense script.

trafilatura judges an extraction by its length in characters: below ``MIN_EXTRACTED_SIZE`` (250) it
takes a "baseline" rescue, the whole ``<article>`` element's text run together on one line, headline,
byline, printed time stamp, photo caption and share buttons included, whenever that is longer.  A
Chinese, Japanese or Korean character carries about what three Latin letters do, so a five-paragraph
report in those scripts is often shorter than 250 characters, and the rescue replaced a clean body
with the whole page furniture as one paragraph (seen in this project's QA on Chinese, Taiwanese and
Korean pages).  On a page whose letters are mostly Han, kana or Hangul the threshold is scaled down
by that factor; other pages keep trafilatura's defaults.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Han, kana and Hangul syllables: the scripts whose characters are words or syllables, not letters
_DENSE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LETTER = re.compile(r"[^\W\d_]")
DENSE_SHARE = 0.5  # at least this share of the page's letters in a dense script
DENSITY = 3  # Latin letters one dense character stands for (an English report is about three times longer)
_TEXT_NODES = "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]"
_SAMPLE = 20_000  # characters of visible text looked at: enough to know the script


def dense_page(tree) -> bool:
    """Whether most letters of the page's visible text are Han, kana or Hangul."""
    seen, parts = 0, []
    for node in tree.xpath(_TEXT_NODES):
        parts.append(node)
        seen += len(node)
        if seen >= _SAMPLE:
            break
    text = "".join(parts)[:_SAMPLE]
    letters = len(_LETTER.findall(text))
    return letters > 0 and len(_DENSE.findall(text)) >= DENSE_SHARE * letters


@lru_cache(maxsize=1)
def dense_config():
    """trafilatura's default settings with ``MIN_EXTRACTED_SIZE`` divided by :data:`DENSITY`."""
    from trafilatura.settings import use_config

    config = use_config()
    size = config.getint("DEFAULT", "MIN_EXTRACTED_SIZE")
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(max(1, size // DENSITY)))
    return config


def extraction_settings(tree) -> dict:
    """The extra keyword arguments of ``trafilatura.extract`` for this page: a scaled config on a dense page."""
    return {"config": dense_config()} if dense_page(tree) else {}
