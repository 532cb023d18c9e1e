/// The one place where errors become text.
extension Texts {
    /// The one-line message for an error, in this language.
    public func message(for error: PlanError) -> String {
        switch error {
        case .unknownCommand(let w, let s):
            return self("error.unknownCommand", ["word": w]) + (s.map(hint) ?? self("error.seeHelp"))
        case .unknownWord(let w, let expected, let s):
            return self("error.unknownWord", ["what": self.expected(expected), "word": w]) + (s.map(hint) ?? "")
        // What can be typed comes first, the nearest of it last: "…; did you mean "loyal"?"
        case .unknownBehaviour(let w, let s):
            return self("error.unknownBehaviour", ["word": w])
                + self("error.theFive", ["list": list(Behaviour.allCases.map(behaviour))]) + (s.map(hint) ?? "")
        case .unknownChoice(let w, let c, let s):
            return self("error.unknownChoice", ["what": self("choice.\(c.name)"), "word": w])
                + self(
                    "error.choicesAre",
                    ["what": self("choice.\(c.name).plural"), "list": list(c.values.map { typedChoice(c, $0) })])
                + (s.map(hint) ?? "")
        case .noSuchItem(let kind, let id, let known):
            let what = kind.map(self.kind) ?? self("error.item")
            return self("error.noSuchItem", ["kind": what, "id": id])
                + (known.isEmpty ? self("error.noneYet") : self("error.planHas", ["list": list(known)]))
        case .missingArgument(let what, let usage):
            return self("error.missing", ["what": expected(what), "usage": usage])
        case .unexpectedArgument(let w, let usage):
            return self("error.unexpected", ["word": w, "usage": usage])
        case .unterminatedQuote: return self("error.unterminatedQuote")
        case .notANumber(let w, let field):
            return self("error.notANumber", ["field": fieldLabel(field, .number), "word": w])
        case .scoreOutOfRange(let w, let field):
            return self("error.scoreOutOfRange", ["field": fieldLabel(field, .score), "word": w])
        case .behaviourNumberOutOfRange(let w): return self("error.behaviourNumber", ["word": w])
        case .badDate(let w): return self("error.badDate", ["word": w])
        case .badDay(let w): return self("error.badDay", ["word": w])
        case .badTarget(let w): return self("error.badTarget", ["word": w])
        case .relativeTargetNeedsBaseline(let id): return self("error.relativeNeedsBaseline", ["id": id])
        case .notChosen(let b): return self("error.notChosen", ["name": b.rawValue])
        case .alreadyChosen(let b): return self("error.alreadyChosen", ["name": b.rawValue])
        case .repeated(let w): return self("error.repeated", ["word": w])
        case .emptyName(let kind): return self("error.emptyName", ["what": label(kind.nameField!)])
        case .inUse(let kind, let id, let by):
            return plural("error.inUse", by.count, ["item": self.kind(kind) + " " + id, "list": list(by.map(item))])
        case .nothingToUndo: return self("error.nothingToUndo")
        case .nothingToRedo: return self("error.nothingToRedo")
        case .noFile: return self("error.noFile")
        case .readOnly(let path): return self("error.readOnly", ["path": path])
        case .file(let path, let problem): return self("error.file", ["path": path, "problem": self.problem(problem)])
        case .onlyInShell(let command): return self("error.onlyInShell", ["command": command])
        case .unknownLanguage(let w):
            return self("error.unknownLanguage", ["word": w, "list": list(Language.all.map(\.code))])
        case .unwritableNumber(let id): return self("error.unwritableNumber", ["id": id])
        case .planTooLarge(let bytes, let limit):
            return self(
                "error.planTooLarge", ["size": String(bytes / 1024 / 1024), "limit": String(limit / 1024 / 1024)])
        case .overwriteRefused(let path): return self("error.overwriteRefused", ["path": path])
        case .cancelled: return self("error.cancelled")
        case .changedElsewhere(let path): return self("error.changedElsewhere", ["path": path])
        case .mergeNeedsYes: return self("error.mergeNeedsYes")
        case .vote(let problem): return voteMessage(problem)
        case .badDuration(let w, let s): return self("error.badDuration", ["word": w]) + (s.map(hint) ?? "")
        case .noCheckIn(let id, let date): return self("error.noCheckIn", ["id": id, "date": date])
        }
    }

    /// The label of the field of this kind of value that a word names: `基线` for `baseline`; the
    /// number of a check-in, which is not a field, has its own (`实测值` for `actual`).
    private func fieldLabel(_ word: String, _ type: FieldKind) -> String {
        if word == CheckInSyntax.actualWords[0] { return self("checkIn.actual.label") }
        return ItemKind.allCases.flatMap(\.fields).first { $0.word == word && $0.type == type }.map(label) ?? word
    }

    private func hint(_ suggestion: String) -> String { self("error.didYouMean", ["word": suggestion]) }

