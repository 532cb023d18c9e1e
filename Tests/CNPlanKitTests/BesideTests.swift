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

    /// The sections written beside the others come out exactly as written in turn, in both languages.
    @Test(arguments: [Language.english, .chinese])
    func aHandoutIsTheSameWhereverItsLastSectionsAreWritten(language: Language) {
        var plan = Self.plan(600)
        plan.impacts = (1...300).map { k in
            var m = Impact(id: "i\(k)", metric: "Metric \(k)")
            m.baseline = Double(k)
            m.target = .absolute(Double(2 * k))
            m.concept = "c\(k)"
            return m
        }
        plan.nextIds.impact = 301
        let exporter = MarkdownExporter(
            plan: plan, context: CheckContext(today: PlanDate("2026-11-24")!), texts: Texts(language))
        let inTurn = exporter.parts(tailBeside: false)
        #expect(inTurn.count == 1)
        #expect(Array(exporter.parts(tailBeside: true).joined()) == inTurn[0])
        #expect(exporter.bytes() == inTurn[0])
        #expect(String(decoding: inTurn[0], as: UTF8.self).contains("i300"))
    }
}
