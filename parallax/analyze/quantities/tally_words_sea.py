"""The words of a result in Vietnamese, Indonesian, Malay, Tagalog and Swahili, for :mod:`.tally_words`.

"Hà Nội thắng Hải Phòng 2-1", "Persija menang 2-1", "Selangor menewaskan Kedah 2-1", "Nanalo ang Ginebra, 102-98",
"Simba ilishinda Yanga mabao 2-1": no word of the table stood around the pair, so a score was read as two bare counts
(2 and 1) and another outlet's 3-1 met nothing.  These words make a falling or level pair a result, as the table's
do; a rising pair ("2-3 người", two or three people) stays a range.  Swahili writes its verbs with their subject
and tense before the stem ("ilishinda", "wameshinda"), so its forms are listed whole; "tỷ" alone is a billion, so the
score is "tỷ số" with its second word.  Malay "menewaskan" (defeated) is Indonesian "killed": only a falling or level
pair after it is read, and a count of the dead is no such pair.
"""

from __future__ import annotations

SEA_RESULT_WORDS = (
    # Vietnamese: win, lose, draw, defeat, the score, a match, a goal
    r"thắng|chiến[ \u00a0]thắng|thua|hòa|hoà|đánh[ \u00a0]bại|t[ỷỉ][ \u00a0]số|trận|bàn[ \u00a0]thắng|"
    # Indonesian and Malay
    r"menang|kemenangan|kalah|kekalahan|mengalahkan|menundukkan|menewaskan|tewaskan|imbang|seri|skor|pertandingan|"
    r"perlawanan|laga|"
    # Tagalog
    r"panalo|nanalo|pinanalo|tinalo|natalo|talo|tabla|iskor|laro|"
    # Swahili
    r"ushindi|ilishinda|iliishinda|ameshinda|imeshinda|wameshinda|walishinda|alishinda|kushinda|ilifungwa|walifungwa|"
    r"imefungwa|sare|mabao|mechi|matokeo"
)
