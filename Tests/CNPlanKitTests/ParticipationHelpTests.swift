import Testing

@testable import CNPlanCore

/// `help participation`, `help stages` and `help forms`: in both languages, by English or Chinese
/// words, each with an example that the prompt accepts.
@Suite struct ParticipationHelpTests {
    static let topics = ["participation": "参与机制", "stages": "关系阶段", "forms": "互动形式"]

    @Test(arguments: ["participation", "stages", "forms"])
    func eachTopicExplainsInBothLanguagesWithAWorkingExample(topic: String) throws {
        for language in Language.all {
            let t = Texts(language)
            let text = try Help.text(for: topic, texts: t)
            #expect(text == t("help.topic.\(topic)"))
            #expect(try Help.text(for: Self.topics[topic]!, texts: t) == text)
            // The example lines at the end are commands that change the plan.
            let examples = text.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
                .map { String($0).trimmingSpaces }.filter { $0.contains(" c1 ") || $0.contains(" s1 ") }
            #expect(!examples.isEmpty, "\(topic) in \(language) has no example")
            var plan = try run(["segment add A", "behaviour add access", "concept add App"])
            for line in examples {
                guard case .edit(let e)? = try Parser.parse(line) else {
                    Issue.record("not an edit: \(line)")
                    continue
                }
                plan = try apply(e, to: plan)
            }
        }
    }

    @Test func singularWordsReachTheTopics() throws {
        #expect(try Help.text(for: "stage", texts: en) == en("help.topic.stages"))
        #expect(try Help.text(for: "form", texts: en) == en("help.topic.forms"))
        #expect(try Help.text(for: "area", texts: en) == en("help.topic.participation"))
    }
}
