import Testing

@testable import CNPlanCore

@Suite struct SafeTextTests {
    @Test func invisibleAndLineBreakingCharactersAreShownEscaped() {
        #expect(Board.safe("a\u{061C}b") == "a\\u{61c}b")
        #expect(Board.safe("one\u{2028}two\u{2029}") == "one\\u{2028}two\\u{2029}")
        #expect(Board.safe("zero\u{200B}width\u{2060}\u{FEFF}") == "zero\\u{200b}width\\u{2060}\\u{feff}")
    }

    @Test func joinersThatTextNeedsStay() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(Board.safe(family) == family)
        #expect(Board.safe("می\u{200C}خواهم") == "می\u{200C}خواهم")
    }
}
