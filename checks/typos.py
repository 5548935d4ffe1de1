"""A wrong character where a similar-sounding or similar-looking one makes the expected
word: 总休方案 (总体), 营商环竟 (环境), 知只产权 (知识); or a whole word typed as its
homophone: 居住证神灵办法 (申领), 党建树脂评议 (述职).

A slip shows where a pair of neighbouring characters was not seen (twice) in about 4.8
million characters of statute and news prose.  Only there is anything judged, and the
evidence has to be strong on every count:

1. a character of the unseen pair, or of the pairs beside it, sounds or looks like one
   (pycorrector's sets, char-similar's four-corner codes and stroke orders, pypinyin's
   syllables) that makes a common pair (seen five times) on one side or the other and
   scores well above the pair as written;
2. that character reads much better there by the character trigram model of the same
   prose (``lm``);
3. it makes a dictionary word with its neighbours, and the best segmentation of the nine
   characters around it, scored by jieba's word frequencies, gains from the change
   (``seg``); the character as written is not part of a common word (a frequency over
   100 in jieba's dictionary), of a word of the 公文 vocabulary, of a word of today's
   reports that the corpora hardly know (痛点, 赋能), of a word of government known by its
   form (依法治县, 各处室, 驻市单位, 法援中心), the first half of a parallel (既懂法律又懂
   管理), the slot a parallel list varies (以实为本、以绩为准; 识毒、防毒、拒毒), a list's
   two-character terms (点评、交办、亮晒), a couplet's half (金猪到，福星来), a number's unit
   (50亿级), nor, by its neighbours, of a name (马咀村, 居民郝丽艳, 卓泽渊教授, 张平、王利明、
   卓泽渊等, 博硕律师事务所, 科技城).

Names are where real prose differs most from the sentences the thresholds were chosen on, and
they are judged by where they stand, not by which they are: one to three characters before a
name's suffix (砺青中学, 沈海高速, 梧田街道, 吉林省), two or three characters from a surname on
alone between marks (（王艳 武明竹）, 曹宇 …科员, (吴菁,2022)) or before what a speaker does
(。宋周伟指出), and whatever the document writes twice more between other words (a name recurs,
a slip seldom does).

A whole word (``_judge_word``): the two characters at the unseen pair or beside it read
as another word of the 公文 vocabulary or jieba's common words, under the same syllables
(pypinyin, tones aside); the homophone makes seen pairs with both neighbours, the model
and the segmentation gain much more, no other homophone comes close (靓丽 reads as 精力,
经历 and 经理 alike), and the word as written is no 公文 word, no word of government, no
name (before 区/县/镇, after a title, before a title or 同志, in a list of names) and not in
a short quotation (“非禁即入”).

A clause's last word (``_Judges._one_away``): a pair never seen that is no word, one look-alike
from a common word of the 公文 vocabulary (体系全面构健。 for 构建), where the model has nothing after
the pair to weigh it by; the vocabulary's word is the evidence, as a set phrase's is.  Inside a
clause too (信判质效 for 审判; 市整务办 for 政务), where the model also clearly prefers the word.

A four-character set phrase (``_Judges._set_phrase_slips``): an idiom or fixed expression of
jieba's (再接再厉, 常抓不懈, 违法必究) written with one character swapped for one that sounds or
looks like it, where the swap makes a pair the model never saw and the four as written are no
word (再接再励, 长抓不懈, 违法必纠).  The phrase is the evidence: its characters are fixed, and the
model of plain prose may know it too little to weigh the swap.

A word misspelt into no word that the confusable pairs know (检查院 for 检察院, 建全 for 健全, 作到,
既使, 必须品): its pairs and contexts live with the confusable words (``confusables.PAIRS``, marked
``misspelt``), and the slip is reported here, one word's typo.  The misspellings the list of 公文
confusable words names (布署, 申议, 勿必) stay confusable-word's.

What a report writes on purpose is no slip, however a model of plain prose reads it: a term
of three characters or more that the dictionary knows holds the character as written (城乡
接合部; not where the correction makes a longer word, 中小企亚健康 for 中小企业); the head two or
more items of a list share (稻虾、稻鱼、稻鳅: a correction may not change 稻); a set phrase's
frame varied, ending its clause (实现扭负为正， on 扭亏为盈); the first characters of a term's
two words after the paragraph wrote the term in full (法援 after 法律援助); an item's label that the
document writes again or that stands alone with its colon (（三）一产固投：一产固投完成…; a page's
"限行尾号是："), its own name for the item.  So is a body named at another level than the
vocabulary's term (全面依法治省委员会 beside 依法治县委员会), a term's newer form that keeps a known
term's first three characters (刑释解矫 of 刑释解教), a head noun before a trade's term that a
correction would break (牛存栏: not 生存 and a stranded 栏), a literary word of characters the model
hardly knows (砥砺: its gain is the model's ignorance), a word of a slogan's parallel fours (踔厉奋发、
勇毅前行), a service done at speed (政策速兑, 秒批), and the names of people in a byline (记者张扬
责任编辑：雅琴), of a company before what it trades in and its form (盛威科油墨有限公司), of shops and malls in
a list of them or before 商圈 (美家家俬、华联超市等商户; 依托大都荟、大悦城等商圈), a farming pattern's
crops (稻菜轮作, 稻虾共作), a place named before its development (为鲤城实现经济社会高质量发展), and the
heads of clauses written three times in one frame (跳起摸高，在守正创新上见行见效；).  A character that makes a
word with its neighbour outside the word it would correct to is written as meant (命案全破 is no 安全; 生态环境补水
no 生态环境部: 补水), unless the rest of a longer word is no word (合作社里事长: 理事长 slipped, 事长 is none).

The thresholds (lm > 7, seg > 2, lm + seg / 2 > 12, or 14 for a character only of the
same syllable by pypinyin; for words, below) were chosen on the tune part of the
development sentences (benchmarks/typos.py) for a sentence precision of 0.95 or more and
at most 0.5% of clean sentences flagged.
"""
from __future__ import annotations

import bisect
import math
import operator
import re
from collections import Counter
from functools import lru_cache
from itertools import compress
from typing import Dict, FrozenSet, Iterator, List, NamedTuple, Optional, Tuple

from lintlaw import segment
from lintlaw.document import Document
from lintlaw.finding import Edit, Finding, Fix, Msg
from lintlaw.lazy_re import lazy
from lintlaw.registry import rule
from lintlaw.wording import quote

from . import _term_slips, _wording

LM_MIN = 7.0
SEG_MIN = 2.0
SEG_WEIGHT = 0.5
GAIN_MIN = 12.0
EXTRA_MARGIN = 2.0  # more for a character of the same syllable only (pypinyin), not in pycorrector's sets
COMMON_WORD = 100

_WINDOW = 4  # characters on each side in the segmentation score
# A judgement reads at most these many characters before and after the suspect (a name's
# title up to eight before, a report word up to five after, the segmentation window).
_CONTEXT_BEFORE, _CONTEXT_AFTER = 8, 6
# A look-alike is a candidate only if the pair it makes is common (seen five times, build.py)
# and its score beats the unseen pair's by this much (log units): a third of the
# suspects go, and 0.018 of the official-document recall on the tune sentences with them.
PAIR_GAIN_MIN = 2.0
PAIR_GAIN_MIN_EXTRA = 4.0  # for a same-syllable look-alike only (pypinyin): no loss on the tune sentences, fewer suspects
_LONGEST_WORD = 6

# A whole word typed as its homophone (_judge_word): the character model's gain over the
# word and the two characters after it, more where the word as written is a dictionary
# word itself; the gain with the segmentation's, weighted as above; no character of the
# word as written in a word of frequency over WORD_OWN_MAX unless the gain is very large;
# and the best homophone ahead of the next by WORD_MARGIN, and by WORD_LM_MARGIN in the
# model's gain alone, whether the next passes or not (靓丽 reads as 精力, 经历 and 经理
# alike: the model does not know the context).  Chosen on the tune part.
WORD_LM_MIN = 10.0
WORD_LM_MIN_WRITTEN = 13.5
WORD_GAIN_MIN = 14.0
WORD_OWN_MAX = 1000
WORD_LM_COMMON = 18.0  # a gain this large overrides WORD_OWN_MAX (人民征服 for 人民政府)
WORD_MARGIN = 2.0
WORD_LM_MARGIN = 3.0  # the same by the character model alone, over every homophone it likes
NEIGHBOUR_MAX = 200
# A character the prose behind the model writes fewer times than this (砥 4, 砺 2 in 4.8 million) is
# one it knows nothing of: a dictionary word made of two such (砥砺前行, a literary word) reads as a
# slip for any homophone (地理) by the model's ignorance alone.
UNKNOWN_CHAR_MAX = 10

# A place name's last characters: 马咀村, 一坊社区, 桃园路 (a character right before them).
_PLACE_AFTER = lazy(r"[^\u4e00-\u9fff]?(?:村|社区|镇|乡|街道|路|街|巷|屯|庄|寨|沟|湾|岭|坪|坝|垸|嘴|咀|峪|店|铺|"
                    r"桥|寺|祠|庙|山|河|湖|江|溪|港|岛|园|苑|小区|大道|胡同|组|队|县|旗|大厦|大楼)")
# A town's, a street's, a province's or a road's name of two or three characters before what it
# names (鹳河镇, 东坊乡, X田街道, 桂平公路), and a local company's short name (城维公司, 城投集团).
_TOWN_NAME = lazy(r"([\u4e00-\u9fff]{2,3}?)(?:镇|乡|街道|苏木|嘎查|省|公路|公司|集团)")
# Words for towns in general (乡镇, 城镇, 集镇, 重镇): the characters before them are no name.
_TOWNS_IN_GENERAL = frozenset("乡城集市村重名古小特")
# What may stand right before a place's name: its county or city, or a word that takes a place.
_BEFORE_A_NAME = frozenset("省市县区旗在和与及、到于至赴")
# A place named in its hierarchy, right after the city or province that holds it
# (汕头市潮阳区, 长沙市开福区, 广东省梅州市): its characters are the place's own.
_PLACE_IN_HIERARCHY = lazy(r"[省市州盟][\u4e00-\u9fff]{1,3}?[区县市旗]")
# The abbreviation of an issuing body before a document number (西政办〔2020〕20号, 湘政发[2021]).
_DOC_NUMBER_AFTER = lazy(r"[\u4e00-\u9fff]{0,5}[〔\[［(（]\d{4}[〕\]］)）]")
# Characters that are right wherever a report writes them: 暨 joins two named events
# (国家宪法日暨国际残疾人日), and no model of plain prose knows what comes around it; a
# province's one-character name that has no other use names the province, in the names of
# its services too (闽政通, 粤省事, 赣服通, 皖事通, 鄂汇办, 渝快办).
# A capital numeral that is nothing else (壹贰叁, 第壹) is chosen on purpose, never typed for the
# common one (肆伍陆拾 are in words too: 肆意, 队伍, 陆续, 收拾; 落拾 is a slip for 落实).
_NEVER_WRONG = frozenset("暨闽粤赣皖鄂湘冀豫陇黔滇琼渝壹贰叁柒捌玖佰仟")
# A count word after a numeral or 各/每 (六类问题, 五字方针, 各季特色农产品, 每批次, 4种食药物质): it
# counts, it is no slip for the word the pair would make (各季 is not 各级), nor is the numeral
# before it (以上八类案件: 八类 is not 人类).
_COUNTING = frozenset("一二三四五六七八九十两几数各每0123456789")
_CLASSIFIERS = frozenset("类季字批轮期届组片项种件条")
_ABOUT = frozenset("余多")  # 30余处, 十多个: more than the number, not a word's first character
# A number's units and what they follow: a model of prose reads 50亿级 as 以及, 十万级 as 时间.
_UNITS = frozenset("亿万千百")
_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万两几数")
# The last character of a place's name (下洋镇): a pair that ends in one is a name, not a word
# typed as its homophone (洋镇 is not 乡镇).  Not 乡: 个乡 for 各项 is a slip.
_PLACE_SUFFIXES = frozenset("镇村县旗")
# The last character of a zone's or a place's name after the words that name it (科技城, 物流港).
_ZONE_SUFFIXES = frozenset("城港区镇村县乡")
# A place name's last character after one more (为静海区, 在芹泉镇): a whole word before it is a name.
_ADMIN_AFTER = lazy(r"[\u4e00-\u9fff]?(?:区|市|县|省|州|镇|乡|村|旗|盟)")
# A person's name after a title or role: 居民郝丽艳, 主任高雨, 记者张三 (up to three characters).
_PERSON_BEFORE = lazy(r"(?:居民|村民|群众|书记|主任|局长|主席|县长|市长|区长|镇长|乡长|院长|所长|科长|站长|队长|经理|"
                      r"记者|同志|先生|女士|教授|代表|委员|干警|民警|律师|法官|检察官|调解员|志愿者|网格员|当事人|"
                      r"申请人|被申请人|原告|被告|第三人|负责人|组长|专家|老师|医生|作者|著作[）)]?)[\u4e00-\u9fff]{0,2}\Z")


# Words of government that the corpora hardly know, by their form: the rule of law at every
# level (依法治县, 依法治校, 依法治企), an office's sections (各处室, 科室, 股室), and the units
# a higher level keeps in a place (驻市单位, 驻区部队, 驻村工作队), and the short forms of
# legal work before what they name (法援中心 for 法律援助中心; 修例, 修规: revising a
# regulation, a plan), an office's short name (县政办, 电政办: 政府办公室, 电子政务办公室).  A
# character inside one is not a slip (治县 is not 支线, 室县 is not 实现, 政办 is not 政协, 法援
# is not 法院 before 中心; 法援必须组织证据交换 still is).
_GOVERNMENT_WORDS = lazy(r"依法治[国省市县区州旗盟乡镇村街校企院所网]|[处科股]室|"
                         r"驻[省市县区州旗镇乡村街京港澳外][^，。；、]{0,3}?(?:单位|部门|机构|部队|企业|办事处|工作队|干部|人员)|"
                         r"法援(?:援助)?(?:中心|机构|站|工作站|律师|案件|服务|志愿者|值班|热线|窗口|经费|事项)|修[例规]|政办")
# A place's last characters after a name of two (鹤龙街, 鹤龙街道, 东坊村): the name, not a common word,
# is the document's own (``_names_given``).  Not 乡: it ends too many words (城乡, 下乡, 个乡 for 各项).
_NAME_GIVEN = lazy(r"(?<=[\u4e00-\u9fff]{2})(?:街道|街|镇|村|社区|路)")
# Characters that join words rather than name a place (投票的村民: 的村 is no name).
_FUNCTION_CHARS = frozenset("的了在和与及是为对把被从向到等之其各每本该这那个")


def _names_given(text: str) -> FrozenSet[str]:
    """Names of two characters that ``text`` writes before a place's last character (鹤龙 of
    鹤龙街): not a common word (美丽 of 美丽社区), nor one that makes a word with the place's
    character (农村, 社区: 亚农村 names nothing), nor where that character starts a word with
    the next (投漂的村民).  And the two-character parts of the people the text names somewhere by
    a title or a byline (蒋军平院长 … 蒋军平在县人代会上作报告; 记者黄清娴): a name given once is the
    same name everywhere.  (Not a county's or a district's name before 县/区: over the typo
    development sentences, read as one document, that took real slips for names.)"""
    frequency = segment.frequencies().frequency
    names = set(_people_given(text))
    for name, place, after in {(text[m.start() - 2:m.start()], m.group(), text[m.end():m.end() + 1])
                               for m in _NAME_GIVEN.finditer(text)}:
        if (frequency[name] or 0) > COMMON_WORD or name[-1] in _TOWNS_IN_GENERAL \
                or not _FUNCTION_CHARS.isdisjoint(name) or (frequency[name[-1] + place[0]] or 0) > COMMON_WORD \
                or (after and (frequency[place[-1] + after] or 0) > COMMON_WORD):
            continue
        names.add(name)
    return frozenset(names)


