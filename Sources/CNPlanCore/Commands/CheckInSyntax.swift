/// The words of a check-in, `impact ID actual NUMBER [on DATE] [note TEXT]` and
/// `impact ID actual remove DATE`: a check-in is a list under the impact, not one field, so it
/// has its own words beside the fields'.
enum CheckInSyntax {
    static let usage = "impact ID actual NUMBER [on YYYY-MM-DD] [note TEXT]"
    static let removeUsage = "impact ID actual remove YYYY-MM-DD"
    static let actualWords = ["actual", "actuals", "checkin", "check-in"] + Vocabulary.words("word.actual")
    static let onWords = ["on", "date"] + Vocabulary.words("word.on")
    static let noteWords = ["note"] + Vocabulary.words("word.note")

    static func parse(_ id: String, _ t: inout Tokenizer) throws(PlanError) -> Command {
        guard let first = try t.next() else { throw .missingArgument(.actual, usage: usage) }
        if Vocabulary.removeWords.contains(first.lowercased()) {
            guard let w = try t.next() else { throw .missingArgument(.day, usage: removeUsage) }
            try Parser.end(&t, removeUsage)
            return .edit(.removeCheckIn(impact: id, on: try day(w)))
        }
        let value = try Parser.number(first, actualWords[0])
        var date: PlanDate?
        var note: String?
        while let w = try t.peek() {
            if onWords.contains(w.lowercased()), date == nil {
                _ = try t.next()
                guard let d = try t.next() else { throw .missingArgument(.day, usage: usage) }
                date = try day(d)
            } else if noteWords.contains(w.lowercased()) {
                _ = try t.next()
                note = t.rest().flatMap { $0.isEmpty ? nil : $0 }
            } else {
                throw .unexpectedArgument(w, usage: usage)
            }
        }
        guard let date else { return .checkInToday(impact: id, value: value, note: note) }
        return .edit(.checkIn(impact: id, CheckIn(date: date, value: value, note: note)))
    }

    /// A whole day, in any form a Chinese input method types; a month alone is not a day.
    static func day(_ word: String) throws(PlanError) -> PlanDate {
        guard let d = WideInput.date(word), d.day != nil else { throw .badDay(word) }
        return d
    }
}
