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

    /// `--output`, as the command line writes it, is no part of the file's name at the prompt.
    @Test func exportTakesOutputAsTheCommandLineDoes() throws {
        #expect(try parse("export md --output handout.md") == .export(.md, path: "handout.md"))
        #expect(try parse("export md handout.md") == .export(.md, path: "handout.md"))
    }

    @Test func blankAndCommentLinesDoNothing() throws {
        #expect(try parse("") == nil)
        #expect(try parse("   ") == nil)
        #expect(try parse("# a comment") == nil)
    }

    @Test func wordsAreCaseInsensitiveAndTakeALeadingSlash() throws {
        #expect(
            try parse("SEGMENT S1 ROLE Consumer")
                == .edit(.set(.segment, id: "s1", field: "role", value: .choice("consumer"))))
        #expect(try parse("/status") == .status)
        #expect(try parse("Behavior add ACCESS") == .edit(.choose([.access])))
    }

    @Test func behaviourNamesInChineseAndBritishSpelling() throws {
        #expect(
            try parse("behaviour add 接入 参与 定制 联结 合作")
                == .edit(.choose([.access, .engage, .customize, .connect, .collaborate])))
        #expect(try parse("behaviour add customise") == .edit(.choose([.customize])))
        #expect(try parse("behaviour add access,connect，engage") == .edit(.choose([.access, .connect, .engage])))
    }

    @Test func textCommandsTakeTheRestOfTheLine() throws {
        #expect(
            try parse("title 维修服务 Repair") == .edit(.set(.plan, id: "", field: "title", value: .text("维修服务 Repair"))))
        #expect(try parse(#"segment add "Owners who call""#) == .edit(.add(.segment, name: "Owners who call")))
        #expect(
            try parse("concept c2 customer-value It's quick")
                == .edit(.set(.concept, id: "c2", field: "customerValue", value: .text("It's quick"))))
        #expect(try parse(#"segment s1 why """#) == .edit(.set(.segment, id: "s1", field: "why", value: nil)))
        #expect(try parse("title") == .showField("title"))
    }

    @Test func impactForms() throws {
        #expect(
            try parse("impact i1 baseline 48") == .edit(.set(.impact, id: "i1", field: "baseline", value: .number(48))))
        #expect(
            try parse("impact i1 target -50%")
                == .edit(.set(.impact, id: "i1", field: "target", value: .target(.relative(percent: -50)))))
        #expect(
            try parse("impact i1 target +20%")
                == .edit(.set(.impact, id: "i1", field: "target", value: .target(.relative(percent: 20)))))
        #expect(
            try parse("impact i1 target 4.5")
                == .edit(.set(.impact, id: "i1", field: "target", value: .target(.absolute(4.5)))))
        #expect(
            try parse("impact i1 by 2027-06")
                == .edit(.set(.impact, id: "i1", field: "by", value: .date(PlanDate("2027-06")!))))
    }

    @Test func mistakesNameTheWordAndTheNearestChoice() {
        #expect(throws: PlanError.unknownCommand("segmnt", suggestion: "segment")) { try parse("segmnt add x") }
        #expect(throws: PlanError.unknownBehaviour("acess", suggestion: "access")) { try parse("behaviour add acess") }
        #expect(throws: PlanError.unknownChoice("partnr", .roles, suggestion: "partner")) {
            try parse("segment s1 role partnr")
        }
        #expect(throws: PlanError.unknownWord("nede", expected: .field(.segment), suggestion: "need")) {
            try parse("segment s1 nede x")
        }
        #expect(throws: PlanError.scoreOutOfRange("9", field: "value")) { try parse("behaviour access value 9") }
        #expect(throws: PlanError.badDate("2027-02-30")) { try parse("impact i1 by 2027-02-30") }
        #expect(throws: PlanError.badTarget("-5x%")) { try parse("impact i1 target -5x%") }
        #expect(throws: PlanError.notANumber("lots", field: "baseline")) { try parse("impact i1 baseline lots") }
    }

    @Test func errorMessagesQuoteTheInput() {
        #expect(
            Texts(.english).message(for: PlanError.unknownCommand("segmnt", suggestion: "segment"))
                == #"unknown command "segmnt"; did you mean "segment"?"#)
        #expect(
            Texts(.english).message(for: PlanError.inUse(.segment, id: "s1", by: [ItemLabel(.concept, "c1", "App")]))
                == "cannot remove segment s1: concept c1 (App) refers to it")
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
                if case .edit(let e)? = try? Parser.parse(String(line)), let next = try? apply(e, to: plan) {
                    plan = next
                }
            }
            #expect(try decode(PlanCodec.encode(plan)) == plan)
        }
    }

    @Test func loaderCorpus() throws {
        let files = Self.files("loader")
        #expect(!files.isEmpty)
        for f in files {
            guard let json = try? JSONParser.parse(try FileSystem.read(f)), let plan = try? PlanCodec.decode(json)
            else { continue }
            #expect(try decode(PlanCodec.encode(plan)) == plan)
        }
    }
}

/// Steps as a Chinese room writes them.
@Suite struct ChineseStepTests {
    @Test func aStepIsTypedAsChineseWritesIt() throws {
        #expect(try Parser.parse("显示 第3步") == .show(.step(3)))
        #expect(try Parser.parse("显示 第３步") == .show(.step(3)))
        #expect(try Parser.parse("显示 全部") == .show(.plan))
        #expect(try Parser.parse("引导 第2步") == .guide(step: 2))
        #expect(throws: PlanError.self) { try Parser.parse("显示 第9步") }
    }
}
