/// A timebox for the room: a countdown towards an end time, with an optional label. It is session
/// state, never part of a plan. Times are seconds since 1970 on the wall clock, so that another
/// process (`cnplan present`) can share one; the caller gives "now", as the core has no clock.
public struct Timebox: Sendable, Equatable {
    /// Its length in seconds.
    public var seconds: Int
    /// When it reaches zero.
    public var end: Double
    public var label: String?

    public init(seconds: Int, end: Double, label: String?) {
        self.seconds = seconds
        self.end = end
        self.label = label
    }

    /// A timebox of `seconds` that starts at `now`.
    public init(seconds: Int, label: String?, startingAt now: Double) {
        self.init(seconds: seconds, end: now + Double(seconds), label: label)
    }

    /// Whole seconds left at `now`, rounded up: a 7-minute box shows 7:00 in its first second and
    /// 0:00 only once it is over.
    public func remaining(at now: Double) -> Int {
        let left = end - now
        return left <= 0 ? 0 : Int(min(left, Double(Timebox.longest)).rounded(.up))
    }

    public func isOver(at now: Double) -> Bool { now >= end }

    /// The longest timebox: a day.
    public static let longest = 24 * 3600

    /// The timebox the guide suggests for each step, 1 to 5: the behaviours and the concepts,
    /// where the room thinks hardest, get the most.
    public static let standardDefaults = [10 * 60, 15 * 60, 20 * 60, 25 * 60, 15 * 60]

    /// `7:00`, `0:59`, `1:30:00`: time left as a clock shows it.
    public static func clock(_ seconds: Int) -> String {
        let h = seconds / 3600
        let m = seconds / 60 % 60
        let s = seconds % 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):" + two(m) + ":" + two(s) : "\(seconds / 60):" + two(s)
    }

    /// `7m`, `90s`, `1h30m`: a length as it is typed after `timer`.
    public static func typed(_ seconds: Int) -> String {
        let h = seconds / 3600
        let m = seconds / 60 % 60
        let s = seconds % 60
        let parts = [(h, "h"), (m, "m"), (s, "s")].filter { $0.0 > 0 }.map { "\($0.0)\($0.1)" }
        return parts.isEmpty ? "0s" : parts.joined()
    }

    /// Unit words and how many seconds each stands for, in English and in Chinese.
    static let units: [String: Double] = [
        "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600, "小时": 3600, "个小时": 3600, "钟头": 3600,
        "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60, "分": 60, "分钟": 60,
        "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "秒": 1, "秒钟": 1,
    ]

    /// True for a word that is only a unit: `min` in `timer 7 min`.
    public static func isUnit(_ word: String) -> Bool { units[WideInput.halfWidth(word).lowercased()] != nil }

    /// A length typed by a person, in seconds: `7m`, `90s`, `1h`, `1h30m`, `1.5h`, `7:30`
    /// (minutes and seconds), `1:30:00`, a bare number of minutes, `7分钟`, `90秒`, `1小时30分`, and
    /// all of these with full-width digits. nil when it is none of those, nothing, or over a day.
    public static func parse(_ text: String) -> Int? {
        let w = WideInput.halfWidth(text).lowercased()
        let total: Double
        if w.contains(":") {
            let parts = w.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
            guard (2...3).contains(parts.count), parts.allSatisfy({ ($0 ?? -1) >= 0 }),
                parts.dropFirst().allSatisfy({ $0! < 60 })
            else { return nil }
            total = Double(parts.reduce(0) { $0 * 60 + $1! })
        } else {
            var sum = 0.0
            var rest = Substring(w)
            var previous: Double?
            while !rest.isEmpty {
                let digits = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
                let unit = rest.dropFirst(digits.count).prefix { !($0.isASCII && ($0.isNumber || $0 == ".")) }
                guard let n = Double(digits), n.isFinite else { return nil }
                let word = String(unit).trimmingSpaces
                // A bare number alone is minutes, the unit a room thinks in; after another part it is
                // the next smaller unit, as in `1h30` and `2分30`.
                let seconds: Double?
                if !word.isEmpty {
                    seconds = units[word]
                } else if let previous {
                    seconds = [3600: 60, 60: 1][previous]
                } else {
                    seconds = 60
                }
                guard let seconds else { return nil }
                sum += n * seconds
                previous = seconds
                rest = rest.dropFirst(digits.count + unit.count)
            }
            total = sum
        }
        guard total.isFinite, total < Double(longest) + 0.5 else { return nil }
        let seconds = Int(total.rounded())
        return (1...longest).contains(seconds) ? seconds : nil
    }
}

/// The file beside a session that shares its running timebox with `cnplan present`: `FILE.timer`,
/// a small JSON object written by the session and only read by the view.
extension Timebox {
    public static let fileSuffix = ".timer"
    static let fileFormat = "cnplan.timer"

