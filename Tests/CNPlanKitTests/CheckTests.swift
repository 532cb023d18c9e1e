import Foundation
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

    @Test func datesInFindingsAreWrittenAsTheLanguageWritesThem() throws {
        let plan = try run(["impact i1 by 2020-01-31"], on: try run(workshop))
        let finding = try #require(Checks.run(plan, context: today).first { $0.code == "CN505" })
        #expect(finding.message(Texts(.english)) == "its date 2020-01-31 has passed")
        #expect(finding.message(Texts(.chinese)) == "期限2020年1月31日已经过了")
        // The fix is a command to type: its date stays as it is typed.
        #expect(finding.fix(Texts(.chinese)).contains("YYYY-MM-DD"))
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
        #expect(
            codes(
                try run(
                    ["segment add Other", "segment s3 role media", "segment s3 need n", "segment s3 value v"], on: base)
            ) == ["CN204"])
        #expect(codes(try run(["impact remove i1"], on: base)) == ["CN501", "CN506"])
        #expect(
            codes(
                try run(
                    [
                        "behaviour add engage", "behaviour engage value 1", "behaviour engage effort 5",
                        "behaviour rank access connect", "concept add Second", "concept c2 uses engage", "impact add M",
                        "impact i2 concept c2", "impact i2 baseline 1", "impact i2 target 2",
                    ], on: base)
            ).contains("CN404"))
    }

    @Test func conceptWithoutSegmentOrBehavioursIsAnError() throws {
        let p = try run(["segment add A", "segment add B", "concept add X"])
        #expect(Checks.run(p, context: today).filter { $0.code == "CN402" }.count == 2)
    }
}

/// The checks' registry, their sources and their documentation agree.
@Suite struct CheckRegistryTests {
    static let codes = Checks.all.map { type(of: $0).code }

    static func read(_ path: String) throws -> String {
        try String(contentsOf: Snapshot.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func codesAreUnique() {
        let repeated = Dictionary(grouping: Self.codes) { $0 }.filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated == [], "codes used by more than one check")
        #expect(Self.codes.allSatisfy { $0.wholeMatch(of: /CN[1-5]\d\d/) != nil }, "\(Self.codes)")
    }

    /// A check written but not added to `Checks.all` would never run.
    @Test func everyCheckInTheChecksFolderIsRegistered() throws {
        let folder = "Sources/CNPlanCore/Checks"
        let path = Snapshot.root.appendingPathComponent(folder).path
        let files = try FileManager.default.contentsOfDirectory(atPath: path)
        var declared: [String] = []
        for file in files where file.hasSuffix(".swift") {
            let source = try Self.read(folder + "/" + file)
            declared += source.matches(of: /(?:struct|enum|class|extension)\s+(\w+)\s*:[^{]*\bPlanCheck\b/)
                .map { String($0.output.1) }
        }
        #expect(!declared.isEmpty, "no PlanCheck found in \(folder)")
        let registered = Checks.all.map { String(describing: type(of: $0)) }
        #expect(declared.sorted() == registered.sorted())
    }

    /// docs/commands.md lists every code with its severity, and no code that does not exist.
    @Test func everyCodeIsDocumentedWithItsSeverity() throws {
        let rows = try Self.read("docs/commands.md").matches(of: /\n\| (CN\d+) \| (\w+) \|/)
        let documented = rows.map { "\($0.output.1) \($0.output.2)" }
        let actual = Checks.all.map { "\(type(of: $0).code) \(type(of: $0).severity.rawValue)" }
        #expect(documented.sorted() == actual.sorted())
    }
}
