import Testing

@testable import CNPlanCore

/// What a Chinese input method types where a number, score, target or date is expected.
@Suite struct WideInputTests {
    @Test func fullWidthDigitsAndSignsAreTheirASCIISelves() {
        #expect(WideInput.halfWidth("　－５０％ ") == "-50%")
        #expect(WideInput.number("６０") == 60)
        #expect(WideInput.number("－１．５") == -1.5)
        #expect(WideInput.number("\u{2212}2") == -2)
        #expect(WideInput.number("４８ 小时") == nil)
        #expect(WideInput.number("１，０００") == nil)
        #expect(WideInput.integer("５") == 5)
    }

    @Test func typedDateForms() {
        for typed in [
            "2027-06-30", "2027-6-30", "2027/06/30", "2027/6/30", "2027.6.30", "2027年6月30日", "2027年06月30号",
            "２０２７年６月３０日", "２０２７／６／３０",
        ] {
            #expect(WideInput.date(typed)?.description == "2027-06-30", "\(typed)")
        }
        for typed in ["2027-06", "2027-6", "2027/6", "2027年6月", "２０２７年６月"] {
            #expect(WideInput.date(typed)?.description == "2027-06", "\(typed)")
        }
        for bad in [
            "2027年6月31日", "2027年13月", "2027年6月日", "2027年", "27/6/30", "2027/06-30", "2027-006-30",
            "30/06/2027", "2027年6月30日晚", "June 2027",
        ] {
            #expect(WideInput.date(bad) == nil, "\(bad)")
        }
    }

    @Test func theFileFormatStaysCanonical() {
        #expect(PlanDate("2027/06/30") == nil)
        #expect(PlanDate("2027年6月") == nil)
    }

    @Test func theParserTakesThemWhereANumberScoreTargetOrDateIsExpected() throws {
        #expect(
            try Parser.parse("impact i1 baseline ６０")
                == .edit(.set(.impact, id: "i1", field: "baseline", value: .number(60))))
        for (typed, percent) in [("－５０％", -50.0), ("＋２０％", 20), ("-50％", -50)] {
            let expected = Command.edit(
                .set(.impact, id: "i1", field: "target", value: .target(.relative(percent: percent))))
            #expect(try Parser.parse("impact i1 target " + typed) == expected)
        }
        #expect(
            try Parser.parse("impact i1 target ４．５")
                == .edit(.set(.impact, id: "i1", field: "target", value: .target(.absolute(4.5)))))
        #expect(
            try Parser.parse("behaviour access value ５")
                == .edit(.set(.behaviour, id: "access", field: "value", value: .score(5))))
        #expect(
            try Parser.parse("impact i1 by 2027年6月30日")
                == .edit(.set(.impact, id: "i1", field: "by", value: .date(PlanDate("2027-06-30")!))))
        #expect(throws: PlanError.scoreOutOfRange("９", field: "effort")) {
            try Parser.parse("behaviour access effort ９")
        }
        #expect(throws: PlanError.badDate("2027年2月30日")) { try Parser.parse("impact i1 by 2027年2月30日") }
    }
}
