import Foundation
import Testing

/// `cnplan report DIR`: a folder of plans at once, whatever else lies in it.
@Suite struct ReportTests {
    static let plan = """
        title Plan {n}
        objective Faster answers
        segment add Owners
        segment s1 role consumer
        behaviour add access connect
        concept add App
        concept c1 uses access
        impact add Response time
        impact i1 baseline 48
        impact i1 target 4
        impact i1 by 2027-12-31
        impact i1 actual 48 on 2027-01-01
        impact i1 actual {value} on 2027-04-01

        """

    @Test func goodPlansAreReportedAndBrokenFilesNamedAsSkipped() throws {
        let dir = try CLI.temporaryDirectory()
        let sub = dir.appendingPathComponent("team/b")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        func make(_ name: String, _ n: Int, _ value: Int, in folder: URL) throws {
            let script = Self.plan.replacingOccurrences(of: "{n}", with: String(n)).replacingOccurrences(
                of: "{value}", with: String(value))
            #expect(try CLI.run([name], input: script, directory: folder).status == 0)
        }
        try make("one.json", 1, 20, in: dir)
        try make("two.json", 2, 46, in: sub)
        #expect(try CLI.run(["export", "one.json", "--output", "team/exported.json"], directory: dir).status == 0)
        try "{\"format\": \"cnplan.plan\", \"version\": 1, \"segments\": 3}".write(
            to: dir.appendingPathComponent("broken.json"),
            atomically: true, encoding: .utf8)
        try "{not json".write(to: sub.appendingPathComponent("torn.json"), atomically: true, encoding: .utf8)
        // A session held open by another cnplan, with a change still only in its journal.
        try make("open.json", 3, 4, in: dir)
        let other = try RunningCLI(["open.json"], directory: dir)
        other.send("title Plan 3 renamed\n")
        Thread.sleep(forTimeInterval: 0.5)
        defer { other.finish() }

        let journal = dir.appendingPathComponent("open.json.journal")
        let held = (try? Data(contentsOf: journal), try? Data(contentsOf: dir.appendingPathComponent("open.json")))
        let r = try CLI.run(["report", dir.path], environment: ["CNPLAN_TODAY": "2027-04-02"])
        #expect(r.status == 0, "\(r.stderr)")
        // The plan held open is read as it is, and left as it was.
        #expect(held.0 != nil)
        #expect((try? Data(contentsOf: journal)) == held.0)
        #expect((try? Data(contentsOf: dir.appendingPathComponent("open.json"))) == held.1)
        for line in [
            "| one.json | Plan 1 |", "| team/b/two.json | Plan 2 |", "| team/exported.json | Plan 1 |",
            "| open.json | Plan 3 renamed |",
            #"| broken.json | \$.segments\: must be an array |"#, "| team/b/torn.json | not valid JSON",
        ] {
            #expect(r.stdout.contains(line), "\(line) in\n\(r.stdout)")
        }
        // Behind first, reached last.
        let behind = try #require(r.stdout.range(of: "| team/b/two.json | i1 | Response time | 46 |"))
        let reached = try #require(r.stdout.range(of: "| open.json | i1 | Response time | 4 |"))
        #expect(behind.lowerBound < reached.lowerBound)
        #expect(r.stdout.contains("| access | 4 | 4 |"))
        #expect(r.stdout.contains("| consumer | 4 |"))

        let json = try CLI.run(["report", dir.path, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["plans"] as? [Any])?.count == 4)
        #expect(
            (object?["skipped"] as? [[String: Any]])?.map { $0["file"] as? String } == [
                "broken.json", "team/b/torn.json",
            ])