def _people_given(text: str) -> Iterator[str]:
    """The two-character parts of the names of people ``text`` gives with a title after them
    (蒋军平院长, from a surname on) or in a byline (记者黄清娴通讯员徐晨曦, 编辑：张烨)."""
    surnames = _wording.surnames()
    for match in _TITLE_AFTER.finditer(text):
        end = match.start()
        for length in (3, 2):
            name = text[end - length:end]
            if len(name) == length and name[0] in surnames and all(map(_wording.is_han, name)) \
                    and (end - length == 0 or not _wording.is_han(text[end - length - 1])
                         or text[end - length - 1] in _BEFORE_A_PERSON or length == 3):
                yield from (name[k:k + 2] for k in range(length - 1))
                break
    for name in _byline_names(text):
        yield from (name[k:k + 2] for k in range(len(name) - 1))


def _byline_names(text: str) -> Iterator[str]:
    """The names a byline gives after its roles: one or several, run on to the next role or set
    off by spaces, 、 or a slash, up to a mark or the line's end (记者黄清娴通讯员徐晨曦, （记者张三
    责任编辑：李四）, 摄影：王湧 汪昊 胡蝶飞, 审核/校对：王某)."""
    for match in _BYLINE_ROLE.finditer(text):
        at = match.end()
        for _ in range(_BYLINE_NAMES):
            run = _BYLINE_RUN.match(text, at)
            if run is None:
                break
            name = run.group(1)
            if _BYLINE_ROLE.match(name):
                break  # the next role, whose own names its match reads
            yield name
            at = run.end()
            if run.group(2) is None:  # a role, a mark or the line's end: the role's names end
                break


# A byline's roles before the names they introduce (记者黄清娴通讯员徐晨曦, 编辑：张烨, 本报记者 王某 摄).
# Roles that are words of prose too (审核制度, 编辑出版) introduce a name only after a colon or a space.
_BYLINE_ROLES_ONLY = r"特约记者|记者|通讯员|实习生|责任编辑|责编"
_BYLINE_ROLES = _BYLINE_ROLES_ONLY + r"|编辑|美编|摄影|摄像|撰稿|供稿|作者|审核|审校|校对|监制|主编|编审|[初复终]审"
_BYLINE_ROLE = lazy(r"(?:(?:" + _BYLINE_ROLES_ONLY + r")[：:\s\u3000]*|(?:" + _BYLINE_ROLES + r")(?:[/、](?:" + _BYLINE_ROLES
                    + r"))*[：:\s\u3000]+)")
# One name, then what follows it: a separator before another name (group 2), or what ends the names.
_BYLINE_RUN = lazy(r"([\u4e00-\u9fff]{2,3}?)(?:([\s\u3000、/，,]+)(?=[\u4e00-\u9fff]{2,3}(?:[\s\u3000、/，,)）\]】]|$))|"
                   r"(?=[\s\u3000)）\]】|｜,，。;；]|" + _BYLINE_ROLES + r"|摄|报道|$))")
_BYLINE_NAMES = 5  # names after one role at most (摄影：王湧 汪昊 胡蝶飞)
# What a person's name of two characters follows when no character of a word does (，张三书记).
_BEFORE_A_PERSON = frozenset("的和与及、，。：；（“")


# Two halves of a parallel (既懂法律又懂管理, 既要……也要): 既 is meant, not 机 or 即.
_PARALLEL = lazy(r"既[\u4e00-\u9fff]{1,8}?[又也还]")
# A title after a person's name (李明华教授, 刘海燕副教授, 张三同志): the two or three
# characters before it, from a surname on, are a name.
_TITLE_AFTER = lazy(r"副?教授|研究员|博士|院士|讲师|老师|律师|同志|先生|女士|法官|检察官|书记|主任|局长|处长|科长|"
                    r"所长|院长|部长|厅长|县长|市长|区长|镇长|乡长|组长|队长|专家|委员|主持人")
# What a person named at a clause's start goes on to do: speak, lead or attend (宋周伟指出, 王红主持).
_SAID_AFTER = lazy(r"指出|强调|表示|要求|介绍|讲话|致辞|主持|出席|带队|一行|调研|讲授|作了|作出批示|批示")
# A group named by its first member, as case reports name suspects (张某某等12人, 李红等40余名): the name
# stands before 等 and the group's head count.
_GROUP_AFTER = lazy(r"等\s*\d+\s*(?:余|多)?\s*(?:人|名)")
_CLAUSE_START = frozenset("。，,；;：:！!？?、（(“\"\n 　")
# Words for the members of a body, before a member's name (班子成员王红伟, 执法人员李红军); the
# name must start with a surname right after them, unlike a title's (居民郝丽艳).
_MEMBERS = frozenset(["成员", "干部", "党员", "职工", "队员", "科员", "人员", "辅警", "组员"])
# A law or accounting firm's name before 事务所 (陕西博硕律师事务所, 承匠律师事务所): its
# characters are chosen, as a place's are.  (Companies are not: 环镜集团 and 有限债任公司
# are slips the development sentences hold.)
_FIRM_AFTER = lazy(r"[\u4e00-\u9fff]{0,2}?(?:律师|会计师|税务师)?事务所")
# A company's registered name: its trade name, then what it trades in, then its form (盛威科油墨有限公司,
# 文洋振新汽车修理服务有限公司).  The trade name, two characters or more before the form, is chosen;
# a slip in the form itself (有限债任公司) or right before it is still judged, and so is one in the
# name of a group's branch (中国铁炉上海局集团有限公司: 铁路, a word of the group's name).
_COMPANY_AFTER = lazy(r"(?:(?!集团|局)[\u4e00-\u9fff]){2,8}?(?:股份)?有限(?:责任)?公司")
# A list of people: names of two or three characters from a surname on, set off by 、 (张平、
# 王利明、卓泽渊等; 抽调2人（覃格、谭旭东）).
_LIST_EDGE = "、，,（(）)：:；;。“”\"\n 　"


# Words of today's reports that 1998 news and the statutes hardly know (and jieba counts
# few times): a character inside one is not reported (痛点 is not 重点).  Some are old
# words of accounts and formal writing the news hardly uses: 勾稽 (the line every 政府信息
# 公开 statistics table carries), 暨 joining two occasions (宪法日暨国际残疾人日); and
# words of rural life in southern counties' reports (圩日, the market day).
_REPORT_WORDS = lazy("|".join(map(re.escape,
    "痛点 堵点 难点 短板 弱项 赋能 抓手 闭环 兜底 托底 一网通办 跨省通办 接诉即办 最多跑一次 放管服 "
    "网格员 网格化 数字化 智慧 云端 线上 线下 直播 短视频 公众号 小程序 二维码 扫码 刷脸 掌上 指尖 "
    "点对点 面对面 背靠背 手拉手 一站式 全链条 全周期 全流程 全覆盖 无死角 零距离 常态化 长效化 "
    "精准化 精细化 便利化 标准化 规范化 法治化 清单化 项目化 台账化 "
    "包容审慎 轻微免罚 首违不罚 柔性执法 说理式 非现场 双随机 一公开 互联网+ 告知承诺 容缺受理 "
    "枫桥经验 八五普法 七五普法 法律明白人 法治带头人 学法用法 述法 谁执法谁普法 "
    "官网 官微 网址 勾稽 稽核 暨 圩日 圩镇 赶圩 开班 非遗 领誓 "
    "深学细悟 以学铸魂 以学增智 以学正风 以学促干 走深走实 见行见效".split())))


# Coinages of today's reports by their form: 智 or 数 before what is done smartly or digitally
# (整体智治, 智造强市, 数治), a service done at speed (秒批, 即享, 政策速兑: 兑现), a fight against an
# epidemic (战疫, 抗疫), an insurance product named
# 惠X保 (惠民保, 惠商保), and a place's by-name before 大地 (杞乡大地, 瓷都大地).  A model of 1998
# prose reads them as 制造, 制止, 战役, 行会, 气象.
_COINED = lazy(r"[智数][治造管控防办审享联服]|[战抗防援]疫|疫后|惠[\u4e00-\u9fff]保|[\u4e00-\u9fff][乡都城]大地|"
               r"[秒速即快][批办兑享审付结退签]|(?:政务|政协|人大|警务|法务|智慧|数字|党建|教育)云")


# Places named as the ends of a stretch of road or river (从响水至石门两侧, 由城关到石桥段) and a group
# of places named by their first characters (宁镇扬片区, 西咸渭46个区县, 长株潭城市群): a name's
# characters, chosen, not typed for a word.
_ROUTE = lazy(r"[从由自]([\u4e00-\u9fff]{2,4}?)[至到]([\u4e00-\u9fff]{2,4}?)"
              r"(?=段|路段|沿线|两侧|两旁|一线|一带|之间|方向|区间|[，,。；;、\s])")
_PLACE_GROUP = lazy(r"([\u4e00-\u9fff]{2,4}?)(?:(?:片区|城市群|都市圈|经济圈|经济带|一体化|同城化)|(?:地区|片区)?\d+个"
                    r"(?:县区|区县|县市区|县市|市县|区市|市州|地市|城市|县[(（]市、区[)）]|市[(（]县、区[)）]))")
# Works of a trade done on a structure (排水棱体土方开挖, 干支渠防渗, 农渠、毛渠防渗改造): the structure
# before them, or each of a list of them, is named by the trade's term, which the model of prose
# never saw.
_WORKS = lazy(r"防渗|衬砌|开挖|清淤|疏浚|砌护|护砌|浇筑|回填|清基|土方|砌筑|灌浆|除险加固")
_WORKS_REACH = 12
_WORKS_LIST = lazy(r"[\u4e00-\u9fff、]*")


# A farming pattern named by its two crops or animals, one character each (稻菜轮作, 稻虾共作, 稻鱼共生,
# 麦玉轮作): the pair is the trade's shorthand, in no dictionary.
_FARMING = lazy(r"(?:轮作|连作|套种|套作|间作|间种|混作|混种|共作|共生|共育|共养|复合种养|综合种养|种养结合|轮作休耕)")
# What a place achieves, written right after its name (为鲤城实现经济社会高质量发展, 推动芗城高质量发展):
# a place's development.  A place named by its own two characters the model may read as a common word
# (鲤城 as 历程); nothing else develops so.
_PLACE_DEVELOPS = lazy(r"(?:实现|的)?(?:经济社会|经济|县域)(?:高质量|跨越式|绿色|全面|持续健康|转型|赶超)?发展")
# The head of one of several clauses that each open on a four-character phrase and go on in the same
# frame (培根铸魂，在政治忠诚上见行见效；跳起摸高，在守正创新上见行见效): the phrases are the
# report's chosen headings, a slogan's, and the frame written three times says so.
_CLAUSE_EDGE = "；;。：:\n（）()、"
_FRAME_TAIL = 4  # characters of the frame's end shared by the clauses
_FRAMES = 3  # clauses written in the frame, the suspect's included


def _parallel_clause_head(text: str, at: int, length: int) -> bool:
    end = at + length
    start = at
    while start > 0 and at - start < 4 and text[start - 1] not in _CLAUSE_EDGE:
        start -= 1
    comma = text.find("，", end, start + 5)
    if start == 0 or text[start - 1] not in _CLAUSE_EDGE or comma != start + 4:
        return False
    stop = comma + 1
    while stop < len(text) and text[stop] not in "；;。\n" and stop - comma < 40:
        stop += 1
    lo, hi = max(0, start - 200), min(len(text), stop + 200)
    # the frame's end: this clause's own, or the one before it (the last clause runs on into the
    # sentence that sums them up: …见行见效六个方面)
    for tail in (text[stop - _FRAME_TAIL:stop], text[start - 1 - _FRAME_TAIL:start - 1]):
        if len(tail) == _FRAME_TAIL and all(map(_wording.is_han, tail)) \
                and text.find(tail, comma + 2, stop) >= 0 and text.count(tail, lo, hi) >= _FRAMES:
            return True
    return False


def _named_place_or_term(text: str, at: int, length: int) -> bool:
    """Is text[at:at + length] in a route's ends, a group of places (``_ROUTE``, ``_PLACE_GROUP``),
    the term of a structure before the works done on it (``_WORKS``), a farming pattern's crops
    (``_FARMING``), a place before its development (``_PLACE_DEVELOPS``: a whole word only) or the
    head of clauses written in one frame (``_parallel_clause_head``)?"""
    end = at + length
    for crops_end in range(max(end, at + 2) - 3, at + 3):
        farming = _FARMING.match(text, crops_end) if crops_end >= 2 else None
        # the suspect in the crops or in the pattern's own word (稻虾共作: 共 read as 工作)
        if farming and at < farming.end() and all(map(_wording.is_han, text[crops_end - 2:crops_end])):
            return True
    if length == 2 and _PLACE_DEVELOPS.match(text, end):
        return True
    if _parallel_clause_head(text, at, length):
        return True
    for start in range(max(0, at - 5), at + 1):
        if text[start] in "从由自":
            m = _ROUTE.match(text, start)
            if m and (m.start(1) <= at < m.end(1) or m.start(2) <= at < m.end(2)):
                return True
        m = _PLACE_GROUP.match(text, start)
        if m and m.end(1) >= end:
            return True
    works = _WORKS.search(text, end, end + _WORKS_REACH)
    return works is not None and _WORKS_LIST.match(text, end, works.start()).end() == works.start()


def _coined(text: str, at: int, length: int) -> bool:
    """Does text[at:at + length] touch a coinage of today's reports (``_COINED``)?"""
    return any(m.start() < at + length and m.end() > at for m in _COINED.finditer(text, max(0, at - 3), at + length + 3))


class Typo(NamedTuple):
    at: int  # offset in the paragraph
    wrong: str  # one character, or a whole word typed as its homophone
    right: str
    word: str  # the word the right character makes (the right word itself for a whole word)
    certain: bool  # no other character passes the thresholds here


