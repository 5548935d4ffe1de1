"""Sum claims: a stated total against the parts listed with it.

The total comes first (共/合计/总计/累计 … 其中/分别为/包括/含, a colon or a
bracket) or last (… 共计/合计/总计 N).  A part larger than its whole is always
wrong; parts that add up to more than the total are wrong unless some reading
reconciles them (the list stops early, one part is broken down again, a count
inside a part in brackets is taken out or added); parts that add up to less are
wrong only when the list claims to be complete (分别为, 包括…和…, 共N类, or a
total written after its parts).  A stated number of kinds (共5大类) is held to
the parts listed with it.

Every list is read within a bounded stretch of its sentence, so a sentence that
opens a thousand lists stays linear.
"""
from __future__ import annotations

import bisect
import dataclasses
import os
import re
from typing import Iterator, List, NamedTuple, Optional, Sequence, Tuple

from .claims import Mismatch, Used, num
from ..document import matching_close, matching_open
from ..lazy_re import lazy
from ..numerals import cn_to_int
from ..wording import number
from .precision import EPS, scale_of, written_interval
from .quantities import KIND_UNITS, NumberSentence, Quantity
from .reading import (SentenceReader, back_to, begin, chunk_before, chunk_start, forward_to, is_change, mentions,
                      nearest_before, plain_count, written)

_EARLIER = 6  # sentences of a paragraph a total of the sentences before it may sum
_OUTER_REACH = 8  # counts before a total among which the whole it is listed under may stand
# The words from a count of kinds in a total's name to the total (五类|案件总数为|15454件): a noun, a total word.
_KINDS_TO_TOTAL = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:总数|总量|总计|合计|共计|共|累计)?(?:为|达到|达|是)?")
_LIST_REACH = 400  # characters a list of parts may run after its opener
_ASIDE_CLAUSES = 3  # clauses without a figure that may stand between a total and the 其中 of its parts
_DRAWS = lazy(r"带动|撬动|吸引|拉动|引导|吸纳|引进|争取")  # (an aside that names a new whole the total drew in)
_MAX_PARTS = 40  # more parts than this is a table pasted as text, not a breakdown
_MAX_OPENERS = 32  # lists one sentence opens: past this it is no sentence a reader follows
_BRACKET = re.compile("[（）]")
_TOTAL_WORDS = re.compile(r"共计|合计|总计|累计|总共|一共|共有|(?<!公)共|全年|总数|总量|全部")  # not 公共服务类
# What introduces the parts of a total, right after a comma, colon or bracket.
# A view of the whole by one criterion (从案件类型看，… / 按来源分，…): its parts are every part.
_VIEW_WORD = r"(?:从|按照|按)[^，。；：、\d]{1,10}?(?:来看|上看|看|划分|区分|分类|分)"
_VIEW_TEXT = _VIEW_WORD + r"(?=[，：])"
_VIEW = re.compile(_VIEW_WORD)
_VIEW_OPEN = re.compile(_VIEW_TEXT)
# A sentence that gives the total of the sentence before (……。全市共办理…1,534件。 /
# 以上合计…): it sums the parts before it where they are said to be all (以上, 上述, 合计)
# or name this level and every one below it (市本级…，各县区…).
_SUMS_BEFORE = re.compile(r"\s*(?:以上|上述)[^，。；\d]{0,6}?(?:共计|合计|总计|共)|\s*(?:合计|共计|总计)")
# 以上两市统计执法人员编制合计10人: the total of as many sentences before, one part each.
_SUMS_OF_SENTENCES = re.compile(r"\s*(?:以上|上述)(?P<n>[两二三四五六七八九])(?:个|家|所)?[\u4e00-\u9fff]{0,2}?"
                                r"(?P<words>[^，。；\d]{0,14}?)(?:共计|合计|总计|共)")
_LEVEL_TOTAL = re.compile(r"\s*全[市区县州省镇乡旗][^，。；\d]{0,4}?(?:共计|合计|总计|共)")
_OWN_LEVEL = lazy(r"^(?:\d{4}年，?)?(?:市|区|县|州|省|镇|乡|旗)?本级")
_EVERY_BELOW = lazy(r"^各(?:县|区|县区|县市区|区县|市|乡镇|镇|街道|镇街|乡|部门|单位)")
_MARKER = re.compile(r"(?P<lead>[，：；（])\s*(?P<word>其中|内有|分别为|分别是|分别|分为|分成|具体为|具体是|具体包括|包括|包含|含|(?:主要)?涉及|"
                     # …1960件，具体如下：(parts a line each under it): its parts, as 其中 opens them
                     r"(?:具体|分类|分项|明细)(?:情况)?如下|"
                     r"资金来源(?:为|是|包括)?|资金构成(?:为|是)?|"
                     # 主要受理渠道为…: the main parts, some of the whole (more than it is wrong, less is not)
                     r"主要[^，。；：、\d]{0,8}?(?:为|是)|"
                     + _VIEW_TEXT + r")[：，]?")
# Words that say a list names every part: 分别为, 具体为.
_COMPLETE_WORDS = ("分别为", "分别是", "具体为", "具体是", "分为", "分成")  # (站点286个，分为县级站…、乡镇站…、村级服务点…)
# Words that say a view names only the main parts (主要集中在…, 排名前三的…).
# A view whose parts carry their shares (维持1,124件，占60.4%；…) or totals of their own is
# read by its shares, not as every part.
_PARTIAL = lazy(r"主要|集中|较多|居多|为主|排名|前[一二三四五六七八九十\d]|突出|等|占|共计|合计|%")
# 分别 after the kinds it follows (刑事、民事、行政法律援助案件分别为386件、792件、38件).
_RESPECTIVELY = re.compile(r"分别(?:为|是|有|达到|达)?")
_NAMES_COUNTED = lazy(r"(?P<n>[两二三四五六七八九十])[级类种个项][\u4e00-\u9fff]{0,6}$")
_LAST_JOIN = lazy(r"[和与]|(?<![涉以普危])及")
_CN_COUNT = frozenset("一二两三四五六七八九十百千万")  # a numeral among the names: a count, not a kind


def _complete(word: str) -> bool:
    return word in _COMPLETE_WORDS or bool(_VIEW.fullmatch(word))


# A last part that takes the rest (其他200条, 其余各类纠纷102起): with it the parts make the whole.
_REST_WORD = re.compile(r"其他|其它|其余|剩余|余下")
_REST = re.compile(r"(?:^|[，、；：])\s*(?:其他|其它|其余|剩余|余下)[^，、；：]{0,10}$")
# The rest of a total after the ones something was done to (其余25处, 剩余24件, 尚有12起, 未审结的5件).
_REST_OF_TOTAL = lazy(r"(?:其余|剩余|余下|剩下|尚有|仍有|还有)的?|(?:尚未|仍未|还未|暂未|未)(?P<verb>[\u4e00-\u9fff]{2,4}?)的")
# What joins counts of one noun in a list: 22个问题和…29个问题.
_ALIKE_JOINED = re.compile(r"^(?:和|及|与|以及|、)")
# Between a whole and the ones among it in one clause: 27个行业大类中|18个行业, 30家企业中有|12家.
_AMONG = re.compile(r"[\u4e00-\u9fff]{0,6}(?:中|之中|当中)(?:有|共有)?")
# A sentence that gives the outcomes of the count before it one by one: 结果分别为…, 分别是….
_RESPECTIVELY_OPENS = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,4}?结果)?(?:分别为|分别是)[：:]?")
# A total that is a plan or target, which what was done and what is under way need not make.
_NOT_DONE_TOTAL = lazy(r"计划|目标|预计|力争|任务|拟|应")
# What a total of cases received counts: how they ended (维持, 撤销…) may leave some still on hand.
_RECEIVED = lazy(r"受理|收到|接收|接到|新收|收案")
# A clause after a list that says there are more (，其余尚在审理中; ；另有…): the list is not all of the whole.
_MORE_AFTER = lazy(r"[^，；。]{0,8}[，；](?:其余|剩余|余下|剩下|尚有|仍有|还有|另有|另)")
# The flow of a year's requests: received this year, carried over from the last, settled, carried to the next.
_REQUESTS_NEW = lazy(r"(?:收到|新收|受理|接收|接到)[^，。；\d]{0,16}?申请$")
_CARRIED_OUT_NEXT = lazy(r"结转下一?年度?|转入下一?年度?|结转至下年")
_SETTLED = lazy(r"(?:已经|已|均|全部|依法|按时|按期|及时)*(?:办结|答复|办理完毕|完成答复)(?:的)?")
# A stock at the start, what came and went, and the stock at the end:
# 年初有法律顾问25名，新增6名，退出2名，现有29名.
_STOCK_START = re.compile(r"年初|期初|初有|上年底|上年末|去年底|去年末")
_STOCK_END = lazy(r"现有|年末|年底|期末|目前|现在|截至目前|截至年底|尚有|共有|实有")
_STOCK_IN = lazy(r"新增|增加|新接收|接收|新招|新聘|新发展|补充|新登记|新入|调入|新选聘|新吸收|续聘|迁入|转入")
_STOCK_OUT = lazy(r"退出|调离|调出|减少|解除|注销|离职|退休|终止|期满|清退|辞退|死亡|流失|解聘|不再|迁出|转出|吊销")
# What happens to some of a stock without changing its size (变更登记5户): read past.
_STOCK_SAME = lazy(r"变更|换发|补发|延续|更新|核查|年检|年报")
_STOCK_BREAKS = "，；：。！？、"
# A total of cases or documents disposed of, or of applications received, and what became of
# each (清理…90件，保留40件，废止35件; 收到申请486件，受理462件，不予受理24件).
_DISPOSED = re.compile(r"清理|审结|办结|审查|评查|收到|接收|接到|受理|申请")
_OUTCOME = re.compile(r"(?:其中|另|另有|依法依规|依法|按期|及时|已|均已|予以|建议|拟)?(?:(?P<kept>保留|继续有效|继续保留|废止|宣布失效|失效|修改|修订|拟修改|拟废止)|"
                      r"(?P<review>维持|撤销|变更|确认违法|驳回申请|驳回|终止审理|终止|责令履行)|"
                      r"(?P<accept>受理|不予受理|不予立案|告知|转送)|"
                      r"(?P<done>办结|审结|答复|准予执行|裁定准予执行|不予执行|裁定不予执行)|"
                      # what is left of the total: with any one kind of outcome it makes the whole
                      r"(?P<rest>结转[^，、；]{0,8}|转入下年度|剩余|其余|余下|尚未办结|正在办理|正在审理|正在审查|在办|其他处理|作其他处理))"
                      r"(?:[^，、；\d]{0,10}?)")
# Making a document is a kind of legislative work beside amending and repealing others, not
# a total they are outcomes of: "制定政府规章1件，修订1件，废止6件" lists three kinds of work.
# (制定的9件文件 says which documents: their outcomes are read.)
_MADE = re.compile(r"(?:制定|出台|起草|印发|发布|颁布|公布|新立|立法)(?!的)")
_OUTCOME_TOTAL = {"kept": "清理|审查|文件|规章", "review": "审结|办结|受理|收到|接收|申请|复议|诉讼", "accept": "收到|接收|接到|申请",
                  "done": "收到|接收|接到|受理|申请"}
# A figure its own clause names by one of the outcomes (保留17件文件，宣布失效9件、废止10件; 受理复议申请15件，
# 不予受理9件) is one outcome beside the others, not the whole they are outcomes of; unless the work done to the
# whole is named after it (保留…的文件进行清理 does not occur; 清理后保留65件 is still the kept ones).
_OUTCOME_ITSELF = {"kept": lazy(r"保留|继续有效|现行有效|修改|修订|废止|失效"), "accept": lazy(r"受理|不予立案"),
                   "review": lazy(r"维持|撤销|变更|确认违法|驳回|终止|责令履行"), "done": lazy(r"办结|审结|答复|准予执行|不予执行")}
_WORK_DONE = lazy(r"清理|审查|评查|收到|接收|接到")
# Measure words of documents, items and cases that a writer mixes in one list (131个文件，保留58件).
_DOCUMENT_UNITS = frozenset(["件", "个", "份", "项"])
_NESTED_MARKER = re.compile(r"其中|分别|(?<=，)内有")
# 其中向网站报送信息91条，包括：统计分析54条…: 包括 right after a part opens that part's breakdown,
# no more parts of the list (the breakdown is read as a list of its own, with the part as its total).
_PART_BREAKDOWN = re.compile(r"\s*，\s*(?:包括|包含)")
_NEW_TOTAL = re.compile(r"[，；：](?:[^，；：]{0,12}?)(?:共计|合计|总计|累计|总共|一共|(?<!公)共)")  # not 一般公共预算
# The last part joined with 和/及/与 instead of a list separator: "…2项行政征收和4项其它权力".
_CONNECTOR = re.compile(r"和|及|与")
_SEPARATOR = re.compile(r"[、，；]")
_LOOSE = re.compile(r"[，；：]")
# A bracket that holds a count inside the part before it: "401人（含内退95人）".
_SUBCOUNT = re.compile(r"\s*(?:含|其中|包括|包含)")
# Words that make comma-separated counts after 其中 overlapping views of the whole
# (持证执法人员80名，法律专业人员12名，35岁以下30名), not its parts.
_ATTRIBUTE = re.compile(
    r"持证|取得|具有|具备|持有|以上|以下|岁|党员|女性|男性|女|少数民族|本科|硕士|博士|研究生|大专|学历|学位|"
    # (高级/中级 of a title, not the levels of courts: 基层法院…，中级法院…，高级法院… are kinds)
    r"法律专业|法学专业|专业背景|职称|(?:高级|中级|初级)(?!人民法院|法院)|兼职|专职|退休|新任|新招|新录|新增|新进|派驻|挂职|平均|每|"
    # how a service is done, not what kind it is (可网上办理560项，即办件120项)
    r"网上|网办|即办|承诺|跑|掌上|自助|全程|容缺|不见面|一次办|"
    # who owns what is invested or run (民间投资 beside 工业投资, 基础设施投资: a view by owner, across the sectors)
    r"民间投资|民营|国有控股|外商投资|港澳台投资"
)
# Where people are from and which age group or need they are of: views of their own that cross the attributes
# above (粉丝37056人，其中本地用户3.1万人、女性用户1.6万人; 志愿者…，其中党员志愿者…、青年志愿者…) when every part
# is named by one of them; among parts of kinds (缓刑…，假释…，…，未成年社区服刑人员3名) they are no reason to stop summing.
_OTHER_VIEW = lazy(r"本地|外地|本市|外市|本省|外省|省内|省外|市内|市外|县外|境内|境外|青年|老年|残疾|未成年")
_TOPIC = re.compile(r"涉及|涉嫌|关于")
# Stages a case goes through: counts of two stages overlap (开庭审理19件，出庭应诉15件).
# (调解成功 after 调解: the outcome of the part before, a piece of it)
_STAGE = re.compile(r"开庭|出庭|应诉|审结|办结|结案|受理|立案|答复|办复|处理|化解|整改|回访|反馈|参加|参与|完成|审核|审查|成功")
# A total written after its parts: "…，共计1,625件", "全年合计受理608件".
# 审结的案件中，…: the parts of what the sentence before counted, named again with 中
_OPENS_WITH_PARTS = re.compile(r"\s*(?P<word>其中|具体为|具体是|具体包括|" + _VIEW_TEXT
                               + r"|(?:在|上述|以上)?[^，。；：\d其]{1,10}?(?:案件|事项|申请|文件|人员)中(?=，))[，：,:]?")
# ；投诉中，消费纠纷1,320件…: a part of the list before named again with 中, then its own kinds
_NAMED_AGAIN = re.compile(r"；\s*在?(?P<name>[\u4e00-\u9fff]{2,8}?)中[，：]")
_NAME_NOUN = re.compile(r"的?(?:案件|事项|申请|人员|纠纷)$")
_NAMED_AGAIN_FIRST = re.compile(r"\s*在?(?P<name>[\u4e00-\u9fff]{2,8}?)中[，：]")
# 除3件未开庭审理外，其余5件: the counts set apart and the rest of a total in the clause before.
_EXCEPT_REST = lazy(r"除(?:了)?(?P<apart>[^，。；：]{1,40}?)外[，,]?(?:其余|其他|剩余|余下)的?(?=\s*\d)")
# (a bare 共 right before the number, after the comma that closes the list: …、调解45件，共185件;
# not 共化解矛盾纠纷2991件, a count of its own)
_TOTAL_AFTER = re.compile(r"(?:全年|全部|以上|上述)?(?:共计|合计|总计|总共|一共)|(?<=[，；])共(?=\d)")
# A total named as the group of the clauses before it: 两县共, 三个街道合计, 文件及解读共计.
_GROUP_TOTAL = lazy(r"(?:(?P<n>[两二三四五])个?(?P<place>县|区|市|镇|乡|街道|部门|单位)|"
                    r"(?P<a>[\u4e00-\u9fff]{2,6})[及和与](?P<b>[\u4e00-\u9fff]{2,6}))(?:共计|合计|总计|总共|一共|共)")
# What was due (应整改, 应缴纳, 应到位): the whole that what was done and what is not yet done make.
_DUE = lazy(r"^(?:[^\d，；。]{0,8}?)应(?P<verb>[\u4e00-\u9fff]{2})[^\d，；。]{0,6}$")
_PURPOSE = lazy(r"因私|因公")
_RANK_WORDS = lazy(r"(?:经济区|开发区|功能区|示范区|试验区|新区|园区|片区|城区|街道|经济圈|都市圈|经济带|城市群)$")
# A clause that opens a list, its first part right after 其中 (…50条。其中机构类信息20条，…; 其中，组织机构类…).
_FIRST_PART = lazy(r"其中[，：]?")
_LIST_LEAD = lazy(r"^[，、；：\s]*(?:其中)?[，：\s]*")
_PLACE_RANKS = frozenset("省市县区州盟旗镇乡村圈带")
# An adjusted budget's change (调整为8500万元，调减1600万元): a change that reading.is_change does not know.
_ADJUSTED = lazy(r"(?:调增|调减|核增|核减)(?:了)?\s*$")
# 加上：上年结转…、上级补助…，收入总计…: what is added to the figure before (a budget's own revenue)
_ADDED_TO = lazy(r"(?:再)?加上[：]?[^，。；、：\d]{0,16}$")
# 工单分类： / 案件构成： opening a sentence: the classes of the total of that noun said before it
_NOUN_CLASSES = lazy(r"\s*(?P<noun>[\u4e00-\u9fff]{2,6}?)(?:分类|类别|构成|分类情况)(?:如下|为|是)?[：:]")
# The clause of a total named by its scope, its act and its noun after a list (…，此次全县共清理规范性文件61件)
_NAMED_TOTAL = lazy(r"(?P<scope>(?:\d{4}年度?)?[^\d，；。：、（）]{0,28}?)(?:共计|合计|总计|总共|一共|累计|(?<!公)共)(?P<words>[^\d，；。：（）]{0,16})")
# The acts a list item or a total may open with (办理…案件52件; 共审查…文件70件).
_ACT_WORD = lazy(r"(?:全年|今年|当年|年内|依法)?(办理|受理|审查|审核|审结|办结|开展|组织|举办|发放|培训|接待|查处|处理|调解|化解|立案|检查|公开|发布|制定|"
                 r"修订|清理|备案|出具|提供|收到|接到|答复|承办|提出|招募|签订|聘请|建立|建成|设立|走访|排查|督办|转办|派发)")
# A total after its parts named by the act they all name: ，全年共受理618件 (not 共计: _TOTAL_AFTER reads that).
_ACT_TOTAL = lazy(r"(?<=[，；])(?:全年|全县|全市|全区|全镇)?(?:共|累计)(?P<act>[\u4e00-\u9fff]{2,4}?)(?=\d)")
_QUARTERS = ("一季度", "二季度", "三季度", "四季度")
_HALVES = ("上半年", "下半年")
_PERIOD = lazy(r"第?[一二三四]季度|上半年|下半年")
# 以上两类, 上述三项; and right before the total's word, 两者/二者/两项/三类 (…，两者合计11171件): the total names how
# many of the counts before it it sums — the last so many, not every count of the sentence.
_THESE_N = lazy(r"(?:以上|上述)(?P<n>[两二三四五])(?:个|项)?[类项种]|(?P<k>[两二三四五])(?:者|项|类)(?=共计|合计|总计|总共|一共|共)")
_LAWMAKING = lazy(r"(?:其中|含)?(?:新制定|制定|新出台|出台|修改|修订|废止|宣布失效)(?:的)?")
# A clause that only says how the figure before it changed (同比下降8.64%, 比上年增长1.3个百分点).
_RATE_OF_CHANGE = lazy(r"(?:同比|环比|比上年|较上年|比去年|较去年|比上年同期|较上年同期)?(?:上升|下降|增长|增加|减少|提高|降低)"
                       r"\d+(?:\.\d+)?(?:%|个百分点)")
# A clause that says what share of a greater whole the figure before it is, or how much of its growth it made
# (占全县GDP的31.3%, 占比62.1%, 拉动GDP增长2.05个百分点, 对经济增长的贡献率为40.2%): the figure is still the whole of 其中 after it.
_SHARE_ASIDE = lazy(r"(?:占[^，。；]{0,16}?(?:的)?(?:比重|比例)?(?:为|达到|达)?|占比(?:为|达到|达)?|"
                    r"拉动[^，。；\d]{0,10}?(?:增长)?|[^，。；\d]{0,10}?贡献率(?:为|达到|达)?)\d+(?:\.\d+)?(?:%|个百分点)")
# Where a project's money comes from (补助, 配套, 自筹, 贷款, 债券…), and what became of it (到位, 完成).
_FUNDING = lazy(r"补助|补贴|奖补|配套|自筹|筹集|筹措|贷款|债券|专项债|资金|投入|拨款|融资|捐赠|捐款|基金|预算内|"
                r"中央|省级|市级|县级|区级|乡镇|企业|社会资本|群众|农民|投工投劳")
_FUNDS_USED = lazy(r"到位|完成|已拨|拨付|下达|支付|支出|使用|结余|累计|同比|增长|其中|共计|合计")
# Items a net whole is written after taking off: refunds (出口退税, 退增值税), deductions, offsets.
_DEDUCTION = lazy(r"退[\u4e00-\u9fff、和及]{0,10}?税|抵扣|抵减|扣除|冲减|减[:：]")
_SHARE_OF = lazy(r"的\d+(?:\.\d+)?%")  # 60999万元的40.4%: the base of a share, no whole a list breaks down
# A line of a sheet that says none was done (未开展检查, 未发生, 无).
_NONE_DONE = lazy(r"(?:未|没有)(?:开展|发生|发现|实施|受理|办理|抽查|检查|执法|查处|立案)|暂无|(?:^|[^\u4e00-\u9fff])无$|为零|为0")
# A figure per head, per household or per day: an average, which its parts do not add up to.
# A balance of money: what was granted or came in, what of it was spent, and what is left
# (批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元; 基金收入4.62亿元，支出4.18亿元，当年结余0.44亿元).
_GRANTED = lazy(r"批复|下达|安排|收入|收到|到位|筹集|拨入|预算指标")
_SPENT = lazy(r"已用|已使用|使用|支出|已支出|支付|拨付|已拨付|用款|执行")
_LEFT = lazy(r"^(?:[^\d，；。]{0,8}?)(?:结余|剩余|节余|余额|未用|未使用|未支出|尚未支出|尚未使用)")
# a balance carried from before (上年结余 + 收入 − 支出 = 年末结余) or one that is a stock of many
# years (累计结余, 滚存结余): the year's flow alone does not make it
_CARRIED = lazy(r"上年|去年|年初|期初|结转|累计结余|滚存|历年|年末|期末|年底|年终")
_AVERAGE = lazy(r"人均|平均|户均|日均|月均|年均|均价|每人|每户")
# The cases on hand in a period: those carried over from the last (旧存, 上年结转) and those received in it.
_CARRIED_OVER = lazy(r"(?:上年|去年|上年度|上一年度|往年|上期)?(?:旧存|结转|未结|积存)")
_NEW_CASES = lazy(r"(?:本年|今年|当年|本期|本年度|全年)?(?:新收|新受理|新增)")
_CN_SMALL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
# The state of each of a set of things, one clause a state (问题共36项，已整改29项，正在整改9项): done and under way
# exclude each other, so together they are no more than the set (fewer may leave some not yet begun); done and
# not done make it exactly.  (a date or 报告日 may stand before 已: 截至目前已整改…)
_DONE_STATE = lazy(r"(?:其中|截至目前|截至报告日|报告日|目前|现已|均)?[，\s]*已(?:经)?(?P<verb>[\u4e00-\u9fff]{2})(?:完毕|完成|到位)?")
_UNDER_WAY_STATE = lazy(r"(?:正在|尚在|仍在)(?P<verb>[\u4e00-\u9fff]{2})(?:中)?|(?P<verb2>[\u4e00-\u9fff]{2})中")
_UNDONE_STATE = lazy(r"(?:尚未|仍未|还未|暂未|未)(?P<verb>[\u4e00-\u9fff]{2})(?:的)?")
# What became of each item of a list under review (清单事项318项，取消46项，保留290项): an item is removed or kept,
# so the two are no more than the list (fewer: some merged, handed down or adjusted).
# A set named as the whole its things' states are read against: 14座病险水库中， / 18个问题： / 隐患14处，其中
_SET_OPENS = lazy(r"(?P<named>[\u4e00-\u9fff]{0,10}?(?:中|之中|当中)[，：]|[\u4e00-\u9fff]{0,10}?：|，其中[，：]?)|，")
# A rate of 100% said of the set right after its classes: 达标率100%, 合格率为100%, 完成率达100%.
_FULL_RATE = lazy(r"[\u4e00-\u9fff]{1,8}率(?:为|达到|达|是)?100(?:\.0+)?%")
# 以上共计 / 上述各类案件合计 opening a sentence, its total right after.
_ABOVE_TOTAL = lazy(r"\s*(?:以上|上述)[^，。；\d]{0,6}?(?:共计|合计|总计|共)(?:为|达)?")
# Words that open a sentence and are no act a count was named by.
_NOT_AN_ACT = frozenset(["其中", "全年", "今年", "本年", "同比", "比上", "较上", "截至", "目前", "此外", "另外", "同时", "以上", "上述"])
# Differences a bulletin defines by two figures it states: (what is added, what is taken away, the difference's words).
_DIFFERENCES = ((lazy(r"(?<!进)出口"), lazy(r"进口"), lazy(r"顺差")), (lazy(r"进口"), lazy(r"(?<!进)出口"), lazy(r"逆差")),
                (lazy(r"出生"), lazy(r"死亡"), lazy(r"自然增长|自然增加")), (lazy(r"死亡"), lazy(r"出生"), lazy(r"自然减少")),
                (lazy(r"流入"), lazy(r"流出"), lazy(r"净流入")), (lazy(r"迁入"), lazy(r"迁出"), lazy(r"净迁入")))
# A net change named as such right after the two flows it nets (新增3820户，注销1250户，净增2570户), and the absent
# of a count due (应参考61人，实际参考20人，缺考41人): only the three counts in a row are read, as a stock's own change
# (年末实有…，比上年净增…) may hold flows the sentence does not name.
_ADDED = r"新增|增加|新登记|新设立|新注册|新发展|新建|新入|迁入|转入|流入"
_TAKEN = r"减少|注销|吊销|撤销|退出|迁出|转出|流出|死亡"
_NETS = ((lazy(_ADDED), lazy(_TAKEN), lazy(r"净增(?:加|长)?")), (lazy(_TAKEN), lazy(_ADDED), lazy(r"净减(?:少)?")),
         (lazy(r"应(?:参)?考|应到|应参加|应出席"), lazy(r"实(?:际)?(?:参)?考|实(?:际)?到|实(?:际)?参加|实(?:际)?出席"),
          lazy(r"缺考|缺席|未到|缺勤")))
