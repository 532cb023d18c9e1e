import Testing

@testable import CNPlanCore

/// Text fitted to the terminal: word boundaries, CJK between characters, sensible indentation.
@Suite struct FitTests {
    @Test func linesBreakAtSpacesAndNeverExceedTheWidth() {
        let text = "Type guide to be walked through the five steps, help for commands; Tab completes."
        let lines = TextWidth.fit(text, width: 30).split(separator: "\n").map(String.init)
        #expect(lines == ["Type guide to be walked", "through the five steps, help", "for commands; Tab completes."])
        #expect(TextWidth.fit("short\n\nlines stay", width: 30) == "short\n\nlines stay")
    }

    @Test func continuationLinesHangUnderTheIndentOrTheSecondColumn() {
        #expect(TextWidth.fit("    e.g. one two three four", width: 16) == "    e.g. one two\n    three four")
        #expect(
            TextWidth.fit("  show [ID]    The plan as a readable board", width: 30)
                == "  show [ID]    The plan as a\n               readable board")
        // A second column too far right to leave room: the line's own indentation.
        #expect(
            TextWidth.fit("  a                      b c d e f g h", width: 30)
                == "  a                      b c d\n  e f g h")
    }

    @Test func chineseBreaksBetweenCharactersButNotBeforeClosingPunctuation() {
        #expect(TextWidth.fit("维修服务维修服务", width: 6) == "维修服\n务维修\n服务")
        #expect(TextWidth.fit("目标：快速响应。", width: 8) == "目标：快\n速响应。")
        #expect(TextWidth.fit("维修服，务", width: 6) == "维修\n服，务")
        #expect(TextWidth.fit("time 维修服务", width: 8) == "time 维\n修服务")
    }

    /// A line of a list that wraps keeps its mark alone in its column: its text hangs under the text.
    @Test func aMarkedLineHangsPastItsMark() {
        #expect(TextWidth.fit("  ! one two three four five", width: 16) == "  ! one two\n    three four\n    five")
        #expect(TextWidth.fit("~ changed one two three", width: 14) == "~ changed one\n  two three")
        // A mark that is not followed by text, or a sign that is part of a number, is no mark.
        #expect(TextWidth.fit("-50% one two three", width: 10) == "-50% one\ntwo three")
    }

    /// A merge's conflict too long for 80 columns, in both languages: every line of the preview
    /// starts with its mark or hangs under a marked line's text, never at a mark's column.
    @Test(arguments: ["en", "zh"])
    func aWrappedConflictKeepsItsMark(code: String) throws {
        let long = "a repair they can follow step by step on the phone, with a named engineer and a fixed price"
        let ours = try run(["segment add Owners", "segment s1 need fast and trustworthy repair at a fair price"])
        let theirs = try run(["segment add Owners", "segment s1 need \(long)", "segment add Retirees"])
        let result = PlanMerge.merge(theirs, into: ours, source: "b.json", parts: Set(PlanMerge.order), theirs: false)
        let preview = DiffText(texts: Texts(Language.named(code)!)).preview(
            result, after: try apply(.merge(result), to: ours))
        let lines = TextWidth.fit(preview, width: 80).split(separator: "\n").map(String.init)
        let conflict = try #require(lines.firstIndex { $0.hasPrefix("  ! ") }, "\(lines)")
        #expect(lines.count > preview.split(separator: "\n").count, "the conflict wraps: \(lines)")
        #expect(lines[conflict + 1].hasPrefix("    ") && !lines[conflict + 1].hasPrefix("     "), "\(lines)")
        for line in lines.dropFirst() where line.hasPrefix("  ") {
            #expect(line.hasPrefix("  + ") || line.hasPrefix("  ! ") || line.hasPrefix("    "), "\(line)")
        }
    }

    @Test func aWordLongerThanTheLineIsCut() {
        #expect(TextWidth.fit("ab abcdefghij", width: 5) == "ab\nabcde\nfghij")
    }

    @Test func colourSequencesTakeNoColumns() {
        let bold = "\u{1B}[1mcnplan\u{1B}[0m: one two three"
        #expect(TextWidth.fit(bold, width: 18) == "\u{1B}[1mcnplan\u{1B}[0m: one two\nthree")
    }
}
