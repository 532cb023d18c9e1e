// The Chinese catalog (简体中文): every text a user reads, by key, as a Chinese facilitator
// writes it. Same keys and placeholders as English.swift; plural entries only need `#other`.
// Keys ending in `.words` are extra input words (space-separated), accepted in any language.
// Layout characters are ASCII or full-width here: East Asian Width "A" characters (═ █ ░ →)
// are drawn double-wide by many Chinese terminals and would break alignment.

let chineseCatalog: [String: String] = [
    // Lists, items, dates, steps
    "list.separator": "、",
    "list.more": "……",
    "item.label": "{kind} {id}（{name}）",
    "kind.plan": "计划",
    "kind.segment": "细分",
    "kind.behaviour": "行为",
    "kind.concept": "方案",
    "kind.impact": "影响",
    "step.1": "目标",
    "step.2": "顾客细分",
    "step.3": "行为模式",
    "step.4": "方案",
    "step.5": "影响",
    "date.day": "{yyyy}年{m}月{d}日",
    "date.month": "{yyyy}年{m}月",
    "change.points": "{n}个百分点",
    "severity.error": "错误",
    "severity.warning": "警告",
    "severity.info": "提示",

    // The five behaviours and the needs they answer
    "behaviour.access": "接入",
    "behaviour.engage": "参与",
    "behaviour.customize": "定制",
    "behaviour.connect": "联结",
    "behaviour.collaborate": "合作",
    "behaviour.access.need": "快捷、简单，随时随地都能办",
    "behaviour.engage.need": "值得花时间的内容和体验",
    "behaviour.customize.need": "贴合自己需求的产品和服务",
    "behaviour.connect.need": "和其他顾客、和我们保持联系",
    "behaviour.collaborate.need": "在开放平台上和我们一起共创",
    "behaviour.access.words": "便捷接入",
    "behaviour.engage.words": "参与感",
    "behaviour.customize.words": "个性化 定制化",
    "behaviour.connect.words": "连接 联接 连结",
    "behaviour.collaborate.words": "共创 协作",

    // Roles of network members
    "choice.role": "角色",
    "choice.role.plural": "角色",
    "choice.role.consumer": "消费者",
    "choice.role.partner": "合作伙伴",
    "choice.role.investor": "投资者",
    "choice.role.media": "媒体",
    "choice.role.government": "政府",
    "choice.role.employee": "员工",
    "choice.role.other": "其他",
    "choice.role.consumer.words": "终端消费者 顾客 客户 用户 患者 居民",
    "choice.role.partner.words": "业务合作伙伴 伙伴 合作方 供应商 商户",
    "choice.role.investor.words": "股东 出资方",
    "choice.role.media.words": "记者 自媒体",
    "choice.role.government.words": "政府部门 监管部门 主管部门",
    "choice.role.employee.words": "职员 店员 一线员工",
    "choice.role.other.words": "其它",

    // Fields: label (board, status), heading (handout), question, hint and example (guide)
    "field.plan.title.label": "标题",
    "field.plan.title.question": "这份计划叫什么？",
    "field.plan.title.hint": "起个简短的名字，大家在讲义上一眼就能认出来。",
    "field.plan.title.example": "房贷预审，当天答复",
    "field.plan.title.words": "标题 名称",
    "field.plan.statement.label": "目标",
    "field.plan.statement.heading": "面向客户的服务目标：",
    "field.plan.statement.question": "这个项目要达成什么面向客户的服务目标？",
    "field.plan.statement.hint": "写一个日后能衡量的客户结果：响应更快、满意度更高、分享更多。",
    "field.plan.statement.example": "缩短房贷申请的首次答复时间",
    "field.plan.statement.words": "目标 服务目标",
    "field.plan.dataGoal.label": "数据采集目标",
    "field.plan.dataGoal.heading": "数据采集目标：",
    "field.plan.dataGoal.question": "这个项目要采集哪些顾客数据（数据采集目标）？",
    "field.plan.dataGoal.hint": "顾客数据是资产：写清要采集什么，今后的决策才有依据。",
    "field.plan.dataGoal.example": "记录每笔申请的材料、办理环节和各环节耗时",
    "field.plan.dataGoal.words": "数据目标 数据采集目标",

    "field.segment.name.label": "名称",
    "field.segment.name.heading": "顾客细分",
    "field.segment.name.question": "哪一类顾客和这个目标关系最密切？",
    "field.segment.name.hint": "要提速，就找响应最慢的那群人；要提高满意度，就找最不满意的那群人。",
    "field.segment.name.example": "首次申请房贷的年轻上班族",
    "field.segment.name.words": "名称 名字",
    "field.segment.role.label": "角色",
    "field.segment.role.heading": "角色",
    "field.segment.role.question": "{item}在顾客网络中是什么角色？",
    "field.segment.role.hint": "可选：{list}",
    "field.segment.role.example": "消费者",
    "field.segment.role.words": "角色 身份",
    "field.segment.why.label": "原因",
    "field.segment.why.heading": "为何重要",
    "field.segment.why.question": "{item}为什么对这个目标很重要？",
    "field.segment.why.hint": "把这个细分和第1步的目标联系起来。",
    "field.segment.why.example": "他们的申请补件最多，目前等得最久",
    "field.segment.why.words": "原因 为什么",
    "field.segment.need.label": "需求",
    "field.segment.need.heading": "他们看重什么",
    "field.segment.need.question": "{item}看重什么？他们为什么愿意给我们时间或金钱？",
    "field.segment.need.hint": "他们愿意参与，背后的需求是什么。",
    "field.segment.need.example": "省时、透明，最好一次办成",
    "field.segment.need.words": "需求 诉求",
    "field.segment.value.label": "独特价值",
    "field.segment.value.heading": "我们的独特价值",
    "field.segment.value.question": "{item}：我们能给他们什么独特价值？",
    "field.segment.value.hint": "只有我们给得了的东西。",
    "field.segment.value.example": "专属客户经理加线上预审，材料一次说清",
    "field.segment.value.words": "独特价值 价值",
    "field.segment.barriers.label": "障碍",
    "field.segment.barriers.heading": "参与障碍",
    "field.segment.barriers.question": "{item}：是什么让他们没有参与进来？",
    "field.segment.barriers.hint": "习惯、麻烦、信任、渠道。",
    "field.segment.barriers.example": "工作日走不开，也不清楚要准备哪些材料",
    "field.segment.barriers.words": "障碍 阻碍 顾虑",

    "field.behaviour.value.label": "价值",
    "field.behaviour.value.heading": "价值",
    "field.behaviour.value.question": "{item}对目标的价值有多大？（1-5）",
    "field.behaviour.value.hint": "5为最高。",
    "field.behaviour.value.example": "5",
    "field.behaviour.value.words": "价值 产出",
    "field.behaviour.effort.label": "投入",
    "field.behaviour.effort.heading": "投入",
    "field.behaviour.effort.question": "做好{item}需要多大投入？（1-5）",
    "field.behaviour.effort.hint": "5为最高。",
    "field.behaviour.effort.example": "2",
    "field.behaviour.effort.words": "投入 成本 难度 工作量",
    "field.behaviour.why.label": "理由",
    "field.behaviour.why.heading": "理由",
    "field.behaviour.why.question": "为什么选{item}？",
    "field.behaviour.why.hint": "它回应的顾客需求：{need}。",
    "field.behaviour.why.example": "上班族希望随时随地交材料、查进度",
    "field.behaviour.why.words": "理由 原因 为什么",

    "field.concept.title.label": "标题",
    "field.concept.title.question": "针对这个细分、基于这些行为模式，什么方案能达成目标？方案名称：",
    "field.concept.title.hint": "把目标、细分和行为模式放在一起，重新想一想。",
    "field.concept.title.example": "房贷线上预审小程序",
    "field.concept.title.words": "标题 名称",
    "field.concept.segment.label": "细分",
    "field.concept.segment.heading": "面向细分：",
    "field.concept.segment.question": "{item}面向哪个细分？",
    "field.concept.segment.hint": "{list}",
    "field.concept.segment.words": "细分 顾客细分",
    "field.concept.uses.label": "用到",
    "field.concept.uses.heading": "基于：",
    "field.concept.uses.question": "{item}基于哪些行为模式？",
    "field.concept.uses.hint": "已选：{list}",
    "field.concept.uses.words": "用到 基于 行为",
    "field.concept.description.label": "描述",
    "field.concept.description.heading": "描述：",
    "field.concept.description.question": "{item}：请描述这个方案。",
    "field.concept.description.hint": "顾客看到什么、做什么。",
    "field.concept.description.example": "拍照上传材料，实时查看审批进度，客户经理在线答疑",
    "field.concept.description.words": "描述 说明",
    "field.concept.customerValue.label": "顾客价值",
    "field.concept.customerValue.heading": "对顾客的价值：",
    "field.concept.customerValue.question": "{item}给顾客带来什么价值？",
    "field.concept.customerValue.hint": "用顾客自己的话说。",
    "field.concept.customerValue.example": "不用跑网点，当天拿到预审结果",
    "field.concept.customerValue.words": "顾客价值 客户价值",
    "field.concept.orgValue.label": "组织价值",
    "field.concept.orgValue.heading": "对组织的价值：",
    "field.concept.orgValue.question": "{item}给组织带来什么价值？",
    "field.concept.orgValue.hint": "收入、成本、数据、忠诚度。",
    "field.concept.orgValue.example": "材料一次收齐，网点柜面压力下降，沉淀申请数据",
    "field.concept.orgValue.words": "组织价值 企业价值 机构价值",

    "field.impact.metric.label": "指标",
    "field.impact.metric.heading": "指标",
    "field.impact.metric.question": "用哪个指标说明目标达成了？",
    "field.impact.metric.hint": "把第1步的目标量化：时长、满意度、分享率。",
    "field.impact.metric.example": "首次答复时间",
    "field.impact.metric.words": "指标 名称",
    "field.impact.baseline.label": "基线",
    "field.impact.baseline.question": "{item}现在是多少（基线）？",
    "field.impact.baseline.hint": "填一个数字。",
    "field.impact.baseline.example": "72",
    "field.impact.baseline.words": "基线 现值 现状",
    "field.impact.target.label": "目标值",
    "field.impact.target.question": "{item}要达到多少（目标值）？",
    "field.impact.target.hint": "填一个数字，或相对变化，如 -90% 或 +20%。",
    "field.impact.target.example": "8",
    "field.impact.target.words": "目标值 目标",
    "field.impact.unit.label": "单位",
    "field.impact.unit.heading": "单位",
    "field.impact.unit.question": "{item}用什么单位衡量？",
    "field.impact.unit.hint": "小时、%、分……",
    "field.impact.unit.example": "小时",
    "field.impact.unit.words": "单位",
    "field.impact.by.label": "期限",
    "field.impact.by.heading": "期限",
    "field.impact.by.question": "{item}要在什么时候达到目标值？",
    "field.impact.by.hint": "YYYY-MM-DD 或 YYYY-MM，如 2027-06-30。",
    "field.impact.by.example": "2027-06-30",
    "field.impact.by.words": "期限 截止 截至 日期",
    "field.impact.concept.label": "方案",
    "field.impact.concept.heading": "方案",
    "field.impact.concept.question": "{item}衡量的是哪个方案？",
    "field.impact.concept.hint": "{list}",
    "field.impact.concept.words": "方案",

    // Errors
    "error.prefix": "错误：",
    "error.line": "第{n}行：",
    "error.unknownCommand": "没有「{word}」这个命令",
    "error.seeHelp": "；输入 help（帮助）查看命令列表",
    "error.didYouMean": "；是不是想输入「{word}」？",
    "error.unknownWord": "「{word}」不是有效的{what}",
    "error.unknownBehaviour": "没有「{word}」这种行为模式",
    "error.theFive": "；五种行为模式是：{list}",
    "error.unknownChoice": "没有「{word}」这种{what}",
    "error.choicesAre": "；可选的{what}：{list}",
    "error.item": "条目",
    "error.noSuchItem": "没有{kind} {id}",
    "error.noneYet": "；目前还没有",
    "error.planHas": "；计划中有：{list}",
    "error.missing": "缺少{what}；用法：{usage}",
    "error.unexpected": "多余的「{word}」；用法：{usage}",
    "error.unterminatedQuote": "引号没有闭合",
    "error.notANumber": "{field}要填数字，不能是「{word}」",
    "error.scoreOutOfRange": "{field}要填1到5的整数，不能是「{word}」",
    "error.behaviourNumber": "行为模式的编号是1到5，不能是「{word}」",
    "error.badDate": "「{word}」不是日期；请写成 YYYY-MM-DD 或 YYYY-MM，如 2027-06-30",
    "error.badTarget": "「{word}」不是目标值；请填数字或 +N%、-N%，如 4 或 -50%",
    "error.relativeNeedsBaseline": "相对目标值要先有基线；请先设置：impact {id} baseline NUMBER",
    "error.numberTooLarge": "目标值 {word} 太大，无法保存；请换一个小一些的基线或目标值",
    "error.notChosen": "还没有选择行为模式 {name}；请先选择：behaviour add {name}",
    "error.alreadyChosen": "行为模式 {name} 已经选过了（调整排序：behaviour rank {name}）",
    "error.repeated": "「{word}」重复出现了",
    "error.emptyName": "{what}不能为空",
    "error.inUse#other": "无法删除{item}：{list}还在引用它",
    "error.nothingToUndo": "没有可以撤销的修改",
    "error.nothingToRedo": "没有可以重做的修改",
    "error.noFile": "这份计划还没有文件；请用：save FILE",
    "error.readOnly": "{path} 以只读方式打开：另一个 cnplan 正在写入；要留一份副本，请用 save FILE",
    "error.file": "{path}：{problem}",
    "error.onlyInShell": "{command} 只能在提示符下使用",
    "error.unknownLanguage": "不支持「{word}」这种语言；cnplan 支持：{list}",
    "expected.field": "{kind}字段",
    "expected.subcommand": "{kind}子命令或编号",
    "expected.behaviourCommand": "行为模式或子命令",
    "expected.id": "{kind}编号",
    "expected.behaviours": "行为模式名称",
    "expected.behaviour": "行为模式名称",
    "expected.fileName": "文件名",
    "expected.exportFormat": "导出格式",
    "expected.step": "步骤（1-5）",
    "expected.showTarget": "要显示的内容（编号、step N 或 all）",
    "expected.helpTopic": "帮助主题",
    "expected.yesOrNo": "回答（是或否）",

    // File problems
    "file.cannotRead": "无法读取：{reason}",
    "file.cannotWrite": "无法写入：{reason}",
    "file.notRegular": "不是普通文件",
    "file.tooLarge": "超过{n} MiB，不是计划文件",
    "file.empty": "空文件，不是计划文件",
    "file.notJSON": "不是有效的 JSON（第{line}行：{reason}）",
    "file.notAPlanNotOverwritten": "文件已存在且不是 cnplan 计划，未覆盖（请换个文件名）",
    "format.notAnObject": "不是 cnplan 计划：文件内容不是 JSON 对象",
    "format.wrongFormat": "不是 cnplan 计划：应为 \"format\": \"{format}\"",
    "format.mustBe.object": "必须是对象",
    "format.mustBe.array": "必须是数组",
    "format.mustBe.string": "必须是字符串",
    "format.mustBe.number": "必须是数字",
    "format.notWhole": "必须是整数",
    "format.versionTooNew": "版本 {version} 比当前 cnplan 能读的版本（{reads}）新；请升级 cnplan",
    "format.unknownVersion": "未知版本 {version}",
    "format.missingOrEmpty": "缺失或为空",
    "format.invalidId": "「{id}」不是有效编号（{prefix}1、{prefix}2……）",
    "format.duplicateId": "编号 {id} 出现了两次",
    "format.unknownBehaviour": "未知的行为模式「{word}」",
    "format.unknownChoice": "未知的{what}「{word}」",
    "format.twice": "行为模式 {name} 出现了两次",
    "format.notChosen": "计划中没有选择行为模式 {name}",
    "format.noSuchItem": "{kind} {id} 不存在",
    "format.scoreRange": "必须是1到5的整数",
    "format.wholeFrom1": "必须是从1起的整数",
    "format.notARelativeTarget": "「{word}」不是 +N% 或 -N%",
    "format.relativeNeedsBaseline": "相对目标值需要基线",
    "format.notADate": "「{word}」不是日期（YYYY-MM-DD 或 YYYY-MM）",

    // The board
    "board.untitled": "（未命名计划）",
    "board.rule": "=",
    "board.none.segment": "还没有顾客细分：segment add NAME",
    "board.none.behaviour": "还没有选择行为模式：behaviour add NAME...",
    "board.none.concept": "还没有方案：concept add TITLE",
    "board.none.impact": "还没有影响指标：impact add METRIC",
    "board.notSet": "{what}未填写",
    "board.rank": "排序",
    "board.rankN": "第{n}位",
    "board.id": "编号",
    "board.baselineToTarget": "基线至目标值",
    "board.change": "变化",
    "board.referencedBy.segment": "服务它的方案",
    "board.referencedBy.behaviour": "用到它的方案",
    "board.referencedBy.concept": "衡量它的影响",

    // status
    "status.done": "已完成",
    "status.partly": "部分完成",
    "status.notStarted": "未开始",
    "status.missing": "（缺：{list}）",
    "status.next": "下一步：{command}（或输入 guide，跟着引导一步步来）",
    "status.allDone": "五个步骤都已填写；先运行 check 检查，再 export md 导出讲义",
    "status.barFull": "#",
    "status.barEmpty": "-",

    // check
    "check.line": "{severity} {code} {item}：{message}；改法：{fix}",
    "check.none": "没有发现问题：计划已完整",
    "check.errors#other": "{n}个错误",
    "check.warnings#other": "{n}个警告",
    "check.CN101.none": "没有目标",
    "check.CN101.none.fix": "objective TEXT",
    "check.CN102.none": "没有数据采集目标",
    "check.CN102.none.fix": "data-goal TEXT",
    "check.CN201.none": "没有顾客细分",
    "check.CN201.none.fix": "segment add NAME",
    "check.CN202.noNeed": "没有写需求：{name}为什么愿意给我们时间或金钱？",
    "check.CN202.noNeed.fix": "segment {id} need TEXT",
    "check.CN202.noValue": "没有写我们给{name}的独特价值",
    "check.CN202.noValue.fix": "segment {id} value TEXT",
    "check.CN203.noRole": "没有角色（消费者、合作伙伴、投资者、媒体、政府、员工、其他）",
    "check.CN203.noRole.fix": "segment {id} role ROLE",
    "check.CN204.unserved": "没有方案服务细分「{name}」",
    "check.CN204.unserved.fix": "concept CID segment {id}，或 segment remove {id}",
    "check.CN301.none": "还没有选择行为模式",
    "check.CN301.none.fix": "behaviour add NAME...（参见 help behaviours）",
    "check.CN302.allFive": "五种行为模式全选了：请排序，聚焦投入产出最好的几种",
    "check.CN302.allFive.fix": "用 behaviour remove NAME 去掉最弱的一种",
    "check.CN303.unscored": "没有价值或投入评分",
    "check.CN303.unscored.fix": "behaviour {behaviour} value 1-5，behaviour {behaviour} effort 1-5",
    "check.CN401.none": "没有方案",
    "check.CN401.none.fix": "concept add TITLE",
    "check.CN402.noSegment": "没有指定细分",
    "check.CN402.noSegment.fix": "concept {id} segment SID",
    "check.CN402.noBehaviour": "没有基于任何行为模式",
    "check.CN402.noBehaviour.fix": "concept {id} uses NAME...",
    "check.CN403.notChosen": "用到了{behaviour}，但它没有被选中",
    "check.CN403.notChosen.fix": "behaviour add {behaviour}",
    "check.CN404.lowRanked": "只基于排序靠后的行为模式",
    "check.CN404.lowRanked.fix": "concept {id} uses 一种排序靠前的行为模式，或重新排序",
    "check.CN501.none": "没有影响指标",
    "check.CN501.none.fix": "impact add METRIC",
    "check.CN502.noBaseline": "没有基线",
    "check.CN502.noBaseline.fix": "impact {id} baseline NUMBER",
    "check.CN502.noTarget": "没有目标值",
    "check.CN502.noTarget.fix": "impact {id} target NUMBER|+N%|-N%",
    "check.CN503.same": "目标值等于基线",
    "check.CN503.same.fix": "impact {id} target NUMBER",
    "check.CN504.shouldFall": "{metric}应该下降，目标值却更高",
    "check.CN504.shouldFall.fix": "核对 impact {id} target",
    "check.CN504.shouldRise": "{metric}应该上升，目标值却更低",
    "check.CN504.shouldRise.fix": "核对 impact {id} target",
    "check.CN505.passed": "期限 {date} 已经过了",
    "check.CN505.passed.fix": "impact {id} by YYYY-MM-DD",
    "check.CN506.unmeasured": "没有影响指标衡量这个方案",
    "check.CN506.unmeasured.fix": "impact IID concept {id}",

    // The Markdown handout
    "md.untitled": "未命名计划",
    "md.summary.objective": "目标：",
    "md.summary.behaviours": "行为模式：",
    "md.summary.headline": "核心影响：",
    "md.headline.colon": "：",
    "md.headline.by": "，{date}前",
    "md.heading.objective": "目标",
    "md.heading.segment": "顾客细分",
    "md.heading.behaviour": "行为模式",
    "md.heading.concept": "方案",
    "md.heading.impact": "影响",
    "md.heading.map": "计划地图",
    "md.heading.findings": "待解决的问题",
    "md.none.segment": "还没有顾客细分。",
    "md.none.behaviour": "还没有选择行为模式。",
    "md.none.concept": "还没有方案。",
    "md.none.impact": "还没有影响指标。",
    "md.id": "编号",
    "md.rank": "排序",
    "md.behaviour": "行为模式",
    "md.baselineToTarget": "基线至目标值",
    "md.change": "变化",
    "md.map.objective": "目标：{text}",
    "md.map.notSet": "未填写",
    "md.findings.none": "无：计划通过了全部检查。",
    "md.findings.fix": "（改法：{fix}）",

    // The guide
    "guide.intro":
        "引导会逐一询问计划还缺的内容。直接回车跳过；/back 上一题，/skip 跳过，/stop 退出；"
        + "任何命令前加 / 都能直接运行。",
    "guide.stopped": "引导已暂停；输入 guide 从暂停处继续",
    "guide.firstQuestion": "这已经是本轮的第一个问题了",
    "guide.done": "引导结束：所有问题都已回答或跳过。status 查看还缺什么，check 检查问题。",
    "guide.example": "例：{example}",
    "guide.answerPrompt": "  回答> ",
    "guide.answerAgain": "{message}；请重新回答",
    "guide.expect": "请回答{what}",
    "guide.expect.text": "一段文字",
    "guide.expect.score": "1到5的整数",
    "guide.expect.number": "一个数字，如 {example}",
    "guide.expect.target": "一个数字，或相对变化，如 -50% 或 +20%",
    "guide.expect.date": "一个日期，如 2027-06-30 或 2027-06",
    "guide.expect.choice": "{list}之一，或它的序号",
    "guide.expect.behaviours": "行为模式名称或序号1-5",
    "guide.expect.yesOrNo": "是或否",
    "guide.another.segment": "还要再加一个顾客细分吗？（是/否，默认否）",
    "guide.another.segment.hint": "贵在聚焦：通常一到两个细分就够了。",
    "guide.another.concept": "还要再加一个方案吗？（是/否，默认否）",
    "guide.another.concept.hint": "一份计划可以有多个方案。",
    "guide.another.impact": "还要再加一个影响指标吗？（是/否，默认否）",
    "guide.another.impact.hint": "每个方案至少要有一个指标。",
    "guide.behaviours": "计划要基于哪些行为模式？（填名称或序号，可多选）",
    "guide.behaviours.hint": "有意识地选择，并按投入产出排序；五种全选就谈不上聚焦了。",
    "guide.behaviours.example": "接入 联结",
    "guide.menuSeparator": "：",
    "guide.ranking": "按投入产出建议的排序：{list}。回车采用，或按你想要的顺序输入名称。",
    "guide.ranking.item": "{name}（价值{value}，投入{effort}）",
    "guide.ranking.hint": "排第一的行为模式在方案中最受重视。",
    "guide.ranking.result": "排序：{list}",

    // The prompt
    "prompt.done": "已完成",
    "prompt.readOnly": "（只读）",

    // What a change says
    "note.ok": "已更新",
    "note.added": "已添加 {id}：{name}",
    "note.chosen": "已选择：{list}",
    "note.chosenItem": "{name}（第{rank}位）",
    "note.removed": "已删除 {id}",
    "note.rankingChanged": "排序已调整",
    "note.undone": "已撤销：{line}",
    "note.redone": "已重做：{line}",
    "note.notSet": "（未填写；用 {command} TEXT 设置）",
    "note.language": "界面语言：{name}",
    "note.new": "新计划，还没有文件：用 save FILE 保存",
    "note.newTitled": "新计划「{title}」，还没有文件：用 save FILE 保存",
    "note.opened": "已打开 {path}",
    "note.openedReadOnly": "已以只读方式打开 {path}：另一个 cnplan 正在写入",
    "note.savedTo": "已保存到 {path}；之后的修改都会存到这里",
    "note.saved": "已保存 {path}",
    "note.exported": "已将 {format} 导出到 {path}",
    "history.none": "本次会话还没有修改",
    "history.undone": "（已撤销）",

    // Help
    "help.intro": """
        cnplan 带团队一步步完成五步数字化计划：
          1 目标  2 顾客细分  3 行为模式  4 方案  5 影响
        输入 guide（引导）逐题回答，或直接使用以下命令：
        """,
    "help.more": "help 加命令名：查看用法和示例；help 目标、help 接入……：每一步和每种行为模式的辅导。",
    "help.example": "示例：",
    "help.alsoWords": "也可以输入：{list}",
    "command.title.summary": "查看或设置计划标题。",
    "command.title.example": "标题 房贷预审，当天答复",
    "command.title.words": "标题",
    "command.objective.summary": "第1步：这个项目要达成的面向客户的服务目标。",
    "command.objective.example": "目标 缩短房贷申请的首次答复时间",
    "command.objective.words": "目标 服务目标",
    "command.data-goal.summary": "第1步：更高一层的目标，即项目要采集哪些顾客数据。",
    "command.data-goal.example": "数据目标 记录每笔申请的材料、办理环节和各环节耗时",
    "command.data-goal.words": "数据目标 数据采集目标",
    "command.segment.summary": "第2步：与目标最相关的顾客细分；写 \"\" 可清空某个字段。",
    "command.segment.example": """
        细分 添加 首次申请房贷的年轻上班族
        细分 s1 角色 消费者
        细分 s1 需求 省时、透明，最好一次办成
        """,
    "command.segment.words": "细分 顾客细分",
    "command.behaviour.summary": "第3步：选择行为模式，打分并排序：接入、参与、定制、联结、合作。",
    "command.behaviour.example": """
        行为 添加 接入 联结
        行为 接入 价值 5
        行为 排序 联结 接入
        """,
    "command.behaviour.words": "行为 行为模式",
    "command.concept.summary": "第4步：方案，每个方案面向一个细分，基于已选的行为模式。",
    "command.concept.example": """
        方案 添加 房贷线上预审小程序
        方案 c1 细分 s1
        方案 c1 用到 接入 联结
        """,
    "command.concept.words": "方案",
    "command.impact.summary": "第5步：对照方案量化目标。相对目标值需要先有基线。",
    "command.impact.example": """
        影响 添加 首次答复时间
        影响 i1 基线 72
        影响 i1 目标值 -90%
        影响 i1 期限 2027-06-30
        """,
    "command.impact.words": "影响",
    "command.guide.summary": "逐题回答还没填的问题。/back 上一题，/skip 跳过，/stop 退出；命令前加 / 可直接运行。",
    "command.guide.example": "引导\n引导 步骤 3",
    "command.guide.words": "引导 向导",
    "command.status.summary": "五个步骤的进度一览，以及下一步该做什么。",
    "command.status.example": "状态",
    "command.status.words": "状态",
    "command.show.summary": "以看板形式显示整份计划、某一步或某一项。",
    "command.show.example": "显示\n显示 步骤 3\n显示 c1",
    "command.show.words": "显示 查看",
    "command.check.summary": "检查结果：错误和警告，各带代码和改法。",
    "command.check.example": "检查",
    "command.check.words": "检查",
    "command.undo.summary": "撤销上一次修改（可一直撤销到本次会话开始）。",
    "command.undo.example": "撤销",
    "command.undo.words": "撤销",
    "command.redo.summary": "重做被撤销的修改。",
    "command.redo.example": "重做",
    "command.redo.words": "重做",
    "command.history.summary": "本次会话做过的修改。",
    "command.history.example": "历史",
    "command.history.words": "历史 记录",
    "command.new.summary": "新建一份计划（还没有文件）。",
    "command.new.example": "新建 出院患者随访",
    "command.new.words": "新建",
    "command.open.summary": "打开一个会话文件或导出的计划；之后的修改都保存到它。",
    "command.open.example": "打开 workshop.json",
    "command.open.words": "打开",
    "command.save.summary": "保存；带 FILE 时保存到该文件，之后也在那里继续。--force 覆盖另一份计划。",
    "command.save.example": "保存 workshop.json",
    "command.save.words": "保存",
    "command.export.summary": "把计划导出为 JSON 或 Markdown 讲义；不带 FILE 时输出到屏幕。",
    "command.export.example": "导出 md handout.md",
    "command.export.words": "导出",
    "command.lang.summary": "查看或切换界面语言，立即生效。",
    "command.lang.example": "语言 zh\n语言 en",
    "command.lang.words": "语言",
    "command.help.summary": "本帮助；主题：每一步、每种行为模式、示例。",
    "command.help.example": "帮助 接入",
    "command.help.words": "帮助",
    "command.quit.summary": "退出（也可按 Ctrl-D）。所有修改都已保存。",
    "command.quit.example": "退出",
    "command.quit.words": "退出 离开",
    "help.topic.objective": """
        第1步：设定面向客户的服务目标
        从项目的核心需求出发，写出这个项目要达成的、面向客户的结果：对客户响应更快、
        满意度更高、分享更多。好目标写的是第5步能衡量的客户结果，而不是内部要做的事。
        同时设定数据采集目标：项目要采集哪些顾客数据。数据是资产，支撑今后的决策。
          目标 缩短房贷申请的首次答复时间
          数据目标 记录每笔申请的材料、办理环节和各环节耗时
        """,
    "help.topic.objective.words": "目标 第1步 服务目标",
    "help.topic.segment": """
        第2步：顾客选择
        选出和目标关系最密切的顾客细分：要提速，就找响应最慢的顾客；要提高满意度，
        就找最不满意的；要减少流失，就找流失最多的。顾客网络的成员不只是消费者，
        合作伙伴、投资者、媒体、政府和员工都算。
        然后写清：他们为什么愿意给我们时间或金钱（需求），我们能给他们什么独特价值
        （独特价值），以及是什么让他们没有参与进来（障碍）。
          细分 添加 首次申请房贷的年轻上班族
          细分 s1 角色 消费者
        """,
    "help.topic.segment.words": "细分 顾客细分 顾客选择 第2步",
    "help.topic.behaviours": """
        第3步：行为模式选择，整个方法的核心
        每种行为模式回应数字时代顾客的一种心理需求：
          接入 access        快捷、简单，随时随地（移动端、全渠道、随需服务）
          参与 engage        值得关注的内容和体验；参与产品和品牌的打造
          定制 customize     按每位顾客的需求和选择提供服务
          联结 connect       顾客之间、顾客和企业之间相互联系
          合作 collaborate   顾客在开放平台上和企业一起共创
        有意识地选择：可以多选，但五种全选就谈不上聚焦了。给每种打价值分和投入分
        （1-5），再按投入产出排序。
          行为 添加 接入 联结
          行为 接入 价值 5
        """,
    "help.topic.behaviours.words": "行为 行为模式 行为模式选择 第3步",
    "help.topic.concept": """
        第4步：方案生成
        把目标、细分和行为模式放在一起，重新想一想：哪个方案，面向哪个细分，基于哪些
        行为模式，能达成目标？写清它给顾客带来什么、给组织带来什么。一份计划可以有多个方案。
          方案 添加 房贷线上预审小程序
          方案 c1 用到 接入 联结
        """,
    "help.topic.concept.words": "方案 方案生成 第4步",
    "help.topic.impact": """
        第5步：定义影响
        对照每个方案，把第1步的目标量化：从什么基线到什么目标值，用什么单位，什么时候达到。
        相对目标值（-50%、+20%）按基线换算。能核对的目标值，才说明方案真正服务了目标。
          影响 添加 首次答复时间
          影响 i1 基线 72
          影响 i1 目标值 8
          影响 i1 单位 小时
          影响 i1 期限 2027-06-30
        """,
    "help.topic.impact.words": "影响 定义影响 第5步",
    "help.topic.access": """
        接入（access）：对快捷、简单、灵活服务的需求，随时随地都能办。
        策略：用手机银行、小程序代替柜台；全渠道服务，网站、电话和门店之间无缝转接；
        随需服务，如网上挂号、远程柜台。需要微应用平台和全渠道门户的支撑。
        """,
    "help.topic.engage": """
        参与（engage）：对值得关注的内容和体验的需求，也希望参与产品或品牌的打造。
        策略：在大平台上做互动活动和小游戏（如摇一摇抢红包）；在社交媒体上发起话题讨论；
        邀请顾客参与产品或品牌故事。
        """,
    "help.topic.customize": """
        定制（customize）：希望产品和服务贴合自己的需求和选择。
        策略：可自由组合的产品和服务；基于顾客数据的个性化推荐；让顾客自己决定
        以什么方式、在什么时间接受服务。
        """,
    "help.topic.connect": """
        联结（connect）：希望和其他顾客、和企业保持联系，分享想法和意见。
        策略：顾客社群和论坛；顾客之间的点评和经验分享；企业公开回应的社交媒体账号。
        """,
    "help.topic.collaborate": """
        合作（collaborate）：希望在开放平台上和企业一起做事、共同创造。
        策略：顾客提建议、投票的创意平台；每周反馈的内测用户群；顾客既提问又解答的
        问答社区；和核心顾客一起开的共创工作坊。
        """,
    "help.topic.examples": """
        示例计划在 cnplan 的 examples/ 文件夹中，每份都附有生成它的引导回答：
          bank-branch-zh.json         服务业：银行房贷预审，申请当天就有答复
          community-store-zh.json     零售与社区：社区生鲜店让街坊变成推荐人
          hospital-follow-up-zh.json  公共部门：医院骨科改进出院后的随访
        英文示例：appliance-repair.json、neighbourhood-grocer.json、clinic-follow-up.json
        打开示例：open examples/bank-branch-zh.json
        重演工作坊：cnplan < examples/bank-branch-zh.answers
        """,
    "help.topic.examples.words": "示例 例子 样例",

    // Sub-command and answer words, accepted in any language
    "word.add": "添加 新增 增加",
    "word.remove": "删除 移除 去掉",
    "word.list": "列表 列出",
    "word.rank": "排序 排名",
    "word.step": "步骤 第",
    "word.yes": "是 是的 好 好的 要 对 行 可以 嗯 需要 有 还有 继续",
    "word.no": "否 不 不要 没有 不用 不是 没 不需要 没了 算了 无",

    // Added with the language and the command line
    "board.unset": "（未填）",
    "board.field": "{label}：",
    "change.range": "{from} 至 {to}",
    "prompt.ellipsis": "...",
    "md.headline.change": "（{change}）",
    "md.item": "{id}：{name}",
    "format.unknownLanguage": "未知的语言“{word}”",
    "cli.usage": """
        用法：cnplan [--bail] [--lang en|zh] [文件]      在文件上打开工作台（不给文件则新建计划）
              cnplan [文件] < 脚本                      从管道读入同样的命令
              cnplan export 文件... [--format json|md] [--output 路径|目录] [--lang en|zh]
              cnplan check 文件                         列出计划的问题；有错误时退出码为 1
              cnplan --help | --version
        """,
    "cli.needsValue": "{option} 后面要跟一个值",
    "cli.unknownLanguage": "未知的语言 {word}；可用：{list}",
    "cli.unknownOption": "未知的选项 {option}",
    "cli.moreThanOneFile": "只能打开一个文件，多出了：{file}",
    "cli.readOnly": "{file} 正由另一个 cnplan 编辑，这里只读，修改会被拒绝",
    "cli.checkTakesOneFile": "check 只接受一个文件",
    "cli.unknownFormat": "未知的格式 {format}；请用 json 或 md",
    "cli.exportNeedsFile": "export 需要一个文件",
    "cli.severalNeedOutput": "导出多个文件时需要 --output 目录",
    "cli.notAFolder": "{dir} 不是文件夹",

    // 工作坊之后：进展打卡、对照目标的进展、方案组合报告
    "error.noCheckIn": "影响 {id} 在 {date} 没有打卡记录",
    "expected.actual": "实测数值",
    "expected.day": "日期（YYYY-MM-DD）",
    "command.progress.summary": "逐项对照目标看影响：最近一次打卡，是否按计划推进。",
    "command.progress.example": """
        影响 i1 实际 30 日期 2027-01-15 备注 小程序上线后
        影响 i1 实际 删除 2027-01-15
        进展
        """,
    "command.progress.words": "进展 进度",
    "word.actual": "实际 实际值 实测 打卡",
    "word.on": "日期 于",
    "word.note": "备注 说明",
    "progress.none": "还没有影响指标：impact add METRIC",
    "progress.head": "{id}  {metric}  {change}  ",
    "progress.noCheckIn": "还没有打卡（impact {id} actual NUMBER）",
    "progress.latest": "{date} 为 {value}  已完成 {percent}  {state}  {spark}",
    "progress.percent": "{n}%",
    "progress.spark": "_.-~=+*#",
    "progress.state.reached": "已达成",
    "progress.state.ahead": "超前",
    "progress.state.onTrack": "按计划",
    "progress.state.behind": "落后",
    "progress.state.missed": "已逾期",
    "progress.state.unknown": "-",
    "progress.status": "进展：{list}",
    "progress.status.item": "{state} {n} 项",
    "progress.status.unmeasured#other": "{n} 项未测量",
    "md.heading.progress": "进展",
    "md.progress.metric": "指标",
    "md.progress.latest": "最近实测",
    "md.progress.percent": "完成比例",
    "md.progress.state": "状态",
    "check.CN511.unchecked": "目标日期 {date} 已过，之后没有打卡",
    "check.CN511.unchecked.fix": "impact {id} actual NUMBER on YYYY-MM-DD",
    "check.CN512.stale": "自 {date} 起没有打卡，已超过 {days} 天",
    "check.CN512.stale.fix": "impact {id} actual NUMBER",
    "check.CN512.never": "方案自 {date} 开始已超过 {days} 天，仍没有打卡",
    "check.CN512.never.fix": "impact {id} actual NUMBER",
    "check.CN513.allBehind": "它的 {n} 项影响全部落后：要重新审视方案本身，而不只是数字",
    "check.CN513.allBehind.fix": "先看 progress，再改 concept {id} description TEXT 或 impact IID target NUMBER",
    "report.usage": "用法：cnplan report 文件夹 [--format md|json|html] [--output 路径] [--lang en|zh]",
    "report.notAFolder": "{dir} 不是文件夹",
    "report.htmlNotYet": "HTML 版的方案组合报告还没做好；请用 --format md 或 json",
    "report.title": "{dir} 中的方案组合",
    "report.count.plans#other": "读取方案 {n} 个",
    "report.count.skipped#other": "跳过文件 {n} 个",
    "report.count.impacts#other": "影响 {n} 项",
    "report.plans": "方案",
    "report.file": "文件",
    "report.planTitle": "标题",
    "report.date": "日期",
    "report.completeness": "已完成步骤",
    "report.errors": "未解决错误",
    "report.impacts": "各方案的影响（落后的在前）",
    "report.plan": "方案",
    "report.behaviours": "行为模式",
    "report.chosen": "被选次数",
    "report.rankedFirst": "排第一次数",
    "report.roles": "细分的角色",
    "report.role": "角色",
    "report.segments": "细分数",
    "report.noRole": "（未填角色）",
    "report.areas": "互动领域",
    "report.area": "领域",
    "report.concepts": "方案数",
    "report.skipped": "跳过的文件",
    "report.reason": "原因",
    "report.none": "无",
]
