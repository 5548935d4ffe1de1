"""Words that are both words but confused in 公文, told apart by the words around them.

Each entry names the word as written, the word meant, and the context that decides
it: 截止 before a date that a figure follows (截止2023年底，共…) is 截至; 必需 before a
verb is 必须; 法制 in 法制政府 is 法治, while 法治 in 法治审核 is 法制 (重大执法决定法制审核
is the official name).  Where the context does not decide, nothing is reported: 做出
贡献 and 制订计划 are left alone, and so are 法治机构 and 法制机构 (since the 2018 reform a
government's 司法局 is its 法治机构, as the 2021 纲要 writes; older texts write 法制机构).
A pair of one era (法制建设 before the fourth plenum of 2014) is judged by the report's
year, or, in a report on part of a year or on several (2023年上半年工作总结, 2016—2020年),
by the first year its title names.  The pairs are those of the project's list of 公文
易混淆词 (../shared/typos-dev/confusables/gongwen_confusable_words.tsv) that a context
can decide; the patterns are ours.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, Iterator, List, NamedTuple, Optional, Tuple

from lintlaw.document import Document
from lintlaw.finding import Edit, Finding, Fix, Msg
from lintlaw.profiles import report_year, title
from lintlaw.registry import rule
from lintlaw.wording import quote

from . import _wording


# A text that writes its subject's word this often is about it (a procuratorate's report writes
# 检察 in every paragraph; a government's names the 检察院 once, beside its inspections).
_SUBJECT_MIN = 2


class Pair(NamedTuple):
    wrong: str
    right: str
    after: Optional[str]  # pattern the text after the word must match (None: anything)
    before: Optional[str]  # pattern the text before the word must end with
    not_before: Optional[str]  # pattern the text before the word must not end with
    why: Msg
    since: int = 0  # only in a report on this year or later (0: any report)
    subject: str = ""  # only in a document that writes this _SUBJECT_MIN times (what it is about)
    reach: int = 8  # characters before the word that ``before`` and ``not_before`` see
    # The word as written is no word at all, one word misspelt (检查院 for 检察院, 建全 for 健全): the
    # typo rule reports it, a typo of one word.  The misspellings the list of 公文 confusable words
    # names (布署, 申议, 勿必: typos-dev's gongwen_confusable_words.tsv, which issue 16 gives this
    # rule as its source) stay this rule's.
    misspelt: bool = False


_TIME = r"(?:\d{4}年|\d{1,2}月|\d{1,2}底|[〇零一二三四五六七八九]{4}年|今年|去年|上年|本年|当年|年底|年末|月底|本月|上月|本季度|上半年|下半年|20\d\d|目前|当前|现在|发稿时)"
_VERB = (r"(?:坚持|加强|做到|严格|依法|认真|落实|按照|遵守|遵循|始终|牢固|全面|切实|进一步|高度|建立|健全|完善|提高|"
         r"确保|履行|保持|积极|经过|把|将|要|具备|符合|取得|持有|提交|接受|服从|树立|强化|深入|注重|重视|及时|立即|"
         r"予以|依照|根据|通过|采取|承担|由|向|对|在)")

# Who reports a problem: the public, a firm, a deputy (群众反映, 居民反映, 企业反映, 代表委员反映), and
# what else they do with it first (群众关注、反映强烈的问题).
_PEOPLE = (r"(?:群众|居民|市民|村民|农民|网民|企业|商户|职工|员工|家长|学生|患者|代表|委员|当事人|干部|社会|游客|业主|住户|消费者)"
           r"(?:普遍|(?:关注|关心|关切)[、和与])?$")

# What one reports (反映) at the end of a longer object: 反映基层执法中的突出问题.  The object may
# not start with words that describe a reaction (反应迟缓的问题, 反应速度不快的情况, 反应机制
# 不健全的问题) or name what reacts (反应堆, 反应釜).
_REPORTED_OBJECT = (r"(?:(?!迟|缓|慢|快|不|没|未|很|较|更|还|非常|十分|太|过|也|都|速度|能力|机制|时间|灵敏|敏|强烈|热烈|"
                    r"良好|积极|平淡|冷淡|堆|釜|器|物|式|链|力|条件|温度|过程|结果|中|后|前|时)"
                    r"[^，。；！？、\n]{2,16}?(?:问题|情况|诉求|意见|建议|心声|呼声|愿望|期盼|需求|困难|难题|矛盾))")

# What a decision is said to be before its noun: its weight, its field, its outcome (重大行政决策,
# 书面答复, 不予受理决定, 撤销原行政行为的决定 is left: a clause, not a modifier).
_DECISION_KIND = (r"重大|重要|行政|具体|明确|相应|正确|科学|书面|最终|初步|统一|专门|全面|有关|相关|不予|准予|"
                  r"许可|不予许可|受理|不予受理|撤销|维持|驳回|终止|中止|赔偿|补偿|强制|执行|处理|处分|复议|"
                  r"信息公开|公开|不公开|部分公开|告知|延期|批复|工作|战略|决策")

_RULE_OF_LAW = Msg(
    "“法治”指依法治理（法治政府、法治社会、法治建设、习近平法治思想）；“法制”指法律制度（重大执法决定法制审核）",
    "法治 is the rule of law (法治政府, 法治社会, 法治建设); 法制 is the legal system (法制审核)")

_REPORTED = Msg("“反映”指把情况、意见告知（反映问题、反映诉求）或体现；“反应”指受刺激后的变化、回应",
                "反映 is to report or reflect (反映问题, 反映诉求); 反应 is a reaction")

_PROCURATORATE = Msg("人民检察院是法律监督机关，写作“检察机关”（检察官、检察长、检察建议同）；“检查”意为查看",
                     "the procuratorate is the 检察机关 (so 检察官, 检察长, 检察建议); 检查 means to inspect")

_SOUND = Msg("“健全”指使完备（建立健全、健全制度）；“建全”不成词", "健全 is to perfect (建立健全, 健全制度); 建全 is no word")

_MECHANISM = Msg("“机制”指工作的制度和运行方式（长效机制、工作机制）；“机智”形容人聪明灵活（机智勇敢）",
                 "机制 is a mechanism (长效机制, 工作机制); 机智 means quick-witted (机智勇敢)")

_LEAKED = Msg("秘密、信息的走漏是“泄露”；“泄漏”指气体、液体漏出", "secrets and information are 泄露; 泄漏 is for gas or liquid")
_ASSESSED = Msg("对干部、人选的了解和评价，实地了解情况，都是“考察”；“考查”指按标准检查（考查成绩）",
                "cadres are 考察ed and places are visited to 考察; 考查 checks results against a standard")
_HANDED_DOWN = Msg("公文写“交代”（交代任务、交代工作）", "公文 writes 交代 (交代任务)")

PAIRS = (
    Pair("截止", "截至", r"(?!到)" + _TIME + r"[^。；]*?(?:\d|共|累计|已|全)", None,
         r"(?:日期|时间|报名|申报|申请|提交|投稿|招标|征集|缴费|受理)$",
         Msg("“截至”用于时间点之前，表示到该时为止（截至2023年底）；“截止”表示到期停止，用在时间之后（5月15日截止）",
             "截至 comes before a point in time (截至2023年底, up to); 截止 means to close, after the date (5月15日截止)")),
    Pair("必需", "必须", r"(?:" + _VERB[3:-1] + r"|持|如实|按时|按期|亮证|出示|佩戴|让|使|由|经(?!费)|以|用(?![品具房地])|有|于|先(?!进)|一律|进行|实行|执行|开展|公开|告知|报送|报请|"
         r"提请|提交|遵照|纳入|作为|做好|抓好|广泛|带头|率先|主动|自觉|坚决|按时|如实|定期|首先|事先|优先)", None, r"所$",
         Msg("“必须”是副词，用在动词前（必须坚持）；“必需”意为不可缺少（生活必需品、所必需的）",
             "必须 is an adverb before a verb (必须坚持, must); 必需 means indispensable (必需品)")),
    Pair("必须品", "必需品", None, None, None,
         Msg("不可缺少的物品是“必需品”", "indispensable goods are 必需品"), misspelt=True),
    Pair("制订", "制定", r"了?(?:法律|法规|规章|地方性法规|行政法规|政府规章|条例|行政规范性文件|规范性文件|"
         r"《[^《》]{2,40}(?:条例|规定|办法)》)", None, None,
         Msg("法律、法规、规章的“制定”是立法用语（《立法法》），不写“制订”",
             "laws and regulations are 制定 (the Legislation Law's word), not 制订")),
    # The abstract object may carry a modifier of its kind or weight (做出重大行政决策, 做出不予受理决定);
    # a meeting's resolution, a court's ruling, a law's interpretation are an organ's acts too
    # (做出决议决定12项, 做出不予受理裁定, 做出法律解释).
    Pair("做出", "作出", r"了?(?:" + _DECISION_KIND + r"){0,3}"
         r"(?:决定|决议|决策|部署|规定|判决|裁定|裁决|批示|指示|答复|承诺|法律解释|司法解释|行政处罚|处罚决定|复议决定|"
         r"行政复议决定|不起诉决定)",
         None, None,
         Msg("“作出”带抽象事物（作出决定、作出部署），是法律文件的用语；“做出”多带具体事物",
             "作出 takes abstract objects (作出决定, 作出部署), as the statutes write it; 做出 takes concrete ones")),
    # A decision named before the verb (复议决定做出后, 处罚决定作出之日): 作出, as with the object after it.
    Pair("做出", "作出", r"(?:后|之后|以后|前|之前|之日|的)", r"(?:决定|决策|判决|裁定|裁决|批复|处罚|处理意见)$", None,
         Msg("（决定、判决等）由机关依职权形成写“作出”", "an organ makes (a decision, a ruling): 作出")),
    Pair("法制", "法治", r"(?:政府|国家|社会|中国)", None, r"(?:民主|社会主义)$", _RULE_OF_LAW),
    # 法制建设, 法制意识, 法制宣传教育 and 纳入法制轨道 were usual until the 18th Central Committee's
    # fourth plenum (2014-10); the 七五 plan (2016) is one of 法治宣传教育, the plenum's words are
    # 在法治轨道上推进, and the police's goal since is 法治公安 (法治公安建设).
    Pair("法制", "法治", r"(?:建设|意识|观念|理念|精神|文化|素养|宣传教育|公安|轨道)", None, r"(?:民主|社会主义)$",
         _RULE_OF_LAW, 2015),
    # 法治思维和法治方式 (the 18th Congress, 2012) and 法治理论 (中国特色社会主义法治理论, the fourth
    # plenum) are the rule of law's; a 法制理论 of a report written since is 法治理论.
    Pair("法制", "法治", r"(?:思维|方式|理论)", None, r"(?:民主|社会主义)$", _RULE_OF_LAW, 2015),
    # The plenum's 法治化 (法治化营商环境, 工作法治化水平): 法制化 is the word of before it.  Not 法制保障
    # or 法制宣传, which a text quotes from before (全国法制宣传日 was the 12.4 day's name until 2014),
    # not 法制工作 or 法制委员会 (人大法制委员会, 政府法制工作: a body's name and its work).
    Pair("法制", "法治", r"化", None, r"(?:民主|社会主义)$", _RULE_OF_LAW, 2015),
    # 机制 typed as 机智 (both ji zhi): a 机制 is built, perfected and run; 机智 (quick-witted)
    # describes a person (机智勇敢, 机智地处置).
    Pair("机智", "机制", r"(?:建设|体系|改革|创新|运行|健全|完善|不健全|不完善|作用)", None, None, _MECHANISM),
    Pair("机智", "机制", None, r"(?:长效|工作|体制|运行|协调|联动|管理|保障|考核|监督|责任|激励|约束|监管|协作|会商|"
         r"联席|评价|预警|动力|治理|领导|决策|执法|衔接|沟通|共享|调处|化解|审查|投入|防控|应急)$", None, _MECHANISM),
    # A 机制 is named by what it does, the word before it (排查机制, 督促机制, 双轨机制, 常态化机制), and a
    # clause or a list item ends on it (健全…排查机智，提升…; 建立…督改机智、…).  机智 (quick-witted)
    # ends a clause only after the person it describes or a word of manner beside it (民警沉着机智，
    # 勇敢机智、), never after what an office builds.
    Pair("机智", "机制", r"(?:[，。、；：！？）)”\s]|$|和|与|及|等|建设|体系)", r"[\u4e00-\u9fff]{2}",
         r"(?:沉着|冷静|勇敢|聪明|灵活|果断|英勇|果敢|敏捷|幽默|勇猛|睿智|干练|老练|稳重|智慧|机敏|细心|善良|"
         r"[很更最较太真极挺既又而且也都和与、])$", _MECHANISM),
    Pair("依法制国", "依法治国", None, None, None,
         Msg("“依法治国”是治国方略，写“治”", "依法治国: to govern (治) the country by law")),
    Pair("法治审核", "法制审核", None, None, None,
         Msg("“重大执法决定法制审核”是《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》"
             "（国办发〔2018〕118号）的规范用语，写“法制”",
             "重大执法决定法制审核 is the official name (国办发〔2018〕118号): 法制, not 法治")),
    Pair("权利", "权力", r"(?:清单|机关|运行|寻租|制约|关进制度的笼子)", None, None,
         Msg("“权力”指职权、支配力量（权力清单、国家权力机关）；“权利”指依法享有的利益（公民权利）",
             "权力 is power and authority (权力清单, 权力机关); 权利 is a right (公民权利)")),
    # What an administration holds is power, listed and exercised: 行政权力事项清单, 行使行政权力,
    # 行政权力运行 (a citizen's rights against it are 行政相对人的权利, never 行政权利).
    Pair("权利", "权力", r"(?:事项|职权|清单|目录|运行|监督|制约|下放|承接)", r"行政$", None,
         Msg("行政机关行使的是“行政权力”（行政权力事项清单、行政权力运行）；“权利”指依法享有的利益",
             "an administration exercises 行政权力 (power: 行政权力事项清单); 权利 is a right")),
    # What a state organ exercises is power (宪法第三条: 国家机关…行使国家权力; 监督法: 确保行政权、
    # 监察权、审判权、检察权依法正确行使): an organ that 行使权利 in its own clause holds a right it has not.
    Pair("权利", "权力", None, r"(?:国家|行政|行政执法|执法|审判|检察|监察|司法|权力)机关"
         r"(?:依法|正确|规范|严格|充分|切实|依法正确|依法规范)?行使$", None,
         Msg("国家机关行使的是职权，即“权力”（依法行使权力）；“权利”是公民、法人依法享有的利益",
             "a state organ exercises power, 权力 (依法行使权力); 权利 is a right a citizen or a body holds"),
         reach=14),
    # The same where the organ opens the sentence, however long, and the power is the one the
    # constitution and the laws give it (市人大常委会坚持党的领导，……，切实行使宪法法律赋予的权利): what an
    # organ is given is its power (职权).  Not where the clause of 行使 names whose rights the organ
    # protects (保障公民依法行使宪法赋予的权利, 支持代表行使…的权利).
    Pair("权利", "权力", None, r"(?:常委会|人大|人民代表大会|检察院|检察机关|人民法院|法院|审判机关|人民政府|政府|监委|"
         r"监察机关|国家机关)[^。；！？]{0,160}?行使(?:(?:宪法和?法律|宪法|法律)(?:所)?(?:赋予|规定)的)?$",
         r"(?:保障|维护|尊重|支持|引导|确保|保证|帮助|公民|群众|当事人|选民|代表|委员(?!会)|村民|居民|职工|妇女|"
         r"儿童|未成年人|企业|组织|律师|申请人|被告|原告|人民(?!代表大会|法院|检察院|政府))[^。；！？，,]*$",
         Msg("国家机关行使的是宪法法律赋予的职权，即“权力”（依法行使职权）；“权利”是公民、法人依法享有的利益",
             "a state organ exercises the power the constitution and the laws give it (职权, 权力); 权利 is a right a "
             "citizen or a body holds"),
         reach=200),
    Pair("权力", "权利", None, r"(?:公民|民事|人身|财产|诉讼|陈述|申辩|知情|合法)$", None,
         Msg("“权利”指依法享有的利益（公民权利、诉讼权利）；“权力”指职权、支配力量",
             "权利 is a right (公民权利, 诉讼权利); 权力 is power and authority")),
    # A right is protected, respected or enjoyed (保障其权利, 维护群众的合法权益和权利, 享有…权利);
    # power is exercised and checked, and 保障权力运行 / 维护权力在阳光下行使 speak of its running.
    Pair("权力", "权利", r"(?![^，。；]{0,6}(?:运行|行使|规范|在阳光下))", r"(?:保障|维护|尊重|侵犯|侵害|享有|保护)"
         r"(?:其|自身|自己的|他们的|[\u4e00-\u9fff]{1,6}的)?$", None,
         Msg("受保障、受尊重、被侵犯的是“权利”（保障其权利）；“权力”指职权、支配力量",
             "what is protected, respected or violated is a right, 权利 (保障其权利); 权力 is power and authority")),
    # 权利 and 义务 are a pair (当事人的权利和义务): 权力 (power) has no 义务 beside it.
    # What the people, citizens or parties are made aware of is their rights: 群众的权利意识 (权力意识 is an
    # official's sense of his power, written of officials, never of the governed).
    Pair("权力", "权利", r"意识", r"(?:群众|公民|人民|农民|村民|居民|妇女|职工|消费者|劳动者|当事人|青少年|未成年人)的?$", None,
         Msg("群众、公民依法享有的是“权利”，提高的是“权利意识”；“权力”指职权、支配力量",
             "what citizens hold is rights: their 权利意识; 权力 is power and authority")),
    Pair("权力", "权利", r"(?:和|与|及|、)?义务", None, None,
         Msg("与“义务”相对的是“权利”（权利和义务）；“权力”指职权、支配力量",
             "the counterpart of 义务 (duty) is 权利 (a right); 权力 is power and authority")),
    # The right to obtain government information (公民、法人和其他组织依法获取政府信息: the 条例's first
    # article) is a right held, never a power: 获取政府信息的权力 is 权利.
    # Rights named and then summed up (选举权、被选举权等各项权利): what a person holds is a right; the
    # powers an office holds (处罚权, 审批权, 检察权) are left out of the list.
    Pair("权力", "权利", None, r"(?:选举权|知情权|参与权|表达权|财产权|人身权|受教育权|劳动权|休息权|隐私权|名誉权|继承权|"
         r"收益权|陈述权|申辩权|听证权|救济权|诉讼权|求偿权)(?:[、和及与][\u4e00-\u9fff]{1,4}权)*(?:在内的|等)"
         r"(?:各项|各种|合法|基本|民主|政治)?(?:(?:宪法|法律)(?:赋予|规定|保障)的)?$", None,
         Msg("选举权、知情权等是公民依法享有的“权利”；“权力”指职权、支配力量",
             "选举权, 知情权 and the like are rights held (权利), not power (权力)"), reach=24),
    Pair("权力", "权利", None, r"(?:获取|获得|查阅|知悉)[\u4e00-\u9fff]{0,4}信息的$", None,
         Msg("获取信息是公民、法人和其他组织依法享有的“权利”；“权力”指职权、支配力量",
             "obtaining information is a right held (权利), not power (权力)")),
    # 做到 (to achieve) typed 作到 (both zuo dao): 作到 is no word; it stands where 做到 follows an adverb
    # or a verb of will, or opens a clause (切实作到, 确保作到, ，作到应公开尽公开).  作 closing a word
    # (工作到位, 写作到深夜, 合作到期) has none of these before it.
    Pair("作到", "做到", None, r"(?:[，,。；：、（(\n]|切实|真正|努力|确保|基本|全面|坚持|力争|力求|争取|尽量|必须|务必|"
         r"始终|全部|均|都|已|要|能|应|并|才能|以|和)$", None,
         Msg("“做到”意为达到某种要求（切实做到、确保做到）；“作到”不成词", "做到 means to achieve (切实做到); 作到 is no word"), misspelt=True),
    Pair("反应", "反映", r"(?:了|出|给|问题|情况|诉求|意见|建议|的问题)", None,
         r"(?:化学|不良|过敏|连锁|强烈|迅速|快速|应急|及时)$",
         _REPORTED),
    # Where people report (反映) a problem: a window, a channel, a hotline set up for it (设立“办不成事”
    # 反映窗口, 畅通诉求反映渠道).  A reaction's channel is a quick one, named so (快速反应通道, 应急反应
    # 平台), and stops it.
    Pair("反应", "反映", r"(?:窗口|渠道|通道|途径|信箱|热线|专线|平台|专区)", None,
         r"(?:化学|不良|过敏|连锁|快速|迅速|应急|及时|紧急|急|快|联动)$",
         Msg("向有关部门“反映”问题、诉求的窗口和渠道是“反映窗口”“反映渠道”；“反应”指受刺激后的变化、回应",
             "a window or channel for reporting problems is a 反映窗口 or 反映渠道; 反应 is a reaction")),
    # 反应 as a verb before a longer object that ends in what one reports (重点反应基层执法中的突出
    # 问题, 如实反应群众的意见): 反映.  A reaction is described, not reported: what says how it
    # went (反应迟缓的问题, 反应速度, 反应机制不健全) or what reacts (反应堆) stops it.
    Pair("反应", "反映", _REPORTED_OBJECT, None,
         r"(?:化学|不良|过敏|连锁|强烈|迅速|快速|应急|及时|核|的|之|作出|做出|有|无|没有|引起|引发|产生|出现)$",
         _REPORTED),
    # The public's mind, said in one word, is reported, however promptly (及时反映社情民意): no reaction
    # takes it as its object.
    Pair("反应", "反映", r"(?:社情民意|民情民意|民意|民情)", None, r"(?:化学|不良|过敏|连锁)$",
         _REPORTED),
    # What people report much or strongly (群众反映强烈的问题, 居民反映较多的停车难问题): the people who
    # report it before, how much they do and the problem after.  A reaction stands alone or is of
    # a market or a policy (市场反应积极, 群众反应热烈).
    Pair("反应", "反映", r"(?:较多|强烈|集中|突出|比较集中|较为集中|最多|最强烈|最集中|多)的[^，。；！？\n]{0,14}?"
         r"(?:问题|事项|情况|诉求|现象|难题|领域|行业)", _PEOPLE, None,
         Msg("群众“反映”问题（反映强烈、反映较多的问题）是把情况告知；“反应”指受刺激后的变化、回应",
             "people 反映 (report) problems (反映强烈、反映较多的问题); 反应 is a reaction")),
    # 健全 typed as 建全 (both jian quan), where 健全 is the verb or what is perfected: 建立建全,
    # 不断建全, 建全制度.  建 then 全 is right elsewhere (修建全长5公里, 新建全市首个).
    Pair("建全", "健全", r"(?:完善|制度|机制|体系|组织|规章|长效|工作|各项|相关|管理|责任|档案|台账|法规|法制|网络|"
         r"机构|队伍|基层|考核|监督)", None, r"(?:修|新|组|创|扩|改|筹|援|兴|搭|营|重|再|共|自|在)$", _SOUND, misspelt=True),
    Pair("建全", "健全", None, r"(?:建立|不断|进一步|逐步|加快|全面|完善|并|和|与|、|要|需|须|待|未|不)$", None, _SOUND, misspelt=True),
    # 健全 opening a clause or an item (二是建全…体系, 。建全领导体制, 着力建全政务公开机制): 建 opens one
    # too in 建全长5公里的道路 or 建全市首个…, where 全 begins the next word (全长, 全市, 全国, 全部).
    Pair("建全", "健全", r"(?![国省市县区州盟旗镇乡村街社域部面长程套新年天体民员方位覆球力])",
         r"(?:[。，；：！？（(\n]|^|[一二三四五六七八九十]是|着力|以|为|先)", None, _SOUND, misspelt=True),
    # 加大 typed as 加入 (jia da, jia ru on a phone's keys) before the 力度 it increases: 加入执法监督力度.
    Pair("加入", "加大", r"(?:对)?[^，。；、：！？\n]{0,10}?力度", None, None,
         Msg("增加力度是“加大力度”（加大执法监督力度）；“加入”意为参加", "force is increased: 加大…力度; 加入 means to join")),
    Pair("布署", "部署", None, None, None,
         Msg("“部署”是规范写法，“布署”不规范", "部署 is the standard form; 布署 is not a word")),
    # The procuratorate is the 检察院 (监察 its supervision, 检察 its office); 检查院 names no body.
    Pair("检查院", "检察院", None, None, None,
         Msg("人民检察院是国家的法律监督机关，写作“检察院”；“检查院”不是机关名称",
             "the procuratorate is the 检察院; 检查院 names no body"), misspelt=True),
    # The procuratorate's words (检察机关, 公益诉讼检察, 检察建议) typed 检查 (both jian cha) in a text
    # about the procuratorate (it writes 检察 twice or more): a report on its work (全市检查机关共批捕…, 牢记检查机关政治本色).  An
    # inspection body (由检查机关出具整改通知) belongs to a text that never names the procuratorate;
    # 检查官, 检查长 are left alone (检查官方网站, 检查长效机制).
    Pair("检查机关", "检察机关", None, None, None, _PROCURATORATE, subject="检察"),
    # Whatever the text is about, the body that prosecutes, arrests or brings a public-interest suit in
    # its own clause is the procuratorate (配合检查机关开展公益诉讼).
    Pair("检查机关", "检察机关", r"[^，。；！？\n]{0,12}?(?:公益诉讼|提起公诉|公诉|批准逮捕|批捕|审查起诉|抗诉|检察建议|立案监督|侦查监督)",
         None, None, _PROCURATORATE),
    Pair("检查", "检察", r"(?:建议|职能|监督|工作|履职|案件)", r"(?:公益诉讼|行政|民事|刑事|未成年人|控告申诉)$", None, Msg(
        "检察院的业务写“检察”（公益诉讼检察、刑事检察、检察建议）；“检查”意为查看",
        "the procuratorate's work is 检察 (公益诉讼检察, 刑事检察); 检查 means to inspect"), subject="检察"),
    # In a text about the procuratorate (it writes 检察 twice or more), 检查 before a word of the
    # procuratorate's own office is 检察 typed by its sound: its proposals, its chief and its officers
    # (检查建议, 检查长, 检查官), its work and business (检查业务, 检查事业, 检查为民, 检查护企, 检查履职),
    # its functions and duties (检查职能, 检查监督职责), its work's progress (检查工作高质量发展).  An
    # inspection is 检查组, 检查中发现, 检查工作时指出, 检查长效机制, 检查官方网站: none of these.
    Pair("检查", "检察", r"(?:建议|长(?![效期远久度])|官(?![方网])|业务|事业|为民|护企|履职|职能|职权|职责|权(?![威益限利责])|"
         r"听证|干警|一体化|监督(?:职责|职能|职权|工作|办案)|工作(?:高质量|现代化|报告|创新|理念|全局|格局|新局面|实现|取得))",
         None, r"(?:安全|卫生|执法|专项|监督|联合|日常|随机|全面|例行|开展|进行|接受|组织|迎接|督导|体格|健康|质量|消防)$",
         _PROCURATORATE, subject="检察"),
    # A law takes effect, 施行 (立法法: 自…起施行); 实行 is a policy or a system put into practice
    # (实行河长制).  Only with the date it takes effect from and a rule's title or 本条例/本办法 before.
    Pair("实行", "施行", r"[。；，]|$", r"(?:》|本条例|本办法|本规定|本细则|本决定|本法)[^。；]{0,12}自[^。；]{2,24}起$", None,
         Msg("法律、法规、规章生效写“施行”（自……起施行，《立法法》用语）；“实行”指实施某种制度、政策",
             "a law takes effect: 自……起施行 (the Legislation Law's word); 实行 is to put a system or policy in practice"),
         reach=48),
    # An epidemic or a flood breaks out suddenly: 暴发 (疫情暴发, 山洪暴发); 爆发 is of a war, a volcano, a crisis.
    Pair("爆发", "暴发", None, r"(?:疫情|传染病|新冠肺炎|肺炎|疾病|山洪|洪水|泥石流|病毒)$", None,
         Msg("疫情、传染病、山洪突然发生写“暴发”（疫情暴发）；“爆发”多指战争、火山、危机等",
             "an epidemic or a flood breaks out: 暴发 (疫情暴发); 爆发 is of a war, a volcano, a crisis")),
    # 部署 is a plan laid out (工作部署, 决策部署, 作出部署); 部属 is a subordinate, and 部属高校 an institution
    # under a ministry: after a word that lays plans out, and not before such an institution, it is 部署.
    Pair("部属", "部署", r"(?!高校|单位|企业|院校|机构|医院|事业|学校)", r"(?:工作|决策|战略|全面|统一|专题|周密|安排|作出|作了|"
         r"进行了?|研究|精心|重要|重大|各项|具体|中央|党中央|上级)$", None,
         Msg("安排、布置写“部署”（工作部署、决策部署）；“部属”指部下或部委所属（部属高校）",
             "a plan laid out is 部署 (工作部署, 决策部署); 部属 is a subordinate or what a ministry runs (部属高校)")),
    # 期间 is the span of something named before it (活动期间, 疫情期间); opening a sentence alone, "in that
    # time", it is 其间 (其: that).
    Pair("期间", "其间", r"[，,]", r"(?:^|[。；！？\n])$", None,
         Msg("句首单用、指“那段时间”写“其间”；“期间”前面要有所指的时段（活动期间）",
             "opening a sentence alone, “in that time”, is 其间; 期间 follows the span it names (活动期间)")),
    # The same opening a clause after a comma (活动为期三个月，其间共走访企业120家).
    Pair("期间", "其间", r"(?:共|先后|累计|还|又|多次|[\u4e00-\u9fff]{0,2}(?:组织|开展|召开|举办|收到|接待|发现|查处|办理|走访|调解|排查|检查))",
         r"[，,]$", None,
         Msg("分句开头单用、指“那段时间”写“其间”；“期间”前面要有所指的时段（活动期间）",
             "opening a clause alone, “in that time”, is 其间; 期间 follows the span it names (活动期间)")),
    # A system, a platform or a seal is put into use: 启用 (启用新系统, 正式启用); 起用 is to appoint a person.
    Pair("起用", "启用", None, r"(?:系统|平台|软件|印章|公章|新|正式|投入|上线|设备|场所|专栏|网站)(?:后|以来)?$", None,
         Msg("开始使用（系统、平台、印章）写“启用”；“起用”指任用人员", "putting a system or a seal into use is 启用; 起用 is to appoint someone")),
    Pair("起用", "启用", r"(?:后|以来|以后|当天)?[，。、；]|(?:运行|使用)", r"(?:系统|平台|软件|印章|公章|设备|网站)$", None,
         Msg("开始使用（系统、平台、印章）写“启用”；“起用”指任用人员", "putting a system or a seal into use is 启用; 起用 is to appoint someone")),
    # 新华社受权发布: the agency publishes as it is authorised to (受权); 授权 is to authorise another.
    Pair("授权", "受权", r"发布", r"(?:新华社|新华通讯社)$", None,
         Msg("通讯社奉命发布写“受权发布”（新华社受权发布）；“授权”指把权力交给别人",
             "an agency publishing as authorised writes 受权发布 (新华社受权发布); 授权 is to authorise another")),
    Pair("申议", "审议", None, None, None,
         Msg("会议讨论并决定是“审议”", "a meeting's deliberation is 审议")),
    # 即使……也 (even if): 既使 is no word; it is 即使 typed by its sound (jí/jì), with the concession's 也、都 or
    # 仍 after it in the sentence.
    Pair("既使", "即使", r"[^。！？；]{1,40}?[也都仍还]", None, None,
         Msg("表示让步的连词是“即使”（即使……也……），“既使”不成词", "the concessive conjunction is 即使 (即使……也); 既使 is not a word"), misspelt=True),
    # 即 (at once, then) before a verb: 一审即服判息诉, 发现即整改.  既 is one half of 既……又/也/且 and stands
    # in words of its own (既然, 既往, 既定, 既有); one with no second half in its sentence is 即 typed
    # by its sound.  Not where the two make one word with the character before or after (立即, 随即,
    # 即时, 即将: a misspelt word, typo's).
    Pair("既", "即", r"(?![然往定得成遂有是使时日刻将便])(?=[\u4e00-\u9fff])(?![^。！？\n]{0,80}?(?:又|也|且|还|亦|更|同时|并|兼|而))",
         None, r"[立随旋当迅一如不咎]",
         Msg("表示“就、便”写“即”（一审即服判息诉、发现即整改）；“既”须与“又、也、且”搭配（既……又……）",
             "“at once, then” is 即 (一审即服判息诉); 既 pairs with 又/也/且 (既……又……)")),
    Pair("勿必", "务必", None, None, None,
         Msg("“务必”意为必须，“勿必”不成词", "务必 means must; 勿必 is not a word")),
    Pair("急待", "亟待", r"(?:解决|加强|提高|提升|改进|完善|破解|补齐|规范|健全)", None, None,
         Msg("公文写“亟待解决”（亟：急切）", "公文 writes 亟待 (urgently awaiting)")),
    Pair("共商国事", "共商国是", None, None, None,
         Msg("成语是“共商国是”（国是：国家大计）", "the set phrase is 共商国是")),
    Pair("泄漏", "泄露", r"(?:了)?(?:国家秘密|秘密|信息|隐私|个人信息|商业秘密|工作秘密|内容|情况|数据)", None, None,
         _LEAKED),
    # Whose secret stands between (泄漏当事人隐私, 泄漏举报人信息): the secret still ends the object.
    Pair("泄漏", "泄露", r"(?:了)?[^，。；、\n]{1,6}?(?:的)?(?:国家秘密|商业秘密|工作秘密|隐私|个人信息|案情)", None, r"(?:气|油|水|液|毒|物|料)$",
         _LEAKED),
    # Information that was let out is named before the word as often as after it (国家秘密泄漏).
    Pair("泄漏", "泄露", None, r"(?:秘密|信息|隐私|数据|案情|内容)被?$", None,
         _LEAKED),
    # A cadre is 考察ed (the Party's rules on selecting cadres: 考察对象, 干部考察); 考查 checks a
    # student's or a skill's results against a standard (考查成绩).
    Pair("考查", "考察", r"(?:干部|人选|对象|调研)", None, None,
         _ASSESSED),
    Pair("考查", "考察", None, r"(?:干部|人选|对象|实地|调研)(?:进行|开展|组织)?$", None,
         _ASSESSED),
    # Tasks are 交代ed (上级交代的任务): the form 公文 writes; 交待 stays in the law's confession
    # (交待犯罪情节), where legal texts keep it.
    Pair("交待", "交代", r"的?(?:任务|工作|事项|政策)", None, None,
         _HANDED_DOWN),
    Pair("交待", "交代", None, r"(?:上级|领导|组织|群众)$", None,
         _HANDED_DOWN),
    # Beside a supervisory commission (监委, since 2018) the commission is the discipline one, 纪委:
    # the planning commission (计委) became the development and reform commission in 2003.
    Pair("计委", "纪委", r"[、和与及]?(?:[省市区县州乡镇])?监委", None, None,
         Msg("与监委并称的是“纪委”（纪委监委）；“计委”是已撤并的计划委员会",
             "beside 监委 the commission is 纪委 (discipline); 计委 was the planning commission")),
    Pair("涵义", "含义", None, None, None,
         Msg("公文写“含义”", "公文 writes 含义")),
    Pair("漫延", "蔓延", None, None, None,
         Msg("规范写法是“蔓延”", "the standard form is 蔓延")),
)


_TITLE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _period_start(doc: Document) -> Optional[int]:
    """The report's year, or the first year its title names when it is on part of a year or
    on several (2023年上半年工作总结, “七五”普法总结（2016—2020年）): the report is on that
    year or later; else the year of the latest formulation it quotes (``_era``)."""
    year = report_year(doc)
    if year:
        return year
    found = title(doc)
    years = [int(y) for y in _TITLE_YEAR.findall(found.text)] if found is not None else []
    if years:
        return min(years)
    return _era(doc.folded)


# What a text quotes dates it when it names no year of its own: a page cut from a report, a
# news story, a summary without its title.  Each formulation was first written in its year.
_ERA_MARKS = (
    ("党的二十大", 2022), ("二十届", 2022), ("习近平法治思想", 2020), ("十四五", 2020),
    ("2021—2025", 2021), ("2021-2025", 2021), ("中央全面依法治国委员会", 2018),
    ("习近平新时代中国特色社会主义思想", 2017), ("党的十九大", 2017), ("十九届", 2017),
    ("两个维护", 2018), ("四个意识", 2016), ("四个自信", 2016),
)


def _era(text: str) -> Optional[int]:
    """The latest year of a formulation the text quotes (党的二十大: 2022), or None."""
    years = [year for mark, year in _ERA_MARKS if mark in text]
    return max(years) if years else None


@lru_cache(maxsize=1)
def _compiled():
    by_word: Dict[str, List[tuple]] = {}
    for pair in PAIRS:
        by_word.setdefault(pair.wrong, []).append((
            pair,
            re.compile(pair.after) if pair.after else None,
            re.compile(r"(?:" + pair.before + r")\Z") if pair.before else None,
            re.compile(r"(?:" + pair.not_before + r")\Z") if pair.not_before else None,
        ))
    return by_word


_wording.needle_source("confusable-word", lambda: [pair.wrong for pair in PAIRS])


@rule(
    code="LL602",
    name="confusable-word",
    script="simplified",
    severity="warning",
    summary="公文易混淆词用错：截止/截至、必需/必须、法制/法治、权利/权力、反应/反映、做出/作出",
    summary_en="A word confused with its look-alike in 公文, decided by context (截止/截至, 必需/必须, 法制/法治, 权利/权力)",
    why=(
        "截至/截止、必须/必需、制定/制订、作出/做出、法治/法制、权力/权利、反映/反应等词在公文中常被混用。"
        "本规则只在上下文能够判定时报告：截止后接日期和数字、必需后接动词、法制政府、法治审核、权利清单、反应问题等；"
        "上下文无法判定的（做出贡献、制订计划）不报告。公文易混淆词表所列写错而不成词的（布署、申议、勿必）也由本规则报告；"
        "表外写错而不成词的（检查院、作到、建全）是错别字，由typo报告。"
    ),
    why_en=(
        "Pairs such as 截至/截止, 必须/必需, 制定/制订, 作出/做出, 法治/法制, 权力/权利 and 反映/反应 are often "
        "mixed up in official documents. The rule reports one only where the context decides it: 截止 before a date "
        "and a figure, 必需 before a verb, 法制政府, 法治审核, 权利清单, 反应问题; where it does not (做出贡献, "
        "制订计划) nothing is reported. The misspellings the list of 公文 confusable words names (布署, 申议, 勿必) are "
        "reported here too; other words misspelt into no word (检查院, 作到, 建全) are typos, reported by typo."
    ),
    bad=[
        "鼓励人们维护残疾人的尊严，保障其权力和幸福。",
        "加强对“一府一委两院”工作的监督，确保国家机关依法行使权利、履行职责。",
        "既使遇到困难，也要按期完成整改任务；2023年制订了《行政规范性文件管理办法》，群众权力意识明显增强。",
        "《某市行政执法监督办法》自2024年1月1日起实行；新冠肺炎疫情爆发以来，全县司法行政系统坚守岗位。",
        "贯彻落实中央政法委员会工作部属、指示和决定，对全年工作进行了全面部属。",
        "专项行动持续三个月。期间，全市警情同比下降12.6%。",
        "新系统起用后运行平稳，新华社授权发布公报。",
        "全年审结一审民商事案件3200件，一审既服判息诉率达92%；对反映的问题做到发现既整改。",
        "专项行动为期三个月，期间共走访企业120家；行政处罚决定做出之日起，当事人可依法申请复议；严禁泄漏当事人隐私；执法人员必需持证上岗。",
        "保障村民依法行使宪法赋予的选举权、被选举权等各项权力。",
        "便于村（居）民依法行使选举权、建议权、监督权等宪法赋予的权力。",
        "涉及群众切身利益的重大决策，必需让社会广泛知晓，必需经合法性审查。",
        "严防国家秘密泄漏；对拟提拔干部进行考查；县计委、县监委联合开展专项检查；对上级交待的任务及时落实。",
        "依法保障公民、法人和其他组织获取政府信息的权力。",
        "截止2023年12月31日，全区共办理行政复议案件56件。",
        "截止11底，全县共受理行政复议申请36件。",
        "对居民反应较多的停车难问题，逐一建立台账，把干部群众关注、反应强烈的问题列为公开重点。",
        "进一步加入执法监督力度，确保各项工作落实到位。",
        "各级行政机关必需严格依法行政，自觉接受监督。",
        "加快建设职能科学、权责法定的法制政府。",
        "严格落实重大执法决定法治审核制度，审核案件120件。",
        "全面推行权利清单和责任清单制度，规范权力运行。",
        "畅通诉求表达渠道，群众反应问题件件有回音。",
        "行政机关应当依法作出行政处罚决定，保障当事人的陈述权力和申辩权利。",
        "开展保密教育，严防泄漏国家秘密。",
        "坚持依法制国、依法执政、依法行政共同推进。",
        "建立健全矛盾纠纷多元化解长效机智，形成工作合力。",
        "驻村法律顾问重点反应村级事务管理中存在的突出问题。",
        "在政务服务大厅设立“办不成事”反应窗口，畅通诉求反应渠道。",
        "街道共做出重大行政决策16项，均履行了公众参与、合法性审查和集体讨论决定程序。",
        "领导干部必需带头尊法学法守法用法，党员必需主动亮明身份。",
        "配合检查机关开展公益诉讼，及时反应社情民意，严格按照规定程序制订规范性文件。",
        "2023年，我局持续培养干部法制思维和法制方式。",
        "截止目前，全区已办结行政复议案件42件。",
        "执法人员主动告知当事人依法享有的权力和义务。",
        "动态调整行政权利事项清单，全年承接省级下放事项26项。",
        "深入学习贯彻党的二十大精神，持续提升生态环境执法法制化水平。",
        "健全重大决策风险评估机制，完善矛盾纠纷多元排查机智，推动问题就地化解。",
        "2023年，县人民检察院受理审查起诉案件386件，制发检察建议41件。全县检查机关坚持能动检察，办理公益诉讼检查案件32件。",
        "区人民检察院坚持能动检察，全年制发检查建议41件，检查长列席审判委员会会议3次。",
        "常委会全年做出决议决定12项，法院依法做出不予受理裁定3件。",
        "市人大常委会坚持党的领导，依法行使宪法法律赋予的权利，全年听取审议专项工作报告12个。",
    ],
    good=[
        "既要抓好疫情防控，又要推动经济发展；坚持既定方针，巩固既有成果；对群众反映的问题做到立即整改、随即反馈。",
        "专项行动期间，共走访企业120家；处罚决定作出后，当事人未申请复议；燃气管道泄漏事故信息报送及时。",
        "新系统启用后运行平稳，新华社受权发布公报，起用年轻干部12名，依法授权发布信息。",
        "专项行动持续三个月。其间，全市警情同比下降12.6%；行动期间，共出动警力3200人次。",
        "与部属高校、部属单位开展合作，带领部属坚守岗位，作出工作部署。",
        "我县自2023年起实行河长制，全面实行行政执法公示制度；2020年初疫情暴发以来，全县坚守岗位。",
        "即使遇到困难，也要按期完成整改任务；2023年制订了年度普法工作计划，领导干部的权力意识和责任意识不断增强。",
        "引导当事人在行政机关面前依法行使权利，督促行政机关依法行使权力。",
        "依法行使行政处罚权等权力，人大常委会依法行使宪法赋予的权力；保障必需经费、办公必需用品。",
        "燃气泄漏事故应急演练；组织学业考查；1998年国家计委、国家经贸委联合发文；如实交待犯罪情节。",
        "保障权力在阳光下运行，加强对权力运行的制约和监督。",
        "各项整改工作到位，合作到期后按程序续签协议，依法行使获取证据的权力。",
        "政策出台后市场反应积极，活动开展后群众反应热烈，对群众反映强烈的问题逐一销号。",
        "开通应急反应通道，建立快速反应平台，设立“办不成事”反映窗口。",
        "截至2023年12月31日，全区共办理行政复议案件56件。",
        "配合县人民检察院开展公益诉讼，联合开展安全生产检查。",
        "申报材料报送时间截止2023年12月31日。",
        "修建全长5公里的应急通道，新建全市首个法治文化公园。",
        "新加入的律师事务所主动参与公益法律服务，服务力度不断加大。",
        "各级行政机关必须严格依法行政，自觉接受监督；保障群众生活必需品供应，提供工作所必需的经费。",
        "街道做出的成绩为科学决策提供了依据，为全区发展做出重大贡献；执法必需装备按时配发到位。",
        "加快建设职能科学、权责法定的法治政府，配齐配强法制机构人员。",
        "严格落实重大执法决定法制审核制度，审核案件120件。",
        "全面推行权力清单和责任清单制度，依法保障公民权利。",
        "规范行使行政权力事项，依法保障行政相对人的权利和行政复议申请人的各项权利。",
        "深入学习贯彻党的二十大精神，县人大法制委员会开展专项调研，组织全国法制宣传日主题活动。",
        "救援队员沉着机智、果断处置，营救被困群众12人。",
        "新建全长4.6公里的防洪堤。建全市首个法治文化公园，创建全省法治建设示范县。",
        "市场监管部门会同消防救援机构开展联合检查，由检查机关出具整改通知书。",
        "配合检察院开展公益诉讼，由县市场监管局等检查机关开展专项检查工作。",
        "群众反映问题件件有回音，应急反应迅速。",
        "局党组专题研究部署法治政府建设工作，为全区发展做出了积极贡献。",
        "化学品泄漏事故应急演练，检验应急反应能力。",
        "加强社会主义民主法制建设是党的十五大提出的任务。",
        "区司法局作为区政府的法治机构，统筹推进合法性审查工作。",
        "执法人员机智处置突发事件，建立健全矛盾纠纷多元化解长效机制。",
        "部分执法单位对投诉举报反应迟缓的问题仍然存在，建立舆情快速反应机制回应群众关切的问题。",
        "2023年，我局持续培养干部法治思维和法治方式，把群众满意作为唯一标准。",
        "截至目前，已完成全部整改任务；申报工作于5月底截止。",
        "依法告知当事人的权利和义务，把权力关进制度的笼子，厘清权力和责任。",
        "区人民检察院坚持能动检察，配合开展安全检查，检查组发现问题12个，建立检查长效机制。",
        "市人大常委会保障代表依法行使宪法法律赋予的权利，人民法院依法保障当事人行使法律赋予的权利。",
    ],
    fixable="unsafe",
)
def confusable_word(doc: Document) -> Iterator[Finding]:
    return iter(_found(doc)[0])


def findings(doc: Document) -> List[Finding]:
    """The pairs' findings, computed once a document: this rule's and the misspelt words the
    typo rule reports (``misspellings``); the typo rule leaves their places alone."""
    return _found(doc)[2]


def misspellings(doc: Document) -> List[Finding]:
    """Findings of the pairs whose written word is no word (布署, 勿必): the typo rule's."""
    return _found(doc)[1]


