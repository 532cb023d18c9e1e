import Foundation
import Testing

@testable import CNPlanCore

/// What users read of a plan, made in-process and compared with snapshots (see Snapshot.swift).
/// The exports of the examples are compared with examples/*.json and *.md: the same snapshots that
/// ExampleTests makes again through the binary from the guide's answers.
@Suite struct TextSnapshotTests {
    static let examples = ["appliance-repair", "neighbourhood-grocer", "clinic-follow-up"]
    static let context = CheckContext(today: PlanDate("2026-11-23")!)

    /// Plans a team has not finished: the texts that list what is missing and the findings.
    static let unfinished: [String: [String]] = [
        "empty": [],
        "halfway": [
            "title Clinic follow-up", "objective Fewer missed follow-up visits",
            "segment add Discharged patients", "segment add Family carers", "segment s1 role consumer",
            "behaviour add access engage customize connect collaborate", "behaviour access value 4",
            "concept add Reminder line", "concept c1 segment s1", "concept c1 uses access",
            "impact add Missed follow-ups", "impact i1 baseline 30", "impact i1 target 30", "impact i1 by 2026-01",
            "concept add Carer app", "impact add Carer sign-ups",
        ],
    ]

    static func loadExample(_ name: String) throws -> Plan {
        let bytes = try Data(contentsOf: Snapshot.root.appendingPathComponent("examples/\(name).json"))
        return try PlanCodec.decode(JSONParser.parse(Array(bytes)))
    }

    /// `status` on an 80-column terminal and on a pipe, `show` and `check`.
    func expectTexts(of plan: Plan, name: String) throws {
        let suite = "TextSnapshotTests"
        Snapshot.expect(Progress(plan: plan).report(width: 80), suite: suite, name: "\(name).status.txt")
        Snapshot.expect(Progress(plan: plan).report(width: nil), suite: suite, name: "\(name).status-pipe.txt")
        Snapshot.expect(try Board(plan: plan, width: 80).show(.plan), suite: suite, name: "\(name).show.txt")
        Snapshot.expect(CheckReport(plan: plan, context: Self.context).text, suite: suite, name: "\(name).check.txt")
    }

    @Test(arguments: examples)
    func exampleTexts(name: String) throws {
        let plan = try Self.loadExample(name)
        try expectTexts(of: plan, name: name)
        Snapshot.expect(MarkdownExporter(plan: plan, context: Self.context).render(), matches: "examples/\(name).md")
        Snapshot.expect(PlanCodec.encode(plan), matches: "examples/\(name).json")
    }

    @Test(arguments: unfinished.keys.sorted())
    func unfinishedTexts(name: String) throws {
        let plan = try run(Self.unfinished[name]!)
        try expectTexts(of: plan, name: name)
        let suite = "TextSnapshotTests"
        Snapshot.expect(MarkdownExporter(plan: plan, context: Self.context).render(), suite: suite, name: "\(name).md")
        Snapshot.expect(PlanCodec.encode(plan), suite: suite, name: "\(name).json")
    }
}

/// `help`, and `help WORD` for every command and topic, compared with snapshots.
@Suite struct HelpSnapshotTests {
    @Test func overview() throws {
        Snapshot.expect(try Help.text(for: nil), suite: "HelpSnapshotTests", name: "help.txt")
    }

    @Test(arguments: Set(Help.commandNames + Help.topicNames).sorted())
    func word(_ word: String) throws {
        Snapshot.expect(try Help.text(for: word), suite: "HelpSnapshotTests", name: "help-\(word).txt")
    }
}
