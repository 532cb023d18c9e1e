import Foundation
import Testing

@testable import CNPlanCore

/// Keeps the catalog and the code in step: every key the code uses is in the English catalog, and
/// every English key is used. Keys are used either as literals in the sources or derived from the
/// definitions (fields, commands, checks, kinds, steps), listed here the way the code builds them.
@Suite struct CatalogUsageTests {
    /// Every key the code builds from the definitions.
    static var derivedKeys: Set<String> {
        var keys = Set<String>()
        for kind in ItemKind.allCases {
            keys.insert("kind.\(kind.rawValue)")
            for f in kind.fields {
                keys.formUnion(["label", "question", "hint"].map(f.text))
                switch f.type {
                case .reference, .behaviours: break
                default: keys.insert(f.text("example"))
                }
                // The handout heads columns and lines with it, except where another heading stands:
                // the title above the objective, a concept's title as its heading, and an impact's
                // baseline and target, which share one column.
                let shownElsewhere = f.need == .notCounted && kind == .plan || kind == .concept && f.type == .name
                if !shownElsewhere, f.type != .number, f.type != .target { keys.insert(f.text("heading")) }
                switch f.type {
                case .choice(let c), .choices(let c):
                    keys.formUnion(
                        ["choice.\(c.name)", "choice.\(c.name).plural"] + c.values.map { "choice.\(c.name).\($0)" })
                default: break
                }
            }
            if kind != .plan {
                keys.formUnion([
                    "md.heading.\(kind.rawValue)", "md.none.\(kind.rawValue)", "board.none.\(kind.rawValue)",
                ])
            }
            if [.segment, .concept, .impact].contains(kind) {
                keys.formUnion(["guide.another.\(kind.rawValue)", "guide.another.\(kind.rawValue).hint"])
            }
        }
        keys.formUnion([ItemKind.segment, .behaviour, .concept].map { "board.referencedBy.\($0.rawValue)" })
        for n in 1...5 { keys.insert("step.\(n)") }
        for b in Behaviour.allCases { keys.formUnion(["behaviour.\(b.rawValue)", "behaviour.\(b.rawValue).need"]) }
        for s in ["error", "warning", "info"] { keys.insert("severity.\(s)") }
        for spec in CommandTable.all {
            keys.formUnion(["command.\(spec.word).summary", "command.\(spec.word).example"])
        }
        for topic in Help.topics { keys.insert("help.topic.\(topic)") }
        for check in Checks.all {
            for name in type(of: check).messages {
                keys.formUnion(["check.\(type(of: check).code).\(name)", "check.\(type(of: check).code).\(name).fix"])
            }
        }
        for t in ["object", "array", "string", "number"] { keys.insert("format.mustBe.\(t)") }
        // The room (issue 13): matrices, votes and who was there, by subject, quadrant and field.
        keys.insert("choice.subject")
        for s in VoteSubject.allCases.map(\.rawValue) {
            keys.formUnion(["matrix.title.\(s)", "vote.subject.\(s)", "vote.applied.\(s)", "vote.offer.\(s)"])
        }
        for q in Quadrant.allCases { keys.insert("matrix.quadrant.\(q.rawValue)") }
        for f in Plan.workshopFields { keys.insert("md.room.\(f.info.key)") }
        return keys
    }

    /// String literals in the sources that look like catalog keys: `"error.noFile"`.
    static var literalKeys: Set<String> {
        let sources = Snapshot.root.appendingPathComponent("Sources")
        let pattern = try! NSRegularExpression(pattern: #""([a-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+)""#)
        var keys = Set<String>()
        let files = FileManager.default.enumerator(atPath: sources.path)!.compactMap { $0 as? String }
        let catalogs = ["CNPlanCore/Messages/English.swift", "CNPlanCore/Messages/Chinese.swift"]
        for file in files where file.hasSuffix(".swift") && !catalogs.contains(file) {
            let text = try! String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                keys.insert(String(text[Range(m.range(at: 1), in: text)!]))
            }
        }
        return keys
    }

    /// The English keys, plural forms folded to their key.
    static var catalogKeys: Set<String> {
        Set(englishCatalog.keys.map { $0.split(separator: "#").first.map(String.init) ?? $0 })
    }

    static let prefixes = Set(englishCatalog.keys.compactMap { $0.split(separator: ".").first.map(String.init) })

    @Test func everyKeyTheCodeUsesIsInTheCatalog() {
        let literal = Self.literalKeys.filter { key in
            // File names, key paths and the like are not keys: only literals under a catalog prefix.
            Self.prefixes.contains(String(key.split(separator: ".")[0])) && !key.hasSuffix(".words")
        }
        let missing = (literal.union(Self.derivedKeys)).subtracting(Self.catalogKeys)
        #expect(missing.isEmpty, "used but not in English.swift: \(missing.sorted())")
    }

    @Test func everyCatalogKeyIsUsed() {
        let unused = Self.catalogKeys.subtracting(Self.literalKeys).subtracting(Self.derivedKeys)
        #expect(unused.isEmpty, "in English.swift but never used: \(unused.sorted())")
    }

    @Test func pluralKeysHaveEveryFormTheirLanguageNeeds() {
        for key in englishCatalog.keys where key.contains("#") {
            let base = key.split(separator: "#")[0]
            #expect(englishCatalog["\(base)#one"] != nil && englishCatalog["\(base)#other"] != nil, "\(base)")
        }
    }

    @Test(arguments: Language.all.map(\.code))
    func everyFindingFillsItsPlaceholders(code: String) throws {
        let t = Texts(Language.named(code)!)
        for lines in TextSnapshotTests.unfinished.values {
            for f in Checks.run(try run(lines), context: CheckContext(today: PlanDate("2026-11-23")!)) {
                #expect(!f.line(t).contains("{"), "\(f.line(t))")
            }
        }
    }

    @Test func theUsageTestWouldCatchAMissingKey() {
        // The derivation itself must reach the keys it claims: a field's label is among them.
        #expect(Self.derivedKeys.contains("field.concept.orgValue.label"))
        #expect(Self.literalKeys.contains("error.noFile"))
    }
}