_DIFFERENCE_WORDS = lazy(r"顺差|逆差|自然增长|自然增加|自然减少|净流入|净迁入|净增|净减|缺考|缺席|未到|缺勤")
_AFTER_DONE = lazy(r"验收|复查|复核|审核|评估|公示|销号|备案|结算|审计|移交|考核|评审|核验|回访|巩固|跟踪|监测")
_DONE_WORDS = lazy(r"(?:目前|现|均)?已(?:经)?(?P<verb>[\u4e00-\u9fff]{2,8}?)(?:完毕|到位|销号|的)?")
_UNDER_WAY_WORDS = lazy(r"(?:目前|现|仍)?(?:正在|尚在|仍在)(?P<verb>[\u4e00-\u9fff]{1,8}?)(?:中|的)?|(?P<verb2>[\u4e00-\u9fff]{2,6})中")
_UNDONE_WORDS = lazy(r"(?:目前)?(?:尚未|仍未|还未|暂未)(?P<verb>[\u4e00-\u9fff]{2,8}?)(?:的)?")
_NOT_YET_WORDS = ("正在", "尚在", "仍在", "中", "未")  # (a sentence without them and without 保留 has no states to read)
_REMOVED_STATE = lazy(r"(?:依法|予以|建议|拟|共|累计)?(?:取消|精简|削减|压减|减少)[^\d，；。、]{0,6}?")
_KEPT_STATE = lazy(r"(?:依法|予以|建议|拟|继续|仍)?保留[^\d，；。、]{0,6}?")
# The classes of farm output a statistics bulletin sums (粮食 = 谷物 + 豆类 + 薯类; 肉类 = 猪、牛、羊、禽肉) and
# what it reports beside them in the same run of clauses: 全年粮食种植面积…，其中小麦…；玉米…；油料…；蔬菜…
# lists the other crops after the grain's parts, and they are no part of it.
_CROPS_BESIDE_GRAIN = r"油料|油菜|花生|芝麻|棉花|糖料|甘蔗|烟叶|烤烟|蔬菜|食用菌|瓜果|水果|果园|茶叶|茶园|中药材|药材|花卉|苗木|麻类|蚕桑"
_OUTSIDE_CLASS = ((lazy(r"(?<!非)粮食"), lazy(_CROPS_BESIDE_GRAIN)),
                  (lazy(r"谷物"), lazy(_CROPS_BESIDE_GRAIN + r"|豆类|大豆|薯类|马铃薯|甘薯|红薯")),
                  (lazy(r"肉类|猪牛羊禽肉"), lazy(r"禽蛋|鸡蛋|蛋类|牛奶|奶类|生鲜乳|水产品|蜂蜜|蚕茧")))


class _Breakdown(NamedTuple):
    total: Optional[Quantity]  # the stated total (None when only kinds are stated)
    kinds: Optional[Quantity]  # "5大类": the stated number of parts
    parts: List[Quantity]
    complete: bool  # the list claims to name every part (分别为, 包括…和…)
    marker: str
    tight: bool  # one enumeration (joined by 、 or 和), not a run of clauses
    clean: bool  # no nested breakdown or skipped figure: the parts are all the parts
    subcounts: List[Quantity]  # a count inside a part, in brackets right after it
    exclusive: bool  # the parts' words name kinds, not overlapping attributes
    # The whole the total is itself a part of (保留600项，A类250项，B类350项；其中网办560项:
    # 350 is B's, and 其中 may speak of the 600): a subset of it is no breakdown of the total.
    outer: Optional[Quantity] = None
    mixed: bool = False  # parts in measure words of their own under a generic total (成果30项：专著4部、报告19篇)
    # A larger count before the total that the parts make exactly (调解纠纷1568件，调解成功1552件，
    # 其中婚姻家庭312件…: the kinds of the 1568): the list breaks that whole down, not the total.
    made: Optional[Quantity] = None
    # Parts that say where or how the same things were done (网站发布1100条、微信发布600条): one act
    # in several places, which may each carry the same items.
    overlapping: bool = False
    # Every part named by an attribute, not by a kind (女性联络员48人、党员联络员97人): the criteria cross,
    # so even a tight list of them may add up to more than the whole.
    cross: bool = False
    cut: bool = False  # the list ends at a 其中 that details its parts: no part of it was skipped


# A stock counted at a moment (年末存栏, 余额, 保有量) and a flow counted over the year (出栏, 全年, 累计):
# after a semicolon a flow is a new statement, never a part of the stock before it.
_STOCK = re.compile(r"年末|年底|月末|期末|存栏|余额|保有量|在册|现有")
_FLOW = re.compile(r"出栏|全年|累计|当年|本年|新增")
_CLAUSE_REACH = 30




def _paired(folded: str, b: "_Breakdown", other: "_Breakdown") -> "_Breakdown":
    """``b`` marked complete when ``other`` is the same list in the other measure of a total written in two
    (审结1208件1436人，其中提起公诉946件1102人；不起诉251件318人；…) and its parts make its total exactly: the
    kinds are then every kind, so the parts in ``b``'s measure make its total too.  Each part must stand
    beside its pair (946件1102人) and the totals beside each other, or the lists are not one list.  A count and
    its amount may also stand one short clause apart (90851人次，发放保障金5491945元), the amount after."""
    if b.complete or b.total is None or other.total is None or not b.clean or not other.clean \
            or len(b.parts) < 2 or len(b.parts) != len(other.parts) or _family(b.total) == _family(other.total):
        return b
    counted = b.total.unit in _PAIRED_UNITS and other.total.unit in _PAIRED_UNITS

    def beside(x: Quantity, y: Quantity) -> bool:
        return folded[x.unit_end:begin(y)] == "" or folded[y.unit_end:begin(x)] == ""

    def next_clause(x: Quantity, y: Quantity) -> bool:
        # 本级对象90851人次，发放保障金5491945元: the pair one short clause apart, nothing else between
        return any(_PAIR_CLAUSE.fullmatch(folded, u.unit_end, begin(v)) for u, v in ((x, y), (y, x)))
    if not all(p.exact for p in (*other.parts, other.total)):
        return b
    if counted and beside(b.total, other.total) and all(beside(x, y) for x, y in zip(b.parts, other.parts)):
        marker = "件人"
    elif b.total.unit != "元" and other.total.unit == "元" and next_clause(b.total, other.total) \
            and all(next_clause(x, y) for x, y in zip(b.parts, other.parts)) \
            and all(x.start < y.start for x, y in zip(b.parts, other.parts)) == (b.total.start < other.total.start) \
            and all(y.start < x.start for x, y in zip(b.parts[1:], other.parts)) is True:
        # 保障对象126343人次，发放保障金7877094元，其中本级对象90851人次，发放5491945元，市属企业34687人次，
        # 2337613元…: each part's amount in the clause after it; the amounts make theirs exactly, so the parts are
        # every part, and the persons make theirs too
        marker = "另一计量"
    else:
        return b
    if abs(sum(p.value for p in other.parts) - other.total.value) > EPS * max(1.0, other.total.value):
        return b
    return b._replace(complete=True, marker=marker)


# What stands between a count and its amount one clause on (，发放保障金 / ，资助资金 / ，): a comma and a few words.
_PAIR_CLAUSE = lazy(r"，[^\d，、；。：（）]{0,8}")


def _flow_after_stock(folded: str, total: Quantity, q: Quantity) -> bool:
    total_clause = folded[back_to(folded, total.start, max(0, total.start - _CLAUSE_REACH), "，；。：\n"):total.start]
    part_clause = folded[back_to(folded, q.start, max(0, q.start - _CLAUSE_REACH), "，；。：\n"):q.start]
    return bool(_STOCK.search(total_clause)) and not _STOCK.search(part_clause) and bool(_FLOW.search(part_clause))


def _interval(q: Quantity) -> Tuple[float, float]:
    """What a figure stands for: its rounding when exact (1.2万 is 11,500..12,500), else what its words allow.  A
    count in Chinese numerals is rounded to its last place (两万三千 is 22,500..23,500); one spelled down to its tens
    or units (一千九百六十, 四百二十) is exact: the 千 or 万 inside a numeral is no scale it is rounded to."""
    if q.chinese and q.exact and q.number and not any(c.isdigit() for c in q.number):
        last = _CN_PLACES.get(q.number[-1], 1.0)
        half = 0.0 if last <= 10 else 0.5 * last
        slack = EPS * max(1.0, abs(q.value))
        return q.value - half - slack, q.value + half + slack
    low, high = written_interval(q)
    slack = EPS * max(1.0, abs(q.value))  # float sums of large amounts
    return low - slack, high + slack


_CN_PLACES = {"十": 10.0, "拾": 10.0, "百": 100.0, "佰": 100.0, "千": 1000.0, "仟": 1000.0, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}


def _interval_sum(parts: Sequence[Quantity]) -> Tuple[float, float]:
    return sum(_interval(p)[0] for p in parts), sum(_interval(p)[1] for p in parts)


def _reconciles(total: Quantity, parts: Sequence[Quantity], complete: bool, folded: str = "") -> bool:
    """Is there a reading of the list under which the parts agree with the total?

    Readings: the list stopping early (what follows is other information) and
    giving the total exactly; one part broken down again by the parts right
    after it (a subtotal), after which a partial list may stay below the total.
    A subtotal's parts are written as its parts: opened by a word or a colon
    (A类50件，其中…), or joined more tightly than the list they stand in
    (A类50件，甲30件、乙20件，B类…); in a flat list two small parts that happen
    to add up to the one before them are not its breakdown.
    """
    t_lo, t_hi = _interval(total)

    def hits(seq: Sequence[Quantity]) -> bool:
        lo, hi = _interval_sum(seq)
        return lo <= t_hi + EPS and hi >= t_lo - EPS

    running_lo = running_hi = 0.0
    for k, part in enumerate(parts):
        running_lo += _interval(part)[0]
        running_hi += _interval(part)[1]
        if k >= 1 and running_lo <= t_hi + EPS and running_hi >= t_lo - EPS and (not folded or _list_ends(folded, parts, k)):
            return True
    for i in range(len(parts) - 1):
        if not parts[i].exact:
            continue
        running = 0.0
        for j in range(i + 1, len(parts)):
            running += parts[j].value
            # One part equal to the part before it is no breakdown of it (住建领域案件5件，燃气案件5件):
            # a subtotal is broken down into two parts at least.
            if j > i + 1 and abs(running - parts[i].value) <= EPS * max(1.0, running) \
                    and (not folded or _nested(folded, parts, i, j)):
                collapsed = list(parts[: i + 1]) + list(parts[j + 1:])
                if hits(collapsed) or (not complete and _interval_sum(collapsed)[0] <= t_hi + EPS):
                    return True
            if running > parts[i].value:
                break
            # 其中民事案件836件，农民工讨薪案件412件、婚姻家庭案件228件，刑事案件370件 (1,206 in all):
            # two parts or more after one, smaller than it between them and written as its
            # breakdown, are some of its own kinds when without them the list makes the total
            # to the unit (a coincidence no wrong sum gives)
            collapsed = list(parts[: i + 1]) + list(parts[j + 1:])
            if j > i + 1 and len(collapsed) >= 2 and folded and _nested(folded, parts, i, j) \
                    and all(p.exact for p in parts) and hits(collapsed):
                return True
    return False


# A set named right after its count with 中 (6起重大火灾中， / 在审结的45件案件中：), not a word in 中 (中心, 中级 …).
_AMONG_OPENS = lazy(r"[\u4e00-\u9fff]{1,10}?(?:之中|当中|中(?![心级队学药小央国医期部间层型等专职华共]))(?=[，：])")
_STATE_FIRST = lazy(r"(?:已|正在|尚|未|均|全部|有)")
_REVIEW_KINDS = lazy(r"审查逮捕|审查起诉")
_AS_WELL = lazy(r"[^\d]*?[，；。]\s*(?:同时|此外|另外)")
_PART_AGAIN = lazy(r"(?:在|其中)?(?P<name>[\u4e00-\u9fff]{2,8}?)(?:之中|当中|中(?![心级队学药小央国医期部间层型等专职华共]))[，：]?")
_OPENS_NESTED = re.compile(r"其中|含|包括|分别|：|（")


def _list_ends(folded: str, parts: Sequence[Quantity], k: int) -> bool:
    """May the list stop after part k, what follows being other information?  Not when the next
    count is one more item of the same enumeration (维持5件、撤销4件、驳回3件、终止1件)."""
    if k + 1 >= len(parts):
        return True
    gap = folded[parts[k].end:parts[k + 1].start]
    # 其中自然人7件，法人2件，予以公开3件…: after a comma a second view of the whole may begin;
    # after 、 the enumeration goes on
    return not ("、" in gap and not _LOOSE.search(gap))


def _nested(folded: str, parts: Sequence[Quantity], i: int, j: int) -> bool:
    """Are parts i+1..j written as the breakdown of part i (see _reconciles)?"""
    # (…5条、政务数据（基本数据）1条: a bracket closed before the next count is its label, no opener)
    if any(not (m.group() == "（" and "）" in folded[m.end():parts[i + 1].start])
           for m in _OPENS_NESTED.finditer(folded, parts[i].end, parts[i + 1].start)):
        return True
    inner = [folded[a.end:b.start] for a, b in zip(parts[i + 1:j], parts[i + 2:j + 1])]
    outer = [folded[parts[k].end:parts[k + 1].start] for k in (i - 1, j) if 0 <= k < len(parts) - 1]
    return all("、" in g and not _LOOSE.search(g) for g in inner) and any(_LOOSE.search(g) for g in outer)


_DONE_RATE = lazy(r"[\u4e00-\u9fff]{1,8}率(?:为|达到|达)?\d+(?:\.\d+)?%")
_PHASES = lazy(r"[，；]分(?P<n>[两二三四五六七八九十]|\d{1,2})(?:个)?(?P<unit>期|批次|批|轮|个阶段|阶段)(?:进行|开展|实施|举办|组织)?[，：]")
_PHASE_PART = lazy(r"第[一二三四五六七八九十\d]{1,2}(?:个)?(?:期|批次|批|轮|阶段)[^\d，；。]{0,8}")
_CN_PHASES = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_CLOSED = {"审结": "结案", "办结": "结案", "结案": "结案"}  # one act: a case closed
_STAGE_OPEN_WORDS = ("审结", "办结", "结案", "执结", "答复", "办复", "化解")
_STAGE_OPENS = lazy(r"(?:已|共|均|依法|全部)?(?:审结|办结|结案|执结|审执结|答复|办复|化解|结案数)")


def _before_next_stage(folded: str, parts: List[Quantity], list_start: int) -> List[Quantity]:
    """The parts of a list joined by 、 up to a clause after a comma that counts the next stage
    (其中上年结转35件、本年新收455件，办结460件): 办结 is what became of the whole, not one more
    of its kinds."""
    span = folded[parts[1].end:parts[-1].start] if len(parts) > 2 else ""
    for i in range(1, len(parts) if any(w in span for w in _STAGE_OPEN_WORDS) else 0):
        # 其中民事案件310件，刑事案件230件，审结498件: a clause that opens with the next stage is what became
        # of the whole, after kinds by commas too (none of them named by a stage)
        if not _LOOSE.search(folded, parts[i - 1].end, parts[i].start) \
                or _STAGE.search(chunk_before(folded, parts[i - 1], list_start)):
            break
        if i >= 2 and _STAGE_OPENS.match(chunk_before(folded, parts[i], list_start).lstrip("，；")):
            return parts[:i]
    for i in range(2, len(parts)):
        gaps = [folded[a.end:b.start] for a, b in zip(parts[:i], parts[1:i + 1])]
        if not all("、" in g and not _LOOSE.search(g) for g in gaps[:-1]) or not _LOOSE.search(gaps[-1]):
            continue
        if _STAGE.search(chunk_before(folded, parts[i], list_start)) \
                and not any(_STAGE.search(chunk_before(folded, p, list_start)) for p in parts[:i]):
            return parts[:i]
        return parts
    return parts


def _subcounts_reconcile(total: Quantity, parts: Sequence[Quantity], subcounts: Sequence[Quantity]) -> bool:
    """Do the parts add up once a count inside one of them is taken out or added?

    "1545人，其中正式工401人（含内退95人）、临时工1239人": the retired 95 are
    counted in 401 but not in the 1545 (401 − 95 + 1239 = 1545); the other way
    round, a total may count them apart.
    """
    if not subcounts:
        return False
    t_lo, t_hi = _interval(total)
    s_lo, s_hi = _interval_sum(parts)
    shifts = [_interval(x) for x in subcounts]
    if len(subcounts) > 1:
        shifts.append(_interval_sum(subcounts))
    for x_lo, x_hi in shifts:
        if s_lo - x_hi <= t_hi + EPS and s_hi - x_lo >= t_lo - EPS:
            return True
        if s_lo + x_lo <= t_hi + EPS and s_hi + x_hi >= t_lo - EPS:
            return True
    return False


