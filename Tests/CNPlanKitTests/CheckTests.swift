import Testing
@testable import CNPlanCore
@testable import CNPlanKit

@Suite struct CheckTests {
    let today = CheckContext(today: PlanDate("2026-11-23")!)
    func codes(_ p: Plan) -> [String] { Checks.run(p, context: today).map(\.code) }

    @Test func anEmptyPlanHasTheErrorsOfEveryStep() {
        let report = CheckReport(plan: Plan(), context: today)
        #expect(report.hasErrors)
        #expect(Set(codes(Plan())).isSuperset(of: ["CN101", "CN102", "CN201", "CN301", "CN401", "CN501"]))
    }

    @Test func aCompletePlanHasNoFindings() throws {
        var lines = workshop
        lines.append("impact i1 concept c1")
        #expect(codes(try run(lines)) == [])
    }

    @Test func warningsOfASeasonedFacilitator() throws {
        let base = try run(workshop)
        #expect(codes(try run(["data-goal \"\""], on: base)) == ["CN102"])
        #expect(codes(try run(["behaviour add engage customize collaborate"], on: base)).contains("CN302"))
        #expect(codes(try run(["impact i1 by 2020-01"], on: base)) == ["CN505"])
        #expect(codes(try run(["impact i1 target 60"], on: base)) == ["CN504"])
        #expect(codes(try run(["impact i1 target 48"], on: base)) == ["CN503"])
        #expect(codes(try run(["segment add Other", "segment s3 role media", "segment s3 need n", "segment s3 value v"], on: base)) == ["CN204"])
        #expect(codes(try run(["impact remove i1"], on: base)) == ["CN501", "CN506"])
        #expect(codes(try run(["behaviour add engage", "behaviour engage value 1", "behaviour engage effort 5", "behaviour rank access connect", "concept add Second", "concept c2 uses engage", "impact add M", "impact i2 concept c2", "impact i2 baseline 1", "impact i2 target 2"], on: base)).contains("CN404"))
    }

    @Test func conceptWithoutSegmentOrBehavioursIsAnError() throws {
        let p = try run(["segment add A", "segment add B", "concept add X"])
        #expect(Checks.run(p, context: today).filter { $0.code == "CN402" }.count == 2)
    }
}
