#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Today's date in local time, for checks of dates that have passed.
public enum Clock {
    public static func today() -> PlanDate {
        var t = time(nil)
        var parts = tm()
        localtime_r(&t, &parts)
        let y = Int(parts.tm_year) + 1900, m = Int(parts.tm_mon) + 1, d = Int(parts.tm_mday)
        return PlanDate("\(y)-" + (m < 10 ? "0\(m)" : "\(m)") + "-" + (d < 10 ? "0\(d)" : "\(d)"))!
    }
}
