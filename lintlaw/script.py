"""Is a document written in traditional characters?

Mainland reports are written in simplified characters, and the wording rules read them
with simplified vocabularies: on a page mirrored in traditional characters (a portal's
繁體 version, a Hong Kong or Macao repost) every 設, 場 and 學 looks like a slip, so
法治建設 came out as a dropped 设 and 泰安市市場 as a doubled 市.  The rules whose data
is simplified declare ``script="simplified"`` and the runner leaves them out of such a
document, saying so in a note.

The test counts the characters of common words that exist only in traditional writing
against their simplified forms: a simplified report that quotes a traditional name once
stays simplified.
"""
from __future__ import annotations

from lintlaw.lazy_re import lazy

# Traditional-only characters of everyday report words, each with its simplified form.
# None of them is written in simplified text (乾/干, 於/于 and the like are left out: both
# forms occur in simplified writing).
_PAIRS = (
    "們们這这個个會会國国說说時时為为發发與与對对設设業业學学經经關关區区縣县門门長长"
    "機机開开實实當当務务處处動动從从進进報报導导據据級级將将組组織织體体點点現现議议"
    "題题員员書书記记場场網网規规範范監监執执審审權权辦办論论應应調调條条種种頭头東东"
    "車车電电產产義义計计劃划價价廣广億亿農农醫医鄉乡鎮镇續续濟济環环資资邊边運运華华"
    "衛卫傳传統统習习歷历檢检項项參参選选費费護护營营財财歲岁嚴严團团覽览聯联顯显講讲"
    "讓让認认識识語语課课線线練练維维綜综絡络結结給给終终總总屬属準准備备標标樣样構构"
    "極极熱热確确態态際际隊队陽阳隨随雙双難难風风領领類类預预驗验黨党齡龄"
)
TRADITIONAL = frozenset(_PAIRS[0::2])
SIMPLIFIED = frozenset(_PAIRS[1::2])
_TRADITIONAL = lazy("[" + "".join(sorted(TRADITIONAL)) + "]")
_SIMPLIFIED = lazy("[" + "".join(sorted(SIMPLIFIED)) + "]")

# Fewer marked characters than this say nothing either way (a title, a name).
MIN_EVIDENCE = 20


def is_traditional(text: str) -> bool:
    """True when ``text`` is mostly written in traditional characters."""
    # A scan without a match is fast (20 ms on 4 MB); the simplified forms, frequent in
    # any report, are counted only when the traditional ones are there to weigh.
    traditional = len(_TRADITIONAL.findall(text))
    if traditional < MIN_EVIDENCE:
        return False
    return traditional > 2 * len(_SIMPLIFIED.findall(text))
