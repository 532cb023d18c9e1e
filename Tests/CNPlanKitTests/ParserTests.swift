import Testing
@testable import CNPlanCore
@testable import CNPlanKit

@Suite struct TokenizerTests {
    @Test func quotesGroupWords() throws {
        var t = Tokenizer(#"segment add "Out of warranty" 'x y' “中文 名”"#)
        #expect(try t.remainingWords() == ["segment", "add", "Out of warranty", "x y", "中文 名"])
    }

    @Test func restOfLineKeepsApostrophesAndInnerQuotes() throws {
        var t = Tokenizer("objective Customers' \"fast\" repair  ")
        _ = try t.next()
        #expect(t.rest() == "Customers' \"fast\" repair")
    }

    @Test func restOfLineUnquotesOneQuotedText() throws {
        var t = Tokenizer(#"title "  spaced title ""#)
        _ = try t.next()
        #expect(t.rest() == "  spaced title ")
    }

    @Test func unclosedQuoteInAWordIsAnError() {
        var t = Tokenizer(#"segment "s1 why"#)
        _ = try? t.next()
        #expect(throws: PlanError.unterminatedQuote) { try t.next() }
    }
}

@Suite struct ParserTests {
    func parse(_ line: String) throws -> Command? { try Parser.parse(line) }

    @Test func blankAndCommentLinesDoNothing() throws {
        #expect(try parse("") == nil)
        #expect(try parse("   ") == nil)
        #expect(try parse("# a comment") == nil)
    }

    @Test func wordsAreCaseInsensitiveAndTakeALeadingSlash() throws {
        #expect(try parse("SEGMENT S1 ROLE Consumer") == .edit(.setSegmentRole(id: "s1", role: .consumer)))
        #expect(try parse("/status") == .status)
        #expect(try parse("Behavior add ACCESS") == .edit(.addBehaviours([.access])))
    }

    @Test func behaviourNamesInChineseAndBritishSpelling() throws {
        #expect(try parse("behaviour add 接入 参与 定制 联结 合作") == .edit(.addBehaviours([.access, .engage, .customize, .connect, .collaborate])))
        #expect(try parse("behaviour add customise") == .edit(.addBehaviours([.customize])))
        #expect(try parse("behaviour add access,connect，engage") == .edit(.addBehaviours([.access, .connect, .engage])))
    }

    @Test func textCommandsTakeTheRestOfTheLine() throws {
        #expect(try parse("title 维修服务 Repair") == .edit(.setTitle("维修服务 Repair")))
        #expect(try parse(#"segment add "Owners who call""#) == .edit(.addSegment(name: "Owners who call")))
        #expect(try parse("concept c2 customer-value It's quick") == .edit(.setConceptText(id: "c2", field: .customerValue, text: "It's quick")))
        #expect(try parse(#"segment s1 why """#) == .edit(.setSegmentText(id: "s1", field: .why, text: nil)))
        #expect(try parse("title") == .showField(.title))
    }

    @Test func impactForms() throws {
        #expect(try parse("impact i1 baseline 48") == .edit(.setImpactBaseline(id: "i1", 48)))
        #expect(try parse("impact i1 target -50%") == .edit(.setImpactTarget(id: "i1", .relative(percent: -50))))
        #expect(try parse("impact i1 target +20%") == .edit(.setImpactTarget(id: "i1", .relative(percent: 20))))
        #expect(try parse("impact i1 target 4.5") == .edit(.setImpactTarget(id: "i1", .absolute(4.5))))
        #expect(try parse("impact i1 by 2027-06") == .edit(.setImpactBy(id: "i1", PlanDate("2027-06"))))
    }

    @Test func mistakesNameTheWordAndTheNearestChoice() {
        #expect(throws: PlanError.unknownCommand("segmnt", suggestion: "segment")) { try parse("segmnt add x") }
        #expect(throws: PlanError.unknownBehaviour("acess", suggestion: "access")) { try parse("behaviour add acess") }
        #expect(throws: PlanError.unknownRole("partnr", suggestion: "partner")) { try parse("segment s1 role partnr") }
        #expect(throws: PlanError.unknownWord("nede", kind: "segment field", suggestion: "need")) { try parse("segment s1 nede x") }
        #expect(throws: PlanError.scoreOutOfRange("9", what: "value")) { try parse("behaviour access value 9") }
        #expect(throws: PlanError.badDate("2027-02-30")) { try parse("impact i1 by 2027-02-30") }
        #expect(throws: PlanError.badTarget("-5x%")) { try parse("impact i1 target -5x%") }
        #expect(throws: PlanError.notANumber("lots", what: "baseline")) { try parse("impact i1 baseline lots") }
    }

    @Test func errorMessagesQuoteTheInput() {
        #expect(PlanError.unknownCommand("segmnt", suggestion: "segment").message == #"unknown command "segmnt"; did you mean "segment"?"#)
        #expect(PlanError.inUse(item: "segment s1", by: ["concept c1 (App)"]).message == "cannot remove segment s1: concept c1 (App) refers to it")
    }
}

/// Replays the fuzzing corpus: every input the fuzzers kept, and every crash they found, once fixed.
@Suite struct FuzzCorpusTests {
    static let root = #filePath.split(separator: "/").dropLast(2).joined(separator: "/")

    static func files(_ kind: String) -> [String] {
        let dir = "/" + root + "/FuzzCorpus/" + kind
        return FileSystem.entries(of: dir).filter { !$0.hasPrefix(".") }.map { dir + "/" + $0 }
    }

    @Test func parserCorpus() throws {
        let files = Self.files("parser")
        #expect(!files.isEmpty)
        for f in files {
            let text = String(decoding: try FileSystem.read(f), as: UTF8.self)
            var plan = Plan()
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if case .edit(let e)? = try? Parser.parse(String(line)), let next = try? apply(e, to: plan) { plan = next }
            }
            #expect(try decode(PlanCodec.encode(plan)) == plan)
        }
    }

    @Test func loaderCorpus() throws {
        let files = Self.files("loader")
        #expect(!files.isEmpty)
        for f in files {
            guard let json = try? JSONParser.parse(try FileSystem.read(f)), let plan = try? PlanCodec.decode(json) else { continue }
            #expect(try decode(PlanCodec.encode(plan)) == plan)
        }
    }
}
