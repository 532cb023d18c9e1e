import Foundation
import Testing

/// What `show` prints never hides or reorders what the plan holds.
@Suite struct ShownTextTests {
    @Test func showEscapesBidiMarksLineSeparatorsAndZeroWidthSpaces() throws {
        let r = try CLI.run([], input: "segment add Owners\u{061C}\u{2028}hidden\u{200B}\nshow s1\n")
        #expect(r.status == 0)
        #expect(r.stdout.contains("s1  Owners\\u{61c}\\u{2028}hidden\\u{200b}  [role not set]"))
        #expect(!r.stdout.unicodeScalars.contains { [0x061C, 0x2028, 0x200B].contains($0.value) })
    }
}
