import Testing

@testable import CNPlanCore
@testable import CNPlanKit

/// A concept's feedback loop: one text field, typed, stored, shown, exported and asked like the others.
@Suite struct ConceptFeedbackTests {
    static let loop = "Each request shows its status: answered, resolved or pending"
    static let today = CheckContext(today: PlanDate("2026-11-23")!)
    static let plan = [
        "segment add Owners", "behaviour add connect", "concept add App", "concept c1 uses connect",
        "concept c1 feedback \(loop)",
    ]

    @Test func theEnglishAndChineseWordsSetIt() throws {
        #expect(try run(Self.plan).concepts[0].feedback == Self.loop)
        #expect(try run(Self.plan + ["方案 c1 反馈 已回复、已解决"]).concepts[0].feedback == "已回复、已解决")
        #expect(try run(Self.plan + ["concept c1 feedback \"\""]).concepts[0].feedback == nil)
    }

    @Test func itIsAKeyOfTheConceptInTheFileAndAbsentWhenUnset() throws {
        let p = try run(Self.plan)
        let json = try JSONParser.parse(Array(PlanCodec.encode(p).utf8))
        guard case .array(let concepts)? = json["concepts"] else {
            Issue.record("no concepts")
            return
        }
        #expect(concepts[0]["feedback"] == .string(Self.loop))
        #expect(try decode(PlanCodec.encode(p)) == p)
        let before = try run(Array(Self.plan.dropLast()))
        #expect(!PlanCodec.encode(before).contains("feedback"))
    }

    @Test func theBoardAndTheHandoutShowIt() throws {
        let p = try run(Self.plan)
        #expect(try Board(plan: p, width: 100, texts: en).show(.item("c1")).contains(Self.loop))
        let md = MarkdownExporter(plan: p, context: Self.today, texts: en).render()
        #expect(md.contains("Feedback loop:"))
        let zh = MarkdownExporter(plan: p, context: Self.today, texts: Texts(.chinese))
        #expect(zh.render().contains("反馈闭环："))
    }

    @Test func aPlanWithoutItReadsAsBefore() throws {
        let p = try run(Array(Self.plan.dropLast()))
        let md = MarkdownExporter(plan: p, context: Self.today, texts: en).render()
        #expect(!md.contains("Feedback loop:"))
        #expect(!Progress(plan: p).report(width: nil, texts: en).contains("feedback"))
        #expect(try !Board(plan: p, width: 100, texts: en).show(.item("c1")).contains("feedback"))
    }

    @Test func theGuideAsksItAfterTheConceptsTextsAndEnterSkipsIt() throws {
        let setup =
            GuideStateTests.throughStep2 + [
                "behaviour add connect", "behaviour connect value 4", "behaviour connect effort 2",
                "behaviour connect why w",
                "concept add App", "concept c1 uses connect", "concept c1 description d",
                "concept c1 customer-value cv",
                "concept c1 org-value ov",
            ]
        let w = Workbench(plan: try run(setup))
        // Area, form and channel come first; Enter skips each.
        let console = ScriptConsole(typed("guide step 4", "", "", "", "", "/stop"))
        let shell = Shell(workbench: w, console: console)
        _ = shell.run()
        #expect(console.text.contains("How does the customer hear back from c1 App?"))
        #expect(shell.workbench.plan.concepts[0].feedback == nil)
    }
}