class SumReader(SentenceReader):
    """The sum claims of one paragraph's number sentences, checked.  It reads a document's sentences in
    order and keeps what a later sentence may go on from: the paragraph before, a 其中 list left open,
    and the courts' 各类 totals whose types follow (see _every_kind)."""

    def __init__(self, folded: str, text: str):
        super().__init__(folded, text)
        self._earlier: List[NumberSentence] = []  # this paragraph's sentences so far
        self._before: List[NumberSentence] = []  # the paragraph before, when this one follows it right away
        self._open_list: Optional[tuple] = None  # a 其中 list the next sentence may go on (see _list_goes_on)
        self._sections: list = []  # 各类 totals with the types read after them (see _every_kind)
        self._last_end = 0  # where the sentence read last ends

    def check(self, sentence: NumberSentence, previous: Optional[NumberSentence]) -> Iterator[Mismatch]:
        items = sentence.items
        reported = set()
        if previous is None:
            # the paragraph before, when this one follows it right away: a lead paragraph may state the
            # whole its next paragraph breaks down (生产总值…。\n一季度，全省第一产业增加值…)
            last = self._earlier
            self._before = last if last and self._follows(last[-1], sentence) else []
            self._earlier = []
            self._open_list = None
        earlier = self._earlier[-_EARLIER:]
        self._earlier = earlier + [sentence]
        for mismatch in self._every_kind(sentence):
            reported.add((mismatch.start, mismatch.end))
            yield mismatch
        if previous is not None:
            mismatch = self._total_of_previous(sentence, previous) or self._total_of_sentences(sentence, earlier) \
                or self._total_of_list_before(sentence, previous)
            if mismatch is not None:
                reported.add((mismatch.start, mismatch.end))
                yield mismatch
        starts = [q.start for q in items]
        if previous is not None:
            mismatch = self._list_goes_on(sentence, previous)
            if mismatch is not None and (mismatch.start, mismatch.end) not in reported:
                reported.add((mismatch.start, mismatch.end))
                yield mismatch
        if previous is None and self._before and items:
            found = self._parts_after(sentence, self._before[-1], starts, across=True)
            mismatch = self._judge(found) if found is not None else None
            if mismatch is not None and (mismatch.start, mismatch.end) not in reported:
                reported.add((mismatch.start, mismatch.end))
                yield mismatch
        if previous is not None and earlier:
            found = self._noun_classified(sentence, earlier, starts)
            mismatch = self._judge(found) if found is not None else None
            if mismatch is not None and (mismatch.start, mismatch.end) not in reported:
                reported.add((mismatch.start, mismatch.end))
                yield mismatch
        for mismatch in self._act_listed_again(sentence, previous):
            if (mismatch.start, mismatch.end) not in reported:
                reported.add((mismatch.start, mismatch.end))
                yield mismatch
        if len(items) < 2:
            if previous is not None and items:
                self._parts_after(sentence, previous, starts)  # 其中一审案件31件。: opens a list, no judgment yet
                for mismatch in self._rest_after_done(sentence, previous):
                    if (mismatch.start, mismatch.end) not in reported:
                        reported.add((mismatch.start, mismatch.end))
                        yield mismatch
            return
        for found in self._breakdowns(sentence, starts):
            mismatch = self._judge(found)
            if mismatch is not None and (mismatch.start, mismatch.end) not in reported:
                reported.add((mismatch.start, mismatch.end))
                yield mismatch
        if previous is not None:
            found = self._parts_after(sentence, previous, starts)
            first = next((q for q in items if plain_count(q)), None)
            if found is None and len(earlier) >= 2 and first is not None \
                    and not any(plain_count(q) and q.family == first.family for q in previous.items):
                # 全年共办理…632件。为群众挽回损失1,860余万元。其中，民事案件412件…: the total two
                # sentences back, the one between counting nothing the parts could be of
                found = self._parts_after(sentence, earlier[-2], starts)
            mismatch = self._judge(found) if found is not None else None
            if mismatch is not None and (mismatch.start, mismatch.end) not in reported:
                reported.add((mismatch.start, mismatch.end))
                yield mismatch
            second = self._second_split(sentence.items, starts, found, sentence.end) if found is not None else None
            mismatch = self._judge(second) if second is not None else None
            if mismatch is not None and (mismatch.start, mismatch.end) not in reported:
                reported.add((mismatch.start, mismatch.end))
                yield mismatch
        found = self._named_again(sentence, previous, starts)
        mismatch = self._judge(found) if found is not None else None
        if mismatch is not None and (mismatch.start, mismatch.end) not in reported:
            reported.add((mismatch.start, mismatch.end))
            yield mismatch
        for mismatch in (*self._totals_after(sentence), *self._act_totals(sentence), *self._group_totals(sentence), *self._due_split(sentence),
                         *self._industries(sentence, earlier), *self._sheet(sentence),
                         *self._fates(sentence, previous), *self._town_and_country(sentence),
                         *self._stock(sentence), *self._balance(sentence),
                         *self._outcomes(sentence), *self._disclosure_results(sentence, earlier),
                         *self._except_rest(sentence), *self._rest_after_done(sentence, previous), *self._states(sentence), *self._set_states(sentence), *self._closed_by_rate(sentence), *self._split_after_total(sentence), *self._defined_difference(sentence), *self._phases(sentence), *self._requests_flow(sentence), *self._bare_lists(sentence),
                         *self._paired_clauses(sentence)):
            if (mismatch.start, mismatch.end) not in reported:
                reported.add((mismatch.start, mismatch.end))
                yield mismatch
        mismatch = self._list_then_named_total(sentence) if items[-1].kind == "count" else None
        if mismatch is not None and not any(end == mismatch.end for _, end in reported):
            reported.add((mismatch.start, mismatch.end))
            yield mismatch

    # -- a total, then its parts ---------------------------------------------

    def _before_aside(self, before: List[Quantity], clause_start: int, lead_pos: int) -> Quantity:
        """The total of "公开信息1834条（同一信息多渠道发布计1条），其中…": a count in brackets right
        after another count is a note on how it is counted (the 政府信息公开 reports' template),
        not the whole the list after the brackets breaks down; the count before them is."""
        folded = self.folded
        opened = folded.rfind("（", clause_start, lead_pos - 1)
        total = before[-1]
        outside = [q for q in before if q.end <= opened]
        # (the note may hold two counts: 农户812户2936人（脱贫户96户341人），其中…)
        if opened > 0 and total.start > opened and outside and not folded[outside[-1].unit_end:opened].strip():
            return outside[-1]
        return total

    def _breakdowns(self, sentence: NumberSentence, starts: List[int]) -> Iterator[_Breakdown]:
        folded = self.folded
        s_start, s_end = sentence.start, sentence.end
        items = sentence.items
        text = folded[s_start:s_end]
        rest = _REST_WORD.search(text)
        among = "中，" in text or "中：" in text
        if not _MARKER.search(text) and "：" not in text and "（" not in text and not rest and "分别" not in text and not among:
            return
        openers = []
        for m in _MARKER.finditer(folded, s_start, s_end):
            word = m.group("word")
            if word == "含" and m.group("lead") not in "（，":
                continue
            if word == "内有":
                word = "其中"  # 机构类信息20条，内有领导成员10条、…: some of the kinds, as 其中 says
            elif word.startswith("主要") and not word.endswith("涉及"):
                word = "主要"
            elif word.endswith("如下"):
                # (具体如下 may head stages or attributes as well as kinds: read as 其中 is, more than the total)
                word = "其中"
            openers.append((m.start("lead"), m.end(), word, m.group("lead")))
        # A bare colon or bracket right after a total (共办理案件40件：…, 共40件（一审30件…）)
        marked = {o[0] for o in openers}
        for q in items:
            pos = q.end
            if q.kind == "count" and pos < s_end and folded[pos] in "：（" and pos not in marked:
                if _TOTAL_WORDS.search(folded, back_to(folded, q.start, s_start), q.start) \
                        or (folded[pos] == "（" and self._bracket_of_parts(q, items, s_end)):
                    openers.append((pos, pos + 1, "", folded[pos]))
        if among:
            # 6起重大火灾中，城市3起，农村2起: a set named with 中, then its kinds, each named before its count, as after 其中
            # (count-first clauses, 15个已建成…，10个开展了…, are states or deeds that may nest: see _set_states)
            for q in items:
                m = _AMONG_OPENS.match(folded, q.unit_end, min(s_end, q.unit_end + 12)) if q.kind == "count" else None
                if m is not None and m.end() not in marked and m.end() + 1 < s_end \
                        and not folded[m.end() + 1].isdigit() and not _STATE_FIRST.match(folded, m.end() + 1):
                    openers.append((m.end(), m.end() + 1, "其中", "，"))
        if not openers and rest:
            # 共受理来电3,200件，咨询1,500件，投诉1,200件，其他400件: kinds after a total, closed by 其他
            for q in items:
                pos = q.end
                if q.kind == "count" and pos < s_end and folded[pos] == "，" \
                        and _TOTAL_WORDS.search(folded, back_to(folded, q.start, s_start), q.start):
                    if self._first_of_siblings(q, items, s_start):
                        break
                    openers.append((pos, pos + 1, "其他", "，"))
                    break
        if "分别" in text:
            openers.extend(self._respectively(s_start, s_end))
        openers.sort()
        names_of = {o[0]: o[4] for o in openers if len(o) > 4}
        last_total: Optional[Quantity] = None
        for opener in openers[:_MAX_OPENERS]:
            lead_pos, list_start, word, lead = opener[:4]
            clause_start = back_to(folded, lead_pos, s_start)
            lo = bisect.bisect_left(starts, clause_start)
            hi = bisect.bisect_left(starts, lead_pos)
            before = [q for q in items[lo:hi] if q.end <= lead_pos and q.kind == "count"]
            if not before and lead in "，；" and clause_start > s_start + 1 and folded[clause_start - 1] == "，" \
                    and (_RATE_OF_CHANGE.fullmatch(folded, clause_start, lead_pos) or _DONE_RATE.fullmatch(folded, clause_start, lead_pos)
                         or _SHARE_ASIDE.fullmatch(folded, clause_start, lead_pos)):
                # 共受理各类案件3881件，同比下降8.64%；其中旧存1304件…: the clause between says how the
                # total changed (or its rate: 审结4,826件，结案率96.3%，其中…); the whole the parts break down is the count before it
                end = clause_start - 1
                for _ in range(_ASIDE_CLAUSES - 1):
                    # 增加值130338万元，同比增长6.5%，占全县GDP的31.3%，拉动GDP增长2.05个百分点，其中：…: a few such
                    # clauses in a row, each a rate, a share or a pull of the total
                    prior = back_to(folded, end, s_start)
                    if prior <= s_start + 1 or folded[prior - 1] != "，" or not (
                            _RATE_OF_CHANGE.fullmatch(folded, prior, end) or _DONE_RATE.fullmatch(folded, prior, end)
                            or _SHARE_ASIDE.fullmatch(folded, prior, end)):
                        break
                    end = prior - 1
                if folded[end - 1] == "）":  # 3881件（含执行1568件，…），同比下降8.64%: the count before the aside
                    end = folded.rfind("（", s_start, end - 1)
                if end > s_start:
                    clause_start = back_to(folded, end, s_start)
                    lo = bisect.bisect_left(starts, clause_start)
                    before = [q for q in items[lo:hi] if q.end <= end and q.kind == "count"]
            if not before and lead == "，" and word == "其中" and clause_start > s_start + 1 \
                    and folded[clause_start - 1] == "，" and not any(c.isdigit() or c in "（）" for c in folded[clause_start:lead_pos]):
                # 主动公开政府信息193条，主要涉及乡村振兴、…等方面内容，其中工作动态121条…: a clause without a
                # figure (what the items are about) between the total and 其中; the total closes the clause before
                end = clause_start - 1
                prior = back_to(folded, end, s_start)
                for _ in range(_ASIDE_CLAUSES - 1):
                    # 增发国债10000亿元，全部通过转移支付方式安排给地方，支持地方灾后恢复重建，其中…: a clause or two
                    # more of the same kind, each without a figure or a bracket
                    if prior <= s_start + 1 or folded[prior - 1] != "，" \
                            or any(c.isdigit() or c in "（）" for c in folded[prior:end]):
                        break
                    end = prior - 1
                    prior = back_to(folded, end, s_start)
                lo = bisect.bisect_left(starts, prior)
                before = [q for q in items[lo:hi] if q.end <= end and q.kind == "count"]
                if before and (folded[before[-1].unit_end:end].strip() or "（" in folded[prior:end]):
                    before = []
                elif before and _DRAWS.search(folded, end, lead_pos):
                    before = []  # 下达资金8000万元，撬动社会投资，其中社会资本…: 其中 breaks down the whole the aside names
                elif before:
                    clause_start = prior
            left_out = ""
            opened = folded.rfind("（", s_start, lead_pos - 1) if folded[lead_pos - 1:lead_pos] == "）" else -1
            if lead == "，" and word == "其中" and s_start < opened < clause_start \
                    and "（" not in folded[opened + 1:lead_pos - 1] and "）" not in folded[opened + 1:lead_pos - 1]:
                # 决定不起诉118人（不含作出附条件不起诉5人，但尚未决定不起诉），其中…: a bracket that holds a comma
                # between the total and 其中 is a note on the total, its counts no total of the parts; a note that
                # leaves a kind out (不含, 不包括) takes that kind's part out of the sum (附条件不起诉…5人)
                inside = [q for q in items if opened < q.start < lead_pos]
                lo = bisect.bisect_left(starts, back_to(folded, opened, s_start))
                before = [q for q in items[lo:hi] if q.end <= opened and q.kind == "count"]
                if before and not folded[before[-1].unit_end:opened].strip():
                    clause_start = back_to(folded, opened, s_start)
                    if folded.startswith(("不含", "不包括"), opened + 1) and inside:
                        left_out = folded[opened + 1:begin(inside[0])].lstrip("不含包括作出的")
                else:
                    before = []
            if not before or "除" in folded[clause_start:lead_pos]:
                continue  # 除…外: what follows is the rest, not a breakdown
            total = before[-1]
            if len(before) > 1 and folded[lead_pos - 1] == "）":
                total = self._before_aside(before, clause_start, lead_pos)
                before = before[:before.index(total) + 1]  # (what the note holds is no measure of the total)
            if lead == "；" and _VIEW.fullmatch(word) and last_total is not None and last_total.start < total.start:
                # 其中自然人98件、法人28件；按办理结果分，予以公开65件…: a second view of the whole
                # the sentence broke down before, not a breakdown of its last part
                total = last_total
            last_total = total
            alone = partner = None
            if _AVERAGE.search(folded, back_to(folded, begin(total), s_start), begin(total)):
                # 发放保障金7877094元，人均月补差61.3元，其中…: an average is no whole a list breaks down; the
                # amount of the clause before it is
                prior = self._clause_before(items, total, back_to(folded, begin(total), s_start), s_start, _family(total))
                if prior is None:
                    continue
                total, clause_start = prior, back_to(folded, begin(prior), s_start)
            if is_change(folded, total, clause_start) or _SHARE_OF.match(folded, total.unit_end):
                # 办理…1,568件，比上年增加162件，其中刑事案件612件…: the parts are of the count the
                # change is said of, in the clause right before it; so are they of the count a plan
                # or budget after it is the base of a share of (完成年初预算数60999万元的40.4%，其中：…)
                total = self._clause_before(items, total, clause_start, s_start, _family(total)) \
                    or self._before_changes(items, total, s_start)
                if total is None:
                    continue
            else:
                # 开展执法检查326次，出动执法人员1,260人次，其中联合检查86次…: parts in the measure of
                # the clause before are its parts, not the last count's
                first = next((q for q in items[hi:] if q.start >= list_start), None)
                if first is not None and first.kind == "count" and _family(first) != _family(total):
                    switched = self._clause_before(items, total, clause_start, s_start, _family(first))
                    if switched is not None:
                        # (救助5230人次，发放救助金386.5万元，其中低保对象2140人次，发放152.3万元，…: the amount is
                        # the whole of the list's other measure)
                        partner, total = total, switched
            first = next((q for q in items[hi:] if q.start >= list_start), None)
            if first is not None and first.kind == "count" and _family(first) != _family(total):
                # 保障对象126343人次，发放保障金7877094元，…，其中本级对象90851人次，发放5491945元，…: each
                # measure's parts belong to the one count of that measure before the list
                alone = self._only_of(items[:hi], _family(first), s_start, lead_pos)
            elif partner is not None and partner.kind == "count" and plain_count(partner):
                alone = partner
            kinds = None
            if total.unit in KIND_UNITS and not (total.unit == "种" and word == "其中"):
                kinds, total = total, None  # 普法读物20种，其中图书6册…: 种 counts titles there
            elif len(before) >= 2 and before[-2].unit in KIND_UNITS and folded[before[-2].end:total.start].strip() == "":
                kinds = before[-2]  # 共5大类126项
            elif len(before) >= 2 and self._kinds_in_name(before[-2], total):
                kinds = before[-2]  # 全国五类案件总数为15454件，其中…
            elif len(before) >= 2 and before[-2].unit in _BATCH_UNITS \
                    and re.fullmatch(r"[\u4e00-\u9fff“”]{0,12}", folded[before[-2].end:total.start]) \
                    and before[-2].exact and before[-2].value <= 12:
                kinds = before[-2]  # 共发布3批20件，其中第一批8件、…: as many batches as listed
            limit = min(s_end, list_start + _LIST_REACH)
            if total is not None and lead != "；" and "；" in folded[list_start:limit] \
                    and self._in_semicolon_list(items[:hi], total, s_start):
                # 小麦产量12.5万吨；油料产量14.5万吨，增长8.8%，其中：油菜籽11.1万吨；蔬菜产量49.9万吨: the total is
                # one item of a list by semicolons, and its parts end where the next item starts
                semi = folded.find("；", list_start, limit)
                if _SECONDARY.search(folded, back_to(folded, begin(total), s_start), begin(total)) \
                        and _INDUSTRY_FIRST.match(folded, list_start) and folded.startswith("建筑业", semi + 1):
                    # 第二产业增加值…，其中工业增加值…；建筑业增加值…；第三产业…: the secondary industry is industry and
                    # construction, by definition: the part after the semicolon is the second of them
                    after = min((i for i in (folded.find("；", semi + 1, limit), folded.find("。", semi + 1, limit)) if i > 0),
                                default=limit)
                    limit = after
                else:
                    limit = semi
            elif total is not None and lead == "，" and word == "其中" and "；" in folded[list_start:limit] \
                    and _FIRST_PART.search(folded, max(s_start, clause_start - 4), clause_start + 3):
                # 其中机构类信息20条，其中领导成员10条、…；工作类信息11条: the first part of a list with a
                # sub-list of its own, which ends where the next part of the list starts
                sub = next((q for q in items[hi:] if q.start >= list_start and q.kind == "count"), None)
                if sub is not None and self._sub_list_ends(items, total, sub, limit) > 0:
                    limit = folded.find("；", sub.end, limit)
            if lead == "（":
                close = matching_close(folded, lead_pos, limit)
                list_end = close if close >= 0 else limit
            else:
                list_end = limit
            found = self._read_list(items, starts, total, kinds, word, list_start, list_end)
            if found is not None and left_out:
                found = self._without(found, left_out, list_start)
            if found is not None and word.endswith("涉及") and (not found.tight or "涉及" in folded[clause_start:lead_pos]):
                continue  # 涉及 opens kinds joined by 、 after a total, not a run of 涉及… clauses
            if found is not None and word == "含" and lead == "，" and found.marker != "其他":
                continue  # ，含…: read only when the list closes with 其他 (…，含动态信息95条，…，其他19条)
            if found is not None and total is not None and len(found.parts) == 2 and found.clean \
                    and _SECONDARY.search(folded, back_to(folded, begin(total), s_start), begin(total)) \
                    and [bool(_INDUSTRY_FIRST.match(c.lstrip("，、；：其中 "))) for c in chunks_of(folded, found.parts, list_start)] == [True, False] \
                    and chunk_before(folded, found.parts[1], list_start).lstrip("，、；：").startswith("建筑业"):
                found = found._replace(complete=True, marker="工业、建筑业")  # (all of the secondary industry)
            if found is not None and lead_pos in names_of:
                named = names_of[lead_pos]  # 刑事、民事、行政…分别为: as many parts as names
                if len(found.parts) < named:
                    continue
                found = found._replace(parts=found.parts[:named])
            other = None
            if alone is not None and kinds is None and word == "其中":
                other = self._read_list(items, starts, alone, None, word, list_start, list_end)
            if found is not None and other is not None:
                found, other = _paired(folded, found, other), _paired(folded, other, found)
            if found is not None:
                yield found._replace(outer=self._outer(items[:hi], total, s_start),
                                     made=self._made_by(items[:hi], total, found.parts, s_start))
                second = self._second_split(items, starts, found, list_end)
                if second is not None:
                    yield second
            if other is not None:
                yield other._replace(outer=self._outer(items[:hi], alone, s_start),
                                     made=self._made_by(items[:hi], alone, other.parts, s_start))
            if total is not None and kinds is None and len(before) >= 2 and folded[before[-2].end:total.start] == "" \
                    and before[-2].unit in _PAIRED_UNITS and total.unit in _PAIRED_UNITS and before[-2].unit != total.unit:
                # 起诉45件62人，其中公诉40件55人、自诉3件7人: a total in two measures, each summed apart
                semicolon = folded.find("；", list_start, list_end)
                first = self._read_list(items, starts, before[-2], None, word, list_start,
                                        semicolon if semicolon >= 0 else list_end)
                if first is not None and found is not None:
                    found_paired = _paired(folded, found, first)
                    if found_paired is not found:
                        yield found_paired  # (the persons' list read again, complete now)
                    first = _paired(folded, first, found)
                if first is not None:
                    yield first

    def _without(self, found: _Breakdown, left_out: str, list_start: int) -> Optional[_Breakdown]:
        """The breakdown less the part of the kind the total's bracket left out (不含…附条件不起诉5人): the
        part whose words hold four characters or more of the kind left out that no other part holds.
        None when more than one part may be it."""
        chunks = chunks_of(self.folded, found.parts, list_start)

        def names_it(i: int) -> bool:
            return any(left_out[a:a + 4] in chunks[i] and not any(left_out[a:a + 4] in c for j, c in enumerate(chunks) if j != i)
                       for a in range(len(left_out) - 3))
        out = [i for i in range(len(chunks)) if names_it(i)]
        if not out:
            return found  # (no part of the kind left out: the parts are all the total's)
        if len(out) > 1:
            return None
        parts = [p for i, p in enumerate(found.parts) if i != out[0]]
        return found._replace(parts=parts) if len(parts) >= 2 else None

    def _second_split(self, items: Sequence[Quantity], starts: List[int], found: _Breakdown,
                      list_end: int) -> Optional[_Breakdown]:
        """其中，城镇人口54715人，乡村人口57920人；男性人口57753人，女性人口54882人: a statistics bulletin splits
        one whole two ways, one split a clause pair, the second after a semicolon; each split (城、乡; 男、女;
        专职、兼职) is all of the whole, so the second adds up to it as the first does."""
        if found.total is None or found.marker not in _SPLITS or len(found.parts) != 2:
            return None
        folded = self.folded
        semi = folded.find("；", found.parts[-1].end, list_end)
        if semi < 0 or any(c.isdigit() for c in folded[found.parts[-1].end:semi]):
            return None
        second = self._read_list(items, starts, found.total, None, "其中", semi + 1, list_end)
        if second is None or second.marker not in _SPLITS or second.marker == found.marker or len(second.parts) != 2 \
                or "中" in folded[semi + 1:begin(second.parts[0])]:
            return None  # (…；乡村人口中，男性…，女性…: a split of one half, not of the whole)
        return second

    def _first_of_siblings(self, q: Quantity, items: Sequence[Quantity], s_start: int) -> bool:
        """Is ``q``, said of a year (全年), the first of items named alike (全年批发和零售业增加值12.17亿元，
        …；金融业增加值9.97亿元；…；其他服务业增加值42.12亿元): one sector among its siblings, no total of them?"""
        folded = self.folded
        words = folded[back_to(folded, q.start, s_start):begin(q)]
        found = _TOTAL_WORDS.findall(words)
        nxt = next((p for p in items if p.start > q.end and p.kind == "count" and _family(p) == _family(q)), None)
        if found != ["全年"] or nxt is None:
            return False
        tail = words[-3:]
        return len(tail) == 3 and chunk_before(folded, nxt, q.end).endswith(tail)

    def _in_semicolon_list(self, before: Sequence[Quantity], total: Quantity, s_start: int) -> bool:
        """Is ``total`` an item of a list by semicolons, a count of its measure ending the item before?"""
        folded = self.folded
        semi = folded.rfind("；", s_start, total.start)
        return semi > 0 and any(q.end <= semi and q.family == total.family and plain_count(q)
                                and not folded[q.unit_end:semi].strip("，%.0123456789增长下降同比上升减少")
                                for q in before[-_OUTER_REACH:])

    def _clause_before(self, items: Sequence[Quantity], last: Quantity, clause_start: int, s_start: int,
                       family: str) -> Optional[Quantity]:
        """The count of the clause right before ``last``'s (a comma between), when it is a plain
        count in ``family``: the whole a change or another measure after it leaves standing."""
        folded = self.folded
        i = next((k for k, q in enumerate(items) if q is last), 0)
        if i == 0 or clause_start <= s_start or folded[clause_start - 1] != "，":
            return None
        q = items[i - 1]
        if q.end > clause_start or not plain_count(q) or _family(q) != family \
                or folded[q.unit_end:clause_start] != "，" or is_change(folded, q, s_start):
            return None
        return q

    def _before_changes(self, items: Sequence[Quantity], last: Quantity, s_start: int) -> Optional[Quantity]:
        """The count a run of clauses that only rate or change it follows (收入完成28,583万元，占调整预算
        105.47%，同比增长10.85%，增收2,798万元，从征收部门来看：…): the whole the list after them breaks down."""
        folded = self.folded
        i = next((k for k, q in enumerate(items) if q is last), 0)
        for q in reversed(items[max(0, i - 5):i]):
            if q.start < s_start or any(c in folded[q.end:last.start] for c in "；。：（"):
                return None
            if q.kind == "percent" or (q.kind == "count" and is_change(folded, q, s_start)):
                continue
            return q if plain_count(q) and q.exact and _family(q) == _family(last) else None
        return None

    def _only_of(self, before: Sequence[Quantity], family: str, s_start: int, lead_pos: int) -> Optional[Quantity]:
        """The one plain count of ``family`` in the sentence before a list's opener, or None."""
        found = [q for q in before if q.end <= lead_pos and q.kind == "count" and _family(q) == family]
        if len(found) != 1 or not plain_count(found[0]) or not found[0].exact \
                or is_change(self.folded, found[0], s_start):
            return None
        return found[0]

    def _bracket_of_parts(self, q: Quantity, items: Sequence[Quantity], s_end: int) -> bool:
        """Does the bracket right after ``q`` hold nothing but its kinds, each a short name and a
        count of its measure (办理法律援助案件245件（刑事189件，民事55件，行政1件）)?  Such a
        bracket breaks the count down whatever words stand before it."""
        folded = self.folded
        close = matching_close(folded, q.end, min(s_end, q.end + _LIST_REACH))
        if close < 0:
            return False
        inside = [p for p in items if q.end < p.start < close]
        # 全镇13951户68202人（城镇人口240户544人，农村人口13711户67858人）: a total in two measures written
        # together, each kind in both: the second measure's figure right after the first's needs no name
        pair = next((p for p in items if p.unit_end == begin(q) and p.unit in _PAIRED_UNITS
                     and q.unit in _PAIRED_UNITS and _family(p) != _family(q)), None)
        families = {_family(q)} | ({_family(pair)} if pair is not None else set())
        if len(inside) < 2 or any(p.kind != "count" or not plain_count(p) or _family(p) not in families for p in inside):
            return False
        last = q.end + 1
        for k, p in enumerate(inside):
            name = folded[last:begin(p)]
            paired = pair is not None and name == "" and k > 0 and _family(inside[k - 1]) == _family(pair) \
                and _family(p) == _family(q)
            if not paired and (not 1 <= len(name.lstrip("，、；")) <= 12
                               or not all("\u4e00" <= c <= "\u9fff" for c in name.lstrip("，、；"))):
                return False
            last = p.unit_end
        return folded[last:close] == ""

    def _respectively(self, s_start: int, s_end: int) -> Iterator[tuple]:
        """Lists opened by 分别 after the kinds they give the figures of, in a clause of
        their own after the total: (lead, list start, "分别", lead character, names)."""
        folded = self.folded
        for m in _RESPECTIVELY.finditer(folded, s_start, s_end):
            at = m.start()
            if folded[at - 1:at] in "，：；（":
                continue  # ，分别为: the marker of _MARKER
            clause = back_to(folded, at, s_start, "，；：")
            if clause <= s_start or folded[clause - 1] not in "，；":
                continue
            names = folded[clause:at]
            counted = _NAMES_COUNTED.search(names)
            if counted:
                names = names[:counted.start()]  # 县、乡镇、村三级站点分别为: the count of the names
            if any(c.isdigit() for c in names) or any(c in _CN_COUNT for c in names):
                continue
            # the names are joined by 、, the last perhaps by 和/及/与 (not the 及 of 涉及, 以及)
            joins = names.count("、") + (1 if _LAST_JOIN.search(names[names.rfind("、") + 1:]) else 0)
            if joins < 1 or (counted and cn_to_int(counted.group("n")) != joins + 1):
                continue
            # names counted (三级) are every kind: their figures make the whole
            yield (clause - 1, m.end(), "分别为" if counted else "分别", "，", joins + 1)

    def _outer(self, before: Sequence[Quantity], total: Optional[Quantity], floor: int) -> Optional[Quantity]:
        """The whole a total is listed under: a larger count of its measure before it with
        a sibling of the total between them (600项，A类250项，B类350项)."""
        if total is None:
            return None
        near = [q for q in before[-_OUTER_REACH:] if q.end <= total.start]  # a bounded look: linear in the sentence
        same = [q for q in near if q.family == total.family and plain_count(q) and not is_change(self.folded, q, floor)]
        for i, q in enumerate(same[:-1]):
            # (审结67件（含上年结转12件），其中纠错6件（…）: a count in an aside is a note on the figure before it,
            # no sibling of the total)
            if q.value > total.value and any(s.value <= q.value and not self._aside(s, floor) for s in same[i + 1:]):
                return q
        return None

    def _made_by(self, before: Sequence[Quantity], total: Optional[Quantity], parts: Sequence[Quantity],
                 floor: int) -> Optional[Quantity]:
        """A count before the total, larger than it and of its measure, that the parts add up to."""
        if total is None or len(parts) < 2:
            return None
        lo, hi = _interval_sum(parts)
        for q in before[-_OUTER_REACH:]:
            if q.end <= total.start and q.family == total.family and q.value > total.value and plain_count(q) \
                    and not is_change(self.folded, q, floor):
                q_lo, q_hi = _interval(q)
                if lo <= q_hi + EPS and hi >= q_lo - EPS:
                    return q
        return None

    def _read_list(self, items, starts, total, kinds, word, list_start, list_end) -> Optional[_Breakdown]:
        folded = self.folded
        if "除" in folded[list_start:list_end]:
            return None
        if total is not None and _AVERAGE.search(folded, back_to(folded, begin(total), max(0, begin(total) - 40)), begin(total)):
            return None  # 全体居民人均可支配收入7256元。按常住地分，城镇…10063元，农村…4974元: averages add up to nothing
        unit_family = _family(total) if total is not None else None
        # the verb a total's clause opens with (排查 of 排查风险问题9个)
        total_verb = chunk_before(folded, total, max(0, begin(total) - 40, folded.rfind("\n", 0, begin(total)) + 1))[:2] \
            if total is not None else ""  # (from the line's start: a heading above is no verb of it)
        if not all("\u4e00" <= c <= "\u9fff" for c in total_verb) or len(total_verb) < 2:
            total_verb = ""
        mixed = False
        total_name = chunk_before(folded, total, max(0, begin(total) - 40)) if total is not None else ""
        adjusted = bool(_ADJUSTED.search(total_name))
        parts: List[Quantity] = []
        clean = True
        cut = False
        subcounts: List[Quantity] = []
        last_end = list_start
        depth = 0
        opened: List[int] = []  # where the brackets open that hold the current position
        scan = list_start
        resume = -1  # where the list goes on after the sub-list of its last part (see _sub_list_ends)
        lo = bisect.bisect_left(starts, list_start)
        hi = bisect.bisect_left(starts, list_end)
        for q in items[lo:hi]:
            gap = folded[last_end:q.start]
            last_end = q.end
            # Bracket depth relative to the list: figures in a nested bracket detail a part.
            for bracket in _BRACKET.finditer(folded, scan, q.start):
                if bracket.group() == "（":
                    depth += 1
                    opened.append(bracket.start())
                else:
                    depth = max(0, depth - 1)
                    if opened:
                        opened.pop()
            scan = q.start
            if parts and "；" in gap and total_verb and folded.startswith(total_verb, folded.rfind("；", 0, q.start) + 1):
                break  # 排查风险问题9个，其中4个…；排查隐患问题8个: a total of its own, not a part
            if parts and "；" in gap and total is not None and self._sibling_of(total, parts[0], q, list_start):
                break
            if total is not None and q.kind == "count" and _outside_class(total_name, chunk_before(folded, q, list_start)):
                break  # 粮食种植面积…，其中小麦…；油料种植面积…: another crop the bulletin reports beside the grain
            if parts and "；" in gap and total is not None and _flow_after_stock(folded, total, q):
                break  # 年末存栏6.2万头，其中牛存栏5.8万头；全年牛出栏2.4万头: a year's flow, no part of a stock
            if q.start < resume:
                continue  # an item of the last part's own sub-list
            nested = _NESTED_MARKER.search(gap) or _NEW_TOTAL.search(gap) or (parts and _PART_BREAKDOWN.match(gap))
            if nested and parts and nested.group() in ("其中", "内有") and gap[:nested.start()].strip() == "，":
                resume = self._sub_list_ends(items, parts[0], q, list_end)
                if resume > 0:
                    continue
            if nested:
                # After a semicolon the list has ended: what 其中 details next is another view
                # (准予审批95个，暂缓8个；其中常规审批96个), and the parts read are the list; so has it
                # before a total of another measure (兼职288人，截至11月底，共调处纠纷3508宗).
                other = unit_family is not None and q.kind == "count" and _family(q) != unit_family \
                    and not _NESTED_MARKER.search(gap)
                # (the semicolon may stand before figures of other measures since the last part:
                # …女性人口54882人；0-17岁、…、60岁及以上户籍人口分别为…)
                since = folded[parts[-1].end:q.start - len(gap) + nested.start() + 1] if parts else ""
                clean = clean and bool(parts) and ("；" in since or other)
                # 84项（次），其中单一…62项（次），合并…26项（次），其中：州人大…18项（次）: a second 其中 after the
                # parts details them by another view; the parts read are all parts, whatever follows
                cut = len(parts) >= 2 and nested.group() == "其中" and bool(re.fullmatch(r"(?:（[^（）]{1,4}）)?，", gap[:nested.start()].strip()))
                break
            if q.kind == "number" and parts and depth == 0 and _bare_part(folded, q):
                parts.append(q)  # 政务微信公开179，: a part whose unit the writer left out
                continue
            if q.kind != "count" or q.in_range:
                continue
            if depth > 0:
                if parts and opened and self._kind_of_part(parts[-1], q, opened[-1]):
                    continue  # 高中2所（民办1所），初中8所: how many of the part are of one kind, no part of the list
                if unit_family is None or _family(q) == unit_family:
                    clean = False
                    if parts and opened and folded[parts[-1].end:opened[-1]].strip() == "" \
                            and _SUBCOUNT.match(folded, opened[-1] + 1):
                        subcounts.append(q)
                continue
            if unit_family is None:
                if q.unit in KIND_UNITS:
                    continue
                unit_family = _family(q)
            if _family(q) != unit_family:
                # 研究成果30项，其中专著4部、研究报告19篇: each kind in its own measure word
                # (a later part too, when 、 joins it to the one before: 信息300条，其中图文210条、视频100个)
                joined = not parts or not _LOOSE.search(folded[parts[-1].end:q.start])
                # 办理法律服务事项12.56万件次，其中法律援助案件3.21万件、公证事项2.74万件、法律咨询7.15万人次: a
                # count of times services were done holds each service in the measure of its own kind (a case, a
                # person advised); a visit counted by the person (来访…人次) may hold more persons than matters
                times = total is not None and total.unit in _TIMES_TOTAL_UNITS and q.unit in _TIMES_PART_UNITS \
                    and word == "其中" and (mixed or not parts or parts[-1].unit in _TIMES_PART_UNITS) \
                    and not (q.unit == "人次" and total.unit != "人次" and "访" in chunk_before(folded, q, list_start))
                if times:
                    mixed = True
                elif not (mixed or joined and total is not None and total.unit in _MIXED_TOTAL_UNITS
                          and q.unit in _OBJECT_UNITS and word == "其中"
                          and not _HANDED_OUT.search(chunk_before(folded, q, list_start))) or q.unit not in _OBJECT_UNITS:
                    if parts and q.unit in _OBJECT_UNITS and total is not None and total.unit in _MIXED_TOTAL_UNITS:
                        # 信息860条，其中机构概况8条、政策文件3件、…: a part left out for its measure word
                        # may be what the others lack, so they are no complete list
                        clean = False
                    continue  # 活动30项，其中发放手册12本: what the activities handed out, not their kinds
                mixed = True
            if is_change(folded, q, list_start):
                # (税收收入8301万元，比上年增收1284万元，增长18.8%；非税收入…: how a part changed, in the
                # clause right after it, skips nothing of the list)
                clean = clean and bool(parts) and self._change_of(parts[-1], q)
                continue
            if parts and not adjusted and _ADJUSTED.search(chunk_before(folded, q, list_start)) \
                    and self._change_of(parts[-1], q):
                # 其中：税收收入拟调整为85000万元，调减16000万元；非税收入…: how much the budget of the part
                # before was adjusted by, not a part (a total that is itself an adjustment, 调增84000万元，分别是
                # …调增55610万元、…, has adjustments for parts)
                continue
            if parts and _AS_WELL.match(gap):
                break  # 其中基层执法人员620人次，同时组织480人次参加网络考试: another statement, which may overlap
            if parts:
                again = _PART_AGAIN.match(chunk_before(folded, q, list_start).lstrip("，、；： "))
                if again and any(again.group("name") in chunk_before(folded, p, list_start) for p in parts):
                    continue  # 其中民事案件2046件，民事案件中调解撤诉1210件: how a part named again breaks down
            if parts and not re.search(r"[、，；：。和及与（）]", folded[parts[-1].end:q.start]):
                # 17个地市差评工单1249个: the count before names where the part is, in the same item
                parts[-1] = q
                continue
            parts.append(q)
            if len(parts) > _MAX_PARTS:
                return None
        if not parts:
            return None
        parts = _before_next_stage(folded, parts, list_start)
        closed = len(parts) >= 2 and bool(_REST.search(chunk_before(folded, parts[-1], list_start)))
        if word == "其他" and not closed:
            return None  # no list closed by 其他 after the total
        complete = _complete(word) or closed
        if _VIEW.fullmatch(word) and _PARTIAL.search(folded, list_start, parts[-1].end):
            complete = False  # 从领域看，主要集中在…: the main parts only
        if closed and not _complete(word):
            word = "其他"  # the list claims every part by its last
        if word.startswith("资金") and total is not None:
            # 总投资1660.43万元，资金来源：中央补助800万元，省级补助200万元，…，整合资金419.64万元: where a
            # project's money comes from is all of it, source by source; a figure that is no source (已到位,
            # 已完成投资) ends the list
            sources = 0
            for p in parts:
                chunk = folded[back_to(folded, begin(p), list_start):begin(p)]  # (农民自筹（含投工投劳折资）23.79万元)
                if not _FUNDING.search(chunk) or _FUNDS_USED.search(chunk):
                    break
                sources += 1
            if sources < 2:
                return None
            parts, complete = parts[:sources], True
        if word == "其中" and len(parts) >= 2 and not complete and clean \
                and self._prints_an_empty_line(list_start, parts):
            # 共检查企业41家次。其中：危化行业17家次；烟花爆竹行业未开展检查；非煤矿山10家次；…: a line that says
            # none was done is printed, so every line is: the lines make the total
            complete, word = True, "未开展"
        if word in ("包括", "包含") and len(parts) >= 2:
            gap = folded[parts[-2].end:parts[-1].start]
            complete = bool(_CONNECTOR.search(gap)) and not _SEPARATOR.search(gap)
        if kinds is not None and clean and len(parts) == kinds.value:
            complete = True
        if total is not None and clean and not complete and len(parts) >= 2 \
                and _named_by_kinds(folded[back_to(folded, begin(total), max(0, begin(total) - 40)):begin(total)],
                                    chunks_of(folded, parts, list_start)):
            complete, word = True, "名称所列各类"  # 化解家庭、邻里纠纷3955件（其中家庭纠纷999件、邻里纠纷2956件）
        if total is not None and clean and not complete and len(parts) >= 2 and not word.startswith("主要") \
                and _runs_kinds(folded[back_to(folded, begin(total), max(0, begin(total) - 40)):begin(total)],
                                chunks_of(folded, parts, list_start)):
            complete, word = True, "名称所列各类"  # 受理来信来访312件次，其中来信86件，来访217批次
        split = partition(chunks_of(folded, parts, list_start), total_name)
        for k in (2, 3):
            # 其中，男108374人，女101170人；出生人口1290人…: the halves of the whole, then other
            # figures of it after a semicolon or a comma (…，女性31.69万人，全年出生人口3625人): a split
            # that covers the whole ends the list, whatever follows (税收…、非税…、上级补助收入…: after 、 too)
            if not split and len(parts) > k and any(c in folded[parts[k - 1].end:parts[k].start] for c in "；，、"):
                split = partition(chunks_of(folded, parts[:k], list_start), total_name)
                if split == "内、外":
                    split = ""  # (省内…，省外…，境外…: a third place after the two halves of a country)
                if split and _REST_WORD.match(chunk_before(folded, parts[k], list_start).lstrip("，、；： ")):
                    split = ""  # (农村34起，城市29起，其他区域2起: the page's own split has a rest, the pair is not all)
                if split:
                    parts = parts[:k]
        if split and clean:
            complete, word = True, split  # 其中男性…，女性…: the halves of a whole make it
        if word == "含" and clean and len(parts) >= 3 and all(
                _LAWMAKING.fullmatch(chunk_before(folded, p, list_start).strip()) for p in parts):
            # 审查规章11件（含新制定4件、修改2件、废止3件）: making, amending and repealing are every
            # kind of work on a rule the count can hold
            complete = True
        if len(parts) >= 2 and total is not None and _family(parts[0]) == _family(total):
            first, second = (c.strip().lstrip("，、；：其中 ") for c in chunks_of(folded, parts[:2], list_start))
            if _CARRIED_OVER.match(first) and _NEW_CASES.match(second) or _NEW_CASES.match(first) and _CARRIED_OVER.match(second):
                # 受理3881件，其中旧存1304件，新收2757件，审执结1456件: what was carried over and what came in
                # this year are every case on hand, by definition, in either order (其中新收案件数为99件，旧存案件19件，
                # 结案数为93件); what follows is what became of them
                parts, complete, clean, word = parts[:2], True, True, "旧存、新收"
        tight = not any(_LOOSE.search(folded[a.end:b.start]) for a, b in zip(parts, parts[1:]))
        chunks = chunks_of(folded, parts, list_start)
        if all(not c.strip("，、；：其中 ") for c in chunks):
            # 共检查企业40家：32家存在问题；25家已完成整改: parts that open with their count are named by
            # the words after it, and states named so may nest
            chunks = [folded[p.unit_end:forward_to(folded, p.unit_end, list_end, "，、；。")] for p in parts]
        # Stages overlap (开庭审理19件，出庭应诉15件; 撤销4件，负责人出庭应诉41件); one kind inside a list
        # of four or more that happens to end in one (…指标事项审查48件，…) is a kind.  Two attributes that split the
        # whole between them (专职206人，兼职240人) are kinds too.
        # (a stage the total and every part are named by is no other stage: 共受理86315件，其中基层法院受理…，
        # 中级法院受理…)
        own = {_CLOSED.get(w, w) for w in _STAGE.findall(folded[back_to(folded, begin(total), max(0, begin(total) - 40)):begin(total)])} \
            if total is not None else set()
        # (审结215件，其中判决结案98件…，其他方式结案9件: 结案 is the total's own act, closing a case, named otherwise)
        shared = own.intersection(*({_CLOSED.get(w, w) for w in _STAGE.findall(c)} for c in chunks))
        if "结案" in own:
            shared = shared | set(_CLOSED)
        shared = shared | {w for w, v in _CLOSED.items() if v in shared}
        # (审查逮捕案件, 审查起诉案件: a procuratorate's kinds of case, named by the review they are; no stage of the cases)
        staged = [i for i, c in enumerate(_REVIEW_KINDS.sub("", c) for c in chunks)
                  if (set(_STAGE.findall(c)) - shared if shared else _STAGE.search(c))]
        # Parts named by two criteria (一审案件61件，涉及征地拆迁的案件47件: an instance and a subject
        # matter) overlap; parts that all name their subject (涉及行政处罚的…，涉及信息公开的…) are kinds.
        topical = sum(1 for c in chunks if _TOPIC.search(c))
        exclusive = not (any(_ATTRIBUTE.search(c) for c in chunks) and not complementary(chunks)) \
            and not (not tight and staged and (len(staged) >= 2 or len(parts) < 4 or staged[-1] == len(parts) - 1)) \
            and not (not tight and 0 < topical < len(chunks))
        if not exclusive and total is not None and folded[list_start - 1:list_start] == "（" \
                and _abbreviates(folded[back_to(folded, begin(total), max(0, begin(total) - 16)):begin(total)], chunks):
            exclusive = True  # 离退休、内退人员62名（离休3名、退休44名，内退17名）: the kinds the whole's name joins
        cross = len(chunks) >= 2 and all(_ATTRIBUTE.search(c) or _OTHER_VIEW.search(c) for c in chunks) \
            and not complementary(chunks)
        # Parts split by why a trip was made beside parts named otherwise (出境…，其中因私出境…，赴港澳台出境…:
        # where it went) are two views of the whole that cross; 因公…、因私… are one view.
        purpose = sum(1 for c in chunks if _PURPOSE.search(c))
        cross = cross or 0 < purpose < len(chunks)
        if total is not None and word == "其中" and clean and not complete and exclusive and not cross \
                and len(parts) >= 3 and any(p.exact and p.value == 0 for p in parts) and _kinds_of(total_name, chunks) \
                and not (_RECEIVED.search(total_name) and any(_FATE.search(c) for c in chunks)) \
                and not _MORE_AFTER.match(folded, parts[-1].unit_end, min(len(folded), parts[-1].unit_end + 16)):
            # 共不起诉15件19人，其中法定不起诉0人，相对不起诉16人，存疑不起诉2人: a writer who prints a kind with
            # none prints every kind, so the kinds make the whole (kinds of the total's own noun, 不起诉 of 共不起诉;
            # outcomes of applications received, 维持…撤销0件…驳回, may leave some still on hand)
            complete, word = True, "为0的项"
        return _Breakdown(total, kinds, parts, complete, word, tight, clean, subcounts, exclusive, mixed=mixed,
                          overlapping=_one_act(folded, total, chunks) or _channels(chunks), cross=cross, cut=cut)

    def _sub_list_ends(self, items: Sequence[Quantity], first: Quantity, sub: Quantity, list_end: int) -> int:
        """Where the list whose first part is ``first`` goes on after a part's own sub-list, whose first
        item is ``sub``, or -1.  其中机构类信息20条，其中领导成员10条、…；工作类信息11条；…: the 信息公开
        reports' template lists the kinds of a total one by semicolon, some with their own 其中; the list
        goes on at the semicolon when the item after it is named like the list's first part (…类信息)
        more closely than like the sub-list's (工作类信息 beside 机构类信息, not beside 领导成员).  Named
        alike by both (第二产业增加值…，其中工业增加值…；建筑业增加值…) the item may be the sub-list's: the
        list ends there, as it did before."""
        folded = self.folded
        semi = folded.find("；", sub.end, list_end)
        if semi < 0:
            return -1
        after = next((q for q in items if q.start > semi), None)
        if after is None or after.start >= list_end or after.kind != "count" or _family(after) != _family(first):
            return -1
        name = _LIST_LEAD.sub("", chunk_before(folded, after, semi + 1).strip())
        words = [_LIST_LEAD.sub("", chunk_before(folded, q, 0).strip()) for q in (first, sub)]
        own, other = (len(os.path.commonprefix([name[::-1], w[::-1]])) for w in words)
        return after.start if own >= 2 and own > other and own < len(name) else -1

    def _kind_of_part(self, part: Quantity, q: Quantity, opened: int) -> bool:
        """Is ``q`` the one count of a bracket right after ``part``, named by a short word and no more
        (幼儿园18所（民办10所）, 干部42人（女性15人））: how many of the part are of a kind, a subset of it?"""
        folded = self.folded
        if folded[part.unit_end:opened].strip() or q.value >= part.value or _family(q) != _family(part) \
                or not q.exact or folded[q.unit_end:q.unit_end + 1] != "）":
            return False
        name = folded[opened + 1:begin(q)]
        return 1 <= len(name) <= 6 and all("\u4e00" <= c <= "\u9fff" for c in name) and not _SUBCOUNT.match(name)

    def _sibling_of(self, total: Quantity, first: Quantity, q: Quantity, list_start: int) -> bool:
        """Is ``q``, after a semicolon in the list of ``total``, a sibling of the total rather than a part:
        named by a place of the total's rank, with the total's measure or without it, where the first part
        is a place of another rank (A经济区地区生产总值…，其中B经济圈…；C经济区地区生产总值…; 甲区…，其中高新
        园区…；乙区…: C and 乙区 are siblings, the 经济圈 and the 园区 inside the total's place)?  Then the list of
        the total's parts ended at the semicolon."""
        folded = self.folded
        own = chunk_before(folded, total, max(0, begin(total) - 40)).strip()
        first_words, words = (_LIST_LEAD.sub("", w.strip()) for w in (chunk_before(folded, first, list_start),
                                                                    chunk_before(folded, q, list_start)))
        for i in range(len(own) - 1, 0, -1):  # where the total's place ends (东城区 of 东城区实现地区生产总值)
            rank = _rank(own[:i + 1])
            if rank is None:
                continue
            place, measure = own[:i + 1], own[i + 1:]
            # (中部片区 keeps its 中; 渔 of 农林牧渔业总产值 and 渔业总产值 is no place's rank)
            name, first_name = (w[:len(w) - len(measure)] if measure and w.endswith(measure) else w
                                for w in (words, first_words))
            if len(name) > len(rank) and name != place and _rank(name) == rank and _rank(first_name) != rank:
                return True
        return False

    def _change_of(self, part: Quantity, q: Quantity) -> bool:
        """Is ``q`` how ``part`` changed, said in the clauses right after it (…8301万元，比上年增收1284万元;
        …15348万元，占收入的89.99%，同比增收1316万元)?"""
        gap = self.folded[part.end:q.start]
        return gap.startswith("，") and gap.count("，") <= 3 and not any(c in gap for c in "；。：（、") \
            and _same_measure(q, part)

    def _prints_an_empty_line(self, list_start: int, parts: Sequence[Quantity]) -> bool:
        """Do the parts stand one a clause between semicolons, with a clause among them that names a
        kind and says none was done (烟花爆竹行业未开展检查, 非煤矿山无)?"""
        folded = self.folded
        if any("；" not in folded[a.end:b.start] for a, b in zip(parts, parts[1:])):
            return False
        clauses = folded[list_start:parts[-1].start].split("；")
        return any(not any(c.isdigit() for c in clause) and _NONE_DONE.search(clause) and len(clause) <= 24
                   for clause in clauses[1:])

    def _judge(self, b: _Breakdown) -> Optional[Mismatch]:
        total, kinds, parts = b.total, b.kinds, b.parts
        if total is not None and (len(parts) >= 2 or (len(parts) == 1 and b.marker == "其中")):
            t_lo, t_hi = _interval(total)
            s_lo, s_hi = _interval_sum(parts)
            exceeds = s_lo > t_hi + EPS
            if exceeds and len(parts) >= 2 and not (b.complete or b.marker == "分别") and not b.tight \
                    and not (b.exclusive and (b.clean or b.cut)):
                # After 其中, clauses separated by commas may each describe the whole from
                # another angle (持证执法人员80名，法律专业人员12名): not a breakdown.
                exceeds = False
            if exceeds and b.cross and not b.complete:
                exceeds = False
            if exceeds and b.made is not None:
                exceeds = False
            if exceeds and (_DEDUCTION.search(chunk_before(self.folded, parts[0], 0))
                            or any(_DEDUCTION.search(self.folded, a.end, b.start) for a, b in zip(parts, parts[1:]))):
                # 税收收入中，国内增值税…，企业所得税…，出口货物退增值税、消费税19280.9亿元: a refund or a deduction
                # among the items is taken off the whole, not one of its parts; the whole is a net figure
                exceeds = False
            chunks = chunks_of(self.folded, parts, 0) if exceeds and b.overlapping else ()
            if exceeds and b.overlapping and not b.complete and all(
                    p.value <= total.value or _OWN_ISSUES.search(c) for p, c in zip(parts, chunks)):
                # (one place may carry all of them: 网站发布1200条、微信发布860条; a list closed by
                # 其他方式 splits the items between the ways; a channel counted in issues and items of its
                # own, 微信订阅号发布信息54期97条 after 报送发布信息23条, carried its own items besides)
                exceeds = False
            if exceeds and b.outer is not None and s_lo <= _interval(b.outer)[1] + EPS \
                    and not (len(parts) >= 2 and b.tight):
                exceeds = False  # a subset of the whole the total belongs to
            short = b.complete and b.clean and s_hi < t_lo - EPS
            marker = b.marker
            if not short and not exceeds and len(parts) >= 2 and s_hi < t_lo - EPS and b.clean and b.exclusive and not b.cross \
                    and not b.overlapping and b.made is None and _transposed(total, parts):
                short, marker = True, "数字颠倒"  # (a list that falls short by a swap of two of the sum's digits)
            if b.mixed and not ((b.tight or b.complete and b.clean) and len(parts) >= 2
                                and all(p.value < total.value for p in parts)):
                exceeds = short = False  # other measure words: only a tight list of smaller kinds is read
            if b.marker == "其他" and not b.exclusive:
                exceeds = short = False  # 办结3,100件，其他100件: stages, not kinds
            if (exceeds or short) and not _reconciles(total, parts, b.complete, self.folded) \
                    and not _subcounts_reconcile(total, parts, b.subcounts):
                return self._total_mismatch(total, parts, exceeds, marker, kinds)
        if kinds is not None and b.clean and len(parts) >= 2:
            n, k = len(parts), kinds.value
            stated_complete = _complete(b.marker) or (b.marker in ("包括", "包含") and b.complete)
            if n > k or (n < k and stated_complete):
                head = kinds
                return Mismatch("kinds", head.start, head.unit_end, self.text[kinds.start:kinds.unit_end], f"{n}{kinds.unit}",
                                f"列举了{n}{kinds.unit}（{_list_expression(parts)}）",
                                (Used(parts[0].start, parts[-1].unit_end, "列举的分项", "the parts listed"),),
                                name=self.text[kinds.start:kinds.unit_end])
        return None

    def _exact_split(self, total: Quantity, parts: List[Quantity], marker: str) -> Optional[Mismatch]:
        """Parts that make the whole between them, neither more nor less (除…外其余, 已…未…)."""
        s_lo, s_hi = _interval_sum(parts)
        t_lo, t_hi = _interval(total)
        if s_lo > t_hi + EPS or s_hi < t_lo - EPS:
            return self._total_mismatch(total, parts, s_lo > t_hi + EPS, marker)
        return None

    def _total_mismatch(self, total: Quantity, parts, exceeds: bool, marker: str, kinds=None) -> Mismatch:
        s_lo, _ = _interval_sum(parts)
        shown = sum_shown(parts) if all(p.exact for p in parts) else f"{sum_shown(parts, s_lo)}以上"
        if len(parts) == 1:
            kind, formula = "part", f"{written(parts[0])} > {written(total)}"
        else:
            kind, formula = "total", f"{' + '.join(written(p) for p in parts)} = {shown}"
        note = ("", "")
        if not exceeds and marker == "其他":
            note = ("列举以“其他”收尾，应涵盖全部", "the list ends in 其他, so it covers the whole")
        elif not exceeds and kinds is not None and len(parts) == kinds.value:
            named = self.text[kinds.start:kinds.unit_end]
            note = (f"列举的分项恰是总数所称的{named}，应涵盖全部", f"the parts are the {named} the total is said to hold")
        elif not exceeds and marker in _PARTITION_NOTES:
            note = _PARTITION_NOTES[marker]
        elif not exceeds:
            note = (f"列举自称完整（{marker or '合计'}）", f"the list claims to be complete ({marker or '合计'})")
        head = kinds if kinds is not None and kinds.start < total.start else total
        used = (Used(parts[0].start, parts[-1].unit_end, "分项在此", "the parts are listed here"),)
        if marker == "另一计量":
            # (the parts stand among the amounts, which are right: each part is shown alone, the finding marks the total)
            used = tuple(Used(p.start, p.unit_end, "分项", "a part") for p in parts)
        return Mismatch(kind, head.start, total.unit_end, written(total) + total.unit, shown + total.unit, formula,
                        used, note[0], note[1], name="总数")

    def _parts_after(self, sentence: NumberSentence, previous: NumberSentence, starts: List[int],
                     across: bool = False) -> Optional[_Breakdown]:
        """"全年共调解各类矛盾纠纷3,286件，调解成功3,215件。其中婚姻家庭纠纷1,024件、…":
        a sentence that opens with 其中 lists the parts of a total in the sentence before.  ``across``: the
        sentence opens a paragraph, the total ended the line right above it (…2365件。\n其中婚姻家庭纠纷…):
        a page that starts a line at 其中 reads on as one that does not."""
        folded = self.folded
        m = _OPENS_WITH_PARTS.match(folded, sentence.start, sentence.end)
        respectively = _RESPECTIVELY_OPENS.match(folded, sentence.start, sentence.end) if m is None else None
        if (m is None and respectively is None) or ("\n" in folded[previous.end:sentence.start] and not across):
            return None
        # (从类别看， / 按类型分， opening the paragraph views the total that ended the line above as 其中 does)
        if across and (m is None or not (m.group("word").startswith("其中") or _VIEW.fullmatch(m.group("word")))
                       or not re.fullmatch(r"[。；]?\s*\n\s*", folded[previous.end:sentence.start])):
            return None
        first = next((q for q in sentence.items if plain_count(q)), None)
        if first is None:
            return None
        wholes = [q for q in previous.items if plain_count(q) and q.exact
                  and (q.family == first.family or q.unit in _TIMES_TOTAL_UNITS and first.unit in _TIMES_PART_UNITS)
                  and not is_change(folded, q, previous.start) and not self._aside(q, previous.start)]
        if not wholes:
            return None
        if respectively is not None:
            # 直接纠错236件，纠错率约为24%。结果分别为撤销48件，责令履职10件，…: the outcomes of the count the
            # sentence before ended on, each given: all of it
            found = self._read_list(sentence.items, starts, wholes[-1], None, "分别为", respectively.end(),
                                    min(sentence.end, respectively.end() + _LIST_REACH))
            return found._replace(complete=True) if found is not None and found.clean and len(found.parts) >= 2 else None
        view = _VIEW_OPEN.match(folded, m.start() + len(m.group()) - len(m.group().lstrip()))
        if view:
            # 收入完成28,583万元，…，从征收部门来看：税务部门…；财政部门…。从收入分类来看，…: a second view
            # of the whole the sentence before broke down by a view, not of one of its parts
            opener = _VIEW.search(folded, previous.start, previous.end)
            if opener is not None and any(q.end <= opener.start() for q in wholes):
                wholes = [q for q in wholes if q.end <= opener.start()]
        head = chunk_before(folded, first, sentence.start)[-2:]
        named = [q for q in wholes if _TOTAL_WORDS.search(chunk_before(folded, q, previous.start))]
        sharing = [q for q in named if head and head in chunk_before(folded, q, previous.start)]
        total = (sharing or named or (wholes if len(wholes) == 1 else [None]))[-1]
        if total is None:
            return None
        word = view.group() if view and not across else m.group("word")
        if word.endswith("中") or across:
            # (a view opening the next paragraph may leave kinds out of the total above: more than it is read, as 其中)
            word = "其中"  # 审结的案件中 says 其中: the parts may be some of them
        index = previous.items.index(total)
        kinds = previous.items[index - 1] if index and self._kinds_in_name(previous.items[index - 1], total) else None
        found = self._read_list(sentence.items, starts, total, kinds, word, m.end(),
                                min(sentence.end, m.end() + _LIST_REACH))
        if found is not None and across and view and len(found.parts) < 2:
            return None  # (从水生态环境质量状况来看，3641个断面中…: a topic the paragraph turns to, no list of the total above)
        if found is not None and word == "其中" and found.clean:
            self._open_list = (sentence, total, m.end(), found)
        if found is not None and kinds is None and total.unit in _PAIRED_UNITS:
            # 共审结审查逮捕案件17件20人。其中批准逮捕14件18人，不批准逮捕2件2人。: the total in two measures, its
            # parts in both, as _breakdowns reads them in one sentence
            partner = next((q for q in previous.items[max(0, index - 1):index + 2] if q is not total
                            and q.unit in _PAIRED_UNITS and _family(q) != _family(total)
                            and (folded[q.unit_end:begin(total)] == "" or folded[total.unit_end:begin(q)] == "")), None)
            other = self._read_list(sentence.items, starts, partner, None, word, m.end(),
                                    min(sentence.end, m.end() + _LIST_REACH)) if partner is not None else None
            if other is not None and _paired(folded, found, other) is found:
                other = _paired(folded, other, found)
                if other.complete:
                    return other  # (the list in the total's measure makes it exactly: the other's is read)
            elif other is not None:
                return _paired(folded, found, other)
        return found

    def _noun_classified(self, sentence: NumberSentence, earlier: List[NumberSentence],
                         starts: List[int]) -> Optional[_Breakdown]:
        """"共办理热线工单2495件。交办…2388件，直办107件；…。工单分类：求决类1878件、咨询类276件、…、其它类210件。":
        a sentence that opens with the noun of a total of its paragraph and 分类/构成： breaks that total down, however
        many sentences of other counts stand between (the noun names which one)."""
        folded = self.folded
        m = _NOUN_CLASSES.match(folded, sentence.start, sentence.end)
        if m is None:
            return None
        noun = m.group("noun")
        first = next((q for q in sentence.items if plain_count(q)), None)
        if first is None:
            return None
        # (受理案件52件，办结案件48件。案件分类：…: of the counts named by the noun, the largest is the one held)
        wholes = [q for before in earlier for q in before.items if plain_count(q) and q.exact and q.family == first.family
                  and noun in chunk_before(folded, q, before.start) and not is_change(folded, q, before.start)]
        if not wholes:
            return None
        found = self._read_list(sentence.items, starts, max(wholes, key=lambda q: q.value), None, "其中", m.end(),
                                min(sentence.end, m.end() + _LIST_REACH))
        return found if found is not None and len(found.parts) >= 2 else None

    def _kinds_in_name(self, q: Quantity, total: Quantity) -> bool:
        """Is ``q`` a count of kinds inside the total's name (全国五类案件总数为15454件, 三类纠纷共调处120件)?
        The writer says how many kinds the whole is made of: as many parts listed are all of it."""
        return q.unit in KIND_UNITS and q.exact and not q.in_range and 2 <= q.value <= 12 \
            and self.folded[q.start - 1:q.start] not in ("第", "前", "后", "每") \
            and _KINDS_TO_TOTAL.fullmatch(self.folded, q.unit_end, begin(total)) is not None

    def _aside(self, q: Quantity, floor: int) -> bool:
        """Is ``q`` inside brackets (…321 146件（不含上年旧存28 802件，下同）): a note on a figure, not a whole?"""
        opened = self.folded.rfind("（", floor, q.start)
        return opened >= 0 and self.folded.rfind("）", opened, q.start) < 0

    def _named_again(self, sentence: NumberSentence, previous: Optional[NumberSentence],
                     starts: List[int]) -> Optional[_Breakdown]:
        """"其中投诉2,160件，举报1,055件；投诉中，消费纠纷1,320件、…": a part named again with 中
        after a semicolon (or at the start of the next sentence) is broken down in turn: its
        kinds are held to it as a 其中 list is to its total.  The count named again is the one
        whose words end in the name (其中投诉 ends in 投诉), in this sentence or the one before."""
        folded = self.folded
        m = _NAMED_AGAIN_FIRST.match(folded, sentence.start, sentence.end)
        if m is not None:
            if previous is None or "\n" in folded[previous.end:sentence.start]:
                return None
            pool, floor = list(previous.items), previous.start
        else:
            m = _NAMED_AGAIN.search(folded, sentence.start, sentence.end)
            if m is None:
                return None
            pool, floor = [q for q in sentence.items if q.end <= m.start()], sentence.start
        name = m.group("name")
        short = _NAME_NOUN.sub("", name)  # 审结案件中 names the count of 其中审结115件
        name = short if len(short) >= 2 else name
        named = [q for q in pool if plain_count(q) and q.exact and not is_change(folded, q, floor)
                 and chunk_before(folded, q, floor).endswith(name)]
        if len(named) != 1:
            return None
        return self._read_list(sentence.items, starts, named[0], None, "其中", m.end(),
                               min(sentence.end, m.end() + _LIST_REACH))

    def _list_goes_on(self, sentence: NumberSentence, previous: NumberSentence) -> Optional[Mismatch]:
        """"共办理行政应诉案件45件。其中一审案件31件。二审案件17件。": after a sentence that opens
        with 其中, a short sentence that names one more kind in the words its last part was
        named in carries on the list, one part a sentence.  Anything else in it (a total word,
        another marker, a change, a second count) ends the list."""
        opened, self._open_list = self._open_list, None
        if opened is None or opened[0] is not previous:
            return None
        _, total, list_start, found = opened
        folded = self.folded
        text = folded[sentence.start:sentence.end]
        counts = [q for q in sentence.items if q.kind == "count"]
        if len(counts) != 1 or len(sentence.items) != 1 or not plain_count(counts[0]) or len(text) > 40 \
                or "\n" in folded[previous.end:sentence.start] or _family(counts[0]) != _family(total) \
                or _TOTAL_WORDS.search(text) or _MARKER.search(text) or _OPENS_WITH_PARTS.match(text) \
                or is_change(folded, counts[0], sentence.start) or any(c in text for c in "，；：（"):
            return None
        part = counts[0]
        last, name = chunk_before(folded, found.parts[-1], list_start), chunk_before(folded, part, sentence.start)
        # written alike: one word changed in one frame (一审案件 / 二审案件; 不服行政处罚的 / 不服
        # 政府信息公开答复的), or the rest of the list (其他组织申请 after 法人申请), not two
        # kinds that only share their noun (一审案件 / 败诉案件)
        suffix = len(os.path.commonprefix([name[::-1], last[::-1]]))
        prefix = len(os.path.commonprefix([name, last]))
        if name == last or not (suffix >= 3 or (prefix >= 2 and suffix >= 1)
                                or (_REST_WORD.match(name) and suffix >= 2)):
            return None
        if prefix < 2 and _STAGE.search(name) and not _STAGE.search(last):
            return None  # 其中当场受理31件。依法审结40件。: what became of the whole, not one more kind
        if self._judge(found) is not None:
            return None  # the sentences before said it already
        found = found._replace(parts=found.parts + [part], tight=False)
        self._open_list = (sentence, total, list_start, found)
        return self._judge(found)

    def _total_of_previous(self, sentence: NumberSentence, previous: NumberSentence) -> Optional[Mismatch]:
        """"市本级办理…326件，各县区办理…1,208件。全市共办理…1,534件。": a sentence that opens
        with the total of the parts the sentence before lists, one a clause."""
        folded = self.folded
        s_start = sentence.start
        opener = _SUMS_BEFORE.match(folded, s_start, sentence.end) or _LEVEL_TOTAL.match(folded, s_start, sentence.end)
        if opener is None or "\n" in folded[previous.end:s_start]:
            return None
        total = next((q for q in sentence.items if plain_count(q)), None)
        if total is None or not total.exact or any(c in folded[opener.end():begin(total)] for c in "，；：（"):
            return None
        counts = [q for q in previous.items if q.kind == "count" and q.family == total.family]
        if len(counts) < 2 or len(counts) > _MAX_PARTS or not all(plain_count(q) and q.exact for q in counts):
            return None
        if _NESTED_MARKER.search(folded, previous.start, previous.end):
            return None
        clauses = []
        for q in counts:
            start = back_to(folded, begin(q), previous.start, "，；。")
            if clauses and start < counts[len(clauses) - 1].end:
                return None  # two counts in one clause: not one part a clause
            clauses.append(folded[start:begin(q)])
            if is_change(folded, q, previous.start):
                return None
        # Each part counts what the total counts: the words right before the total.
        head = folded[max(opener.end(), begin(total) - 4):begin(total)]
        head = head[-2:] if len(head) >= 2 else ""
        if not head or not all(head in c for c in clauses):
            return None
        if opener.re is _LEVEL_TOTAL and not (any(_OWN_LEVEL.match(c) for c in clauses)
                                              and any(_EVERY_BELOW.match(c) for c in clauses)):
            return None  # 全市共…: the sum of this level and every one below it only
        s_lo, s_hi = _interval_sum(counts)
        t_lo, t_hi = _interval(total)
        if s_lo <= t_hi + EPS and s_hi >= t_lo - EPS:
            return None
        shown = sum_shown(counts)
        return Mismatch("total", opener.start() + len(opener.group()) - len(opener.group().lstrip()), total.unit_end,
                        self.text[s_start:total.unit_end].strip(), shown + total.unit,
                        f"{' + '.join(written(p) for p in counts)} = {shown}",
                        (Used(counts[0].start, counts[-1].unit_end, "分项在此", "the parts are listed here"),),
                        name="合计")

    def _total_of_sentences(self, sentence: NumberSentence, earlier: Sequence[NumberSentence]) -> Optional[Mismatch]:
        """"甲市…人员编制6人。乙市…人员编制3人。以上两市…编制合计10人。": a total of the
        sentences before it, as many as it says, one count of its measure and words each."""
        folded = self.folded
        opener = _SUMS_OF_SENTENCES.match(folded, sentence.start, sentence.end)
        if opener is None:
            return None
        n = cn_to_int(opener.group("n"))
        total = next((q for q in sentence.items if plain_count(q)), None)
        if total is None or not total.exact or n is None or len(earlier) < n \
                or any(c in folded[opener.end():begin(total)] for c in "，；：（"):
            return None
        sentences = earlier[-n:]
        if "\n" in folded[sentences[0].start:sentence.start]:
            return None
        head = (folded[opener.end():begin(total)] or opener.group("words"))[-2:]
        parts = []
        for one in sentences:
            counts = [q for q in one.items if q.kind == "count" and q.family == total.family]
            if len(counts) != 1 or not plain_count(counts[0]) or not counts[0].exact or len(head) < 2 \
                    or head not in folded[back_to(folded, begin(counts[0]), one.start, "，；。"):begin(counts[0])] \
                    or is_change(folded, counts[0], one.start):
                return None
            parts.append(counts[0])
        return self._total_after_opener(opener, total, parts)

    def _total_after_opener(self, opener, total, parts) -> Optional[Mismatch]:
        """The total a sentence's opener (以上共计, 处分…) states against ``parts``, when they do not add up."""
        s_lo, s_hi = _interval_sum(parts)
        t_lo, t_hi = _interval(total)
        if s_lo <= t_hi + EPS and s_hi >= t_lo - EPS:
            return None
        shown = sum_shown(parts)
        at = opener.start() + len(opener.group()) - len(opener.group().lstrip())
        return Mismatch("total", at, total.unit_end, self.text[at:total.unit_end], shown + total.unit,
                        f"{' + '.join(written(p) for p in parts)} = {shown}",
                        (Used(parts[0].start, parts[-1].unit_end, "分项在此", "the parts are listed here"),),
                        name="合计")

    def _total_of_list_before(self, sentence: NumberSentence, previous: NumberSentence) -> Optional[Mismatch]:
        """"全年办结审查逮捕案件420件，审查起诉案件1180件，…，公益诉讼案件120件。以上共计1960件。": a sentence that opens
        with 以上/上述 and a total sums the list of the sentence right before it, every count of its measure there, each in
        a clause of its own."""
        folded = self.folded
        opener = _ABOVE_TOTAL.match(folded, sentence.start, sentence.end)
        if opener is None or "\n" in folded[previous.end:sentence.start]:
            return None
        total = next((q for q in sentence.items if plain_count(q)), None)
        if total is None or not total.exact or begin(total) != opener.end():
            return None
        parts = [q for q in previous.items if q.kind == "count" and q.family == total.family]
        if len(parts) < 2 or not all(plain_count(q) and q.exact and not is_change(folded, q, previous.start) for q in parts):
            return None
        clauses = {back_to(folded, begin(q), previous.start, "，；、。") for q in parts}
        if len(clauses) != len(parts) or _NESTED_MARKER.search(folded, previous.start, previous.end):
            return None  # (one part a clause; a list with its own 其中 or 分别 is read by the list readers)
        return self._total_after_opener(opener, total, parts)

    def _outcomes(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"清理规范性文件90件，保留40件，废止35件，修改20件": what became of every one of a
        total, one outcome a clause, without 其中.  Outcomes of one kind exclude each other, so
        more of them than the total is wrong (fewer may leave some out)."""
        folded = self.folded
        counts = [q for q in sentence.items if plain_count(q) and q.exact]
        for i, total in enumerate(counts[:-1]):
            # the total's clause, its noun after the number too (对…制定的9件规范性文件，建议保留4件…)
            clause = back_to(folded, begin(total), sentence.start, "，；：。！？（")
            total_words = folded[clause:forward_to(folded, total.unit_end, sentence.end)]
            if "撤" in total_words or "不予" in total_words or total_words.startswith(("含", "包括", "其中")) \
                    or (clause > sentence.start and folded[clause - 1] == "（"):
                continue  # 撤回申请13件, 不予受理4件, （含新制定3件，修改3件…） are parts themselves, not the whole
            parts: List[Quantity] = []
            family = None
            rest = 0
            for q in counts[i + 1:i + 1 + _MAX_PARTS]:
                words = folded[back_to(folded, begin(q), sentence.start, "，；、"):begin(q)]
                m = _OUTCOME.fullmatch(words.strip())
                if m is None or not _same_measure(q, total):
                    break
                kind = next(k for k, v in m.groupdict().items() if v)
                if kind == "rest":
                    rest += 1
                    if rest > 1:
                        break
                elif family is not None and kind != family:
                    break
                else:
                    family = kind
                parts.append(q)
            # Two outcomes are enough with a kind the total's verb names (收到…受理…不予受理) or
            # with what is left (办结29件，结转2件); the older reading wanted three.
            if family is None or len(parts) < 2 or not re.search(_OUTCOME_TOTAL[family], total_words) \
                    and (len(parts) < 3 or family not in ("kept", "review") or not _DISPOSED.search(total_words)):
                continue
            if family == "kept" and _MADE.search(total_words) and not _DISPOSED.search(total_words):
                continue
            own = folded[clause:begin(total)]
            itself = [m.end() for m in _OUTCOME_ITSELF[family].finditer(own)]
            if itself and not _WORK_DONE.search(own, itself[-1]):
                continue  # 经过清理，保留17件文件，宣布失效9件、废止10件: three outcomes, the total never stated
            s_lo, s_hi = _interval_sum(parts)
            t_lo, t_hi = _interval(total)
            if s_lo > t_hi + EPS or (rest and s_hi < t_lo - EPS):
                yield self._total_mismatch(total, parts, s_lo > t_hi + EPS, "其他" if rest else "")
            return

    def _disclosure_results(self, sentence: NumberSentence, earlier: Sequence[NumberSentence]) -> Iterator[Mismatch]:
        """"共收到政府信息公开申请609件。办理结果为：予以公开380件，部分公开43件，…，结转下年度继续办理8件": the
        results of the national template's 依申请公开 table are every request received, with those carried over
        from the year before when the text states them.  Read when three kinds of result or more are listed one
        after another (a shorter list may leave results out); more than the requests is wrong, and so is less
        when the list names the requests carried to next year (nothing is left out then) or five kinds or more."""
        folded = self.folded
        counts = [q for q in sentence.items if plain_count(q) and q.exact]
        parts: List[Quantity] = []
        kinds: List[str] = []
        first_at = None
        for i, q in enumerate(counts):
            chunk = folded[back_to(folded, begin(q), sentence.start, "，；、：。"):begin(q)]
            named = _results_of(chunk)
            if not named or is_change(folded, q, sentence.start) or _CARRIED_IN.search(chunk):
                if parts:
                    break
                continue
            if first_at is None:
                first_at = i
            parts.append(q)
            kinds.extend(k for k in named if k not in kinds)
        if len(kinds) < _RESULTS_SHOWN or len(parts) < 2 or folded[parts[-1].unit_end:parts[-1].unit_end + 1] == "等" \
                or any(_family(p) != _family(parts[0]) for p in parts):
            return
        # the requests: the last count before the results named as requests received, in this sentence or the
        # paragraph's sentences before it; what came between them may only be the requests carried over or who
        # and how they came (自然人…，法人…; 网上申请…)
        before = [q for one in earlier[-2:] for q in one.items if plain_count(q) and q.exact] + counts[:first_at]
        total = carried = None
        for q in reversed(before):
            chunk = folded[back_to(folded, begin(q), max(0, begin(q) - 40), "，；。："):begin(q)]
            if _CARRIED_IN.search(chunk):
                if carried is not None:
                    return
                carried = q
                continue
            if _APPLICANTS.search(chunk) or is_change(folded, q, max(0, begin(q) - 40)):
                continue
            if _REQUESTS.search(chunk) and _family(q) == _family(parts[0]):
                total = q
            break
        if total is None or carried is None and _CARRIED_IN.search(folded, max(0, begin(total) - 40), parts[0].start):
            return  # (上年结转的申请…，本年收到…: carried over, but no figure of them read)
        t_lo, t_hi = _interval(total)
        if carried is not None:
            c_lo, c_hi = _interval(carried)
            t_lo, t_hi = t_lo + c_lo, t_hi + c_hi
        s_lo, s_hi = _interval_sum(parts)
        complete = "结转" in kinds or len(kinds) >= 5
        if s_lo <= t_hi + EPS and (s_hi >= t_lo - EPS or not complete):
            return
        exceeds = s_lo > t_hi + EPS
        shown = sum_shown(parts)
        stated = written(total) + total.unit
        if carried is not None:
            stated += f"与上年结转的{written(carried)}{carried.unit}"
        note = ("", "") if exceeds else ("办理结果与结转下年度的申请即全部申请", "the results and the requests carried on are every request")
        yield Mismatch("total", total.start, total.unit_end, stated, shown + total.unit,
                       f"{' + '.join(written(p) for p in parts)} = {shown}",
                       (Used(parts[0].start, parts[-1].unit_end, "办理结果在此", "the results are listed here"),),
                       note[0], note[1], name="总数")

    def _industries(self, sentence: NumberSentence, earlier: Sequence[NumberSentence]) -> Iterator[Mismatch]:
        """"实现地区生产总值133.86亿元，增长8.1%。分产业看，第一产业增加值12.51亿元，增长2.2%；第二产业
        增加值…。第三产业增加值…": the value added of the three industries is the GDP, however many
        sentences and growth rates they are written in.  Read when the third industry is reached:
        the first and second before it, and the GDP before them, in the paragraph's last sentences."""
        folded = self.folded
        if "第三产业" not in folded[sentence.start:sentence.end] and "三产" not in folded[sentence.start:sentence.end]:
            return
        # (the GDP may close the paragraph before, whose next paragraph opens with the industries)
        lead = self._before[-2:] if len(earlier) <= 2 else []
        pool = [q for one in (*lead, *earlier[-3:], sentence) for q in one.items
                if plain_count(q) and q.family != "%"]
        wanted = list(reversed(_INDUSTRIES))  # the third first, read backwards
        parts: List[Quantity] = []
        total = mark = None
        for q in reversed(pool):
            if q.start >= sentence.end:
                continue
            words = _ADDED_VALUE.search(folded, back_to(folded, begin(q), max(0, begin(q) - 30), "；。：！？"), begin(q))
            if wanted:
                if words is None or (words.group("which") or words.group("short")) != wanted[0][1] \
                        or (parts and q.family != parts[0].family) or is_change(folded, q, max(0, begin(q) - 30)):
                    if parts:
                        return  # something else between the industries: not the three of one GDP
                    continue
                if not parts and q.start < sentence.start:
                    return  # the third industry's value added is in this sentence
                parts.insert(0, q)
                wanted.pop(0)
                continue
            if q.family != parts[0].family or "人均" in folded[max(0, begin(q) - 16):begin(q)]:
                continue  # (人均地区生产总值74331元: a GDP per head, between the GDP and its parts)
            if _THRESHOLD_BEFORE.search(folded, max(0, q.start - 4), q.start) or folded.startswith(_THRESHOLD_AFTER, q.unit_end):
                # (生产总值1036.2亿元，…，突破1000亿元大关: a mark the GDP passed; the GDP is the figure before it,
                # and the mark only when no GDP is written: 生产总值首次突破400亿元)
                mark = mark or q
                continue
            if _GDP.search(folded, max(0, begin(q) - 16), begin(q)) and not is_change(folded, q, max(0, begin(q) - 30)):
                total = q
            break
        if total is None and mark is not None and _GDP.search(folded, max(0, begin(mark) - 16), begin(mark)):
            total = mark
        if total is None or len(parts) != 3:
            return
        if lead and total.end <= lead[-1].end and not _same_frame(folded, lead, total, parts[0], sentence):
            return
        t_lo, t_hi = _interval(total)
        s_lo, s_hi = _interval_sum(parts)
        if s_lo <= t_hi + EPS and s_hi >= t_lo - EPS:
            return
        yield self._total_mismatch(total, parts, s_lo > t_hi + EPS, "三次产业")

    def _every_kind(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"1-9月审执结各类案件7018件，同比上升2.04%。\n审结行政诉讼案件30件，…；办结申诉申请再审案件1件。\n
        审结民商事案件4882件。\n审结刑事案件270件，…；执结执行案件1819件": a court's count of every kind of
        case at one stage (各类: every kind), then, in the sentences and paragraphs after it up to the next
        heading, one clause a type at that stage (审执结 holds 审结, 执结 and 办结; 未结 only 未结).  Only the
        court's case types count (刑事, 民商事, 行政诉讼, 执行…): subjects (涉企) and instances (一审) cut across
        them.  The types may leave some out; more than the total is wrong.  A type named twice stops the reading."""
        folded = self.folded
        sections = self._sections
        last = self._last_end
        self._last_end = sentence.end
        if sections and (_HEADING_LINE.search(folded, last, min(sentence.end, sentence.start + 6)) or len(sections[0][3]) > _SECTION_SENTENCES):
            sections = []
        for section in sections:
            total, stages, parts, seen = section
            seen.append(sentence)
            for q in sentence.items:
                if not plain_count(q) or _family(q) != _family(total) or not q.exact or self._aside(q, sentence.start) \
                        or is_change(folded, q, sentence.start):
                    continue
                start = back_to(folded, begin(q), sentence.start, "，；。：")
                kind = _KIND_AT_STAGE.fullmatch(folded, start, begin(q))
                if kind is None or (kind.group("stage") or kind.group("stage2")) not in stages:
                    continue
                name = kind.group("name") or kind.group("name2")
                if not _CASE_TYPE.fullmatch(name):
                    continue  # 审结涉企案件…: a subject the types cut across, not a type
                if any(name == n for n, _ in parts):
                    section[2] = parts = None
                    break
                parts.append((name, q))
            if parts is None:
                continue
            values = [q for _, q in parts]
            if len(values) >= 2 and _interval_sum(values)[0] > _interval(total)[1] + EPS:
                section[2] = None
                # (marked from the total to the last type, paragraphs apart: any of them may be the wrong figure)
                yield dataclasses.replace(self._total_mismatch(total, values, True, "各类"), end=values[-1].unit_end)
        sections = [s for s in sections if s[2] is not None]
        for m in _EVERY_KIND_TOTAL.finditer(folded, sentence.start, sentence.end):
            total = next((q for q in sentence.items if q.start >= m.end() - 1 and q.start <= m.end() + 1), None)
            if total is not None and plain_count(total) and total.exact and total.unit == "件":
                stage = m.group("stage")
                sections.append([total, _KIND_STAGES[stage.replace("（执）", "执") if stage else None], [], []])
        self._sections = sections

    def _follows(self, last: NumberSentence, sentence: NumberSentence) -> bool:
        """Does ``sentence`` open the paragraph right after the one ``last`` ends the figures of?"""
        gap = self.folded[last.end:sentence.start]
        cut = gap.find("\n")
        return 0 <= cut and gap.count("\n") <= 2 and not gap[cut:].strip() and len(gap) <= 200

    def _fates(self, sentence: NumberSentence, previous: Optional[NumberSentence]) -> Iterator[Mismatch]:
        """"已审结的19起行政诉讼中，胜诉15起，原告撤诉6起" / "审结27宗；在已审结的案件中，胜诉24宗，撤诉
        5宗": how the cases disposed of ended.  A case ends one way only, so the endings listed may
        not make more than the cases disposed of (fewer may leave some out)."""
        folded = self.folded
        for m in _OF_THOSE.finditer(folded, sentence.start, sentence.end):
            if m.start() > sentence.start and folded[m.start() - 1] not in "，；。：":
                continue
            inside = [q for q in sentence.items if m.start() <= q.start < m.end()]
            if inside:
                total = inside[0] if len(inside) == 1 else None
            else:
                stage = m.group("stage")
                pool = [q for q in sentence.items if q.end <= m.start() and q.kind == "count"]
                if not pool and previous is not None and "\n" not in folded[previous.end:sentence.start]:
                    pool = [q for q in previous.items if q.kind == "count"]
                total = pool[-1] if pool else None
                floor = sentence.start if total is not None and total.start >= sentence.start else \
                    (previous.start if previous is not None else sentence.start)
                if total is not None and stage not in chunk_before(folded, total, floor):
                    total = None
            if total is None or not plain_count(total) or not total.exact or is_change(folded, total, 0):
                continue
            parts: List[Quantity] = []
            for q in sentence.items:
                if q.start < m.end():
                    continue
                gap = folded[(parts[-1].end if parts else m.end()):q.start]
                if any(c in gap for c in "。；") or q.kind != "count":
                    break
                if not (plain_count(q) and q.exact and _family(q) == _family(total)) \
                        or not _FATE.fullmatch(chunk_before(folded, q, m.end()).strip()):
                    break
                parts.append(q)
            if len(parts) < 2:
                continue
            if _interval_sum(parts)[0] > _interval(total)[1] + EPS:
                yield self._total_mismatch(total, parts, True, "")

    def _town_and_country(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"城乡医疗救助共救助49208人，城镇医疗救助23445人次，…；农村医疗救助25763人次": a total named
        城乡 and, later in its sentence, the same thing named 城镇 (城市) and 农村 (乡村): the two halves
        make it, whatever stands between them."""
        folded = self.folded
        if "城乡" not in folded[sentence.start:sentence.end]:
            return
        counts = [q for q in sentence.items if plain_count(q) and q.exact]
        words = {id(q): re.sub(r"\s", "", chunk_before(folded, q, sentence.start)) for q in counts}
        for i, total in enumerate(counts):
            m = _TOWN_AND_COUNTRY.search(words[id(total)])
            if m is None or is_change(folded, total, sentence.start):
                continue
            frame = m.group("frame")
            halves = []
            for names in (("城镇", "城市"), ("农村", "乡村")):
                found = [q for q in counts[i + 1:] if _people(q) == _people(total)
                         and any(n + frame in words[id(q)] for n in names)]
                if len(found) != 1 or is_change(folded, found[0], sentence.start):
                    break
                halves.append(found[0])
            if len(halves) != 2:
                continue
            parts = sorted(halves, key=lambda q: q.start)
            t_lo, t_hi = _interval(total)
            s_lo, s_hi = _interval_sum(parts)
            if s_lo > t_hi + EPS or s_hi < t_lo - EPS:
                yield self._total_mismatch(total, parts, s_lo > t_hi + EPS, "城、乡")
            return

    def _sheet(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"控告申诉检察案件50件，控告2件；刑事申诉0件；司法救助47件；民行申诉1件": a total, then the
        lines of its statistics sheet, one count a clause between semicolons.  The lines are kinds
        that exclude each other; a sheet that prints its empty lines (0件) or closes with 其他 prints
        every line, so its lines make the total, neither more nor less.  So do clauses that each
        open with how many of the total's items are in one state, when the total's clause says every
        item was classified (对24项任务逐项评估：15项已完成；6项序时推进；4项滞后; 分类): the classes make it."""
        folded = self.folded
        s_start, s_end = sentence.start, sentence.end
        semis = [m.start() for m in re.finditer("；", folded[s_start:s_end])]
        if len(semis) < 2:
            return
        bounds = [s_start] + [s_start + i + 1 for i in semis] + [s_end]
        segments = [[q for q in sentence.items if a <= q.start < b] for a, b in zip(bounds, bounds[1:])]
        head = [q for q in segments[0] if q.kind == "count"]
        if len(head) != 2 or len(segments[0]) != 2:
            return
        total, first = head
        gap = folded[total.end:begin(first)]
        if not (plain_count(total) and total.exact and plain_count(first) and first.exact) \
                or not _same_measure(first, total) or is_change(folded, total, s_start) \
                or not re.match(r"[^，：；。]{0,24}[，：]", gap) or any(c in gap for c in "（）；") \
                or gap.count("，") + gap.count("：") > 2:
            return
        parts = [first]
        for segment, a in zip(segments[1:], bounds[1:]):
            if len(segment) != 1:
                break
            q = segment[0]
            if not (plain_count(q) and q.exact and _same_measure(q, total)) or is_change(folded, q, a) \
                    or _TOTAL_WORDS.search(folded, a, begin(q)) or _NESTED_MARKER.search(folded, a, begin(q)):
                break
            parts.append(q)
        if len(parts) < 3:
            return
        zero = any(p.value == 0 for p in parts)
        rest = bool(_REST_WORD.match(chunk_before(folded, parts[-1], bounds[len(parts) - 1]).strip()))
        # the count opens each clause: 15项已完成；6项序时推进
        counted_first = all(folded[back_to(folded, begin(p), s_start, "，：；"):begin(p)].strip("，：；其中 ") == ""
                            for p in parts)
        # (检查企业40家：32家存在问题；25家已整改: states that nest; only a classification the total's
        # clause announces names classes that exclude each other)
        classified = counted_first and bool(_CLASSIFIED.search(folded, back_to(folded, begin(total), s_start, "，。；"),
                                                               lead_of(total, folded)))
        if not (zero or rest or classified):
            return
        s_lo, s_hi = _interval_sum(parts)
        t_lo, t_hi = _interval(total)
        exceeds, short = s_lo > t_hi + EPS, s_hi < t_lo - EPS
        if exceeds or short:
            yield self._total_mismatch(total, parts, exceeds, "其他" if rest else ("统计表" if zero else "分类"))

    def _due_split(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"应整改资金125.46万元，已整改98.37万元，尚未整改26.09万元": what was due, split into what
        was done and what is not yet done: the two make the whole, neither more nor less."""
        folded = self.folded
        counts = [q for q in sentence.items if plain_count(q)]
        for i, total in enumerate(counts[:-2]):
            m = _DUE.search(chunk_before(folded, total, sentence.start))
            if m is None:
                continue
            verb = m.group("verb")
            done = left = None
            for q in counts[i + 1:i + 4]:
                words = chunk_before(folded, q, sentence.start)
                if q.family != total.family or not words:
                    break
                if done is None and re.fullmatch(r"(?:截至目前|目前|其中)?，?已(?:经)?" + verb + r"[^\d，；。]{0,6}", words):
                    done = q
                elif done is not None and left is None and re.fullmatch(r"(?:尚未|未|仍未|还未|正在|尚在)" + verb + r"[^\d，；。]{0,6}", words):
                    left = q
                else:
                    break
            if done is None or left is None:
                continue
            found = self._exact_split(total, [done, left], "已、未")
            if found is not None:
                yield found
            return

    def _rest_after_done(self, sentence: NumberSentence, previous: Optional[NumberSentence] = None) -> Iterator[Mismatch]:
        """"排查隐患8420处，完成整改8395处，其余25处已落实管控措施": a total, in the next clause the ones
        something was done to, and in the clause after that the rest (其余, 剩余, 余下, 尚有…, 未审结的): the
        two make the whole, neither more nor less.  Each clause holds its one count, so a 其中 list before
        the rest (网上申请80件、信函申请30件，其余16件) is the list's to judge; the rest of a part (办结120件，
        其中当场办结85件，其余35件) is read against that part, the count right before; a plan or target
        (计划改造1600户，已完成1200户，尚有300户在建) leaves some undone that neither names."""
        folded = self.folded
        counts = [q for q in sentence.items if q.kind == "count"]
        opens = opened_at = -1
        if previous is not None and previous.items and sentence.items:
            # 共收到提案5992件，立案5061件，立案率84.5%。未予立案的913件…: the rest opens the next sentence
            first = sentence.items[0]
            if _REST_OF_TOTAL.fullmatch(folded[sentence.start:begin(first)].strip("，；、 ")) \
                    and not folded[previous.end:sentence.start].strip("。；！ "):
                opens, opened_at = len([q for q in previous.items if q.kind == "count"]), sentence.start
                counts = [q for q in previous.items if q.kind == "count"] + counts
                sentence = NumberSentence(previous.start, sentence.end, previous.items + sentence.items)
        for k in range(2, len(counts)):
            rest, done, total = counts[k], counts[k - 1], counts[k - 2]
            if opens >= 0 and k != opens:
                continue  # (the sentence before is read on its own)
            words = chunk_before(folded, rest, sentence.start).lstrip("，；、。 ")
            m = _REST_OF_TOTAL.fullmatch(words)
            if m is None:
                continue
            clause = back_to(folded, begin(rest), sentence.start, "，；。：")
            before = clause
            for _ in range(3):
                # 已整改395处，整改率95.9%，剩余27处…: the rates of what was done, between it and the rest
                if before <= sentence.start + 1 or folded[before - 1] not in "，。":
                    break
                prior = back_to(folded, before - 1, sentence.start, "，；。：")
                if not _DONE_RATE.fullmatch(folded, prior, before - 1):
                    break
                before = prior
            done_clause = back_to(folded, before - 1, sentence.start, "，；。：") if before > sentence.start else before
            total_clause = back_to(folded, done_clause - 1, sentence.start, "，；。：") \
                if done_clause > sentence.start else done_clause
            among = done_clause <= begin(total) and _AMONG.fullmatch(folded, total.unit_end, begin(done)) is not None
            if among:
                # 27个行业大类中18个行业保持正增长，其余8个行业…下降: the whole and the ones among it in one clause
                total_clause = done_clause
            if clause <= sentence.start or folded[clause - 1] not in ("，。" if clause == opened_at else "，") \
                    or (not among and folded[done_clause - 1:done_clause] != "，") \
                    or not done_clause <= begin(done) < done.unit_end < clause \
                    or not (among or total_clause <= begin(total) < total.unit_end < done_clause) \
                    or (k >= 3 and counts[k - 3].end > total_clause):
                continue  # one count a clause, in three clauses in a row
            if not all(plain_count(q) and q.exact and q.family == total.family for q in (rest, done, total)) \
                    or total.family == "元" or done.value > total.value or rest.value > total.value \
                    or any(is_change(folded, q, sentence.start) for q in (rest, done, total)):
                continue  # (money left over is a balance's, see _balance)
            done_words = folded[total.unit_end if among else done_clause:begin(done)]
            total_words = folded[total_clause:begin(total)]
            if _NOT_DONE_TOTAL.search(total_words) or done_words.lstrip().startswith("另") \
                    or _REST_OF_TOTAL.fullmatch(done_words.lstrip("，；、 ")):
                continue
            verb = m.group("verb")
            if verb and not (verb.startswith("完成") or any(verb[i:i + 2] in done_words for i in range(len(verb) - 1))):
                continue  # 未审结的 after 已审结: the same act not done
            found = self._exact_split(total, [done, rest], "其余")
            if found is not None:
                yield found

    def _states(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"巡察反馈问题共36项，已整改29项，正在整改9项" / "清单共有事项318项，取消46项，保留290项": a set, then in
        the clauses right after it the state of each of its things, one state a clause (figures of another
        measure may stand between: 已整改40项，整改到位资金2.15亿元，正在整改12项).  States exclude each other:
        done and under way (one verb: 整改/整改, 办结/办理), or removed and kept, are never more than the set; done
        and not done (已整改/尚未整改) make it exactly.  Not a plan (计划改造160个…: more than planned may be
        done), not a set of cases some carried over from last year (含上年结转…), not a change."""
        folded = self.folded
        if len(sentence.items) < 3:
            return
        text = folded[sentence.start:sentence.end]
        if not ("保留" in text or "已" in text and any(w in text for w in _NOT_YET_WORDS)):
            return
        counts = [q for q in sentence.items if plain_count(q) and q.exact]
        if len(counts) < 3 or _CARRIED_OVER.search(text):
            return
        taken = sentence.start
        for i, total in enumerate(counts[:-2]):
            clause = back_to(folded, begin(total), sentence.start, "，；：。！？（）")
            total_words = folded[clause:begin(total)]
            if total.start < taken or _NOT_DONE_TOTAL.search(total_words) or is_change(folded, total, sentence.start) \
                    or self._state_of(total_words) is not None or _STOCK_IN.search(total_words):
                continue
            parts: List[Quantity] = []
            states: List[tuple] = []
            for q in counts[i + 1:i + 1 + 8]:
                if not _same_measure(q, total):
                    if q.family != total.family and q.unit == "元" and total.unit != "元":
                        continue  # (the money of the set and its states: 问题资金2.51亿元，整改到位资金2.15亿元)
                    break
                start = back_to(folded, begin(q), sentence.start, "，；、。")
                if start <= total.unit_end or folded[start - 1] not in "，；、":
                    break
                state = self._state_of(folded[start:begin(q)])
                if state is None:
                    break
                parts.append(q)
                states.append(state)
                if len(parts) == 2:
                    break
            if len(parts) < 2:
                continue
            (kind_a, verb_a), (kind_b, verb_b) = states
            if (kind_a, kind_b) in (("done", "under way"), ("done", "undone")) and verb_a[0] == verb_b[0]:
                exact = kind_b == "undone" and verb_a == verb_b
            elif {kind_a, kind_b} == {"removed", "kept"}:
                exact = False
                if _STOCK_IN.search(folded, total.unit_end, forward_to(folded, parts[-1].end, sentence.end, "；。")):
                    continue  # (取消46项，保留290项，新增18项: what is kept may count the new ones)
            else:
                continue
            if exact and any(_same_measure(q, total) for q in counts[counts.index(parts[-1]) + 1:]
                             if q.start < forward_to(folded, parts[-1].end, sentence.end, "；。")):
                exact = False  # (已整改40个，未整改8个，部分整改2个: a third state after the two)
            s_lo, s_hi = _interval_sum(parts)
            t_lo, t_hi = _interval(total)
            if s_lo > t_hi + EPS or (exact and s_hi < t_lo - EPS):
                yield self._total_mismatch(total, parts, s_lo > t_hi + EPS, "已、未" if exact else "")
            taken = parts[-1].end  # (the next set may follow: 县级清单…；市级清单…)

    def _set_states(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"全市排查的14座病险水库中，9座已完成除险加固，6座正在施工" / "对督查发现的18个问题：已整改11个，正在整改5个" /
        "排查隐患14处，其中9处已完成整改，6处正在整改": a set named as such (…中，  …：  …，其中), then one clause a state of
        its things, the count before or after the state's words: done (已…), under way (正在…, …中), not yet (尚未…).
        Things in different states are different things, so the clauses never count more than the set (fewer: some
        may be in a state the sentence leaves out).  Every clause a state of another kind, no kind twice (已完工 and
        已开工 may nest); without a word that names the set (中, ：, 其中) the clauses' acts must be one act
        (已整改…，正在整改…), as a total of another act (共有养老机构45家，正在建设30家) does not hold what is under way;
        a check after the work (已完工…，正在验收…) is done to the done ones.  Done, under way and not yet begun, all
        three after a named set (…：已整改17个，正在整改4个，尚未启动1个), are every state: they make the set exactly."""
        folded = self.folded
        text = folded[sentence.start:sentence.end]
        if "已" not in text or not ("正在" in text or "尚" in text or "未" in text or "中" in text):
            return
        counts = [q for q in sentence.items if plain_count(q) and q.exact]
        if len(counts) < 3 or _CARRIED_OVER.search(text):
            return
        for i, total in enumerate(counts[:-2]):
            clause = back_to(folded, begin(total), sentence.start, "，；：。！？（）")
            total_words = folded[clause:begin(total)]
            if _NOT_DONE_TOTAL.search(total_words) or is_change(folded, total, sentence.start) \
                    or self._state_of(total_words) is not None or _STOCK_IN.search(total_words) \
                    or _AVERAGE.search(total_words):
                continue
            opener = _SET_OPENS.match(folded, total.unit_end, min(sentence.end, total.unit_end + 16))
            if opener is None:
                continue
            named = bool(opener.group("named"))
            at = opener.end() if folded[opener.end() - 1] in "，：" else opener.start() + 1
            parts: List[Quantity] = []
            states: List[tuple] = []
            for q in counts[i + 1:i + 6]:
                if not _same_measure(q, total) or q.unit != total.unit and q.family != total.family:
                    break
                start = back_to(folded, begin(q), sentence.start, "，；、：。")
                if start < at or folded[at:start].strip("，；、：其中 "):
                    break  # (one clause after another, nothing between)
                end = forward_to(folded, q.unit_end, sentence.end, "，；、。")
                before, after = folded[start:begin(q)].strip(), folded[q.unit_end:end].strip()
                if before.lstrip("其中").strip("，：") and after:
                    break
                state = self._state_of_thing(before.lstrip("其中").strip("，： ") or after)
                if state is None:
                    break
                parts.append(q)
                states.append(state)
                at = end + 1
            kinds = [k for k, _ in states]
            if len(parts) < 2 or len(set(kinds)) < len(kinds) or "done" not in kinds:
                continue
            if not named and not all(any(v[j:j + 2] in w for j in range(len(v) - 1))
                                     for _, v in states for _, w in states):
                continue  # (one act in every clause: 已整改…，正在整改…)
            done = next(v for k, v in states if k == "done")
            if any(k != "done" and _AFTER_DONE.search(v) and not any(v[j:j + 2] in done for j in range(len(v) - 1))
                   for k, v in states):
                continue  # (已完工12个，正在验收5个: a check that follows the work is done to the done ones)
            s_lo, s_hi = _interval_sum(parts)
            if s_lo > _interval(total)[1] + EPS:
                yield self._total_mismatch(total, parts, True, "")
            elif len(set(kinds)) == 3 and named and s_hi < _interval(total)[0] - EPS \
                    and not _MORE_AFTER.match(folded, parts[-1].unit_end, min(len(folded), parts[-1].unit_end + 16)):
                # (已整改17个，正在整改4个，尚未启动1个: done, under way and not begun are every state a thing can be in)
                yield self._total_mismatch(total, parts, False, "已、正在、尚未")

    def _closed_by_rate(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"考核的12项指标中，10项优于合理区间，1项处于合理区间，达标率100%" / "参加考核的46个单位中，优秀等次12个、合格等次
        33个，合格率100%": a set named as such (…中， …：), one count a clause or item after it, then a rate of 100% in the
        clause right after them: every one of the set is in the classes listed, so they make it exactly.  Not after 其中,
        where the rate may be one part's (其中开庭审理19件，负责人出庭应诉15件，出庭应诉率达到100%)."""
        folded = self.folded
        text = folded[sentence.start:sentence.end]
        if "100" not in text or "率" not in text:
            return
        counts = [q for q in sentence.items if plain_count(q) and q.exact]
        for i, total in enumerate(counts[:-2]):
            opener = _SET_OPENS.match(folded, total.unit_end, min(sentence.end, total.unit_end + 16))
            if opener is None or not opener.group("named") or opener.group("named").startswith("，") \
                    or is_change(folded, total, sentence.start):
                continue  # (其中开庭审理19件，负责人出庭应诉15件，出庭应诉率达到100%: stages, and the rate of one of them)
            at = opener.end()
            parts: List[Quantity] = []
            for q in counts[i + 1:i + 1 + 8]:
                start = back_to(folded, begin(q), sentence.start, "，；、：。")
                if start < at or folded[at:start].strip("，；、：其中 ") or q.unit != total.unit:
                    break
                parts.append(q)
                at = forward_to(folded, q.unit_end, sentence.end, "，；、。") + 1
            if len(parts) < 2 or any(c.isdigit() for c in folded[parts[-1].unit_end:at - 1]):
                continue
            rate = _FULL_RATE.match(folded, at, min(sentence.end, at + 16))
            if rate is None:
                continue
            s_lo, s_hi = _interval_sum(parts)
            t_lo, t_hi = _interval(total)
            if s_lo > t_hi + EPS or s_hi < t_lo - EPS:
                yield self._total_mismatch(total, parts, s_lo > t_hi + EPS, "100%")

    @staticmethod
    def _state_of_thing(words: str) -> Optional[tuple]:
        """The state a clause's words name (已完成除险加固 -> ("done", "完成除险加固"); 正在施工; 尚未启动), or None."""
        for kind, pattern in (("done", _DONE_WORDS), ("under way", _UNDER_WAY_WORDS), ("undone", _UNDONE_WORDS)):
            m = pattern.fullmatch(words)
            if m is not None:
                return kind, m.group("verb") or m.groupdict().get("verb2") or ""
        return None

    @staticmethod
    def _state_of(words: str) -> Optional[tuple]:
        """The state a clause's words before its figure name (已整改 -> ("done", "整改")), or None."""
        words = words.strip()
        for kind, pattern in (("done", _DONE_STATE), ("under way", _UNDER_WAY_STATE), ("undone", _UNDONE_STATE)):
            m = pattern.fullmatch(words)
            if m is not None:
                return kind, m.group("verb") or m.group("verb2")
        if _REMOVED_STATE.fullmatch(words):
            return "removed", ""
        if _KEPT_STATE.fullmatch(words):
            return "kept", ""
        return None

    def _phases(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"培训执法人员共计560人次，分三期进行，第一期210人次，第二期180人次，第三期160人次": a total done in N phases
        (期, 批, 轮, 阶段), then N clauses, one a phase (第一期…): the phases make the total, neither more nor less."""
        folded = self.folded
        if "第" not in folded[sentence.start:sentence.end]:
            return
        for m in _PHASES.finditer(folded, sentence.start, sentence.end):
            n = int(m.group("n")) if m.group("n").isdigit() else _CN_PHASES.get(m.group("n"))
            total = next((q for q in reversed(sentence.items) if q.unit_end <= m.start()), None)
            if not n or total is None or folded[total.unit_end:m.start()].strip() or not plain_count(total) or not total.exact:
                continue
            parts = []
            for q in (q for q in sentence.items if q.start >= m.end()):
                if len(parts) == n:
                    break
                if not (plain_count(q) and q.exact and _same_measure(q, total)) \
                        or not _PHASE_PART.fullmatch(chunk_before(folded, q, m.end()).lstrip("，、；： ")) \
                        or m.group("unit")[-1] not in chunk_before(folded, q, m.end()):
                    break
                parts.append(q)
            if len(parts) != n:
                continue
            s_lo, s_hi = _interval_sum(parts)
            t_lo, t_hi = _interval(total)
            if s_lo > t_hi + EPS or s_hi < t_lo - EPS:
                yield self._total_mismatch(total, parts, s_lo > t_hi + EPS, m.group().strip("，；：").rstrip("，："))

    def _requests_flow(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"收到政府信息公开申请86件，上年结转4件，已办结84件，结转下年度继续办理6件": the requests on hand (those
        received and those carried over from last year) are those settled and those carried to next year.
        Read only with all four counts in one sentence, one each, in one measure."""
        folded = self.folded
        text = folded[sentence.start:sentence.end]
        if "结转" not in text or "申请" not in text:
            return
        roles = {}
        for q in sentence.items:
            if not plain_count(q):
                continue
            words = chunk_before(folded, q, sentence.start).lstrip("，；、 ")
            role = "in" if _CARRIED_IN.search(words) else "out" if _CARRIED_OUT_NEXT.search(words) \
                else "new" if _REQUESTS_NEW.search(words) else "done" if _SETTLED.fullmatch(words) else None
            if role is None:
                continue
            if role in roles or not q.exact or is_change(folded, q, sentence.start) \
                    or (role == "in" and words.startswith("其中")):
                return  # two of one kind: not the one flow (其中上年结转: some of the count before, not beside it)
            roles[role] = q
        if len(roles) != 4 or len({q.family for q in roles.values()}) != 1:
            return
        if roles["new"].start > roles["done"].start or roles["in"].start > roles["done"].start:
            return  # (what came in is said before what became of it)
        on_hand = roles["new"].value + roles["in"].value
        settled = roles["done"].value + roles["out"].value
        if abs(on_hand - settled) > EPS * max(1.0, on_hand):
            done = roles["done"]
            expected = number(on_hand - roles["out"].value, 0) + done.unit
            yield Mismatch("net", done.start, done.unit_end, written(done) + done.unit, expected,
                           f"{written(roles['new'])} + {written(roles['in'])} − {written(roles['out'])} = {expected}",
                           (Used(roles["new"].start, roles["out"].unit_end, "收到、结转的申请在此",
                                 "the requests received and carried are here"),), name="办结数")

    def _paired_clauses(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """受理审查逮捕案件13件14人，提前介入2件，批准逮捕10件11人，不批准逮捕3件4人: a count in two measures,
        then clauses that each count in both (no 其中).  Parts in one measure that make its total exactly are
        every kind (a case is in one of them), so the other measure's parts must make its total: a person
        is in a case.  A clause in one measure between them (提前介入2件) is another figure; a stage (审结,
        受理) is no part of the same whole."""
        folded = self.folded
        items = sentence.items
        pairs: List[Tuple[Quantity, Quantity]] = []
        i = 0
        while i + 1 < len(items):
            a, b = items[i], items[i + 1]
            if a.unit in _PAIRED_UNITS and b.unit in _PAIRED_UNITS and _family(a) != _family(b) and a.exact and b.exact \
                    and plain_count(a) and plain_count(b) and folded[a.unit_end:begin(b)] == "" \
                    and not is_change(folded, a, sentence.start):
                pairs.append((a, b))
                i += 2
            else:
                i += 1
        if len(pairs) < 3 or folded[pairs[0][1].unit_end:pairs[0][1].unit_end + 1] != "，":
            return
        total, parts = pairs[0], []
        for pair in pairs[1:]:
            gap = folded[(parts[-1] if parts else total)[1].unit_end:begin(pair[0])]
            words = folded[chunk_start(folded, begin(pair[0]), sentence.start):begin(pair[0])]
            if _family(pair[0]) != _family(total[0]) or len(gap) > 24 or any(c in gap for c in "：（）") \
                    or _STAGE.search(words) or not words.strip("，、；") or "其中" in gap:
                break
            parts.append(pair)
        if len(parts) < 2:
            return
        for which in (0, 1):
            done, other = 1 - which, which
            if abs(sum(p[done].value for p in parts) - total[done].value) > EPS * max(1.0, total[done].value):
                continue
            judged = [p[other] for p in parts]
            s_lo, s_hi = _interval_sum(judged)
            t_lo, t_hi = _interval(total[other])
            if s_lo > t_hi + EPS or s_hi < t_lo - EPS:
                yield self._total_mismatch(total[other], judged, s_lo > t_hi + EPS, "件人")
            return

    def _bare_lists(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"代理行政诉讼案件17件，一审案件10件、二审案件9件" / "主动公开信息609条，在网站公开信息
        33条，在微信公众号发布信息566条": the kinds of a total listed right after it without
        其中, each named with the total's noun.  Only parts that add up to more than the total
        are reported (a list without 其中 may leave kinds out)."""
        folded = self.folded
        items = sentence.items
        for i, total in enumerate(items[:-2]):
            if not (plain_count(total) and total.exact) or folded[total.unit_end:total.unit_end + 1] != "，":
                continue
            start = chunk_start(folded, begin(total), sentence.start)
            if start > sentence.start and folded[start - 1] == "、" or _NESTED_MARKER.search(folded, start, begin(total)):
                continue  # the total is itself an item of a list
            before = items[i - 1] if i else None
            if before is not None and before.family == total.family and plain_count(before) \
                    and before.unit_end >= back_to(folded, start - 1, sentence.start, "，、；") - 1 and start > sentence.start:
                continue  # …燃气案件5件，水务案件3件，…: the total is one of a run of parallel clauses
            head = _head(folded[start:begin(total)])
            if head is None or is_change(folded, total, sentence.start):
                continue
            parts: List[Quantity] = []
            last = total.unit_end
            # 完成普法活动187次，开展法治讲座25次、送法下乡40次…: events of a total of events, one
            # verb before a list joined by 、, need not repeat the total's noun
            events = False
            for q in items[i + 1:i + 1 + _MAX_PARTS]:
                a = chunk_start(folded, begin(q), sentence.start)
                words = folded[a:begin(q)]
                sep = folded[last:a]
                if not parts:
                    events = total.unit in _EVENT_UNITS and bool(_EVENT_VERB.match(words))
                if sep not in ("，", "、") or not (plain_count(q) and q.exact and q.family == total.family) \
                        or head not in words and not (events and (not parts or sep == "、")) \
                        or _BARE_NOT_KIND.search(words) or is_change(folded, q, sentence.start):
                    break
                parts.append(q)
                last = q.unit_end
            if len(parts) < 2:
                continue
            noun = _HEAD_SKIP.sub("", folded[start:begin(total)].strip())[-4:]
            named = [folded[chunk_start(folded, begin(p), sentence.start):begin(p)] for p in parts]
            if total.unit in _EVENT_UNITS and len(noun) == 4 and all(head in w for w in named) \
                    and not any(noun in w for w in named):
                # 共开展集中学习10次，党组理论学习中心组学习6次、支部学习6次: sessions named by who held them,
                # not by the total's own words (集中学习), are other activities (a joint session counts for each)
                continue
            s_lo, _ = _interval_sum(parts)
            t_hi = _interval(total)[1]
            # Parallel kinds (复议案件50件，诉讼案件30件、赔偿案件40件) rarely come near the first count;
            # the kinds of a total mistyped by one figure do.
            if t_hi + EPS < s_lo <= t_hi * _NEAR_SUM and not _reconciles(total, parts, False, folded):
                yield self._total_mismatch(total, parts, True, "")

    def _split_after_total(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"全市共有执业律师1386人，男性802人，女性574人" / "进出口总额52.3亿元，出口31.6亿元，进口21.7亿元": a total, then
        without 其中 the two halves a whole is split into by definition (partition: 男/女, 城镇/乡村, 专职/兼职, 税收/非税,
        出口/进口 under 进出口 …), one clause each, and nothing more of the list: they make the total exactly."""
        folded = self.folded
        items = sentence.items
        for i, total in enumerate(items[:-2]):
            if not (plain_count(total) and total.exact) or folded[total.unit_end:total.unit_end + 1] != "，":
                continue
            a, b = items[i + 1], items[i + 2]
            if not all(plain_count(q) and q.exact and q.family == total.family for q in (a, b)):
                continue
            first = folded[total.unit_end + 1:begin(a)]
            second = folded[a.unit_end:begin(b)]
            if not second.startswith(("，", "、")) or any(c in first + second[1:] for c in "，、；：（）。"):
                continue  # (one clause a half, right after the total)
            after = folded[b.unit_end:b.unit_end + 1]
            if after not in ("。", "；", "") and not (after == "，" and (i + 3 >= len(items) or items[i + 3].family != total.family)):
                continue  # (a third part may follow: 男性…，女性…，其他…)
            total_name = chunk_before(folded, total, sentence.start)
            if is_change(folded, total, sentence.start) or _AVERAGE.search(total_name) or _RECEIVED.search(first):
                continue
            split = partition([first, second[1:]], total_name)
            if not split:
                continue
            s_lo, s_hi = _interval_sum([a, b])
            t_lo, t_hi = _interval(total)
            if s_lo > t_hi + EPS or s_hi < t_lo - EPS:
                yield self._total_mismatch(total, [a, b], s_lo > t_hi + EPS, split)

    def _act_listed_again(self, sentence: NumberSentence, previous: Optional[NumberSentence]) -> Iterator[Mismatch]:
        """"…，处分9.3万人（其中党纪处分8万人）。处分省部级干部10人，厅局级干部691人，…，农村、企业等其他人员6万人": a
        sentence that opens with the act a count of the sentence before was named by, then lists whom or what it was
        done to, one clause each, the last 其他/其余: every part of that count, neither more nor less."""
        if previous is None or not previous.items:
            return
        folded = self.folded
        act = folded[sentence.start:sentence.start + 2]
        if len(act) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in act) or act in _NOT_AN_ACT:
            return
        totals = []
        for q in previous.items:
            if not (plain_count(q) and q.exact):
                continue
            clause = back_to(folded, begin(q), previous.start, "，；：。（")
            inside = folded.count("（", previous.start, begin(q)) > folded.count("）", previous.start, begin(q))
            words = folded[clause:begin(q)]
            named = words.lstrip("全年今本共累计")
            if not inside and named.startswith(act) and len(named) <= len(act) + 4:
                totals.append(q)  # (处分9.3万人; 全年受理案件320件)
        if len(totals) != 1:
            return
        total = totals[0]
        parts = [q for q in sentence.items if q.family == total.family]
        if len(parts) < 3 or len(parts) != len([q for q in sentence.items if q.kind == "count"]) \
                or not all(plain_count(q) and q.exact for q in parts):
            return
        gaps = [folded[a.unit_end:back_to(folded, begin(b), sentence.start, "，；")] for a, b in zip(parts, parts[1:])]
        if any(g.strip("，；、 ") for g in gaps):
            return  # (one part a clause, nothing else between)
        if not _REST_WORD.search(chunk_before(folded, parts[-1], sentence.start)) \
                or folded[parts[-1].unit_end:sentence.end].strip("。；！ "):
            return
        s_lo, s_hi = _interval_sum(parts)
        t_lo, t_hi = _interval(total)
        if s_lo > t_hi + EPS or s_hi < t_lo - EPS:
            yield self._total_mismatch(total, parts, s_lo > t_hi + EPS, "其他")

    def _defined_difference(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"出口31.6亿元，进口21.9亿元，实现贸易顺差10.7亿元" / "全年出生人口3625人，死亡人口4830人，人口自然减少1215人": a
        difference a bulletin defines by two figures it states before it (顺差 = 出口 − 进口, 逆差 = 进口 − 出口, 自然增长 =
        出生 − 死亡, 自然减少 = 死亡 − 出生, 净流入 = 流入 − 流出, 净迁入 = 迁入 − 迁出), in one sentence, one measure."""
        folded = self.folded
        text = folded[sentence.start:sentence.end]
        if not _DIFFERENCE_WORDS.search(text):
            return
        counts = [q for q in sentence.items if plain_count(q) and q.exact]
        for k, c in enumerate(counts):
            clause = back_to(folded, begin(c), sentence.start, "，；：。（")
            words = folded[clause:begin(c)]
            for minuend, subtrahend, named in (*_DIFFERENCES, *_NETS):
                said = named.search(words)
                if said is None:
                    continue
                before = [q for q in counts[:k] if q.family == c.family]
                if named in (n for _, _, n in _NETS):
                    if k < 2 or counts[k - 2:k] != before[-2:] or _DIFFERENCE_WORDS.search(words[:said.start()]):
                        break
                    before = before[-2:]
                a = [q for q in before if minuend.search(chunk_before(folded, q, sentence.start))
                     and not subtrahend.search(chunk_before(folded, q, sentence.start))]
                b = [q for q in before if subtrahend.search(chunk_before(folded, q, sentence.start))
                     and not minuend.search(chunk_before(folded, q, sentence.start))]
                if len(a) != 1 or len(b) != 1:
                    break
                a_lo, a_hi = _interval(a[0])
                b_lo, b_hi = _interval(b[0])
                c_lo, c_hi = _interval(c)
                if c_lo > a_hi - b_lo + EPS or c_hi < a_lo - b_hi - EPS:
                    scale = scale_of(c)
                    shown = num(round((a[0].value - b[0].value) / scale, 8)) + {1e4: "万", 1e8: "亿"}.get(scale, "")
                    start = clause + said.start()
                    yield Mismatch("net", start, c.unit_end, self.text[start:c.unit_end], shown + c.unit,
                                   f"{written(a[0])} − {written(b[0])}",
                                   (Used(a[0].start, a[0].unit_end, "被减数", "the first figure"),
                                    Used(b[0].start, b[0].unit_end, "减数", "the second figure")),
                                   name="差额")
                break

    def _except_rest(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"共收到行政应诉案件8件，除3件未开庭审理外，其余5件均…": the ones set apart and
        the rest are the whole, exactly."""
        folded = self.folded
        if "除" not in folded[sentence.start:sentence.end]:
            return
        items = sentence.items
        for m in _EXCEPT_REST.finditer(folded, sentence.start, sentence.end):
            set_apart = next((q for q in items if m.start() < q.start < m.end("apart")), None)
            rest = next((q for q in items if m.end() <= begin(q) <= m.end() + 2), None)
            clause = back_to(folded, m.start(), sentence.start, "，；：")
            total = nearest_before([q for q in items if q.end <= clause], clause)
            if set_apart is None or rest is None or total is None or clause <= sentence.start:
                continue
            if any(q.kind == "percent" and q.start > rest.end for q in items):
                continue  # 其余4件均…，出庭应诉比例达到100%: the rest is a rate's base, the rate's claim to judge
            if folded[clause - 1] != "，" or back_to(folded, clause - 1, sentence.start, "，；：") > begin(total):
                continue  # the total's clause is the one right before
            quantities = (set_apart, rest, total)
            if not all(plain_count(q) and q.exact and q.family == total.family for q in quantities) \
                    or is_change(folded, total, sentence.start):
                continue
            found = self._exact_split(total, [set_apart, rest], "除…外，其余")
            if found is not None:
                yield found

    # -- a stock, what came and went, and the stock at the end ------------------

    def _stock(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"年初有法律顾问25名，新增6名，退出2名，现有31名": 25 + 6 − 2 = 29.  Every count
        between the two stocks must say it came or went, or the sentence is not read."""
        folded = self.folded
        if len(sentence.items) < 3 or not _STOCK_START.search(folded, sentence.start, sentence.end):
            return
        counts = [q for q in sentence.items if plain_count(q)]
        def clause(q: Quantity) -> str:  # 年初全区有村（居）法律顾问180名: the clause, brackets and all;
            # flows joined by 、 (新增5名、调离2名) each their own
            return folded[back_to(folded, begin(q), sentence.start, _STOCK_BREAKS):begin(q)]

        for i, first in enumerate(counts[:-2]):
            if not _STOCK_START.search(clause(first)):
                continue
            flows: List[Tuple[Quantity, int]] = []
            following = counts[i + 1:i + 1 + _MAX_PARTS]
            end_first = following[0]
            words = clause(end_first)
            if end_first.family == first.family and end_first.exact and _STOCK_END.search(words) \
                    and not (_STOCK_IN.search(words) or _STOCK_OUT.search(words)):
                # 年初有85家，年末有90家，新登记6家，注销2家: the two stocks first, then the flows
                for q in following[1:]:
                    words = clause(q)
                    came, went = _STOCK_IN.search(words), _STOCK_OUT.search(words)
                    if q.family != first.family or not q.exact or bool(came) == bool(went):
                        if not (came or went) and _STOCK_SAME.search(words) and q.family == first.family:
                            continue
                        break
                    flows.append((q, 1 if came else -1))
                if len(flows) >= 2:
                    yield from self._stock_judged(first, flows, end_first)
                break
            for q in following:
                if q.family != first.family or not q.exact:
                    break
                words = clause(q)
                came, went = _STOCK_IN.search(words), _STOCK_OUT.search(words)
                if _STOCK_END.search(words) and not (came or went) and flows:
                    yield from self._stock_judged(first, flows, q)
                    break
                if not (came or went) and _STOCK_SAME.search(words):
                    continue
                if bool(came) == bool(went):
                    break
                flows.append((q, 1 if came else -1))
            break

    def _balance(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"当年预算批复指标71.48亿元，已用指标62.09亿元，预算结余9.93亿元": what is left of money
        granted or received is what was not spent (71.48 − 62.09 = 9.39).  Three amounts in a row,
        one a clause, named as granted, spent and left; none of them carried from another year."""
        folded = self.folded
        text = folded[sentence.start:sentence.end]
        if not any(w in text for w in ("结余", "剩余", "节余", "余额", "未用", "未使用", "未支出")):
            return
        amounts = [q for q in sentence.items if plain_count(q) and q.unit == "元" and q.exact]
        for a, b, c in zip(amounts, amounts[1:], amounts[2:]):
            words = [folded[back_to(folded, begin(q), sentence.start, "，；。：（）"):begin(q)] for q in (a, b, c)]
            gaps = (folded[a.unit_end:begin(b)], folded[b.unit_end:begin(c)])
            if not (_GRANTED.search(words[0]) and _SPENT.search(words[1]) and _LEFT.search(words[2])) \
                    or _LEFT.search(words[0]) or _LEFT.search(words[1]) or _GRANTED.search(words[1]) \
                    or any(_CARRIED.search(w) for w in words) \
                    or _CARRIED.search(folded, sentence.start, begin(a)) \
                    or not all(g.startswith("，") and g.count("，") == 1 and len(g) <= 16 for g in gaps):
                continue
            if a.value <= b.value:
                continue  # (收入6.42亿元，支出28.1亿元: a budget that spends more lives on transfers, no balance)
            low, high = _interval(a)
            b_lo, b_hi = _interval(b)
            c_lo, c_hi = _interval(c)
            if low - b_hi <= c_hi + EPS and high - b_lo >= c_lo - EPS:
                continue
            value = a.value - b.value
            shown = sum_shown([a, b], value)
            start = back_to(folded, begin(c), a.start)
            # (the finding spans the amount and what was spent too: any of the three may be the wrong one)
            yield Mismatch("net", back_to(folded, begin(a), sentence.start, "，；。：（）"), c.unit_end,
                           self.text[start:c.unit_end], shown + c.unit,
                           f"{written(a)} − {written(b)} = {shown}",
                           (Used(a.start, b.unit_end, "总额与已用", "the amount and what was spent of it"),),
                           "结余即总额减去已用", "what is left is the amount less what was spent", name="结余")

    def _stock_judged(self, first: Quantity, flows, end: Quantity) -> Iterator[Mismatch]:
        low, high = _interval(first)
        for q, sign in flows:
            q_lo, q_hi = _interval(q)
            low, high = (low + q_lo, high + q_hi) if sign > 0 else (low - q_hi, high - q_lo)
        e_lo, e_hi = _interval(end)
        if low <= e_hi + EPS and high >= e_lo - EPS:
            return
        value = first.value + sum(q.value * sign for q, sign in flows)
        formula = written(first) + "".join(f" {'+' if sign > 0 else '−'} {written(q)}" for q, sign in flows)
        start = back_to(self.folded, begin(end), first.start)
        yield Mismatch("net", start, end.unit_end, self.text[start:end.unit_end], number(value) + end.unit,
                       f"{formula} = {number(value)}",
                       (Used(first.start, flows[-1][0].unit_end, "期初数与增减", "the stock and what came and went"),),
                       name="期末数")

    # -- parts, then their total ---------------------------------------------

    def _totals_after(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"来信132件、网上信访486件、来电1,027件，共计1,625件": the total sums the list before it."""
        folded = self.folded
        items = sentence.items
        for m in _TOTAL_AFTER.finditer(folded, sentence.start, sentence.end):
            at = back_to(folded, m.start(), sentence.start, "，；、", reach=4)  # …，全市合计
            if at == sentence.start or folded[at - 1] not in "，；、":
                at = back_to(folded, m.start(), sentence.start, "，；、", reach=10)  # …，以上两类事项合计
                if at == sentence.start or folded[at - 1] not in "，；、" or not _THESE_N.match(folded, at):
                    continue
            total = next((q for q in items if m.end() <= begin(q) <= m.end() + 8), None)
            if total is None or not plain_count(total) or not total.exact \
                    or any(c in folded[m.end():begin(total)] for c in "，；：。"):
                continue
            if total.end < sentence.end and folded[total.end:total.end + 3].lstrip("，：（").startswith(("其中", "分别", "包括")):
                continue  # a total that opens its own list
            second = next((q for q in items if q.start >= total.unit_end), None)
            if second is not None and begin(second) == total.unit_end and plain_count(second) and second.exact \
                    and total.unit in _PAIRED_UNITS and second.unit in _PAIRED_UNITS and second.unit != total.unit:
                # 审结涉黑案件33件490人、涉恶案件108件739人，合计审结141件1239人: a total in two measures after parts
                # in the same two, each measure summed apart (the cases may add up while the persons do not)
                pairs = self._pairs_before(sentence, at, total, second)
                if len(pairs) >= 2:
                    for parts, whole in (([a for a, _ in pairs], total), ([b for _, b in pairs], second)):
                        if _some_periods(folded, parts, sentence.start, m.start()) \
                                and _interval_sum(parts)[1] < _interval(whole)[0]:
                            continue
                        found = self._total_after_parts(parts, whole, m.start())
                        if found is not None:
                            yield found
                    continue
            parts = self._parts_before(sentence, at, total)
            added = _ADDED_TO.search(folded, max(sentence.start, begin(parts[0]) - 24), begin(parts[0])) if parts else None
            if added is not None:
                # 本级收入238965万元，加上：上年结转4550万元、…，收入总计929393万元: the list after 加上 is
                # what was added to a figure before it, which the total holds too
                base = self._added_to(sentence, added.start(), total, parts)
                if base is None:
                    continue
                parts = [base] + parts
            named = _THESE_N.search(folded, at, m.end())
            n_named = _CN_SMALL[named.group("n") or named.group("k")] if named is not None else 0
            if named is not None and len(parts) < n_named:
                # 以上两类合计23件 after A类12件，B类9件，另有咨询30人次: the items it names, past one between
                parts = self._named_parts(sentence, at, total, n_named)
            elif named is not None and len(parts) > n_named:
                # 形成工单11171件，转派4898件，在线办结6273件，两者合计11171件: the whole before its two parts is
                # no third part
                parts = parts[-n_named:]
            if len(parts) < 2:
                parts = self._named_alike(sentence, at, total)
            if len(parts) < 2:
                parts = self._counted_first_alike(sentence, at, total)
            if len(parts) < 2:
                continue
            if _some_periods(folded, parts, sentence.start, m.start()) and _interval_sum(parts)[1] < _interval(total)[0]:
                continue  # 一季度办结38件、二季度办结42件，全年共计办结187件: the rest of the year is not listed
            found = self._total_after_parts(parts, total, m.start())
            if found is not None:
                yield found

    def _list_then_named_total(self, sentence: NumberSentence) -> Optional[Mismatch]:
        """"决定保留20件、宣布失效38件、修改3件，此次全县共清理规范性文件61件": a list of kinds, one count each, then
        the sentence's last clause, its total with the scope, act and noun it sums (…共清理规范性文件, 全年累计公开信息),
        the words _totals_after (共计 right before the number) and _act_totals (the act named in every part) do not
        read.  Parts that name stages (受理…、办结…) or attributes (党员…) are no kinds of it; more than the total is
        wrong, less only when the clause is the bare total (…，共清理文件61件) of a list that is not periods (…，全市共…
        may count places the list does not name).  The list is one enumeration joined by 、: clauses after commas are
        figures of their own (收入…，支出…，结余…，累计结余…)."""
        folded = self.folded
        total = sentence.items[-1]
        if not plain_count(total) or not total.exact or total.end < sentence.end and \
                folded[total.end:sentence.end].strip("。；！ ") and re.search(r"\d", folded[total.end:sentence.end]):
            return None
        at = back_to(folded, begin(total), sentence.start, "，；", reach=48)
        if at == sentence.start or folded[at - 1] not in "，；":
            return None
        clause = _NAMED_TOTAL.fullmatch(folded, at, begin(total))
        if clause is None:
            return None
        parts = self._parts_before(sentence, at - 1, total)
        if len(parts) < 2 or any(q.unit != total.unit for q in parts):
            return None
        chunks = [c.lstrip("，、；和及与 ") for c in chunks_of(folded, parts, sentence.start)]
        words = clause.group("words")
        if any(_ATTRIBUTE.search(c) for c in chunks) \
                or any(m.group() not in words for c in chunks for m in _STAGE.finditer(c)):
            return None  # (受理52件、办结48件，共办理…: stages of the work, not kinds of what it counts)
        act = _ACT_WORD.match(chunks[0])
        if act is not None and act.group(1) not in words and act.group(1) not in clause.group("scope"):
            return None  # (办理行政复议案件52件、行政应诉案件38件，共审查规范性文件70件: another work's figure)
        if not all(folded[a.unit_end:chunk_start(folded, begin(b), sentence.start)].strip() == "、"
                   for a, b in zip(parts, parts[1:])):
            return None  # (收入4.62亿元，支出4.18亿元，当年结余0.44亿元，累计结余…: clauses, each a figure of its own)
        s_lo, s_hi = _interval_sum(parts)
        t_lo, t_hi = _interval(total)
        opens = chunk_start(folded, begin(parts[0]), sentence.start)
        bare = not clause.group("scope") and not _some_periods(folded, parts, sentence.start, at) \
            and folded[opens - 1:opens] != "、"  # (the list read from its first item: a count inside one stops it)
        if s_lo > t_hi + EPS or (bare and s_hi < t_lo - EPS):
            return self._total_after_parts(parts, total, at)
        return None

    def _act_totals(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"一季度办结38件、二季度办结42件、三季度办结51件、四季度办结46件，全年共办结187件": a total of the act
        every part before it names (共办结 after …办结…, …办结…), written with 共 and the act, not 共计.  The
        parts may be some of the whole (three towns of a county): only more than the total is read, or less
        when they are the periods that make the total's year (四个季度, 上半年 and 下半年)."""
        folded = self.folded
        for m in _ACT_TOTAL.finditer(folded, sentence.start, sentence.end):
            total = next((q for q in sentence.items if q.start == m.end()), None)
            if total is None or not plain_count(total) or not total.exact:
                continue
            if total.end < sentence.end and folded[total.end:total.end + 3].lstrip("，：（").startswith(("其中", "分别", "包括")):
                continue  # a total that opens its own list
            at = m.start()
            parts = self._parts_before(sentence, at, total)
            act = m.group("act")[:2]
            chunks = chunks_of(folded, parts, sentence.start)
            respectively = len(parts) >= 2 and "分别" + act in chunks[0] \
                and not any(folded[a.end:begin(b)].strip("，、和及与以 ") for a, b in zip(parts, parts[1:]))
            if len(parts) < 2 or not (respectively or all(act in c for c in chunks)):
                continue  # (三个法庭分别审结286件、317件和194件，共审结…: 分别 gives every part the act)
            s_lo, s_hi = _interval_sum(parts)
            t_lo, t_hi = _interval(total)
            periods = [_PERIOD.match(c.lstrip("，、；")) for c in chunks]
            whole_year = all(periods) and not _some_periods(folded, parts, sentence.start, at)
            if s_lo > t_hi or ((whole_year or respectively) and s_hi < t_lo):
                # (分别 names the ones the total is of: less is wrong too)
                found = self._total_after_parts(parts, total, at)
                if found is not None:
                    yield found

    def _named_alike(self, sentence: NumberSentence, at: int, total: Quantity) -> List[Quantity]:
        """评估发现的22个问题和考核发现的29个问题，共计47个问题: counts that end in the total's own measure word and
        noun, joined by 和/及/与/以及 (or 、) however long the words that say where each came from; the last
        one right before the total's clause.  [] when anything else counted stands between them."""
        folded = self.folded
        noun = folded[total.unit_end:total.unit_end + 2]
        if len(noun) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in noun) or folded[at - 1:at] != "，":
            return []
        before = [q for q in sentence.items if q.end <= at]
        parts: List[Quantity] = []
        pos = at - 1
        for q in reversed(before):
            if q.unit != total.unit or folded[q.unit_end:q.unit_end + 2] != noun or not plain_count(q) or not q.exact \
                    or is_change(folded, q, sentence.start):
                break
            gap = folded[q.unit_end + 2:pos]
            if parts and (not _ALIKE_JOINED.search(gap) or any(c in gap for c in "。；：（）") or "其中" in gap
                          or len(gap) > 40):
                break
            if not parts and gap:
                return []  # (…29个问题中的10个，共计…: the total is not right after the last part)
            parts.append(q)
            pos = begin(q)
        parts.reverse()
        return parts

    def _counted_first_alike(self, sentence: NumberSentence, at: int, total: Quantity) -> List[Quantity]:
        """1件案例入选最高检指导性案例，2件和7件案例分别入选最高检、省检典型案例，共11件案例入选: counts that open their
        clause (or are joined to such a count by 和/、) and name the total's own noun right after their measure word,
        every count of that measure in the clauses before the total: the total's parts."""
        folded = self.folded
        noun = folded[total.unit_end:total.unit_end + 2]
        if len(noun) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in noun) or folded[at - 1:at] not in ("，", "；"):
            return []
        before = [q for q in sentence.items if q.end <= at and q.unit == total.unit]
        if len(before) < 2 or len(before) > _MAX_PARTS:
            return []
        for k, q in enumerate(before):
            if not (plain_count(q) and q.exact) or is_change(folded, q, sentence.start):
                return []
            if folded.startswith(noun, q.unit_end):
                continue
            # (2件和7件案例: joined to the next count, which names the noun)
            if k + 1 < len(before) and folded[q.unit_end:begin(before[k + 1])] in ("和", "、", "及", "与") \
                    and folded.startswith(noun, before[k + 1].unit_end):
                continue
            return []
        # (each near its clause's start: 全年有2件案例…; a count deep in a clause, 在…中确定的3件案例, is no part of it)
        opens = [q for q in before if begin(q) - back_to(folded, begin(q), sentence.start, "，；、和及与") <= 4]
        return before if len(opens) == len(before) else []

    def _added_to(self, sentence: NumberSentence, at: int, total: Quantity, parts: List[Quantity]) -> Optional[Quantity]:
        """The figure a list after 加上 (at ``at``) is added to: a budget's own revenue or spending, said
        in the clauses before it or in the sentences right before (收入完成13.62亿元，下降3.8%。其中：税收…。
        加上上级补助收入39亿元、…后，收入总计66.05亿元), its breakdowns (其中：…) skipped.  None when no figure
        there is of the total's measure, or when one of them with the list makes the total: which of them the
        writer meant is then not for a reader to tell, and the claim holds."""
        folded = self.folded
        earlier = [s for s in self._earlier[-3:] if s.start < sentence.start] + [sentence]
        candidates: List[Quantity] = []
        shown: Optional[Quantity] = None
        for s in reversed(earlier):
            here = [q for q in s.items if q.end <= at and _same_measure(q, total) and plain_count(q) and q.exact
                    and not is_change(folded, q, s.start)]
            candidates += here
            if shown is None and here and not _OPENS_WITH_PARTS.match(folded, s.start) \
                    and not folded.startswith("其中", s.start):
                shown = here[0]
        if shown is None:
            return None
        s_lo, s_hi = _interval_sum(parts)
        t_lo, t_hi = _interval(total)
        for q_lo, q_hi in [(0.0, 0.0)] + [_interval(q) for q in candidates]:
            if s_lo + q_lo <= t_hi + EPS and s_hi + q_hi >= t_lo - EPS:
                return None  # (the list alone making the total: the writer counted the figure among them)
        return shown

    def _named_parts(self, sentence: NumberSentence, at: int, total: Quantity, n: int) -> List[Quantity]:
        """The last ``n`` counts in the total's measure before it, one per clause, past at most one
        clause that counts something else; [] when the clauses do not read so."""
        folded = self.folded
        before = [q for q in sentence.items if q.end <= at][-(n + 2):]
        parts: List[Quantity] = []
        skipped = 0
        for q in reversed(before):
            if len(parts) == n:
                break
            if not plain_count(q) or not q.exact or is_change(folded, q, sentence.start):
                return []
            if q.family != total.family:
                skipped += 1
                if skipped > 1 or parts:
                    return []
                continue
            parts.insert(0, q)
        return parts if len(parts) == n else []

    def _group_totals(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"甲县办结17件，乙县办结14件，两县共办结案件31件", "政策文件64条，政策解读17条，文件及
        解读共计81条": a clause that sums the two (three…) clauses before it, named as a group:
        so many places, or the nouns of the parts joined by 及/和."""
        folded = self.folded
        items = sentence.items
        for m in _GROUP_TOTAL.finditer(folded, sentence.start, sentence.end):
            at = m.start()
            if at == sentence.start or folded[at - 1] not in "，；":
                continue
            if not folded.endswith("共", 0, m.end()) and m.end() - 2 - at <= 4:
                continue  # 两县合计: a total after its list, read by _totals_after
            total = next((q for q in items if m.end() <= begin(q) <= m.end() + 8), None)
            if total is None or not plain_count(total) or not total.exact \
                    or any(c in folded[m.end():begin(total)] for c in "，；：。、"):
                continue
            if total.end < sentence.end and folded[total.end:total.end + 3].lstrip("，：（").startswith(("其中", "分别", "包括")):
                continue
            if m.group("n"):
                n, names = _CN_SMALL[m.group("n")], [m.group("place")] * _CN_SMALL[m.group("n")]
            else:
                n, names = 2, [m.group("a")[-2:], m.group("b")[:2]]
            parts = self._parts_before(sentence, at, total)[-n:]
            if len(parts) != n or not all(name in folded[chunk_start(folded, begin(p), sentence.start):begin(p)]
                                         for name, p in zip(names, parts)):
                continue
            found = self._total_after_parts(parts, total, total.start)
            if found is not None:
                yield found

    def _total_after_parts(self, parts: List[Quantity], total: Quantity, start: int) -> Optional[Mismatch]:
        """The mismatch of a total written after its parts, shown from ``start`` (its total word or
        its number), when no reading of the parts' precision makes them add up to it."""
        s_lo, s_hi = _interval_sum(parts)
        t_lo, t_hi = _interval(total)
        if s_lo <= t_hi and s_hi >= t_lo:
            return None
        shown = sum_shown(parts)
        return Mismatch("total", start, total.unit_end, self.text[start:total.unit_end], shown + total.unit,
                        f"{' + '.join(written(p) for p in parts)} = {shown}",
                        (Used(parts[0].start, parts[-1].unit_end, "分项在此", "the parts are listed here"),),
                        name="合计")

    def _pairs_before(self, sentence: NumberSentence, at: int, total: Quantity, second: Quantity) -> List[tuple]:
        """The list items right before a total written in two measures (…141件1239人), each item a count in
        each measure written together (33件490人), the total's order kept."""
        folded = self.folded
        items = [q for q in sentence.items if q.end <= at]
        pairs: List[tuple] = []
        pos = at
        while len(items) >= 2 and len(pairs) <= _MAX_PARTS:
            a, b = items[-2], items[-1]
            gap = folded[b.end:pos]
            if a.unit_end != begin(b) or a.unit != total.unit or b.unit != second.unit \
                    or not all(plain_count(q) and q.exact and not is_change(folded, q, sentence.start) for q in (a, b)) \
                    or any(c in gap for c in "：。（）") or len(gap) > 12:
                break
            del items[-2:]
            pairs.append((a, b))
            chunk = chunk_start(folded, begin(a), sentence.start)
            if items and items[-1].end > chunk:
                break  # (more counts in the item: not a plain list)
            pos = chunk
            if chunk == sentence.start or folded[chunk - 1] not in "，、；":
                break
        pairs.reverse()
        return pairs

    def _parts_before(self, sentence: NumberSentence, at: int, total: Quantity) -> List[Quantity]:
        """The list items right before a total written after them, one count each, same measure."""
        folded = self.folded
        items = [q for q in sentence.items if q.end <= at]
        parts: List[Quantity] = []
        pos = at
        while items and len(parts) <= _MAX_PARTS:
            q = items.pop()
            gap = folded[q.end:pos]
            opened = matching_open(folded, q.end) if parts and gap.startswith("）") else -1
            if opened > sentence.start and _SUBCOUNT.match(folded, opened + 1):
                # 上级补助收入21.64亿元（其中：返还性收入1.91亿元、…1.68亿元）、上年结余收入2.82亿元: a bracket
                # that breaks the item before it down holds no part of the list
                while items and items[-1].start > opened:
                    items.pop()
                if not items:
                    break
                q = items.pop()
                gap = folded[q.end:opened] + folded[pos - 1:pos]
            elif parts and gap.startswith("）") and opened <= sentence.start:
                gap = gap[1:]  # (非税收入1.78亿元）、上级补助收入…: a bracket closed that the sentence never opened)
            if not _same_measure(q, total) or not plain_count(q) or not q.exact or any(c in gap for c in "：。（）") \
                    or len(gap) > 12 or is_change(folded, q, sentence.start):
                break
            if q.unit != total.unit and "\u4e00" <= folded[q.unit_end:q.unit_end + 1] <= "\u9fff":
                # 聚焦4个专题、12个专项，共286项任务; 全国31个省级行政区的…判决书45 317份…，共计104 960份: a count in
                # another measure word with its noun after it counts the groups or places the items fall in
                break
            parts.append(q)
            chunk = chunk_start(folded, begin(q), sentence.start)
            if items and items[-1].end > chunk:
                if len(parts) == 1 and folded[items[-1].end:begin(q)] in ("和", "及", "与", "以及"):
                    pos = items[-1].end  # (分别审结286件、317件和194件，共审结…: the last part joined by 和)
                    continue
                break  # two counts in one list item: not a plain list
            if folded.startswith("其中", chunk) or folded.startswith("其中", chunk + 1):
                break  # (…3200个，其中城镇2100个，农村1200个，合计3300个: the list opens at 其中, the count before is its whole)
            pos = chunk
            if chunk == sentence.start or folded[chunk - 1] not in "，、；":
                break
        parts.reverse()
        return parts


# Batches a total is issued in (3批20件): as many as the batches listed.
_BATCH_UNITS = frozenset(["批", "批次"])
# Two measures of one total, written together (45件62人): cases and persons.
_PAIRED_UNITS = frozenset(["件", "人", "宗", "起", "户"])
# A generic measure word of a total (项, 个, 件, 种) and the measure words of the things its kinds are.
_GENERIC_UNITS = frozenset(["项", "个", "件", "种", "份"])
# Totals whose parts may each keep a measure word of their own: the generic ones, and 条 of
# items published (共发布信息100条，其中文件32件、动态80条).
_MIXED_TOTAL_UNITS = _GENERIC_UNITS | {"条"}
_HANDED_OUT = lazy(r"发放|印发|分发|赠送|张贴|悬挂|制作|发送|推送|播放|摆放")
# A count of times (件次, 人次) and the measures of the services it may be made of.
# (次 alone counts acts of any kind, the persons sent out on them too: 检查120次，其中…出动执法人员60人次)
_TIMES_TOTAL_UNITS = frozenset(["件次", "宗次"])
_TIMES_PART_UNITS = frozenset(["件", "件次", "人次", "宗", "宗次", "起", "例", "批次"])
_OBJECT_UNITS = frozenset(["部", "篇", "册", "本", "套", "幅", "张", "首", "集", "份", "件", "个", "项", "条", "块", "盘"])
_EVENT_UNITS = frozenset(["次", "场", "期", "场次", "批次", "轮"])
_EVENT_VERB = re.compile(r"开展|组织|举办|召开|举行|进行")
_NEAR_SUM = 1.25  # parts of a bare list more than this times the count before them are no breakdown of it
# Words that make a count after a total another view of it, not one of its kinds: stages, attributes,
# markers of a list of its own.
_BARE_NOT_KIND = re.compile(_STAGE.pattern + "|" + _ATTRIBUTE.pattern + r"|其中|分别|合计|共计|总计|累计|(?<!公)共|全年|同比|较")  # not 公共服务
_HEAD_SKIP = re.compile(r"[共计达约近为有了各类]+$")


# The national template of the 政府信息公开 annual report sorts what became of the year's requests into
# fixed results: 予以公开, 部分公开, 不予公开 (by reason), 无法提供 (by reason), 不予处理 (by reason),
# 其他处理, and those carried to next year (结转下年度继续办理).  They are every request on hand: the
# requests received this year and those carried over from the last.  A result is named by its heading
# or by one of the template's reasons under it.
_RESULTS = (("予以公开", lazy(r"予以公开|同意公开|全部公开")), ("部分公开", lazy(r"部分公开")),
            ("不予公开", lazy(r"不予公开|国家秘密|禁止公开|三安全一稳定|第三方合法权益|内部事务|过程性信息|执法案卷|行政查询")),
            ("无法提供", lazy(r"无法提供|不掌握|信息不存在|另行制作|仍不明确")),
            ("不予处理", lazy(r"不予处理|信访举报投诉|重复申请|公开出版物|大量反复|重新出具")),
            ("其他处理", lazy(r"其他处理|逾期不补正|逾期未按收费|撤回申请")),
            ("结转", lazy(r"结转下一?年度?|转下年度|转入下年度|结转至?下年")))
_REQUESTS = lazy(r"(?:收到|新收|受理|接收|接到)[^，。；\d]{0,16}?(?:申请|依申请)|依申请公开[^，。；\d]{0,8}?(?:申请|数量|事项)?(?:数量)?(?:为|共)?$")
_CARRIED_IN = lazy(r"上一?年度?(?:结转|转入)|上年度?结转")
_APPLICANTS = lazy(r"自然人|法人|其他组织|当面|网络|网上|信函|传真|电子邮件|其他形式|商业企业|科研机构|社会公益|律师事务所")
_RESULTS_SHOWN = 3  # kinds of result listed at the least before the list is read as the template's


def _results_of(chunk: str) -> List[str]:
    """The template's results a list item names (予以公开或部分公开59件: two)."""
    return [name for name, words in _RESULTS if words.search(chunk)]


def _outside_class(total_name: str, name: str) -> bool:
    """Is ``name`` a kind of farm output outside the class the total is named by (油料 after 粮食, 禽蛋 after 肉类)?"""
    return any(whole.search(total_name) and beside.search(name) and not whole.search(name)
               for whole, beside in _OUTSIDE_CLASS)


def _rank(name: str) -> Optional[str]:
    """The kind of place a name ends in (经济区 of 成都平原经济区, 园区 of 高新园区, 区 of 甲区), or None."""
    m = _RANK_WORDS.search(name)
    if m is not None:
        return m.group()
    return name[-1] if name and name[-1] in _PLACE_RANKS else None


def _head(words: str) -> Optional[str]:
    """The noun a total counts, as its last two characters (行政诉讼案件 -> 案件), or None."""
    words = _HEAD_SKIP.sub("", words.strip())
    head = words[-2:]
    if len(head) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in head):
        return None
    return head


_COMPLEMENTS = (("专职", "兼职"), ("男性", "女性"), ("男", "女"), ("城镇", "农村"), ("城镇", "乡村"), ("城市", "农村"),
                ("线上", "线下"), ("本地", "外地"), ("外出", "本地"), ("省内", "省外"), ("市内", "市外"), ("境内", "境外"))
# Wholes that statistics split by definition, every part named: the two halves of a pair above
# (男/女, 城镇/乡村, 专职/兼职, 分散/集中供养, 公办/民办) and the three industries of a GDP.  A list of exactly these parts,
# named alike but for the word that splits them, is every part of its total: less is wrong too.
# A budget's revenue is its taxes and the rest by definition (税收收入…，非税收入…): the same split.
_PAIRS = (("专职", "兼职"), ("男性", "女性"), ("男", "女"), ("城镇", "农村"), ("城镇", "乡村"), ("城市", "农村"),
          ("分散供养", "集中供养"), ("公办", "民办"), ("税收", "非税"),
          # (done in time or late: every one done is the one or the other; see partition for the act)
          ("按时", "超时"), ("按期", "逾期"),
          # (exports and imports are all the trade, under a total of 进出口 only)
          ("出口", "进口"))
# Inside and outside a place (县内/县外, 省内/省外, 本地/外地): two halves of what moved or came, each named by
# its half first (县内转移, 省外输出; 本地游客, 外地游客).
_PLACE_PAIRS = (("县内", "县外"), ("省内", "省外"), ("市内", "市外"), ("区内", "区外"), ("境内", "境外"), ("国内", "国外"),
                ("本地", "外地"), ("本县", "外县"), ("本市", "外市"), ("本省", "外省"))
# The national template of a government website's annual report counts what it published in three kinds,
# 信息发布总数 = 概况类信息 + 政务动态信息 + 信息公开目录信息: the three are all of it.
_SITE_KINDS = ("概况类", "政务动态", "信息公开目录")
# The four kinds of offenders under community correction (社区矫正法 第二条): 管制, 缓刑, 假释, 暂予监外执行 — all of them.
_CORRECTION_KINDS = ("管制", "缓刑", "假释", "暂予监外执行")
# The three kinds of social organisation registered (社会团体, 民办非企业单位 — now 社会服务机构 —, 基金会).
_IN_TIME = frozenset(["按时", "按期"])
_SOCIAL_KINDS = ("社会团体|社团", "民办非企业|社会服务机构", "基金会")
_INDUSTRIES = ("第一产业", "第二产业", "第三产业")
_INDUSTRIES_SHORT = ("一产", "二产", "三产")
# (the growth may come between the industry and its value: 第一产业增长9.1%达21.2亿元, 一产增长3.3%，达到38.2亿元;
# without 增加值 the value is then what the industry reached, read only in the GDP's measure)
_ADDED_VALUE = lazy(r"(?:第(?P<which>[一二三])产业|(?P<short>[一二三])产)(?:实现|完成)?(?:增加值)?(?:为|达到|达|实现|完成)?"
                    r"(?:[，、]?(?:比上年|同比)?(?:增长|下降)\d+(?:\.\d+)?%[，、]?(?:实现|完成)?(?:增加值)?(?:为|达到|达)?)?\s*$")
# The secondary industry and its first part, industry (工业增加值; not 工业园区, 规上工业 of a part of it).
_SECONDARY = lazy(r"第二产业|二产(?!品)")
_INDUSTRY_FIRST = lazy(r"[，：\s]*(?:全部|全县|全市|全区)?工业(?:增加值|实现增加值|完成增加值)")
# A mark a figure passed: 突破1000亿元大关, 迈上500亿元台阶, 跨越千亿关口.
_THRESHOLD_BEFORE = lazy(r"(?:突破|迈上|跨越|跃上|站上|冲破|跨上|迈过|跨过)\s*$")
_THRESHOLD_AFTER = ("大关", "台阶", "关口", "的大关", "的台阶", "新台阶")
_GDP = lazy(r"(?:地区)?生产总值|GDP")
_TOWN_AND_COUNTRY = lazy(r"城乡(?P<frame>[\u4e00-\u9fff]{2,4}?)(?:共|累计|合计|总计|全年|达到|达|为|实现|$)")


_PLACE_WORD = lazy(r"全[省市县区州镇乡旗盟]")
_FRAME = lazy(r"全[省市县区州镇乡旗盟]|[一二三四]季度|上半年|下半年|前三季度|1[-—至~]\d{1,2}月|全年")


def _same_frame(folded: str, lead: Sequence[NumberSentence], total: Quantity, first: Quantity,
                sentence: NumberSentence) -> bool:
    """Do a GDP in the paragraph before and the industries after it speak of one place and period
    (一季度，全省…)?  Words of either that the other's sentence contradicts say they do not."""
    said = next(one for one in lead if one.start <= total.start < one.end)
    whole = set(_FRAME.findall(folded, said.start, total.start))
    parts = set(_FRAME.findall(folded, sentence.start if first.start >= sentence.start else first.start - 40, first.start))
    for place in (True, False):  # the places (全省, 全县), then the periods (一季度, 全年): each apart
        a, b = ({w for w in words if bool(_PLACE_WORD.fullmatch(w)) is place} for words in (whole, parts))
        if a and b and a != b:
            return False
    return True


def _people(q: Quantity) -> str:
    """A count's family, persons and person-times as one (a report writes 救助4.9万人 and its halves in 人次)."""
    return "人" if q.family in ("人", "人次") else _family(q)


# 已审结的19起行政诉讼中， / 在已审结的案件中，: the cases disposed of, named again to say how they ended
_OF_THOSE = lazy(r"(?:在|对)?(?:已经|已|所)?(?P<stage>审结|办结|结案|审理终结|作出裁判|判决)的?(?:\d+[件起宗个])?"
                 r"[^，。；：\d]{0,10}?(?:案件|诉讼|复议|纠纷)?中[，：]")
# How a case ends: one way only.
_FATE = lazy(r"(?:其中|原告|申请人|被告|我方|政府|行政机关)?(?:胜诉|败诉|撤诉|主动撤诉|撤回起诉|撤回申请|调解结案|调解|"
             r"和解|驳回起诉|驳回诉讼请求|驳回申请|驳回|维持|撤销|确认违法|确认无效|变更|责令履行|终止审理|终止|"
             r"发回重审|改判)(?:结案|处理)?")


# Words that say every item of a total was put in one of the classes listed after it.
_CLASSIFIED = lazy(r"逐项|逐一|分类|归类|分为|分成")


def lead_of(q: Quantity, folded: str) -> int:
    """Where the words after a total's number end: its clause's end (a comma or colon)."""
    return forward_to(folded, q.unit_end, len(folded), "，：；。")


# A court's count of every kind of case at one stage (审执结各类案件7018件; 尚有各类未结案2453件), and
# the stages whose counts of one kind each are its parts (see SumReader._every_kind).
_EVERY_KIND_TOTAL = lazy(r"(?P<stage>审执结|审（执）结|审结|执结|办结)各类(?:[\u4e00-\u9fff]{0,4}?)案件"
                         r"|各类(?P<stage2>未结)案件?")
_KIND_STAGES = {"审执结": ("审结", "执结", "办结"), "审结": ("审结",), "执结": ("执结",), "办结": ("办结", "审结", "执结"),
                None: ("未结",)}
# One kind's count at a stage, a clause: 审结行政诉讼案件30件, 执结执行案件1819件, 刑事未结案79件.
_KIND_AT_STAGE = lazy(r"(?P<stage>审结|执结|办结)(?P<name>[\u4e00-\u9fff、]{2,12}?)(?:案件|案)"
                      r"|(?P<name2>[\u4e00-\u9fff、]{2,12}?)(?P<stage2>未结)(?:案件|案)")
# The types a court's statistics count its cases by (刑事, 民商事, 行政诉讼, 行政非诉审查, 执行, 申诉申请再审, 国家赔偿).
_CASE_TYPE = lazy(r"(?:刑事|民事|民商事|商事|行政|执行|国家赔偿|司法赔偿|赔偿|申诉|申请|再审|审查|诉讼|非诉|知识产权|海事|海商"
                  r"|破产|强制清算|特别程序|减刑|假释|其他|各类|、|和|及|类)+")
_HEADING_LINE = lazy(r"\n\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[、．.])")
_SECTION_SENTENCES = 8  # sentences after an every-kind total its kinds may stand in
_SPLIT_NAMES = {"专职": "专职、兼职", "男性": "男、女", "男": "男、女", "分散供养": "分散、集中供养", "公办": "公办、民办",
                "税收": "税收、非税", "按时": "按时、超时", "按期": "按期、逾期", "出口": "出口、进口"}
# The names partition() gives a split of two halves (城、乡 for the rest of _PAIRS).
_SPLITS = frozenset(_SPLIT_NAMES.values()) | {"城、乡"}
_PARTITION_NOTES = {
    "100%": ("其后称比率为100%，所列各类应涵盖全部", "a rate of 100% after them says they are all of it"),
    "已、正在、尚未": ("已完成、正在进行、尚未开始三种状态即全部", "done, under way and not begun are every state"),
    "数字颠倒": ("分项之和恰是总数两位相邻数字颠倒", "the sum is the total with two neighbouring digits swapped"),
    "另一计量": ("各分项的另一计量（金额）之和恰是其总数，分项即总数的全部",
             "the parts' amounts make the total amount exactly: the parts are the whole"),
    "分散、集中供养": ("分散供养、集中供养两项即总数的全部", "dispersed and institutional care are the whole"),
    "公办、民办": ("公办、民办两项即总数的全部", "public and private are the whole"),
    "出口、进口": ("出口与进口之和即进出口总额", "exports and imports are all the trade"),
    "税收、非税": ("税收收入与非税收入之和即收入总数", "tax and non-tax revenue are all the revenue"),
    "统计表": ("统计表列出了各项（含为0的项），各项即总数的全部", "the sheet prints every line, empty ones too"),
    "分类": ("逐项分类的各类即总数的全部", "every item was put in one of the classes"),
    "男、女": ("男、女两项即总数的全部", "men and women are the whole"),
    "内、外": ("区域内、外两项即总数的全部", "inside and outside the place are the whole"),
    "城、乡": ("城、乡两项即总数的全部", "town and country are the whole"),
    "专职、兼职": ("专职、兼职两项即总数的全部", "full-time and part-time are the whole"),
    "工业、建筑业": ("工业与建筑业增加值之和即第二产业增加值", "industry and construction are the secondary industry"),
    "三次产业": ("三次产业增加值之和即生产总值", "the three industries' value added is the GDP"),
    "名称所列各类": ("总数的名称列出了其各类，各类之和即总数", "the total's name lists its kinds, so they are all of it"),
    "未开展": ("列出了未开展的一项，各项即总数的全部", "the list prints a line where none was done, so it prints every line"),
    "按时、超时": ("按时、超时两项即总数的全部", "in time and late are the whole"),
    "按期、逾期": ("按期、逾期两项即总数的全部", "in time and late are the whole"),
    "社会组织三类": ("社会团体、民办非企业单位（社会服务机构）、基金会三类即社会组织的全部", "the three kinds of social organisation are all of them"),
    "社区矫正四类": ("管制、缓刑、假释、暂予监外执行四类即社区矫正对象的全部", "the four kinds of community correction are all of it"),
    "网站信息三类": ("概况类、政务动态、信息公开目录三类即网站发布信息的全部", "the website template's three kinds are all it published"),
    "件人": ("另一计量单位的分项恰好合计为总数，列举已涵盖全部", "the same parts in the other measure make its total exactly, so the list is complete"),
    "其余": ("已办的与其余的之和即总数", "the ones done and the rest are the whole"),
    "为0的项": ("列举含为0的一项，应已列出全部各类", "the list prints a kind with none, so it prints every kind"),
    "旧存、新收": ("旧存（上年结转）与新收之和即受理总数", "cases carried over and cases received are all the cases on hand"),
}


def chunks_of(folded: str, parts: Sequence[Quantity], floor: int) -> List[str]:
    return [chunk_before(folded, p, floor) for p in parts]


def partition(chunks: Sequence[str], total_name: str = "") -> str:
    """The name of the split the parts' words make (男、女; 城、乡; 专职、兼职; 三次产业), or "".
    The words must be the same but for the word that splits the whole (城镇医疗救助 / 农村医疗救助,
    专职人民调解员 / 兼职人民调解员): 城镇新增就业 and 农村劳动力转移就业 are two measures, not two halves."""
    words = [c.strip().lstrip("，、：；其中") for c in chunks]
    if len(words) == 3 and all(sum(bool(re.search(name, w)) for name in _SOCIAL_KINDS) == 1 for w in words) \
            and all(any(re.search(name, w) for w in words) for name in _SOCIAL_KINDS) \
            and (not total_name or "社会组织" in total_name):
        return "社会组织三类"  # (社会团体、民办非企业单位、基金会, in any order, under a total of 社会组织)
    if len(words) == len(_CORRECTION_KINDS) and all(sum(name in w for name in _CORRECTION_KINDS) == 1 for w in words) \
            and all(any(name in w for w in words) for name in _CORRECTION_KINDS):
        return "社区矫正四类"  # (in any order)
    if len(words) == 3 and all(any(name in w for w in words) for name in _SITE_KINDS) \
            and all(sum(name in w for name in _SITE_KINDS) == 1 for w in words):
        return "网站信息三类"  # (in any order)
    if len(words) == 3:
        for names in (_INDUSTRIES, _INDUSTRIES_SHORT):
            if all(names[k] in w for k, w in enumerate(words)):
                frames = {w.replace(names[k], "", 1) for k, w in enumerate(words)}
                return "三次产业" if len(frames) == 1 else ""
    if len(words) != 2:
        return ""
    for a, b in _PAIRS:
        for first, second in (words, words[::-1]):  # (兼职…，专职…: either order)
            i, j = first.find(a), second.find(b)
            # (非税收入 holds 税收 only inside 非税)
            if i < 0 or j < 0 or b in first.replace(a, "") or a in second.replace(b, ""):
                continue
            if first[:i] + first[i + len(a):] == second[:j] + second[j + len(b):]:
                act = first[i + len(a):i + len(a) + 2]
                if a in _IN_TIME and (not act or act not in total_name):
                    continue
                if a == "出口" and "进出口" not in total_name:
                    continue  # (出口…，进口… under a total of exports alone are not its parts)  # (受理工单…，其中按时办结…，超时办结…: some received are not done yet; the total must be of the act)
                return _SPLIT_NAMES.get(a, "城、乡")
    for a, b in _PLACE_PAIRS:
        for first, second in (words, words[::-1]):
            if not (first.startswith(a) and second.startswith(b)):
                continue
            acts = [w for w in (first[len(a):], second[len(b):]) if w]
            # 县内转移…，县外输出… of 农村劳动力转移就业总量: the halves may name the act in words of their own,
            # one of them the total's; 县内务工…，县外务工… of 农村劳动力总数 are workers, not all the labour
            if all(len(w) <= 4 for w in acts) and (not acts or any(w[:2] in total_name for w in acts)):
                return "内、外"
    return ""


def _abbreviates(name: str, chunks: Sequence[str]) -> bool:
    """Does a total's name join the names of its parts, each written in it in order (离退休、内退人员
    of 离休, 退休 and 内退; 审执结 of 审结 and 执结)?  Then the parts are its kinds, though a word like
    退休 elsewhere names an attribute that cuts across kinds."""
    words = [c.strip().lstrip("，、；：其中 ") for c in chunks]
    if len(words) < 2 or not all(2 <= len(w) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in w) for w in words):
        return False

    def within(word: str) -> bool:
        at = 0
        for c in word:
            at = name.find(c, at) + 1
            if at == 0:
                return False
        return True
    return all(within(w) for w in words)


def _named_by_kinds(name: str, chunks: Sequence[str]) -> bool:
    """Does a total's name list its kinds, joined by 、 (or 和/及/与 before the last), that the
    parts then open with, one each and in order (化解家庭、邻里纠纷…：家庭纠纷…、邻里纠纷…)?  The
    writer says what the whole is made of: the parts are all of it.  A name listing more kinds
    than the parts (家庭、邻里、婚姻纠纷) is no such claim."""
    words = [c.strip().lstrip("，、；：其中 ") for c in chunks]
    heads = [w[:2] for w in words]
    # each part is one of the kinds of the total's noun (家庭纠纷 of 纠纷) or the kind alone (刑事126件):
    # 热线派单 and 政民互动派单 of 受理群众诉求 are of another figure
    if not all(w == h or w.endswith(name.rstrip()[-2:]) for w, h in zip(words, heads)):
        return False
    if len(heads) < 2 or not all(len(h) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in h) for h in heads) \
            or len(set(heads)) < len(heads):
        return False
    m = re.search("[\u4e00-\u9fff]{0,3}?[、和及与]".join(re.escape(h) for h in heads), name)  # (婚姻家庭、邻里)
    return m is not None and name[m.start() - 1:m.start()] not in ("、", "和", "及", "与") \
        and not re.match(r"[\u4e00-\u9fff]{0,4}[、和及与]", name[m.end():])


def _runs_kinds(name: str, chunks: Sequence[str]) -> bool:
    """Does a total's name run its kinds together, and the parts name them, one each and in order?
    Words of two (来信来访 of 来信…，来访…) or kinds of one character before 业 (农林牧渔业 of 农业、林业、
    畜牧业、渔业), these with the kind the whole run names (农林牧渔服务业: the statistics count the
    services in the total, so a list without them may fall short).  The writer named every kind."""
    words = [c.strip().lstrip("，、；：其中 ").rstrip("为共计达") for c in chunks]
    if len(words) < 2 or any(not w or not all("\u4e00" <= ch <= "\u9fff" for ch in w) for w in words):
        return False
    if all(len(w) == 2 for w in words) and len(set(words)) == len(words) and "".join(words) in name:
        return True
    run = re.search(r"([\u4e00-\u9fff]{%d})业" % (len(words) - 1), name) if 3 <= len(words) <= 7 else None
    if run is None:
        return False
    keys, whole = run.group(1), words[-1]
    return whole.startswith(keys) and whole.endswith("业") and len(whole) > len(keys) + 1 \
        and all(2 <= len(w) <= 3 and w.endswith("业") and k in w[:-1] for k, w in zip(keys, words))


def _some_periods(folded: str, parts: Sequence[Quantity], floor: int, at: int) -> bool:
    """Are the parts periods of a year (一季度…, 上半年…) that do not make the whole year the total after them
    (全年…) is of?  Then the rest of the year is not listed, and the parts may fall short."""
    periods = [_PERIOD.match(c.lstrip("，、；")) for c in chunks_of(folded, parts, floor)]
    if not all(periods):
        return False
    whole = sorted(p.group().lstrip("第") for p in periods) in (sorted(_QUARTERS), sorted(_HALVES))
    return not (whole and folded.startswith("全年", back_to(folded, at, floor, "，；、", reach=4)))


def _kinds_of(total_name: str, chunks: Sequence[str]) -> bool:
    """Do the parts' words end alike in a noun of two characters or more that the total's name holds,
    each with a kind of its own before it (刑事案件, 民事案件, 行政案件 of 办理法律援助案件)?"""
    words = [c.strip().lstrip("，、；：其中 ") for c in chunks]
    tail = os.path.commonprefix([w[::-1] for w in words])[::-1]
    # (一审案件, 二审案件, 再审案件 end alike in 审案件; the total's noun is 案件)
    return any(all("\u4e00" <= c <= "\u9fff" for c in tail[-n:]) and tail[-n:] in total_name
               for n in range(len(tail), 1, -1)) and all(len(w) > len(tail) for w in words)


def _one_act(folded: str, total: Optional[Quantity], chunks: Sequence[str]) -> bool:
    """Do the parts' words end alike in an act that is not what the total counts (政府网站发布、
    政务微信发布、政务微博发布 of 公开政府信息1200条), differing only in where it was done?  A
    list of kinds ends in the total's noun (婚姻案件、邻里案件 of 受理案件) or in nothing shared."""
    if total is None or len(chunks) < 2 or any(len(c) < 4 for c in chunks):
        return False
    end = chunks[0][-2:]
    if not all(c.endswith(end) for c in chunks) or not all("\u4e00" <= ch <= "\u9fff" for ch in end) \
            or len({c[:-2] for c in chunks}) < len(chunks):
        return False
    if not _PUBLISHED.fullmatch(end):
        return False  # (市级受理120件、县级受理300件: cases are handled in one place only)
    head = _head(chunk_before(folded, total, max(0, begin(total) - 40)))
    if head is not None and len(head) >= 2 and all(c[:-2].endswith((head, "类")) for c in chunks):
        return False  # 人员招录信息公开3条，疫情信息公开8条 of 公开信息314条: kinds of the total's 信息, each made public once
    return head is not None and head != end and end not in (head or "")


def _channels(chunks: Sequence[str]) -> bool:
    """Does every part name a channel and the act of putting items out on it (在市政府门户网站公开发布11条，…，
    “学习强国”公开发布2条，微信订阅号发布信息54期97条)?  Each channel may carry any of the items: no partition."""
    if len(chunks) < 2:
        return False
    for chunk in chunks:
        words = _CHANNEL_TAIL.sub("", chunk)
        if not _PUBLISHED.search(words[-4:]) or not _CHANNEL.search(words):
            return False
    return True


# Where items are put out: a website, a paper, a new-media account (学习强国, 抖音, 今日头条 …).
_CHANNEL = re.compile(r"网站|网|微信|微博|公众号|订阅号|视频号|平台|客户端|APP|app|报纸|日报|晚报|报刊|电视|广播|电台|学习强国|头条|抖音|快手|政务新媒体|公开栏|宣传栏")
# A channel's own count of issues right before its items (微信订阅号发布信息54期|97条).
_OWN_ISSUES = re.compile(r"\d+(?:期|次|篇|批)$")
# What may stand after the act: the items' noun, a count in another measure (54期).
_CHANNEL_TAIL = re.compile(r"(?:信息|稿件|文章|消息|动态)?(?:\d+(?:期|次|篇|批))?$")


# Acts of making the same items public, which several channels may each do for all of them.
_PUBLISHED = re.compile(r"发布|公开|推送|转发|转载|刊发|刊登|播出|播发|发送|报道|登载|上传|公布")


def complementary(chunks: Sequence[str]) -> bool:
    """Two items whose words split the whole between them (专职…, 兼职…; 男…, 女…)."""
    if len(chunks) != 2:
        return False
    return any(a in one and b in other and b not in one and a not in other
               for a, b in _COMPLEMENTS for one, other in (chunks, chunks[::-1]))


def _transposed(total: Quantity, parts: Sequence[Quantity]) -> bool:
    """Is the total the parts' sum with two neighbouring digits swapped (139 written 193, 34.26万 written
    34.62万)?  A list that leaves kinds out falls short by any amount; one that falls short by a swap of
    the sum's own digits was meant to be all of it, and the total was miswritten.  (One part alone is
    a subset, whatever its digits: 人民调解组织3152个，其中村（社区）人民调解组织3125个.)"""
    written_as = re.fullmatch(r"(\d+(?:\.\d+)?)[万亿千百]*", total.number.replace(",", "").replace("，", "").replace(" ", ""))
    if not total.exact or not all(p.exact for p in parts) or written_as is None:
        return False
    number = written_as.group(1)
    # (a list that leaves kinds out falls short of a total of three digits by a swap of its sum's digits now
    # and then, by chance: two parts of 132 may well make 123; three parts or more are read as a whole more often)
    if float(number) <= 0 or len(number.replace(".", "")) < 3 or len(number.replace(".", "")) == 3 and len(parts) < 3:
        return False
    scale = total.value / float(number)
    decimals = len(number.split(".")[1]) if "." in number else 0
    shown = f"{sum(p.value for p in parts) / scale:.{decimals}f}"
    if len(shown) != len(number) or shown == number:
        return False
    diff = [i for i, (a, b) in enumerate(zip(shown, number)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and shown[diff[0]] == number[diff[1]] \
        and shown[diff[1]] == number[diff[0]] and "." not in (shown[diff[0]], shown[diff[1]])


def _family(q: Quantity) -> str:
    """A count's family, 例 of cases with 件 (申请156例，其中刑事案件62件…), 场次 of events with 场 (活动86场次，其中进机关12场…)."""
    return "件" if q.unit == "例" else "场" if q.unit == "场次" else q.family


def _same_measure(q: Quantity, total: Quantity) -> bool:
    """Does ``q`` count in the total's measure?  件, 个, 份 and 项 of documents and cases are one."""
    return q.family == total.family or (q.unit in _DOCUMENT_UNITS and total.unit in _DOCUMENT_UNITS)


def _bare_part(folded: str, q: Quantity) -> bool:
    """A whole number without a unit between the parts of a list, named like them and ended by
    the list's separator ("其中网站发布238条，微信发布179，其他渠道49条"): a part that lost its
    unit. Leaving it out would show the reader a sum of the other parts as the list's."""
    before = folded[q.start - 1:q.start] if q.start else ""
    after = folded[q.end:q.end + 1]
    return (q.number.isdigit() and after in ("，", "、", "；", "。", ",", ";")
            and "\u4e00" <= before <= "\u9fff" and before not in "第年月日号期届批次约近超逾达")


def sum_shown(parts: Sequence[Quantity], value: Optional[float] = None) -> str:
    """A sum in the scale the parts are written in: 32.6亿 + 108.5亿 + 154.3亿 = 295.4亿."""
    total = sum(p.value for p in parts) if value is None else value
    scales = {scale_of(p) for p in parts}
    scale = scales.pop() if len(scales) == 1 else 1.0
    suffix = {10.0 ** 12: "万亿", 10.0 ** 8: "亿", 10.0 ** 4: "万", 10.0 ** 3: "千"}.get(scale, "")
    places = max(p.decimals for p in parts)
    return number(total / scale, places) + suffix if suffix else number(total, places)


def _list_expression(parts: Sequence[Quantity]) -> str:
    return "、".join(written(p) + p.unit for p in parts)


# -- a change between two years the text names, against the figures of those years ----------------

# 2019年相比2018年增长了375万件 / 2023年较2022年增加了439件 / 2021年比2020年多915户: the later year first, then the
# earlier, then the change and its figure.
_YEAR_CHANGE = lazy(r"(?P<b>(?:19|20)\d{2})年(?:相比|相较|比|较|同比|与)(?P<a>(?:19|20)\d{2})年(?:相比|相较)?[，]?"
                    r"(?:[^，。；\d]{0,6}?)(?:(?P<up>增长|增加|上升|提高|多)|(?P<down>减少|下降|降低|少))了?(?=\d)")
_YEAR_REACH = 600  # characters before the claim where the two years' figures may stand (the paragraph before it too)


def year_changes(text: str, folded: str, quantities) -> Iterator[Mismatch]:
    """"2018年受理2803.5万件、2019年受理3160.5万件……（next paragraph）2019年相比2018年增长了375万件": a change
    between two years the claim names, against the one figure of each year in the claim's measure stated before it
    (a year's stretch runs to the next year named or the end of its sentence).  Read only when each year has one
    figure of that measure, named alike (受理…/受理…), and the change goes the way the figures do; the same
    claim with its figures in one clause of the same sentence is read by the changes reader too (one finding)."""
    if "年" not in folded:
        return
    for m in _YEAR_CHANGE.finditer(folded):
        b_year, a_year = int(m.group("b")), int(m.group("a"))
        if a_year >= b_year:
            continue
        claim = next(iter(quantities.between(m.end(), m.end() + 1)), None)
        if claim is None or claim.kind != "count" or not claim.unit or claim.in_range or claim.unit in ("%", "倍"):
            continue
        years = quantities.years_between(max(0, m.start() - _YEAR_REACH), m.start())
        values = {a_year: [], b_year: []}
        for i, y in enumerate(years):
            if y.value not in values:
                continue
            stop = years[i + 1].start if i + 1 < len(years) else m.start()
            for mark in "。\n":
                at = folded.find(mark, y.end, stop)
                if at >= 0:
                    stop = at
            for q in quantities.between(y.end, stop):
                if q.kind == "count" and q.unit == claim.unit and q.exact and not q.in_range:
                    values[y.value].append((q, folded[y.end:begin(q)].strip("，、；： ")))
        if any(len({q.value for q, _ in found}) != 1 for found in values.values()):
            continue  # no figure of a year, or two (受理…，审结…): no one reading
        (a, a_words), (b, b_words) = values[a_year][-1], values[b_year][-1]
        shorter, longer = sorted((a_words, b_words), key=len)
        if shorter and not mentions(longer, shorter):
            continue  # (2019年受理…, 2020年审结…: two measures)
        up = m.group("up") is not None
        a_lo, a_hi = written_interval(a)
        b_lo, b_hi = written_interval(b)
        low, high = (b_lo - a_hi, b_hi - a_lo) if up else (a_lo - b_hi, a_hi - b_lo)
        if high < 0:
            continue  # (the figures go the other way: another measure, or a claim of another kind)
        c_lo, c_hi = written_interval(claim)
        slack = EPS * max(1.0, abs(claim.value))
        if low <= c_hi + slack and high >= c_lo - slack:
            continue
        start = m.start("up") if up else m.start("down")
        value = (b.value - a.value) if up else (a.value - b.value)
        shown = sum_shown([claim], value)
        formula = f"{written(b)} − {written(a)}" if up else f"{written(a)} − {written(b)}"
        yield Mismatch("net", start, claim.unit_end, text[start:claim.unit_end], shown + claim.unit, formula,
                       (Used(a.start, a.unit_end, f"{a_year}年", f"{a_year}"), Used(b.start, b.unit_end, f"{b_year}年", f"{b_year}")),
                       name="增减数")