    /// What was expected, as a noun phrase.
    func expected(_ e: Expected) -> String {
        switch e {
        case .field(let k): self("expected.field", ["kind": kind(k)])
        case .subcommand(let k):
            self(k == .behaviour ? "expected.behaviourCommand" : "expected.subcommand", ["kind": kind(k)])
        case .value(let k, let key): k.field(key).map(label) ?? key
        case .id(let k): self("expected.id", ["kind": kind(k)])
        case .behaviours: self("expected.behaviours")
        case .behaviour: self("expected.behaviour")
        case .fileName: self("expected.fileName")
        case .exportFormat: self("expected.exportFormat")
        case .step: self("expected.step")
        case .showTarget: self("expected.showTarget")
        case .helpTopic: self("expected.helpTopic")
        case .yesOrNo: self("expected.yesOrNo")
        case .subject: self("expected.subject")
        case .count: self("expected.count")
        case .voteItems: self("expected.voteItems")
        case .duration: self("expected.duration")
        case .actual: self("expected.actual")
        case .day: self("expected.day")
        }
    }

    /// What is wrong with a file.
    public func problem(_ p: FileProblem) -> String {
        switch p {
        case .cannotRead(let reason): self("file.cannotRead", ["reason": reason])
        case .cannotWrite(let reason): self("file.cannotWrite", ["reason": reason])
        case .notRegular: self("file.notRegular")
        case .tooLarge(let n): self("file.tooLarge", ["n": String(n)])
        case .empty: self("file.empty")
        case .notJSON(let line, let problem): self("file.notJSON", ["line": String(line), "reason": json(problem)])
        case .notAPlan(let e): e.path == "$" ? format(e.problem) : e.path + ": " + format(e.problem)
        case .notAPlanNotOverwritten: self("file.notAPlanNotOverwritten")
        case .lockUnavailable(let reason): self("file.lockUnavailable", ["reason": reason])
        case .cannotWriteRecovery(let reason): self("file.cannotWriteRecovery", ["reason": reason])
        case .alreadyWritten: self("file.alreadyWritten")
        case .heldElsewhere: self("file.heldElsewhere")
        case .openHere: self("file.openHere")
        case .holdsAPlan: self("file.holdsAPlan")
        }
    }

    /// What makes a text not JSON.
    public func json(_ p: JSONProblem) -> String {
        switch p {
        case .trailingText: self("json.trailingText")
        case .unexpectedEnd: self("json.unexpectedEnd")
        case .unexpectedCharacter: self("json.unexpectedCharacter")
        case .nestedTooDeeply: self("json.nestedTooDeeply")
        case .tooManyContainers(let n): self("json.tooManyContainers", ["n": String(n)])
        case .expectedKey: self("json.expectedKey")
        case .duplicateKey(let key): self("json.duplicateKey", ["key": key])
        case .expectedColon: self("json.expectedColon")
        case .expectedCommaOrBrace: self("json.expectedCommaOrBrace")
        case .expectedCommaOrBracket: self("json.expectedCommaOrBracket")
        case .badNumber: self("json.badNumber")
        case .badUnicodeEscape: self("json.badUnicodeEscape")
        case .invalidUTF8: self("json.invalidUTF8")
        case .unclosedString: self("json.unclosedString")
        case .controlCharacter: self("json.controlCharacter")
        case .badSurrogate: self("json.badSurrogate")
        case .badEscape: self("json.badEscape")
        }
    }

    /// What is wrong with a plan file's content.
    public func format(_ p: FormatProblem) -> String {
        switch p {
        case .notAnObject: self("format.notAnObject")
        case .wrongFormat: self("format.wrongFormat", ["format": PlanCodec.format])
        case .mustBe(let type): self("format.mustBe.\(type.rawValue)")
        case .notWhole: self("format.notWhole")
        case .versionTooNew(let v): self("format.versionTooNew", ["version": v, "reads": String(PlanCodec.version)])
        case .unknownVersion(let v): self("format.unknownVersion", ["version": v])
        case .missingOrEmpty: self("format.missingOrEmpty")
        case .invalidId(let id, let prefix): self("format.invalidId", ["id": id, "prefix": prefix])
        case .duplicateId(let id): self("format.duplicateId", ["id": id])
        case .unknownBehaviour(let w): self("format.unknownBehaviour", ["word": w])
        case .unknownChoice(let c, let w): self("format.unknownChoice", ["what": self("choice.\(c)"), "word": w])
        case .twice(let w): self("format.twice", ["name": w])
        case .notChosen(let w): self("format.notChosen", ["name": w])
        case .noSuchItem(let k, let id): self("format.noSuchItem", ["kind": kind(k), "id": id])
        case .scoreRange: self("format.scoreRange")
        case .wholeFrom1: self("format.wholeFrom1")
        case .notARelativeTarget(let w): self("format.notARelativeTarget", ["word": w])
        case .relativeNeedsBaseline: self("format.relativeNeedsBaseline")
        case .notADate(let w): self("format.notADate", ["word": w])
        case .unknownLanguage(let w): self("format.unknownLanguage", ["word": w])
        case .resolvesPastTheLargestNumber: self("format.resolvesPastTheLargestNumber")
        }
    }
}
