/// Dot-voting rounds in the plan file and in the journal. A round's `counts` are its totals
/// (show of hands and dots together); `ballots`, present only when participants were named,
/// say whose dots they include:
///
///     {"date": "2026-11-23", "subject": "concepts", "budget": 3, "open": false,
///      "counts": {"c1": 5, "c3": 2}, "ballots": [{"name": "王伟", "dots": ["c1", "c1", "c3"]}]}
enum VoteCodec {
    /// The items a round has votes for, in the order they were first entered.
    static func items(_ r: VoteRound) -> [String] {
        var out: [String] = []
        for id in r.tallies.map(\.item) + r.ballots.flatMap(\.dots) where !out.contains(id) { out.append(id) }
        return out
    }

    static func write(_ rounds: [VoteRound], to w: inout JSONWriter) {
        w.beginArray("votes")
        for r in rounds {
            w.beginObject()
            w.date("date", r.date)
            w.string("subject", r.subject.rawValue)
            w.int("budget", r.budget)
            if r.open { w.bool("open", true) }
            w.beginObject("counts")
            for c in r.counts(of: items(r)) { w.int(.text(c.item), c.votes) }
            w.endObject()
            if !r.ballots.isEmpty {
                w.beginArray("ballots")
                for b in r.ballots {
                    w.beginObject()
                    w.string("name", b.name)
                    w.inlineStrings("dots", b.dots)
                    w.endObject()
                }
                w.endArray()
            }
            w.endObject()
        }
        w.endArray()
    }

    /// The rounds of a file. Items are checked for their form, not for being in the plan: a
    /// round keeps the votes of a concept removed since.
    static func read(_ json: JSON?, plan: Plan) throws(PlanCodec.FormatError) -> [VoteRound] {
        func fail(_ path: String, _ problem: FormatProblem) -> PlanCodec.FormatError {
            PlanCodec.FormatError(path: path, problem: problem)
        }
        guard let json, json != .null else { return [] }
        guard case .array(let list) = json else { throw fail("$.votes", .mustBe(.array)) }
        var rounds: [VoteRound] = []
        for (n, r) in list.enumerated() {
            let p = "$.votes[\(n)]"
            guard case .object = r else { throw fail(p, .mustBe(.object)) }
            guard case .string(let s)? = r["subject"] else { throw fail(p + ".subject", .mustBe(.string)) }
            guard let subject = VoteSubject(rawValue: s) else {
                throw fail(p + ".subject", .unknownChoice("subject", s))
            }
            var date: PlanDate?
            if let d = r["date"], d != .null {
                guard case .string(let s) = d, let parsed = PlanDate(s) else {
                    throw fail(p + ".date", .notADate("\(d)"))
                }
                date = parsed
            }
            var budget: Int?
            if let b = r["budget"], b != .null {
                guard case .number(let x) = b, x.rounded() == x, x >= 1, x < 100 else {
                    throw fail(p + ".budget", .wholeFrom1)
                }
                budget = Int(x)
            }
            var round = VoteRound(date: date, subject: subject, budget: budget)
            // Only the last round can still be open.
            round.open = r["open"] == .bool(true) && n == list.count - 1
            func item(_ s: String, _ at: String) throws(PlanCodec.FormatError) -> String {
                guard VoteParser.item(s) == s else { throw fail(at, .noSuchItem(subject.kind, s)) }
                return s
            }
            if let bs = r["ballots"], bs != .null {
                guard case .array(let ballots) = bs else { throw fail(p + ".ballots", .mustBe(.array)) }
                for (k, b) in ballots.enumerated() {
                    let at = p + ".ballots[\(k)]"
                    guard case .string(let name)? = b["name"], !name.trimmingSpaces.isEmpty else {
                        throw fail(at + ".name", .missingOrEmpty)
                    }
                    guard case .array(let dots)? = b["dots"] else { throw fail(at + ".dots", .mustBe(.array)) }
                    var ids: [String] = []
                    for (i, d) in dots.enumerated() {
                        guard case .string(let s) = d else { throw fail(at + ".dots[\(i)]", .mustBe(.string)) }
                        ids.append(try item(s, at + ".dots[\(i)]"))
                    }
                    round.ballots.append(Ballot(name: name, dots: ids))
                }
            }
            if let c = r["counts"], c != .null {
                guard case .object(let pairs) = c else { throw fail(p + ".counts", .mustBe(.object)) }
                for member in pairs {
                    let (id, v) = (member.key, member.value)
                    let at = p + ".counts." + id
                    _ = try item(id, at)
                    guard case .number(let x) = v, x.rounded() == x, x >= 0, x < 1e6 else { throw fail(at, .notWhole) }
                    // What the named dots do not explain came from a show of hands.
                    let dots = round.ballots.reduce(0) { $0 + $1.dots.filter { $0 == id }.count }
                    if Int(x) > dots { round.tallies.append(VoteCount(item: id, votes: Int(x) - dots)) }
                }
            }
            rounds.append(round)
        }
        return rounds
    }

