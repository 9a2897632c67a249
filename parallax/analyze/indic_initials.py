"""Initials of a name as the Hindi, Bengali and Tamil press writes them: the Latin letter's name in the script, with a
full stop ("आर. के. सिंह", R. K. Singh; "ஆர். சக்கரபாணி", R. Sakkarapani; "এম. এ. রহমান").

Hindi and Bengali end a sentence with the danda (।), so a full stop after such a short word is an initial's; Tamil ends
its sentences with a full stop, but after its verb, and no Tamil sentence ends on a bare letter name.  A sentence
cut after one splits the name and leaves the speaker's verb in a sentence of its own.  Only the names of the 26
letters are listed (one or two syllables: no word of the running text is among them).
"""

from __future__ import annotations

INITIALS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "hi": "ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड जैड",
        "bn": "এ বি সি ডি ই এফ জি এইচ আই জে কে এল এম এন ও পি কিউ আর এস টি ইউ ভি ডব্লিউ এক্স ওয়াই জেড",
        "ta": "ஏ பி சி டி இ எஃப் ஜி எச் ஐ ஜே கே எல் எம் என் ஓ க்யூ ஆர் எஸ் டி யூ வி டபிள்யூ எக்ஸ் ஒய் இசட்",
    }.items()
}
