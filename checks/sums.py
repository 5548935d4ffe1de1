"""sum-mismatch (LL303): totals, net changes, counts of kinds and structures the figures contradict.

The number model (lintlaw.numbers) reads each claim: a stated total and its
parts (before or after them), a part larger than its whole, a net change
(由A增加到B，净增N), a count of kinds against the items listed (三类：A、B、C、D;
五个方面：一是…; 四个方面 followed by （一）…（三）), a structure in shares that
must make 100 (三次产业结构 a∶b∶c; 从…看，A占x%，…，其他占y%), the 合计/总计/小计 row or
column of a Word table, or of a table pasted as text with its cells apart by |, against its cells.  This rule reports the claims no
reading of the figures reconciles.
"""
from __future__ import annotations

from typing import Iterator

from lintlaw.document import Document
from lintlaw.finding import Finding, Msg, Related
from lintlaw.numbers import Mismatch, model
from lintlaw.registry import rule
from lintlaw.wording import quote


def _message(m: Mismatch) -> Msg:
    stated = quote(m.stated)
    if m.kind == "total" and m.note_zh:
        return Msg(f"分项之和小于总数，而{m.note_zh}：{m.formula}，不是{m.stated}",
                   f"The parts add up to less than the total, and {m.note_en}: {m.formula}, not {m.stated}")
    if m.kind == "total" and m.name == "合计":
        return Msg(f"{stated}与分项之和不符：{m.formula}", f"{stated} is not the sum of the parts before it: {m.formula}")
    if m.kind == "total":
        return Msg(f"分项之和大于总数：{m.formula}，不是{m.stated}",
                   f"The parts add up to more than the total: {m.formula}, not {m.stated}")
    if m.kind == "table":
        return Msg(f"表格中{m.note_zh}的{quote(m.stated)}与各项之和不符：{m.formula}",
                   f"The table's total {quote(m.stated)} is not the sum of its figures: {m.formula}")
    if m.kind == "part":
        return Msg(f"分项大于总数：{m.formula}", f"A part is larger than its whole: {m.formula}")
    if m.kind == "kinds":
        where_zh = f"：{stated}" if m.stated != m.name else ""
        return Msg(f"{m.formula}，不是{m.name}{where_zh}", f"{stated} announces {m.name} but {m.expected} are listed")
    if m.kind == "structure" and m.expected == "0":
        return Msg(f"{m.name}应为0：{m.formula}", f"The changes of the parts' shares of one whole must net to zero: {m.formula}")
    if m.kind == "structure":
        return Msg(f"{m.name}应为100%：{m.formula}" if m.expected.endswith("%") else f"{m.name}应为100：{m.formula}",
                   f"The parts of the whole must make {m.expected}: {m.formula}")
    return Msg(f"{stated}与数字不符：{m.name}应为{m.expected}：{m.formula}",  # a net change
               f"{stated} does not follow from the figures: the change is {m.expected}: {m.formula}")


def _help(m: Mismatch) -> Msg:
    if m.kind == "table":
        return Msg(f"核对合计与各项：若各项无误，合计应为{m.expected}；若合计无误，请改正有误的一项",
                   f"Check the total and its figures: if they are right the total is {m.expected}; "
                   "if the total is right, correct the figure that is wrong")
    if m.kind in ("total", "part"):
        return Msg(f"核对总数与各分项：若分项无误，总数应为{m.expected}；若总数无误，请改正分项",
                   f"Check the total and each part: if the parts are right the total is {m.expected}; "
                   "if the total is right, correct the parts")
    if m.kind == "kinds":
        return Msg(f"把数量改为{m.expected}，或补齐、删减列举的内容",
                   f"State {m.expected}, or complete or trim the list")
    if m.kind == "structure" and m.expected == "0":
        return Msg("核对各部分比重的增减，一增一减应相抵", "Check each part's change: the rises and falls must cancel out")
    if m.kind == "structure":
        return Msg("核对各部分的数值，使其合计为100%", "Check each part so that they make 100%")
    return Msg(f"核对前后两个数字：若数字无误，改为{m.expected}；若增减数无误，请改正数字",
               f"Check the two figures: if they are right, write {m.expected}; if the change is right, correct the figures")


_CLAIM_REACH = 300  # characters: a total and its parts further apart are shown at the total alone


def _span(text: str, m: Mismatch) -> tuple:
    """Where a total that its parts contradict is shown: the total and the parts, in one line.
    Either figure may be the wrong one (全省法院收案321 146件。其中…高级法院收案5 528件: the total
    or any part); the finding marks the whole claim, the message names the total."""
    if m.kind not in ("total", "part") or len(m.used) != 1:
        # (parts shown one by one stand among figures of another measure: the finding marks the total)
        return m.start, m.end
    start, end = min(m.start, m.used[0].start), max(m.end, m.used[0].end)
    between = text[m.end:m.used[0].start] if m.end <= m.used[0].start else ""
    if end - start > _CLAIM_REACH or "\n" in text[start:end] \
            or ("。" in between and any(c.isdigit() for c in between)):
        # (parts in a later sentence, other figures between: 纠错236件，纠错率约为24%，较去年60件增长了近3倍。结果
        # 分别为…: what stands between is no part of the claim; the parts are shown as its related place)
        return m.start, m.end
    return start, end


