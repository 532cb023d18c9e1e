import Foundation
import Testing

/// The plans in examples/ replayed as a user would, compared with their snapshot files.
@Suite struct ExampleTests {
    /// The English plans, and one Chinese plan per sector, made in a Chinese session.
    static let examples = [
        "appliance-repair", "neighbourhood-grocer", "clinic-follow-up", "bank-branch-zh", "community-store-zh",
        "hospital-follow-up-zh",
    ]
    let today = ["CNPLAN_TODAY": "2026-11-23"]

    /// The session's environment: a Chinese example is made with the interface in Chinese.
    func environment(_ name: String) -> [String: String] {
        name.hasSuffix("-zh") ? today.merging(["CNPLAN_LANG": "zh"]) { $1 } : today
    }

    @Test(arguments: examples)
    func guideAnswersMakeTheExamplePlan(name: String) throws {
        let answers = try CLI.read(CLI.root.appendingPathComponent("examples/\(name).answers"))
        let dir = try CLI.temporaryDirectory()
        let r = try CLI.run(
            [], input: answers + "export json plan.json\nexport md plan.md\n", directory: dir,
            environment: environment(name))
        #expect(r.status == 0, "\(r.stderr)")
        // examples/*.json and *.md are the snapshots: `make snapshots` makes them again from the answers.
        Snapshot.expect(try CLI.read(dir.appendingPathComponent("plan.json")), matches: "examples/\(name).json")
        Snapshot.expect(try CLI.read(dir.appendingPathComponent("plan.md")), matches: "examples/\(name).md")
        // The HTML handout from the example's file, whose name its footer gives.
        let html = try CLI.run(
            ["export", CLI.root.appendingPathComponent("examples/\(name).json").path, "--format", "html"],
            environment: today)
        #expect(html.status == 0, "\(html.stderr)")
        Snapshot.expect(html.stdout, matches: "examples/\(name).html")
    }

    @Test(arguments: examples)
    func examplesPassCheck(name: String) throws {
        let r = try CLI.run(
            ["check", CLI.root.appendingPathComponent("examples/\(name).json").path], environment: today)
        #expect(r.status == 0)
        #expect(!r.stdout.contains("error "))
    }

    @Test func theTypedScriptAndTheGuidedAnswersGiveTheSamePlan() throws {
        let script = try CLI.read(CLI.root.appendingPathComponent("examples/appliance-repair.cnplan"))
        let typed = try CLI.run([], input: script + "export json\n", environment: today)
        let plan = try CLI.read(CLI.root.appendingPathComponent("examples/appliance-repair.json"))
        #expect(typed.stdout.hasSuffix(plan))
    }
}
