import Testing

@testable import CNPlanCore
@testable import CNPlanKit
@testable import CNPlanTerminal

/// How customers take part: a concept's interaction areas (several), form and channel, and a
/// segment's relationship stage, typed in either language, stored, shown and asked.
@Suite struct ParticipationFieldsTests {
    static let plan = ["segment add Owners", "behaviour add connect", "concept add App", "concept c1 uses connect"]
    static let today = CheckContext(today: PlanDate("2026-11-23")!)

    @Test func areasAreSeveralWordsInEitherLanguageEachOnce() throws {
        let p = try run(Self.plan + ["concept c1 area service, innovation service"])
        #expect(p.concepts[0].area == [.service, .innovation])
        #expect(try run(Self.plan + ["方案 c1 互动领域 交易、营销推广"]).concepts[0].area == [.transaction, .marketing])
        #expect(try run(["concept c1 area \"\""], on: p).concepts[0].area == [])
        #expect(throws: PlanError.unknownChoice("sales", .areas, suggestion: nil)) {
            try run(Self.plan + ["concept c1 area sales"])
        }
    }

    @Test func formChannelAndStageTakeOneWordByValueLabelOrAlias() throws {
        let p = try run(
            Self.plan + ["concept c1 form co-creation", "concept c1 channel both", "segment s1 stage permission"])
        #expect(p.concepts[0].form == .cocreation)
        #expect(p.concepts[0].channel == .both)
        #expect(p.segments[0].stage == .permit)
        let zh = try run(Self.plan + ["方案 c1 互动形式 体验测试", "方案 c1 渠道 线下", "细分 s1 关系阶段 忠诚"])
        #expect(zh.concepts[0].form == .testing)
        #expect(zh.concepts[0].channel == .offline)
        #expect(zh.segments[0].stage == .loyal)
    }

    @Test func theFileHoldsAreasAsAnArrayAndOldFilesLoadUnchanged() throws {
        let p = try run(
            Self.plan + ["concept c1 area innovation service", "concept c1 form ideas", "segment s1 stage attract"])
        let text = PlanCodec.encode(p)
        let json = try JSONParser.parse(Array(text.utf8))
        guard case .array(let concepts)? = json["concepts"], case .array(let segments)? = json["segments"] else {
            Issue.record("no concepts or segments")
            return
        }
        #expect(concepts[0]["area"] == .array([.string("innovation"), .string("service")]))
        #expect(concepts[0]["form"] == .string("ideas"))
        #expect(segments[0]["stage"] == .string("attract"))
        #expect(try decode(text) == p)
        // A plan written before these fields has none of their keys and reads back byte for byte.
        let before = PlanCodec.encode(try run(Self.plan))
        for key in ["area", "form", "channel", "stage"] { #expect(!before.contains("\"\(key)\"")) }
        #expect(PlanCodec.encode(try decode(before)) == before)
    }

    @Test func aFileWithAnUnknownAreaIsRefusedWithItsPath() {
        let text = #"{"format":"cnplan.plan","version":1,"concepts":[{"id":"c1","title":"A","area":["service","x"]}]}"#
        let error = PlanCodec.FormatError(path: "$.concepts[0].area[1]", problem: .unknownChoice("area", "x"))
        #expect(throws: error) {
            try decode(text)
        }
    }

    @Test func theJournalKeepsAreasAsTheirKeys() throws {
        let edit = Edit.set(.concept, id: "c1", field: "area", value: .choices(["service", "innovation"]))
        let line = EditCodec.encode(edit)
        #expect(line.contains(#""value":["service","innovation"]"#))
        #expect(try EditCodec.decode(line) == edit)
    }

    @Test func theBoardAndTheHandoutShowThemInTheRoomsLanguage() throws {
        let p = try run(
            Self.plan + ["concept c1 area service innovation", "concept c1 form testing", "segment s1 stage satisfy"])
        let board = try Board(plan: p, width: 100, texts: en).show(.plan)
        #expect(board.contains("service and support, product and service innovation"))
        #expect(board.contains("[experience testing]"))
        #expect(board.contains("[satisfaction]"))
        let md = MarkdownExporter(plan: p, context: Self.today, texts: en).render()
        #expect(md.contains("- **Where customers and the firm meet:** service and support, product and service"))
        #expect(md.contains("- **Form of interaction:** experience testing"))
        #expect(md.contains("| Stage |"))
        let zh = MarkdownExporter(plan: p, context: Self.today, texts: Texts(.chinese)).render()
        #expect(zh.contains("服务支持、产品与服务创新") || zh.contains("服务支持，产品与服务创新"))
        #expect(zh.contains("体验测试"))
        // Unset, they take no room: no empty Stage column, no empty lines.
        let bare = MarkdownExporter(plan: try run(Self.plan), context: Self.today, texts: en).render()
        #expect(!bare.contains("Stage") && !bare.contains("Form of interaction"))
    }

    @Test func completionOffersTheValuesAfterEachArea() throws {
        let c = Completer(plan: try run(Self.plan))
        #expect(c.candidates(after: ["concept", "c1", "area"], current: "").contains("innovation"))
        #expect(c.candidates(after: ["concept", "c1", "area", "innovation"], current: "").contains("service"))
        #expect(c.candidates(after: ["segment", "s1", "stage"], current: "").contains("attract"))
    }

    @Test func theGuideAsksThemWithTheListAndTakesNumbers() throws {
        let setup =
            GuideStateTests.throughStep2 + [
                "behaviour add connect", "behaviour connect value 4", "behaviour connect effort 2",
                "behaviour connect why w",
                "concept add App", "concept c1 uses connect", "concept c1 description d",
                "concept c1 customer-value cv",
                "concept c1 org-value ov",
            ]
        let w = Workbench(plan: try run(setup))
        let console = ScriptConsole(typed("guide step 4", "1 4", "", "3", "/stop"))
        let shell = Shell(workbench: w, console: console)
        _ = shell.run()
        #expect(console.text.contains("Where do customers and you meet in c1 App?"))
        #expect(console.text.contains("1 product and service innovation, 2 marketing and promotion"))
        #expect(console.text.contains("How deeply do customers take part in c1 App?"))
        #expect(shell.workbench.plan.concepts[0].area == [.innovation, .service])
        #expect(shell.workbench.plan.concepts[0].form == nil)
        #expect(shell.workbench.plan.concepts[0].channel == .both)
    }

    @Test func theGuideAsksASegmentsStageAfterItsBarriers() throws {
        let setup = Array(GuideStateTests.throughStep2.dropLast())
        let w = Workbench(plan: try run(setup))
        let console = ScriptConsole(typed("guide step 2", "participation", "/stop"))
        let shell = Shell(workbench: w, console: console)
        _ = shell.run()
        #expect(console.text.contains("Where does s1 A stand in its relationship with you?"))
        #expect(shell.workbench.plan.segments[0].stage == .participate)
    }
}
