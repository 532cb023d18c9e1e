import Foundation
import Testing

@testable import CNPlanCore

/// What users read of a plan, made in-process and compared with snapshots (see Snapshot.swift).
/// The exports of the examples are compared with examples/*.json, *.md and *.html: the same snapshots
/// that ExampleTests makes again through the binary.
@Suite struct TextSnapshotTests {
    static let examples = [
        "appliance-repair", "neighbourhood-grocer", "clinic-follow-up", "bank-branch-zh", "community-store-zh",
        "hospital-follow-up-zh",
    ]
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

    /// The texts of the plan's own language.
    static func language(of plan: Plan) -> Texts { Texts(plan.handoutLanguage(empty: .english)) }

    static func loadExample(_ name: String) throws -> Plan {
        let bytes = try Data(contentsOf: Snapshot.root.appendingPathComponent("examples/\(name).json"))
        return try PlanCodec.decode(JSONParser.parse(Array(bytes)))
    }

    /// `status` on an 80-column terminal and on a pipe, `show` and `check`, by file name.
    static func texts(of plan: Plan) throws -> [(file: String, text: String)] {
        let en = language(of: plan)
        return [
            ("status.txt", Progress(plan: plan).report(width: 80, texts: en)),
            ("status-pipe.txt", Progress(plan: plan).report(width: nil, texts: en)),
            ("show.txt", try Board(plan: plan, width: 80, texts: en).show(.plan)),
            ("check.txt", CheckReport(plan: plan, context: context).text(en)),
        ]
    }

    /// The exports, by file name; `source` is the file the plan came from.
    static func exports(of plan: Plan, source: String? = nil) -> [(file: String, text: String)] {
        let en = language(of: plan)
        return [
            ("md", MarkdownExporter(plan: plan, context: context, texts: en).render()),
            ("json", PlanCodec.encode(plan)),
            ("html", HTMLExporter(plan: plan, context: context, texts: en, source: source).render()),
        ]
    }

    @Test(arguments: examples)
    func exampleTexts(name: String) throws {
        let plan = try Self.loadExample(name)
        for (file, text) in try Self.texts(of: plan) {
            Snapshot.expect(text, suite: "TextSnapshotTests", name: "\(name).\(file)")
        }
        for (file, text) in Self.exports(of: plan, source: "\(name).json") {
            Snapshot.expect(text, matches: "examples/\(name).\(file)")
        }
    }

    @Test(arguments: unfinished.keys.sorted())
    func unfinishedTexts(name: String) throws {
        let plan = try run(Self.unfinished[name]!)
        for (file, text) in try Self.texts(of: plan) + Self.exports(of: plan) {
            Snapshot.expect(text, suite: "TextSnapshotTests", name: "\(name).\(file)")
        }
    }

    @Test func noSnapshotIsLeftOver() throws {
        let texts = try Self.texts(of: Plan()).map(\.file)
        let exports = Self.exports(of: Plan()).map(\.file)
        let files =
            Self.examples.flatMap { name in texts.map { "\(name).\($0)" } }
            + Self.unfinished.keys.flatMap { name in (texts + exports).map { "\(name).\($0)" } }
        Snapshot.expectNoOthers(in: "TextSnapshotTests", than: files)
    }
}

/// `help`, and `help WORD` for every command and topic, compared with snapshots.
@Suite struct HelpSnapshotTests {
    @Test func overview() throws {
        Snapshot.expect(try Help.text(for: nil, texts: en), suite: "HelpSnapshotTests", name: "help.txt")
    }

    static let words = Set(Help.words).sorted()

    @Test(arguments: words)
    func word(_ word: String) throws {
        Snapshot.expect(try Help.text(for: word, texts: en), suite: "HelpSnapshotTests", name: "help-\(word).txt")
    }

    @Test func noSnapshotIsLeftOver() {
        Snapshot.expectNoOthers(in: "HelpSnapshotTests", than: ["help.txt"] + Self.words.map { "help-\($0).txt" })
    }
}

/// The English texts, for snapshots of the English interface.
let en = Texts(.english)