        let zh = try CLI.run(["report", dir.path, "--lang", "zh"])
        #expect(zh.stdout.contains("跳过的文件"))
    }

    @Test func usageMistakesAreExplained() throws {
        let dir = try CLI.temporaryDirectory()
        #expect(try CLI.run(["report", dir.path, "--format", "pdf"]).stderr.contains("usage: cnplan report DIR"))
        #expect(try CLI.run(["report", dir.appendingPathComponent("missing").path]).status == 2)
        #expect(try CLI.run(["report"]).stderr.contains("usage: cnplan report DIR"))
        let out = dir.appendingPathComponent("portfolio.md")
        #expect(try CLI.run(["report", dir.path, "--output", out.path]).status == 0)
        #expect(try CLI.read(out).contains("0 plans read"))
    }

    /// `--format html --output F`: one page with every plan and every skipped file, valid HTML5 with
    /// nothing to run or fetch, that renders in a browser with every label in its box, in both languages.
    @Test func theHtmlPortfolioIsOnePageToSendAround() throws {
        let dir = try CLI.temporaryDirectory()
        let sub = dir.appendingPathComponent("team b")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        for (n, value, folder) in [(1, 20, dir), (2, 46, sub)] {
            let script = Self.plan.replacingOccurrences(of: "{n}", with: String(n)).replacingOccurrences(
                of: "{value}", with: String(value))
            #expect(try CLI.run(["plan\(n).json"], input: script, directory: folder).status == 0)
        }
        let hostile = "title <script>alert(1)</script> & Co\nimpact add <b>Share</b>\nimpact i1 baseline 5\n"
        #expect(try CLI.run(["x&y.json"], input: hostile, directory: dir).status == 0)
        try "{not json".write(to: sub.appendingPathComponent("torn <1>.json"), atomically: true, encoding: .utf8)

        let page = dir.appendingPathComponent("out/portfolio.html")
        try FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
        let environment = ["CNPLAN_TODAY": "2027-04-02"]
        let r = try CLI.run(["report", dir.path, "--format", "html", "--output", page.path], environment: environment)
        #expect(r.status == 0 && r.stdout.isEmpty, "\(r.stderr)")
        let html = try CLI.read(page)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        for text in [
            "<td>plan1.json</td><td>Plan 1</td>", "<td>team b/plan2.json</td><td>Plan 2</td>",
            "<td>x&amp;y.json</td><td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</td>",
            "<td>team b/torn &lt;1&gt;.json</td><td>not valid JSON", "&lt;b&gt;Share&lt;/b&gt;",
            "<span class=\"state behind\">behind</span>", "<footer>Made with cnplan on 2027-04-02;",
        ] {
            #expect(html.contains(text), "\(text) not in the page")
        }
        // Behind first, ahead after it.
        let behind = try #require(html.range(of: "Plan 2<span class=\"sub\">team b/plan2.json</span>"))
        let ahead = try #require(html.range(of: "Plan 1<span class=\"sub\">plan1.json</span>"))
        #expect(behind.lowerBound < ahead.lowerBound)
        // Without --output, the same page on standard output.
        #expect(try CLI.run(["report", dir.path, "--format", "html"], environment: environment).stdout == html)

        let zhPage = dir.appendingPathComponent("out/汇总.html")
        let zh = try CLI.run(
            ["report", dir.path, "--format", "html", "--output", zhPage.path, "--lang", "zh"], environment: environment)
        #expect(zh.status == 0, "\(zh.stderr)")
        let zhHTML = try CLI.read(zhPage)
        for text in ["<html lang=\"zh-CN\">", "<h2>跳过的文件</h2>", "torn &lt;1&gt;.json", "2027年4月2日", "落后"] {
            #expect(zhHTML.contains(text), "\(text) not in the Chinese page")
        }

        for file in [page, zhPage] {
            HTMLHandoutTests.expectSafe(try HTMLHandoutTests.inspect(file), file.lastPathComponent)
        }
        let out = try CLI.temporaryDirectory()
        let (status, checked) = try tool(
            ["/usr/bin/python3", HTMLHandoutTests.checker, "browser", out.path, page.path, zhPage.path], input: "")
        #expect(status == 0, "\(checked)")
    }

    @Test func progressShowsEachStateFromTheCommandLine() throws {
        let dir = try CLI.temporaryDirectory()
        let script =
            Self.plan.replacingOccurrences(of: "{n}", with: "1").replacingOccurrences(of: "{value}", with: "20")
            + "impact add Share\nimpact i2 baseline 0\nimpact i2 target 100\nimpact i2 by 2027-12-31\n"
            + "impact i2 actual 100 on 2027-03-01\n"
            + "progress\n"
        let r = try CLI.run(["p.json"], input: script, directory: dir, environment: ["CNPLAN_TODAY": "2027-04-02"])
        #expect(
            r.stdout.contains("i1  Response time  48 → 4  20 on 2027-04-01  64% of the way  ahead  "), "\(r.stdout)")
        #expect(r.stdout.contains("100% of the way  reached"))
        let md = try CLI.run(
            ["export", "p.json", "--format", "md"], directory: dir, environment: ["CNPLAN_TODAY": "2027-04-02"])
        #expect(md.stdout.contains("| i2 | Share | 100 (2027-03-01) | 100% | reached |"))
    }
}
