import Testing

@testable import CNPlanCore

/// What error messages name is what can be typed, in words of the interface language.
@Suite struct ErrorWordingTests {
    static func message(_ line: String, _ code: String) -> String {
        do {
            _ = try Parser.parse(line)
        } catch {
            return Texts(Language.named(code)!).message(for: error)
        }
        return ""
    }

    /// The number of a check-in is labelled in Chinese as the English labels it, not left as `actual`.
    @Test func aCheckInThatIsNotANumberIsLabelled() {
        #expect(Self.message("impact i1 actual many", "en") == #"actual must be a number, not "many""#)
        #expect(Self.message("impact i1 actual many", "zh") == "实测值要填数字，不能是「many」")
        #expect(Self.message("影响 i1 实测 很多", "zh") == "实测值要填数字，不能是「很多」")
    }

    /// A check-in takes a day only: its message names that form, not a month as well.
    @Test(arguments: [
        "impact i1 actual 3 on 2027-01", "impact i1 actual 3 on 2027-02-30", "impact i1 actual remove 2027-01",
    ])
    func aCheckInDateNamesTheFormItTakes(line: String) {
        let en = Self.message(line, "en")
        let zh = Self.message(line, "zh")
        #expect(en.contains("YYYY-MM-DD") && !en.contains("YYYY-MM or") && !en.contains("or YYYY-MM"), "\(en)")
        #expect(zh.contains("YYYY-MM-DD") && !zh.contains("或 YYYY-MM，"), "\(zh)")
        #expect(zh.contains("2027年6月30日"), "a form a Chinese input method types: \(zh)")
        // Each example the message gives is taken.
        for example in ["2027-06-30", "2027年6月30日"] {
            #expect((try? Parser.parse("impact i1 actual 3 on \(example)")) != nil)
        }
        // A due date still takes a month, and says so.
        #expect(Self.message("impact i1 by 2027-13", "en").contains("YYYY-MM-DD or YYYY-MM"))
    }
}