@rule(
    code="LL601",
    name="typo",
    script="simplified",
    severity="warning",
    summary="错别字：字形或读音相近的字误用，如“总休方案”“营商环竟”",
    summary_en="A wrong character where a similar-sounding or similar-looking one makes the expected word (总休方案 for 总体方案, 营商环竟 for 营商环境)",
    why=(
        "输入法造成的错别字是审读公文时最常见的问题，包括整词打成同音词（“申领”打成“神灵”）。本规则只在证据充分时报告："
        "该字与前后字的搭配在约480万字的法律条文和新闻语料中罕见；换成音近或形近的字（或同音的公文常用词）后，"
        "字三元语言模型和分词词频都明显更好，且换后的字与前后字组成常见词，原字不在常见词或公文词汇中。"
        "成语和固定说法（再接再厉、常抓不懈、违法必究）中一字换成音近或形近字（再接再励、长抓不懈）、且写法不成词的，也报告；"
        "公文常用词汇中四字以上的名称和术语及机关名称（国家卫生健康委、交通管理大队）一字换成音近或形近字、写法不成词的，同样报告。"
        "学校、道路、街道、乡镇、公司等名称后缀前的字，单独成行或括号中的人名，以及全文多处出现的写法，都按专名对待，不报告；"
        "路段的起止地名（从响水至石门两侧）、以简称并称的片区（宁镇扬片区、西咸渭46个区县）、施工对象的专业名称"
        "（干支渠防渗、排水棱体土方开挖）同样不报告。"
        "口号自造的并列格式（少捕慎诉慎押、稳中快进优进、补短锻长）、叠字副词与补语之间的动词（牢牢扭住）、"
        "预算中“某某性”款项的词干（暂付性款项）都是有意的写法，也不报告。"
        "结巴 2013 年词典未收、而现代词频表（wordfreq）常见的写法（如“失联”）是今天的词，也不报告。"
        "专名仍可能被误报，可用 --ignore typo 或 per-file-ignores 关闭。"
    ),
    why_en=(
        "Input-method slips are the first thing a reviewer of an official document finds, a whole word typed as its "
        "homophone among them (神灵 for 申领). This rule reports one only on strong evidence: the character's pairs "
        "with its neighbours are rare in about 4.8 million characters of statute and news prose; a similar-sounding "
        "or similar-looking character (or a homophone word of the official-document vocabulary) reads much better "
        "by a character trigram model and by word frequencies, makes a common word with its neighbours, while the "
        "characters as written belong to no common word. The characters before a name's suffix (a school, a road, a "
        "street, a town, a company), a person named alone between marks and a form the document writes in several "
        "places are taken for names, and so are a route's ends (从响水至石门两侧), a group of places by their "
        "initials (宁镇扬片区, 西咸渭46个区县) and a trade's structure before the works done on it (干支渠防渗). "
        "A set phrase (再接再厉, 常抓不懈) written with one character swapped for a "
        "sound- or look-alike that makes no word (再接再励) is reported too, and so is a name or term of four "
        "characters or more from the official-document vocabulary or a government body's name written so "
        "(国家卫生建康委 for 国家卫生健康委). "
        "A form jieba's 2013 dictionary lacks that a modern word list (wordfreq) "
        "holds about as often as its correction (失联) is taken for a word of today. A slogan's own formation "
        "(units sharing a character, 少捕慎诉慎押, 稳中快进优进; opposites set against each other, 补短锻长; a verb "
        "between a reduplicated adverb and its complement, 牢牢扭住) and the stem of a budget's 性 attribute "
        "(暂付性款项) are meant as written. Proper names can still be reported; turn the rule off "
        "with --ignore typo or per-file-ignores."
    ),
    bad=[
        # A word misspelt that the confusable pairs know (检查院, 建全, 作到): one word's typo.
        "局党组专题研究部署法治政府建设工作，配合上级检查院开展公益诉讼专项监督。",
        "建立建全重大行政决策合法性审查机制，切实作到执法过程公开透明。",
        # One look-alike from a common word of the 公文 vocabulary, inside a clause, where the model clearly prefers it.
        "全年信判质效稳步提升，市民政局积极配合市整务办做好政府网站建设工作。",
        "研究制定全区法治政府建设总休方案，明确责任分工。",
        "全局上下凝心据力、守证创新，以久久为攻的韧劲推进法治建设。",
        "持续优化法治化营商环竟，严格规范涉企行政检查。",
        "加强知只产权保护，严厉打击侵权假冒行为。",
        "严格执行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制渡。",
        "我局高度重视法治政府建设，将其纳入年度工作要点统筹推进，切实加强阻织领导。",
        "建立健全行政裁量权基准制度，细化量化裁量范围、种类和幅渡。",
        "完善行政调解、行政裁决、行政复议、行政诉讼有机衔接的纠纷化解机制，有效化解矛盾纠分。",
        "坚持依法行政，推进政务公开，主动接受人大监督和社会舆论监都。",
        "组织全体干部职工参加学法用法考试，切实提升干部法治素样。",
        "严格执行鱼蒜管理制度，规范财政资金使用。",
        "深化积垢改革，优化政府职能配置。",
        "建立健全第三方机构平谷机制，提高评估质量。",
        "围绕健设法治政府，细化年度工作任务。",
        "金面推进依法行政，加快建设法治政府。",
        "认真开展行政复议应诉丁作，依法化解行政争议。",
        "全体干部再接再励，推动法治政府建设再上新台阶。",
        "对安全生产隐患排查工作长抓不懈，坚持有法必依、执法必严、违法必纠。",
        "县公安局交通管理大对查处交通违法行为1.2万起。",
        "会同国家卫生建康委派驻指导组开展督导。",
        "全县应急管理体系全面构健。",
    ],
    good=[
        "全局上下凝心聚力、守正创新，以久久为功的韧劲推进法治建设，坚持接诉即办、未诉先办。",
        # A level before a session's ordinal, a rank, the trades' terms, names listed before 等 and a count.
        "认真落实市二届人大二次会议精神，人均办案数居全省第3位；全区发生亡人道路交通事故20起，抓好秸秆禁烧；"
        "官山、枫堂、新窑等7个断面水质达标。",
        # A slogan's place written after each attribute; an abbreviation of two things named together;
        # a document number's issuer; a group named by its first member.
        "为建设平安尤溪、法治尤溪作出新的贡献。",
        "提前介入征地拆迁、旧城改造等重点项目，积极为拆改方案的制订提供法律服务。",
        "印发《关于加强政策文件解读工作的通知》（泉鲤政办〔2021〕43号），明确解读责任。",
        "依法办理了公安部督办的蓝近翃等40余人特大电信网络诈骗案。",
        "研究制定全区法治政府建设总体方案，明确责任分工。",
        "持续优化法治化营商环境，严格规范涉企行政检查。",
        "加强知识产权保护，严厉打击侵权假冒行为。",
        "严格执行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度。",
        "我局高度重视法治政府建设，将其纳入年度工作要点统筹推进，切实加强组织领导。",
        "建立健全行政裁量权基准制度，细化量化裁量范围、种类和幅度。",
        "陕西省铜川市耀州区石柱镇马咀村党总支书记、村委会主任，居民郝丽艳二十年如一日照顾老人。",
        "坚持依法行政，推进政务公开，主动接受人大监督和社会舆论监督。",
        "2023年共办理行政复议案件56件，其中维持38件、撤销5件、确认违法3件。",
        "严格执行预算管理制度，深化机构改革，建立第三方机构评估机制。",
        "四是积极开展案卷评查活动，全年评查行政执法案卷120卷。",
        "为静海区推进高质量发展提供坚强法治保障。",
        "推动“非禁即入”普遍落实，持续优化营商环境。",
        "举办国家宪法日暨国际残疾人日主题活动。",
        "打造干净、靓丽、整洁、有序的城市环境。",
        "深入推进依法治省，省委依法治省办加强统筹协调。",
        "特邀省委党校卓泽渊教授解读法治政府建设实施纲要。",
        "区普法办在砺青中学开展宪法晨读活动。",
        "此次活动由县普法办牵头组织。（王艳 武明竹）",
        "着力培育50亿级产业和百亿级产业集群。",
        "二是高效运转“督办、交办、亮晒、通报、问责”五项机制。",
        "对失联人员逐一摸排，及时掌握动态。",
        "全体干部再接再厉，对安全生产工作常抓不懈，坚持违法必究。",
        "依法查处非法占为己有的行为，树立社会主义法治理念。",
        "会议听取了上半年审判执行工作情况汇报，冶生俊院长对下一步工作提出要求。",
        # A term of three characters (城乡接合部), a list's shared head (稻虾、稻鱼), a set phrase's
        # frame varied (扭亏为盈: 扭负为正), an abbreviation after its full form (法律援助: 法援).
        "加强城乡接合部和农村地区公共法律服务供给。",
        "推广稻渔综合种养，主要是稻虾、稻鱼、稻鳅等模式。",
        "全县经济增速实现扭负为正，发展态势持续向好。",
        "省法律援助基金会全年资助法援公益项目80个。",
        # An item's label that the document writes again: its own name for an indicator.
        "（三）一产固投：一产固投完成54.4亿元，增长10.1%。",
        # Near a term of the 公文 vocabulary, and meant: 县级 (省级人民政府), 财产权和 (财产权利),
        # 海关总数据 (海关总署), 社会主义法治国家 (依法治国).
        "配合县人民检察院开展公益诉讼专项监督，认真执行县级人民政府的决定。",
        "依法保护公民的财产权和继承权，坚持建设社会主义法治国家。",
        "按月统计海关总数据的变化情况。",
        # A slogan's formation (units sharing a character, opposites set against each other, a verb
        # between a reduplicated adverb and its complement), a budget's 性 attribute, the 余 of a count.
        "坚持少捕慎诉慎押刑事司法政策，牢牢扭住发展第一要务，转列暂付性款项12笔，在30余处重点部位设卡。",
        "全区经济呈现稳中快进优进态势，产业链补短锻长取得新进展。",
        # A person the text names by a title or a byline somewhere is that person everywhere.
        "蒋军平在县第十七届人民代表大会第四次会议上作报告。会上，县法院蒋军平院长回顾了五年工作。",
        "记者黄清娴通讯员徐晨曦\n编辑：张烨",
        # Places as a route's ends or a group's initials; a trade's structures before the works on them.
        "从响水至石门两侧完成补植，全县营商环境在宁镇扬片区12个县区中排名第4位。",
        "完成干支渠防渗8公里、排水棱体土方开挖，形成建言报告2份。",
        # A mall named in a list of them or before 商圈; a farming pattern's crops; a place before its
        # development; the heads of clauses written in one frame.
        "依托大都荟、3511文创园等商圈，吸引品牌首店入驻；依托万象荟商圈打造夜间经济集聚区。",
        "持续巩固发展稻菜轮作粮经复合种植模式，推广稻虾共作、稻鱼共生综合种养。",
        "切实履行审计监督职责，为鲤城实现经济社会高质量发展做好服务保障。",
        "报告从培根铸魂，在政治忠诚上见行见效；心怀大局，在护航发展上见行见效；跳起摸高，在守正创新上见行见效。",
        # A person after a title, a classical parallel, words of today inside a clause.
        "县人民法院院长王俊卿向大会作报告；真正做到释民惑、解民忧；完成灾后农房重建5437户。",
        # The written character makes a word with the one beside it, outside the word it would correct to.
        "依法整治突出治安问题，命案全破；全年实施人工生态环境补水3.2亿立方米。",
    ],
    fixable="unsafe",
)
def typo(doc: Document) -> Iterator[Finding]:
    from . import confusables

    # A word misspelt that the confusable pairs know (检查院, 建全, 作到): a typo of one word, unless
    # a short quotation mentions it (“人民检查院”是常见的错别字).
    for found in confusables.misspellings(doc):
        if not _in_short_quote(doc.folded, found.start):
            yield found
    claimed = None
    for at, t in find_typos(doc):
        if claimed is None:
            claimed = _claimed(doc)
        if claimed.isdisjoint(range(at, at + len(t.wrong))):
            yield _finding(at, t)


def _claimed(doc: Document) -> set:
    """Offsets the other wording rules report, and the misspelt words the confusable pairs know (检查院):
    one slip, one finding."""
    from . import confusables, dropped, formulations, variants

    spans = [(f.start, f.end) for module in (confusables, dropped, variants) for f in module.findings(doc)]
    spans.extend((m.start, m.end) for m in formulations.misses(doc))
    return {at for start, end in spans for at in range(start, end)}


def find_typos(doc: Document) -> List[Tuple[int, Typo]]:
    """(offset in the document, typo) of each slip reported, in order.

    The distinct paragraphs (a paragraph written again is read once) are joined into one
    text, and its distinct character pairs are sorted out once: seen or unseen.  One
    pass in C then finds where the unseen pairs stand; only there are characters and
    words judged, in stages from the cheapest (see ``_Judges``).
    """
    distinct = list(dict.fromkeys(para.folded for para in doc.paragraphs))
    # Two newlines at each end: every suspect has two characters of context either side
    # (a newline reads as a paragraph's edge).
    joined = "\n\n" + "\n".join(distinct) + "\n\n"
    pairs = list(map(operator.add, joined, joined[1:]))
    unseen = _unseen(set(pairs))
    starts = []
    at = 2
    for ptext in distinct:
        starts.append(at)
        at += len(ptext) + 1
    by_text: Dict[str, List[Typo]] = {}
    for at, t in _Judges(joined, starts, unseen).find(pairs):
        n = bisect.bisect_right(starts, at) - 1
        by_text.setdefault(distinct[n], []).append(t._replace(at=at - starts[n]))
    out = []
    for para in doc.paragraphs:
        out.extend((para.start + t.at, t) for t in by_text.get(para.folded, ()))
    return out


class _Memo(dict):
    """A dict that computes a missing value as ``compute(key)`` and keeps it: a lookup in
    a comprehension costs a dict's lookup once the key is known."""

    __slots__ = ("compute",)

    def __init__(self, compute) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, key):
        value = self[key] = self.compute(key)
        return value


# The levels of government a body's name is written at (省委, 县委, 市政府, 区法院, 乡镇, 村委会): a term
# of the vocabulary named at one level is the same term at another, whichever it lists.
_LEVELS = frozenset("国省市县区州旗盟乡镇村街")
_ELSEWHERE = 2  # other places a name is written in, between other words (``_Judges._unnamed``)
_NAME_CHARS = 3  # characters of a person's name from the surname on, as ``_Judges._unnamed`` counts it


