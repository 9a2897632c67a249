"""Chinese datelines that name no date, or no agency: "新华社福州电", "本报福州消息", "央视网消息：", "福州11月20日电".

:data:`.datelines.DATELINE_ZH` reads the wire's full form, an agency, a place and a date before "电"
("新华社福州11月20日电"). The press also prints it without the date ("新华社福州电（记者林晓）"), as "news" rather than
a cable ("本报福州消息", this paper's report from Fuzhou; "央视网消息：", CCTV.com reports), and on a follow-up
without the agency ("福州11月20日电"); left in the first sentence, the place and the agency were read as its words:
a name the other outlets did not give, a word-choice difference. Without the date, a separator (a space, the
ideographic space, a colon or a bracket) must follow, since Chinese prose sets none: "该报社记者来电称" stays prose.
"""

from __future__ import annotations

import re

_HAN = "\u4e00-\u9fff"
_SP = r"[ \u3000]*+"
# the writer's credit in brackets after it: "（记者 林晓 陈明）"
_CREDIT = rf"(?:[（(][^）)\n]{{0,30}}[）)])?{_SP}"
_AGENCY = rf"(?P<agency>[{_HAN}]{{1,6}}?(?:社|网|網|報|报|台))"
# an agency, perhaps a place, and "电" (cable) or "消息" (news), no date
DATELINE_ZH_UNDATED = re.compile(
    rf"^{_AGENCY}(?P<place>[{_HAN}]{{2,8}}?)?(?:[电電]|消息)(?=[ \u3000：:（(])[：:]?{_SP}{_CREDIT}(?=\S)"
)
# a place and a date before "电", no agency: "福州11月20日电 …"
DATELINE_ZH_PLACE_DATE = re.compile(
    rf"^(?P<place>[{_HAN}]{{2,8}}?)(?P<date>\d{{1,2}}月\d{{1,2}}日)[电電](?=[ \u3000（(])(?P<agency>){_SP}{_CREDIT}(?=\S)"
)
