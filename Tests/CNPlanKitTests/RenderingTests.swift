import Testing

@testable import CNPlanCore
@testable import CNPlanKit

@Suite struct RenderingTests {
    @Test func widthsOfCJKEmojiAndCombiningMarks() {
        #expect(TextWidth.of("abc") == 3)
        #expect(TextWidth.of("维修") == 4)
        #expect(TextWidth.of("😀") == 2)
        #expect(TextWidth.of("e\u{301}") == 1)
    }

    @Test func wrappingRespectsDoubleWidth() {
        let lines = TextWidth.wrap("维修服务维修服务", width: 6)
        #expect(lines == ["维修服", "务维修", "服务"])
        #expect(TextWidth.wrap("one two three", width: 7) == ["one two", "three"])
    }

    @Test func controlCharactersAreShownEscaped() {
        #expect(Board.safe("a\u{1B}[31mred\u{7}\n") == "a\\e[31mred\\u{7}\\n")
        #expect(Board.safe("rtl\u{202E}x") == "rtl\\u{202e}x")
    }

    @Test func boardTablesAlignCJK() throws {
        let p = try run(["behaviour add access connect", "behaviour access why 快速"])
        let text = Board(plan: p, width: 80, texts: en).list(.behaviour)
        let rows = text.split(separator: "\n").map(String.init)
        #expect(rows.count == 3)
        // "access 接入" is 11 columns, "connect 联结" 12: the next column starts at the same column.
        #expect(rows[1].hasPrefix("  1     access 接入 "))
        #expect(rows[2].hasPrefix("  2     connect 联结"))
    }

    @Test func thePromptStepAgreesWithStatus() throws {
        var lines: [String] = []
        for line in workshop + ["impact i1 concept c1"] {
            lines.append(line)
            let p = try run(lines)
            #expect(Progress.currentStep(of: p) == Progress(plan: p).current?.number, "after \(line)")
        }
    }

    @Test func markdownEscapesPlanText() {
        #expect(
            MarkdownExporter.inline("a|b <script> [x](javascript:y) *e* \n# h")
                == ##"a\|b \<script\> \[x\](javascript\:y) \*e\*  \# h"##)
        #expect(MarkdownExporter.inline("see www.x.com") == #"see www\.x.com"#)
        #expect(MarkdownExporter.inline(" a\u{200B}b\r\n") == #"a\\u{200b}b"#)
    }

    /// The Markdown escaper takes text as it is unless a byte may start a character that
    /// `Board.safe` shows escaped; every such character must start with one of those bytes.
    @Test func everyCharacterShownEscapedStartsWithAByteTheEscaperChecks() {
        for value in UInt32(0)...0x10_FFFF {
            guard let s = Unicode.Scalar(value), Board.isShownEscaped(s) else { continue }
            #expect(MarkdownText.mayBeShownEscaped(Int(String(s).utf8.first!)), "U+\(String(value, radix: 16))")
        }
    }
}

@Suite struct StatusTests {
    @Test func statusFitsTheTerminalAndNamesTheNextStep() throws {
        let p = try run(["title T", "objective O", "segment add A", "behaviour add access connect engage"])
        let text = Progress(plan: p).report(width: 80, texts: en)
        #expect(text.split(separator: "\n").allSatisfy { TextWidth.of(String($0)) <= 80 })
        #expect(text.contains("1/5 objective   █████░░░░░  required done (missing: data goal)"))
        #expect(text.hasSuffix("next: data-goal TEXT   (or type guide to be walked through it)"))
        let plain = Progress(plan: p).report(width: nil, texts: en)
        #expect(!plain.contains("█"))
    }
}

/// A step with an item is under way, even before any of its answers; behaviours chosen are all
/// that step 3 requires, so it is "required done", as the prompt, which moves past it, says.
@Suite struct StepStartedTests {
    @Test func chosenButUnscoredBehavioursAreUnderWay() throws {
        let p = try run(["objective O", "behaviour add access connect"])
        let text = Progress(plan: p).report(width: nil, texts: en)
        #expect(text.contains("3/5 behaviours  required done (missing: access value"), "\(text)")
        #expect(text.contains("2/5 segment     not started"))
        #expect(Progress(plan: p).report(width: nil, texts: Texts(.chinese)).contains("必填项已完成（缺：接入 价值"))
    }
}

@Suite struct EmptyCardTests {
    @Test func anItemWithNothingSaidIsOneLine() throws {
        let p = try run(["segment add Owners"])
        #expect(try Board(plan: p, width: 80, texts: en).show(.item("s1")) == "  s1  Owners  [role not set]")
    }
}

/// The Markdown handout is written into the array it returns, with room reserved by the plan's
/// size; a handout larger than that room is written on elsewhere, whole.
@Suite struct MarkdownRoomTests {
    @Test func aHandoutLargerThanItsRoomIsWrittenWhole() throws {
        let long = String(repeating: "一段很长的描述 with words. ", count: 8000)
        let plan = try run(["title Long", "concept add App", "concept c1 description \(long)"])
        let exporter = MarkdownExporter(
            plan: plan, context: CheckContext(today: PlanDate("2026-11-23")!), texts: Texts(.english))
        let bytes = exporter.bytes()
        #expect(bytes.count > (1 << 16) + 1024 * 2)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("# Long\n"))
        #expect(text.contains(long.trimmingCharacters(in: .whitespaces)))
        // The same handout as a small one would end: the findings come last.
        let short = MarkdownExporter(
            plan: try run(["title Long", "concept add App", "concept c1 description short"]),
            context: CheckContext(today: PlanDate("2026-11-23")!), texts: Texts(.english)
        ).render()
        #expect(text.split(separator: "\n").last == short.split(separator: "\n").last)
    }
}

/// A unit that is itself a percentage is read in points, whatever its case, spaces or language;
/// any other unit in percent of the baseline.
@Suite struct PercentUnitTests {
    static func change(_ unit: String?) -> String? {
        var m = Impact(id: "i1", metric: "Share")
        m.baseline = 20
        m.target = .absolute(35)
        m.unit = unit
        return Texts(.english).percentChange(m)
    }

    @Test(arguments: ["%", " % ", "％", "percent", "Percent", "PER CENT", "pct", "Pct", "百分比", "百分点", "\tpct"])
    func aPercentUnitIsReadInPoints(unit: String) {
        #expect(Self.change(unit) == "+15 pts")
    }

    /// Every unit the list holds passes the first-byte shortcut in front of it.
    @Test func everyListedPercentUnitIsOne() {
        for unit in Texts.percentUnits { #expect(Self.change(unit) == "+15 pts", "\(unit)") }
    }

    @Test(arguments: [nil, "hours", "pages", "people", "p", "pcts", "元", "%s", ""] as [String?])
    func anyOtherUnitIsReadInPercent(unit: String?) {
        #expect(Self.change(unit) == "+75%")
    }
}
