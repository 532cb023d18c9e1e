import Foundation
import Testing

/// Runs a tool from Debian's packages and returns its standard output.
func tool(_ argv: [String], input: String) throws -> (Int32, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: argv[0])
    p.arguments = Array(argv.dropFirst())
    let inPipe = Pipe()
    let outPipe = Pipe()
    p.standardInput = inPipe
    p.standardOutput = outPipe
    try p.run()
    try? inPipe.fileHandleForWriting.write(contentsOf: Data(input.utf8))
    try inPipe.fileHandleForWriting.close()
    let out = outPipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: out, as: UTF8.self))
}

/// The handout rendered by cmark-gfm as GitHub does, but with raw HTML let through (--unsafe), so
/// any HTML that escaping missed would show.
func render(_ markdown: String) throws -> String {
    try tool(
        [
            "/usr/bin/cmark-gfm", "--unsafe", "-e", "table", "-e", "autolink", "-e", "strikethrough", "-e", "tasklist",
            "-t", "html",
        ], input: markdown
    ).1
}

func occurrences(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

@Suite struct MarkdownHandoutTests {
    @Test func aRealisticHandoutRendersWithItsSectionsTablesAndChange() throws {
        let md = try CLI.read(CLI.root.appendingPathComponent("examples/appliance-repair.md"))
        let html = try render(md)
        let headings = html.split(separator: "\n").filter { $0.hasPrefix("<h2>") }
        #expect(
            headings == [
                "<h2>Objective</h2>", "<h2>Segments</h2>", "<h2>Behaviours</h2>", "<h2>Concepts</h2>",
                "<h2>Value and effort</h2>", "<h2>Impact</h2>", "<h2>Plan map</h2>",
                "<h2>Open findings</h2>",
            ])
        // Segments, behaviours, impacts, and the value/effort matrices of behaviours and concepts.
        #expect(occurrences("<table>", in: html) == 5)
        #expect(html.contains("<td>-90%</td>"))
        // A change in a unit that is itself a percentage reads in points, and each change is said once.
        #expect(html.contains("<td>+35 pts</td>"))
        #expect(html.contains("<td>48 → 4.8</td>"))
        #expect(html.contains(#"<pre><code class="language-mermaid">flowchart LR"#))
        #expect(occurrences("<h1>", in: html) == 1)
    }

    @Test func aChineseHandoutRendersWithChineseHeadingsDatesAndPoints() throws {
        let md = try CLI.read(CLI.root.appendingPathComponent("examples/hospital-follow-up-zh.md"))
        let html = try render(md)
        let headings = html.split(separator: "\n").filter { $0.hasPrefix("<h2>") }
        #expect(
            headings == [
                "<h2>目标</h2>", "<h2>顾客细分</h2>", "<h2>行为模式</h2>", "<h2>方案</h2>", "<h2>价值与投入</h2>", "<h2>影响</h2>",
                "<h2>计划地图</h2>", "<h2>待解决的问题</h2>",
            ])
        #expect(html.contains("<td>2027年9月30日</td>"))
        #expect(html.contains("<td>+40个百分点</td>"))
        #expect(!html.contains("Objective"))
    }

    static let hostile = [
        "a | pipe | b", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))",
        "<javascript:alert(1)>", "# not a heading", "- not a list", "> not a quote", "`code` and ``` fence",
        "line\nbreak # h2",
        "**bold** _em_ ~~strike~~", "&lt;entity&gt; &amp;", "\u{1B}[31mred\u{7}",
        "https://evil.example www.evil.example a@evil.example",
        "1. not ordered", "=== not setext", "\\ backslash \\", "$x^2$ math", "![img](http://x/y.png)",
        "<!-- comment -->",
    ]

    static func hostileScript() -> String {
        // Text reaches the plan through commands, so newlines and escapes come from JSON instead.
        var s = ""
        for (n, h) in hostile.enumerated() where !h.contains("\n") && !h.contains("\u{1B}") {
            s += "segment add \(h)\n" + "segment s\(n + 1) need \(h)\n"
        }
        return s
    }

    /// A plan with the hostile texts in every text field, built as JSON so that newlines and
    /// control characters are in it too; the HTML handout's tests use it as well.
    static func hostilePlan() -> String {
        func js(_ s: String) -> String {
            var out = "\""
            for u in s.unicodeScalars {
                switch u {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case _ where u.value < 0x20: out += String(format: "\\u%04x", u.value)
                default: out.unicodeScalars.append(u)
                }
            }
            return out + "\""
        }
        let h = Self.hostile
        let segments = h.enumerated().map { n, t in
            #"{"id": "s\#(n + 1)", "name": \#(js(t)), "why": \#(js(t)), "#
                + #""need": \#(js(t)), "value": \#(js(t)), "barriers": \#(js(t))}"#
        }.joined(separator: ",")
        let plan = #"""
            {"format": "cnplan.plan", "version": 1, "title": \#(js(h.joined(separator: " "))),
             "objective": {"statement": \#(js(h[1] + h[3])), "dataGoal": \#(js(h[9]))},
             "segments": [\#(segments)],
             "behaviours": [{"name": "access", "value": 5, "effort": 2, "why": \#(js(h[0] + h[5]))}],
             "concepts": [{"id": "c1", "title": \#(js(h[5])), "segment": "s1", "uses": ["access"],
               "description": \#(js(h[4])), "customerValue": \#(js(h[13])), "orgValue": \#(js(h[8]))}],
             "impacts": [{"id": "i1", "metric": \#(js(h[0])), "baseline": 10, "target": 5,
               "unit": \#(js(h[2])), "by": "2027-01", "concept": "c1"}]}
            """#
        return plan
    }

    @Test func hostileTextStaysText() throws {
        let h = Self.hostile
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("hostile.json")
        try Self.hostilePlan().write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["export", file.path, "--format", "md"])
        #expect(r.status == 0, "\(r.stderr)")
        let md = r.stdout
        #expect(!md.contains("\u{1B}") && !md.contains("\u{7}"))
        let html = try render(md)
        for raw in [
            "<script", "<img", "<!--", "<javascript", "<strong>bold", "<em>", "<del>", "<code>`", "<ol", "&lt;entity",
        ] {
            #expect(!html.contains(raw), "\(raw) leaked")
        }
        #expect(html.contains("**bold** _em_ ~~strike~~"))
        #expect(!html.contains("<a "), "a link became live")
        #expect(!html.contains("href"))
        // Only the exporter's headings: one title, seven sections and the value/effort matrix of
        // the scored behaviours, one per concept and one for that matrix.
        #expect(occurrences("<h1>", in: html) == 1)
        #expect(occurrences("<h2>", in: html) == 8)
        #expect(occurrences("<h3>", in: html) == 2)
        #expect(occurrences("<blockquote>", in: html) == 1)
        #expect(occurrences("<hr", in: html) == 0)
        // Every row of every table keeps its cell count.
        for table in html.components(separatedBy: "<table>").dropFirst() {
            let body = table.components(separatedBy: "</table>")[0]
            let rows = body.components(separatedBy: "<tr>").dropFirst()
            let counts = rows.map { occurrences("<td", in: $0) + occurrences("<th", in: $0) }
            #expect(Set(counts).count == 1, "ragged table: \(counts)")
        }
        #expect(occurrences("<tr>", in: html) == 1 + h.count + 2 + 2 + 3)
        // The Mermaid block is not closed early by plan text.
        #expect(occurrences("</code></pre>", in: html) == 1)
    }

    @Test func exportsAreDeterministic() throws {
        let file = CLI.root.appendingPathComponent("examples/clinic-follow-up.json").path
        let a = try CLI.run(["export", file, "--format", "md"], environment: ["CNPLAN_TODAY": "2026-11-23"])
        let b = try CLI.run(["export", file, "--format", "md"], environment: ["CNPLAN_TODAY": "2026-11-23"])
        #expect(a.stdout == b.stdout)
        let j = try CLI.run(["export", file])
        #expect(j.stdout == (try CLI.read(URL(fileURLWithPath: file))))
    }

    @Test func aFolderOfWorkshopsExportsInOneGoAndNamesEachBadFile() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("handouts")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let bad = dir.appendingPathComponent("broken.json")
        try "{ not json".write(to: bad, atomically: true, encoding: .utf8)
        let files = ExampleTests.examples.map { CLI.root.appendingPathComponent("examples/\($0).json").path }
        let r = try CLI.run(["export"] + files + [bad.path, "--format", "md", "--output", out.path])
        #expect(r.status == 2)
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.hasPrefix("cnplan: \(bad.path): not valid JSON"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == ExampleTests.examples.map { $0 + ".md" }.sorted())
        let good = try CLI.run(["export"] + files + ["--output", out.path])
        #expect(good.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).count == ExampleTests.examples.count * 2)
    }
}

@Suite struct SchemaTests {
    let schema = CLI.root.appendingPathComponent("docs/plan.schema.json").path
    let validator = CLI.root.appendingPathComponent("Tests/Tools/validate-plan.py").path

    func validate(_ files: [String]) throws -> (Int32, String) {
        try tool(["/usr/bin/python3", validator, schema] + files, input: "")
    }

    @Test func everyExampleAndTestExportValidates() throws {
        let dir = try CLI.temporaryDirectory()
        var files = ExampleTests.examples.map { CLI.root.appendingPathComponent("examples/\($0).json").path }
        let scripts = [
            "", "title Only a title\n", ScriptModeTests.mistakes, GuideTests.answers,
            try CLI.read(CLI.root.appendingPathComponent("examples/appliance-repair.cnplan")),
            MarkdownHandoutTests.hostileScript(),
        ]
        for (n, script) in scripts.enumerated() {
            let path = dir.appendingPathComponent("export-\(n).json").path
            _ = try CLI.run([], input: script + "\nexport json \(path)\n")
            files.append(path)
        }
        let (status, output) = try validate(files)
        #expect(status == 0, "\(output)")
    }

    @Test(arguments: [
        (
            "an unknown behaviour",
            #"{"format": "cnplan.plan", "version": 1, "behaviours": [{"name": "fly", "rank": 1}]}"#
        ),
        (
            "an unknown role",
            #"{"format": "cnplan.plan", "version": 1, "segments": [{"id": "s1", "name": "A", "role": "boss"}]}"#
        ),
        ("a score of 9", #"{"format": "cnplan.plan", "version": 1, "behaviours": [{"name": "access", "value": 9}]}"#),
        ("a version that is not a number", #"{"format": "cnplan.plan", "version": "1"}"#),
        ("another format", #"{"format": "other", "version": 1}"#),
        (
            "a bad date",
            #"{"format": "cnplan.plan", "version": 1, "impacts": [{"id": "i1", "metric": "m", "by": "2027-13"}]}"#
        ),
    ])
    func theSchemaRejectsWrongPlans(what: String, plan: String) throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("wrong.json")
        try plan.write(to: file, atomically: true, encoding: .utf8)
        let (status, output) = try validate([file.path])
        #expect(status == 1, "schema accepted \(what)")
        #expect(output.hasPrefix(file.path))
        // cnplan refuses the same files.
        #expect(try CLI.run(["check", file.path]).status == 2)
    }
}