def _found(doc: Document):
    def scan(d):
        both = list(_scan(d))
        return ([f for f, misspelt in both if not misspelt], [f for f, misspelt in both if misspelt],
                [f for f, _ in both])
    return doc.memo("wording-confusable", scan)


def _scan(doc: Document) -> Iterator[Tuple[Finding, bool]]:
    by_word = _compiled()
    text = doc.folded
    year: Optional[int] = None
    written: Dict[str, int] = {}  # a subject's word: how often the text writes it (counted once)
    for start, word in _wording.occurrences(doc, by_word.keys()):
        end = start + len(word)
        for pair, after, before, not_before in by_word[word]:
            head = text[max(0, start - pair.reach):start]
            if after is not None and not after.match(text, end):
                continue
            if before is not None and not before.search(head):
                continue
            if not_before is not None and not_before.search(head):
                continue
            if pair.subject:
                if pair.subject not in written:
                    written[pair.subject] = text.count(pair.subject)
                if written[pair.subject] < _SUBJECT_MIN:
                    continue
            if pair.since:
                year = _period_start(doc) if year is None else year
                if not year or year < pair.since:
                    year = year or 0
                    continue
            yield Finding(
                start, end,
                Msg(f"{quote(word)}应为{quote(pair.right)}", f"{quote(word)} should be {quote(pair.right)} here"),
                help=Msg(f"改为{quote(pair.right)}：{pair.why.zh}", f"write {quote(pair.right)}: {pair.why.en}"),
                fix=Fix((Edit(start, end, pair.right),), safe=False,
                        description=Msg(f"改为{quote(pair.right)}", f"write {quote(pair.right)}")),
            ), pair.misspelt
            break
