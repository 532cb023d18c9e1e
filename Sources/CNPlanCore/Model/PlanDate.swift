/// A calendar date or month, as `YYYY-MM-DD` or `YYYY-MM`.
public struct PlanDate: Sendable, Equatable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    /// nil for a whole month.
    public let day: Int?

    /// Parses `2027-06-30` or `2027-06`; nil for anything else, including impossible dates.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
            parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m)
        else { return nil }
        var d: Int?
        if parts.count == 3 {
            guard parts[2].count == 2, let dd = Int(parts[2]), dd >= 1, dd <= PlanDate.days(inMonth: m, year: y)
            else { return nil }
            d = dd
        }
        year = y
        month = m
        day = d
    }

    /// Parses the forms people type, besides the canonical ones: `2027-6-30`, `2027/06/30`,
    /// `2027.6.30`, `2027年6月30日` (or `30号`), and the month alone in each (`2027/6`, `2027年6月`).
    /// The year has four digits, month and day one or two.
    public init?(typed text: String) {
        var fields: [Substring]
        if let y = text.firstIndex(of: "年") {
            var rest = text[text.index(after: y)...]
            let dayMarked = rest.last == "日" || rest.last == "号"
            if dayMarked { rest = rest.dropLast() }
            guard let m = rest.firstIndex(of: "月") else { return nil }
            let day = rest[rest.index(after: m)...]
            if dayMarked, day.isEmpty { return nil }
            fields = [text[..<y], rest[..<m]] + (day.isEmpty ? [] : [day])
        } else {
            guard let separator = text.first(where: { "-/.".contains($0) }) else { return nil }
            fields = text.split(separator: separator, omittingEmptySubsequences: false)
        }
        guard fields.count == 2 || fields.count == 3, fields[0].count == 4,
            fields.dropFirst().allSatisfy({ (1...2).contains($0.count) }),
            fields.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        self.init(
            fields.enumerated().map { $0.offset > 0 && $0.element.count == 1 ? "0" + $0.element : $0.element }
                .joined(separator: "-"))
    }

    static func days(inMonth m: Int, year y: Int) -> Int {
        switch m {
        case 2: (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `YYYY-MM-DD` or `YYYY-MM`, the year always in four digits (0027 stays 0027).
    public var description: String {
        let yyyy = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        let mm = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(yyyy)-\(mm)" }
        return "\(yyyy)-\(mm)-" + (day < 10 ? "0\(day)" : "\(day)")
    }

    /// The last day the date covers: a month counts until its end.
    public var lastDay: (Int, Int, Int) { (year, month, day ?? PlanDate.days(inMonth: month, year: year)) }

    public static func < (a: PlanDate, b: PlanDate) -> Bool {
        let (x, y) = (a.lastDay, b.lastDay)
        return (x.0, x.1, x.2) < (y.0, y.1, y.2)
    }
}
