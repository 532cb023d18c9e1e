import CNPlanCore
import CNPlanKit

#if canImport(Glibc)
import Glibc
#endif

/// Writing to the standard streams, and what the terminal is.
public enum Terminal {
    public static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { write($0, to: fd) }
    }

    public static func write(_ bytes: [UInt8], to fd: Int32) { bytes.withUnsafeBufferPointer { write($0, to: fd) } }

    private static func write(_ buf: UnsafeBufferPointer<UInt8>, to fd: Int32) {
        // A terminal or pipe that refuses output has no one to be told.
        _ = PosixStorage.writeAll(fd, UnsafeRawBufferPointer(buf))
    }

    public static func printError(_ line: String) { write(line + "\n", to: 2) }
}

/// Script mode: lines from standard input, no prompt, no colour, no line editing.
final class PipeConsole: Console {
    let interactive = false
    let width: Int? = nil

    func read(prompt: String) -> ReadResult {
        guard let line = readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }

    func output(_ text: String) { Terminal.write(text + "\n", to: 1) }
    func note(_ text: String) {}
    func error(_ text: String) { Terminal.write(text + "\n", to: 2) }
}
