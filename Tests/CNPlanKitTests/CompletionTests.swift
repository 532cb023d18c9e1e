import Testing

@testable import CNPlanCore
@testable import CNPlanKit
@testable import CNPlanTerminal

#if canImport(Glibc)
import Glibc
#endif

@Suite struct CompletionTests {
    let plan = try! run([
        "segment add A", "segment add B", "behaviour add access connect", "concept add App", "impact add Time",
    ])

    func complete(_ line: String) -> Completer.Result { Completer(plan: plan).complete(line) }

    @Test func aUniquePrefixCompletesWithASpace() {
        #expect(complete("beh") == .init(insert: "aviour ", candidates: []))
        #expect(complete("/gu") == .init(insert: "ide ", candidates: []))
        #expect(complete("segment s1 ro") == .init(insert: "le ", candidates: []))
        #expect(complete("segment s1 role gov") == .init(insert: "ernment ", candidates: []))
    }

    @Test func severalCandidatesAreListedOrTheirCommonPartInserted() {
        #expect(complete("c").candidates == ["concept", "check"])
        #expect(complete("segment ").candidates == ["add", "remove", "list", "s1", "s2"])
        #expect(complete("segment s").insert == "")
        #expect(complete("segment s").candidates == ["s1", "s2"])
    }

    @Test func theGrammarKnowsWhatComesWhere() {
        #expect(complete("behaviour add ").candidates == ["engage", "customize", "collaborate"])
        #expect(complete("behaviour rank access ").insert == "connect ")
        #expect(complete("concept c1 uses ").candidates == ["access", "connect"])
        #expect(complete("concept c1 segment ").insert == "s")
        #expect(complete("concept c1 segment s").candidates == ["s1", "s2"])
        #expect(complete("impact i1 concept ").insert == "c1 ")
        #expect(complete("export ").candidates == ["json", "md", "html"])
        #expect(complete("frobnicate ").candidates == [])
    }

    @Test func fileNamesAfterOpenSaveAndExport() throws {
        var template = Array("/tmp/cnplan-complete-XXXXXX".utf8CString)
        let dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        try FileSystem.writeAtomically(dir + "/workshop.json", "{}")
        mkdir(dir + "/plans", 0o755)
        #expect(complete("open \(dir)/wo").insert == "rkshop.json ")
        #expect(complete("save \(dir)/pl").insert == "ans/")
        #expect(complete("export md \(dir)/").candidates == ["\(dir)/plans/", "\(dir)/workshop.json"])
    }

    @Test func candidatesFitTheWidth() {
        let text = Completer.columns(["access", "engage", "customize", "connect", "collaborate"], width: 30)
        #expect(text.split(separator: "\n").allSatisfy { TextWidth.of(String($0)) <= 30 })
        #expect(text.split(separator: "\n").count == 3)
    }
}