@rule(
    code="LL303",
    name="sum-mismatch",
    severity="error",
    summary="分项之和与总数不符、增减数与前后数字不符、列举的项数与所称不符，或结构比例之和不为100%",
    summary_en="Parts that do not add up to their total, a net change, a count of kinds or a structure the figures contradict",
    why=(
        "计算错误是公文数字差错的常见类型（合计与分项不符）：“共N件，其中a件、b件……”以及紧随总数、只列分项的括号"
        "（“案件245件（刑事189件，民事55件，行政1件）”）中，"
        "分项之和不得大于总数，分项不得大于总数；列举自称完整（分别为、具体为、包括……和……、共N类、以“其他”“其余”收尾，"
        "或写在分项之后的合计；“除3件……外，其余5件”）时，分项之和应等于总数；总数之后不带“其中”的分项（"
        "“代理诉讼案件17件，一审10件、二审7件”）、同一总数的处理结果（保留、废止、修改；受理、不予受理；办结、结转）"
        "以及量词不同的分项（成果30项，其中专著4部、报告19篇）之和也不得大于总数；“由A增加到B，净增N”“比上年末（A）减少N”“比年度计划（A）多建N”中N = B − A；“年初A名，新增B名，退出C名，"
        "现有D名”中D = A + B − C；“从五个方面推进：一是……”（或下面各行的一是……）“三类群体：A、B、C”“A、B、C三类”"
        "以及“A、B、C”三个环节、“法律六进”（进机关、……）、“四到位”（即人员到位、……）、“A、B、C三到位”、"
        "“由概述、……、附表等七部分组成”、“分4个步骤（1.……；2.……）”和其后逐条写出的“第一阶段……”、"
        "“A、B、C机制（简称“三项机制”）”、“《A》《B》《C》3项制度”列出的项数应与所称一致；"
        "“其中”之后逐句写出的分项（“其中一审案件31件。二审案件14件。”）与分号或下一句以“……中，”再次分解的分项"
        "（“其中投诉2,160件……；投诉中，……”）同样计入；"
        "三次产业结构等结构比例之和应为100%，男性、女性等两两互补的占比之和也应为100%；"
        "按定义划分总数的分项（男、女；城镇、乡村；专职、兼职；分散、集中供养；公办、民办；财政收入的税收收入、非税收入，次序不限，除划分词外写法相同；生产总值的三次产业（一产、二产、三产）增加值，"
        "可分几句、各带增速）即总数的全部，之和小于总数同样不符；总数之后以分号逐行列出的统计表各项（“控告2件；刑事申诉0件；"
        "司法救助47件”）互不重叠，列出为0的项或以“其他”收尾时即全部；逐项分类后以数量开头的各类（“15项已完成；6项序时推进；"
        "4项滞后”）之和不得大于总数，称“逐项”“分类”时应等于总数；“其中”之后夹着另一计量单位的分项（人次与金额交替）"
        "各自计入其单位的总数；“已审结的19起中”“在已审结的案件中”之后的结案方式（胜诉、撤诉、维持、撤销……）互斥，之和不得大于审结数；"
        "“城乡医疗救助共救助N人”与同句后文的城镇（城市）、农村（乡村）同名分项（人与人次视同）之和应等于总数；"
        "“甲、乙、丙、丁分别……a件、b件、c件、d件，以上三个……”以及“甲镇受理a件、乙镇受理b件、丙镇受理c件，以上两镇……”中“以上N”应等于所列名称数；书名号标题后的“两份”“四件”"
        "只数顶层标题（标题内的引号不另计）；““3·15”消费者权益日、……等N个节点”中引号标签各带名称时，N不得少于所列，"
        "末项以“和”“及”“与”连接的列举已完结，N也不得多于所列。"
        "总数之后不带“其中”、只重复其中心词的场次（“集中学习10次，党组中心组学习6次、支部学习6次”）是别的主体举办的活动，"
        "可能联合举办而重复计数，不与总数相加；以数量开头的分项（“32家存在问题；25家已完成整改”）按数量之后的词判断是类别还是可嵌套的状态。"
        "旧存（上年结转）与新收之和即受理总数，其后的审结、执结是受理案件的去向，不计入；总数与“其中”之间只说增减的分句（“同比下降8.64%”）"
        "不改变“其中”所分解的总数；三次产业写作“第一产业增长9.1%达21.2亿元”的同样计入生产总值；总数名称由分项名称缩合而成时"
        "（“离退休、内退人员62名（离休3名、退休44名，内退17名）”），括号内的分项即其各类；法院层级（基层、中级、高级法院）是类别而非职称；"
        "分号列举中的一项（“油料产量14.5万吨，其中：……；蔬菜产量……”）的分项止于下一个分号。"
        "“主要有四种。”“包括六个方面。”之后以一是、二是……逐项写出的，“三项工作：”之后以（一）（二）或1.2.逐项写出的，以及““八进”，进农村、进社区……”逐项以“进”开头的，项数应与所称一致；"
        "户数、人数连写的总数（“13951户68202人”）与括号内同样连写的分项逐一计量相加；项目“资金来源：”之后逐项列出的来源即总投资的全部"
        "（“已到位”“已完成”等不是来源）；分项全为交叉的属性（女性联络员、党员联络员；本地用户、女性用户；党员志愿者、青年志愿者）时可以重叠，不相加（本地、外地等两两互补的除外）；"
        "“全年批发和零售业增加值……；金融业增加值……”中第一个行业与其后各行业并列，不是总数。"
        "以“|”分隔单元格、粘贴为文本的表格，表头有“合计”列的，每行合计列之前的各数（行名之后）之和应等于合计；"
        "“合计”行的各栏应等于其上各行之和；人均、平均数不是总数，其分项不相加。"
        "批复（下达、安排、收到、收入）的金额减去已用（支出、拨付）的即结余（剩余、余额）：三者逐句相连、各为一个分句时应相符"
        "（“批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元”；上年结余、累计结余、年末结余等跨年的数，以及支出多于收入的不在此列）；"
        "总数名称列出其各类（“化解婚姻家庭、邻里纠纷N件（其中婚姻家庭纠纷a件、邻里纠纷b件）”“刑事、民事和行政案件”）时，各类即总数的全部；"
        "分项名称带括注的（“政务数据（基本数据）1条”）括注只是名称，不是对前一项的分解；"
        "引号内的工程、行动名称中的数（“道路提升、管网改造、绿化美化、公厕新建“四大工程””）应与其前以顿号列出的项数一致，"
        "有“等”时所列只不得多于该数；数词之后是活动、行动的（“学理论、悟思想、见行动”八个方面系列活动），引号内是活动的口号，不是所计的各方面。"
        "生产总值在上一段末、下一段开头即写三次产业增加值的（地域、时期相同），同样相加；上一句已按某一角度（“从征收部门来看”）分解的总数，"
        "下一句换一角度（“从收入分类来看”）再分解的仍是该总数；“增收”“减收”是增减额，不是总数或分项；每个分项之后只说其占比、增减的分句"
        "不打断列举；以“|”分隔的统计表中紧接首行之下、按定义划分首行的两行（城镇、乡村；男性、女性）之和应等于首行；"
        "列举中某项之后括号内的“其中”分解不是列举的分项；“……的5类”之前以顿号连接的是所计之物的修饰语，不是所列各类。"
        "“本级收入A，加上：上级补助收入B、上年结转C……，收入总计T”中，“加上”之后的各项加在其前的本级收入（可在前一两句）上，"
        "总计应为本级收入与各项之和；“调整为85000万元，调减16000万元”中的调减（调增、核减）数是该项的调整额，不是又一个分项"
        "（总数本身是调增数、分项也是调增数的除外）；按出行目的（因私、因公）与按去向（赴港澳台）划分的分项是两个角度，可以重叠；"
        "分号隔开的各项与总数的地域层级相同（A经济区…，其中B经济圈…；C经济区…；A区…，其中核心圈…；B区…）时，是总数的并列项，不是其分项。"
        "“提出四点要求：一是……二是……”中以汉字写的“N点”（要求、意见、建议、希望、体会等）同样是所称的项数；"
        "“三次产业对经济增长的贡献率（占生产总值的比重）分别为a%、b%和c%”三者之和应为100%；"
        "分项之后括号内只有一个名称和数（“幼儿园18所（民办10所）”）是该分项中某一类的数，不是又一个分项，也不打断列举。"
        "本身以处理结果命名的数（“经清理，保留17件县政府规范性文件，宣布失效9件、废止10件”“受理复议申请15件，不予受理9件”）"
        "是与其后各结果并列的一项，不是它们的总数；顿号连接的名称之后是“推行”“实施”“落实”等动词时（“党中央、国务院推行行政执法"
        "“三项制度””），名称是施行者，不是引号内数词所计的各项；总数以统计分类命名时（粮食＝谷物、豆类、薯类；肉类＝猪牛羊禽肉），"
        "其后同列的其他作物、产品（油料、蔬菜、烟叶；禽蛋、牛奶、水产品；谷物之后的薯类、豆类）与总数并列，不是其分项。"
        "政府信息公开年度报告依申请公开的办理结果（予以公开、部分公开、不予公开、无法提供、不予处理、其他处理，以及结转下年度继续办理）"
        "即收到的全部申请（连同写明的上年结转数）：列出三类以上结果时，其和不得大于申请数；列出结转数或五类以上时，也不得小于申请数。"
        "以地名列出的法院、司法所、派出所、社区、村等（“西山、寻甸、思茅、景谷四个基层法院”，三个以上）同样按所列计数，"
        "其前另有一个计数的（“昆明、普洱两个中院及其辖区…”）从该计数之后算起；"
        "三次产业占生产总值的比重逐个写出（“第一产业增加值占…比重为a%，第二产业增加值比重为b%，第三产业增加值比重为c%”，"
        "中间可夹增加值与增速）时，三者之和同样应为100%。"
        "政府网站年度报表把发布的信息分为概况类、政务动态、信息公开目录三类：三类齐全时即发布信息的全部，其和应等于发布总数。"
        "总数名称中带类数的（“全国五类案件总数为15454件”“四类纠纷共调处860件”），列出同样多的分项即其全部，之和应等于总数。"
        "件数、人数连写的总数在下一句以“其中”分解（“共审结17件20人。其中批准逮捕14件18人，不批准逮捕2件2人。”），一种计量的分项恰好合计为总数时，另一种也应合计为总数。"
        "件数、人数连写的总数之后不带“其中”、逐个分句同样连写的结果（“受理13件14人，提前介入2件，批准逮捕10件11人，不批准逮捕3件4人”），一种计量恰好合计为总数时，另一种也应合计为总数（审结、受理等阶段不是其分项）。"
        "“27个行业大类中18个行业……，其余8个行业……”中，其中的与其余的之和应等于总数。"
        "以“和”“及”“、”连接、量词和名词都与其后合计相同的各数（“评估发现的22个问题和考核发现的29个问题，共计47个问题”），中间的修饰语再长也是合计的分项。"
        "第二产业增加值即工业与建筑业增加值之和：其后“其中工业增加值……；建筑业增加值……”（分号之后的建筑业仍是第二产业的分项）之和应等于第二产业增加值。"
        "一句写出总数、下一句以“结果分别为”“分别是”逐项写出其结果的（“直接纠错236件……。结果分别为决定撤销48件，责令履职10件……”），各项是前一句最后一个同计量总数的全部，之和应等于它。"
        "引号内以“—”“→”“+”连接的步骤（“起草—审查—备案—清理”五个环节、“领学+研学+普学”三级体系）应与其后所称的环节、步、级数一致。"
        "“四个一”“五个一”等口号之后逐项写出的一是、二是……（同段或随后各行，每项写明“一个”“一支”“一套”等）应与口号所计的项数一致。"
        "各分项都是发布渠道（网站、党建网、“学习强国”、微信订阅号……公开发布）时，同一信息可在几处发布，分项不相加，某一渠道多于总数的也是其另发的信息。"
        "引号内含三个以上数词的名称（“七队一处三中心”“两室一站一栏”）与其后括号内列出的各项逐类计数（以顿号连接、末项带类名的“甲、乙、丙执法大队”计为三队）应一致。"
        "生产总值之后“突破1000亿元大关”“迈上500亿元台阶”中的数是所越过的关口，不是生产总值：三次产业增加值仍与写明的生产总值相加。"
        "以“中”“：”“其中”点明的一组事物（“排查的14座病险水库中，9座已完成除险加固，6座正在施工”“巡察反馈的23个问题：已整改17个，正在整改4个，尚未启动1个”），"
        "其后逐句写出的已完成、正在进行、尚未开始等不同状态互斥，之和不得大于该组总数，三种状态齐全时应等于总数（正在验收、复查等完成之后的环节除外）；"
        "“6起重大火灾中，城市3起，农村2起”“在审结的45件案件中，判决…，调解…，撤诉…”中“…中，”与“其中”同样引出分项。"
        "同一整体各部分比重的增减（三次产业比重依次“下降1.24个百分点”“上升0.62个百分点”“上升0.41个百分点”；城镇、乡村人口比重一升一降）"
        "按所写位数应相抵为0；优良、超标天数比例（达标与超标、合格与不合格的比例）之和应为100%；写明同一整体的占比（“占总数的42.2%”）"
        "以分号隔开、中间夹着数量的，仍是同一组比重，以“其他”收尾时之和应为100%（按各数所写位数计算误差）。"
        "“市、县、乡、村三级”“‘区一街道一社区一组’的五级”中所列层级数应与所称一致。"
        "以“其中”开头的一段分解上一行末尾的总数，与写在同一行相同；“分别审结286件、317件和194件，共审结807件”中合计应等于各数之和；"
        "总数与“其中”之间说明增速、占比、拉动的分句（最多三句）不改变“其中”所分解的总数。"
        "“年均新增”“平均每年增加”是平均数，不是增减总数；审查逮捕案件、审查起诉案件是案件类别，不是办案环节；"
        "列举中以“民事案件中”再次分解某一分项的不计入分项，以“同时”“此外”开头的分句另起一事；男、女或城、乡两项之后另有“其他”项时，两项不是全部。"
        "总数与分项不符时，发现标出总数连同各分项（错的可能是任何一个数）。"
    ),
    why_en=(
        "Calculation errors are a common class of number errors in official documents (total versus "
        "parts): in “共N件，其中a件、b件……” and in a bracket right after a count that holds only its kinds "
        "(案件245件（刑事189件，民事55件，行政1件）) the parts may not add up to more than the total nor one part exceed "
        "it; when the list claims to be complete (分别为, 具体为, 包括…和…, 共N类, a last part 其他/其余, or a total "
        "written after the parts, 除3件…外，其余5件) they must add up to it; parts after a total without 其中, "
        "the outcomes of one total (保留/废止/修改, 受理/不予受理, 办结/结转) and parts counted in measure words of their "
        "own (成果30项，其中专著4部、报告19篇) may not add up to more than it; in “由A增加到B，净增N”, “比上年末（A）减少N” (a stock against the year's start) and “比年度计划（A）多建N” (a result against its plan) N is B − A; a stock at the start, "
        "what came and went and the stock at the end must agree; the items listed after “从五个方面推进：” or "
        "“三类群体：” (or on the lines below), or before “三类”, the items a named count spells out (“四到位”，即…; "
        "人员、资金、措施三到位), the parts of a report (由概述、…、附表等七部分组成) and the steps numbered after a count "
        "of them (分4个步骤（1.…；2.…）; 第一阶段… on the lines below), the items a short name counts (A、B、C机制（简称"
        "“三项机制”）) and titles counted after them (《A》《B》《C》3项制度) must be as many as stated; parts after 其中 "
        "go on in the short sentences that follow them (其中一审案件31件。二审案件14件。), and a part named again with 中 "
        "(投诉中，…) is broken down in turn; a structure in shares (三次产业结构), and two shares that split the whole "
        "(男性占…，女性占…), make 100%; parts that split a whole by definition (男/女, 城镇/乡村, 专职/兼职, 分散/集中供养, 公办/民办, a revenue's 税收收入/非税收入, in either order, named alike but for "
        "the word that splits them; the value added of the three industries of a GDP, in as many sentences and with "
        "growth rates as it takes) are the whole, so less than it is wrong too; the lines of a statistics sheet after a "
        "total, one count a clause between semicolons, exclude each other and are every line when the sheet prints its "
        "empty ones (0件) or closes with 其他; classes that open with how many items are in them (15项已完成；6项序时推进) "
        "may not make more than the total, nor less when every item was classified (逐项, 分类); parts in two measures "
        "after 其中 (人次 and 元 in turn) are held each to the total in its measure; how the cases disposed of ended "
        "(已审结的19起中，胜诉…，撤诉…) excludes each other and may not make more than them; a total named 城乡 and "
        "the same thing named 城镇 (城市) and 农村 (乡村) later in its sentence (人 and 人次 alike) make it; 以上N right "
        "after names listed with 分别 and their figures, or after items joined by 、 that each open with a place and hold "
        "one figure (甲镇受理120件、乙镇受理96件、丙镇受理88件，以上两镇), is the number of the names; a count after titles in 《》 counts "
        "the titles, not the quotes inside them; quoted labels each with a name (“3·15”消费者权益日、…) may not be fewer "
        "than their count, nor more when the last is joined by 和/及/与 (a closed list: its 等 ends it). Sessions after "
        "a total of sessions, without 其中, that repeat only its head noun (集中学习10次，党组中心组学习6次、支部学习6次) are "
        "held by other bodies and may be joint: they are not added up against it. Parts that open with their count "
        "(32家存在问题；25家已完成整改) are named by the words after it, which tell kinds from states that may nest. "
        "Cases carried over (旧存, 上年结转) and cases received (新收) are all the cases on hand, and what was disposed "
        "of after them is not one more part; a clause that only says how the total changed (同比下降8.64%) does not "
        "change the total 其中 breaks down; an industry written as 第一产业增长9.1%达21.2亿元 counts towards the GDP too; a "
        "total whose name joins its parts' names (离退休、内退人员 of 离休, 退休, 内退) has them as its kinds in the bracket "
        "after it; the levels of courts (基层, 中级, 高级法院) are kinds, not titles; the parts of one item of a list by "
        "semicolons (油料产量14.5万吨，其中：…；蔬菜产量…) end at the next semicolon. "
        "The items after 主要有四种。 or 包括六个方面。 numbered 一是、二是…, those after 三项工作： numbered （一）（二） or "
        "1. 2. in the sentence, and those after “八进”， that each open with 进, "
        "must be as many as stated; a total in households and persons written together (13951户68202人) is summed "
        "measure by measure against a bracket of parts written alike; the sources listed after a project's 资金来源： are "
        "all its investment (已到位, 已完成 are no source); parts that are all attributes of different criteria (女性…、"
        "党员…; 本地用户…、女性用户…; 党员志愿者…、青年志愿者…) may overlap, unless two split the whole (本地/外地); the first sector of a list of sectors said of the year (全年批发和零售业增加值…；金融业增加值…) "
        "is one of them, not their total. A table pasted as text with its cells apart by | is read like a Word table: "
        "a header with a 合计 column holds each row's figures before it (after the row's label) to it, a row labelled "
        "合计 holds each column's figures above it; averages (人均, 平均) are no totals of their parts. "
        "Money granted or received (批复, 下达, 安排, 收到, 收入) less what was spent of it (已用, 支出, 拨付) is what is left "
        "(结余, 剩余, 余额), when the three stand in a row, a clause each (批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元); "
        "a balance carried from another year (上年结余, 累计结余, 年末结余) or spending above income is not read so. A total "
        "whose name lists its kinds (化解婚姻家庭、邻里纠纷N件（其中婚姻家庭纠纷a件、邻里纠纷b件）; 刑事、民事和行政案件) has "
        "them as all its parts; a bracket inside a part's name (政务数据（基本数据）1条) is a label, not a breakdown of the part "
        "before it. The numeral of a quoted programme (道路提升、管网改造、绿化美化、公厕新建“四大工程”) counts the names "
        "joined by 、 before it; after 等 only more names than it contradict it. A count of kinds followed by a campaign "
        "(“学理论、悟思想、见行动”八个方面系列活动) says what the campaign covers; the quote before it is its slogan, not the kinds. "
        "A GDP that closes a paragraph is summed against the three industries that open the next one (same place "
        "and period); a second view in the next sentence (从收入分类来看) breaks down the whole the first view "
        "(从征收部门来看) broke down; 增收 and 减收 are changes, neither totals nor parts; clauses after a part that only "
        "rate or change it do not break the list. In a sheet with cells apart by |, two rows that split the first row "
        "by definition (城镇/乡村, 男性/女性) make it, column by column. A bracket that breaks one item down (其中…) "
        "holds no part of the list around it; names joined by 、 before 的 and a count (数量最多、占比最大的5类) say what "
        "the things counted are like, not which they are. "
        "The items after 加上 (本级收入A，加上：上级补助收入B、上年结转C…，收入总计T) are added to the figure before it, in "
        "its clause or a sentence or two back, and the total is that figure and the items; an adjustment after a part "
        "(调整为85000万元，调减16000万元; 调增, 核减) is how the part was adjusted, not another part (unless the total is an "
        "adjustment itself); parts split by why a trip was made (因私, 因公) beside parts named by where it went (赴港澳台) "
        "are two views that overlap; an item after a semicolon named by a place of the total's rank, with the measure or "
        "without it (A经济区…，其中B经济圈…；C经济区…; A区…，其中核心圈…；B区…), is the total's sibling, not its part. "
        "Points counted in words (提出四点要求：一是…; 点 of 要求, 意见, 建议, 希望, 体会) are a count of the items "
        "that follow like 四个方面; the three industries' contributions to growth or shares of the whole given together "
        "(三次产业对经济增长的贡献率分别为a%、b%和c%) make 100%; a bracket right after a part holding one name and one "
        "count (幼儿园18所（民办10所）) says how many of the part are of a kind: no part of the list, and no break in it. "
        "A figure its own clause names by an outcome (保留17件文件，宣布失效9件、废止10件; 受理复议申请15件，不予受理9件) "
        "is one outcome beside the others, not their total; names joined by 、 before a verb of carrying out (党中央、国务院"
        "推行行政执法“三项制度”) are who carries the programme out, not the things its numeral counts; after a total "
        "named by a class of the statistics (粮食 = 谷物, 豆类, 薯类; 肉类 = 猪牛羊禽肉) the other crops and products "
        "reported in the same run (油料, 蔬菜, 烟叶; 禽蛋, 牛奶, 水产品; 薯类 after 谷物) are its siblings, not its parts. "
        "The results of the 政府信息公开 report's table of requests (予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理, and "
        "those carried to next year) are every request received, with those carried over from the year before when stated: "
        "three kinds listed or more may not add up to more than the requests, nor to less once the carried ones or five kinds are listed. "
        "Courts, stations and communities named by their places (西山、寻甸、思茅、景谷四个基层法院; three names or more) are "
        "counted as places are, from after a count before them (昆明、普洱两个中院及其辖区…); the three industries' shares of the "
        "whole written one by one (第一产业增加值占…比重为a%，第二产业增加值比重为b%，第三产业增加值比重为c%, amounts and growth "
        "between them) make 100% too. "
        "A government website's report template sorts what it published into 概况类, 政务动态 and 信息公开目录 信息: the three "
        "named together are all of it, so they add up to the total published. "
        "A list of kinds by semicolons whose parts have lists of their own (其中机构类信息20条，其中领导成员…、…；工作类信息11条；…; "
        "内有 opens such a list as 其中 does) is read at both levels: each sub-list against its part, ending at the "
        "semicolon before the next kind, and the kinds against the total, the list going on after a sub-list when the "
        "next item is named like the first kind (…类信息) more closely than like the sub-list's items. "
        "A whole a statistics bulletin splits two ways, the second split after a semicolon (其中城镇人口…，乡村人口…；男性…，"
        "女性…), is all of the total twice: the second pair adds up to it too (not when the clause names one half: 乡村人口中，男性…). "
        "A court's count of every kind of case at one stage (审执结各类案件N件; 尚有各类未结案件N件) is the whole of the case types "
        "counted at that stage in the sentences and paragraphs after it, up to the next heading (审结刑事案件…；审结民商事案件…；"
        "执结执行案件…; 刑事未结案件…): they may leave types out, but not add up to more. Subjects (涉企) and instances (一审) are "
        "not types; a type named twice stops the reading. "
        "A count in brackets after a figure (审结67件（含上年结转12件）; 13951户68202人（城镇人口240户544人，…）) is a note on it, "
        "not a sibling of the totals after it: a part's own breakdown there (其中纠错6件（部门4件，乡镇街道4件）) is read as it is "
        "without the note. "
        "A total whose name counts its kinds (全国五类案件总数为15454件; 四类纠纷共调处860件) has all of them when as many parts are listed: they make it exactly. "
        "A total in cases and persons broken down in the next sentence (共审结17件20人。其中批准逮捕14件18人，不批准逮捕2件2人。) is read as in one sentence: parts that make one measure's total exactly are every kind, so the other measure's parts make its total too. "
        "After a total in cases and persons, clauses that each count in both without 其中 (受理13件14人，提前介入2件，批准逮捕10件11人，不批准逮捕3件4人) are its parts when one measure's make its total exactly: the other's must make theirs (a stage such as 审结 is no part). "
        "The ones among a whole in its own clause and the rest in the next (27个行业大类中18个行业…，其余8个行业…) make the whole. "
        "Counts in the measure word and noun of a total after them, joined by 和, 及 or 、 (评估发现的22个问题和考核发现的29个问题，共计47个问题), are its parts however long the words between them. "
        "The secondary industry is industry and construction: 其中工业增加值…；建筑业增加值… after it (construction after the semicolon is still its part) make its value added. "
        "A sentence that opens with 结果分别为 or 分别是 (直接纠错236件…。结果分别为决定撤销48件，责令履职10件…) gives every outcome of the last count of its measure in the sentence before: they make it. "
        "The steps of a chain in quotes joined by —, → or + (“起草—审查—备案—清理”五个环节) must be as many as the count of steps, stages or levels right after it. "
        "A slogan of things one each (“四个一”工程) and the items numbered after it (一是建设一个…, in its paragraph or the lines after, each naming one thing) must be as many as it counts. "
        "Parts that each name a channel and the act of putting items out on it (网站…公开发布, “学习强国”公开发布, 微信订阅号发布信息54期97条) may each carry any of the items: they are not summed, and a channel above the total carried items of its own. "
        "A quoted name of three counts or more (“七队一处三中心”) is held to the items in the brackets after it, kind by kind; names joined by 、 before one that ends in the kind's word share it (甲、乙、丙执法大队: three 队). "
        "A mark the GDP passed (突破1000亿元大关, 迈上500亿元台阶) is not the GDP: the industries are still held to the GDP stated before it. "
        "A set and the state of each of its things, one clause a state right after it (问题共36项，已整改29项，正在整改9项; "
        "清单事项318项，取消46项，保留290项): states exclude each other, so done and under way (one verb), or removed and kept, "
        "are never more than the set, and done and not done (已整改…，尚未整改…) make it exactly; not a plan, not with "
        "cases carried over, not when something was added (新增) beside what was kept. "
        "A total after its parts written in two measures at once (涉毒案件52件96人、涉赌案件71件130人，合计审结123件236人) is summed "
        "measure by measure: the cases may add up while the persons do not. "
        "A 其中 list whose parts each carry an amount one short clause after them (保障对象126343人次，发放保障金7877094元，其中本级对象"
        "90851人次，发放保障金5491945元，…) is one list in two measures: when the amounts make the total amount exactly, the parts "
        "are every part, and the counts must make their total too; the finding marks the total alone (the amounts between are right). "
        "An average (人均月补差61.3元) is no total a list breaks down. "
        "After 其中, a clause that opens with the next stage (…，审结498件; …，结案数为93件) is what became of the whole, not one more "
        "of its kinds, after parts by commas too; 新收 and 旧存 (上年结转) are every case on hand in either order. "
        "Up to three clauses without a figure may stand between a total and the 其中 of its parts (增发国债10000亿元，全部通过转移支付"
        "安排给地方，支持灾后恢复重建，其中…); not one that names a new whole the total drew in (撬动社会投资，其中社会资本…). "
        "A list of names and figures folded into columns of a |-table (省份 | 数量 | 省份 | 数量 | …, the header written again further "
        "down) and the row 总计 | N under it: N is every figure of the list (not column by column); the finding marks the list and "
        "its total. "
        "A change between two years the claim names (2019年相比2018年增长了375万件) is held to the one figure of each year in its "
        "measure stated before it, the paragraph before included (2018年受理2803.5万件、2019年受理3160.5万件…), when each year "
        "has one such figure, named alike, and the change goes their way. "
        "A sentence a page's width cut inside a word or a figure (第二产\\n业增加值, 畜牧业产值6\\n.67亿元) is read once more with the "
        "cut taken out, and what that reading finds is added; the second half of a cut figure (787\\n7094元) is no figure of its own. "
        "Under a total of cases closed (审结, 办结), the ways they closed (判决结案, 其他方式结案) are kinds, not other stages; a rate "
        "of what was done (整改率95.9%) may stand between it and the rest (剩余27处). "
        "分为/分成 right after a total opens a list of every part (站点286个，分为县级站…、乡镇站…、村级服务点…); a total done in N "
        "phases (共计560人次，分三期进行，第一期…，第二期…，第三期…) is the sum of its N phases. "
        "A rate clause (结案率96.3%) between a total and 其中 is read past like a change clause; events counted in 场次 and their "
        "kinds in 场 are one measure. "
        "The four kinds of community correction (管制, 缓刑, 假释, 暂予监外执行), all named, are every offender under it; requests "
        "received that were accepted, not accepted or handled otherwise (其他处理) are every request. "
        "社会团体, 民办非企业单位 (社会服务机构) and 基金会 under a total of 社会组织, and what was done in time and late (按时/超时, "
        "按期/逾期) under a total of that act, are every part. "
        "A set named as such (14座病险水库中， / 23个问题： / ，其中) and its things in different states after it (已完成…, 正在…, 尚未…) "
        "never make more than the set; all three states make it exactly (a check after the work, 正在验收, is done to the done "
        "ones); a set named with 中 (6起重大火灾中，城市3起，农村2起) opens its kinds as 其中 does. "
        "The changes in points of the shares of one whole (the three industries in turn; 城镇/乡村) net to zero; the two halves "
        "a bulletin splits a whole into, said as 比例 (优良/超标, 合格/不合格), make 100%; shares that name their whole (占总数的…) "
        "go on past semicolons and counts between them, each rounded to the places it is written in. "
        "The tiers named before 级 (市、县、乡、村三级; “区一街道一社区一组”的五级) are as many as said. "
        "A paragraph that opens with 其中 breaks down the total ending the line above; parts given with 分别 before a total "
        "of the same act (分别审结286件、317件和194件，共审结807件) make it; up to three clauses of rates, shares or pulls "
        "between a total and 其中 are read past. "
        "A yearly average (年均新增, 平均每年增加) is no net change; 审查逮捕/审查起诉案件 are kinds of case, not stages; a part named "
        "again with 中 inside a list is that part's breakdown; 同时/此外 opens another statement; a pair (男/女, 城市/农村) followed "
        "by 其他 is not the whole. "
        "具体如下/分类情况如下 after a total open its parts as 其中 does (a line each, numbered or not); a list joined by 、 "
        "before the sentence's last clause sums into that clause's total however it is named (…，此次全县共清理规范性文件61件); "
        "净增/净减 right after the two flows it nets, and 缺考/缺席 after the count due and the count present, are their "
        "difference; a total naming how many counts it sums (两者合计) sums the last so many; a refund or deduction among the "
        "items (出口退税, 扣除) makes the whole a net figure, not their sum. "
        "A total its parts contradict is marked together with its parts: either "
        "may be the wrong figure."
    ),
    bad=[
        # a change between two named years against their figures before it
        "2018年受理2803.5万件、2019年受理3160.5万件、2020年受理3084.4万件。\n2019年相比2018年增长了375万件。",
        # a list folded into columns and its total
        "乡镇 | 件数 | 乡镇 | 件数 |\n城关镇 | 412 | 河口镇 | 386 |\n白马乡 | 178 | 石桥乡 | 96 |\n总计 | 1082 | ||",
        # clauses without a figure between the total and 其中
        "增发国债8000亿元，全部通过转移支付方式安排给地方，支持地方灾后恢复重建，其中当年安排4000亿元，其余3000亿元结转下年使用。",
        # the next stage after the parts: what became of the whole, no part of it
        "受理各类案件520件，其中民事案件310件，刑事案件230件，审结498件。",
        "上半年受理诉讼案件数为109件，其中新收案件数为99件，旧存案件19件，结案数为93件。",
        # one list in two measures: the amounts add up, so the persons must too
        "全年救助困难群众5230人次，发放救助金386.5万元，其中低保对象2140人次，发放救助金152.3万元，特困对象3000人次，发放救助金234.2万元。",
        # a total in two measures after its parts: each measure summed apart
        "审结涉毒案件52件96人、涉赌案件71件130人，合计审结123件236人。",
        # the state of each thing of a set: done and under way are no more than the set
        "巡察反馈问题共36项，已整改29项，正在整改9项。",
        "市级清单共有事项318项，取消46项，保留290项。",
        # a total of the act every part names, after them (共受理, not 共计): the four quarters make the year
        "一季度受理投诉126件，二季度受理143件，三季度受理158件，四季度受理171件，全年共受理618件。",
        # a total's name that runs its kinds together (来信来访): the parts that name each are all of it
        "共受理来信来访312件次，其中来信86件，来访217批次。",
        # parts that fall short by a swap of two neighbouring digits of their sum (139 written 193)
        "全年主动公开政府信息193条，其中工作动态121条，通知公告3条，政策文件15条。",
        "全市实现地区生产总值1036.2亿元，同比增长6.5%，突破1000亿元大关。分产业看，第一产业增加值88.4亿元，第二产业增加值401.7亿元，第三产业增加值556.1亿元。",
        "建成“两室一站一栏”（调解室、服务站、宣传栏、阅览室、档案室）。",
        "全年主动公开政府信息120条，其中政策文件30条，工作动态100条。",
        "全面推进“五个一”工程。一是建设一个法治广场；二是组建一支普法队伍；三是建立一套工作制度。",
        "建立规范性文件“起草—审查—备案—清理”五个环节全流程管理机制。",
        "共受理申请50件，办结48件。分别为予以公开30件，部分公开10件，不予公开6件。",
        "全市生产总值500亿元。其中：第一产业增加值50亿元，增长3%；第二产业增加值200亿元，增长6%，其中工业增加值150亿元，增长7%；建筑业增加值40亿元，增长4%；第三产业增加值250亿元，增长8%。",
        "整改省级督察反馈的15个问题、市级督查发现的8个问题及自查发现的6个问题，共计30个问题。",
        "全县30家规上企业中有12家产值增长，其余16家产值下降。",
        "共办理审查起诉案件52件67人，起诉45件58人，不起诉7件8人。",
        "全年受理审查起诉案件45件62人。其中提起公诉40件55人，不起诉5件6人。",
        "全县四类纠纷共调处860件，其中婚姻家庭纠纷300件，邻里纠纷260件，土地纠纷200件，合同纠纷80件。",
        "2023年以来累计开展宣传活动29次，分别在万博广场开展法治宣传活动6次，深入社区开展民法典宣传21次，进商铺开展宣传活动8次。",
        "区城管委列入清单的行政权力事项共5大类126项（包括：10项行政许可、118项行政处罚权、4项行政强制、2项行政征收和4项其它权力）。",
        "全年共办结行政复议案件56件，其中维持30件、撤销20件、驳回16件。",
        "全年办结行政复议案件56件。其中，维持30件，撤销9件，驳回20件。",
        "全年受理12345热线诉求1,000件，其中咨询300件，投诉400件，其他200件。",
        "全年办理行政复议案件45件，具体为：维持28件、撤销7件、驳回6件。",
        "涉及食品安全、药品安全、安全生产、生态环境五类领域。",
        "存在的问题主要体现在三个方面。\n一是执法力量不足。\n二是普法形式单一。\n三是制度建设滞后。\n四是信息化水平不高。",
        "年初全区有法律顾问25名，年内新增6名，退出2名，现有31名。",
        "2023年共受理行政应诉案件12件，分别为一审案件8件、二审案件3件。",
        "我局共梳理行政职权事项3类，分别是行政许可5项、行政处罚40项、行政强制2项、行政检查6项。",
        "共有执法人员86名，其中持证执法人员90名。",
        "全年办理来信132件、网上信访486件、来电1,027件，共计1,625件。",
        "全区执业律师人数由2020年底的386人增加到2023年底的472人，净增96人。",
        "2022年办理行政处罚案件80件，2023年办理96件，增加了12件。",
        "建立健全三项制度：重大行政决策合法性审查制度、行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度。",
        "今年重点从四个方面加强行政执法监督：一是完善执法制度；二是开展案卷评查；三是加强执法培训；四是强化投诉处理；五是推进信息化建设。",
        "一、2023年主要工作\n全年重点推进了以下五个方面的工作：\n（一）深化行政审批制度改革。\n（二）规范行政执法行为。\n（三）加强行政复议工作。\n（四）推进法治宣传教育。",
        "全县三次产业结构由2018年的14.2∶41.5∶44.3调整为2023年的11.6∶38.9∶51.8。",
        "从案件类型看，涉及行政处罚的占42.6%，涉及信息公开的占23.8%，涉及行政不作为的占20.3%，其他类型占18.5%。",
        "2023年，县信访局共登记信访事项342件。按反映渠道分，来信96件、来访118件、网上信访106件。",
        "全年共开展法治宣传活动86场，线上、线下活动分别为35场、56场。",
        "区本级审核行政规范性文件12件，各街道审核行政规范性文件20件。以上合计审核行政规范性文件34件。",
        "2023年，县交通运输局从四个方面推进依法行政。一是完善重大决策程序；二是规范行政执法行为；三是强化执法监督。",
        "通过现场宣讲、发放资料、网络直播等两种方式开展普法宣传。",
        "2023年，县政府审结行政复议案件52件。审结的案件中，维持36件，撤销9件，确认违法6件，驳回申请4件。",
        "全县法律顾问年初48名，年内新增6名、解聘3名，年末53名。",
        "培训课程分为法律法规、案例研讨、现场教学、考试测评三个部分。",
        "2023年，县司法局牵头清理行政规范性文件126件，保留86件，废止28件，修改18件。",
        "全年共办理法律援助案件426件。具体为：刑事案件128件，民事案件262件，行政案件26件。",
        "我局重点从五个方面推进法治政府建设。\n（一）健全依法决策机制\n全年重大行政决策均经合法性审查。\n（二）规范行政执法\n开展案卷评查2次。\n（三）强化权力监督\n办理人大代表建议38件。",
        "全年组织区直部门法治培训16场、镇（街道）法治培训24场、村（社区）法治讲座41场，合计86场。",
        "2023年共受理行政复议申请14件，其中维持6件、撤销4件、驳回4件、终止1件。",
        "对2019年以来制定的112个行政规范性文件开展专项清理，保留71件，废止33件，修改11件。",
        "2024年，全县共收到行政复议申请213件，受理198件，不予受理19件。",
        "全年向县人民法院申请强制执行案件7件，裁定准予执行5件，剩余3件正在审查中。",
        "2023年共收到行政诉讼案件11件，除4件未开庭审理外，其余8件均由局负责人出庭应诉。",
        "2023年法律顾问代理行政诉讼案件21件，一审案件13件、二审案件10件。",
        "2023年推出法治研究成果26项，其中专著3部、调研报告17篇、学术论文8篇。",
        "2021年甲县设立执法监督科，核定编制4人。2022年乙县设立执法监督股，核定编制3人。以上两县执法监督人员编制合计8人。",
        "全县登记的社会组织年初有126家，年末有131家，新登记成立9家，注销登记3家。",
        "围绕“依法决策、依法执法、依法监督、依法公开、依法化解”四个环节，全年出台配套制度6项。",
        "全年深入开展“法律七进”活动（进机关、进乡村、进社区、进学校、进企业、进单位），受众3.2万人次。",
        "甲镇办理法律援助案件23件，乙镇办理法律援助案件18件，两镇共办理法律援助案件45件。",
        "公开规范性文件38条，公开政策解读26条，文件及解读共计68条。",
        "应整改问题资金356.8万元，已整改286.5万元，尚未整改80.3万元。",
        "办理行政许可事项126件，行政确认事项48件，接待咨询210人次，以上两类事项合计184件。",
        "深入开展“八进”活动，即进机关、进乡村、进社区、进学校、进企业、进单位、进网络。",
        "每个村均建成“两室一厅”（调解室、警务室、议事室、便民服务厅）。",
        "在城关、新华、东坝、柳林5个乡镇开展试点，共培训网格员360人。",
        "完善“诉前调解”“访调对接”“警调联动”“检调对接”三项机制，全年调解纠纷1260件。",
        "全年审查政府规章和规范性文件15件（含新制定7件、修订3件、废止3件），均出具审查意见。",
        "各镇街落实“五到位”，即组织到位、责任到位、经费到位、督查到位。",
        "坚持“三个结合”，即与普法宣传相结合，推动学法用法；与依法治理相结合，提升治理水平；与法治文化建设相结合，营造良好氛围；与志愿服务相结合，扩大覆盖面。",
        "本年报由总体情况、主动公开政府信息情况、收到和处理申请情况、复议诉讼情况、存在问题及改进情况、其他事项等五部分组成。",
        "排查整治分3个步骤（1.全面摸排；2.分类处置；3.督导检查；4.总结提升）推进。",
        "此次专项行动分三个阶段进行。\n第一阶段，动员部署。\n第二阶段，集中整治。\n第三阶段，督查验收。\n第四阶段，总结提升。",
        "今年改造完成城南桥、城北桥、西河桥4座，均已通车。",
        "做到思想、组织、措施、督查三到位。",
        "全年在门户网站发布各类信息560条，其中规范性文件36件、工作动态540条。",
        "专项整治按照两个阶段（即：宣传发动与清查摸底阶段、集中治理阶段、检查验收阶段）有序推进。",
        "局党组承诺“四到位”：一是月底前工作人员全部到位；二是一周内筹集启动经费；三是后勤保障到位。",
        "全年共办理行政复议案件215件，其中上年结转18件、本年新收207件，审结196件。",
        "全年受理法律咨询320件、代写文书45件、人民调解76件，共451件。",
        "全年共公布3批行政执法典型案例15件，其中第一批6件、第二批5件、第三批3件。",
        "全年共提起公诉86件121人，其中普通刑事案件70件98人、职务犯罪案件19件23人。",
        "各村（社区）均建成人民调解室、法律服务室、档案室“四室”，实现规范化运行。",
        "全年共办理行政应诉案件45件。其中一审案件31件。二审案件17件。",
        "全年办理行政复议案件128件，其中审结115件。审结案件中，维持72件、撤销25件、确认违法12件、驳回9件。",
        "建立矛盾纠纷排查、研判、调处机制（简称“四项机制”），全年化解纠纷1,260件。",
        "修订完善《党组会议议事规则》《局长办公会议制度》《重大事项集体决策制度》4项制度。",
        "全县共有网格员1,260名，男性占58.6%，女性占43.4%。",
        "截至11月底，已办理法律援助案件312件（刑事198件，民事106件，行政18件），超额完成全年目标任务。",
        "全年办理法律援助案件1,568件，比上年增加162件，其中刑事案件612件、民事案件920件、行政案件46件。",
        "共开展执法检查326次，出动执法人员1,260人次，其中联合执法检查86次、专项检查152次、日常检查98次。",
        "全县共有人民调解员1,540名，其中专职人民调解员312名、兼职人民调解员1,182名。",
        "全年实现地区生产总值186.42亿元，增长5.2%。分产业看，第一产业增加值21.35亿元，增长3.1%；第二产业增加值68.07亿元，"
        "增长6.0%。第三产业增加值87.00亿元，增长5.1%。",
        "办理民事检察案件37件，对生效裁判监督21件；对审判程序违法监督9件；对执行活动监督5件；支持起诉0件。",
        "对24项重点任务逐项评估：15项已完成；6项序时推进；4项进度滞后。",
        "全年保障城市低保对象52110人次，发放低保金3260万元，其中区本级38215人次，发放2380万元，市属企业12650人次，"
        "发放790万元，省属企业1845人次，发放90万元。",
        "已审结的19起行政诉讼中，胜诉15起，原告撤诉6起。",
        "全年城乡医疗救助共救助12,560人，城镇医疗救助4,310人次，支出救助资金186.4万元；农村医疗救助8,120人次，支出救助资金302.7万元。",
        "甲镇、乙镇、丙镇、丁镇、戊镇分别收案120件、96件、88件、75件、64件，以上四个乡镇收案数占全县的六成。",
        "先后印发《调解组织建设实施方案》《调解员选聘管理办法》《调解卷宗归档规范》两份规范性文件。",
        "依托“12·4”国家宪法日、“4·15”全民国家安全教育日和“6·26”国际禁毒日等四个节点开展集中宣传。",
        "全镇现有特困供养人员215人，其中分散供养168人，集中供养41人。",
        "城关镇受理矛盾纠纷212件、新华镇受理168件、东坝镇受理97件，以上两镇受理数占全县的七成。",
        "全区地区生产总值增长6.3%达218.4亿元，第一产业增长3.1%达19.6亿元，第二产业增长7.8%达86.2亿元，第三产业增长5.9%达115.6亿元。",
        "全院共受理各类案件4 926件，同比上升3.2%；其中旧存612件，新收4 286件，审执结4 105件。",
        "中心现有在编人员35名，离退休、内退人员41名（离休1名、退休32名，内退9名）。",
        "全市法院共收各类案件52 418件（不含上年旧存6 215件，下同），比上年上升2.6%。其中，基层法院收案45 316件，"
        "占86.4%；中级法院收案7 359件，占14.0%。",
        "法治宣传形式多样，主要有三种。一是开设专题讲座。二是组织知识竞赛。三是开展以案释法。四是推送普法短视频。",
        "第一部分是主要工作，包括五个方面。一是加强组织领导；二是完善制度体系；三是规范行政执法。四是强化普法宣传。第二部分是存在的问题。",
        "深入推进民法典宣传“七进”，进机关、进农村、进社区、进学校、进企业、进单位。",
        "全镇共有8426户31508人（集镇居民612户1835人，农村居民7814户29773人）。",
        "该项目批复总投资2860万元，资金来源：中央预算内投资1200万元，省级补助500万元，市级配套300万元，县级自筹760万元。",
        "执法部门 | 简易程序 | 普通程序 | 合计 |\n市场监管局 | 126 | 48 | 184 |\n城管执法局 | 85 | 37 | 122 |",
        "今年重点抓好三项工作：（一）深化行政审批制度改革；（二）规范行政执法行为；（三）加强行政复议工作；（四）推进法治宣传教育。",
        "1-6月，全县一般公共预算收入完成26,480万元，同比增长4.2%，其中税收收入完成17,350万元，比上年增收620万元；"
        "非税收入完成8,930万元，比上年减收140万元。",
        "截至11月底，全县当年预算批复指标24.36亿元，已用指标20.18亿元，预算结余4.68亿元。",
        "全年排查化解婚姻家庭、邻里纠纷1862件（其中婚姻家庭纠纷726件、邻里纠纷1046件）。",
        "全年实施背街小巷改造、雨污管网更新、城市绿道建设“四大工程”。",
        "一季度，全市地区生产总值完成612.40亿元，同比增长5.6%。\n一季度，全市第一产业增加值38.12亿元，增长3.4%；"
        "第二产业增加值241.63亿元，增长6.2%；第三产业增加值322.95亿元，增长5.3%。",
        "指 标 | 年末数（万人） | 比重（%）\n户籍总人口 | 68.42 | 100.0\n城 镇 | 31.26 | 45.7\n乡 村 | 37.36 | 54.6",
        "全镇一般公共预算收入完成6,420万元，增长2.8%，加上：上级补助收入9,860万元、上年结转315万元，收入总计16,955万元。",
        "全县一般公共预算收入拟调整为52,600万元。其中：税收收入拟调整为36,800万元，调减4,200万元；非税收入16,300万元。",
        "座谈会上，他对下一步工作提出四点要求：一是提高政治站位；二是压实工作责任；三是加强督促检查。",
        "三次产业对经济增长的贡献率分别为8.6%、41.2%和51.4%。",
        "全县现有各级各类学校86所，其中：高中4所（民办1所），初中12所，小学31所，幼儿园41所（民办22所）。",
        "本次共清理规范性文件56件，其中继续有效31件、修改9件、废止18件。",
        "全年粮食播种面积5.6万亩，其中水稻3.5万亩、玉米2.4万亩；油菜种植面积1.8万亩。",
        "全年共收到政府信息公开申请46件。办理结果：予以公开21件，部分公开6件，无法提供12件，不予处理3件，其他处理2件，结转下年度办理3件。",
        "年末户籍人口48.26万人，比上年末（48.61万人）减少0.53万人。",
        "微信公众号粉丝量3.8万人，其中本地用户2.9万人、外地用户1.1万人。",
        "确定城关、河口、石桥三个司法所及白沙、青龙、柳林四个调解室为试点。",
        "第一产业增加值占地区生产总值比重为8.1%，第二产业增加值比重为43.6%，第三产业增加值比重为49.3%。",
        "全年通过门户网站发布信息1,206条，其中概况类信息58条、政务动态信息842条、信息公开目录信息296条。",
        "全年主动公开政府信息82条。其中机构职能类信息14条，其中领导信息5条、内设机构9条；业务工作类信息40条；"
        "规划计划类信息12条；财政资金类信息18条。",
        "全年主动公开政府信息84条。其中机构职能类信息14条，内有领导信息5条、内设机构11条；业务工作类信息40条；"
        "规划计划类信息12条；财政资金类信息18条。",
        "年末全镇户籍人口38652人，其中城镇人口15208人，乡村人口23444人；男性19876人，女性18976人。",
        "全年审执结各类案件2146件，同比上升3.8%。\n审结刑事案件238件；审结民商事案件1402件。\n审结行政诉讼案件57件；执结执行案件486件。",
        "全年审结行政复议案件58件（含上年结转9件），其中纠错7件（变更2件，撤销6件），维持41件。",
        # a set and the states of its things
        "全市排查的14座病险水库中，9座已完成除险加固，6座正在施工。",
        # the changes of the shares of one whole
        "与上年相比，第一产业比重下降1.24个百分点，第二产业比重上升0.62个百分点，第三产业比重上升0.41个百分点。",
        "建立市、县、乡、村三级联动工作机制。",
        "全市优良天数比例为86.6%，同比上升3.2个百分点；超标天数比例为14.2%。",
        # parts a line each under 具体如下; a 、 list before a total named by its scope, act and noun; a net; the absent
        "全年共受理诉讼案件69起，具体如下：\n1.民事诉讼50起；\n2.行政诉讼14起；\n3.行政复议8起。",
        "决定保留20件、宣布失效38件、需要修改3件，此次全县共清理规范性文件58件。",
        "全年新登记市场主体3820户，注销1250户，净增2670户。",
        "本次考试应参考61人，实际参考20人，缺考44人。",
    ],
    good=[
        "全市排查的14座病险水库中，9座已完成除险加固，5座正在施工。",
        "与上年相比，第一产业比重下降1.24个百分点，第二产业比重上升0.62个百分点，第三产业比重上升0.62个百分点。",
        "建立市、县、乡三级联动工作机制。",
        "全市优良天数比例为86.6%，同比上升3.2个百分点；超标天数比例为13.4%。",
        "参保人数由1800万人升至2300万人，平均每年增加100万人。",
        "2019年受理案件3160万件，审结2900万件；2020年受理3084万件，审结3000万件。2020年比2019年增加了100万件。",
        "乡镇 | 件数 | 乡镇 | 件数 |\n城关镇 | 412 | 河口镇 | 386 |\n白马乡 | 178 | 石桥乡 | 96 |\n总计 | 1072 | ||",
        "下达资金8000万元，带动社会投资，撬动金融资本，其中社会资本投入5000万元，银行贷款4000万元。",
        "全年共受理诉讼案件72起，具体如下：\n1.民事诉讼50起；\n2.行政诉讼14起；\n3.行政复议8起。",
        "决定保留20件、宣布失效38件、需要修改3件，此次全县共清理规范性文件61件。",
        "全年新登记市场主体3820户，注销1250户，净增2570户。",
        "本次考试应参考61人，实际参考20人，缺考41人。",
        "形成有效工单5620件，转办3410件，直接办结2210件，两者合计5620件。",
        "全年税收收入5000亿元，其中国内增值税2600亿元，企业所得税1900亿元，个人所得税700亿元，出口退税900亿元。",
        "受理各类案件520件，其中民事案件310件，刑事案件210件，审结498件。",
        "全年救助困难群众5230人次，发放救助金386.5万元，其中低保对象2140人次，发放救助金150.3万元，特困对象3000人次，发放救助金234.2万元。",
        "审结涉毒案件52件96人、涉赌案件71件130人，合计审结123件226人。",
        "巡察反馈问题共36项，已整改29项，正在整改5项。",
        "原有审批事项318项，新增30项，取消46项，保留302项。",
        "一季度受理126件，二季度受理143件，全年共受理618件。",
        "共受理来信来访312件次，其中来信86件，来访226批次。",
        # falling short by any other amount: the list may leave kinds out
        "全年主动公开政府信息193条，其中工作动态121条，通知公告3条，政策文件25条。",
        # a class or a grade (劣四类, 三类水质) is no count of the kinds listed before it
        "近岸海域水质优良比例持续提升、劣四类海域面积持续下降。",
        "全市地区生产总值突破1000亿元大关。分产业看，第一产业增加值88.4亿元，第二产业增加值401.7亿元，第三产业增加值556.1亿元。",
        "建成“两室一站一栏”（调解室、阅览室、服务站、宣传栏）。",
        "全年报送发布信息23条，其中在市政府门户网站公开发布11条、省政府外事办网站公开发布13条，“学习强国”公开发布2条，微信订阅号发布信息54期97条。",
        "全面推进“三个一”工程。一是建设一个法治广场；二是组建一支普法队伍；三是建立一套工作制度。",
        "建立规范性文件“起草—审查—备案—清理”四个环节全流程管理机制。",
        "共受理申请50件，办结48件。分别为予以公开30件，部分公开10件，不予公开8件。",
        "全市生产总值500亿元。其中：第一产业增加值50亿元，增长3%；第二产业增加值200亿元，增长6%，其中规模以上工业增加值150亿元，增长7%；建筑业增加值40亿元，增长4%；第三产业增加值250亿元，增长8%。",
        "涉及12个部门和8个乡镇的29个问题，共计47个问题。",
        "全市42个部门中35个部门按时报送，另有3个部门延期报送。",
        "受理审查起诉案件50件60人，审结45件52人，起诉5件6人。",
        "全年受理审查起诉案件46件62人。其中提起公诉40件55人，不起诉5件6人。",
        "全县四类纠纷共调处900件，其中婚姻家庭纠纷300件，邻里纠纷260件。",
        "年末生猪存栏16.2万头，其中能繁母猪存栏1.8万头；全年生猪出栏28.4万头，增长3.1%。",
        "2023年共办理各类案件40件，其中，涉嫌违反规划建设案件23件，涉嫌违反住建领域案件5件，涉嫌违反燃气案件5件，涉嫌违反水务领域案件3件，涉嫌违反环境保护案件2件。",
        "2023年以凯里市综合行政执法局为被告的复议案件6件；诉讼案件17件，其中10件一审、7件二审、0件再审。",
        "我局共涉及4类300项行政职权事项，分别是行政许可1项、行政处罚296项、行政强制1项及其他类2项。",
        "2021年共收到行政应诉案8件，除3件未开庭审理外，其余5件均有我局相关负责人出庭应诉。",
        "全局共有执法人员86名，其中持证执法人员80名，法律专业人员12名，35岁以下30名。",
        "全年新收行政诉讼案件40件，其中开庭审理19件，出庭应诉15件。",
        "全年受理12345热线诉求1,000件，其中咨询300件，投诉400件，其他300件。",
        "全年办理行政复议案件45件，具体为：维持28件、撤销11件、驳回6件。",
        "涉及食品安全、药品安全、安全生产、生态环境四类领域。",
        "存在的问题主要体现在三个方面。\n一是执法力量不足。\n二是普法形式单一。\n三是制度建设滞后。",
        "年初全区有法律顾问25名，年内新增6名，退出2名，现有29名。",
        "全市保留政务服务事项600项，A类250项，B类350项。其中可网上办理560项。",
        "全局现有职工320人，其中在编人员120人（含借调人员15人）、聘用人员215人。",
        "区本级保留行政许可事项218项、行政确认事项46项、其他行政权力事项251项，合计515项。",
        "全区公共法律服务工作站由2020年的86个增加到2023年的132个，净增46个。",
        "全面推行行政执法“三项制度”，即行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度。",
        "坚持“三个结合”：集中宣传与日常宣传相结合、线上与线下相结合、普法与执法相结合。",
        "下一步，我们将着力抓好三个方面工作：一是持续深化“放管服”改革；二是提升执法规范化水平；三是加强法治宣传教育。",
        "三次产业结构调整为8.2:36.5:55.3，服务业占比进一步提高。",
        "从申请事项看，行政处罚类占41.2%，政府信息公开类占26.5%，行政不作为类占17.6%，其他占14.7%。",
        "全年共受理政府信息公开申请126件，从申请内容看，主要集中在征地拆迁56件、规划建设32件。",
        "全年共收到行政复议申请96件，涉及公安、市场监管领域的分别为32件、18件。",
        "区城管局办理行政处罚案件326件，区市场监管局办理行政处罚案件208件。全区共办理行政处罚案件1,543件。",
        "全年完成法治政府建设重点任务12项。\n（一）健全依法决策机制\n全年重大行政决策均经合法性审查。\n（二）规范行政执法\n开展案卷评查2次。",
        "全年共办理行政复议案件3件。一是撤销1件；二是维持2件。",
        "全年共办理法律援助案件426件。其中，刑事案件128件，民事案件262件。",
        "1-6月，全县一般公共预算收入完成26,280万元，同比增长4.2%，其中税收收入完成17,350万元，比上年增收620万元；"
        "非税收入完成8,930万元，比上年减收140万元。",
        "全县一般公共预算收入完成26,280万元，完成年初预算数52,600万元的50.0%，其中税收收入完成17,350万元。",
        "截至11月底，全县当年预算批复指标24.36亿元，已用指标20.18亿元，预算结余4.18亿元。",
        "工会经费上年结余42.6万元，本年收入318.5万元，本年支出296.4万元，年末结余64.7万元。",
        "全年排查化解婚姻家庭、邻里纠纷1772件（其中婚姻家庭纠纷726件、邻里纠纷1046件）。",
        "全年实施背街小巷改造、雨污管网更新等“四大工程”。",
        "一季度，全市地区生产总值完成602.70亿元，同比增长5.6%。\n一季度，全市第一产业增加值38.12亿元，增长3.4%；"
        "第二产业增加值241.63亿元，增长6.2%；第三产业增加值322.95亿元，增长5.3%。",
        "指 标 | 年末数（万人） | 比重（%）\n户籍总人口 | 68.62 | 100.0\n城 镇 | 31.26 | 45.6\n乡 村 | 37.36 | 54.4",
        "数量最多、占比最大的5类案由分别是：合同纠纷，婚姻家庭纠纷，侵权责任纠纷，劳动争议，知识产权纠纷。",
        "通过现场宣讲、发放资料、网络直播等五种方式开展普法宣传。",
        "2023年，县政府审结行政复议案件52件。审结的案件中，维持36件，撤销9件。",
        "全县法律顾问年初48名，年内新增6名、解聘3名，年末51名。",
        "2023年，县司法局牵头清理行政规范性文件126件，保留86件，废止22件，修改18件。",
        "全年组织区直部门法治培训16场、镇（街道）法治培训24场、村（社区）法治讲座41场，合计81场。",
        "2022年，共完成建设项目环评审批 86个，其中准予审批 80个，不予审批6个；其中报告书审批12个，报告表审批74个。",
        "对2019年以来制定的115个行政规范性文件开展专项清理，保留71件，废止33件，修改11件。",
        "全年收到行政复议申请64件，受理58件，审结52件。",
        "2023年共收到行政诉讼案件12件，除4件未开庭审理外，其余8件均由局负责人出庭应诉。",
        "全年办理行政复议案件50件，行政诉讼案件30件、国家赔偿案件4件。",
        "全年开展普法活动30项，其中发放手册12本、折页10份、挂图12幅。",
        "全县登记的社会组织年初有126家，年末有132家，新登记成立9家，注销登记3家。",
        "年初全区有个体工商户3,420户，年内新登记286户，变更登记57户，注销登记134户，年末3,572户。",
        "全面落实“三项制度”（行政执法公示、执法全过程记录、重大执法决定法制审核），全年公示执法信息3,260条。",
        "甲镇办理法律援助案件23件，乙镇办理法律援助案件18件，两镇共办理法律援助案件41件。",
        "全镇共排查矛盾纠纷860件，其中村调委会调解720件，调解成功705件。",
        "全年共办理行政复议案件215件，其中上年结转18件、本年新收197件，审结196件。",
        "全年受理法律咨询320件、代写文书45件、人民调解76件，共441件。",
        "辖区现有人民调解组织98个，行业性调解组织7个，共化解矛盾纠纷2991件。",
        "全年共公布3批行政执法典型案例15件，其中第一批6件、第二批5件、第三批4件。",
        "全年共提起公诉86件121人，其中普通刑事案件70件98人、职务犯罪案件16件23人。",
        "各村（社区）均建成人民调解室、法律服务室、档案室“三室”，实现规范化运行。",
        "全面落实执法服装、执法标志、执法文书“六统一”要求。",
        "全市共产生差评工单326个。其中，市直部门差评工单12个，9个区县差评工单314个。",
        "应整改问题资金366.8万元，已整改286.5万元，尚未整改80.3万元。",
        "深入开展“七进”活动，即进机关、进乡村、进社区、进学校、进企业、进单位、进网络。",
        "围绕“三个一批”目标，即清理一批、规范一批、公开一批，全面梳理权责事项。",
        "在城关、新华、东坝、柳林4个乡镇开展试点，共培训网格员360人。",
        "全镇共排查调处矛盾纠纷426件，调处成功418件，其中婚姻家庭纠纷96件、邻里纠纷132件、土地权属纠纷87件、其他纠纷111件。",
        "全年共收到政府信息公开申请84件，其中自然人申请71件、法人申请13件；按处理结果分，予以公开46件、部分公开12件、"
        "不予公开9件、无法提供15件、不予处理2件。",
        "各镇街落实“四到位”，即组织到位、责任到位、经费到位、督查到位。",
        "本报告包括概述、主动公开情况、依申请公开情况、复议诉讼情况、存在问题等六个部分。",
        "排查整治分4个步骤（1.全面摸排；2.分类处置；3.督导检查；4.总结提升）推进。",
        "今年改造完成城南桥、城北桥、西河桥等4座，均已通车。",
        "确保人员、资金、措施三到位，省、市、县、乡四级联动。",
        "主动公开政府信息860条，其中机构概况8条、政策文件3件、工作动态835条、其他信息14条。",
        "全年共公开政府信息1200条，其中政府网站发布1100条、政务微信发布600条、政务微博发布300条。",
        "全面推行三个清单（即权力清单、责任清单、负面清单）管理。",
        "局党组承诺“三到位”：一是月底前工作人员全部到位；二是一周内筹集启动经费；三是后勤保障到位。",
        "全年共办理行政应诉案件45件。其中一审案件31件。败诉案件17件。",
        "全年受理法律援助案件612件，其中刑事案件208件，民事案件404件，农民工讨薪案件136件、婚姻家庭案件95件。",
        "建立矛盾纠纷排查、研判、调处和督办机制（简称“三项机制”），全年化解纠纷1,260件。",
        "组织开展“宪法宣传周”“民法典宣传月”“法律明白人培训”共36场活动。",
        "全县共有网格员1,260名，男性占58.6%，女性占41.4%。",
        "全年调解矛盾纠纷245件（调解成功240件，达成书面协议230件），调解成功率98%。",
        "共开展执法检查326次，出动执法人员1,260人次，其中联合执法检查86次、专项检查152次、日常检查88次。",
        "全年实现新增就业3,860人，其中城镇新增就业2,150人，农村劳动力转移就业1,420人。",
        "年末户籍人口112,635人。其中，城镇人口54,715人，乡村人口57,920人；男性57,753人，女性54,882人。",
        "办理民事检察案件35件，对生效裁判监督21件；对审判程序违法监督9件；对执行活动监督5件；支持起诉0件。",
        "民事检察案件26件，对生效裁判监督受理11件，提出再审检察建议3件；对审判活动监督受理8件，提出检察建议5件；"
        "对执行活动监督受理7件，提出检察建议4件。",
        "对24项重点任务开展督查：14项已完成；6项序时推进；3项进度滞后。",
        "已审结的19起行政诉讼中，胜诉13起，原告撤诉6起。",
        "依托“12·4”国家宪法日、“4·15”全民国家安全教育日等六个节点开展集中宣传。",
        "修订完善《党组会议议事规则》《关于落实“三重一大”决策制度的实施办法》《局长办公会议制度》3项制度。",
        "2024年上半年，共开展集中学习10次，党组理论学习中心组学习6次、支部学习6次。",
        "共检查企业40家：32家存在问题；25家已完成整改；7家正在整改。",
        "城关镇受理矛盾纠纷212件、新华镇受理168件、东坝镇受理97件，以上三镇受理数占全县的七成。",
        "全区地区生产总值增长6.3%达221.4亿元，第一产业增长3.1%达19.6亿元，第二产业增长7.8%达86.2亿元，第三产业增长5.9%达115.6亿元。",
        "全院共受理各类案件4 898件，同比上升3.2%；其中旧存612件，新收4 286件，审执结4 105件。",
        "全局共有干部职工126名（党员78名，35岁以下41名，研究生学历15名）。",
        "全年粮食产量36.2万吨，增长1.8%；油料产量8.6万吨，增长5.2%，其中：油菜籽产量7.1万吨，增长6.0%；蔬菜产量42.3万吨，增长3.1%。",
        "全镇共有8426户31608人（集镇居民612户1835人，农村居民7814户29773人）。",
        "项目总投资5000万元，资金来源：中央补助2000万元，省级补助1000万元，县级自筹2000万元，目前已到位资金3600万元。",
        "全县共设置联络员186人，其中女性联络员72人、党员联络员131人。",
        "执法部门 | 简易程序 | 普通程序 | 合计 |\n市场监管局 | 126 | 48 | 174 |\n城管执法局 | 85 | 37 | 122 |",
        "全县居民人均可支配收入21560元。按常住地分，城镇居民32480元，农村居民15620元。",
        "主要经验有三个方面：1.领导重视；2.制度保障；3.队伍建设。",
        "全年批发和零售业增加值15.26亿元，比上年增长2.1%；交通运输、仓储和邮政业增加值4.12亿元，增长0.8%；金融业增加值11.35亿元，"
        "增长5.9%；其他服务业增加值38.60亿元，增长6.2%。",
        "全镇一般公共预算收入完成6,420万元，增长2.8%，加上：上级补助收入9,860万元、上年结转315万元，收入总计16,595万元。",
        "全县一般公共预算收入拟调整为52,600万元。其中：税收收入拟调整为36,800万元，调减4,200万元；非税收入15,800万元。",
        "全年全市居民出境人数58.3万人次，其中因私出境54.1万人次，赴港澳台出境37.6万人次。",
        "座谈会上，他对下一步工作提出三点要求：一是提高政治站位；二是压实工作责任；三是加强督促检查。",
        "三次产业对经济增长的贡献率分别为8.6%、41.2%和50.2%。",
        "全县现有各级各类学校88所，其中：高中4所（民办1所），初中12所，小学31所，幼儿园41所（民办22所）。",
        "分区域看，北部片区地区生产总值826.4亿元，增长5.2%，其中北湖新区地区生产总值312.8亿元，增长6.1%；"
        "南部片区地区生产总值541.3亿元，增长4.7%；西部片区地区生产总值398.5亿元，增长4.4%。",
        "经过全面清理，保留镇政府规范性文件8件，修改3件、废止7件。",
        "各乡镇、街道全面落实行政执法“三项制度”，执法公示率达到100%。",
        "全年粮食总产量12.6万吨，其中稻谷8.1万吨、小麦2.9万吨；油料产量1.4万吨，蔬菜产量9.8万吨。",
        "全年共收到政府信息公开申请46件，上年结转3件。办理结果：予以公开21件，部分公开6件，无法提供12件，不予处理3件，其他处理2件，结转下年度办理5件。",
        "全年共收到政府信息公开申请46件。办理结果：予以公开21件，部分公开6件，无法提供12件。",
        "年末户籍人口48.26万人，比上年末（48.61万人）减少0.35万人。",
        "微信公众号粉丝量3.8万人，其中本地用户2.9万人、女性用户1.6万人。",
        "确定城关、河口、石桥三个司法所及白沙、青龙、柳林三个调解室为试点。",
        "第一产业增加值占地区生产总值比重为8.1%，第二产业增加值比重为42.6%，第三产业增加值比重为49.3%。",
        "全年通过门户网站发布信息1,206条，其中概况类信息58条、政务动态信息842条、信息公开目录信息306条。",
        "全年主动公开政府信息84条。其中机构职能类信息14条，其中领导信息5条、内设机构9条；业务工作类信息40条；"
        "规划计划类信息12条；财政资金类信息18条。",
        "全县地区生产总值86.4亿元，其中：第一产业增加值9.2亿元；第二产业增加值30.5亿元，其中工业增加值23.1亿元；"
        "建筑业增加值7.4亿元；第三产业增加值46.7亿元。",
        "年末全镇户籍人口38652人，其中城镇人口15208人，乡村人口23444人；男性19676人，女性18976人。",
        "年末全镇户籍人口38652人，其中城镇人口15208人，乡村人口23444人；乡村人口中，男性12106人，女性11338人。",
        "在全系统部署开展“强学习、转作风、优服务”六个方面专项活动。",
        "全年审执结各类案件2146件，同比上升3.8%。\n审结刑事案件238件；审结民商事案件1402件。\n审结行政诉讼案件57件；执结执行案件449件。",
        "全年审结行政复议案件58件（含上年结转9件），其中纠错7件（变更2件，撤销5件），维持41件。",
    ],
)
def sum_mismatch(doc: Document) -> Iterator[Finding]:
    numbers = model(doc)
    nets = [c for c in numbers.changes if c.kind == "net"]
    # (a change between two named years whose figures the changes reader paired too is one finding, the changes reader's)
    found = [m for m in numbers.sums if m.kind != "net" or not any(c.start < m.end and m.start < c.end for c in nets)] + nets
    for m in sorted(found, key=lambda c: (c.start, c.end)):
        start, end = _span(doc.text, m)
        yield Finding(
            start=start,
            end=end,
            message=_message(m),
            help=_help(m),
            related=tuple(Related(u.start, u.end, Msg(u.zh, u.en)) for u in m.used),
        )
