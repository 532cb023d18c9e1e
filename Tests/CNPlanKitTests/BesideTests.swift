import Testing

@testable import CNPlanCore

/// Work done beside the caller on another thread (`Beside`), and the Markdown handout of a large
/// plan, whose checks run that way while the rest is written.
@Suite struct BesideTests {
    @Test(arguments: [false, true])
    func theValueIsTheWorksResultHoweverOftenItIsRead(large: Bool) {
        let beside = Beside(large: large) { (1...1000).reduce(0, +) }
        #expect(beside.value == 500_500)
        #expect(beside.value == 500_500)
    }

    /// A plan of `n` concepts, each without a segment or a measure, so that the checks find something
    /// for every one.
    static func plan(_ n: Int) -> Plan {
        var p = Plan()
        p.objective.statement = "Cut the time to first response"
        p.concepts = (1...n).map { Concept(id: "c\($0)", title: "Concept \($0)") }
        p.nextIds.concept = n + 1
        return p
    }

    @Test(arguments: [10, 600])
    func aHandoutListsEveryFindingInCheckOrder(concepts: Int) {
        let context = CheckContext(today: PlanDate("2026-11-24")!)
        let plan = Self.plan(concepts)
        let handout = MarkdownExporter(plan: plan, context: context, texts: Texts(.english)).render()
        let section = handout.components(separatedBy: "## " + Texts(.english)("md.heading.findings")).last!
        let findings = section.components(separatedBy: "\n").filter { $0.hasPrefix("- **") }
        let expected = Checks.run(plan, context: context)
        #expect(expected.count >= concepts)
        #expect(findings.count == expected.count)
        for (line, f) in zip(findings, expected) { #expect(line.contains(" \(f.code) "), "\(line)") }
    }
}