    /// A vote edit as the journal keeps it (after `"op":"vote",`): its values, never the words
    /// typed, like every other edit.
    static func encode(_ v: VoteEdit) -> String {
        var out = "\"op\":\"vote\","
        func strings(_ list: [String]) -> String {
            var s = "["
            for (n, x) in list.enumerated() {
                if n > 0 { s += "," }
                JSONWriter.quote(x, into: &s)
            }
            return s + "]"
        }
        switch v {
        case .open(let subject, let budget, let date):
            out += "\"vote\":\"open\",\"subject\":\"\(subject.rawValue)\""
            if let budget { out += ",\"budget\":\(budget)" }
            if let date { out += ",\"date\":\"\(date.description)\"" }
        case .tally(let counts):
            out += "\"vote\":\"tally\",\"items\":" + strings(counts.map(\.item))
            out += ",\"counts\":[" + counts.map { String($0.votes) }.joined(separator: ",") + "]"
        case .dots(let ballot):
            out += "\"vote\":\"dots\",\"name\":"
            JSONWriter.quote(ballot.name, into: &out)
            out += ",\"dots\":" + strings(ballot.dots)
        case .close(let apply): out += "\"vote\":\"close\",\"apply\":\(apply)"
        case .apply: out += "\"vote\":\"apply\""
        }
        return out
    }

    static func decode(_ json: JSON) throws(EditCodec.DecodeError) -> VoteEdit {
        let bad = EditCodec.DecodeError(reason: "not a vote")
        func strings(_ key: String) throws(EditCodec.DecodeError) -> [String] {
            guard case .array(let items)? = json[key] else { throw bad }
            var out: [String] = []
            for item in items {
                guard case .string(let s) = item else { throw bad }
                out.append(s)
            }
            return out
        }
        guard case .string(let what)? = json["vote"] else { throw bad }
        switch what {
        case "open":
            guard case .string(let s)? = json["subject"], let subject = VoteSubject(rawValue: s) else { throw bad }
            var budget: Int?
            if case .number(let n)? = json["budget"] {
                guard n.rounded() == n, n >= 1, n < 1e6 else { throw bad }
                budget = Int(n)
            }
            var date: PlanDate?
            if case .string(let d)? = json["date"] {
                guard let parsed = PlanDate(d) else { throw bad }
                date = parsed
            }
            return .open(subject, budget: budget, date: date)
        case "tally":
            let items = try strings("items")
            guard case .array(let counts)? = json["counts"], counts.count == items.count else { throw bad }
            var out: [VoteCount] = []
            for (item, count) in zip(items, counts) {
                guard case .number(let n) = count, n.rounded() == n, n >= 0, n < 1e9 else { throw bad }
                out.append(VoteCount(item: item, votes: Int(n)))
            }
            return .tally(out)
        case "dots":
            guard case .string(let name)? = json["name"] else { throw bad }
            return .dots(Ballot(name: name, dots: try strings("dots")))
        case "close":
            guard case .bool(let apply)? = json["apply"] else { throw bad }
            return .close(apply: apply)
        case "apply": return .apply
        default: throw bad
        }
    }
}
