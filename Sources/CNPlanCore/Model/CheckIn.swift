/// One dated measurement of an impact's metric after the workshop: what it was on that day.
public struct CheckIn: Sendable, Equatable {
    /// A whole day: check-ins are compared and ordered by day.
    public var date: PlanDate
    public var value: Double
    public var note: String?
    public init(date: PlanDate, value: Double, note: String? = nil) {
        self.date = date
        self.value = value
        self.note = note
    }
}

extension Impact {
    /// The impact with `checkIn` in its date order; a check-in on the same day is replaced, which
    /// is how a wrong figure is corrected.
    func recording(_ checkIn: CheckIn) -> Impact {
        var m = self
        m.actuals.removeAll { $0.date == checkIn.date }
        let at = m.actuals.firstIndex { checkIn.date < $0.date } ?? m.actuals.endIndex
        m.actuals.insert(checkIn, at: at)
        return m
    }

    /// The latest check-in, by date.
    public var latest: CheckIn? { actuals.last }
}

extension PlanDate {
    /// A whole day written `YYYY-MM-DD`, read straight from its bytes: a portfolio reads hundreds
    /// of thousands of check-in dates. nil for anything else, as `PlanDate(_:)` would give.
    init?(isoDay text: String) {
        var parts = (0, 0, 0)
        var count = 0
        for b in text.utf8 {
            count += 1
            if count == 5 || count == 8 {
                guard b == 0x2D else { return nil }
                continue
            }
            guard (0x30...0x39).contains(b), count <= 10 else { return nil }
            let digit = Int(b - 0x30)
            switch count {
            case ...4: parts.0 = parts.0 * 10 + digit
            case ...7: parts.1 = parts.1 * 10 + digit
            default: parts.2 = parts.2 * 10 + digit
            }
        }
        let (y, m, d) = parts
        guard count == 10, (1...12).contains(m), d >= 1, d <= PlanDate.days(inMonth: m, year: y) else { return nil }
        year = y
        month = m
        day = d
    }

    /// Days since 1970-01-01 of the date's last day (a month counts until its end): the
    /// straight line from start to target is drawn in these.
    public var dayNumber: Int {
        let (y0, m, d) = lastDay
        // Days from civil, after H. Hinnant's algorithm: exact for every Gregorian date.
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}
