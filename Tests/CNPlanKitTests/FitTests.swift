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

    @Test func aWordLongerThanTheLineIsCut() {
        #expect(TextWidth.fit("ab abcdefghij", width: 5) == "ab\nabcde\nfghij")
    }

    @Test func colourSequencesTakeNoColumns() {
        let bold = "\u{1B}[1mcnplan\u{1B}[0m: one two three"
        #expect(TextWidth.fit(bold, width: 18) == "\u{1B}[1mcnplan\u{1B}[0m: one two\nthree")
    }
}