    /// The text of the file.
    public var fileText: String {
        var w = JSONWriter()
        w.beginObject()
        w.string("format", Timebox.fileFormat)
        w.int("version", 1)
        w.number("end", end)
        w.int("seconds", seconds)
        w.string("label", label)
        w.endObject()
        return w.text()
    }

    /// The timebox such a file holds; nil for anything else.
    public init?(fileBytes: [UInt8]) {
        guard let json = try? JSONParser.parse(fileBytes), json["format"] == .string(Timebox.fileFormat),
            case .number(let end)? = json["end"], end.isFinite, case .number(let seconds)? = json["seconds"],
            seconds >= 1, seconds <= Double(Timebox.longest)
        else { return nil }
        var label: String?
        if case .string(let l)? = json["label"] { label = l }
        self.init(seconds: Int(seconds), end: end, label: label)
    }
}

/// What `timer` asks for.
public enum TimerRequest: Sendable, Equatable {
    /// `timer`: what is left.
    case show
    /// `timer 7m ideas`.
    case start(seconds: Int, label: String?)
    case stop
    /// `timer defaults`: the timebox the guide suggests for each step.
    case defaults
    /// `timer defaults 3 20m`, or five lengths for the five steps: seconds by step.
    case setDefaults([Int: Int])
}

extension Parser {
    static let timerStopWords = ["stop", "off", "cancel", "end"] + Vocabulary.words("word.stop")
    static let timerDefaultsWords = ["defaults", "default"] + Vocabulary.words("word.defaults")
    static let timerDefaultsUsage = "timer defaults [STEP DURATION]"

    /// `timer`, `timer 7m [LABEL]`, `timer 7 min [LABEL]`, `timer stop`, `timer defaults …`.
    static func timer(_ t: inout Tokenizer) throws(PlanError) -> Command {
        guard let first = try t.next() else { return .timer(.show) }
        let w = first.lowercased()
        if timerStopWords.contains(w) {
            try end(&t, "timer stop")
            return .timer(.stop)
        }
        if timerDefaultsWords.contains(w) { return .timer(try timerDefaults(&t)) }
        var seconds = Timebox.parse(first)
        if seconds != nil, WideInput.number(first) != nil, let unit = try t.peek(), Timebox.isUnit(unit) {
            _ = try t.next()
            seconds = Timebox.parse(first + unit)
        }
        guard let seconds else {
            throw .badDuration(
                first,
                suggestion: nearest(
                    w, in: ["stop", "defaults"] + Vocabulary.words("word.stop") + Vocabulary.words("word.defaults")))
        }
        let label = t.rest()
        return .timer(.start(seconds: seconds, label: label))
    }

    /// `timer defaults`, `timer defaults 3 20m [4 25m]…`, `timer defaults 10m 15m 20m 25m 15m`.
    static func timerDefaults(_ t: inout Tokenizer) throws(PlanError) -> TimerRequest {
        let words = try t.remainingWords()
        if words.isEmpty { return .defaults }
        if words.count == 5, words.allSatisfy({ stepNumber($0) == nil }) {
            var all: [Int: Int] = [:]
            for (n, word) in words.enumerated() {
                guard let s = Timebox.parse(word) else { throw .badDuration(word, suggestion: nil) }
                all[n + 1] = s
            }
            return .setDefaults(all)
        }
        var set: [Int: Int] = [:]
        var rest = words[...]
        while let word = rest.popFirst() {
            guard let step = stepNumber(word) else {
                throw .unknownWord(word, expected: .step, suggestion: nil)
            }
            guard let length = rest.popFirst() else { throw .missingArgument(.duration, usage: timerDefaultsUsage) }
            guard let s = Timebox.parse(length) else { throw .badDuration(length, suggestion: nil) }
            set[step] = s
        }
        return .setDefaults(set)
    }

    /// A step by its number or its name in any language: `3`, `第3步`, `behaviours`, `行为`.
    static func stepNumber(_ word: String) -> Int? {
        if let n = WideInput.integer(word) { return (1...5).contains(n) ? n : nil }
        let half = WideInput.halfWidth(word)
        if half.hasPrefix("第"), half.hasSuffix("步"), let n = Int(half.dropFirst().dropLast()) {
            return (1...5).contains(n) ? n : nil
        }
        let w = word.lowercased()
        for n in 1...5 where Vocabulary.labels("step.\(n)").contains(w) { return n }
        // Or the step's command word, in any language: `segments`, `行为`, `目标`.
        guard let spec = CommandTable.spec(for: w) else { return nil }
        return spec.kind?.step ?? (spec.word == "objective" ? 1 : nil)
    }
}

extension Texts {
    /// A length as people say it: `7 min`, `1 h 30 min`, `7分钟`.
    public func duration(_ seconds: Int) -> String {
        let h = seconds / 3600
        let m = seconds / 60 % 60
        let s = seconds % 60
        let parts = [(h, "duration.hours"), (m, "duration.minutes"), (s, "duration.seconds")].filter { $0.0 > 0 }
        return parts.map { self($0.1, ["n": String($0.0)]) }.joined(separator: self("duration.separator"))
    }
}
