/// JSON text made safe for a terminal without changing what it means: characters that reorder,
/// hide or control what a terminal shows (bidi controls, C1 controls, zero-width and line
/// separators) become `\uXXXX` escapes. They can only occur inside JSON strings, where the
/// escape is the same character.
public enum TerminalJSON {
    public static func escape(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isInvisible) else { return json }
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for s in json.unicodeScalars {
            if isInvisible(s) {
                let hex = String(s.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x80...0x9F, 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: true
        default: false
        }
    }
}
