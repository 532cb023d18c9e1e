import CNPlanCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Today's date in local time, for checks of dates that have passed; seconds for pacing writes.
public enum Clock {
    /// `CNPLAN_TODAY=YYYY-MM-DD` fixes the date, for reproducible checks and handouts.
    public static func today() -> PlanDate {
        if let fixed = getenv("CNPLAN_TODAY").flatMap({ PlanDate(String(cString: $0)) }) { return fixed }
        var t = time(nil)
        var parts = tm()
        localtime_r(&t, &parts)
        let y = Int(parts.tm_year) + 1900
        let m = Int(parts.tm_mon) + 1
        let d = Int(parts.tm_mday)
        return PlanDate("\(y)-" + (m < 10 ? "0\(m)" : "\(m)") + "-" + (d < 10 ? "0\(d)" : "\(d)"))!
    }

    /// Seconds on a clock that never goes back.
    public static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Seconds since 1970, for names that sort by time.
    public static func wallSeconds() -> Int { Int(time(nil)) }
}

extension Clock {
    /// Seconds since 1970 on the wall clock: timeboxes end at such a time, which another process
    /// (`cnplan present`) can read.
    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
