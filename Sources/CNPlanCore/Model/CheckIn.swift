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