class _Judges:
    """Where the unseen pairs of ``joined`` (paragraphs joined by newlines, two more at
    each end) stand, which characters and words there are slips.

    Each suspect goes through stages, cheapest first, and each stage is remembered by
    the characters it reads: what a suspect character may stand for and how much the
    character model gains by it reads the five characters around it; a suspect word,
    the six around it; so each such stretch is judged once a document.  The rest (names,
    dictionary words, segmentation) reads the suspect's paragraph, for the few suspects
    the model likes.
    """

    def __init__(self, joined: str, starts: List[int], unseen) -> None:
        self.joined = joined
        self.starts = starts
        self.unseen = unseen
        self._judged: Dict[tuple, Optional[Typo]] = {}
        self._names: Optional[FrozenSet[str]] = None

    def find(self, pairs: List[str]) -> List[Tuple[int, Typo]]:
        joined = self.joined
        at_unseen = list(compress(range(len(pairs)), map(self.unseen.__contains__, pairs)))
        # Each stage is one comprehension over the places left, and its work is done
        # once for each distinct stretch of text it reads (a _Memo).
        # Characters: each of an unseen pair's two, with what it may stand for (three
        # characters read), then the model's gain (five).
        # A character in a common word or a word of the 公文 vocabulary as written is
        # never a slip (_judge asks the same of jieba's dictionary and the vocabulary):
        # three quarters are, in a pair with a neighbour, and they are passed over
        # before anything is weighed.
        meant = _wording.meant_pairs()
        candidates = _Memo(self._candidates)
        at_chars = [at for at in set(at_unseen).union([k + 1 for k in at_unseen])
                    if pairs[at - 1] not in meant and pairs[at] not in meant and candidates[joined[at - 1:at + 2]]]
        gain = _wording.charlm().gains
        gains = _Memo(
            lambda five: [(c, g) for c, g in gain(five, 2, candidates[five[1:4]]) if g > LM_MIN])
        liked_chars = sorted(at for at in at_chars if gains[joined[at - 2:at + 3]])
        # Words: the unseen pair, and the pairs either side of it, when they read as
        # some other word (two characters read), then the homophones that make seen
        # pairs with the neighbours (four), then the model's gain (six).
        # A word of the 公文 vocabulary as written is meant (_judge_word): no homophone is looked for.
        homophones = _wording.homophones()
        official = homophones.official_words() | _wording.TODAYS_WORDS
        known = _Memo(homophones.words)
        at_words = [at for at in set(at_unseen).union([k - 1 for k in at_unseen], [k + 1 for k in at_unseen])
                    if pairs[at] not in official and known[pairs[at]]]
        fitting = _Memo(lambda four: _fitting(four, known[four[1:3]]))
        at_words = [at for at in at_words if fitting[joined[at - 1:at + 3]]]
        word_gains = _Memo(lambda six: _word_gains(six, fitting[six[1:5]]))
        liked_words = sorted(at for at in at_words if word_gains[joined[at - 2:at + 4]])
        found = []
        for at in liked_chars:
            text, local = self._paragraph(at)
            lo = max(0, local - _CONTEXT_BEFORE)
            key = (text[lo:local + _CONTEXT_AFTER], local - lo)
            if key not in self._judged:
                self._judged[key] = _judge(text, local, gains[joined[at - 2:at + 3]])
            if self._judged[key] is not None and not self._named_here(text, local, 1):
                found.append((at, self._judged[key]))
        taken = {at for at, _ in found}
        for at in liked_words:
            if at in taken or at + 1 in taken:
                continue
            text, local = self._paragraph(at)
            lo = max(0, local - _CONTEXT_BEFORE)
            key = (text[lo:local + _CONTEXT_AFTER + 1], local - lo, 2)
            if key not in self._judged:
                self._judged[key] = _judge_word(text, local, word_gains[joined[at - 2:at + 4]])
            typo_ = self._judged[key]
            if typo_ is not None and not self._named_here(text, local, 2):
                found.append((at + typo_.at, typo_))
                taken.update(range(at + typo_.at, at + typo_.at + len(typo_.wrong)))
        found.extend(self._one_away(at_unseen, {k for at, t in found for k in range(at, at + len(t.wrong))}))
        found = [(at, t) for at, t in found if not _written_today(joined, at, t) and not self._abbreviated(at, t)
                 and not _in_slogan(joined, at, t) and not _slogan_name(joined, at, t)
                 and not _named_place_or_term(joined, at, len(t.wrong)) and not _word_outside(joined, at, t)]
        if found:
            labels = _labels(joined)
            found = [(at, t) for at, t in found if not _in_label(joined, labels, at, len(t.wrong))]
        taken = {k for at, t in found for k in range(at, at + len(t.wrong))}
        found.extend(self._set_phrase_slips(at_unseen, taken))
        taken.update(at for at, _ in found)
        found.extend(self._term_slips(taken, pairs))
        found = [(at, t) for at, t in found if not _written_as_meant(joined, at)]
        found.sort()
        return self._unnamed(found)

    def _abbreviated(self, at: int, t: Typo) -> bool:
        """``_abbreviated`` across the document: a term written in full in one section and shortened
        in a later heading (法律援助 … 法援), two things named together in one place and shortened
        together in another (征地拆迁、旧城改造 … 拆改方案)."""
        lo, hi = max(0, at - _ABBREVIATED_NEAR), at + _ABBREVIATED_NEAR
        near = self.joined[lo:hi]
        return _abbreviated(near, at - lo, t, _named_together(near))

    def _term_slips(self, taken, pairs: List[str]) -> List[Tuple[int, Typo]]:
        """Slips of one character in a term of the 公文 vocabulary (``_term_slips``: 海关总数 for
        海关总署), where the pairs a slip makes may be common ones; not in a short quotation nor in
        a name the document gives (see ``_named_here``)."""
        out = []
        for at, char, right, term in _term_slips.find(self.joined, pairs):
            if at in taken or self._quoted(at) or (char in _LEVELS and right in _LEVELS):
                continue  # the same body at another level (全面依法治省委员会 against 依法治县委员会)
            slip = Typo(0, char, right, term, True)
            if _word_outside(self.joined, at, slip):
                continue  # 人工生态环境补水: 补水 with the character after the term, not 生态环境部 slipped
            text, local = self._paragraph(at)
            if not self._named_here(text, local, 1):
                out.append((at, slip))
        return out

    def _one_away(self, at_unseen: List[int], taken) -> List[Tuple[int, Typo]]:
        """A pair never seen that is no word, one look-alike from a word of the 公文 vocabulary that prose
        writes often, as a clause's last word (体系全面构健。 for 构建, 表达渠到。 for 渠道), where the
        character model has nothing after it to weigh it by.  The vocabulary's word is the evidence, as
        a set phrase's is: the look-alike is one of pycorrector's sets both ways, it is the only such
        word from either character (or the model prefers it clearly to the other from the same
        character: 构建, not 构件), neither character makes a word with its other neighbour (the pair
        stands as a unit), no longer word holds it (与时俱进), the model and the segmentation gain by it,
        and it is no classical construction (急民之所急) and no name.  Inside a clause (信判质效, 市整务办,
        选传册) the same holds with the model's gain nearly what a character needs alone
        (``INSIDE_LM``), and not in a quotation (a poem's, a slogan's words) nor in a verb's reduplication
        (歇一歇): on real pages a pair inside a clause one look-alike from a common word is a name or a
        term as often as a slip (农房, 民转刑), and the model's clear preference tells them apart."""
        joined = self.joined
        meant = _wording.meant_pairs()
        confusion = _wording.confusion()
        frequency = segment.frequencies().frequency
        by_other = _one_away_words()
        twice: Dict[str, bool] = {}
        out = []
        for i in at_unseen:
            pair = joined[i:i + 2]
            if (pair[1], 0) not in by_other and (pair[0], 1) not in by_other:
                continue  # no such word keeps either character in place
            inside = joined[i + 2] not in _CLAUSE_END
            if i in taken or i + 1 in taken or not all(map(_wording.is_han, pair)) or pair in meant \
                    or not _CLASSICAL.isdisjoint(pair) or not _NEVER_WRONG.isdisjoint(pair):
                continue
            found = []
            for k in (0, 1):
                char = pair[k]
                like = confusion.alike(char)
                if not like or char in _PARTICLES:
                    continue
                for word in by_other.get((pair[1 - k], k), ()):
                    c = word[k]
                    if c in like[0]:
                        back = confusion.alike(c)
                        if back and char in back[0] and (frequency[word] or 0) >= ONE_AWAY_MIN:
                            found.append((i + k, Typo(0, char, c, word, True)))
            # (the pair's own counts last: most pairs have no look-alike word, and an unseen pair's count is the
            # dearest lookup)
            if not found or frequency[pair]:
                continue
            found = [(at, t) for at, t in found if self._stands_as_unit(i, at - i, meant, frequency)]
            if len(found) > 1 and len({at for at, _ in found}) == 1:
                # two words from one character (构件, 构建): the character model picks, by a margin
                at = found[0][0]
                gains = dict(_wording.charlm().gains(joined[at - 2:at + 3], 2, frozenset(t.right for _, t in found)))
                ranked = sorted(found, key=lambda f: -gains.get(f[1].right, -1e9))
                first, second = (gains.get(f[1].right, -1e9) for f in ranked[:2])
                found = ranked[:1] if first - second >= ONE_AWAY_MARGIN else found
            if len(found) != 1:
                continue
            at, t = found[0]
            # (the tests of the text around first, those of the whole text and the word lists last: the model's
            # and the segmentation's scores between them)
            if inside and (_in_quotation(joined, i) or _reduplicated(joined, i) or _titled_name(joined, i)
                           or _parallel_threes(joined, i)):
                continue  # a quotation's words are its author's (a poem, a slogan), 歇一歇 a verb's form, 院长王俊卿
                # a person, 释民惑、解民忧 a parallel's
            gain = dict(_wording.charlm().gains(joined[at - 2:at + 3], 2, frozenset(t.right))).get(t.right, -1e9)
            if gain < (INSIDE_LM if inside else ONE_AWAY_LM) or _long_word(joined, i)[0] or _long_word(joined, i + 1)[0]:
                continue  # the model reads it no better, or a longer word holds it (与时俱进)
            text, local = self._paragraph(at)
            a, b = max(0, local - _WINDOW), min(len(text), local + _WINDOW + 1)
            changed = text[:local] + t.right + text[local + 1:]
            if _segment_score(changed[a:b]) - _segment_score(text[a:b]) < (INSIDE_SEG if inside else ONE_AWAY_SEG):
                continue  # the words around read no better with it (银保监会: 保健 cuts 监会 off)
            if inside and (_written_twice(joined, pair, twice) or _modern_word(pair)):
                continue  # a word of today (法援, 农房), or one the text writes twice (整治裸地…，排查覆盖裸地: a slip
                # is seldom typed twice), is meant
            if _in_a_name(text, local) or _named_person(text, local) or _in_short_quote(text, local) \
                    or _REPORT_WORDS.search(text, max(0, local - 5), local + 6) or _coined(text, local, 1) \
                    or _in_government_word(text, local, 1) or _in_name_span(text, local, 1, {t.right}) \
                    or _counted(text, local) or self._named_here(text, local, 1) or _shared_head(text, local) \
                    or _in_parallel_slot(text, local, {t.right}) or _short_list_item(text, local, 1, {t.word}) \
                    or _frame_char(text, local) \
                    or (inside and (_FIRM_AFTER.match(text, local + 1) or _COMPANY_AFTER.match(text, local + 1)
                                    or _wording.in_business_list(text, local) or _in_frame(text, local, 1)
                                    or _named_place_or_term(text, local, 1) or _in_phrase_frame(text, local)
                                    or _starts_a_term(text, local) or _in_long_word(text, local, [t.right]))):
                continue  # a list's items share a head, a frame, and vary a slot (稻虾、稻鱼; 以评促查、以查促改);
                # inside a clause, what the character's own reading leaves alone too: names (博硕律师事务所), a
                # set phrase's frame varied (扭负为正), a known term's newer form (刑释解矫)
            out.append((at, t))
        return out

    def _stands_as_unit(self, i: int, k: int, meant, frequency) -> bool:
        """Does the pair at ``i`` stand as a unit for a slip of its character ``k``: that character makes
        no word with its outer neighbour, nor the other character with its own?"""
        joined = self.joined
        char = joined[i + k]
        outer = joined[i - 1] + char if k == 0 else char + joined[i + 2]
        kept = joined[i + 1] + joined[i + 2] if k == 0 else joined[i - 1] + joined[i]
        return not (outer in meant or kept in meant or frequency[kept])

    def _set_phrase_slips(self, at_unseen: List[int], taken) -> List[Tuple[int, Typo]]:
        """Slips of one character in a four-character set phrase (``_wording.set_phrases``:
        再接再励 for 再接再厉, 长抓不懈 for 常抓不懈, 违法必纠 for 违法必究), where the slip makes a
        pair the character model never saw.  An idiom's characters are fixed, so the phrase
        itself is the evidence, where the model of plain prose may not know it well enough:
        the written character sounds or looks like the phrase's, and the four characters as
        written are no set phrase and no word (jieba counts 再接再励 3 times against 115, and
        is taken at its word only within a twentieth).  The written four must stand as a
        unit: the changed character makes no common word with a neighbour inside them; an
        edge's character makes no common word with the one outside, unless that one makes a
        word with the next (主义法治理念 holds no 依法治理; 精兵减政要求 holds 精兵简政 beside
        要求, whatever 政要 is); no longer dictionary word runs across the window's edge
        through the character (非法占为己有); and a short
        quotation (a slogan's pun on an idiom) is left alone.  的, 地 and 得 are a matter of
        grammar, not of the phrase."""
        joined = self.joined
        report = _wording.report_phrases()
        phrases = _wording.all_set_phrases()
        confusion = _wording.confusion()
        meant = _wording.meant_pairs()
        followers = _wording.charlm().followers
        freq = segment.frequencies().freq
        out = []
        suspects = sorted(set(at_unseen).union([a + 1 for a in at_unseen]))
        # A long text looks each window up by the three characters that stay; a short one
        # tries each look-alike, where building the index would cost more than it saves.
        slots = _wording.set_phrase_slots() if len(suspects) >= _SLOTS_FROM else None
        for j in suspects:
            char = joined[j]
            like = confusion.alike(char)
            if j in taken or not like or char in _PARTICLES:
                continue
            found: Dict[str, Tuple[int, str, int]] = {}  # phrase: (its count, the right character, where it starts)
            for k in range(4):
                i = j - k
                window = joined[i:i + 4]
                if len(window) < 4 or not all(map(_wording.is_han, window)):
                    continue
                if slots is None:
                    fills = like[1]
                else:
                    fills = slots[k].get(window[:k] + window[k + 1:], "")
                    if not fills:
                        continue  # no set phrase keeps the other three
                if not ((k and char not in followers(window[k - 1])) or (k < 3 and window[k + 1] not in followers(char))):
                    continue  # the slip's own pairs are seen
                if any(window[m:m + 2] in meant for m in range(max(0, k - 1), min(k + 1, 3))) \
                        or (joined[i - 1] + window[0] in meant and joined[i - 2:i] not in meant) \
                        or (window[3] + joined[i + 4] in meant and joined[i + 4:i + 6] not in meant):
                    continue  # the four do not stand apart: an edge's character is a word's with the next
                written = freq(window) or 0
                for c in fills:
                    phrase = window[:k] + c + window[k + 1:]
                    if c not in like[1] or c in _PARTICLES or phrase not in phrases:
                        continue
                    back = confusion.alike(c)
                    # jieba does not count today's slogans: one of them counts as a phrase seen often
                    count = freq(phrase) or (_REPORT_PHRASE_COUNT if phrase in report else 0)
                    if back and char in back[1] and written * _SET_PHRASE_RATIO < count:
                        found[phrase] = (count, c, i)
            if not found:
                continue
            phrase, (_, right, start) = max(found.items(), key=lambda item: (item[1][0], item[0]))
            if _word_through(joined, j, start) or self._quoted(j):
                continue
            out.append((j, Typo(0, char, right, phrase, len(found) == 1)))
        return out

    def _quoted(self, at: int) -> bool:
        """Is joined[at] inside a short quotation of its paragraph (``_in_short_quote``)?"""
        text, local = self._paragraph(at)
        return _in_short_quote(text, local)

    def _unnamed(self, found: List[Tuple[int, Typo]]) -> List[Tuple[int, Typo]]:
        """``found`` less the suspects written, with a character either side, at least twice more
        elsewhere in the document, each time between other words (梧田街道开展… 指导梧田社区…
        在梧田召开…), or inside three characters from a surname on written so (郭艳秋调解… 经郭艳秋之手
        … 到了郭艳秋手里: a person's name, the suspect 郭 for 过 in 经过).  A name recurs, a slip
        seldom does: one typed again is mostly one text pasted again, in the same words around it
        (a paragraph written again is read once already), and a slip made twice in other words is
        no name (党组书己、局长 … 党委书己、总经理)."""
        joined = self.joined
        surnames = _wording.surnames()
        by_written: Dict[str, List[Tuple[int, int]]] = {}  # the form: (where it starts, the suspect's offset)
        for at, t in found:
            end = at + len(t.wrong)
            windows = {(at - 1, end + 1)}
            windows.update((s, s + _NAME_CHARS) for s in range(end - _NAME_CHARS, at + 1) if joined[s] in surnames)
            for a, b in windows:
                by_written.setdefault(joined[a:b], []).append((a, at))
        named = set()
        for written, starts in by_written.items():
            places = []
            at = joined.find(written)
            while at >= 0:
                places.append((joined[at - 2:at], joined[at + len(written):at + len(written) + 2]))
                at = joined.find(written, at + 1)
            if len(places) <= _ELSEWHERE:
                continue
            before = Counter(b for b, _ in places)
            after = Counter(a for _, a in places)
            both = Counter(places)
            for a, at in starts:
                around = (joined[a - 2:a], joined[a + len(written):a + len(written) + 2])
                # the places where neither side reads as here (inclusion and exclusion)
                if len(places) - before[around[0]] - after[around[1]] + both[around] >= _ELSEWHERE:
                    named.add(at)
        return [(at, t) for at, t in found if at not in named]

    def _named_here(self, text: str, at: int, length: int) -> bool:
        """Is text[at:at + length] in a name the document gives a place's last character to
        somewhere (鹤龙街 … 构建鹤龙“法务大院”)?  A place is named in full once and then used bare;
        its characters are chosen, not typed for a word.  (Not a website's name: 中国人丈网 is a
        slip for 中国人大网, where a page spun with a lottery's 中国竞彩网 is one of a kind.)"""
        if self._names is None:
            self._names = _names_given(self.joined)
        for start in range(max(0, at - 1), at + length):
            if text[start:start + 2] in self._names:
                return True
        return False

    def _candidates(self, three: str) -> FrozenSet[str]:
        """What the middle character of ``three`` may stand for: look-alikes that repair an
        unseen pair it is in, on that side or on the other (绕健设: 绕健 is unseen, and 建
        for 健 repairs 健设)."""
        unseen = self.unseen
        before, char, after = three
        candidates: FrozenSet[str] = _NONE
        if char + after in unseen:
            candidates = _pair_fix(char + after, False) | _outer_fix(before, char, True)
        if before + char in unseen:
            candidates = candidates | _pair_fix(before + char, True) | _outer_fix(after, char, False)
        return candidates

    def _paragraph(self, at: int) -> Tuple[str, int]:
        """The paragraph that holds joined[at], and at's offset in it."""
        n = bisect.bisect_right(self.starts, at) - 1
        start = self.starts[n]
        end = self.joined.find("\n", start)
        return self.joined[start:end if end >= 0 else len(self.joined)], at - start


