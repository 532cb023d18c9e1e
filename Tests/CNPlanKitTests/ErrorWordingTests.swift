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

    /// A wrong stage (or area, form, role, channel) lists the words to type, as docs/commands.md and
    /// Tab give them, and suggests one of those same words, after the list.
    @Test func aWrongStageListsTheTypedWords() {
        #expect(
            Self.message("segment s1 stage loy", "en")
                == #"unknown stage "loy"; stages are attract, permit, participate, satisfy, loyal; "#
                + #"did you mean "loyal"?"#)
        #expect(
            Self.message("segment s1 stage 关系", "zh") == "没有「关系」这种关系阶段；可选的关系阶段：吸引、许可、参与、满意、忠诚")
        #expect(
            Self.message("concept c1 area sales", "en")
                == #"unknown area "sales"; areas are innovation, marketing, transaction, service"#)
    }

    @Test func everyListedChoiceIsAWordThatReadsBackAndTabOffersItInEnglish() throws {
        for c in [Choices.roles, .stages, .areas, .forms, .channels] {
            for language in Language.all {
                let t = Texts(language)
                for v in c.values {
                    let word = t.typedChoice(c, v)
                    #expect(!word.contains(" "), "\(word)")
                    #expect(try Vocabulary.parseChoice(word, c) == v, "\(language.code) \(c.name) \(word)")
                    if language == .english { #expect(word == v, "the word completion offers") }
                }
            }
        }
    }
}
