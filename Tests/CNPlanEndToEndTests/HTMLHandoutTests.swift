import Foundation
import Testing

/// The HTML handout as a reader gets it: parsed by html5lib (python3-html5lib) in strict mode,
/// and rendered, screenshot and printed to PDF by headless Chromium (Debian's `chromium`), through
/// Tests/Tools/check-handout.py.
@Suite struct HTMLHandoutTests {
    static let checker = CLI.root.appendingPathComponent("Tests/Tools/check-handout.py").path

    /// What html5lib found in a page: see `check-handout.py inspect`.
    struct Parsed: Decodable {
        var errors: [String]
        var elements: [String]
        var attributes: [String]
        var values: [String]
        var styles: [String]
        var text: String
        var svgs: [Int]
    }

    static func inspect(_ file: URL) throws -> Parsed {
        let (status, out) = try tool(["/usr/bin/python3", checker, "inspect", file.path], input: "")
        #expect(status == 0, "\(out)")
        return try JSONDecoder().decode(Parsed.self, from: Data(out.utf8))
    }

    /// Every element and attribute the exporter writes; a page with any other came from plan text.
    static let elements: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "dl", "div", "dt", "dd",
        "section", "article", "span", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "ul", "li",
        "footer", "svg", "g", "rect", "circle", "line", "path", "text", "tspan",
    ]
    static let attributes: Set<String> = [
        "lang", "charset", "http-equiv", "name", "content", "class", "viewBox", "role", "aria-label", "x", "y", "dy",
        "width", "height", "rx", "cx", "cy", "r", "x1", "y1", "x2", "y2", "d", "font-size", "text-anchor", "transform",
    ]

    /// The checks every handout passes: valid HTML5, only the exporter's own markup, a policy that
    /// forbids scripts and fetches, nothing that names another place, and pictures with content.
    static func expectSafe(_ page: Parsed, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(page.errors == [], "\(name): not valid HTML5", sourceLocation: sourceLocation)
        #expect(Set(page.elements).subtracting(elements) == [], "\(name): elements", sourceLocation: sourceLocation)
        #expect(
            Set(page.attributes).subtracting(attributes) == [], "\(name): attributes", sourceLocation: sourceLocation)
        #expect(page.values.contains("default-src 'none'; style-src 'unsafe-inline'"), sourceLocation: sourceLocation)
        let css = page.styles.joined()
        for outside in ["url(", "@import", "http:", "https:", "//"] {
            #expect(!css.contains(outside), "\(name): \(outside) in the style", sourceLocation: sourceLocation)
        }
        // No attribute names a place: no scheme, no host.
        for value in page.values where value.contains(":") || value.contains("//") {
            Issue.record("\(name): \(value) in an attribute", sourceLocation: sourceLocation)
        }
        #expect(page.svgs.allSatisfy { $0 > 0 }, "\(name): an empty SVG", sourceLocation: sourceLocation)
    }

    /// The examples' handouts, made now into a temporary folder.
    static func exampleHandouts() throws -> [URL] {
        let dir = try CLI.temporaryDirectory()
        let files = ExampleTests.examples.map { CLI.root.appendingPathComponent("examples/\($0).json").path }
        let r = try CLI.run(
            ["export"] + files + ["--format", "html", "--output", dir.path], environment: ["CNPLAN_TODAY": "2026-11-23"]
        )
        #expect(r.status == 0, "\(r.stderr)")
        return ExampleTests.examples.map { dir.appendingPathComponent("\($0).html") }
    }

    @Test func examplesAreValidHTML5WithNothingToFetch() throws {
        for file in try Self.exampleHandouts() {
            let page = try Self.inspect(file)
            Self.expectSafe(page, file.lastPathComponent)
            // The map, the behaviours' matrix and one chart per impact.
            #expect(page.svgs.count >= 3)
        }
    }

    /// Attacks on HTML itself, beside the Markdown tests' hostile texts: closing the element the
    /// text is in, SVG's own markup, entities, comments, CDATA, and style sheets.
    static let htmlAttacks = [
        "</title><script>alert(1)</script>", "</style><style>body{display:none}</style>", "\"><svg onload=alert(1)>",
        "</text></svg><img src=x onerror=alert(1)>", "<![CDATA[ ]]> <!-- x --> <!DOCTYPE html>",
        "&#60;b&#62; &lt;i&gt;",
        "' onmouseover='alert(1)", "<a href=\"https://evil.example\">link</a>",
        "<link rel=stylesheet href=//evil.example>",
        // Non-characters, which HTML forbids and Swift literals cannot hold.
        String(String.UnicodeScalarView([Unicode.Scalar(0xFDD0)!, Unicode.Scalar(0xFFFE)!])) + " non-characters",
    ]

    /// The plan `json` exported as NAME.html.
    func export(_ json: String, as name: String = "hostile", _ extra: [String] = []) throws -> URL {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("\(name).json")
        try json.write(to: file, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("\(name).html")
        let r = try CLI.run(["export", file.path, "--format", "html", "--output", out.path] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return out
    }

    @Test func hostilePlansMakeNoElementOrAttribute() throws {
        let a = Self.htmlAttacks
        func js(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        let attacks = #"""
            {"format": "cnplan.plan", "version": 1, "title": \#(js(a[0])),
             "objective": {"statement": \#(js(a[1])), "dataGoal": \#(js(a[9]))},
             "segments": [{"id": "s1", "name": \#(js(a[2])), "why": \#(js(a[6])), "need": \#(js(a[7])),
                           "value": \#(js(a[8]))}],
             "behaviours": [{"name": "access", "value": 5, "effort": 2, "why": \#(js(a[5]))}],
             "concepts": [{"id": "c1", "title": \#(js(a[3])), "segment": "s1", "uses": ["access"],
                           "description": \#(js(a[4]))}],
             "impacts": [{"id": "i1", "metric": \#(js(a[2])), "baseline": 10, "target": 5, "unit": \#(js(a[3])),
                          "by": "2027-01", "concept": "c1"}]}
            """#
        for (name, json) in [
            ("markdown's hostile plan", MarkdownHandoutTests.hostilePlan()), ("HTML attacks", attacks),
        ] {
            for lang in ["en", "zh"] {
                let page = try Self.inspect(try export(json, as: "hostile", ["--lang", lang]))
                Self.expectSafe(page, name)
                for word in ["alert", "evil", "javascript", "onerror", "onload", "display:none"] {
                    #expect(!page.values.contains { $0.contains(word) }, "\(name): \(word) in an attribute")
                    #expect(!page.styles.joined().contains(word), "\(name): \(word) in the style")
                }
            }
        }
        // The texts are on the page as text, whole.
        let attacked = try export(attacks, as: "attacks")
        let page = try Self.inspect(attacked)
        for text in a.prefix(9) { #expect(page.text.contains(text), "\(text) is not shown as text") }
        #expect(page.text.contains("\\u{fdd0}\\u{fffe} non-characters"))
        let markdown = try export(MarkdownHandoutTests.hostilePlan(), as: "markdown-attacks")
        let md = try Self.inspect(markdown)
        for text in MarkdownHandoutTests.hostile where !text.contains("\n") && !text.contains("\u{1B}") {
            #expect(md.text.contains(text), "\(text) is not shown as text")
        }
        // In a browser: nothing runs, nothing is fetched, every label stays in its box. These plans
        // are long (twenty segments), so they may take more than two pages.
        let dir = try CLI.temporaryDirectory()
        let args = ["/usr/bin/python3", Self.checker, "browser", dir.path, "--max-pages", "20", markdown.path]
        let (status, out) = try tool(args + [attacked.path], input: "")
        #expect(status == 0, "\(out)")
    }

    @Test func examplesRenderAndPrintInChromium() throws {
        let dir = try CLI.temporaryDirectory()
        let files = try Self.exampleHandouts().map(\.path)
        let (status, out) = try tool(["/usr/bin/python3", Self.checker, "browser", dir.path] + files, input: "")
        #expect(status == 0, "\(out)")
        let lines = out.split(separator: "\n")
        #expect(lines.count == files.count)
        for line in lines {
            let result = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect((result?["pages"] as? Int).map { (1...2).contains($0) } == true, "\(line)")
            let svgs = result?["svgs"] as? [String] ?? []
            #expect(svgs.contains("map") && svgs.contains("matrix") && svgs.contains("bars"), "\(line)")
        }
        // `make snapshots` keeps the screenshots in docs/ as they look now, for readers to see.
        if Snapshot.isRecording {
            for name in ExampleTests.examples {
                let target = CLI.root.appendingPathComponent("docs/handout-\(name).png")
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: dir.appendingPathComponent("\(name).png"), to: target)
            }
        }
    }

    @Test func theBrowserCheckFindsAFetchAConsoleMessageAndAnOverflow() throws {
        let dir = try CLI.temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.html")
        try """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bad</title></head><body><h1>Bad</h1>
        <img src="http://example.com/x.png" alt="">
        <svg viewBox="0 0 100 40"><g class="node"><rect x="0" y="0" width="30" height="20"/>
        <text x="2" y="14" font-size="10">a label far too long for its box</text></g></svg>
        <script>console.error("boom")</script>
        </body></html>
        """.write(to: bad, atomically: true, encoding: .utf8)
        let (status, out) = try tool(["/usr/bin/python3", Self.checker, "browser", dir.path, bad.path], input: "")
        #expect(status == 1)
        for problem in ["console", "request: http://example.com/x.png", "outside its box", "not A4"] {
            #expect(out.contains(problem), "\(problem) not found in \(out)")
        }
    }

    @Test func sessionsAndTheCommandLineExportHTML() throws {
        let dir = try CLI.temporaryDirectory()
        let script =
            "title Repair <fast>\nobjective Faster answers\nexport html handout.html\nsave plan.json\nexport html\n"
        let r = try CLI.run([], input: script, directory: dir, environment: ["CNPLAN_TODAY": "2026-11-23"])
        #expect(r.status == 0, "\(r.stderr)")
        let unsaved = try CLI.read(dir.appendingPathComponent("handout.html"))
        #expect(unsaved.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(unsaved.contains("<h1>Repair &lt;fast&gt;</h1>"))
        #expect(unsaved.contains("<footer>From a plan not saved to a file"))
        // Once saved, the handout names its file.
        #expect(r.stdout.contains("<footer>From plan.json, made with cnplan; findings as of 2026-11-23.</footer>"))
        // The command line names the file it read, and speaks --lang over the plan's own language.
        let zh = CLI.root.appendingPathComponent("examples/bank-branch-zh.json").path
        let own = try CLI.run(["export", zh, "--format", "html"], environment: ["CNPLAN_TODAY": "2026-11-23"])
        #expect(own.stdout.contains("<html lang=\"zh-CN\">") && own.stdout.contains("来源：bank-branch-zh.json"))
        let en = try CLI.run(["export", zh, "--format=html", "--lang", "en"])
        #expect(en.stdout.contains("<html lang=\"en\">") && en.stdout.contains("<h2>Plan map</h2>"))
        // A folder of plans exports one handout each.
        let out = dir.appendingPathComponent("handouts")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let files = ExampleTests.examples.map { CLI.root.appendingPathComponent("examples/\($0).json").path }
        #expect(try CLI.run(["export"] + files + ["--format", "html", "--output", out.path]).status == 0)
        let made = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(made == ExampleTests.examples.map { $0 + ".html" }.sorted())
    }
}
