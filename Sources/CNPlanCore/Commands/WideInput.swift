/// Numbers and dates as a Chinese input method types them, read as the plain forms the plan
/// stores: full-width digits and signs (`６０`, `－５０％`, `＋２０％`, `３．５`) and dates such as
/// `2027年6月30日`, `2027/06/30` or `2027-6-30`. A room should not have to switch the input
/// method off to type a baseline.
public enum WideInput {
    /// The text with full-width ASCII forms (U+FF01-U+FF5E) and the ideographic space made
    /// their ASCII selves, the minus sign U+2212 a hyphen-minus, and white space trimmed.
    public static func halfWidth(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0xFF01...0xFF5E: out.append(Unicode.Scalar(s.value - 0xFEE0)!)
            case 0x3000: out.append(" ")
            case 0x2212: out.append("-")
            default: out.append(s)
            }
        }
        return String(out).trimmingSpaces
    }

    /// A finite number: `48`, `４８`, `－１．５`.
    public static func number(_ text: String) -> Double? {
        guard let n = Double(halfWidth(text)), n.isFinite else { return nil }
        return n
    }

    /// A whole number: `5`, `５`.
    public static func integer(_ text: String) -> Int? { Int(halfWidth(text)) }

    /// A date or month in any form `PlanDate(typed:)` reads, digits full- or half-width.
    public static func date(_ text: String) -> PlanDate? { PlanDate(typed: halfWidth(text)) }
}
