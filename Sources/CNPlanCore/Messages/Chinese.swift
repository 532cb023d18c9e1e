// The Chinese catalog (简体中文): every text a user reads, by key, as a Chinese facilitator
// writes it. Same keys and placeholders as English.swift.

let chineseCatalog: [String: String] = [
    "list.separator": "、",
    "behaviour.access": "接入",
    "behaviour.engage": "参与",
    "behaviour.customize": "定制",
    "behaviour.connect": "联结",
    "behaviour.connect.words": "连接",
    "behaviour.collaborate": "合作",
    "choice.role.consumer": "消费者",
    "choice.role.partner": "合作伙伴",
    "choice.role.investor": "投资者",
    "choice.role.media": "媒体",
    "choice.role.government": "政府",
    "choice.role.employee": "员工",
    "choice.role.other": "其他",
    "word.yes": "是 是的 好 好的 要 对 行 可以 嗯",
    "word.no": "否 不 不要 没有 不用 不是 没",
]
