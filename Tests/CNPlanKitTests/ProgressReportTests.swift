import Testing

@testable import CNPlanCore

/// A plan with three impacts whose check-ins are ahead, behind and reached shows each state in
/// `progress`, in `status` and in the Markdown handout, in both languages.
@Suite struct ProgressReportTests {
    static let today = PlanDate("2027-04-01")!

    static func plan() throws -> Plan {
        try run([
            "title After the workshop", "concept add Repair app",
            "impact add First response time", "impact i1 baseline 48", "impact i1 target 4", "impact i1 by 2027-12-31",
            "impact add Share opened in the app", "impact i2 baseline 5", "impact i2 target 40",
            "impact i2 by 2027-12-31",
            "impact add Satisfaction", "impact i3 baseline 60", "impact i3 target 80", "impact i3 by 2027-12-31",
            "impact i1 actual 48 on 2027-01-01", "impact i1 actual 20 on 2027-04-01",
            "impact i2 actual 5 on 2027-01-01", "impact i2 actual 6 on 2027-04-01",
            "impact i3 actual 60 on 2027-01-01", "impact i3 actual 81 on 2027-04-01 note survey of March",
        ])
    }

    @Test func eachStateIsComputed() throws {
        let states = ImpactProgress.all(in: try Self.plan(), today: Self.today).map(\.state)
        #expect(states == [.ahead, .behind, .reached])
    }

    @Test(arguments: [("en", ["ahead", "behind", "reached"]), ("zh", ["超前", "落后", "已达成"])])
    func progressAndStatusShowEachState(code: String, words: [String]) throws {
        let t = Texts(Language.named(code)!)
        let report = ProgressReport(plan: try Self.plan(), today: Self.today, texts: t)
        let lines = report.text(width: nil).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        for (line, word) in zip(lines, words) { #expect(line.contains(word), "\(line)") }
        #expect(lines[0].contains("64%"))
        let status = try #require(report.statusLine())
        for word in words { #expect(status.contains(word)) }
        #expect(ProgressReport(plan: try run(["impact add M"]), today: Self.today, texts: t).statusLine() == nil)
    }

    @Test func theSparklineIsAsciiInChinese() throws {
        let zh = ProgressReport(plan: try Self.plan(), today: Self.today, texts: Texts(.chinese)).text(width: nil)
        #expect(!zh.unicodeScalars.contains { (0x2580...0x259F).contains($0.value) })
        let en = ProgressReport(plan: try Self.plan(), today: Self.today, texts: Texts(.english)).text(width: nil)
        #expect(en.contains("▁") || en.contains("█"))
    }

    @Test(arguments: [
        ("en", "| i1 | First response time | 20 (2027-04-01) | 64% | ahead |"),
        ("zh", "| i3 | Satisfaction | 81（2027年4月1日） | 105% | 已达成 |"),
        // Behind, in both languages: the state a handout is read for.
        ("en", "| i2 | Share opened in the app | 6 (2027-04-01) | 3% | behind |"),
        ("zh", "| i2 | Share opened in the app | 6（2027年4月1日） | 3% | 落后 |"),
    ])
    func theHandoutHasAProgressTable(code: String, row: String) throws {
        let md = MarkdownExporter(
            plan: try Self.plan(), context: CheckContext(today: Self.today), texts: Texts(Language.named(code)!)
        )
        .render()
        #expect(md.contains(row), "\(md)")
        #expect(md.contains("| i2 |"))
        let none = MarkdownExporter(
            plan: try run(["impact add M"]), context: CheckContext(today: Self.today), texts: Texts(.english))
        #expect(!none.render().contains("## Progress"))
    }

    /// Every piece of a progress row comes from the language: full-width brackets around the date
    /// and the catalog's mark for an impact not measured yet, in the Markdown and the HTML handout.
    @Test(arguments: [
        ("en", "20 (2027-04-01)", "| i4 | Not measured | — |", "<td>i4</td><td>Not measured</td><td>—</td>"),
        ("zh", "20（2027年4月1日）", "| i4 | Not measured | 暂无 |", "<td>i4</td><td>Not measured</td><td>暂无</td>"),
    ])
    func theProgressTablesSpeakTheLanguage(code: String, latest: String, mdRow: String, htmlRow: String) throws {
        let plan = try run(["impact add Not measured"], on: try Self.plan())
        let t = Texts(Language.named(code)!)
        let context = CheckContext(today: Self.today)
        let md = MarkdownExporter(plan: plan, context: context, texts: t).render()
        let html = HTMLExporter(plan: plan, context: context, texts: t).render()
        #expect(md.contains("| i1 | First response time | \(latest) |"), "\(md)")
        #expect(md.contains(mdRow), "\(md)")
        #expect(html.contains("<td>\(latest)</td>"), "\(html)")
        #expect(html.contains(htmlRow), "\(html)")
        if code == "zh" {
            let section = md.components(separatedBy: "## " + t("md.heading.progress")).last ?? ""
            #expect(!section.contains(" (") && !section.contains("—") && !html.contains(" (2027"), "\(section)")
        }
    }
}

/// The portfolio's figures of a plan agree with what the plan's own commands say.
@Suite struct PortfolioFiguresTests {
    @Test func completeStepsCountAsStatusCountsThem() throws {
        let plans = [
            Plan(), try run(workshop), try run(["segment add A", "behaviour add access", "behaviour access value 3"]),
            try ProgressReportTests.plan(),
        ]
        // And every example: complete plans, and plans with gaps in any step.
        for p in plans + (try StreamedReadingTests.examples()) {
            #expect(Progress.completeSteps(of: p) == Progress(plan: p).steps.filter(\.isComplete).count)
            let today = CheckContext(today: ProgressReportTests.today)
            #expect(
                PlanFigures(file: "f", plan: p, today: today.today).errors
                    == Checks.run(p, context: today).filter { $0.severity == .error }.count)
        }
    }

    @Test func thePortfolioCountsBehavioursRolesAndPutsTroubleFirst() throws {
        let today = ProgressReportTests.today
        let a = PlanFigures(file: "b.json", plan: try ProgressReportTests.plan(), today: today)
        let b = PlanFigures(file: "a.json", plan: try run(workshop), today: today)
        let p = Portfolio(folder: "dir", plans: [a, b], skipped: [SkippedFile(file: "x.json", reason: "not JSON")])
        #expect(p.plans.map(\.file) == ["a.json", "b.json"])
        #expect(p.impacts.first?.line.state == .behind)
        #expect(p.behaviours.map(\.first).reduce(0, +) == 1)
        let md = p.markdown(Texts(.english))
        #expect(md.contains("| x.json | not JSON |"))
        #expect(md.contains("2 plans read, 1 file skipped"))
        let json = try JSONParser.parse(Array(p.json().utf8))
        #expect(json["format"] == .string("cnplan.portfolio"))
    }

    @Test func everyAreaAConceptNamesCounts() throws {
        let plan = try run([
            "concept add App", "concept c1 area service marketing", "concept add Forum", "concept c2 area service",
        ])
        let figures = PlanFigures(file: "a.json", plan: plan, today: ProgressReportTests.today)
        #expect(figures.areas == ["service", "marketing", "service"])
        let p = Portfolio(folder: "dir", plans: [figures], skipped: [])
        #expect(p.areas.map(\.area) == ["service", "marketing"] && p.areas.map(\.concepts) == [2, 1])
        #expect(p.markdown(Texts(.english)).contains("| service and support | 2 |"))
        #expect(p.markdown(Texts(.chinese)).contains("| 服务支持 | 2 |"))
    }
}
