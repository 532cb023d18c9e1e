import Testing

@testable import CNPlanCore

/// The HTML handout's parts in-process: escaping, labels fitted to their boxes, and what the page
/// says for plans of every state. The page as a browser renders it is tested end to end.
@Suite struct HTMLExportTests {
    @Test func escapingLeavesOnlyText() {
        #expect(
            HTMLExporter.escape(#"<a href="x" title='y'>&amp;</a>"#)
                == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;")
        #expect(HTMLExporter.escape("line\nbreak\r\nend") == "line break end")
        #expect(HTMLExporter.escape("red\u{1B}[31m\u{7}") == #"red\e[31m\u{7}"#)
        // Non-characters, which HTML forbids, cannot be written in a Swift literal.
        let nonCharacters = String(String.UnicodeScalarView([Unicode.Scalar(0xFDD0)!, Unicode.Scalar(0xFFFF)!]))
        #expect(HTMLExporter.escape("\u{202E}evil" + nonCharacters) == #"\u{202e}evil\u{fdd0}\u{ffff}"#)
        #expect(HTMLExporter.escape("接入 access") == "接入 access")
    }

    static let labels = [
        "Out-of-warranty owners who call the hotline", "门店两公里内、有孩子的年轻家庭", "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
        "Supercalifragilisticexpialidocious-and-then-some", "房贷线上预审小程序 mini-app for 首次申请 customers", "a",
    ]

    @Test(arguments: labels)
    func labelsFitTheirWidthAndLines(text: String) {
        for width in [4.0, 7.5, 12.0] {
            let lines = Label.fit(text, width: width, maxLines: 3)
            #expect(!lines.isEmpty && lines.count <= 3, "\(lines)")
            for line in lines { #expect(Label.ems(line) <= width, "\(line) is wider than \(width) em") }
            // Nothing is lost but what the ellipsis stands for.
            let shown = lines.joined().filter { !$0.isWhitespace }
            let whole = text.filter { !$0.isWhitespace }
            if shown.hasSuffix(Label.ellipsis) {
                #expect(whole.hasPrefix(String(shown.dropLast())))
            } else {
                #expect(shown == whole)
            }
        }
    }

    @Test func chineseBreaksBetweenCharactersAndNotBeforeClosingPunctuation() {
        let lines = Label.fit("门店两公里内、有孩子的年轻家庭", width: 6, maxLines: 4)
        #expect(lines.count == 3 && lines.allSatisfy { Label.ems($0) <= 6 }, "\(lines)")
        #expect(!lines.contains { $0.hasPrefix("、") })
        #expect(Label.ems("接入") == 2 && Label.ems("ab") < 2)
    }

    func page(_ plan: Plan, _ language: Language = .english, source: String? = nil) -> String {
        HTMLExporter(plan: plan, context: TextSnapshotTests.context, texts: Texts(language), source: source).render()
    }

    @Test func anEmptyPlanSaysWhatIsMissingAndDrawsNoMap() {
        let html = page(Plan())
        #expect(html.contains("<title>Untitled plan</title>"))
        #expect(html.contains("Nothing is planned yet"))
        #expect(html.contains("No segments yet.") && html.contains("No impacts yet."))
        #expect(!html.contains("<svg"))
        #expect(html.contains("From a plan not saved to a file"))
    }

    @Test func findingsAreInPlainWordsWithoutCodesOrCommands() throws {
        let plan = try run(TextSnapshotTests.unfinished["halfway"]!)
        let html = page(plan)
        let findings = html.components(separatedBy: "<section class=\"findings\">")[1]
        #expect(findings.contains("no concept serves segment Family carers"))
        #expect(!findings.contains("CN2") && !findings.contains("segment s2 need") && !findings.contains("fix"))
        let chinese = page(plan, .chinese)
        #expect(chinese.contains("<html lang=\"zh-CN\">") && chinese.contains("待解决的问题"))
    }

    @Test func theSummaryNamesObjectiveSegmentsBehavioursConceptsAndImpacts() throws {
        let plan = try TextSnapshotTests.loadExample("appliance-repair")
        let summary = page(plan).components(separatedBy: "<p class=\"summary\">")[1].components(separatedBy: "</p>")[0]
        for part in [
            "Cut the time to first response on repair requests.", "Out-of-warranty owners who call the hotline",
            "access (接入), connect (联结)", "“Repair mini-app”",
            "First response time: 48 → 4.8 hours (-90%) by 2027-06-30",
        ] {
            #expect(summary.contains(part), "\(part)")
        }
    }
}

/// Vote results in the HTML handout: each closed round, its bars, ties and who voted, escaped.
@Suite struct HTMLVoteTests {
    @Test func closedRoundsAreShownWithTheirVotersEscaped() throws {
        let plan = try run([
            "concept add App", "concept add <b>Club</b>", "vote on concepts --dots 2 --date 2026-11-23",
            "vote <script>x</script> c1 c2", "vote 王伟 c2 c2", "vote close",
        ])
        let html = HTMLExporter(plan: plan, context: TextSnapshotTests.context, texts: Texts(.english), source: nil)
            .render()
        #expect(html.contains("<section class=\"votes\">"))
        #expect(html.contains("&lt;script&gt;x&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>Club</b>"))
        #expect(html.contains("3 <span class=\"dots\">●●●</span>"), "one dot a vote")
        let open = try run(["concept add App", "vote on concepts --date 2026-11-23", "vote c1 3"])
        #expect(
            !HTMLExporter(plan: open, context: TextSnapshotTests.context, texts: Texts(.english), source: nil)
                .render().contains("class=\"votes\""), "an open round's counts stay off the handout")
    }
}

/// Progress in the HTML handout: the same states as `progress` and the Markdown handout.
@Suite struct HTMLProgressTests {
    @Test(arguments: [("en", ["ahead", "behind", "reached"]), ("zh", ["超前", "落后", "已达成"])])
    func eachImpactShowsItsState(code: String, states: [String]) throws {
        let html = HTMLExporter(
            plan: try ProgressReportTests.plan(), context: CheckContext(today: ProgressReportTests.today),
            texts: Texts(Language.named(code)!), source: nil
        ).render()
        #expect(html.contains("<section class=\"progress\">"))
        for state in states { #expect(html.contains("<td>\(state)</td>"), "\(state)") }
        let none = HTMLExporter(
            plan: try run(["impact add M"]), context: CheckContext(today: ProgressReportTests.today),
            texts: Texts(.english), source: nil
        ).render()
        #expect(!none.contains("class=\"progress\""), "no section before the first check-in")
    }
}