@lru_cache(maxsize=100_000)
def _outer_fix(neighbour: str, char: str, neighbour_before: bool) -> FrozenSet[str]:
    """Look-alikes of ``char`` that make a common pair with ``neighbour``, on the side away
    from the unseen pair, and score well above the pair as written (as ``_unseen``'s)."""
    if not ("\u4e00" <= neighbour <= "\u9fff"):
        return _NONE
    like = _wording.confusion().alike(char)
    if not like:
        return _NONE
    lm = _wording.charlm()
    strong, every = like
    uni = lm.unigrams
    if neighbour_before:
        found = list(filter(lm.common_followers(neighbour).__contains__, every))
        if not found:
            return _NONE
        now = math.log((lm.bigram(neighbour, char) + 0.5) / uni[neighbour])
        return frozenset(c for c in found if math.log(lm.bigram(neighbour, c) / uni[neighbour]) - now
                         >= (PAIR_GAIN_MIN if c in strong else PAIR_GAIN_MIN_EXTRA))
    found = list(filter(lm.common_preceders(neighbour).__contains__, every))
    if not found or char not in uni:
        return _NONE
    now = math.log((lm.bigram(char, neighbour) + 0.5) / uni[char])
    return frozenset(c for c in found if math.log(lm.bigram(c, neighbour) / uni[c]) - now
                     >= (PAIR_GAIN_MIN if c in strong else PAIR_GAIN_MIN_EXTRA))


_NONE: FrozenSet[str] = frozenset()


def _unseen(pairs) -> FrozenSet[str]:
    """The pairs of Chinese characters of ``pairs`` the model never saw (twice).  What a
    look-alike could repair in one is asked only where a character of it is weighed
    (``_pair_fix``): a whole word typed as its homophone is looked for around every
    unseen pair."""
    followers = _wording.charlm().followers
    return frozenset(pair for pair in pairs
                     if "\u4e00" <= pair[0] <= "\u9fff" and "\u4e00" <= pair[1] <= "\u9fff"
                     and pair[1] not in followers(pair[0]))


@lru_cache(maxsize=200_000)
def _pair_fix(pair: str, second: bool) -> FrozenSet[str]:
    """Characters like one of an unseen pair's two (pair[1] if ``second``, else pair[0])
    that make with the other a pair seen commonly (five times), scoring well above the
    unseen one."""
    a, b = pair
    like = _wording.confusion().alike(b if second else a)
    if not like:
        return _NONE
    lm = _wording.charlm()
    found = list(filter((lm.common_followers(a) if second else lm.common_preceders(b)).__contains__, like[1]))
    if not found:
        return _NONE
    unigrams = lm.unigrams
    unseen = math.log(0.4 * (unigrams.get(b, 0) + 0.5) / lm.total)  # b after a, backed off
    if second:
        gains = ((c, math.log(lm.bigram(a, c) / unigrams[a]) - unseen) for c in found)
    else:
        gains = ((c, math.log(lm.bigram(c, b) / unigrams[c]) - unseen) for c in found)
    return frozenset(c for c, gain in gains if gain >= (PAIR_GAIN_MIN if c in like[0] else PAIR_GAIN_MIN_EXTRA))


# A form as written that jieba lacks is a word of today, not a slip, where a large modern
# vocabulary (``_wording.modern_words``: frequencies in centibels below one) holds it at least
# about as often as one word in three million and within 2.5 powers of ten of the correction's
# frequency (失联 for 失职, 竞彩 for 精彩), or within one power of ten of the correction.  Slips are
# written on the web too, but seldom: 己经 is three powers of ten rarer than 已经, 跟据 three and
# a third rarer than 根据.  jieba's own rare words (较易 3, 智识 26, 全票 20) are not asked: the
# list holds real-word slips just as often (平谷 for 评估, 错失 for 措施, 安检 for 案件).
_MODERN_COMMON = 650
_MODERN_RARER = 250
_MODERN_AS_OFTEN = 100


def _written_today(joined: str, at: int, t: Typo) -> bool:
    """Is the slip ``t`` at joined[at] written inside a word of today: two to four Chinese
    characters around it that jieba's 2013 dictionary lacks and a large modern vocabulary holds
    (see ``_MODERN_COMMON``)?  Only the few suspects that passed everything else are asked, so
    the vocabulary is read only for a document that has one.  A form jieba knows was weighed
    already (its frequency is part of the evidence), and the whole-word homophones of the
    dictionary (神灵 for 申领) stay slips."""
    modern = _wording.modern_words()
    right = modern.centibels(t.word) if modern else None
    if right is None:
        return False
    rarest = max(right + _MODERN_AS_OFTEN, min(_MODERN_COMMON, right + _MODERN_RARER))
    frequency = segment.frequencies().frequency
    end = at + len(t.wrong)
    for n in (2, 3, 4):
        for a in range(max(0, end - n), at + 1):
            written = joined[a:a + n]
            if len(written) < n or not all(map(_wording.is_han, written)) or frequency[written]:
                continue
            if modern.centibels(written, rarest) is not None:
                return True
    return False


# Characters that join words (的, 是, 一 …): four characters holding one are no pair of units.
_JOINING = frozenset("的了在和与及是为对把被从向到等之其各每本该这那个一不也就都而以")
# Opposites set against each other in a slogan's two units (补短锻长, 控新化旧, 抓大放小).
_OPPOSITES = frozenset(a + b for x, y in ("长短", "大小", "高低", "新旧", "增减", "进退", "多少", "快慢", "轻重", "强弱",
                                         "虚实", "难易", "早晚", "上下", "内外", "前后", "存亡", "破立", "疏堵")
                       for a, b in ((x, y), (y, x)))
# What completes a verb after a reduplicated adverb (牢牢扭住, 紧紧咬住, 稳稳托起, 牢牢扛牢).
_COMPLEMENTS = frozenset("住起牢紧稳实好")
# What a 性 attribute names in public finance (暂付性款项, 政府性基金, 经常性支出, 一次性补助).
_FINANCE_AFTER_XING = lazy(r"性(?:款项|款|资金|基金|支出|收入|债务|债券|补助|补贴|转移支付|经费|收费|结余|往来)")


# A name a slogan is built on, written again after another attribute (建设平安尤溪、法治尤溪; 富裕X和和谐X).
_SLOGAN_REPEAT = "[、和与]" + "[\u4e00-\u9fff]{2,4}"


def _slogan_name(text: str, at: int, t: "Typo") -> bool:
    """Is the slip ``t`` at text[at] in two characters the text writes again right after a 、 and
    another attribute (建设平安尤溪、法治尤溪: 尤溪 read as 尤其)?  A slogan sets its attributes before
    the name of the place or the thing it builds, and writes the name each time; a slip is not typed
    twice so."""
    for s in range(max(0, at - 1), at + len(t.wrong)):
        word = text[s:s + 2]
        if len(word) < 2 or not all(map(_wording.is_han, word)):
            continue
        near = text[max(0, s - 8):s + 10]
        if re.search(re.escape(word) + _SLOGAN_REPEAT + re.escape(word), near):
            return True
    return False


def _in_slogan(text: str, at: int, t: "Typo") -> bool:
    """Is the slip ``t`` at text[at] read into a slogan's or a budget's own formation, where every
    character is chosen (a model of plain prose reads it as a slip, and no list of words keeps
    up with the slogans of a year)?

    - Two-character units side by side that share a character in the same place, the form of a
      slogan's run of verbs and objects (少捕慎诉慎押, 稳中快进优进, 强链补链延链): the suspect, or the
      word its correction would make, lies in one unit of such a pair (少捕 read as 不慎 cuts across
      慎诉慎押's first unit) and the other unit is in no dictionary, a coinage of the slogan (a slip
      makes the form too, beside a word: 农亚农村, 韦造变造).  No character of the four joins words
      (的, 是, 一: 造变造的 is no pair of units), and a four-character set phrase (一心一意) is judged as
      one elsewhere.  Two units that set opposites against each other in the same place are a
      slogan's pair too (补短锻长 read as 短短, 控新化旧).
    - The verb between a reduplicated adverb and its complement (牢牢扭住, 紧紧咬住, 稳稳托住): the
      image is the slogan's, the frame says it is a verb.
    - The stem of a 性 attribute of money in a budget (暂付性款项, 政府性基金): the kind of money is
      named by the term of public finance, which the model of prose hardly saw.
    """
    end = at + len(t.wrong)
    # Where the correction's word would stand: a slip that makes a word with a neighbour.
    lo, hi = at, end
    changed = text[:at] + t.right + text[end:]
    for a in range(max(0, end - len(t.word)), at + 1):
        if changed.startswith(t.word, a):
            lo, hi = min(lo, a), max(hi, a + len(t.word))
            break
    frequency = segment.frequencies().frequency
    for a in range(max(0, lo - 3), hi):
        four = text[a:a + 4]
        if len(four) < 4 or not all(map(_wording.is_han, four)):
            continue
        if not _JOINING.isdisjoint(four) or four in _wording.set_phrases():
            continue
        if four[0] + four[2] in _OPPOSITES or four[1] + four[3] in _OPPOSITES:
            return True
        if not (four[0] == four[2] or four[1] == four[3]) or len(set(four)) != 3:
            continue
        # The unit beside the suspect's is the slogan's own coinage, in no dictionary: a slip can make
        # such a pair too, beside a word (农亚农村 for 农业农村, 韦造变造 for 伪造变造).
        others = [four[k:k + 2] for k in (0, 2) if not (a + k < hi and a + k + 2 > lo)]
        if others and not any(frequency[unit] for unit in others):
            return True
    if len(t.wrong) == 1 and at >= 2 and text[at - 2] == text[at - 1] and _wording.is_han(text[at - 1]) \
            and text[at - 1] not in _JOINING and text[at + 1:at + 2] in _COMPLEMENTS:
        return True
    xing = text.find("性", end, end + 2)
    return xing >= 0 and at >= xing - 2 and _FINANCE_AFTER_XING.match(text, xing) is not None


# Characters of grammar (的, 地 and 得 are confused in every kind of phrase, a matter of usage).
_PARTICLES = frozenset("的地得")
# A written form jieba counts is a slip still where its phrase is counted this many times more
# (再接再励 3 against 再接再厉 115).
_SET_PHRASE_RATIO = 20
_REPORT_PHRASE_COUNT = 100  # a report phrase's count for _SET_PHRASE_RATIO (a common idiom's jieba count)
# Suspect places from which the set-phrase stage indexes the set phrases (0.05-0.09 s to build,
# about 7 microseconds saved for each suspect: some 75,000 characters of report).
_SLOTS_FROM = 10_000


def _word_through(text: str, at: int, start: int) -> bool:
    """Does a dictionary word of three or four characters run through text[at] and across the
    edge of the four characters from ``start`` (非法占为己有: 占为己有, not 非法占有)?"""
    frequency = segment.frequencies().frequency
    for a in range(max(0, at - 3), at + 1):
        for b in range(max(at + 1, a + 3), min(len(text), a + 4) + 1):
            if (a < start or b > start + 4) and frequency[text[a:b]]:
                return True
    return False


def _in_short_quote(text: str, at: int) -> bool:
    """Is text[at] inside a short quotation (“非禁即入”, “放管服”, “邻里小院”)?  A coined slogan's or
    brand's words are its own, chosen for their sound or their pun (“湾事芜优”)."""
    for opening_mark, closing_mark in (("“", "”"), ('"', '"')):
        opening = text.rfind(opening_mark, max(0, at - _QUOTE_LONGEST), at)
        if opening >= 0 and text.find(closing_mark, at + 1, opening + _QUOTE_LONGEST + 2) >= 0:
            return True
    return False


_QUOTE_LONGEST = 11  # characters of a coined name in quotation marks (“穗直先锋·四强党支部”)


def _in_a_name(text: str, at: int) -> bool:
    """Is text[at] likely part of a proper name (a village, a street, a person)?

    Names are the rule's main source of false alarms: their characters are chosen, not
    common words (马咀村, 一坊社区, 郝丽艳).  A character right before a place suffix,
    or just after a title that introduces a person's name, is left alone.
    """
    if _PLACE_AFTER.match(text, at + 1, at + 4) or _DOC_NUMBER_AFTER.match(text, at + 1, at + 13) \
            or _in_town_name(text, at):
        return True
    for match in _PLACE_IN_HIERARCHY.finditer(text, max(0, at - 4), at + 5):
        if match.start() < at < match.end() - 1:
            return True
    return bool(_PERSON_BEFORE.search(text, max(0, at - 8), at + 1))


# What ends an item of a list or a short clause of a parallel (以实为本、以绩为准).
_ITEM_EDGE = frozenset("、，,；;。：:！!？?（）()“”\"《》〈〉【】\n 　")
_SIBLING_LONGEST = 10  # characters of an item of a parallel list (以干为乐、以实为本的工作作风)
_SIBLINGS = 3  # items read on each side


