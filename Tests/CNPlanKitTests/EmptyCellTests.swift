import Testing

@testable import CNPlanCore

/// An empty cell of a handout or a report (a field not filled in, a change that cannot be computed,
/// an impact not measured yet, a quadrant with nothing in it, a plan without title or date) shows the
/// catalog's mark, `md.empty`, the same in every column of a table: `—` in English, 暂无 in Chinese.
@Suite struct EmptyCellTests {
    static let today = ProgressReportTests.today

    /// Every kind of empty cell: unset fields in each table, an impact whose change cannot be
    /// computed (no baseline; a baseline of 0), one measured without a baseline, one not measured,
    /// an empty quadrant, and no objective for the summary.
    static func plan() throws -> Plan {
        try run([
            "segment add Owners", "behaviour add access", "concept add Repair app", "concept c1 value 5",
            "concept c1 effort 2", "impact add Not measured", "impact add From zero", "impact i2 baseline 0",
            "impact i2 target 10", "impact add Measured", "impact i3 baseline 5", "impact i3 target 10",
            "impact i3 by 2027-12-31", "impact i3 actual 7 on 2027-03-01", "impact add No baseline",
            "impact i4 actual 3 on 2027-03-01",
        ])
    }

    /// A language whose catalog is `base`'s with another mark for an empty cell.
    static func marked(_ base: Language, _ mark: String) -> Texts {
        Texts(
            Language(
                code: base.code, name: base.name,
                entries: {
                    var entries = base.entries
                    entries["md.empty"] = mark
                    return entries
                }, plural: base.plural))
    }

    static func outputs(_ t: Texts) throws -> [(String, String)] {
        let plan = try Self.plan()
        let context = CheckContext(today: Self.today)
        let portfolio = Portfolio(
            folder: "dir", plans: [PlanFigures(file: "a.json", plan: plan, today: Self.today)], skipped: [])
        return [
            ("handout md", MarkdownExporter(plan: plan, context: context, texts: t).render()),
            ("handout html", HTMLExporter(plan: plan, context: context, texts: t).render()),
            ("report md", portfolio.markdown(t)),
            ("report html", portfolio.html(t, today: Self.today)),
        ]
    }

    @Test(arguments: [Language.english, Language.chinese])
    func everyEmptyCellIsTheCatalogsMark(language: Language) throws {
        let mark = "EMPTY"
        for (name, text) in try Self.outputs(Self.marked(language, mark)) {
            #expect(text.contains(mark), "\(name) shows no empty cell")
            for other in ["—", "暂无", "| - |", ">-<", "> - <"] {
                #expect(!text.contains(other), "\(name) writes \(other) for an empty cell")
            }
        }
    }

    /// In the real catalogs: each language's one mark, and in the progress tables an impact not
    /// measured yet has it in its latest, percent and state cells alike.
    @Test(arguments: [(Language.english, "—"), (Language.chinese, "暂无")])
    func anImpactNotMeasuredHasOneMarkInEachCell(language: Language, mark: String) throws {
        let t = Texts(language)
        #expect(t("md.empty") == mark)
        let outputs = try Self.outputs(t)
        let row = "| i1 | Not measured | \(mark) | \(mark) | \(mark) |"
        #expect(outputs[0].1.contains(row), "\(outputs[0].1)")
        #expect(
            outputs[2].1.contains("| a.json | i1 | Not measured | \(mark) | \(mark) | \(mark) |"), "\(outputs[2].1)")
        #expect(outputs[2].1.contains("| a.json | \(mark) | \(mark) |"), "\(outputs[2].1)")
        #expect(
            outputs[1].1.contains("<td>i1</td><td>Not measured</td><td>\(mark)</td><td>\(mark) "), "\(outputs[1].1)")
        for (name, text) in outputs where language == .chinese {
            #expect(!text.contains("—") && !text.contains("| - |"), "\(name)")
        }
    }
}
