import Testing

@testable import CNPlanCore
@testable import CNPlanKit
@testable import CNPlanTerminal

#if canImport(Glibc)
import Glibc
#endif

@Suite struct CompletionSlipsTests {
    func complete(_ line: String, _ plan: Plan = Plan()) -> Completer.Result { Completer(plan: plan).complete(line) }

    @Test func sessionCompanionFilesAndHiddenFilesAreNotOffered() throws {
        var template = Array("/tmp/cnplan-complete-XXXXXX".utf8CString)
        let dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        for name in ["plan.json", "plan.json.journal", "plan.json.lock", ".plan.json.tmp-4242", ".hidden.json"] {
            try FileSystem.writeAtomically(dir + "/" + name, "{}")
        }
        #expect(complete("open \(dir)/").insert == "plan.json ")
        #expect(complete("save \(dir)/pl").insert == "an.json ")
        #expect(complete("open \(dir)/.").insert == "hidden.json ")
    }

    @Test func chineseBehaviourNamesComplete() throws {
        #expect(complete("behaviour add 联") == .init(insert: "结 ", candidates: []))
        #expect(complete("behaviour add 接入 合").insert == "作 ")
        #expect(complete("behaviour add connect 联").candidates == [])
        let chosen = try run(["behaviour add access connect"])
        #expect(complete("behaviour rank 联", chosen).insert == "结 ")
        #expect(complete("behaviour remove 接", chosen).insert == "入 ")
        // A bare Tab lists each behaviour once, by its English name.
        #expect(complete("behaviour add ").candidates == ["access", "engage", "customize", "connect", "collaborate"])
    }
}