def _in_parallel_slot(text: str, at: int, corrections) -> bool:
    """Is text[at] the one character that varies in a frame its list repeats?

    A parallel list keeps a frame and varies one character in it (以干为乐、以实为本、以绩为准;
    全民共知、共建、共享): the slot's character is chosen to fit the frame, so it reads as a
    slip to a model of plain prose (以绩 as 以及, 共知 as 共和).  Here another short item of
    the list holds the characters on both sides of the slot with another character between
    them; where the slot ends the item (共知: one side), two other items must, at their end.
    An item with the correction in the slot says the opposite (规范应激处置行为，提高应急处置
    能力: 激 for 急), and a slip in a slot two characters wide (抵押权、尤先权: 先 and 押 differ
    too) is still judged.
    """
    start, end = _item_bounds(text, at)
    siblings = list(_siblings(text, start, end))
    if not siblings:
        return False
    other = set(corrections)
    other.add(text[at])
    if start < at < end - 1:
        before, after = text[at - 1], text[at + 1]
        for sibling in siblings:
            for k in range(1, len(sibling) - 1):
                if sibling[k - 1] == before and sibling[k + 1] == after and sibling[k] not in other:
                    return True
    # The slot ends (or opens) the item: the list's other items end (or open) with the
    # same character beside another in the slot.  The first item may carry the list's
    # opening words (为形成全民共知、共建) and the last its closing ones (共享的良好局面).
    if at == end - 1 and at > start:
        found = sum(any(sibling[k - 1] == text[at - 1] and sibling[k] not in other
                        for k in {len(sibling) - 1, 1}) for sibling in siblings)
    elif at == start and at < end - 1:
        found = sum(any(sibling[k + 1] == text[at + 1] and sibling[k] not in other
                        for k in {0, len(sibling) - 2}) for sibling in siblings)
    elif at == end - 2 and at > start:
        # The slot right before the item's last character, which two other items end with
        # after another character (提高了师生识毒、防毒、拒毒意识: 识毒 is no 制度).
        found = sum(any(sibling[k + 1] == text[end - 1] and sibling[k] not in other
                        for k in {0, len(sibling) - 2}) for sibling in siblings)
    else:
        return False
    return found >= 2


def _item_bounds(text: str, at: int) -> Tuple[int, int]:
    """Where the list item holding text[at] starts and ends (at _ITEM_EDGE marks)."""
    start = at
    while start > 0 and text[start - 1] not in _ITEM_EDGE:
        start -= 1
    end = at + 1
    while end < len(text) and text[end] not in _ITEM_EDGE:
        end += 1
    return start, end


def _frame_char(text: str, at: int) -> bool:
    """Does another item of text[at]'s list hold text[at]'s character at the same place, counted from
    the item's end (the first item may carry the list's opening words: 坚持以评促查、以查促改: 促 is the
    frame's, not a slip for 侦)?"""
    start, end = _item_bounds(text, at)
    back = end - at
    return any(len(sibling) >= back and sibling[-back] == text[at] for sibling in _siblings(text, start, end))


def _siblings(text: str, start: int, end: int) -> Iterator[str]:
    """The short items of a list either side of text[start:end], up to _SIBLINGS each way."""
    at = start
    for _ in range(_SIBLINGS):
        if at < 2 or text[at - 1] not in "、，,":
            break
        lo = at - 1
        while lo > 0 and text[lo - 1] not in _ITEM_EDGE:
            lo -= 1
        if not 2 <= at - 1 - lo <= _SIBLING_LONGEST:
            break
        yield text[lo:at - 1]
        at = lo
    at = end
    for _ in range(_SIBLINGS):
        if at >= len(text) - 1 or text[at] not in "、，,":
            break
        hi = at + 1
        while hi < len(text) and text[hi] not in _ITEM_EDGE:
            hi += 1
        if not 2 <= hi - at - 1 <= _SIBLING_LONGEST:
            break
        yield text[at + 1:hi]
        at = hi


def _ends_a_place(text: str, at: int) -> bool:
    """Is text[at] a place's last character after a common word (环保科技城, 临空物流港, 高新
    区)?  A zone is named by what it holds, and the word after it starts a new one
    (科技城都设立 is not 成都)."""
    return text[at] in _ZONE_SUFFIXES and at >= 2 \
        and (segment.frequencies().frequency[text[at - 2:at]] or 0) > COMMON_WORD


# The last characters of a proper name: a school, a road or an expressway, a street, a village,
# a town or a county, a company, a hospital, a reservoir (砺青中学, 沈海高速, 梧田街道, 城维公司,
# 吉林省).  The one to three characters before one are the name's own, chosen rather than typed
# for a word, and no model of prose knows them: a suspect there is left alone
# (``_in_name_span``).  Longest first, so that 街道 is read before 街.
_NAME_SUFFIX = lazy(r"中学|小学|中心校|学校|幼儿园|大学|学院|高速|大道|大街|街道|社区|公司|集团|医院|卫生院|水库|"
                    r"大桥|公园|广场|景区|园区|小区|派出所|法庭|司法所|商圈|商场|购物中心|商业街|综合体|"
                    r"村|镇|乡|路|街|省|市|县|区|河|湖|江|山|桥")
_NAME_LONGEST = 3  # characters of a name from the suspect to its last character's suffix


def _in_name_span(text: str, at: int, length: int, corrections) -> bool:
    """Is text[at:at + length] in a name, one to three characters before a name's suffix
    (``_NAME_SUFFIX``: 砺青中学, 沈海高速公路, 对坊乡, 吉林省)?

    A suffix is one only where it ends the name: not where its character starts a common word
    with the next one (市场, 村民, 区域) or ends one with the character before it (中小学, 城乡,
    地区, 农村), and the characters up to it are no words that join (的村民, 和县).  A slip is still
    reported where a correction makes a dictionary word that runs into the suffix (白治区 for 自治区,
    虹叶锯民区 for 居民区, 综合报税区 for 保税区): the suffix then belongs to a word, not a name.
    """
    frequency = segment.frequencies().frequency
    end = at + length
    for stop in range(end, min(len(text), at + _NAME_LONGEST + 1)):
        if stop > end and (not _wording.is_han(text[stop - 1]) or text[stop - 1] in _FUNCTION_CHARS):
            return False
        match = _NAME_SUFFIX.match(text, stop)
        if match is None:
            continue
        suffix = match.group()
        after = text[match.end():match.end() + 1]
        if (frequency[text[stop - 1] + suffix[0]] or 0) > COMMON_WORD \
                or (stop > end and frequency[text[end:stop] + suffix]):
            continue  # the suffix ends a word (中小学, 地区; 示范县, 开发区), not a name
        if len(suffix) == 1 and after and (frequency[suffix + after] or 0) > COMMON_WORD:
            continue
        if any(_word_across(text[:at] + right + text[end:], at, stop + len(right) - length)
               for right in corrections):
            return False
        return True
    return False


def _word_across(text: str, at: int, suffix_at: int) -> bool:
    """Does a dictionary word of ``text`` cover text[at] and reach the suffix at text[suffix_at]
    (自治区) or two characters back before it (有限责任公司: 有限责任)?  Then text[at] is in a
    word, not in a name."""
    frequency = segment.frequencies().frequency
    for start in range(max(0, at - 3), at + 1):
        for stop in range(at + 1, min(len(text), start + _LONGEST_WORD) + 1):
            if (stop > suffix_at or (start <= at - 2 and stop - start >= 3)) and frequency[text[start:stop]]:
                return True
    return False


def _in_town_name(text: str, at: int) -> bool:
    """Is text[at] in the name of a town or a street (鹳河镇, 蕲春县鹳山镇, 在鸬鹚镇), which starts
    at a boundary or after its county, one or two characters before the name's last one?
    (A character right before 镇 is a place's already: ``_PLACE_AFTER``.)"""
    for start in (at, at - 1):
        if start >= 0 and (start == 0 or not _wording.is_han(text[start - 1]) or text[start - 1] in _BEFORE_A_NAME):
            match = _TOWN_NAME.match(text, start, start + 7)
            if match and match.group(1)[-1] not in _TOWNS_IN_GENERAL:
                return True
    return False


def _in_government_word(text: str, at: int, length: int) -> bool:
    """Does text[at:at + length] touch a word of government (依法治县, 各处室, 驻市单位) or
    the 既 of a parallel (既懂法律又懂管理)?"""
    end = at + length
    for pattern in (_GOVERNMENT_WORDS, _PARALLEL):
        for match in pattern.finditer(text, max(0, at - 12), end + 4):
            if match.start() < end and match.end() > at:
                return True
    return False


def _named_person(text: str, at: int) -> bool:
    """Is text[at] in a person's name that a title follows (李明华教授) or in a list of
    names (张平、王利明、卓泽渊等)?  Either way the name starts with a surname."""
    surnames = _wording.surnames()
    for start in range(max(0, at - 2), at + 1):
        if text[start] not in surnames:
            # A name of a surname the list lacks (冶 and 拜 are common in the north-west) at a
            # clause's start right before a title (，冶生俊院长指出): no common word inside it,
            # and the title no word's start (各转门委员会: 委员会 is no title).
            if (start == 0 or text[start - 1] in _CLAUSE_START) and any(
                    start + n > at and _title_alone(text, start + n)
                    and all(map(_wording.is_han, text[start:start + n]))
                    and not any(text[k:k + 2] in _wording.meant_pairs() for k in range(start, start + n - 1))
                    for n in (2, 3)):
                return True
            continue
        for length in (2, 3):
            end = start + length
            if end > at and (_TITLE_AFTER.match(text, end) or _GROUP_AFTER.match(text, end)) \
                    and all(_wording.is_han(c) for c in text[start:end]):
                return True
            # A speaker named at a clause's start or after a post (。宋周伟指出…, 区长李红梅强调…).
            if end > at and _SAID_AFTER.match(text, end) \
                    and (start == 0 or text[start - 1] in _CLAUSE_START
                         or _PERSON_BEFORE.search(text, max(0, start - 8), start)) \
                    and all(_wording.is_han(c) for c in text[start:end]):
                return True
        # A member of a body named after the word for members (班子成员王红伟, 执法人员李红军), or
        # after a post that ends in 员 (二级巡视员张红伟, 四级调研员李红梅): the surname right after
        # it starts a name of three characters.
        if start + 3 > at and (text[max(0, start - 2):start] in _MEMBERS
                               or (start >= 2 and text[start - 1] == "员" and _wording.is_han(text[start - 2]))):
            return True
    if _name_alone(text, at):
        return True
    item = _list_item(text, at)
    if item is None:
        return False
    start, end = item
    if end < len(text) and text[end] == "、":
        neighbour = _list_item(text, end + 1)
        if neighbour is not None and neighbour[0] == end + 1:
            return True
    if start and text[start - 1] == "、":
        neighbour = _list_item(text, start - 2)
        if neighbour is not None and neighbour[1] == start - 1:
            return True
    return False


def _title_alone(text: str, at: int) -> bool:
    """Does a title (``_TITLE_AFTER``) stand at text[at] that starts no longer dictionary word
    with the character after it (院长对, not 委员会)?"""
    match = _TITLE_AFTER.match(text, at)
    return match is not None and not segment.frequencies().frequency[text[at:match.end() + 1]]


def _han_run(text: str, at: int, length: int) -> Tuple[int, int]:
    """The span of the unbroken run of Chinese characters that holds text[at:at + length]."""
    start = at
    while start > 0 and _wording.is_han(text[start - 1]):
        start -= 1
    end = at + length
    while end < len(text) and _wording.is_han(text[end]):
        end += 1
    return start, end


def _set_phrase(text: str, at: int, length: int) -> Optional[Tuple[int, int]]:
    """The span of a phrase of three or four Chinese characters standing alone between marks
    around text[at:at + length], beside another as long (，夯基垒台，真抓实干，; 金猪到，福星来),
    else None.  Such a phrase is a set phrase, a slogan or a couplet's half whose characters are
    chosen for their pairing (夯基 and 垒台), which a model of plain prose does not know; a slip
    in one is reported only where the corrected phrase is a dictionary word itself (真抓实千 for
    真抓实干)."""
    start, end = _han_run(text, at, length)
    if end - start > 4 and end - 4 <= at and text.startswith("、", end) and end + 5 < len(text) \
            and all(_wording.is_han(c) for c in text[end + 1:end + 5]) and text[end + 5] in _LIST_END:
        # The first of two phrases may follow its verb (更加注重固强补弱、创新创先，): the other
        # closes the list.
        start = end - 4
    elif not _PHRASE_SHORTEST <= end - start <= _PHRASE_LONGEST or (start and text[start - 1] not in _PHRASE_EDGE) \
            or (end < len(text) and text[end] not in _PHRASE_EDGE):
        return None
    # ... and beside another such phrase as long, across a pause (夯基垒台，真抓实干; 因疫返贫、
    # 因疫生乱; a couplet's halves: 金猪到，福星来).
    n = end - start
    for lo, hi in ((start - 1 - n, start - 1), (end + 1, end + 1 + n)):
        if 0 <= lo and hi <= len(text) and (hi == len(text) or text[hi] in _PHRASE_EDGE) \
                and (lo == 0 or text[lo - 1] in _PHRASE_EDGE) and text[start - 1 if lo < start else end] in _PAUSES \
                and all(_wording.is_han(c) for c in text[lo:hi]):
            return start, end
    return None


_PHRASE_SHORTEST, _PHRASE_LONGEST = 3, 4  # characters of a set phrase or a couplet's half
_PHRASE_EDGE = frozenset("，,、；;。：:！!？?“”\"（）()《》\n 　—")
_PAUSES = frozenset("，,、；;")
_LIST_END = frozenset("，,；;。！!？?\n")


def _short_list_item(text: str, at: int, length: int, words) -> bool:
    """Is text[at:at + length] one of a list's items of two characters, beside two more such
    items (“点评、交办、亮晒、通报、督察”五大机制), where no correction makes one of the commonest
    words (``words``; 公安、安全、司筏、法制: 司法 is)?  A list of terms names a body's own
    procedures or slogans; each is a word chosen for the list, and a model of plain prose does
    not know the newer ones (亮晒 reads as 晾晒)."""
    frequency = segment.frequencies().frequency
    if any((frequency[word] or 0) > WORD_OWN_MAX for word in words):
        return False
    start, end = _han_run(text, at, length)
    if end - start != 2 or not (text.startswith("、", end) or (start and text[start - 1] == "、")):
        return False
    if (start and text[start - 1] not in _ITEM_EDGE) or (end < len(text) and text[end] not in _ITEM_EDGE):
        return False
    return sum(len(item) == 2 for item in _siblings(text, start, end)) >= 2


def _fit_set_phrase(text: str, at: int, length: int, passed: list) -> list:
    """``passed`` (each with its correction of text[at:at + length] second) less the corrections
    that leave a set phrase around it (``_set_phrase``) no dictionary word."""
    phrase = _set_phrase(text, at, length)
    if phrase is None:
        return passed
    start, end = phrase
    frequency = segment.frequencies().freq
    return [p for p in passed if frequency(text[start:at] + p[1] + text[at + length:end])]


# The marks of four-character frames whose other two characters are chosen as a pair: 先升后降,
# 边学边干, 越办越好, 有张有弛, 不折不扣, 一案一策, 以学促干; and 一X到底.
_FRAME_MARKS = frozenset(["先后", "前后", "左右", "上下", "边边", "越越", "又又", "有有", "无无", "不不", "半半",
                          "即即", "随随", "一一", "自自", "亦亦", "以促", "以带", "以保"])


def _in_frame(text: str, at: int, length: int) -> bool:
    """Is text[at:at + length] inside a four-character frame (``_FRAME_MARKS``: 先升后降, 一镜到底)?
    Its free characters pair with each other, not with the marks: a model of prose reads 先升 as
    先生 and 一镜 as 已经, but 先…后… and 一…到底 say the pair is meant."""
    for start in range(max(0, at + length - 4), at + 1):
        four = text[start:start + 4]
        if len(four) == 4 and all(map(_wording.is_han, four)) \
                and (four[0] + four[2] in _FRAME_MARKS or (four[0] == "一" and four[2:] == "到底")):
            return True
    return False


