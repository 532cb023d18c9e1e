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
}
