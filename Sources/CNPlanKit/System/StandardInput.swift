#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What standard input holds, for pacing work around reads.
public enum StandardInput {
    /// True when reading now would wait: nothing has arrived, and the input has not ended.
    public static func wouldWait() -> Bool {
        var p = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) == 0
    }
}