def _name_alone(text: str, at: int) -> bool:
    """Is text[at] in a name of two or three characters, from a surname on, that stands alone
    between marks, spaces or a line's edges: a news item's writer (……法制保障。（付媛）, （王艳
    武明竹）), a signature before a post (曹宇 包头市法学会会员管理部科员), a work cited (吴菁,2022)?
    Report prose runs on; two or three characters alone are a label, and from a surname on, a
    person (not a common word: 高效 alone is no name)."""
    start, end = _han_run(text, at, 1)
    return (2 <= end - start <= 3 and text[start] in _wording.surnames() and not text.startswith(_QUOTED, end)
            and (segment.frequencies().freq(text[start:end]) or 0) <= WORD_OWN_MAX)


_QUOTED = ("“", "《", '"', "‘")  # what a verb introduces (实行“信息共享”): no name stands before it


def _list_item(text: str, at: int) -> Optional[Tuple[int, int]]:
    """The span of a name-like item of a list around text[at]: two or three Chinese
    characters from a surname on, between list marks (or before 等), not a common word."""
    if at < 0 or at >= len(text) or not _wording.is_han(text[at]):
        return None
    start = at
    while start > 0 and at - start < 3 and _wording.is_han(text[start - 1]) and text[start - 1] not in _LIST_EDGE:
        start -= 1
    if start and text[start - 1] not in _LIST_EDGE:
        return None
    end = at + 1
    while end < len(text) and end - start < 3 and _wording.is_han(text[end]) and text[end] != "等":
        end += 1
    if end < len(text) and text[end] not in _LIST_EDGE and text[end] != "等":
        return None
    if not 2 <= end - start <= 3 or text[start] not in _wording.surnames():
        return None
    # 高效、严格 are words; a name may be one too, less common (王利明 is in the dictionary)
    if (segment.frequencies().freq(text[start:end]) or 0) > WORD_OWN_MAX:
        return None
    return start, end


def _counted(text: str, at: int) -> bool:
    """Is text[at] a count word after a numeral, or a numeral before one (六类, 各季, 4种, 八类), a
    large number's unit after its digits (50亿级产业, 百万元级), or the 余 or 多 of a count (30余处)?"""
    if text[at] in _ABOUT:
        return at > 0 and text[at - 1] in _NUMERALS
    if text[at] in _CLASSIFIERS:
        return at > 0 and text[at - 1] in _COUNTING
    if text[at] in _UNITS:
        return at > 0 and text[at - 1] in _NUMERALS
    return text[at] in _COUNTING and at + 1 < len(text) and text[at + 1] in _CLASSIFIERS


def _takes_the_lists_particle(text: str, at: int, word: str) -> bool:
    """Does the correction make a word of the 等 that closes a list before a noun (LED大屏、电子屏|等|平台
    read as 平等)?  The last item of a list is any noun; the list's 、 says the 等 is its particle."""
    if not (len(word) == 2 and word[1] == "等" and text[at + 1:at + 2] == "等"):
        return False
    if not _wording.is_han(text[at + 2:at + 3] or "。"):
        return False
    clause_start = max(text.rfind(mark, 0, at) for mark in "，。；：！？\n") + 1
    return "、" in text[clause_start:at]


# Usages a report writes on purpose that a model of plain prose reads as slips:
# - a level before a congress's or a committee's session ordinal (市二届人大二次会议: 市 is no 十);
_SESSION_ORDINAL = lazy(r"[一二三四五六七八九十]{1,3}届")
_SESSION_LEVELS = frozenset("省市县区州旗盟镇乡")
# - 居 of a rank (人均办案数居全省第3位, 居全市前列, 居首位);
_RANK = lazy(r"居[^，。；;！？\n]{0,14}?(?:第[\d一二三四五六七八九十]+(?:位|名)|前列|首位|榜首|前茅)")
# - the safety and environment trades' terms (亡人事故, 亡人道路交通事故; 秸秆禁烧, 烟花爆竹禁放, 禁捕, 禁渔, 禁牧);
_TRADE_TERM = lazy(r"亡人(?:道路)?(?:交通|生产安全|火灾)?(?:事故|火灾)|禁烧|禁放|禁捕|禁渔|禁牧|禁养")
# - an item of a list of names closed by 等 and a count (官山、枫堂、新窑等7个断面).
_NAMES_COUNTED = lazy(r"等[\d一二两三四五六七八九十百]+[个家处条所座名]")


def _written_as_meant(text: str, at: int) -> bool:
    """Does text[at] stand in one of the usages above?"""
    char = text[at]
    if char in _SESSION_LEVELS and _SESSION_ORDINAL.match(text, at + 1):
        return True
    if char == "居" and _RANK.match(text, at):
        return True
    if any(m.start() <= at < m.end() for m in _TRADE_TERM.finditer(text, max(0, at - 6), at + 9)):
        return True
    start = text.rfind("、", max(0, at - 4), at) + 1
    end = text.find("等", at, at + 4)
    return start > 0 and end > 0 and 2 <= end - start <= 4 and "、" not in text[start:end] \
        and _NAMES_COUNTED.match(text, end) is not None


def _judge(text: str, at: int, better: List[Tuple[str, float]]) -> Optional[Typo]:
    """Is text[at] a slip for one of ``better``, the look-alikes the character model likes
    there, (character, gain)?  The rest of the evidence: names, words, segmentation."""
    if _in_a_name(text, at) or _REPORT_WORDS.search(text, max(0, at - 5), at + 6) or _in_short_quote(text, at) \
            or _ends_a_place(text, at):
        return None
    wrong = text[at]
    if wrong in _NEVER_WRONG or _counted(text, at) or _coined(text, at, 1):
        return None
    official = _wording.homophones().official  # a word of the 公文 vocabulary as written is meant
    if (at and official(text[at - 1:at + 1])) or official(text[at:at + 2]):
        return None
    if _in_long_word(text, at, [char for char, _ in better]) or _in_phrase_frame(text, at) or _shared_head(text, at) \
            or _starts_a_term(text, at):
        return None
    strong = _wording.confusion()[wrong][0]
    passed: List[Tuple[float, str, str]] = []
    seg_base: Optional[float] = None
    own_word: Optional[int] = None
    for char, lm_gain in better:
        changed = text[:at] + char + text[at + 1:]
        word, freq = _best_word(changed, at)
        if not freq or _breaks_a_word(text, changed, at, word) or _takes_the_lists_particle(text, at, word):
            continue
        if own_word is None:
            own_word = _best_word(text, at)[1]
            if own_word > COMMON_WORD:
                return None
        a, b = max(0, at - _WINDOW), min(len(text), at + _WINDOW + 1)
        if seg_base is None:
            seg_base = _segment_score(text[a:b])
        seg_gain = _segment_score(changed[a:b]) - seg_base
        needed = GAIN_MIN if char in strong else GAIN_MIN + EXTRA_MARGIN
        if seg_gain > SEG_MIN and lm_gain + SEG_WEIGHT * seg_gain > needed:
            passed.append((lm_gain, char, word))
    # Words of government, parallels and the names of people and firms are asked about
    # last: only a slip that passed everything else gets this far.
    if not passed or _in_government_word(text, at, 1) or _named_person(text, at) or _FIRM_AFTER.match(text, at + 1) \
            or _in_frame(text, at, 1) or _named_place_or_term(text, at, 1) \
            or _in_name_span(text, at, 1, {char for _, char, _ in passed}) \
            or _short_list_item(text, at, 1, {word for _, _, word in passed}) \
            or _in_parallel_slot(text, at, {char for _, char, _ in passed}) or _wording.in_business_list(text, at) \
            or _COMPANY_AFTER.match(text, at + 1):
        return None
    passed = _fit_set_phrase(text, at, 1, passed)
    if not passed:
        return None
    passed.sort(reverse=True)
    _, char, word = passed[0]
    return Typo(at, wrong, char, word, len(passed) == 1)


# A word of the 公文 vocabulary this common in jieba's counts (构建 550, 恪守 215, 渠道 1855) is one a
# pair one look-alike from it was meant for (``_Judges._one_away``).
ONE_AWAY_MIN = 200
_CLASSICAL = frozenset("之所其乃者也焉矣哉")  # a classical construction's words (急民之所急, 解民之所忧)
_CLAUSE_END = frozenset("，。；：！？、,;:!?）)”\n")
ONE_AWAY_LM = 3.0  # the model's gain it must have at least (half what a character needs, LM_MIN)
ONE_AWAY_SEG = 6.0  # the segmentation's gain it must have (log units, three times SEG_MIN)
ONE_AWAY_MARGIN = 2.0  # the model's gain of the first of two such words over the second
# Inside a clause the model reads the pair's both sides, so the vocabulary's word must also read clearly
# better there: a gain the model gives a character at least close to what it needs alone (LM_MIN);
# chosen on the tune part of the development sentences (benchmarks/typos.py).
INSIDE_LM = 5.0
INSIDE_SEG = ONE_AWAY_SEG
_QUOTE_REACH = 40  # characters back to an opening quotation mark still open


@lru_cache(maxsize=1)
def _one_away_words() -> Dict[Tuple[str, int], List[str]]:
    """The words of the 公文 vocabulary that jieba counts common, by the character they keep and the
    place of the one a slip changes: (kept, k) -> words (how common, ``ONE_AWAY_MIN``, is asked of a
    candidate only).  ``_Judges._one_away``
    asks of an unseen pair only the few words that share a character with it in place."""
    by_other: Dict[Tuple[str, int], List[str]] = {}
    for word in _wording.homophones().official_words() & _wording.common_words():
        by_other.setdefault((word[1], 0), []).append(word)
        by_other.setdefault((word[0], 1), []).append(word)
    return by_other


def _in_quotation(text: str, at: int) -> bool:
    """Is text[at] inside a quotation opened at most ``_QUOTE_REACH`` characters before?"""
    opening = text.rfind("“", max(0, at - _QUOTE_REACH), at)
    return opening >= 0 and text.find("”", opening, at) < 0


# A title right before a name (院长王俊卿, 检察长应勇): the name's characters are its bearer's.
_TITLE_BEFORE = lazy(r"(?:院长|检察长|局长|主任|书记|主席|县长|市长|区长|镇长|乡长|厅长|部长|省长|所长|庭长|队长|"
                     r"委员|代表|记者|通讯员|同志)$")
_MODERN_INSIDE = 770  # centibels: a word of wordfreq's list at least this common (法援 746, 农房 763)


def _titled_name(text: str, at: int) -> bool:
    """Is the pair text[at:at + 2] in a name from a surname right after a title (院长王俊卿), or the
    name's last character and the word after it (王俊卿向)?"""
    surnames = _wording.surnames()
    return any(text[k] in surnames and _TITLE_BEFORE.search(text, max(0, k - 3), k) is not None
               for k in range(max(0, at - 2), at + 1))


def _parallel_threes(text: str, at: int) -> bool:
    """Is the pair text[at:at + 2] in an item of three characters beside another that shares its middle
    one (释民惑、解民忧; 暖民心、惠民生): a classical parallel, every character chosen?"""
    for start in (at - 1, at):
        if start < 0 or start + 3 > len(text):
            continue
        if text[start + 3:start + 4] not in "、，,；;":
            continue
        after = text[start + 4:start + 7]
        before = text[max(0, start - 4):start - 1]
        if (len(after) == 3 and after[1] == text[start + 1]) or (len(before) == 3 and before[1] == text[start + 1]):
            return True
    return False


# A count (jieba's) from which the written character and its neighbour outside the corrected word are a word.
OUTSIDE_WORD_MIN = 20


def _word_outside(joined: str, at: int, t: Typo) -> bool:
    """Does the written character make a common word with its neighbour on the other side from the word
    the correction makes (命案全破 read as 安全: 命案; 生态环境补水 read as 生态环境部: 补水)?  A slip seldom
    lands on a word of its own with the character beside it; a right word read against the next
    characters does (命案|全破)."""
    if len(t.wrong) != 1 or t.word.count(t.right) != 1:
        return False
    if t.word.index(t.right) == 0:
        outside = joined[at - 1:at + 1] if at > 0 else ""
    elif t.word.endswith(t.right):
        outside = joined[at:at + 2]
    else:
        return False
    frequency = segment.frequencies().frequency
    if len(outside) != 2 or (frequency[outside] or 0) < OUTSIDE_WORD_MIN:
        return False
    # A longer word splits so only where the rest of it is a word too (生态环境|补水); 合作社里事长 is
    # 社里 beside 事长, no word: 理事长 slipped.
    rest = t.word[1:] if t.word.startswith(t.right) else t.word[:-1]
    return len(t.word) == 2 or bool(frequency[rest])  # (a dictionary word: 生态环境 is counted 3 times)


def _written_twice(joined: str, pair: str, known: Dict[str, bool]) -> bool:
    """Does the text write ``pair`` more than once?  Each pair is counted once a document."""
    if pair not in known:
        first = joined.find(pair)
        known[pair] = first >= 0 and joined.find(pair, first + len(pair)) >= 0  # as str.count counts
    return known[pair]


def _modern_word(pair: str) -> bool:
    words = _wording.modern_words()
    return words is not None and words.centibels(pair, _MODERN_INSIDE) is not None


def _reduplicated(text: str, at: int) -> bool:
    """Is the pair text[at:at + 2] in a verb's reduplication (停一停、歇一歇; 看了看)?"""
    return any(text[k] == text[k + 2] and text[k + 1] in "一了" for k in range(max(0, at - 1), at + 1)
               if k + 2 < len(text))


# A word the text writes beside the suspect, known this often (存栏, 15), stands as written: a correction
# that takes its first or last character for a word of its own (牛存栏 read as 生存) breaks it.
BROKEN_WORD_MIN = 10


def _parallel_fours(text: str, at: int) -> bool:
    """Is text[at:at + 2] the first word of a four-character item, two words of two, right after
    another item that ends in two words of two (踔厉奋发、勇毅前行; 提振信心，凝聚共识)?  Parallel fours
    are a slogan's, built of words chosen for it, words prose seldom writes (勇毅 is no 用以 typed;
    a list of things, 研制新药、意料器械, is of common words, and 意料 is judged); the first item may carry
    the list's opening words and the last its closing ones (以踔厉奋发、勇毅前行的姿态)."""
    if at < 5 or text[at - 1] not in "、，," or not all(map(_wording.is_han, text[at - 5:at - 1] + text[at + 2:at + 4])):
        return False
    frequency = segment.frequencies().frequency
    return bool(frequency[text[at - 3:at - 1]]) and bool(frequency[text[at + 2:at + 4]])


def _breaks_a_word(text: str, changed: str, at: int, word: str) -> bool:
    """Does ``word``, the correction's word in ``changed`` around text[at], take a character from a
    dictionary word the text writes right beside the suspect and leave the rest of it stranded
    (其中牛存栏5.8万头: 生存 takes 存 of 存栏, and 栏 makes no word with 5)?  The characters as
    written read as words either side, the suspect on its own (a head noun before a term of the
    trade: 牛存栏, 猪出栏).  Where the rest is a word or joins the characters after it (健设法治:
    设法 broken, 法治 made; 本低区政府: 政府), or a word of the corrected text holds the suspect and
    the whole word (每南岛: 海南岛), the word as written was an accident of the slip."""
    frequency = segment.frequencies().frequency
    n = len(text)
    for a in range(max(0, at - len(word) + 1), at + 1):
        if changed[a:a + len(word)] != word:
            continue
        end = a + len(word)
        for size in (2, 3, 4):
            # the word the suspect stands before (a word before it that loses its last character
            # to the correction is a determiner's or a title's more often: 本条|列 is 本条例)
            start, stop = at + 1, at + 1 + size
            if stop > n or not stop > end > start:
                continue
            if (frequency[text[start:stop]] or 0) < BROKEN_WORD_MIN:
                continue
            # the rest, text[end:stop]: a word itself or with what follows it (设法治: 法治)
            joins = any(frequency[text[end:k]] for k in range(max(stop, end + 2), min(n, end + _LONGEST_WORD) + 1))
            whole = any(frequency[changed[p:q]] for p in range(max(0, a - 2), a + 1)
                        for q in range(stop, min(n, stop + 2) + 1) if q - p <= _LONGEST_WORD)
            if not joins and not whole:
                return True
        return False
    return False


