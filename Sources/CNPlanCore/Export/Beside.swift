import Dispatch

/// A value worked out on another thread while the caller goes on, for work a large export would
/// otherwise do in turn on one core while the other waits; `value` waits for it. Small work is done
/// at once: a thread costs more than it saves.
final class Beside<Value: Sendable>: @unchecked Sendable {
    // Written once by the worker before `done` is signalled, read only after waiting for it.
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)
    private let large: Bool

    init(large: Bool, _ work: @escaping @Sendable () -> Value) {
        self.large = large
        guard large else {
            result = work()
            return
        }
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The value, once it is there.
    var value: Value {
        if large {
            done.wait()
            // For the next reader.
            done.signal()
        }
        return result!
    }
}
