import Testing

@testable import CNPlanCore

/// "Did you mean": a mistyped word is compared with the words of the language it is typed in, so
/// a Chinese typo (a wrong character from the input method, a word cut short) suggests the Chinese
/// word, and an English one still the English word, whatever the interface language.
@Suite struct SuggestionTests {
    static func suggestion(_ line: String) -> String? {
        do {
            _ = try Parser.parse(line)
        } catch {
            switch error {
            case .unknownCommand(_, let s), .unknownWord(_, _, let s), .unknownBehaviour(_, let s),
                .unknownChoice(_, _, let s), .badDuration(_, let s):
                return s
            default: return "no suggestion in \(error)"
            }
        }
        return "parsed"
    }

    @Test(arguments: [
        // Values: a stage, a role, a behaviour.
        ("segment s1 stage 吸影", "吸引"), ("segment s1 role 消废者", "消费者"), ("segment s1 role 消费", "消费者"),
        ("segment s1 role 政俯", "政府"), ("behaviour add 联洁", "联结"), ("behaviour remove 定置", "定制"),
        ("concept c1 uses 合做", "合作"), ("concept c1 channel 线尚", "线上"),
        // Command, sub-command and field words.
        ("撤消了", "撤消"), ("撤小", "撤销"), ("状太", "状态"), ("导处 md", "导出"), ("细分 添家 老人", "添加"),
        ("行为 排续 接入", "排序"), ("细分 s1 需球 省时", "需求"), ("方案 c1 描术 小程序", "描述"),
        ("显示 步聚 2", "步骤"), ("计时 停上", "停止"),
        // English words still find English words.
        ("segment s1 stage atract", "attract"), ("segment s1 role consumr", "consumer"),
        ("behaviour add acess", "access"),
        ("stauts", "status"), ("segment s1 nede x", "need"), ("segment ad x", "add"),
    ])
    func aTypoSuggestsAWordOfItsLanguage(line: String, expected: String) throws {
        #expect(Self.suggestion(line) == expected, "\(line)")
        // The suggestion is a word taken where the typo was.
        let words = line.split(separator: " ").map(String.init)
        let fixed = words.indices.map { i in words.enumerated().map { $0.offset == i ? expected : $0.element } }
        #expect(fixed.contains { (try? Parser.parse($0.joined(separator: " "))) != nil }, "\(line)")
    }

    @Test func aChineseTypoNeverSuggestsAnEnglishWordNorTheOtherWayRound() {
        #expect(nearest("吸影", in: ["attract", "吸引"]) == "吸引")
        #expect(nearest("吸影", in: ["attract"]) == nil)
        #expect(nearest("atract", in: ["吸引", "attract"]) == "attract")
        #expect(nearest("a", in: ["吸引"]) == nil)
    }

    /// The message shows the suggestion in both interface languages.
    @Test(arguments: ["en", "zh"])
    func theMessageNamesTheChineseWord(code: String) {
        let message = ErrorWordingTests.message("segment s1 role 消废者", code)
        #expect(message.contains("消费者"), "\(message)")
    }
}
