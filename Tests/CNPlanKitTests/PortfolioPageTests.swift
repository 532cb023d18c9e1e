import Foundation
import Testing

@testable import CNPlanCore

/// `cnplan report --format html`: the portfolio page made in-process from the same `Portfolio` value
/// as the Markdown and JSON reports, compared with snapshots in both languages.
@Suite struct PortfolioPageTests {
    static let today = ProgressReportTests.today

    /// Three plans: one with an impact ahead, one behind and one reached, a finished workshop with
    /// interaction areas, and one whose title and metric are HTML; two files that are not plans.
    static func portfolio() throws -> Portfolio {
        let hostile = try run([
            "title <script>alert(1)</script> & Co \"quoted\"", "impact add Share of <b>app</b> users",
            "impact i1 baseline 5", "impact i1 target 40", "impact i1 unit %", "impact i1 by 2027-12-31",
            "impact i1 actual 5 on 2027-01-01", "impact i1 actual 10 on 2027-03-01",
        ])
        let areas = try run(workshop + ["concept c1 area service marketing", "date 2027-01-01"])
        let plans = [
            PlanFigures(file: "team/after.json", plan: try ProgressReportTests.plan(), today: today),
            PlanFigures(file: "workshop.json", plan: areas, today: today),
            PlanFigures(file: "a <&> b.json", plan: hostile, today: today),
        ]
        return Portfolio(
            folder: "plans & <drafts>", plans: plans,
            skipped: [
                SkippedFile(file: "torn.json", reason: "not valid JSON (line 1: expected a key in quotes)"),
                SkippedFile(file: "<img src=x>.json", reason: "$.segments: must be an array"),
            ])
    }

    @Test(arguments: ["en", "zh"])
    func thePageIsItsSnapshot(code: String) throws {
        let t = Texts(Language.named(code)!)
        let p = try Self.portfolio()
        Snapshot.expect(p.html(t, today: Self.today), suite: "PortfolioPageTests", name: "portfolio.\(code).html")
        Snapshot.expect(p.markdown(t) + "\n", suite: "PortfolioPageTests", name: "portfolio.\(code).md")
    }

    @Test func theJSONIsItsSnapshot() throws {
        Snapshot.expect(try Self.portfolio().json(), suite: "PortfolioPageTests", name: "portfolio.json")
    }

    @Test func textFromFilesStaysText() throws {
        let html = try Self.portfolio().html(Texts(.english), today: Self.today)
        let body = try #require(html.range(of: "<body")).lowerBound
        for markup in ["<script", "<b>", "<img", "<&>", "<drafts>"] {
            #expect(!html[body...].contains(markup), "\(markup) in the page")
        }
        for text in [
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co &quot;quoted&quot;",
            "Share of &lt;b&gt;app&lt;/b&gt; users",
            "a &lt;&amp;&gt; b.json", "&lt;img src=x&gt;.json", "plans &amp; &lt;drafts&gt;",
        ] {
            #expect(html.contains(text), "\(text) not in the page")
        }
    }

    @Test func impactsBehindComeFirstEachWithItsChart() throws {
        let html = try Self.portfolio().html(Texts(.english), today: Self.today)
        let rows = html.components(separatedBy: "\n").filter { $0.contains("<td class=\"chart\">") }
        // Five impacts with baseline and target, each with a chart; the behind one first.
        #expect(rows.count == 5)
        #expect(rows.first?.contains("Share opened in the app") == true)
        #expect(html.components(separatedBy: "<svg class=\"bars\"").count - 1 == 5)
        // The latest check-in is drawn as a third bar only where there is one.
        #expect(html.components(separatedBy: "class=\"bar latest\"").count - 1 == 4)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(try Self.portfolio().html(Texts(.chinese), today: Self.today).contains("<html lang=\"zh-CN\">"))
    }

    @Test func anEmptyFolderSaysThereIsNothing() {
        let html = Portfolio(folder: "empty", plans: [], skipped: []).html(Texts(.english), today: Self.today)
        #expect(html.contains("0 plans read, 0 files skipped, 0 impacts."))
        // No plans, impacts, roles or skipped files; the behaviours are listed, each chosen 0 times.
        #expect(html.components(separatedBy: "<p class=\"none\">none</p>").count - 1 == 4)
        #expect(!html.contains("<svg"))
    }

    @Test func noSnapshotIsLeftOver() {
        let names = ["portfolio.json"] + ["en", "zh"].flatMap { ["portfolio.\($0).html", "portfolio.\($0).md"] }
        Snapshot.expectNoOthers(in: "PortfolioPageTests", than: names)
    }
}