def _starts_a_term(text: str, at: int) -> bool:
    """Do the characters as written through text[at] and the one after it, three or more, start a
    dictionary word of four or more (刑释解矫 begins 刑释解教: 刑释, released after a sentence, is no
    slip for 刑事)?  The writer follows a known term's own characters, varying its end as a newer
    form does; a slip seldom keeps a term's first three."""
    frequency = segment.frequencies().frequency
    for a in range(max(0, at - 2), at + 1):
        if a + 3 <= len(text) and a + 3 >= at + 2 and all(map(_wording.is_han, text[a:a + 3])) \
                and frequency[text[a:a + 3]] == 0:
            return True
    return False


# A word of three characters or more that jieba knows this often holds the character as
# written (城乡接合部's 接合部, 22): a term, where a slip seldom lands.  The slips of the
# development sentences that make one are rarer (互连网 3, 强直性 10), or the correction makes
# a longer word (亚健康 in 中小企亚健康, for 中小企业).
LONG_WORD_MIN = 20


def _long_word(text: str, at: int) -> Tuple[int, int]:
    """(length, frequency) of the longest dictionary word of three to five characters through
    text[at] known LONG_WORD_MIN times, (0, 0) where there is none."""
    frequency = segment.frequencies().frequency
    for n in (5, 4, 3):
        for a in range(max(0, at - n + 1), at + 1):
            word = text[a:a + n]
            if len(word) == n and (frequency[word] or 0) >= LONG_WORD_MIN:
                return n, frequency[word]
    return 0, 0


def _in_long_word(text: str, at: int, corrections) -> bool:
    """Is text[at] inside a dictionary word of three to five characters known LONG_WORD_MIN
    times, where no correction (a string standing for text[at:at + len]) makes a longer one
    (中小企亚健康: 亚健康, but 中小企业)?  Two terms of one length (接合部 and 结合部) are both
    words: which one the text means is the writer's choice, not a slip of the keys."""
    length, _ = _long_word(text, at)
    if not length:
        return False
    for right in corrections:
        changed = text[:at] + right + text[at + len(right):]
        if any(_long_word(changed, k)[0] > length for k in range(at, at + len(right))):
            return False
    return True


@lru_cache(maxsize=1)
def _frames() -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """The alternate characters of each set phrase, first and third, and second and fourth: the
    frames a four-character pattern keeps while its other two vary (扭亏为盈: 扭_为_, _亏_盈)."""
    phrases = _wording.set_phrases()
    return frozenset(p[0] + p[2] for p in phrases), frozenset(p[1] + p[3] for p in phrases)


def _in_phrase_frame(text: str, at: int) -> bool:
    """Is text[at] one of the two alternate characters a set phrase keeps, with the other
    one in its place too, in four characters that end their clause as a set phrase does
    (实现扭负为正， on the frame of 扭亏为盈)?  The writer varied a pattern; the character as
    written is the pattern's own."""
    frames = _frames()
    common = _wording.common_words()
    for start in range(max(0, at - 3), at + 1):
        four = text[start:start + 4]
        if len(four) < 4 or not all(map(_wording.is_han, four)) \
                or (start + 4 < len(text) and _wording.is_han(text[start + 4])):
            continue  # a phrase of four, as set phrases stand: its clause ends after it
        if any(four[i:i + 2] in common for i in range(3)):
            continue  # 可学发现: a common word inside the four reads them as words, not as a frame
        k = (at - start) % 2  # 0: the frame of the first and third characters, 1: of the second and fourth
        if four[k] + four[k + 2] in frames[k]:
            return True
    return False


def _shared_head(text: str, at: int) -> bool:
    """Is text[at] the first character of a list's item (up to the 、 after it) that two or more
    of its siblings begin with too (稻虾、稻鱼、稻鳅)?  The list confirms the head: a
    correction may change what varies, never what the items share."""
    end = at + 1
    while end < len(text) and end - at <= 4 and _wording.is_han(text[end]):
        end += 1
    if end >= len(text) or text[end] != "、":
        return False
    return sum(item[0] == text[at] for item in _siblings(text, at, end)) >= 2


# An abbreviation of a term the document wrote in full: the first characters of its two words
# (法援 for 法律援助), the first of them up to this long.
_ABBREVIATED_WORD = 4


def _abbreviated(text: str, at: int, t: "Typo", together: FrozenSet[str] = frozenset()) -> bool:
    """Is the slip's character, with a neighbour, the abbreviation of a term the text writes in
    full: the first characters of the two words of a dictionary term written before it (法援 after
    法律援助), or of two words the text names together, joined by 、 or 和 (拆改 for 征地拆迁、旧城改造,
    before or after)?  A report writes a term in full and shortens it; the full form makes the
    short one the writer's own."""
    if len(t.wrong) != 1:
        return False
    frequency = segment.frequencies().frequency
    for first, second in ((at - 1, at), (at, at + 1)):
        if first < 0 or second >= len(text) or not (_wording.is_han(text[first]) and _wording.is_han(text[second])):
            continue
        x, y = text[first], text[second]
        i = text.find(x, 0, first)
        while i >= 0:
            for n in range(2, _ABBREVIATED_WORD + 1):
                if text.startswith(y, i + n) and frequency[text[i:i + n]] and frequency[text[i:i + n + 2]] \
                        and frequency[text[i + n:i + n + 2]] and text[second + 1:second + 2] != text[i + n + 1]:
                    return True  # not 机关党委 read into 本机党委: there 党 goes on as the whole 党委
            i = text.find(x, i + 1, first)
        if x + y in together:
            return True
    return False


# Two things named together (征地拆迁、旧城改造; 招商和引资): the last two characters of each are the
# words an abbreviation takes the first characters of.
_NAMED_TOGETHER = lazy(r"([\u4e00-\u9fff]{2,4})[、和与及]([\u4e00-\u9fff]{2,4}?)(?=[、，。；等的工项方]|$)")
# How far from the abbreviation its full form is looked for (a report's section or two).
_ABBREVIATED_NEAR = 5000


def _named_together(text: str) -> FrozenSet[str]:
    """The abbreviations of two words the text names together (拆改 for 征地拆迁、旧城改造), each word
    a dictionary word; read for the few suspects that get this far."""
    frequency = segment.frequencies().frequency
    out = set()
    for match in _NAMED_TOGETHER.finditer(text):
        one, other = match.group(1)[-2:], match.group(2)[-2:]
        if frequency[one] and frequency[other]:
            out.add(one[0] + other[0])
    return frozenset(out)


# An item's label: the words before a colon that open a line, after its outline number if any
# ("（三）一产固投：一产固投完成54.4亿元", a page's "限行尾号是：").
_LABEL = lazy(r"(?m)^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])?"
              r"[ \t\u3000]*([\u4e00-\u9fff]{2,12})[：:]([ \t\u3000]*$)?")


def _labels(joined: str) -> List[str]:
    """The document's labels that are its own names for items: written again elsewhere
    (一产固投：一产固投完成…) or standing alone with their colon (a page's "限行尾号是：")."""
    if "：" not in joined and ":" not in joined:
        return []
    return [m.group(1) for m in _LABEL.finditer(joined) if m.group(2) is not None or joined.count(m.group(1)) > 1]


def _in_label(joined: str, labels: List[str], at: int, length: int) -> bool:
    """Is joined[at:at + length] inside one of the document's ``labels``?  An indicator's or a
    widget's name is chosen, as a name is, and its short forms are the writer's (一产固投 for
    第一产业固定资产投资)."""
    for label in labels:
        i = joined.find(label, max(0, at + length - len(label)), at + len(label))
        if 0 <= i <= at:
            return True
    return False

def _fitting(four: str, words) -> Tuple[str, ...]:
    """The homophones of four[1:3] that make seen pairs with four[0] and four[3] (a
    newline or a mark beside the word makes no pair)."""
    followers = _wording.charlm().followers
    before, after = four[0], four[3]
    before = before if "\u4e00" <= before <= "\u9fff" else ""
    after = after if "\u4e00" <= after <= "\u9fff" else ""
    return tuple(w for w in words
                 if (not before or w[0] in followers(before)) and (not after or after in followers(w[1])))


def _word_gains(six: str, words) -> List[Tuple[float, str]]:
    """(gain, word) for each of ``words`` standing for six[2:4] that the character model
    likes by over ``WORD_LM_MIN``, over the two characters and the two after them."""
    return [(gain, word) for word, gain in _wording.charlm().word_gains(six, words) if gain > WORD_LM_MIN]


def _judge_word(text: str, at: int, better: List[Tuple[float, str]]) -> Optional[Typo]:
    """A whole word typed as its homophone at text[at:at + 2] (神灵 for 申领, 树脂 for 述职).

    ``better`` holds the homophones the character model likes there (``_word_gains``);
    more gain is needed where the pair as written is a dictionary word itself (征服 is
    one, and 人民征服 still reads as 人民政府), and the segmentation must gain too.  The
    typo's ``at`` is relative to ``at``: a word that differs in one character reports that
    character alone.
    """
    n = len(text)
    # A name's characters are chosen, not typed for a word: before a place's last
    # character (芹泉镇, 静海区), after a person's title (居民郝丽艳) or before 同志 (汤晔同志).
    meant = _wording.meant_pairs()
    if not better or not _NEVER_WRONG.isdisjoint(text[at:at + 2]) or _counted(text, at) or _counted(text, at + 1) \
            or _coined(text, at, 2) \
            or _PLACE_AFTER.match(text, at + 2, at + 5) or _ADMIN_AFTER.match(text, at + 2, at + 4) \
            or _DOC_NUMBER_AFTER.match(text, at + 2, at + 14) \
            or text[at + 1] in _PLACE_SUFFIXES or text[at + 1:at + 3] in meant \
            or _PERSON_BEFORE.search(text, max(0, at - 8), at + 1) or text.startswith("同志", at + 2) \
            or _in_town_name(text, at) or _in_town_name(text, at + 1) \
            or _REPORT_WORDS.search(text, max(0, at - 5), at + 7) or _starts_a_term(text, at):
        return None
    ranked = sorted(better, reverse=True)
    best_gain = ranked[0][0]
    if len(ranked) > 1 and best_gain - ranked[1][0] < WORD_LM_MARGIN:
        return None  # two homophones read alike to the model: it does not know which is meant
    if max(_best_word(text, at)[1], _best_word(text, at + 1)[1]) > WORD_OWN_MAX and best_gain <= WORD_LM_COMMON:
        return None
    written = segment.frequencies().freq(text[at:at + 2]) or 0
    if _wording.homophones().official(text[at:at + 2]) or _in_short_quote(text, at):
        return None
    unigrams = _wording.charlm().unigrams
    if written and all((unigrams.get(c) or 0) < UNKNOWN_CHAR_MAX for c in text[at:at + 2]):
        return None  # a dictionary word of characters the model has hardly seen (砥砺): its gain is its ignorance
    a, b = max(0, at - _WINDOW), min(n, at + 2 + _WINDOW)
    seg_base = _segment_score(text[a:b])
    passed = []
    for gain, word in better:
        if written and gain <= WORD_LM_MIN_WRITTEN:
            continue
        changed = text[:at] + word + text[at + 2:]
        seg_gain = _segment_score(changed[a:b]) - seg_base
        if seg_gain > SEG_MIN and gain + SEG_WEIGHT * seg_gain > WORD_GAIN_MIN:
            passed.append((gain + SEG_WEIGHT * seg_gain, word))
    if not passed or _in_government_word(text, at, 2) or _named_person(text, at) or _named_person(text, at + 1) \
            or _in_frame(text, at, 2) or _named_place_or_term(text, at, 2) \
            or _in_name_span(text, at, 2, {word for _, word in passed}) \
            or _short_list_item(text, at, 2, {word for _, word in passed}) \
            or _in_parallel_slot(text, at, {word[0] for _, word in passed}) \
            or _FIRM_AFTER.match(text, at + 2) or _wording.in_business_list(text, at) or _COMPANY_AFTER.match(text, at + 2) \
            or (0 < written <= COMMON_WORD and _parallel_fours(text, at)):
        return None
    words = [word for _, word in passed]
    if _in_long_word(text, at, words) or _in_long_word(text, at + 1, [w[1:] for w in words]):
        return None  # 接合|部: the word as written is part of a term (城乡接合部)
    if _shared_head(text, at):
        passed = [p for p in passed if p[1][0] == text[at]]
    passed = _fit_set_phrase(text, at, 2, passed)
    if not passed:
        return None
    passed.sort(reverse=True)
    if len(passed) > 1 and passed[0][0] - passed[1][0] < WORD_MARGIN:
        return None
    word = passed[0][1]
    certain = len(passed) == 1
    wrong = text[at:at + 2]
    if wrong[0] == word[0]:
        return Typo(1, wrong[1], word[1], word, certain)
    if wrong[1] == word[1]:
        return Typo(0, wrong[0], word[0], word, certain)
    return Typo(0, wrong, word, word, certain)


def _best_word(text: str, at: int) -> Tuple[str, int]:
    """The most frequent dictionary word of two to four characters covering ``at``."""
    frequency = segment.frequencies().frequency
    best, best_freq = "", 0
    for n in (2, 3, 4):
        for a in range(max(0, at - n + 1), min(at, len(text) - n) + 1):
            word = text[a:a + n]
            freq = frequency[word] or 0
            if freq > best_freq:
                best, best_freq = word, freq
    return best, best_freq


def _segment_score(text: str) -> float:
    """log probability of the best segmentation of ``text`` into dictionary words (jieba's unigram route)."""
    index = segment.frequencies()
    frequency = index.frequency
    log_total = math.log(index.total)
    n = len(text)
    route = [0.0] * (n + 1)
    for i in range(n - 1, -1, -1):
        best = -1e18
        for j in range(i + 1, min(n, i + _LONGEST_WORD) + 1):
            freq = frequency[text[i:j]]
            if freq or j == i + 1:
                value = math.log(freq or 1) - log_total + route[j]
                if value > best:
                    best = value
            elif freq is None:
                break  # no dictionary word starts with text[i:j]
        route[i] = best
    return route[0]


def _finding(start: int, t: Typo) -> Finding:
    end = start + len(t.wrong)
    fix = Fix((Edit(start, end, t.right),), safe=False,
              description=Msg(f"改为{quote(t.right)}", f"write {quote(t.right)}")) if t.certain else None
    if t.word == t.right:  # a whole word
        message = Msg(f"{quote(t.wrong)}疑为{quote(t.right)}之误（同音词）",
                      f"{quote(t.wrong)} is probably a slip for its homophone {quote(t.right)}")
        help_ = Msg(f"核对后改为{quote(t.right)}", f"check it and write {quote(t.right)}")
    else:
        message = Msg(f"{quote(t.wrong)}疑为{quote(t.right)}之误（{t.word}）",
                      f"{quote(t.wrong)} is probably a slip for {quote(t.right)} ({t.word})")
        help_ = Msg(f"核对后改为{quote(t.right)}：{t.word}", f"check it and write {quote(t.right)}: {t.word}")
    return Finding(start, end, message, help=help_, fix=fix)
